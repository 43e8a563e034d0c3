using { scope3 } from '../../db/schema';

/** Activities from the ERP, the rules that attribute them, and the resulting emissions with their lineage. */
@path: '/odata/v4/accounting'
service AccountingService {
  @readonly entity Activities       as projection on scope3.Activities;
  @readonly @cds.redirection.target
  entity Attributions               as projection on scope3.Attributions;
  /** the figures that count: one per activity, the latest of its chain */
  @readonly entity CurrentAttributions as projection on scope3.Attributions where supersededBy.ID is null;
  @readonly entity AttributionRules as projection on scope3.AttributionRules;
  @readonly entity CompanyCodes     as projection on scope3.CompanyCodes;
  @readonly entity Plants           as projection on scope3.Plants;
  @readonly entity Suppliers        as projection on scope3.Suppliers;
  @readonly entity MaterialGroups   as projection on scope3.MaterialGroups;
  @readonly entity Materials        as projection on scope3.Materials;
  /** data-quality findings on the lines (the readiness check of a period counts its open ones) */
  @readonly entity Findings         as projection on scope3.Findings;
  @readonly entity TransportLanes   as projection on scope3.TransportLanes;

  type RecomputeFailure {
    activity : UUID;
    code     : String(40);
    message  : String(500);
  }

  type RecomputeReport {
    activities : Integer;
    /** new attributions: first ones, and successors of ones whose inputs changed */
    created    : Integer;
    unchanged  : Integer;
    failed     : Integer;
    failures   : many RecomputeFailure;
  }

  /** Attributes the given activities (all when none are given) with the current rules and factors; idempotent. */
  action recompute(activities : many UUID) returns RecomputeReport;
}
