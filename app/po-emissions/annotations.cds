// Purchase Order Emissions (ERP users): list report and object pages on EmissionsService.
using { EmissionsService as srv } from '../../srv/reporting/emissions-service';

annotate srv.PurchaseOrders with @(
  UI.HeaderInfo: {
    TypeName: '{i18n>PurchaseOrder}', TypeNamePlural: '{i18n>PurchaseOrders}',
    Title: { Value: PurchaseOrder }, Description: { Value: supplier.name }
  },
  UI.SelectionFields: [ PurchaseOrder, supplier_ID, companyCode_code, fiscalYear, fiscalPeriod, items.materialGroup_code, items.plant_code, status ],
  UI.LineItem: [
    { Value: PurchaseOrder },
    { Value: supplier_ID },
    { Value: postingDate },
    { Value: itemCount },
    { Value: tCO2e, ![@UI.Importance]: #High },
    { Value: status, Criticality: statusCriticality },
    { Value: dqScore }
  ],
  UI.PresentationVariant: { SortOrder: [{ Property: PurchaseOrder, Descending: true }], Visualizations: ['@UI.LineItem'] },
  // the order in S/4HANA's own app (Manage Purchase Orders), where the launchpad has it: Fiori elements hides the
  // button in a launchpad without the intent; S/4HANA links back with #PurchaseOrder-displayEmissions?PurchaseOrder=…
  UI.Identification: [
    { $Type: 'UI.DataFieldForIntentBasedNavigation', SemanticObject: 'PurchaseOrder', Action: 'manage',
      Label: '{i18n>OpenInS4}', RequiresContext: false,
      Mapping: [ { LocalProperty: PurchaseOrder, SemanticObjectProperty: 'PurchaseOrder' } ] }
  ],
  // the header: what the order emits in all, and apart its goods, the transport it pays and the upstream of its energy
  UI.HeaderFacets: [
    { $Type: 'UI.ReferenceFacet', Target: '@UI.DataPoint#tCO2e' },
    { $Type: 'UI.ReferenceFacet', Target: '@UI.DataPoint#tCO2eGoods' },
    { $Type: 'UI.ReferenceFacet', Target: '@UI.DataPoint#tCO2eTransport' },
    { $Type: 'UI.ReferenceFacet', Target: '@UI.DataPoint#tCO2eEnergy' },
    { $Type: 'UI.ReferenceFacet', Target: '@UI.DataPoint#dqScore' },
    { $Type: 'UI.ReferenceFacet', Target: '@UI.FieldGroup#Status' }
  ],
  UI.DataPoint #tCO2e: { Value: tCO2e, Title: '{i18n>TCO2e}' },
  UI.DataPoint #tCO2eGoods: { Value: tCO2eGoods, Title: '{i18n>TCO2eGoods}' },
  UI.DataPoint #tCO2eTransport: { Value: tCO2eTransport, Title: '{i18n>TCO2eTransport}' },
  UI.DataPoint #tCO2eEnergy: { Value: tCO2eEnergy, Title: '{i18n>TCO2eEnergy}' },
  UI.DataPoint #dqScore: { Value: dqScore, Title: '{i18n>DqScore}' },
  UI.FieldGroup #Status: { Data: [ { Value: status, Criticality: statusCriticality }, { Value: tCO2eMarket } ] },
  UI.FieldGroup #Document: { Data: [
    { Value: PurchaseOrder }, { Value: supplier_ID }, { Value: companyCode_code },
    { Value: fiscalYear }, { Value: fiscalPeriod }, { Value: postingDate }
  ] },
  UI.FieldGroup #Figures: { Data: [
    { Value: kgCO2eGoods }, { Value: kgCO2eTransport }, { Value: kgCO2eEnergy }, { Value: kgCO2e }, { Value: kgCO2eMarket }
  ] },
  UI.Facets: [
    { $Type: 'UI.ReferenceFacet', ID: 'Document', Label: '{i18n>Document}', Target: '@UI.FieldGroup#Document' },
    { $Type: 'UI.ReferenceFacet', ID: 'Figures', Label: '{i18n>EmissionsSplit}', Target: '@UI.FieldGroup#Figures' },
    { $Type: 'UI.ReferenceFacet', ID: 'Items', Label: '{i18n>Items}', Target: 'items/@UI.LineItem' },
    { $Type: 'UI.ReferenceFacet', ID: 'Transport', Label: '{i18n>UpstreamTransport}', Target: 'transport/@UI.LineItem' },
    { $Type: 'UI.ReferenceFacet', ID: 'Energy', Label: '{i18n>UpstreamEnergy}', Target: 'energy/@UI.LineItem' }
  ]
) {
  PurchaseOrder @title: '{i18n>PurchaseOrder}';
  supplier      @title: '{i18n>Supplier}' @Common.Text: supplier.name;
  companyCode   @title: '{i18n>CompanyCode}' @Common.Text: companyCode.name;
  fiscalYear    @title: '{i18n>FiscalYear}';
  fiscalPeriod  @title: '{i18n>FiscalPeriod}';
  postingDate   @title: '{i18n>PostingDate}';
  itemCount     @title: '{i18n>ItemCount}';
  kgCO2e        @title: '{i18n>KgCO2e}' @Measures.Unit: 'kg CO2e';
  kgCO2eMarket  @title: '{i18n>KgCO2eMarket}' @Measures.Unit: 'kg CO2e';
  kgCO2eGoods   @title: '{i18n>KgCO2eGoods}' @Measures.Unit: 'kg CO2e';
  kgCO2eTransport @title: '{i18n>KgCO2eTransport}' @Measures.Unit: 'kg CO2e';
  kgCO2eEnergy  @title: '{i18n>KgCO2eEnergy}' @Measures.Unit: 'kg CO2e';
  tCO2e         @title: '{i18n>TCO2e}' @Measures.Unit: 't CO2e';
  tCO2eMarket   @title: '{i18n>TCO2eMarket}' @Measures.Unit: 't CO2e';
  tCO2eGoods    @title: '{i18n>TCO2eGoods}' @Measures.Unit: 't CO2e';
  tCO2eTransport @title: '{i18n>TCO2eTransport}' @Measures.Unit: 't CO2e';
  tCO2eEnergy   @title: '{i18n>TCO2eEnergy}' @Measures.Unit: 't CO2e';
  dqScore       @title: '{i18n>DqScore}';
  status        @title: '{i18n>Status}';
  statusCriticality @UI.Hidden;
}

