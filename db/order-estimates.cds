namespace scope3;

using { Currency, cuid, managed } from '@sap/cds/common';
using { scope3.CompanyCodes, scope3.Suppliers, scope3.Materials, scope3.MaterialGroups, scope3.Plants } from './master-data';

/**
 * A buyer's purchase requisition or order draft, kept to see its emissions before it is ordered (app/order-estimates,
 * EmissionsService.OrderEstimates, draft-enabled). Only what the buyer enters is stored: the figures and the greener
 * alternatives are computed on every read with today's rules and factors, exactly as the posted order would get them
 * (srv/reporting/order-estimates.ts, docs/estimates.md).
 */
entity OrderEstimates : cuid, managed {
  title       : String(80);
  companyCode : Association to CompanyCodes @mandatory;
  supplier    : Association to Suppliers;
  currency    : Currency;
  /** Incoterms 2020 (EXW, FCA, FOB: the company pays the main carriage; DAP, DDP: the supplier does) */
  incoterms   : String(3);
  /** the day it will be ordered: the figures are dated by it (default: today) */
  orderDate   : Date;
  items       : Composition of many OrderEstimateItems on items.estimate = $self;
}

/** an item of the draft, as S/4HANA's purchase order item has it */
entity OrderEstimateItems : cuid {
  estimate      : Association to OrderEstimates;
  item          : String(5);
  material      : Association to Materials;
  materialGroup : Association to MaterialGroups;
  plant         : Association to Plants;
  description   : String(200);
  quantity      : Decimal(15, 3);
  /** the order unit as S/4HANA gives it (KG, ST, L, TO) or its ISO code */
  unit          : String(3);
  netPrice      : Decimal(15, 3);
  priceQuantity : Decimal(9, 3) default 1;
  netWeight     : Decimal(15, 3);
  weightUnit    : String(3);
}
