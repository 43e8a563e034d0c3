// Scope 3 Analytics: an analytical list page on AnalyticsService.EmissionLines; CAP answers the chart's $apply in SQL.
using { AnalyticsService as srv } from '../../srv/reporting/analytics-service';

annotate srv.EmissionLines with @(
  Aggregation.ApplySupported: {
    Transformations: [ 'aggregate', 'topcount', 'bottomcount', 'identity', 'concat', 'groupby', 'filter', 'top', 'skip', 'orderby', 'search' ],
    GroupableProperties: [ category_code, categoryName, supplier_ID, supplierName, materialGroup_code, materialGroupName, plant_code, plantName, companyCode_code, companyCodeName, yearPeriod, yearPeriodText, fiscalYear, fiscalYearText, method_code, methodName, documentNumber ],
    AggregatableProperties: [ { Property: tCO2eLocation }, { Property: tCO2eMarket }, { Property: kgCO2eLocation }, { Property: kgCO2eMarket }, { Property: biogenicCO2 } ]
  },
  // (one aggregated property per aggregatable property: a second one on tCO2eLocation leaves the main chart unfed)
  Analytics.AggregatedProperty #totalTCO2eLocation: {
    Name: 'totalTCO2eLocation', AggregationMethod: 'sum', AggregatableProperty: tCO2eLocation, ![@Common.Label]: '{i18n>TCO2e}'
  },
  Analytics.AggregatedProperty #totalTCO2eMarket: {
    Name: 'totalTCO2eMarket', AggregationMethod: 'sum', AggregatableProperty: tCO2eMarket, ![@Common.Label]: '{i18n>TCO2eMarketUnit}'
  },
  // a donut: each category's share of the whole reads at a glance, also when one category dominates (a column chart
  // then leaves the others 1-2 px tall)
  UI.Chart: {
    Title: '{i18n>EmissionsByCategory}',
    ChartType: #Donut,
    Dimensions: [ category_code ],
    DimensionAttributes: [ { Dimension: category_code, Role: #Category } ],
    DynamicMeasures: [ '@Analytics.AggregatedProperty#totalTCO2eLocation' ],
    MeasureAttributes: [ { DynamicMeasure: '@Analytics.AggregatedProperty#totalTCO2eLocation', Role: #Axis1 } ]
  },
  // the visual filters' figures: the measure's short label gives their title ("Emissions by Supplier | t CO2e"); bars
  // show two decimals (the most a visual filter shows without a scale factor)
  UI.DataPoint #tonnes: { Value: tCO2eLocation, ValueFormat: { NumberOfFractionalDigits: 2 } },
  // the visual filters above the chart: the largest suppliers and material groups (a click filters the page); each a
  // value list on EmissionLines with its chart (the same $apply as the main chart)
  UI.Chart #bySupplier: {
    ChartType: #Bar, Dimensions: [ supplier_ID ], DynamicMeasures: [ '@Analytics.AggregatedProperty#totalTCO2eLocation' ],
    MeasureAttributes: [ { DynamicMeasure: '@Analytics.AggregatedProperty#totalTCO2eLocation', Role: #Axis1, DataPoint: '@UI.DataPoint#tonnes' } ]
  },
  UI.PresentationVariant #bySupplier: {
    Visualizations: [ '@UI.Chart#bySupplier' ], SortOrder: [ { Property: tCO2eLocation, Descending: true } ]
  },
  UI.Chart #byMaterialGroup: {
    ChartType: #Bar, Dimensions: [ materialGroup_code ], DynamicMeasures: [ '@Analytics.AggregatedProperty#totalTCO2eLocation' ],
    MeasureAttributes: [ { DynamicMeasure: '@Analytics.AggregatedProperty#totalTCO2eLocation', Role: #Axis1, DataPoint: '@UI.DataPoint#tonnes' } ]
  },
  UI.PresentationVariant #byMaterialGroup: {
    Visualizations: [ '@UI.Chart#byMaterialGroup' ], SortOrder: [ { Property: tCO2eLocation, Descending: true } ]
  },
  UI.PresentationVariant: {
    SortOrder: [ { Property: tCO2eLocation, Descending: true } ],
    Visualizations: [ '@UI.Chart', '@UI.LineItem' ]
  },
  UI.SelectionFields: [ fiscalYear, companyCode_code, category_code, supplier_ID, materialGroup_code, plant_code, yearPeriod ],
  UI.LineItem: [
    { Value: documentNumber },
    { Value: documentItem },
    { Value: description },
    { Value: supplier_ID },
    { Value: materialGroup_code },
    { Value: category_code },
    { Value: yearPeriod },
    { Value: method_code },
    { Value: tCO2eLocation, ![@UI.Importance]: #High },
    { Value: tCO2eMarket, ![@UI.Importance]: #High },
    { Value: dqScore }
  ]
) {
  documentNumber @title: '{i18n>Document}';
  documentItem   @title: '{i18n>Item}';
  documentType   @title: '{i18n>DocumentType}';
  description    @title: '{i18n>Description}';
  supplier       @title: '{i18n>Supplier}' @Common.Text: supplierName @Common.TextArrangement: #TextFirst
                 @Common.ValueList #visualFilter: { CollectionPath: 'EmissionLines', PresentationVariantQualifier: 'bySupplier', Parameters: [
                   { $Type: 'Common.ValueListParameterInOut', LocalDataProperty: supplier_ID, ValueListProperty: 'supplier_ID' }
                 ] };
  materialGroup  @title: '{i18n>MaterialGroup}' @Common.Text: materialGroupName @Common.TextArrangement: #TextFirst
                 @Common.ValueList #visualFilter: { CollectionPath: 'EmissionLines', PresentationVariantQualifier: 'byMaterialGroup', Parameters: [
                   { $Type: 'Common.ValueListParameterInOut', LocalDataProperty: materialGroup_code, ValueListProperty: 'materialGroup_code' }
                 ] };
  plant          @title: '{i18n>Plant}' @Common.Text: plantName;
  companyCode    @title: '{i18n>CompanyCode}' @Common.Text: companyCodeName;
  category       @title: '{i18n>Category}' @Common.Text: categoryName @Common.TextArrangement: #TextOnly @Common.ValueListWithFixedValues;
  method         @title: '{i18n>Method}' @Common.Text: methodName @Common.TextArrangement: #TextOnly;
  factor         @title: '{i18n>EmissionFactor}';
  fiscalYear     @title: '{i18n>FiscalYear}' @Common.Text: fiscalYearText @Common.TextArrangement: #TextOnly;
  fiscalPeriod   @title: '{i18n>FiscalPeriod}';
  yearPeriod     @title: '{i18n>YearPeriod}' @Common.Text: yearPeriodText @Common.TextArrangement: #TextOnly;
  fiscalYearText @title: '{i18n>FiscalYear}';
  yearPeriodText @title: '{i18n>YearPeriod}';
  kgCO2eLocation @title: '{i18n>KgCO2eLocation}';
  kgCO2eMarket   @title: '{i18n>KgCO2eMarket}';
  tCO2eLocation  @title: '{i18n>TCO2eLocation}' @Measures.Unit: 't CO2e';
  tCO2eMarket    @title: '{i18n>TCO2eMarket}' @Measures.Unit: 't CO2e';
  biogenicCO2    @title: '{i18n>BiogenicCO2}';
  dqScore        @title: '{i18n>DqScore}';
  isAdjustment   @title: '{i18n>IsAdjustment}';
  supplierName      @title: '{i18n>SupplierName}';
  materialGroupName @title: '{i18n>MaterialGroupName}';
  plantName         @title: '{i18n>PlantName}';
  companyCodeName   @title: '{i18n>CompanyCodeName}';
  categoryName      @title: '{i18n>CategoryName}';
  methodName        @title: '{i18n>MethodName}';
};