// the upstream transport the purchase order pays (incoterms EXW, FCA, FAS, FOB): per leg of its lane, or from spend
annotate srv.PurchaseOrderTransport with @(
  UI.LineItem: [
    { Value: item }, { Value: line }, { Value: transportMode }, { Value: transportMass }, { Value: distance },
    { Value: tCO2e, ![@UI.Importance]: #High }, { Value: method_code }, { Value: derivation }
  ],
  UI.PresentationVariant: { SortOrder: [{ Property: line }], Visualizations: ['@UI.LineItem'] }
) {
  item          @title: '{i18n>Item}';
  line          @title: '{i18n>TransportLine}';
  transportMode @title: '{i18n>TransportMode}';
  transportMass @title: '{i18n>Mass}' @Measures.Unit: massSymbol;
  distance      @title: '{i18n>Distance}' @Measures.Unit: distanceSymbol;
  kgCO2e        @title: '{i18n>KgCO2eExact}' @Measures.Unit: 'kg CO2e';
  tCO2e         @title: '{i18n>TCO2e}' @Measures.Unit: 't CO2e';
  method        @title: '{i18n>Method}';
  derivation    @title: '{i18n>Derivation}';
  massSymbol    @UI.Hidden;
  distanceSymbol @UI.Hidden;
}

// the upstream of the energy the order buys (category 3): well-to-tank, and for electricity the grid losses
annotate srv.PurchaseOrderEnergy with @(
  UI.LineItem: [
    { Value: item }, { Value: line }, { Value: description }, { Value: quantity },
    { Value: tCO2e, ![@UI.Importance]: #High }, { Value: category_code }, { Value: derivation }
  ],
  UI.PresentationVariant: { SortOrder: [{ Property: line }], Visualizations: ['@UI.LineItem'] }
) {
  item          @title: '{i18n>Item}';
  line          @title: '{i18n>TransportLine}';
  description   @title: '{i18n>Description}';
  quantity      @title: '{i18n>Quantity}' @Measures.Unit: unitSymbol;
  kgCO2e        @title: '{i18n>KgCO2eExact}' @Measures.Unit: 'kg CO2e';
  tCO2e         @title: '{i18n>TCO2e}' @Measures.Unit: 't CO2e';
  category      @title: '{i18n>Category}' @Common.Text: category.title @Common.TextArrangement: #TextOnly;
  derivation    @title: '{i18n>Derivation}';
  unitSymbol    @UI.Hidden;
}

annotate srv.PurchaseOrderItems with @(
  UI.HeaderInfo: {
    TypeName: '{i18n>PurchaseOrderItem}', TypeNamePlural: '{i18n>Items}',
    Title: { Value: item }, Description: { Value: description }
  },
  UI.LineItem: [
    { Value: item },
    { Value: material_ID },
    { Value: materialGroup_code },
    { Value: plant_code },
    { Value: quantity },
    { Value: tCO2e, ![@UI.Importance]: #High },
    { Value: method_code },
    { Value: status_code }
  ],
  UI.HeaderFacets: [
    { $Type: 'UI.ReferenceFacet', Target: '@UI.DataPoint#tCO2e' },
    { $Type: 'UI.ReferenceFacet', Target: '@UI.DataPoint#dqScore' }
  ],
  UI.DataPoint #tCO2e: { Value: tCO2e, Title: '{i18n>TCO2e}' },
  UI.DataPoint #dqScore: { Value: dqScore, Title: '{i18n>DqScore}' },
  UI.FieldGroup #Line: { Data: [
    { Value: PurchaseOrder }, { Value: item }, { Value: description }, { Value: material_ID }, { Value: materialGroup_code },
    { Value: plant_code }, { Value: supplier_ID }, { Value: quantity }, { Value: amount }, { Value: postingDate }, { Value: status_code }
  ] },
  UI.FieldGroup #Calculation: { Data: [
    { Value: kgCO2e }, { Value: kgCO2eLow }, { Value: kgCO2eHigh }, { Value: kgCO2eMarket }, { Value: category_code }, { Value: method_code },
    { $Type: 'UI.DataFieldWithUrl', Value: factor_ID, Url: factorLink, Label: '{i18n>EmissionFactor}' },
    { Value: factorValue }, { Value: factor.factorSet.title, Label: '{i18n>FactorSource}' }, { Value: factorSetVersion },
    { Value: factor.factorSet.licence, Label: '{i18n>Licence}' },
    { $Type: 'UI.DataFieldWithUrl', Value: rule.name, Url: ruleLink, Label: '{i18n>AttributionRule}' },
    { Value: isAdjustment }, { Value: explanation }
  ] },
  UI.FieldGroup #Lineage: { Data: [
    { $Type: 'UI.DataFieldWithUrl', Value: sourceEventId, Url: eventLink, Label: '{i18n>SourceEvent}' },
    { Value: sourceEvent.type, Label: '{i18n>EventType}' },
    { Value: sourceEvent.receivedAt, Label: '{i18n>ReceivedAt}' }, { Value: attribution.inputHash }, { Value: attribution.calculatedAt }
  ] },
  UI.Facets: [
    { $Type: 'UI.ReferenceFacet', ID: 'Line', Label: '{i18n>DocumentLine}', Target: '@UI.FieldGroup#Line' },
    { $Type: 'UI.ReferenceFacet', ID: 'Calculation', Label: '{i18n>Calculation}', Target: '@UI.FieldGroup#Calculation' },
    { $Type: 'UI.ReferenceFacet', ID: 'Lineage', Label: '{i18n>Lineage}', Target: '@UI.FieldGroup#Lineage' },
    { $Type: 'UI.ReferenceFacet', ID: 'History', Label: '{i18n>History}', Target: 'attributions/@UI.LineItem' }
  ]
) {
  PurchaseOrder @title: '{i18n>PurchaseOrder}';
  item          @title: '{i18n>Item}';
  quantity      @Measures.Unit: unitSymbol;
  unitSymbol    @UI.Hidden;
  factorValue   @title: '{i18n>FactorValue}' @Measures.Unit: factorPer;
  factorPer     @UI.Hidden;
  factorLink    @UI.Hidden;
  ruleLink      @UI.Hidden;
  eventLink     @UI.Hidden;
  kgCO2e        @title: '{i18n>KgCO2eExact}' @Measures.Unit: 'kg CO2e';
  kgCO2eMarket  @title: '{i18n>KgCO2eMarketExact}' @Measures.Unit: 'kg CO2e';
  kgCO2eLow     @title: '{i18n>IntervalLow}' @Measures.Unit: 'kg CO2e';
  kgCO2eHigh    @title: '{i18n>IntervalHigh}' @Measures.Unit: 'kg CO2e';
  tCO2e         @title: '{i18n>TCO2e}' @Measures.Unit: 't CO2e';
  tCO2eMarket   @title: '{i18n>TCO2eMarket}' @Measures.Unit: 't CO2e';
  dqScore       @title: '{i18n>DqScore}';
  category      @title: '{i18n>Category}' @Common.Text: category.title @Common.TextArrangement: #TextOnly;
  method        @title: '{i18n>Method}';
  factor        @title: '{i18n>EmissionFactor}';
  factorSetVersion @title: '{i18n>FactorSetVersion}';
  explanation   @title: '{i18n>Explanation}' @UI.MultiLineText;
  isAdjustment  @title: '{i18n>IsAdjustment}';
}

