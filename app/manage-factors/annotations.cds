// Manage Emission Factors (sustainability admins): factor sets with their factors, as Fiori drafts on AdminService.
using { AdminService as srv } from '../../srv/admin/admin-service';

annotate srv.FactorSets with @(
  // published and deprecated sets never change (srv/admin/admin-service.ts refuses it as well)
  UI.UpdateHidden: locked,
  UI.DeleteHidden: locked,
  UI.HeaderInfo: {
    TypeName: '{i18n>FactorSet}', TypeNamePlural: '{i18n>FactorSets}',
    Title: { Value: title }, Description: { Value: code }
  },
  UI.SelectionFields: [ status_code, publisher, gwpSet ],
  UI.LineItem: [
    { Value: code },
    { Value: title },
    { Value: publisher },
    { Value: version },
    { Value: status_code, Criticality: statusCriticality },
    { Value: licence },
    { Value: rowsLoaded }
  ],
  UI.PresentationVariant: { SortOrder: [{ Property: code }], Visualizations: ['@UI.LineItem'] },
  UI.Identification: [
    { $Type: 'UI.DataFieldForAction', Action: 'AdminService.publish', Label: '{i18n>Publish}' },
    { $Type: 'UI.DataFieldForAction', Action: 'AdminService.deprecate', Label: '{i18n>Deprecate}' }
  ],
  UI.HeaderFacets: [ { $Type: 'UI.ReferenceFacet', Target: '@UI.FieldGroup#Status' } ],
  UI.FieldGroup #Status: { Data: [ { Value: status_code, Criticality: statusCriticality }, { Value: version }, { Value: publisher } ] },
  UI.FieldGroup #General: { Data: [ { Value: code }, { Value: title }, { Value: publisher }, { Value: version }, { Value: gwpSet } ] },
  UI.FieldGroup #Spend: { Data: [ { Value: currency_code }, { Value: currencyYear }, { Value: priceBasis } ] },
  UI.FieldGroup #Provenance: { Data: [ { Value: licence }, { Value: attribution }, { Value: citation }, { Value: doi } ] },
  UI.FieldGroup #Import: { Data: [ { Value: fileName }, { Value: fileChecksum }, { Value: importedAt }, { Value: rowsRead }, { Value: rowsLoaded }, { Value: rowsSkipped } ] },
  UI.Facets: [
    { $Type: 'UI.CollectionFacet', ID: 'SetFacet', Label: '{i18n>FactorSet}', Facets: [
      { $Type: 'UI.ReferenceFacet', ID: 'General', Label: '{i18n>General}', Target: '@UI.FieldGroup#General' },
      { $Type: 'UI.ReferenceFacet', ID: 'Spend', Label: '{i18n>SpendBasis}', Target: '@UI.FieldGroup#Spend' },
      { $Type: 'UI.ReferenceFacet', ID: 'Provenance', Label: '{i18n>Provenance}', Target: '@UI.FieldGroup#Provenance' },
      { $Type: 'UI.ReferenceFacet', ID: 'Import', Label: '{i18n>Import}', Target: '@UI.FieldGroup#Import' }
    ] },
    { $Type: 'UI.ReferenceFacet', ID: 'Factors', Label: '{i18n>EmissionFactors}', Target: 'factors/@UI.LineItem' }
  ]
) {
  code              @Common.TextArrangement: #TextSeparate;
  status            @Common.Text: status.name @Common.TextArrangement: #TextOnly @Common.ValueListWithFixedValues;
  gwpSet            @title: '{i18n>GwpSet}';
  currency          @title: '{i18n>Currency}';
  currencyYear      @title: '{i18n>CurrencyYear}';
  priceBasis        @title: '{i18n>PriceBasis}';
  doi               @title: 'DOI';
  fileName          @title: '{i18n>FileName}';
  fileChecksum      @title: '{i18n>FileChecksum}';
  importedAt        @title: '{i18n>ImportedAt}';
  rowsRead          @title: '{i18n>RowsRead}';
  rowsLoaded        @title: '{i18n>RowsLoaded}';
  rowsSkipped       @title: '{i18n>RowsSkipped}';
  locked            @UI.Hidden;
  statusCriticality @UI.Hidden;
};

