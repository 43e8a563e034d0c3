// Scope 3 Analytics: a list report on AnalyticsService.EmissionLines with a view per question (tabs): by category, by
// period, by supplier, by material group, and the lines; the total in the header (a KPI tag). CAP answers each
// chart's $apply in SQL.
using { AnalyticsService as srv } from '../../srv/reporting/analytics-service';

annotate srv.EmissionLines with @(
  Aggregation.ApplySupported: {
    Transformations: [ 'aggregate', 'topcount', 'bottomcount', 'identity', 'concat', 'groupby', 'filter', 'top', 'skip', 'orderby', 'search' ],
    GroupableProperties: [ category_code, categoryName, supplier_ID, supplierName, materialGroup_code, materialGroupName, plant_code, plantName, companyCode_code, companyCodeName, yearPeriod, yearPeriodText, fiscalYear, fiscalYearText, method_code, methodName, documentNumber ],
    AggregatableProperties: [ { Property: tCO2eLocation }, { Property: tCO2eMarket }, { Property: kgCO2eLocation }, { Property: kgCO2eMarket }, { Property: biogenicCO2 } ]
  },
  // aggregate(tCO2eLocation) without a method, as the KPI tag asks it: a custom aggregate, the sum (@Aggregation.default)
  Aggregation.CustomAggregate #tCO2eLocation: 'Edm.Decimal',
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
  // by period: the trend, each period's column stacked by category
  UI.Chart #byPeriod: {
    Title: '{i18n>EmissionsByPeriod}',
    ChartType: #ColumnStacked,
    Dimensions: [ yearPeriod, category_code ],
    DimensionAttributes: [ { Dimension: yearPeriod, Role: #Category }, { Dimension: category_code, Role: #Series } ],
    DynamicMeasures: [ '@Analytics.AggregatedProperty#totalTCO2eLocation' ],
    MeasureAttributes: [ { DynamicMeasure: '@Analytics.AggregatedProperty#totalTCO2eLocation', Role: #Axis1 } ]
  },
  // the views (tabs), each a question with its chart; the lines last, the largest first
  UI.SelectionPresentationVariant #byCategory: {
    Text: '{i18n>ViewByCategory}', SelectionVariant: { SelectOptions: [] },
    PresentationVariant: { Visualizations: [ '@UI.Chart' ] }
  },
  UI.SelectionPresentationVariant #byPeriod: {
    Text: '{i18n>ViewByPeriod}', SelectionVariant: { SelectOptions: [] },
    // (no SortOrder: Fiori elements does not pass a view's sort order to its chart; the service orders it by period,
    // orderGroupings in srv/reporting/analytics-service.ts)
    PresentationVariant: { Visualizations: [ '@UI.Chart#byPeriod' ] }
  },
  UI.SelectionPresentationVariant #bySupplier: {
    Text: '{i18n>ViewBySupplier}', SelectionVariant: { SelectOptions: [] },
    PresentationVariant: { Visualizations: [ '@UI.Chart#bySupplier' ] }
  },
  UI.SelectionPresentationVariant #byMaterialGroup: {
    Text: '{i18n>ViewByMaterialGroup}', SelectionVariant: { SelectOptions: [] },
    PresentationVariant: { Visualizations: [ '@UI.Chart#byMaterialGroup' ] }
  },
  UI.SelectionPresentationVariant #lines: {
    Text: '{i18n>ViewLines}', SelectionVariant: { SelectOptions: [] },
    PresentationVariant: { Visualizations: [ '@UI.LineItem' ], SortOrder: [ { Property: tCO2eLocation, Descending: true } ] }
  },
  UI.Chart #bySupplier: {
    Title: '{i18n>EmissionsBySupplierChart}', ChartType: #Bar, Dimensions: [ supplier_ID ],
    DimensionAttributes: [ { Dimension: supplier_ID, Role: #Category } ],
    DynamicMeasures: [ '@Analytics.AggregatedProperty#totalTCO2eLocation' ],
    MeasureAttributes: [ { DynamicMeasure: '@Analytics.AggregatedProperty#totalTCO2eLocation', Role: #Axis1 } ]
  },
  UI.Chart #byMaterialGroup: {
    Title: '{i18n>EmissionsByMaterialGroupChart}', ChartType: #Bar, Dimensions: [ materialGroup_code ],
    DimensionAttributes: [ { Dimension: materialGroup_code, Role: #Category } ],
    DynamicMeasures: [ '@Analytics.AggregatedProperty#totalTCO2eLocation' ],
    MeasureAttributes: [ { DynamicMeasure: '@Analytics.AggregatedProperty#totalTCO2eLocation', Role: #Axis1 } ]
  },
  // the header's total (a KPI tag: every line the user may read, all periods) and, on a click, its trend by period
  UI.KPI #total: {
    ID: 'scope3Total',
    // (Fiori elements shows a tag's title as its first three letters, "TOT", and the whole title as its tooltip)
    DataPoint: {
      Value: tCO2eLocation, Title: '{i18n>Scope3Total}', Description: '{i18n>Scope3TotalDescription}',
      ValueFormat: { NumberOfFractionalDigits: 3 }
    },
    Detail: { DefaultPresentationVariant: { Visualizations: [ '@UI.Chart#kpiTrend' ], SortOrder: [ { Property: yearPeriod } ] } }
  },
  UI.Chart #kpiTrend: {
    Title: '{i18n>EmissionsByPeriodTotal}', ChartType: #Column, Dimensions: [ yearPeriod ],
    DimensionAttributes: [ { Dimension: yearPeriod, Role: #Category } ],
    Measures: [ tCO2eLocation ], MeasureAttributes: [ { Measure: tCO2eLocation, Role: #Axis1 } ]
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
    { Value: tCO2eLow },
    { Value: tCO2eHigh },
    { Value: tCO2eMarket, ![@UI.Importance]: #High },
    { Value: dqScore }
  ]
) {
  documentNumber @title: '{i18n>Document}';
  documentItem   @title: '{i18n>Item}';
  documentType   @title: '{i18n>DocumentType}';
  description    @title: '{i18n>Description}';
  supplier       @title: '{i18n>Supplier}' @Common.Text: supplierName @Common.TextArrangement: #TextFirst;
  materialGroup  @title: '{i18n>MaterialGroup}' @Common.Text: materialGroupName @Common.TextArrangement: #TextFirst;
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
  tCO2eLocation  @title: '{i18n>TCO2eLocation}' @Measures.Unit: 't CO2e' @Aggregation.default: #SUM;
  tCO2eMarket    @title: '{i18n>TCO2eMarket}' @Measures.Unit: 't CO2e';
  tCO2eLow       @title: '{i18n>TCO2eLow}' @Measures.Unit: 't CO2e';
  tCO2eHigh      @title: '{i18n>TCO2eHigh}' @Measures.Unit: 't CO2e';
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

// the Uncertainty view: each category's figure with its 95 % interval, per year and company code (intervals do not
// add up, so the service computes them: srv/reporting/analytics-service.ts categoryIntervals)
annotate srv.CategoryIntervals with @(
  UI.SelectionPresentationVariant #uncertainty: {
    Text: '{i18n>ViewUncertainty}', SelectionVariant: { SelectOptions: [] },
    PresentationVariant: { Visualizations: [ '@UI.LineItem' ] }
  },
  UI.LineItem: [
    { Value: fiscalYear, ![@UI.Importance]: #High },
    { Value: companyCode_code, ![@UI.Importance]: #High },
    { Value: category_code, ![@UI.Importance]: #High },
    { Value: tCO2eLow, ![@UI.Importance]: #High },
    { Value: tCO2eLocation, ![@UI.Importance]: #High },
    { Value: tCO2eHigh, ![@UI.Importance]: #High },
    { Value: range, ![@UI.Importance]: #High },
    { Value: lines }
  ]
) {
  fiscalYear    @title: '{i18n>FiscalYear}' @Common.Text: fiscalYearText @Common.TextArrangement: #TextOnly;
  fiscalYearText @title: '{i18n>FiscalYear}';
  companyCode   @title: '{i18n>CompanyCode}';
  companyCodeName @title: '{i18n>CompanyCodeName}';
  category      @title: '{i18n>Category}' @Common.Text: categoryName @Common.TextArrangement: #TextOnly;
  categoryName  @title: '{i18n>CategoryName}';
  lines         @title: '{i18n>Lines}';
  tCO2eLocation @title: '{i18n>TCO2eLocation}' @Measures.Unit: 't CO2e';
  tCO2eLow      @title: '{i18n>TCO2eLow}' @Measures.Unit: 't CO2e';
  tCO2eHigh     @title: '{i18n>TCO2eHigh}' @Measures.Unit: 't CO2e';
  belowPercent  @title: '{i18n>IntervalBelowPercent}' @Measures.Unit: '%';
  abovePercent  @title: '{i18n>IntervalAbovePercent}' @Measures.Unit: '%';
  range         @title: '{i18n>IntervalRange}';
};

// the Targets view: each reduction target's figure per year against its linear pathway, a line chart (the service
// computes the rows and answers the chart's $apply: srv/reporting/analytics-service.ts targetProgress)
annotate srv.TargetProgress with @(
  Aggregation.ApplySupported: {
    Transformations: [ 'aggregate', 'groupby', 'filter', 'orderby', 'top', 'skip' ],
    GroupableProperties: [ target_ID, targetName, year, yearText, unit ],
    AggregatableProperties: [ { Property: actual }, { Property: pathway } ]
  },
  Analytics.AggregatedProperty #totalActual: {
    Name: 'totalActual', AggregationMethod: 'sum', AggregatableProperty: actual, ![@Common.Label]: '{i18n>TargetActual}'
  },
  Analytics.AggregatedProperty #totalPathway: {
    Name: 'totalPathway', AggregationMethod: 'sum', AggregatableProperty: pathway, ![@Common.Label]: '{i18n>TargetPathway}'
  },
  UI.Chart #targets: {
    Title: '{i18n>TargetProgressChart}',
    ChartType: #Line,
    Dimensions: [ year, targetName ],
    DimensionAttributes: [ { Dimension: year, Role: #Category }, { Dimension: targetName, Role: #Series } ],
    DynamicMeasures: [ '@Analytics.AggregatedProperty#totalActual', '@Analytics.AggregatedProperty#totalPathway' ],
    MeasureAttributes: [
      { DynamicMeasure: '@Analytics.AggregatedProperty#totalActual', Role: #Axis1 },
      { DynamicMeasure: '@Analytics.AggregatedProperty#totalPathway', Role: #Axis1 }
    ]
  },
  UI.SelectionPresentationVariant #targets: {
    Text: '{i18n>ViewTargets}', SelectionVariant: { SelectOptions: [] },
    PresentationVariant: { Visualizations: [ '@UI.Chart#targets' ] }
  },
  UI.LineItem: [
    { Value: targetName }, { Value: year }, { Value: actual }, { Value: pathway }, { Value: gap },
    { Value: reductionPercent }, { Value: onTrack }, { Value: closedPeriods }, { Value: notes }
  ]
) {
  target          @title: '{i18n>ReductionTarget}' @Common.Text: targetName @Common.TextArrangement: #TextOnly;
  targetName      @title: '{i18n>ReductionTarget}';
  year            @title: '{i18n>FiscalYear}' @Common.Text: yearText @Common.TextArrangement: #TextOnly;
  yearText        @title: '{i18n>FiscalYear}';
  unit            @title: '{i18n>Unit}';
  actual          @title: '{i18n>TargetActual}' @Measures.Unit: unit;
  pathway         @title: '{i18n>TargetPathway}' @Measures.Unit: unit;
  gap             @title: '{i18n>TargetGap}' @Measures.Unit: unit;
  reductionPercent @title: '{i18n>TargetReductionAchieved}' @Measures.Unit: '%';
  onTrack         @title: '{i18n>TargetOnTrack}';
  closedPeriods   @title: '{i18n>ClosedPeriods}';
  periods         @title: '{i18n>Periods}';
  notes           @title: '{i18n>TargetNotes}';
};

// the Targets by Period view: each closed period of an absolute target, the year to date against the base year's same
// periods on the pathway (srv/reporting/analytics-service.ts targetPeriodProgress)
annotate srv.TargetPeriodProgress with @(
  UI.SelectionPresentationVariant #targetPeriods: {
    Text: '{i18n>ViewTargetPeriods}', SelectionVariant: { SelectOptions: [] },
    PresentationVariant: { Visualizations: [ '@UI.LineItem' ] }
  },
  UI.LineItem: [
    { Value: targetName, ![@UI.Importance]: #High },
    { Value: yearPeriodText, ![@UI.Importance]: #High },
    { Value: actual },
    { Value: actualToDate, ![@UI.Importance]: #High },
    { Value: pathwayToDate, ![@UI.Importance]: #High },
    { Value: gapToDate, ![@UI.Importance]: #High },
    { Value: onTrack, ![@UI.Importance]: #High }
  ]
) {
  target         @title: '{i18n>ReductionTarget}' @Common.Text: targetName @Common.TextArrangement: #TextOnly;
  targetName     @title: '{i18n>ReductionTarget}';
  year           @title: '{i18n>FiscalYear}';
  fiscalPeriod   @title: '{i18n>FiscalPeriod}';
  yearPeriodText @title: '{i18n>FiscalYearPeriod}';
  actual         @title: '{i18n>TargetActual}' @Measures.Unit: 't CO2e';
  actualToDate   @title: '{i18n>TargetActualToDate}' @Measures.Unit: 't CO2e';
  pathwayToDate  @title: '{i18n>TargetPathwayToDate}' @Measures.Unit: 't CO2e';
  gapToDate      @title: '{i18n>TargetGapToDate}' @Measures.Unit: 't CO2e';
  onTrack        @title: '{i18n>TargetOnTrack}';
};
