// Close Emission Periods (controllers, approvers): list report and object page on PeriodCloseService.
using { PeriodCloseService as srv } from '../../srv/close/period-close-service';

annotate srv.FiscalPeriods with @(
  Capabilities.DeleteRestrictions.Deletable: false,
  Capabilities.UpdateRestrictions.Updatable: false,
  UI.HeaderInfo: {
    TypeName: '{i18n>EmissionPeriod}', TypeNamePlural: '{i18n>EmissionPeriods}',
    Title: { Value: periodTitle }, Description: { Value: companyCode.name }
  },
  UI.SelectionFields: [ companyCode_code, fiscalYear, fiscalPeriod, status ],
  UI.LineItem: [
    { Value: companyCode_code },
    { Value: fiscalYear },
    { Value: fiscalPeriod },
    { Value: status, Criticality: statusCriticality },
    { Value: snapshot.tCO2eLocation, Label: '{i18n>TCO2eLocation}', ![@UI.Importance]: #High },
    { Value: snapshot.version, Label: '{i18n>SnapshotVersion}' },
    { Value: closedAt },
    { Value: closedBy }
  ],
  UI.PresentationVariant: { SortOrder: [{ Property: fiscalYear, Descending: true }, { Property: fiscalPeriod, Descending: true }], Visualizations: ['@UI.LineItem'] },
  UI.Identification: [
    { $Type: 'UI.DataFieldForAction', Action: 'PeriodCloseService.checkReadiness', Label: '{i18n>RunChecks}' },
    { $Type: 'UI.DataFieldForAction', Action: 'PeriodCloseService.close', Label: '{i18n>Close}' },
    { $Type: 'UI.DataFieldForAction', Action: 'PeriodCloseService.recompute', Label: '{i18n>Recompute}' },
    { $Type: 'UI.DataFieldForAction', Action: 'PeriodCloseService.requestReopen', Label: '{i18n>RequestReopen}' },
    { $Type: 'UI.DataFieldForAction', Action: 'PeriodCloseService.screenCategory', Label: '{i18n>ScreenCategory}' }
  ],
  UI.HeaderFacets: [
    { $Type: 'UI.ReferenceFacet', Target: '@UI.DataPoint#tCO2e' },
    { $Type: 'UI.ReferenceFacet', Target: '@UI.FieldGroup#Status' }
  ],
  UI.DataPoint #tCO2e: { Value: snapshot.tCO2eLocation, Title: '{i18n>SnapshotTCO2e}' },
  UI.FieldGroup #Status: { Data: [
    { Value: status, Criticality: statusCriticality }, { Value: closedAt }, { Value: closedBy },
    { Value: snapshot.version, Label: '{i18n>SnapshotVersion}' }, { Value: snapshot.hash, Label: '{i18n>SnapshotHash}' },
    { Value: snapshot.tCO2eLow, Label: '{i18n>TCO2eLow}' }, { Value: snapshot.tCO2eHigh, Label: '{i18n>TCO2eHigh}' }
  ] },
  UI.Facets: [
    { $Type: 'UI.ReferenceFacet', ID: 'Checks', Label: '{i18n>ReadinessChecks}', Target: 'checks/@UI.LineItem' },
    { $Type: 'UI.ReferenceFacet', ID: 'Totals', Label: '{i18n>CategoryTotals}', Target: 'totals/@UI.LineItem' },
    { $Type: 'UI.ReferenceFacet', ID: 'Screening', Label: '{i18n>CategoryScreening}', Target: 'screening/@UI.LineItem' },
    { $Type: 'UI.ReferenceFacet', ID: 'Jobs', Label: '{i18n>Jobs}', Target: 'jobs/@UI.LineItem' },
    { $Type: 'UI.ReferenceFacet', ID: 'Snapshots', Label: '{i18n>SnapshotVersions}', Target: 'snapshots/@UI.LineItem' },
    { $Type: 'UI.ReferenceFacet', ID: 'Restatements', Label: '{i18n>Restatements}', Target: 'restatements/@UI.LineItem' }
  ]
) {
  companyCode  @title: '{i18n>CompanyCode}' @Common.Text: companyCode.name;
  fiscalYear   @title: '{i18n>FiscalYear}' @Common.IsCalendarYear;
  fiscalPeriod @title: '{i18n>FiscalPeriod}';
  status       @title: '{i18n>Status}';
  closedAt     @title: '{i18n>ClosedAt}';
  closedBy     @title: '{i18n>ClosedBy}';
  statusCriticality @UI.Hidden;
  periodTitle  @title: '{i18n>EmissionPeriod}';
}

