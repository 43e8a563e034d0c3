// Supplier Data Requests (sustainability admins; others read): the remediation agent's requests on DataQualityService.
using { DataQualityService as srv } from '../../srv/quality/data-quality-service';

annotate srv.SupplierDataRequests with @(
  UI.HeaderInfo: {
    TypeName: '{i18n>SupplierDataRequest}', TypeNamePlural: '{i18n>SupplierDataRequests}',
    Title: { Value: supplier.name }, Description: { Value: material_ID }
  },
  UI.SelectionFields: [ status, supplier_ID, material_ID, materialGroup_code, referenceYear, raisedBy ],
  UI.LineItem: [
    { Value: status, Criticality: statusCriticality },
    { Value: supplier_ID },
    { Value: material_ID },
    { Value: materialGroup_code },
    { Value: tCO2e },
    { Value: dqScore },
    { Value: priority },
    { Value: dueDate },
    { Value: escalations },
    { Value: referenceYear },
    { $Type: 'UI.DataFieldForAction', Action: 'DataQualityService.send', Label: '{i18n>Send}' },
    { $Type: 'UI.DataFieldForAction', Action: 'DataQualityService.answer', Label: '{i18n>Answer}' },
    { $Type: 'UI.DataFieldForAction', Action: 'DataQualityService.cancel', Label: '{i18n>Cancel}' }
  ],
  UI.PresentationVariant: { SortOrder: [{ Property: priority, Descending: true }], Visualizations: ['@UI.LineItem'] },
  UI.Identification: [
    { $Type: 'UI.DataFieldForAction', Action: 'DataQualityService.send', Label: '{i18n>Send}' },
    { $Type: 'UI.DataFieldForAction', Action: 'DataQualityService.answer', Label: '{i18n>Answer}' },
    { $Type: 'UI.DataFieldForAction', Action: 'DataQualityService.cancel', Label: '{i18n>Cancel}' }
  ],
  UI.HeaderFacets: [ { $Type: 'UI.ReferenceFacet', Target: '@UI.FieldGroup#Status' } ],
  UI.FieldGroup #Status: { Data: [ { Value: status, Criticality: statusCriticality }, { Value: priority }, { Value: dueDate } ] },
  UI.FieldGroup #Request: { Data: [
    { Value: supplier_ID }, { Value: material_ID }, { Value: materialGroup_code }, { Value: referenceYear }, { Value: tCO2e }, { Value: kgCO2e }, { Value: dqScore },
    { Value: lines }, { Value: raisedBy }, { Value: createdAt }, { Value: sentAt }, { Value: sentBy }, { Value: escalations }, { Value: escalatedAt }, { Value: comment }
  ] },
  UI.FieldGroup #Fallback: { Data: [ { Value: fallbackFactor_ID }, { Value: fallbackUncertainty }, { Value: fallbackRule_ID } ] },
  UI.FieldGroup #Answer: { Data: [
    { Value: answeredAt }, { Value: footprint_ID }, { Value: footprint.productNameCompany, Label: '{i18n>Product}' },
    { Value: footprint.pcfExcludingBiogenicUptake, Label: '{i18n>PcfExcludingBiogenicUptake}' }, { Value: footprint.declaredUnit, Label: '{i18n>DeclaredUnit}' },
    { Value: footprint.primaryDataShare, Label: '{i18n>PrimaryDataShare}' }, { Value: footprint.factor_ID, Label: '{i18n>Factor}' }
  ] },
  UI.Facets: [
    { $Type: 'UI.ReferenceFacet', ID: 'Request', Label: '{i18n>SupplierDataRequest}', Target: '@UI.FieldGroup#Request' },
    { $Type: 'UI.ReferenceFacet', ID: 'Fallback', Label: '{i18n>ConservativeFallback}', Target: '@UI.FieldGroup#Fallback' },
    { $Type: 'UI.ReferenceFacet', ID: 'Answer', Label: '{i18n>Answer}', Target: '@UI.FieldGroup#Answer' }
  ]
) {
  status              @title: '{i18n>Status}';
  supplier            @title: '{i18n>Supplier}' @Common.Text: supplier.name @Common.TextArrangement: #TextFirst;
  material            @title: '{i18n>Material}';
  materialGroup       @title: '{i18n>MaterialGroup}';
  referenceYear       @title: '{i18n>ReferenceYear}';
  dueDate             @title: '{i18n>DueDate}';
  kgCO2e              @title: '{i18n>KgCO2eExact}' @Measures.Unit: 'kg CO2e';
  tCO2e               @title: '{i18n>TCO2e}' @Measures.Unit: 't CO2e';
  dqScore             @title: '{i18n>DqScore}';
  priority            @title: '{i18n>Priority}';
  lines               @title: '{i18n>Lines}';
  raisedBy            @title: '{i18n>RaisedBy}';
  sentAt              @title: '{i18n>SentAt}';
  sentBy              @title: '{i18n>SentBy}';
  escalations         @title: '{i18n>Escalations}';
  escalatedAt         @title: '{i18n>EscalatedAt}';
  fallbackFactor      @title: '{i18n>FallbackFactor}';
  fallbackRule        @title: '{i18n>FallbackRule}';
  fallbackUncertainty @title: '{i18n>UncertaintyPercent}';
  answeredAt          @title: '{i18n>AnsweredAt}';
  footprint           @title: '{i18n>Footprint}';
  comment             @title: '{i18n>Comment}';
  requestEvent        @UI.Hidden;
  statusCriticality   @UI.Hidden;
};

annotate srv.SupplierDataRequests actions {
  send   @Core.OperationAvailable: { $edmJson: { $Eq: [ { $Path: 'in/status' }, 'proposed' ] } };
  answer @Core.OperationAvailable: { $edmJson: { $Ne: [ { $Path: 'in/status' }, 'answered' ] } }
         @Common.SideEffects: { TargetProperties: [ 'in/status', 'in/answeredAt', 'in/footprint_ID' ] };
  cancel @Core.OperationAvailable: { $edmJson: { $Ne: [ { $Path: 'in/status' }, 'answered' ] } };
};

annotate srv.SupplierDataRequests with actions { answer(document @UI.MultiLineText) };
