// Upload Activity Data (sustainability admins): uploads of travel, freight, waste and energy data on UploadService.
using { UploadService as srv } from '../../srv/uploads/upload-service';

annotate srv.Batches with @(
  UI.HeaderInfo: {
    TypeName: '{i18n>UploadBatch}', TypeNamePlural: '{i18n>UploadBatches}',
    Title: { Value: fileName }, Description: { Value: activityType }
  },
  UI.SelectionFields: [ activityType, companyCode_code, status, createdBy ],
  UI.LineItem: [
    { Value: fileName, ![@UI.Importance]: #High },
    { Value: activityType },
    { Value: companyCode_code },
    { Value: status, Criticality: statusCriticality, ![@UI.Importance]: #High },
    { $Type: 'UI.DataFieldForAnnotation', Target: '@UI.DataPoint#progress', Label: 'Progress', ![@UI.Importance]: #Low },
    { Value: rowsRead },
    { Value: rowsValid },
    { Value: rowsWithErrors },
    { Value: tCO2eLocation, ![@UI.Importance]: #High },
    { Value: createdAt },
    { Value: createdBy }
  ],
  UI.PresentationVariant: { SortOrder: [{ Property: createdAt, Descending: true }], Visualizations: ['@UI.LineItem'] },
  UI.Identification: [
    { $Type: 'UI.DataFieldForAction', Action: 'UploadService.commit', Label: '{i18n>Commit}' },
    { $Type: 'UI.DataFieldForAction', Action: 'UploadService.commitValidRows', Label: '{i18n>CommitValidRows}' },
    { $Type: 'UI.DataFieldForAction', Action: 'UploadService.reverse', Label: '{i18n>Reverse}' }
  ],
  UI.HeaderFacets: [
    { $Type: 'UI.ReferenceFacet', Target: '@UI.DataPoint#tCO2e' },
    { $Type: 'UI.ReferenceFacet', Target: '@UI.FieldGroup#Status' }
  ],
  UI.DataPoint #tCO2e: { Value: tCO2eLocation, Title: '{i18n>TCO2eLocation}' },
  // a background job's progress (validating, committing), in percent
  UI.DataPoint #progress: { Value: progress, TargetValue: 100, Visualization: #Progress, Title: 'Progress' },
  UI.FieldGroup #Status: { Data: [ { Value: status, Criticality: statusCriticality }, { Value: rowsTotal }, { Value: rowsRead }, { Value: rowsValid }, { Value: rowsWithErrors }, { Value: message } ] },
  UI.FieldGroup #General: { Data: [
    { Value: activityType }, { Value: companyCode_code }, { Value: fileName }, { Value: contentHash }, { Value: externalId },
    { Value: createdAt }, { Value: createdBy }
  ] },
  UI.FieldGroup #Figures: { Data: [
    { Value: tCO2eLocation }, { Value: tCO2eMarket }, { Value: kgCO2eLocation }, { Value: kgCO2eMarket }, { Value: rowsCommitted }, { Value: committedAt }, { Value: committedBy },
    { Value: reversedAt }, { Value: reversedBy }, { Value: reversalReason }
  ] },
  UI.Facets: [
    { $Type: 'UI.ReferenceFacet', ID: 'General', Label: '{i18n>General}', Target: '@UI.FieldGroup#General' },
    { $Type: 'UI.ReferenceFacet', ID: 'Figures', Label: '{i18n>Figures}', Target: '@UI.FieldGroup#Figures' },
    { $Type: 'UI.ReferenceFacet', ID: 'Messages', Label: '{i18n>Messages}', Target: 'messages/@UI.LineItem' },
    { $Type: 'UI.ReferenceFacet', ID: 'Rows', Label: '{i18n>Rows}', Target: 'rows/@UI.LineItem' }
  ]
) {
  statusCriticality @UI.Hidden;
  contentKey        @UI.Hidden;
  fileName          @title: 'File';
  activityType      @title: 'Activity type';
  companyCode       @title: 'Company code';
  status            @title: 'Status';
  rowsRead          @title: 'Rows';
  rowsTotal         @title: 'Rows in the file';
  message           @title: 'Message';
  progress          @title: 'Progress (%)';
  rowsValid         @title: 'Valid rows';
  rowsWithErrors    @title: 'Rows with errors';
  rowsCommitted     @title: 'Rows committed';
  kgCO2eLocation    @title: '{i18n>KgCO2eExact}' @Measures.Unit: 'kg CO2e';
  kgCO2eMarket      @title: '{i18n>KgCO2eMarketExact}' @Measures.Unit: 'kg CO2e';
  tCO2eLocation     @title: '{i18n>TCO2eLocation}' @Measures.Unit: 't CO2e';
  tCO2eMarket       @title: '{i18n>TCO2eMarket}' @Measures.Unit: 't CO2e';
  contentHash       @title: 'SHA-256 of the file';
  externalId        @title: 'Batch id of the integration';
  committedAt       @title: 'Committed at';
  committedBy       @title: 'Committed by';
  reversedAt        @title: 'Reversed at';
  reversedBy        @title: 'Reversed by';
  reversalReason    @title: 'Reason of the reversal';
};

