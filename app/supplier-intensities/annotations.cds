// Supplier Intensity Ranking (category managers): EmissionsService.SupplierIntensityRanking, computed on read
// (srv/reporting/supplier-intensities.ts); a material group and a fiscal year are required filters.
using { EmissionsService as srv } from '../../srv/reporting/emissions-service';

annotate srv.SupplierIntensityRanking with @(
  UI.HeaderInfo: { TypeName: '{i18n>Supplier}', TypeNamePlural: '{i18n>Suppliers}', Title: { Value: supplierName } },
  UI.SelectionFields: [ materialGroup_code, fiscalYear ],
  UI.LineItem: [
    { Value: rank },
    { Value: supplier_ID, ![@UI.Importance]: #High },
    { Value: tCO2e, ![@UI.Importance]: #High },
    { Value: kgCO2ePerUnit, ![@UI.Importance]: #High },
    { Value: kgCO2ePerCurrency },
    { Value: dqScore, ![@UI.Importance]: #High },
    { Value: primaryDataPercent },
    { Value: askPriority, ![@UI.Importance]: #High },
    { Value: lines },
    {
      $Type: 'UI.DataFieldWithIntentBasedNavigation', Value: requestStatus, SemanticObject: 'SupplierDataRequest', Action: 'manage',
      Mapping: [ { $Type: 'Common.SemanticObjectMappingType', LocalProperty: latestRequest, SemanticObjectProperty: 'ID' } ],
      ![@UI.Importance]: #High
    },
    { Value: openRequests }
  ],
  UI.PresentationVariant: { SortOrder: [{ Property: askPriority, Descending: true }], Visualizations: ['@UI.LineItem'] }
) {
  materialGroup      @title: '{i18n>MaterialGroup}' @Common.Text: materialGroup.name;
  fiscalYear         @title: '{i18n>FiscalYear}';
  supplier           @title: '{i18n>Supplier}' @Common.Text: supplierName;
  rank               @title: '{i18n>Rank}';
  supplierName       @title: '{i18n>SupplierName}';
  lines              @title: '{i18n>Lines}';
  kgCO2e             @title: '{i18n>KgCO2eExact}' @Measures.Unit: 'kg CO2e';
  tCO2e              @title: '{i18n>TCO2e}' @Measures.Unit: 't CO2e';
  quantity           @title: '{i18n>Quantity}' @Measures.Unit: unit;
  kgCO2ePerUnit      @title: '{i18n>KgCO2ePerUnit}';
  amount             @title: '{i18n>Amount}' @Measures.ISOCurrency: currency;
  kgCO2ePerCurrency  @title: '{i18n>KgCO2ePerCurrency}';
  dqScore            @title: '{i18n>DqScore}';
  primaryDataPercent @title: '{i18n>PrimaryDataPercent}';
  askPriority        @title: '{i18n>AskPriority}';
  openRequests       @title: '{i18n>OpenRequests}';
  requestStatus      @title: '{i18n>SupplierDataRequest}';
  latestRequest      @UI.Hidden;
  unit               @UI.Hidden;
  currency           @UI.Hidden;
}
