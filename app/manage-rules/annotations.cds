// Manage Attribution Rules (sustainability admins): versioned rules as Fiori drafts on AdminService.
using { AdminService as srv } from '../../srv/admin/admin-service';

annotate srv.AttributionRules with @(
  // a version that attributions used stays as it is: "New Version" drafts its successor (srv/admin/admin-service.ts)
  UI.UpdateHidden: inUse,
  UI.DeleteHidden: inUse,
  UI.HeaderInfo: {
    TypeName: '{i18n>AttributionRule}', TypeNamePlural: '{i18n>AttributionRules}',
    Title: { Value: name }, Description: { Value: ruleKey }
  },
  UI.SelectionFields: [ ruleKey, category_code, method_code, materialGroup_code, supplier_ID, active ],
  UI.LineItem: [
    { Value: ruleKey },
    { Value: version },
    { Value: name },
    { Value: category_code },
    { Value: method_code },
    { Value: materialGroup_code },
    { Value: supplier_ID },
    { Value: factor_ID },
    { Value: factorFamily },
    { Value: priority },
    { Value: validFrom },
    { Value: validTo },
    { Value: active },
    { Value: inUse }
  ],
  UI.PresentationVariant: { SortOrder: [{ Property: ruleKey }, { Property: version, Descending: true }], Visualizations: ['@UI.LineItem'] },
  UI.Identification: [
    { $Type: 'UI.DataFieldForAction', Action: 'AdminService.newVersion', Label: '{i18n>NewVersion}', ![@UI.IsCopyAction]: true },
    { $Type: 'UI.DataFieldForAction', Action: 'AdminService.previewImpact', Label: '{i18n>PreviewImpact}' }
  ],
  UI.HeaderFacets: [ { $Type: 'UI.ReferenceFacet', Target: '@UI.FieldGroup#Version' } ],
  UI.FieldGroup #Version: { Data: [ { Value: version }, { Value: active }, { Value: inUse } ] },
  UI.FieldGroup #General: { Data: [ { Value: ruleKey }, { Value: name }, { Value: priority } ] },
  UI.FieldGroup #Conditions: { Data: [
    { Value: supplier_ID }, { Value: material_ID }, { Value: materialGroup_code }, { Value: plant_code },
    { Value: companyCode_code }, { Value: glAccount }, { Value: transportMode }, { Value: documentType }
  ] },
  UI.FieldGroup #Outcome: { Data: [ { Value: category_code }, { Value: method_code }, { Value: factor_ID }, { Value: factorFamily } ] },
  UI.FieldGroup #Validity: { Data: [ { Value: validFrom }, { Value: validTo }, { Value: active } ] },
  UI.Facets: [
    { $Type: 'UI.ReferenceFacet', ID: 'General', Label: '{i18n>General}', Target: '@UI.FieldGroup#General' },
    { $Type: 'UI.ReferenceFacet', ID: 'Conditions', Label: '{i18n>Conditions}', Target: '@UI.FieldGroup#Conditions' },
    { $Type: 'UI.ReferenceFacet', ID: 'Outcome', Label: '{i18n>Outcome}', Target: '@UI.FieldGroup#Outcome' },
    { $Type: 'UI.ReferenceFacet', ID: 'Validity', Label: '{i18n>Validity}', Target: '@UI.FieldGroup#Validity' }
  ]
) {
  ruleKey       @Core.Immutable;
  category      @Common.ValueListWithFixedValues @Common.Text: category.title @Common.TextArrangement: #TextOnly;
  method        @Common.ValueListWithFixedValues @Common.Text: method.name @Common.TextArrangement: #TextOnly;
  factor        @Common.ValueList: {
    CollectionPath: 'EmissionFactors',
    Parameters: [
      { $Type: 'Common.ValueListParameterInOut', LocalDataProperty: factor_ID, ValueListProperty: 'ID' },
      { $Type: 'Common.ValueListParameterDisplayOnly', ValueListProperty: 'description' },
      { $Type: 'Common.ValueListParameterDisplayOnly', ValueListProperty: 'value' },
      { $Type: 'Common.ValueListParameterDisplayOnly', ValueListProperty: 'currency_code' },
      { $Type: 'Common.ValueListParameterDisplayOnly', ValueListProperty: 'unit_code' },
      { $Type: 'Common.ValueListParameterDisplayOnly', ValueListProperty: 'region_code' }
    ]
  };
  factorFamily  @title: '{i18n>FactorFamily}';
  priority      @title: '{i18n>Priority}';
  validFrom     @title: '{i18n>ValidFrom}';
  validTo       @title: '{i18n>ValidTo}';
  active        @title: '{i18n>Active}';
  inUse         @title: '{i18n>InUse}';
  glAccount     @title: '{i18n>GlAccount}';
  transportMode @title: '{i18n>TransportMode}';
  documentType  @title: '{i18n>DocumentType}';
  plant         @title: '{i18n>Plant}';
  companyCode   @title: '{i18n>CompanyCode}';
  supplier      @title: '{i18n>Supplier}';
  material      @title: '{i18n>Material}';
  materialGroup @title: '{i18n>MaterialGroup}';
  category      @title: '{i18n>Category}';
  method        @title: '{i18n>Method}';
  factor        @title: '{i18n>EmissionFactor}';
};

annotate srv.AttributionRules actions {
  newVersion    @Core.OperationAvailable: { $edmJson: { $And: [ { $Path: 'in/IsActiveEntity' }, { $Path: 'in/inUse' } ] } };
  // nothing changes: the figures it shows come as messages
  previewImpact @Common.IsActionCritical: false;
};
