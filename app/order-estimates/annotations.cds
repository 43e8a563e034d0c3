// Estimate Order Emissions (buyers): requisitions and order drafts on EmissionsService.OrderEstimates, their figures
// and greener alternatives filled on every read (srv/reporting/order-estimates.ts).
using { EmissionsService as srv } from '../../srv/reporting/emissions-service';

annotate srv.OrderEstimates with @(
  UI.HeaderInfo: {
    TypeName: '{i18n>OrderEstimate}', TypeNamePlural: '{i18n>OrderEstimates}',
    Title: { Value: title }, Description: { Value: supplier.name }
  },
  UI.SelectionFields: [ companyCode_code, supplier_ID, orderDate ],
  UI.LineItem: [
    { Value: title },
    { Value: companyCode_code },
    { Value: supplier_ID },
    { Value: orderDate },
    { Value: tCO2e, ![@UI.Importance]: #High }
  ],
  // the header in tonnes: the order's figure, its goods, transport and upstream of energy apart, the best saving
  UI.HeaderFacets: [
    { $Type: 'UI.ReferenceFacet', Target: '@UI.DataPoint#tCO2e' },
    { $Type: 'UI.ReferenceFacet', Target: '@UI.DataPoint#tCO2eGoods' },
    { $Type: 'UI.ReferenceFacet', Target: '@UI.DataPoint#tCO2eTransport' },
    { $Type: 'UI.ReferenceFacet', Target: '@UI.DataPoint#tCO2eEnergy' },
    { $Type: 'UI.ReferenceFacet', Target: '@UI.DataPoint#bestSaving' }
  ],
  UI.DataPoint #tCO2e: { Value: tCO2e, Title: '{i18n>Estimate}' },
  UI.DataPoint #tCO2eGoods: { Value: tCO2eGoods, Title: '{i18n>TCO2eGoods}' },
  UI.DataPoint #tCO2eTransport: { Value: tCO2eTransport, Title: '{i18n>TCO2eTransport}' },
  UI.DataPoint #tCO2eEnergy: { Value: tCO2eEnergy, Title: '{i18n>TCO2eEnergy}' },
  UI.DataPoint #bestSaving: { Value: bestSavingTCO2e, Title: '{i18n>BestSaving}' },
  UI.FieldGroup #Order: { Data: [
    { Value: title }, { Value: companyCode_code }, { Value: supplier_ID }, { Value: currency_code }, { Value: incoterms }, { Value: orderDate }
  ] },
  UI.FieldGroup #Estimate: { Data: [
    { Value: kgCO2e }, { Value: kgCO2eGoods }, { Value: kgCO2eTransport }, { Value: kgCO2eEnergy }, { Value: bestSavingKgCO2e },
    { Value: estimateNote }
  ] },
  UI.Facets: [
    { $Type: 'UI.ReferenceFacet', ID: 'Order', Label: '{i18n>Order}', Target: '@UI.FieldGroup#Order' },
    { $Type: 'UI.ReferenceFacet', ID: 'Items', Label: '{i18n>Items}', Target: 'items/@UI.LineItem' },
    { $Type: 'UI.ReferenceFacet', ID: 'Estimate', Label: '{i18n>Estimate}', Target: '@UI.FieldGroup#Estimate' }
  ],
  // the figures follow every change of the order or of its items
  Common.SideEffects #Figures: {
    SourceProperties: [ companyCode_code, supplier_ID, currency_code, incoterms, orderDate ],
    SourceEntities: [ items ],
    TargetProperties: [
      'kgCO2e', 'kgCO2eGoods', 'kgCO2eTransport', 'kgCO2eEnergy', 'bestSavingKgCO2e', 'estimateNote',
      'tCO2e', 'tCO2eGoods', 'tCO2eTransport', 'tCO2eEnergy', 'bestSavingTCO2e'
    ],
    TargetEntities: [ items ]
  }
) {
  title            @title: '{i18n>Title}';
  companyCode      @title: '{i18n>CompanyCode}' @Common.Text: companyCode.name;
  supplier         @title: '{i18n>Supplier}' @Common.Text: supplier.name;
  currency         @title: '{i18n>Currency}';
  incoterms        @title: '{i18n>Incoterms}';
  orderDate        @title: '{i18n>OrderDate}';
  kgCO2e           @title: '{i18n>KgCO2e}' @Measures.Unit: 'kg CO2e';
  kgCO2eGoods      @title: '{i18n>KgCO2eGoods}' @Measures.Unit: 'kg CO2e';
  kgCO2eTransport  @title: '{i18n>KgCO2eTransport}' @Measures.Unit: 'kg CO2e';
  kgCO2eEnergy     @title: '{i18n>KgCO2eEnergy}' @Measures.Unit: 'kg CO2e';
  bestSavingKgCO2e @title: '{i18n>BestSavingExact}' @Measures.Unit: 'kg CO2e';
  tCO2e            @title: '{i18n>Estimate}' @Measures.Unit: 't CO2e';
  tCO2eGoods       @title: '{i18n>TCO2eGoods}' @Measures.Unit: 't CO2e';
  tCO2eTransport   @title: '{i18n>TCO2eTransport}' @Measures.Unit: 't CO2e';
  tCO2eEnergy      @title: '{i18n>TCO2eEnergy}' @Measures.Unit: 't CO2e';
  bestSavingTCO2e  @title: '{i18n>BestSaving}' @Measures.Unit: 't CO2e';
  estimateNote     @title: '{i18n>EstimateNote}' @UI.MultiLineText;
}