annotate srv.Attributions with @(
  UI.LineItem: [
    { Value: calculatedAt }, { Value: kgCO2eLocation }, { Value: kgCO2eMarket }, { Value: method_code },
    { Value: factor_ID }, { Value: ruleVersion }, { Value: fiscalPeriod }, { Value: isAdjustment }, { Value: isReversal }
  ],
  UI.PresentationVariant: { SortOrder: [{ Property: calculatedAt, Descending: true }] }
);

// the inbox entry of an S/4HANA event, reached from an item's lineage: what arrived, when, and what became of it
annotate srv.InboundEvents with @(
  UI.HeaderInfo: {
    // the documents the event led to first; its type and id are technical, below
    TypeName: '{i18n>InboundEvent}', TypeNamePlural: '{i18n>InboundEvents}',
    Title: { Value: businessKeys }, Description: { Value: type }
  },
  UI.HeaderFacets: [ { $Type: 'UI.ReferenceFacet', Target: '@UI.FieldGroup#State' } ],
  UI.FieldGroup #State: { Data: [ { Value: status }, { Value: receivedAt }, { Value: processedAt } ] },
  UI.FieldGroup #Event: { Data: [
    { Value: eventId }, { Value: source }, { Value: type }, { Value: receivedAt }, { Value: status }, { Value: attempts },
    { Value: processedAt }, { Value: lastError }, { Value: businessKeys }, { Value: companyCode }
  ] },
  UI.FieldGroup #Payload: { Data: [ { Value: data } ] },
  UI.Facets: [
    { $Type: 'UI.ReferenceFacet', ID: 'Event', Label: '{i18n>InboundEvent}', Target: '@UI.FieldGroup#Event' },
    { $Type: 'UI.ReferenceFacet', ID: 'Payload', Label: '{i18n>EventPayload}', Target: '@UI.FieldGroup#Payload' }
  ]
) {
  eventId      @title: '{i18n>EventId}';
  source       @title: '{i18n>Source}';
  type         @title: '{i18n>EventType}';
  receivedAt   @title: '{i18n>ReceivedAt}';
  status       @title: '{i18n>Status}';
  attempts     @title: '{i18n>EventAttempts}';
  processedAt  @title: '{i18n>ProcessedAt}';
  lastError    @title: '{i18n>LastError}';
  businessKeys @title: '{i18n>BusinessKeys}';
  companyCode  @title: '{i18n>CompanyCode}';
  data         @title: '{i18n>EventPayload}' @UI.MultiLineText;
}
