namespace scope3;

using { Currency, cuid, managed } from '@sap/cds/common';
using { scope3 } from './code-lists';
using { scope3.CompanyCodes, scope3.Plants, scope3.Suppliers, scope3.MaterialGroups, scope3.Materials } from './master-data';
using { scope3.EmissionFactors } from './factors';
using { scope3.FiscalPeriods } from './periods';
using { scope3.InboundEvents } from './integration';
using from './uploads';

/**
 * Maps ERP attributes to a Scope 3 category, method and factor.
 * Precedence follows the most specific condition set (see srv/lib/attribution/resolution.ts);
 * a change is a new version of the same `ruleKey`, so attributions keep pointing at the version they used.
 */
@assert.unique: { version: [ruleKey, version] }
entity AttributionRules : cuid, managed {
  ruleKey        : String(40) @mandatory;
  version        : Integer default 1;
  name           : String(120);
  // match conditions: empty means "any"
  supplier       : Association to Suppliers;
  material       : Association to Materials;
  materialGroup  : Association to MaterialGroups;
  plant          : Association to Plants;
  companyCode    : Association to CompanyCodes;
  glAccount      : String(10);
  transportMode  : String(10);
  documentType   : String(20);
  /** the kind of activity an upload names (Activities.activityCode) */
  activityCode   : String(40);
  // outcome
  category       : Association to scope3.Scope3Categories @mandatory;
  method         : Association to scope3.CalculationMethods @mandatory;
  factor         : Association to EmissionFactors;
  /**
   * instead of one factor: the family to resolve by region and date; `{activityCode}` in it is replaced by the
   * activity's code, and the activity then names its factor family itself (region is not considered)
   */
  factorFamily   : String(80);
  priority       : Integer default 0;
  validFrom      : Date;
  validTo        : Date;
  active         : Boolean default true;
}

/** One row per source document line: what was bought, shipped or travelled. */
@assert.unique: { documentLine: [sourceSystem, documentType, documentNumber, documentItem] }
entity Activities : cuid, managed {
  sourceSystem   : String(20) default 'S4HANA';
  documentType   : String(20) @mandatory;
  documentNumber : String(20) @mandatory;
  documentItem   : String(10) default '';
  fiscalYear     : Integer;
  fiscalPeriod   : Integer @assert.range: [1, 16];
  postingDate    : Date;
  companyCode    : Association to CompanyCodes;
  supplier       : Association to Suppliers;
  material       : Association to Materials;
  materialGroup  : Association to MaterialGroups;
  plant          : Association to Plants;
  /**
   * where the activity happened, where its source says (a hotel's country, a flight's or shipment's origin, the
   * site of energy bought): the geographical data-quality indicator compares it with the factor's region; without
   * it, the supplier's country (purchased goods), else the plant's region
   */
  location       : Association to scope3.Regions;
  glAccount      : String(10);
  description    : String(200);
  quantity       : Decimal(23, 6);
  unit           : Association to scope3.Units;
  amount         : Decimal(23, 2);
  currency       : Currency;
  transportMode  : String(10);
  distance       : Decimal(18, 3);
  distanceUnit   : Association to scope3.Units;
  transportMass  : Decimal(18, 3);
  transportMassUnit : Association to scope3.Units;
  /**
   * what kind of activity within its document type, where the source names it: for uploads the code of the DESNZ
   * factor the template chose (e.g. the haul and cabin class of a flight), which rules may match
   */
  activityCode   : String(40);
  /** purchase order items: the incoterms (item's, else header's) and the net weight S/4HANA gives, in kg */
  incoterms      : String(3);
  netWeightKg    : Decimal(18, 3);
  /** a line derived from another (the upstream transport or energy of a purchase order item), and how it was derived */
  derivedFrom    : Association to Activities;
  derivation     : String(500);
  /**
   * the scope a purchase of energy is reported in (fuels burnt: 1, electricity: 2): the line has no Scope 3 figure; its
   * upstream is derived as category 3 lines (PO-ENERGY). Empty for every Scope 3 line.
   */
  ghgScope       : Integer @assert.range: [1, 2];
  /** the upload the line came from, and its row there (lineage to the file) */
  upload         : Association to scope3.UploadBatches;
  uploadRow      : Integer;
  status         : Association to scope3.ActivityStatuses default 'provisional';
  sourceEventId  : String(100);
  /** the S/4HANA event that brought the line (lineage) */
  sourceEvent    : Association to InboundEvents on sourceEvent.eventId = sourceEventId;
  payloadHash    : String(64);
  /**
   * the fingerprint of the attribution context (rules, factors, units, rates, indexes) the line's current figure was
   * made or confirmed with; any change of the line, or of its plant, clears it (srv/attribution/attribute-lines.ts)
   */
  attributedWith : String(64);
  attributions   : Composition of many Attributions on attributions.activity = $self;
  /** the figure that counts: the one attribution of the line that no other supersedes */
  current        : Association to one Attributions on current.activity = $self and current.supersededBy.ID is null;
}

