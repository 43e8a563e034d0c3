using { scope3 } from '../../db/schema';
using { sap.changelog } from '@cap-js/change-tracking';

/**
 * Sustainability admins maintain the factor library and the attribution rules in Fiori drafts
 * (app/manage-factors, app/manage-rules); auditors read along.
 *
 * - Factor sets are edited while their status is draft; `publish` freezes a set, `deprecate` retires it. Published
 *   datasets (EPA, DESNZ) are loaded by the importer, not typed in, and are never edited here.
 * - A rule that attributions used is never changed in place: `newVersion` copies it into a draft of the next version,
 *   whose activation deactivates its predecessor, so every attribution keeps pointing at the version it used.
 */
@path: '/odata/v4/admin'
service AdminService {
  @odata.draft.enabled
  entity FactorSets as projection on scope3.FactorSets {
    *,
    status       @readonly,
    fileName     @readonly,
    importFormat @readonly,
    fileChecksum @readonly,
    importedAt   @readonly,
    rowsRead     @readonly,
    rowsLoaded   @readonly,
    rowsSkipped  @readonly,
    /** only a set in status draft may change */
    case status.code when 'draft' then false else true end as locked : Boolean @readonly,
    case status.code when 'published' then 3 when 'deprecated' then 1 else 0 end as statusCriticality : Integer @readonly
  } excluding { skippedRows } actions {
    /** freezes the set: its factors become the published version; it needs at least one factor */
    action publish();
    /** retires a published set; figures that used it keep it, readiness checks flag new use */
    action deprecate(reason : String(500) @mandatory);
  };

  entity EmissionFactors as projection on scope3.EmissionFactors {
    *,
    /** `<set>/<code>`, given when the factor is created */
    ID   @readonly,
    code @readonly
  } excluding { gases };

  @odata.draft.enabled
  entity AttributionRules as projection on scope3.AttributionRules {
    *,
    version @readonly,
    /** attributions point at this version: it is not edited, `newVersion` succeeds it */
    case when exists (select from scope3.Attributions where rule.ID = AttributionRules.ID) then true else false end as inUse : Boolean @readonly
  } actions {
    /** a draft of the next version of this rule; activating it deactivates this one */
    action newVersion() returns AttributionRules;
    /**
     * what this rule (as edited) would change against the current figures, per category; changes nothing
     * (an action, not a function, so that Fiori elements shows its messages)
     */
    action previewImpact() returns many ImpactLine;
  };

  /**
   * Emitted once a change of the methodology may change figures already reported: a factor set published, a rule
   * created or given a new version. The base-year recalculation policy reviews each target's base year after it
   * (srv/close/base-year-reviews.ts).
   */
  event methodologyChanged {
    change : String(200);
  }

  type ImpactLine {
    category             : Integer;
    categoryName         : String(120);
    /** activities whose figure would change */
    changedLines         : Integer;
    kgCO2eLocation       : Decimal(31, 6);
    whatIfKgCO2eLocation : Decimal(31, 6);
    deltaLocation        : Decimal(31, 6);
    kgCO2eMarket         : Decimal(31, 6);
    whatIfKgCO2eMarket   : Decimal(31, 6);
    deltaMarket          : Decimal(31, 6);
  }

  /**
   * How goods reach the plants: the legs of a supplier's or a supplier country's lane. Saving a lane derives the
   * upstream transport of the plant's buyer-paid purchase order items again.
   */
  @odata.draft.enabled
  entity TransportLanes as projection on scope3.TransportLanes;
  entity TransportLaneLegs as projection on scope3.TransportLaneLegs;

  /** the people at suppliers whom supplier requests go to; personal data, every change is audit-logged */
  entity SupplierContacts as projection on scope3.SupplierContacts;

  /**
   * The change history of rules and factor sets (@cap-js/change-tracking), exposed here so that an object page of a
   * new draft reads its (empty) history instead of failing on the plugin's read restriction.
   */
  @readonly entity ChangeView as projection on changelog.ChangeView;

  // value helps
  @readonly entity Units              as projection on scope3.Units;
  @readonly entity Scope3Categories   as projection on scope3.Scope3Categories;
  @readonly entity CalculationMethods as projection on scope3.CalculationMethods;
  @readonly entity AccountingBases    as projection on scope3.AccountingBases;
  @readonly entity FactorSetStatuses  as projection on scope3.FactorSetStatuses;
  @readonly entity Regions            as projection on scope3.Regions;
  @readonly entity MaterialGroups     as projection on scope3.MaterialGroups;
  @readonly entity Materials          as projection on scope3.Materials;
  @readonly entity Suppliers          as projection on scope3.Suppliers;
  @readonly entity Plants             as projection on scope3.Plants;
  /** the company codes' methodology policies (well-to-tank of travel and freight); their master data comes from S/4HANA */
  entity CompanyCodes as projection on scope3.CompanyCodes {
    *, code @readonly, name @readonly, country @readonly, currency @readonly
  };
}

// Validation the service layer enforces (Fiori elements shows each message at its field).
annotate AdminService.EmissionFactors with {
  value       @mandatory @assert.range: [0, _] @assert.range.message: 'An emission factor is not negative';
  biogenicCO2 @assert.range: [0, _] @assert.range.message: 'Biogenic CO2 is not negative';
  uncertainty @assert.range: [0.01, 999.99] @assert.range.message: 'A stated uncertainty is above 0 % (none: leave it empty)';
  unit        @mandatory;
  validTo     @assert: (case when validTo < validFrom then 'The validity of the factor ends before it starts' end);
};

annotate AdminService.FactorSets with {
  title     @mandatory;
  publisher @mandatory;
  version   @mandatory;
};

annotate AdminService.AttributionRules with {
  name          @mandatory;
  category      @assert.target;
  method        @assert.target;
  factor        @assert.target;
  supplier      @assert.target;
  material      @assert.target;
  materialGroup @assert.target;
  plant         @assert.target;
  companyCode   @assert.target;
  priority      @assert.range: [-1000, 1000];
  factorFamily  @assert: (case when factor.ID is null and factorFamily is null then 'A rule names a factor or a factor family' end);
  validTo       @assert: (case when validTo < validFrom then 'The validity of the rule ends before it starts' end);
};

annotate AdminService.TransportLanes with {
  supplier        @assert.target;
  plant           @assert.target;
  supplierCountry @assert.format: '^[A-Z]{2}$' @assert.format.message: 'Enter the ISO code of the country, e.g. DE';
  validTo         @assert: (case when validTo < validFrom then 'The validity of the lane ends before it starts' end);
};

annotate AdminService.TransportLaneLegs with {
  mode       @assert.range;
  sequence   @assert.range: [1, 20];
  distanceKm @assert.range: [0.1, 40000] @assert.range.message: 'A leg is between 0.1 and 40,000 km long';
};