annotate srv.Rows with @(
  UI.LineItem: [
    { Value: row }, { Value: valid }, { Value: description }, { Value: derivation }, { Value: factorDescription }, { Value: factorValueRounded }, { Value: kgCO2eRounded }
  ],
  UI.PresentationVariant: { SortOrder: [{ Property: row }], Visualizations: ['@UI.LineItem'] }
) {
  row            @title: 'Row';
  valid          @title: 'Valid';
  description    @title: 'Activity';
  derivation     @title: 'How it is computed';
  factorID          @title: 'Factor';
  factorDescription @title: 'Factor (DESNZ 2025)';
  factorValue       @title: 'kg CO2e per unit';
  factorValueRounded @title: 'kg CO2e per unit';
  kgCO2eLocation @title: '{i18n>KgCO2eExact}';
  kgCO2eRounded  @title: '{i18n>Emissions}' @Measures.Unit: 'kg CO2e';
  cells          @UI.Hidden;
  proposal       @UI.Hidden;
};

annotate srv.Messages with @(
  UI.LineItem: [ { Value: row }, { Value: column }, { Value: severity }, { Value: message } ],
  UI.PresentationVariant: { SortOrder: [{ Property: row }], Visualizations: ['@UI.LineItem'] }
) {
  row      @title: 'Row';
  column   @title: 'Column';
  severity @title: 'Severity';
  message  @title: 'Message';
};

// one button that does what a person expects: Commit when every row is valid, Commit Valid Rows when some are not
// (the parameter validRowsOnly is for API callers); each asks for confirmation and says what it committed
annotate srv.Batches actions {
  commit @Common.IsActionCritical
         @Core.OperationAvailable: { $edmJson: { $And: [ { $Eq: [ { $Path: 'in/status' }, 'validated' ] }, { $Eq: [ { $Path: 'in/rowsWithErrors' }, 0 ] }, { $Gt: [ { $Path: 'in/rowsValid' }, 0 ] } ] } }
         @Common.SideEffects: { TargetProperties: ['in/status', 'in/statusCriticality', 'in/rowsCommitted', 'in/committedAt', 'in/committedBy', 'in/kgCO2eLocation', 'in/kgCO2eMarket', 'in/tCO2eLocation', 'in/tCO2eMarket'], TargetEntities: ['in/rows'] }
         (validRowsOnly @UI.Hidden);
  commitValidRows @Common.IsActionCritical
                  @Core.OperationAvailable: { $edmJson: { $And: [ { $Eq: [ { $Path: 'in/status' }, 'validated' ] }, { $Gt: [ { $Path: 'in/rowsWithErrors' }, 0 ] }, { $Gt: [ { $Path: 'in/rowsValid' }, 0 ] } ] } }
                  @Common.SideEffects: { TargetProperties: ['in/status', 'in/statusCriticality', 'in/rowsCommitted', 'in/committedAt', 'in/committedBy', 'in/kgCO2eLocation', 'in/kgCO2eMarket', 'in/tCO2eLocation', 'in/tCO2eMarket'], TargetEntities: ['in/rows'] };
  reverse @Core.OperationAvailable: { $edmJson: { $Eq: [ { $Path: 'in/status' }, 'committed' ] } }
          @Common.SideEffects: { TargetProperties: ['in/status', 'in/statusCriticality', 'in/reversedAt', 'in/reversedBy', 'in/reversalReason'] };
};
