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
        current.dqScore                   as dqScore,
        current.explanation               as explanation,
        current                           as attribution
  } where documentType = 'PO-ENERGY';

  /**
   * one row per purchase order: the sum of its items' figures, of the upstream transport it pays and of the upstream of
   * the energy it buys (`kgCO2eTransport`: the transport alone); provisional
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
          kgCO2eTransport,
          dqScore,
          status,
          statusCriticality,
          items,
          transport,
          energy
    };

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