annotate srv.SnapshotTotals with @(
  UI.LineItem: [
    { Value: category_code }, { Value: lines }, { Value: tCO2eLocation, ![@UI.Importance]: #High },
    { Value: tCO2eLow }, { Value: tCO2eHigh }, { Value: tCO2eMarket },
    { Value: biogenicTCO2 }, { Value: primaryTCO2e }, { Value: dqScore }, { Value: deltaTLocation }, { Value: deltaTMarket }
  ],
  UI.PresentationVariant: { SortOrder: [{ Property: category_code }] }
) {
  category       @Common.Text: category.title @Common.TextArrangement: #TextOnly;
  tCO2eLocation  @title: '{i18n>TCO2eLocation}' @Measures.Unit: 't CO2e';
  tCO2eMarket    @title: '{i18n>TCO2eMarket}' @Measures.Unit: 't CO2e';
  biogenicTCO2   @title: '{i18n>BiogenicTCO2}' @Measures.Unit: 't CO2';
  primaryTCO2e   @title: '{i18n>PrimaryTCO2e}' @Measures.Unit: 't CO2e';
  deltaTLocation @title: '{i18n>DeltaTLocation}' @Measures.Unit: 't CO2e';
  deltaTMarket   @title: '{i18n>DeltaTMarket}' @Measures.Unit: 't CO2e';
  tCO2eLow       @title: '{i18n>TCO2eLow}' @Measures.Unit: 't CO2e';
  tCO2eHigh      @title: '{i18n>TCO2eHigh}' @Measures.Unit: 't CO2e';
  kgCO2eLow      @title: '{i18n>KgCO2eLow}';
  kgCO2eHigh     @title: '{i18n>KgCO2eHigh}';
  kgMean         @UI.Hidden;
  kgVariance     @UI.Hidden;
  kgWithoutSpread @UI.Hidden;
  category       @title: '{i18n>Category}';
  lines          @title: '{i18n>Lines}';
  kgCO2eLocation @title: '{i18n>KgCO2eLocation}';
  kgCO2eMarket   @title: '{i18n>KgCO2eMarket}';
  biogenicCO2    @title: '{i18n>BiogenicCO2}';
  primaryKgCO2e  @title: '{i18n>PrimaryKgCO2e}';
  dqScore        @title: '{i18n>DqScore}';
  deltaLocation  @title: '{i18n>DeltaLocation}';
  deltaMarket    @title: '{i18n>DeltaMarket}';
}

annotate srv.PeriodSnapshots with @(
  UI.LineItem: [
    { Value: version }, { Value: createdAt }, { Value: createdBy }, { Value: reason }, { Value: lines },
    { Value: tCO2eLocation, ![@UI.Importance]: #High }, { Value: tCO2eLow }, { Value: tCO2eHigh }, { Value: tCO2eMarket },
    { Value: primaryDataShare }, { Value: hash }
  ],
  UI.PresentationVariant: { SortOrder: [{ Property: version, Descending: true }] }
) {
  version          @title: '{i18n>SnapshotVersion}';
  createdAt        @title: '{i18n>CreatedAt}';
  createdBy        @title: '{i18n>CreatedBy}';
  reason           @title: '{i18n>Reason}';
  lines            @title: '{i18n>Lines}';
  kgCO2eLocation   @title: '{i18n>KgCO2eLocation}';
  kgCO2eMarket     @title: '{i18n>KgCO2eMarket}';
  tCO2eLocation    @title: '{i18n>TCO2eLocation}' @Measures.Unit: 't CO2e';
  tCO2eMarket      @title: '{i18n>TCO2eMarket}' @Measures.Unit: 't CO2e';
  tCO2eLow         @title: '{i18n>TCO2eLow}' @Measures.Unit: 't CO2e';
  tCO2eHigh        @title: '{i18n>TCO2eHigh}' @Measures.Unit: 't CO2e';
  kgCO2eLow        @title: '{i18n>KgCO2eLow}';
  kgCO2eHigh       @title: '{i18n>KgCO2eHigh}';
  uncertaintyMethod @title: '{i18n>UncertaintyMethod}';
  primaryDataShare @title: '{i18n>PrimaryDataShare}';
  hash             @title: '{i18n>SnapshotHash}';
}

annotate srv.PeriodJobs with @(
  UI.LineItem: [
    { Value: jobType }, { Value: status }, { Value: done }, { Value: total }, { Value: startedAt }, { Value: startedBy },
    { Value: finishedAt }, { Value: message }
  ],
  UI.PresentationVariant: { SortOrder: [{ Property: startedAt, Descending: true }] }
) {
  jobType    @title: '{i18n>JobType}';
  status     @title: '{i18n>Status}';
  done       @title: '{i18n>LinesDone}';
  total      @title: '{i18n>LinesTotal}';
  startedAt  @title: '{i18n>StartedAt}';
  startedBy  @title: '{i18n>StartedBy}';
  finishedAt @title: '{i18n>FinishedAt}';
  message    @title: '{i18n>Message}';
}

annotate srv.Restatements with @(
  UI.LineItem: [
    { Value: createdAt }, { Value: createdBy }, { Value: reason }, { Value: status }, { Value: decidedBy }, { Value: decidedAt }, { Value: comment },
    { $Type: 'UI.DataFieldForAction', Action: 'PeriodCloseService.approve', Label: '{i18n>Approve}' },
    { $Type: 'UI.DataFieldForAction', Action: 'PeriodCloseService.decline', Label: '{i18n>Decline}' }
  ]
) {
  createdAt @title: '{i18n>RequestedAt}';
  createdBy @title: '{i18n>RequestedBy}';
  reason    @title: '{i18n>Reason}';
  status    @title: '{i18n>Status}';
  decidedBy @title: '{i18n>DecidedBy}';
  decidedAt @title: '{i18n>DecidedAt}';
  comment   @title: '{i18n>Comment}';
}

annotate srv.ReadinessChecks with @(
  UI.LineItem: [
    { Value: check, Criticality: criticality },
    { Value: count },
    { Value: message },
    // the lines behind a failing check, in the app that fixes them (an intent with the period's filters)
    { $Type: 'UI.DataFieldWithUrl', Value: fixInApp, Url: fixIn, Label: '{i18n>FixIn}' },
    { Value: waiverReason },
    { Value: waivedBy },
    { Value: checkedAt },
    { $Type: 'UI.DataFieldForAction', Action: 'PeriodCloseService.waive', Label: '{i18n>Waive}' }
  ]
) {
  check        @title: '{i18n>Check}';
  count        @title: '{i18n>Count}';
  message      @title: '{i18n>Message}';
  waiverReason @title: '{i18n>WaiverReason}';
  waivedBy     @title: '{i18n>WaivedBy}';
  waivedAt     @title: '{i18n>WaivedAt}';
  checkedAt    @title: '{i18n>CheckedAt}';
  passed       @title: '{i18n>Passed}';
  criticality  @UI.Hidden;
  target       @UI.Hidden;
  fixIn        @UI.Hidden;
  fixInApp     @title: '{i18n>FixIn}';
}

annotate srv.ReadinessChecks actions {
  waive @Core.OperationAvailable: { $edmJson: { $Not: { $Path: 'in/passed' } } }
        @Common.SideEffects: { TargetProperties: ['in/waiverReason', 'in/waivedBy', 'in/waivedAt', 'in/criticality'] }
        (reason @title: '{i18n>Reason}' @UI.MultiLineText);
};

annotate srv.FiscalPeriods actions {
  // what a period's state allows: checks, close and recompute while it is open (or reopened), reopening once closed
  checkReadiness @Common.SideEffects: { TargetEntities: ['in/checks'] }
                 @Core.OperationAvailable: { $edmJson: { $Or: [ { $Eq: [ { $Path: 'in/status' }, 'open' ] }, { $Eq: [ { $Path: 'in/status' }, 'reopened' ] } ] } };
  // the app waives check by check (ReadinessChecks.waive); the parameter is for API callers. Critical: Fiori
  // elements asks for confirmation; the page then follows the job (webapp/ext/ObjectPageExtension.controller.js)
  close @Common.SideEffects: { TargetProperties: ['in/status', 'in/statusCriticality'], TargetEntities: ['in/jobs', 'in/snapshots', 'in/snapshot', 'in/checks', 'in/totals'] }
        @Common.IsActionCritical
        @Core.OperationAvailable: { $edmJson: { $Or: [ { $Eq: [ { $Path: 'in/status' }, 'open' ] }, { $Eq: [ { $Path: 'in/status' }, 'reopened' ] } ] } }
        (waivers @UI.Hidden);
  recompute @Common.SideEffects: { TargetEntities: ['in/jobs'] }
            @Common.IsActionCritical
            @Core.OperationAvailable: { $edmJson: { $Or: [ { $Eq: [ { $Path: 'in/status' }, 'open' ] }, { $Eq: [ { $Path: 'in/status' }, 'reopened' ] } ] } };
  requestReopen @Common.SideEffects: { TargetEntities: ['in/restatements'] }
                @Core.OperationAvailable: { $edmJson: { $Eq: [ { $Path: 'in/status' }, 'closed' ] } }
                (reason @title: '{i18n>Reason}' @UI.MultiLineText);
};
annotate srv.Restatements with {
  decidable @UI.Hidden;
};
// approve and decline: only on a request still open that someone else asked for (four eyes; the service checks it too)
annotate srv.Restatements actions {
  approve @Common.SideEffects: { TargetProperties: ['in/status', 'in/decidedBy', 'in/decidedAt', 'in/decidable'], TargetEntities: ['in/period'] }
          @Core.OperationAvailable: { $edmJson: { $Path: 'in/decidable' } }
          (comment @title: '{i18n>Comment}');
  decline @Common.SideEffects: { TargetProperties: ['in/status', 'in/decidedBy', 'in/decidedAt', 'in/decidable'] }
          @Core.OperationAvailable: { $edmJson: { $Path: 'in/decidable' } }
          (comment @title: '{i18n>Comment}');
};

annotate srv.CategoryScreenings with @(
  UI.LineItem: [
    { Value: category_code }, { Value: relevant }, { Value: justification }, { Value: modifiedBy }, { Value: modifiedAt }
  ],
  UI.PresentationVariant: { SortOrder: [{ Property: category_code }] }
) {
  category      @title: '{i18n>Category}' @Common.Text: category.title @Common.TextArrangement: #TextOnly;
  relevant      @title: '{i18n>Relevant}';
  justification @title: '{i18n>Justification}';
}

annotate srv.FiscalPeriods actions {
  screenCategory @Common.SideEffects: { TargetEntities: ['in/screening'], TargetProperties: ['in/checks'] }
    (category @title: '{i18n>Category}' @Common.ValueListWithFixedValues
       @Common.ValueList: { CollectionPath: 'Scope3Categories', Parameters: [
         { $Type: 'Common.ValueListParameterInOut', LocalDataProperty: category, ValueListProperty: 'code' },
         { $Type: 'Common.ValueListParameterDisplayOnly', ValueListProperty: 'name' }
       ] },
     relevant @title: '{i18n>Relevant}',
     justification @title: '{i18n>Justification}' @UI.MultiLineText);
};
