using { scope3 } from '../../db/schema';

/**
 * ERP users see the emissions of their purchase orders and items (app/po-emissions): the figure that counts per item
 * (its current attribution), summed per purchase order. Read-only; figures come from the attribution runner.
 */
@path: '/odata/v4/emissions'
service EmissionsService {
  /** one row per purchase order item with its current figure, method, factor and data quality */
  @cds.redirection.target @readonly
  entity PurchaseOrderItems as select from scope3.Activities {
    key ID,
        /** S/4HANA's name, also the launchpad's intent parameter */
        documentNumber                    as PurchaseOrder : String(20),
        documentItem                      as item,
        companyCode,
        fiscalYear,
        fiscalPeriod,
        postingDate,
        supplier,
        material,
        materialGroup,
        plant,
        description,
        quantity,
        unit,
        amount,
        currency,
        status,
        /** 1 or 2: energy the company burns or consumes, outside Scope 3; its upstream is in the order's energy lines */
        ghgScope,
        current.category                  as category,
        current.method                    as method,
        current.factor                    as factor,
        current.factorSetVersion          as factorSetVersion,
        current.rule                      as rule,
        current.kgCO2eLocation            as kgCO2e,
        current.kgCO2eMarket              as kgCO2eMarket,
        /** the figure in tonnes for lists and headers (shown to 3 decimals; kgCO2e stays the exact figure) */
        current.kgCO2eLocation / 1000.0   as tCO2e         : Decimal(23, 3),
        current.kgCO2eMarket / 1000.0     as tCO2eMarket   : Decimal(23, 3),
        /** the 95 % interval of the location-based figure, from its method and data quality (docs/reporting.md) */
        current.kgCO2eLow                 as kgCO2eLow,
        current.kgCO2eHigh                as kgCO2eHigh,
        unit.symbol                       as unitSymbol    : String(20),
        /** the factor applied, per what ("kg CO2e / USD"), shown beside it; the factor's own page has every digit */
        current.factor.value              as factorValue   : Decimal(28, 6),
        'kg CO2e / ' || coalesce(current.factor.unit.symbol, current.factor.currency.code) as factorPer : String(40),
        /**
         * the lineage as links into the apps that keep it (launchpad intents with the object's path): the factor's
         * page in Manage Emission Factors, the rule's in Manage Attribution Rules. A key's '/' is encoded twice, as
         * the apps' own navigation does (once in the OData path, once in the hash).
         */
        '#EmissionFactor-manage&/FactorSets(code=''' || current.factor.factorSet.code || ''',IsActiveEntity=true)/factors(ID='''
          || replace(current.factor.ID, '/', '%252F') || ''',IsActiveEntity=true)' as factorLink : String(300),
        '#AttributionRule-manage&/AttributionRules(ID=' || current.rule.ID || ',IsActiveEntity=true)' as ruleLink : String(120),
        /** the S/4HANA event that brought the line: its inbox entry, a page of this app */
        '#PurchaseOrder-displayEmissions&/InboundEvents(' || sourceEvent.ID || ')' as eventLink : String(120),
        current.dqScore                   as dqScore,
        current.explanation               as explanation,
        current.isAdjustment              as isAdjustment,
        current                           as attribution,
        sourceEventId,
        sourceEvent,
        attributions
  } where documentType = 'PurchaseOrderItem';

  /**
   * the upstream transport of purchase order items the company pays (incoterms EXW, FCA, FAS, FOB): one line per leg
   * of the lane, or one estimated from spend (srv/lib/attribution/upstream-transport.ts)
   */
  @readonly
  entity PurchaseOrderTransport as select from scope3.Activities {
    key ID,
        documentNumber                    as PurchaseOrder : String(20),
        documentItem                      as line,
        derivedFrom.documentItem          as item : String(10),
        companyCode,
        fiscalYear,
        fiscalPeriod,
        plant,
        description,
        transportMode,
        transportMass,
        transportMassUnit,
        distance,
        distanceUnit,
        amount,
        currency,
        derivation,
        status,
        current.method                    as method,
        current.factor                    as factor,
        current.kgCO2eLocation            as kgCO2e,
        current.kgCO2eMarket              as kgCO2eMarket,
        current.kgCO2eLocation / 1000.0   as tCO2e         : Decimal(23, 3),
        transportMassUnit.symbol          as massSymbol    : String(20),
        distanceUnit.symbol               as distanceSymbol : String(20),
        current.dqScore                   as dqScore,
        current.explanation               as explanation,
        current                           as attribution
  } where documentType = 'PO-FREIGHT' or documentType = 'PO-FREIGHT-SPEND';

  /**
   * the upstream of energy bought on the order (category 3): the well-to-tank of a fuel; for electricity the
   * well-to-tank of generation, the grid losses and their well-to-tank (srv/lib/attribution/energy-upstream.ts)
   */
  @readonly
  entity PurchaseOrderEnergy as select from scope3.Activities {
    key ID,
        documentNumber                    as PurchaseOrder : String(20),
        documentItem                      as line,
        derivedFrom.documentItem          as item : String(10),
        companyCode,
        fiscalYear,
        fiscalPeriod,
        plant,
        description,
        quantity,
        unit,
        derivation,
        status,
        current.category                  as category,
        current.method                    as method,
        current.factor                    as factor,
        current.kgCO2eLocation            as kgCO2e,
        current.kgCO2eMarket              as kgCO2eMarket,
        current.kgCO2eLocation / 1000.0   as tCO2e         : Decimal(23, 3),
        unit.symbol                       as unitSymbol    : String(20),
        current.dqScore                   as dqScore,
        current.explanation               as explanation,
        current                           as attribution
  } where documentType = 'PO-ENERGY';

  /**
   * one row per purchase order: the sum of its items' figures, of the upstream transport it pays and of the upstream of
   * the energy it buys, and each of the three apart (`kgCO2eGoods`, `kgCO2eTransport`, `kgCO2eEnergy`); provisional
   * while any item is, cancelled when all are (pre-aggregated in scope3.PurchaseOrderTotals, srv/attribution/purchase-order-totals.ts)
   */
  @readonly
  entity PurchaseOrders as select from scope3.PurchaseOrderTotals mixin {
      items     : Association to many PurchaseOrderItems on items.PurchaseOrder = $projection.PurchaseOrder;
      transport : Association to many PurchaseOrderTransport on transport.PurchaseOrder = $projection.PurchaseOrder;
      energy    : Association to many PurchaseOrderEnergy on energy.PurchaseOrder = $projection.PurchaseOrder;
    } into {
      key documentNumber                  as PurchaseOrder : String(20),
          companyCode,
          supplier,
          cast(fiscalYear as String(4))   as fiscalYear : String(4),
          fiscalPeriod,
          postingDate,
          itemCount,
          kgCO2e,
          kgCO2eMarket,
          kgCO2eGoods,
          kgCO2eTransport,
          kgCO2eEnergy,
          /** the figures in tonnes for lists and headers (shown to 3 decimals; the kg figures stay exact to the gram) */
          kgCO2e / 1000.0                 as tCO2e          : Decimal(28, 3),
          kgCO2eMarket / 1000.0           as tCO2eMarket    : Decimal(28, 3),
          kgCO2eGoods / 1000.0            as tCO2eGoods     : Decimal(28, 3),
          kgCO2eTransport / 1000.0        as tCO2eTransport : Decimal(28, 3),
          kgCO2eEnergy / 1000.0           as tCO2eEnergy    : Decimal(28, 3),
          dqScore,
          status,
          statusCriticality,
          items,
          transport,
          energy
    };

  // ------------------------------------------------------------------------------------------------------------
  // Before the order: the estimate of a purchase requisition or a purchase order draft, and greener alternatives
  // (srv/reporting/purchase-order-estimate.ts, docs/estimates.md). Reads only; writes nothing.

  /** an item of a requisition or order draft, as S/4HANA's purchase order item has it */
  type EstimateItem {
    /** the item number (00010, 00020...); numbered in order where missing */
    item          : String(5);
    material      : String(40);
    /** taken from the material where missing */
    materialGroup : String(9);
    plant         : String(4);
    description   : String(200);
    quantity      : Decimal;
    /** the order unit, as S/4HANA gives it (KG, ST, L, TO) or as ISO code */
    unit          : String(3);
    /** the net price per `priceQuantity` units (S/4HANA's NetPriceAmount, NetPriceQuantity) ... */
    netPrice      : Decimal;
    priceQuantity : Decimal;
    /** ... or the item's net amount */
    netAmount     : Decimal;
    /** the item's currency, where it differs from the order's */
    currency      : String(3);
    /** the item's incoterms, where they differ from the order's */
    incoterms     : String(3);
    netWeight     : Decimal;
    weightUnit    : String(3);
  }

  /** a purchase requisition or an unposted purchase order */
  type EstimateOrder {
    /** the draft's or requisition's number, if it has one (shown only) */
    purchaseOrder : String(10);
    companyCode   : String(4);
    supplier      : String(10);
    currency      : String(3);
    incoterms     : String(3);
    /** the day the order will be posted: the figure is dated by it, as the posted order's is (default: today) */
    orderDate     : Date;
    items         : many EstimateItem;
  }

  /** an assumption or a gap of the estimate, with the input field it concerns */
  type EstimateNotice {
    code    : String(40);
    message : String(500);
    target  : String(100);
  }

  /** a supplier or material of the same kind that would emit less for the same quantity */
  type EstimateAlternative {
    rank          : Integer;
    supplier      : String(10);
    supplierName  : String(80);
    material      : String(40);
    materialName  : String(80);
    /** supplier product footprint, supplier history or average data */
    basis         : String(30);
    method        : String(30);
    factor        : String(80);
    /** expected kg CO2e for the line's quantity, its transport included */
    kgCO2e        : Decimal(20, 6);
    savingKgCO2e  : Decimal(20, 6);
    savingPercent : Decimal(5, 1);
    dqScore       : Decimal(3, 2);
    /** its data is worse than the line's: the difference may lie in the data */
    worseData     : Boolean;
    historyLines  : Integer;
    note          : String(500);
  }

  /** a line the order will have: an item, or a transport or energy line derived from one */
  type EstimateLine {
    item              : String(5);
    line              : String(10);
    /** goods, transport or energy */
    kind              : String(10);
    documentType      : String(20);
    description       : String(200);
    /** 1 or 2: energy the company burns or consumes, outside Scope 3 (its upstream is in the energy lines) */
    ghgScope          : Integer;
    category          : Integer;
    categoryName      : String(255);
    method            : String(30);
    rule              : String(40);
    ruleName          : String(255);
    factor            : String(80);
    factorName        : String(255);
    factorValue       : Decimal;
    factorUnit        : String(60);
    factorSetVersion  : String(20);
    quantity          : Decimal;
    unit              : String(3);
    amount            : Decimal;
    currency          : String(3);
    kgCO2e            : Decimal(20, 6);
    kgCO2eMarket      : Decimal(20, 6);
    dqScore           : Decimal(3, 2);
    explanation       : String(2000);
    /** the decisions behind the figure, as the posted line's attribution will record them (JSON array) */
    lineage           : LargeString;
    warnings          : many EstimateNotice;
    error             : EstimateNotice;
    alternatives      : many EstimateAlternative;
    /** what was compared, ties and missing data, in plain words */
    alternativesNote  : String(2000);
  }

  type PurchaseOrderEstimate {
    purchaseOrder   : String(10);
    companyCode     : String(4);
    supplier        : String(10);
    supplierName    : String(80);
    postingDate     : Date;
    /** all lines: goods, the transport the company pays, the upstream of energy */
    kgCO2e          : Decimal(20, 6);
    kgCO2eMarket    : Decimal(20, 6);
    kgCO2eGoods     : Decimal(20, 6);
    kgCO2eTransport : Decimal(20, 6);
    kgCO2eEnergy    : Decimal(20, 6);
    /** the best alternative of any item: the kg CO2e the order would save with it */
    bestSavingKgCO2e : Decimal(20, 6);
    lines           : many EstimateLine;
    warnings        : many EstimateNotice;
  }

  /**
   * What attribution would give this requisition or order draft today, line by line, with greener alternatives for
   * each item: the same derivation and engine as the posted order gets. Writes nothing. At most 1,000 items.
   */
  action previewPurchaseOrder(order : EstimateOrder, alternatives : Boolean) returns PurchaseOrderEstimate;

  /**
   * The buyer's requisitions and order drafts (app/order-estimates): what is entered is stored; the figures and the
   * best alternative are filled on every read by previewPurchaseOrder's code (srv/reporting/order-estimates.ts).
   */
  @odata.draft.enabled
  entity OrderEstimates as projection on scope3.OrderEstimates {
    *,
    /** all lines: goods, the transport the company pays, the upstream of energy */
    virtual kgCO2e           : Decimal(20, 6),
    virtual kgCO2eGoods      : Decimal(20, 6),
    virtual kgCO2eTransport  : Decimal(20, 6),
    virtual kgCO2eEnergy     : Decimal(20, 6),
    virtual bestSavingKgCO2e : Decimal(20, 6),
    /** the same in tonnes for the list and the header (rounded half to even to 3 decimals from the exact kg) */
    virtual tCO2e            : Decimal(17, 3),
    virtual tCO2eGoods       : Decimal(17, 3),
    virtual tCO2eTransport   : Decimal(17, 3),
    virtual tCO2eEnergy      : Decimal(17, 3),
    virtual bestSavingTCO2e  : Decimal(17, 3),
    /** what the estimate assumed or lacked, or why there is none yet */
    virtual estimateNote     : String(2000)
  };

  entity OrderEstimateItems as projection on scope3.OrderEstimateItems {
    *,
    /** the item's own figure (category 1, or the category of its rule) */
    virtual kgCO2e           : Decimal(20, 6),
    /** the lines derived from it: transport the company pays, upstream of energy */
    virtual kgCO2eDerived    : Decimal(20, 6),
    virtual category         : String(60),
    virtual method           : String(30),
    virtual factor           : String(80),
    virtual rule             : String(40),
    virtual dqScore          : Decimal(3, 2),
    virtual explanation      : String(2000),
    virtual warningsText     : String(2000),
    virtual bestSupplier     : String(10),
    virtual bestSupplierName : String(80),
    virtual bestMaterial     : String(40),
    virtual bestBasis        : String(30),
    virtual bestKgCO2e       : Decimal(20, 6),
    virtual bestSavingKgCO2e : Decimal(20, 6),
    /** all alternatives, ranked, one per line */
    virtual alternativesText : String(2000),
    virtual alternativesNote : String(2000),
    /** the item's figures in tonnes for the items table (3 decimals, from the exact kg) */
    virtual tCO2e            : Decimal(17, 3),
    virtual tCO2eDerived     : Decimal(17, 3),
    virtual bestSavingTCO2e  : Decimal(17, 3)
  };

  /** a supplier's emissions per unit and per currency unit for a material group over a period (category managers) */
  aspect SupplierIntensityFigures {
    rank               : Integer;
    supplierName       : String(80);
    lines              : Integer;
    kgCO2e             : Decimal(20, 6);
    /** the same in tonnes for the list: kgCO2e / 1000, half to even to 3 decimals */
    tCO2e              : Decimal(17, 3);
    quantity           : Decimal(20, 3);
    unit               : String(3);
    /** kg CO2e per unit of `unit`; null where the lines have several units */
    kgCO2ePerUnit      : Decimal(20, 6);
    amount             : Decimal(20, 2);
    currency           : String(3);
    /** kg CO2e per unit of `currency`; null where the lines have several currencies */
    kgCO2ePerCurrency  : Decimal(20, 6);
    dqScore            : Decimal(3, 2);
    /** share of the figure from the supplier's own data (supplier-specific method), in % */
    primaryDataPercent : Decimal(5, 1);
    /** emissions × uncertainty: whom to ask for a product footprint first (highest first) */
    askPriority        : Decimal(20, 6);
    /** the supplier data requests already open or answered for this supplier */
    openRequests       : Integer;
    requestStatus      : String(20);
    /** the newest of them: Supplier Data Requests opens it at #SupplierDataRequest-manage&/SupplierDataRequests(<ID>) */
    latestRequest      : UUID;
  }

  type SupplierIntensity : SupplierIntensityFigures {
    supplier : String(10);
  }

  /**
   * The same ranking as an entity set for the Supplier Intensity Ranking app (app/supplier-intensities): one row per
   * supplier of a material group in a fiscal year (the calendar year, as the document lines have it), both required in
   * `$filter`; computed on read by supplierIntensities' code, nothing stored.
   */
  @readonly @cds.persistence.skip
  @Capabilities.FilterRestrictions.RequiredProperties: [ materialGroup_code, fiscalYear ]
  entity SupplierIntensityRanking : SupplierIntensityFigures {
    key materialGroup : Association to MaterialGroups;
    /** as text: a year is no amount (no grouping separator) */
    key fiscalYear    : String(4);
    key supplier      : Association to Suppliers;
  }

  /**
   * Suppliers of a material group ranked by how much a product footprint from them would improve the inventory:
   * their emissions × the uncertainty of the data behind them (docs/estimates.md). Company-code aware.
   */
  function supplierIntensities(materialGroup : String(9), fromDate : Date, toDate : Date) returns many SupplierIntensity;

  @readonly entity Attributions     as projection on scope3.Attributions;
  @readonly entity InboundEvents    as projection on scope3.InboundEvents;
  @readonly entity EmissionFactors  as projection on scope3.EmissionFactors;
  @readonly entity FactorSets       as projection on scope3.FactorSets;
  @readonly entity AttributionRules as projection on scope3.AttributionRules;
  @readonly entity CompanyCodes     as projection on scope3.CompanyCodes;
  @readonly entity Suppliers        as projection on scope3.Suppliers;
  @readonly entity Plants           as projection on scope3.Plants;
  @readonly entity MaterialGroups   as projection on scope3.MaterialGroups;
  @readonly entity Materials        as projection on scope3.Materials;
}