annotate srv.OrderEstimateItems with @(
  UI.HeaderInfo: {
    TypeName: '{i18n>OrderEstimateItem}', TypeNamePlural: '{i18n>Items}',
    Title: { Value: item }, Description: { Value: material_ID }
  },
  UI.LineItem: [
    { Value: item },
    { Value: material_ID },
    { Value: quantity },
    { Value: unit },
    { Value: netPrice },
    { Value: tCO2e, ![@UI.Importance]: #High },
    { Value: bestSupplierName, ![@UI.Importance]: #High },
    { Value: bestSavingTCO2e, ![@UI.Importance]: #High },
    { Value: plant_code },
    { Value: materialGroup_code },
    { Value: tCO2eDerived },
    { Value: dqScore }
  ],
  UI.FieldGroup #Item: { Data: [
    { Value: item }, { Value: material_ID }, { Value: materialGroup_code }, { Value: plant_code }, { Value: description },
    { Value: quantity }, { Value: unit }, { Value: netPrice }, { Value: priceQuantity }, { Value: netWeight }, { Value: weightUnit }
  ] },
  UI.FieldGroup #Estimate: { Data: [
    { Value: kgCO2e }, { Value: kgCO2eDerived }, { Value: category }, { Value: method }, { Value: rule }, { Value: factor },
    { Value: dqScore }, { Value: explanation }, { Value: warningsText }
  ] },
  UI.FieldGroup #Alternatives: { Data: [
    { Value: bestSupplier }, { Value: bestSupplierName }, { Value: bestMaterial }, { Value: bestBasis }, { Value: bestKgCO2e },
    { Value: bestSavingKgCO2e }, { Value: alternativesText }, { Value: alternativesNote }
  ] },
  UI.Facets: [
    { $Type: 'UI.ReferenceFacet', ID: 'Item', Label: '{i18n>Item}', Target: '@UI.FieldGroup#Item' },
    { $Type: 'UI.ReferenceFacet', ID: 'Estimate', Label: '{i18n>Estimate}', Target: '@UI.FieldGroup#Estimate' },
    { $Type: 'UI.ReferenceFacet', ID: 'Alternatives', Label: '{i18n>GreenerAlternatives}', Target: '@UI.FieldGroup#Alternatives' }
  ],
  Common.SideEffects #Figures: {
    SourceProperties: [ material_ID, materialGroup_code, plant_code, quantity, unit, netPrice, priceQuantity, netWeight, weightUnit ],
    TargetProperties: [
      'kgCO2e', 'kgCO2eDerived', 'category', 'method', 'factor', 'rule', 'dqScore', 'explanation', 'warningsText', 'bestSupplier',
      'bestSupplierName', 'bestMaterial', 'bestBasis', 'bestKgCO2e', 'bestSavingKgCO2e', 'alternativesText', 'alternativesNote',
      'tCO2e', 'tCO2eDerived', 'bestSavingTCO2e',
      'estimate/kgCO2e', 'estimate/kgCO2eGoods', 'estimate/kgCO2eTransport', 'estimate/kgCO2eEnergy', 'estimate/bestSavingKgCO2e',
      'estimate/estimateNote', 'estimate/tCO2e', 'estimate/tCO2eGoods', 'estimate/tCO2eTransport', 'estimate/tCO2eEnergy',
      'estimate/bestSavingTCO2e'
    ]
  }
) {
  item             @title: '{i18n>Item}';
  material         @title: '{i18n>Material}' @Common.Text: material.name;
  materialGroup    @title: '{i18n>MaterialGroup}' @Common.Text: materialGroup.name;
  plant            @title: '{i18n>Plant}' @Common.Text: plant.name;
  description      @title: '{i18n>Description}';
  quantity         @title: '{i18n>Quantity}';
  unit             @title: '{i18n>Unit}';
  netPrice         @title: '{i18n>NetPrice}';
  priceQuantity    @title: '{i18n>PriceQuantity}';
  netWeight        @title: '{i18n>NetWeight}';
  weightUnit       @title: '{i18n>WeightUnit}';
  kgCO2e           @title: '{i18n>KgCO2e}' @Measures.Unit: 'kg CO2e';
  kgCO2eDerived    @title: '{i18n>KgCO2eDerived}' @Measures.Unit: 'kg CO2e';
  tCO2e            @title: '{i18n>TCO2e}' @Measures.Unit: 't CO2e';
  tCO2eDerived     @title: '{i18n>TCO2eDerived}' @Measures.Unit: 't CO2e';
  bestSavingTCO2e  @title: '{i18n>BestSaving}' @Measures.Unit: 't CO2e';
  category         @title: '{i18n>Category}';
  method           @title: '{i18n>Method}';
  rule             @title: '{i18n>Rule}';
  factor           @title: '{i18n>Factor}';
  dqScore          @title: '{i18n>DqScore}';
  explanation      @title: '{i18n>Explanation}' @UI.MultiLineText;
  warningsText     @title: '{i18n>Warnings}' @UI.MultiLineText;
  bestSupplier     @title: '{i18n>BestSupplier}';
  bestSupplierName @title: '{i18n>BestSupplierName}';
  bestMaterial     @title: '{i18n>BestMaterial}';
  bestBasis        @title: '{i18n>BestBasis}';
  bestKgCO2e       @title: '{i18n>BestKgCO2e}' @Measures.Unit: 'kg CO2e';
  bestSavingKgCO2e @title: '{i18n>BestSavingExact}' @Measures.Unit: 'kg CO2e';
  alternativesText @title: '{i18n>AlternativesRanked}' @UI.MultiLineText;
  alternativesNote @title: '{i18n>AlternativesNote}' @UI.MultiLineText;
}