/**
 * A calculated result with its full lineage; never updated in place, only superseded.
 * It posts to a period: its activity's, or, when that one is closed, the next open period (an adjustment).
 * A period's figure is the sum of what posts to it: each attribution adds its values and takes away those of the
 * attribution it supersedes (srv/lib/close/ledger.ts), so a late change moves only the difference into the open period.
 */
entity Attributions : cuid {
  activity           : Association to Activities;
  companyCode        : Association to CompanyCodes;
  fiscalYear         : Integer;
  fiscalPeriod       : Integer;
  period             : Association to FiscalPeriods on period.companyCode = companyCode and period.fiscalYear = fiscalYear and period.fiscalPeriod = fiscalPeriod;
  /** posted to a later period than its activity's, because that one was closed */
  isAdjustment       : Boolean default false;
  /** the engine's input, the activity as attributed (JSON): what replay recomputes from */
  inputs             : LargeString;
  marketFactor       : Association to EmissionFactors;
  category           : Association to scope3.Scope3Categories;
  method             : Association to scope3.CalculationMethods;
  factor             : Association to EmissionFactors;
  factorSetVersion   : String(20);
  rule               : Association to AttributionRules;
  ruleVersion        : Integer;
  convertedQuantity  : Decimal(34, 12);
  convertedUnit      : String(20);
  kgCO2eLocation     : Decimal(31, 6);
  kgCO2eMarket       : Decimal(31, 6);
  biogenicCO2        : Decimal(31, 6);
  /** the well-to-tank part of the figure (travel and freight, by the company code's policy), included in kgCO2eLocation and kgCO2eMarket */
  kgCO2eWTT          : Decimal(31, 6);
  kgCO2     : Decimal(31, 6);
  kgCH4CO2e : Decimal(31, 6);
  kgN2OCO2e : Decimal(31, 6);
  dqTechnological    : Integer;
  dqTemporal         : Integer;
  dqGeographical     : Integer;
  dqCompleteness     : Integer;
  dqReliability      : Integer;
  dqScore            : Decimal(3, 2);
  /** σ² of ln of the location-based figure, from its method and data quality (docs/reporting.md, "Uncertainty") */
  uncertaintyVariance : Decimal(9, 6);
  /** the 95 % interval of the location-based figure (a lognormal with the figure as median) */
  kgCO2eLow          : Decimal(31, 6);
  kgCO2eHigh         : Decimal(31, 6);
  explanation        : String(1000);
  lineage            : LargeString;
  inputHash          : String(64);
  calculationVersion : String(20);
  /** a reversing entry: the activity was cancelled; 0 kg CO2e, pointing to the attribution it reverses */
  isReversal         : Boolean default false;
  supersedes         : Association to Attributions;
  supersededBy       : Association to Attributions;
  calculatedAt       : Timestamp;
}

/**
 * One row per purchase order: the current figures of its items and of the upstream transport it pays, summed
 * (srv/attribution/purchase-order-totals.ts). Refreshed from its lines in the transaction that attributes them, so the ERP
 * users' list reads one row per order instead of grouping every line with its current attribution. A cache of
 * figures held elsewhere: refreshing it again from the lines always gives the same row.
 */
entity PurchaseOrderTotals {
  key documentNumber    : String(20);
      companyCode       : Association to CompanyCodes;
      /** the items' supplier (transport lines name none) */
      supplier          : Association to Suppliers;
      fiscalYear        : Integer;
      fiscalPeriod      : Integer;
      postingDate       : Date;
      itemCount         : Integer;
      /** kilograms to the gram, rounded half to even once from the lines' exact sum (they keep six decimals) */
      kgCO2e            : Decimal(31, 3);
      kgCO2eMarket      : Decimal(31, 3);
      /** the items alone (location-based) */
      kgCO2eGoods       : Decimal(31, 3);
      /** the upstream transport the company pays (location-based) */
      kgCO2eTransport   : Decimal(31, 3);
      /** the upstream of the energy it buys (location-based) */
      kgCO2eEnergy      : Decimal(31, 3);
      /** the mean of the lines' data-quality scores, two decimals */
      dqScore           : Decimal(3, 2);
      /** provisional while any line is, cancelled when all are, else final */
      status            : String(12);
      statusCriticality : Integer;
}
