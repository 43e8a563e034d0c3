// Data Quality Worklist (sustainability admins, controllers, approvers): the findings on DataQualityService.
using { DataQualityService as srv } from '../../srv/quality/data-quality-service';

annotate srv.Findings with @(
  UI.HeaderInfo: {
    TypeName: '{i18n>Finding}', TypeNamePlural: '{i18n>Findings}',
    Title: { Value: message }, Description: { Value: findingType }
  },
  UI.SelectionFields: [ findingType, severity, status, companyCode_code, fiscalYear, fiscalPeriod, raisedBy, blocksClose ],
  UI.LineItem: [
    { Value: severity, Criticality: severityCriticality },
    { Value: status, Criticality: statusCriticality },
    { Value: findingType },
    { Value: documentNumber },
    { Value: kgCO2eRounded },
    { Value: message },
    { Value: proposal },
    { Value: confidence },
    { Value: blocksClose },
    { Value: companyCode_code },
    { Value: fiscalPeriod },
    { $Type: 'UI.DataFieldForAction', Action: 'DataQualityService.waive', Label: '{i18n>Waive}' },
    { $Type: 'UI.DataFieldForAction', Action: 'DataQualityService.approveWaiver', Label: '{i18n>ApproveWaiver}' },
    { $Type: 'UI.DataFieldForAction', Action: 'DataQualityService.rejectWaiver', Label: '{i18n>RejectWaiver}' }
  ],
  UI.PresentationVariant: { SortOrder: [{ Property: severityCriticality }, { Property: createdAt, Descending: true }], Visualizations: ['@UI.LineItem'] },
  UI.Identification: [
    { $Type: 'UI.DataFieldForAction', Action: 'DataQualityService.waive', Label: '{i18n>Waive}' },
    { $Type: 'UI.DataFieldForAction', Action: 'DataQualityService.approveWaiver', Label: '{i18n>ApproveWaiver}' },
    { $Type: 'UI.DataFieldForAction', Action: 'DataQualityService.rejectWaiver', Label: '{i18n>RejectWaiver}' },
    { $Type: 'UI.DataFieldForAction', Action: 'DataQualityService.reopen', Label: '{i18n>Reopen}' }
  ],
  UI.HeaderFacets: [ { $Type: 'UI.ReferenceFacet', Target: '@UI.FieldGroup#Status' } ],
  UI.FieldGroup #Status: { Data: [ { Value: status, Criticality: statusCriticality }, { Value: severity, Criticality: severityCriticality }, { Value: confidence }, { Value: blocksClose } ] },
  UI.FieldGroup #Finding: { Data: [ { Value: findingType }, { Value: message }, { Value: proposal }, { Value: raisedBy }, { Value: createdAt } ] },
  UI.FieldGroup #Line: { Data: [
    { Value: documentType }, { Value: documentNumber }, { Value: documentItem }, { Value: supplier_ID }, { Value: materialGroup_code },
    { Value: companyCode_code }, { Value: fiscalYear }, { Value: fiscalPeriod }, { Value: kgCO2e }, { Value: activity_ID }
  ] },
  UI.FieldGroup #Waiver: { Data: [
    { Value: waiverReason }, { Value: waiverRequestedBy }, { Value: waiverRequestedAt }, { Value: waivedBy }, { Value: waivedAt }, { Value: decisionComment }, { Value: resolvedAt }
  ] },
  UI.Facets: [
    { $Type: 'UI.ReferenceFacet', ID: 'Finding', Label: '{i18n>Finding}', Target: '@UI.FieldGroup#Finding' },
    { $Type: 'UI.ReferenceFacet', ID: 'Line', Label: '{i18n>DocumentLine}', Target: '@UI.FieldGroup#Line' },
    { $Type: 'UI.ReferenceFacet', ID: 'Waiver', Label: '{i18n>Waiver}', Target: '@UI.FieldGroup#Waiver' }
  ]
) {
  findingType       @title: '{i18n>FindingType}';
  severity          @title: '{i18n>Severity}';
  status            @title: '{i18n>Status}';
  message           @title: '{i18n>Message}';
  proposal          @title: '{i18n>Proposal}';
  confidence        @title: '{i18n>Confidence}';
  kgCO2e            @title: '{i18n>KgCO2eExact}' @Measures.Unit: 'kg CO2e';
  kgCO2eRounded     @title: '{i18n>Emissions}' @Measures.Unit: 'kg CO2e';
  blocksClose       @title: '{i18n>BlocksClose}';
  raisedBy          @title: '{i18n>RaisedBy}';
  companyCode       @title: '{i18n>CompanyCode}';
  fiscalYear        @title: '{i18n>FiscalYear}';
  fiscalPeriod      @title: '{i18n>FiscalPeriod}';
  documentType      @title: '{i18n>DocumentType}';
  documentNumber    @title: '{i18n>Document}';
  documentItem      @title: '{i18n>Item}';
  supplier_ID       @title: '{i18n>Supplier}';
  materialGroup_code @title: '{i18n>MaterialGroup}';
  activity          @title: '{i18n>Activity}';
  waiverReason      @title: '{i18n>WaiverReason}';
  waiverRequestedBy @title: '{i18n>WaiverRequestedBy}';
  waiverRequestedAt @title: '{i18n>WaiverRequestedAt}';
  waivedBy          @title: '{i18n>WaivedBy}';
  waivedAt          @title: '{i18n>WaivedAt}';
  decisionComment   @title: '{i18n>Comment}';
  resolvedAt        @title: '{i18n>ResolvedAt}';
  severityCriticality @UI.Hidden;
  statusCriticality @UI.Hidden;
};

annotate srv.Findings actions {
  waive         @Core.OperationAvailable: { $edmJson: { $Eq: [ { $Path: 'in/status' }, 'open' ] } };
  approveWaiver @Core.OperationAvailable: { $edmJson: { $Eq: [ { $Path: 'in/status' }, 'waiverRequested' ] } };
  rejectWaiver  @Core.OperationAvailable: { $edmJson: { $Eq: [ { $Path: 'in/status' }, 'waiverRequested' ] } };
  reopen        @Core.OperationAvailable: { $edmJson: { $Eq: [ { $Path: 'in/status' }, 'waived' ] } };
};