annotate srv.FactorSets actions {
  // only while the set is a draft; only a published set is deprecated
  publish   @Core.OperationAvailable: { $edmJson: { $And: [ { $Path: 'in/IsActiveEntity' }, { $Eq: [ { $Path: 'in/status_code' }, 'draft' ] } ] } }
            @Common.SideEffects: { TargetProperties: ['in/status_code', 'in/locked', 'in/statusCriticality'] };
  deprecate @Core.OperationAvailable: { $edmJson: { $And: [ { $Path: 'in/IsActiveEntity' }, { $Eq: [ { $Path: 'in/status_code' }, 'published' ] } ] } }
            @Common.SideEffects: { TargetProperties: ['in/status_code', 'in/locked', 'in/statusCriticality'] }
            (reason @title: '{i18n>Reason}' @UI.MultiLineText);
};

annotate srv.EmissionFactors with @(
  UI.HeaderInfo: {
    TypeName: '{i18n>EmissionFactor}', TypeNamePlural: '{i18n>EmissionFactors}',
    Title: { Value: description }, Description: { Value: ID }
  },
  UI.LineItem: [
    { Value: code },
    { Value: description },
    { Value: value },
    { Value: unit_code },
    { Value: currency_code },
    { Value: region_code },
    { Value: year },
    { Value: validFrom },
    { Value: validTo },
    { Value: basis_code }
  ],
  UI.FieldGroup #Factor: { Data: [ { Value: description }, { Value: family }, { Value: value }, { Value: unit_code }, { Value: currency_code }, { Value: biogenicCO2 }, { Value: basis_code }, { Value: uncertainty } ] },
  UI.FieldGroup #Scope: { Data: [ { Value: region_code }, { Value: year }, { Value: validFrom }, { Value: validTo }, { Value: supplier_ID }, { Value: material_ID } ] },
  UI.FieldGroup #Pedigree: { Data: [ { Value: dqTechnological }, { Value: dqTemporal }, { Value: dqGeographical }, { Value: dqCompleteness }, { Value: dqReliability } ] },
  UI.FieldGroup #Source: { Data: [ { Value: sourceScope }, { Value: sourcePath } ] },
  UI.Facets: [
    { $Type: 'UI.ReferenceFacet', ID: 'Factor', Label: '{i18n>EmissionFactor}', Target: '@UI.FieldGroup#Factor' },
    { $Type: 'UI.ReferenceFacet', ID: 'Scope', Label: '{i18n>Validity}', Target: '@UI.FieldGroup#Scope' },
    { $Type: 'UI.ReferenceFacet', ID: 'Pedigree', Label: '{i18n>Pedigree}', Target: '@UI.FieldGroup#Pedigree' },
    { $Type: 'UI.ReferenceFacet', ID: 'Source', Label: '{i18n>FactorSource}', Target: '@UI.FieldGroup#Source' }
  ]
) {
  family          @title: '{i18n>FactorFamily}';
  biogenicCO2     @title: '{i18n>BiogenicCO2}';
  basis           @title: '{i18n>AccountingBasis}' @Common.Text: basis.name @Common.TextArrangement: #TextOnly @Common.ValueListWithFixedValues;
  uncertainty     @title: '{i18n>Uncertainty}';
  validFrom       @title: '{i18n>ValidFrom}';
  validTo         @title: '{i18n>ValidTo}';
  supplier        @title: '{i18n>Supplier}';
  material        @title: '{i18n>Material}';
  dqTechnological @title: '{i18n>DqTechnological}';
  dqTemporal      @title: '{i18n>DqTemporal}';
  dqGeographical  @title: '{i18n>DqGeographical}';
  dqCompleteness  @title: '{i18n>DqCompleteness}';
  dqReliability   @title: '{i18n>DqReliability}';
  sourceScope     @title: '{i18n>SourceScope}';
  sourcePath      @title: '{i18n>SourcePath}';
};
