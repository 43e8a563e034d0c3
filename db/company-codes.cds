/**
 * Which rows belong to a company code: the one declaration company-code isolation reads
 * (srv/common/company-code-isolation.ts). `@scope3.companyCode` names the path from the entity to its company code;
 * `@scope3.companyCodeShared` says that rows without one belong to every company code (rules and log entries that
 * are not about one company code). Projections and views inherit both; the server refuses to start when a service
 * entity reads a bound table without a path that resolves.
 *
 * Global data, deliberately without a company code: the factor library, code lists, suppliers, materials and their
 * groups, supplier data requests and product footprints (a supplier's product is the same for every buyer), the
 * agents and their runs, reconciliation runs, the PACT partners and footprints the company publishes, and the
 * category exclusions of the group's inventory.
 */
using from './master-data';
using from './accounting';
using from './integration';
using from './periods';
using from './uploads';
using from './transport';
using from './quality';
using from './agents';
using from './order-estimates';
using from './targets';
using { scope3.AttributionRules as Rules } from './accounting';
using from './change-tracking';
using from '@cap-js/change-tracking';

annotate scope3.CompanyCodes         with @scope3.companyCode: 'code';
annotate scope3.Plants               with @scope3.companyCode: 'companyCode_code';
annotate scope3.Activities           with @scope3.companyCode: 'companyCode_code';
annotate scope3.Attributions         with @scope3.companyCode: 'companyCode_code';
annotate scope3.AttributionRules     with @scope3.companyCode: 'companyCode_code' @scope3.companyCodeShared;
annotate scope3.PurchaseOrderTotals  with @scope3.companyCode: 'companyCode_code';
annotate scope3.Findings             with @scope3.companyCode: 'companyCode_code';
annotate scope3.OrderEstimates       with @scope3.companyCode: 'companyCode_code';
annotate scope3.OrderEstimateItems   with @scope3.companyCode: 'estimate.companyCode_code';

annotate scope3.FiscalPeriods        with @scope3.companyCode: 'companyCode_code';
annotate scope3.ReadinessChecks      with @scope3.companyCode: 'period_companyCode_code';
annotate scope3.PeriodSnapshots      with @scope3.companyCode: 'period_companyCode_code';
annotate scope3.SnapshotTotals       with @scope3.companyCode: 'snapshot.period_companyCode_code';
annotate scope3.SnapshotMethods      with @scope3.companyCode: 'snapshot.period_companyCode_code';
annotate scope3.Restatements         with @scope3.companyCode: 'period_companyCode_code';
annotate scope3.PeriodJobs           with @scope3.companyCode: 'period_companyCode_code';
annotate scope3.PeriodTotals         with @scope3.companyCode: 'companyCode_code';
annotate scope3.CategoryScreenings   with @scope3.companyCode: 'companyCode_code';
/** entries about one company code (a close, an upload, a waiver) carry it; the others are everyone's */
annotate scope3.CalculationLog       with @scope3.companyCode: 'companyCode' @scope3.companyCodeShared;

annotate scope3.UploadBatches        with @scope3.companyCode: 'companyCode_code';
annotate scope3.UploadRows           with @scope3.companyCode: 'batch.companyCode_code';
annotate scope3.UploadMessages       with @scope3.companyCode: 'batch.companyCode_code';

/** an event carries the company code of its document once processed; before, only unrestricted users see it */
annotate scope3.InboundEvents        with @scope3.companyCode: 'companyCode';
/** a lane ends at a plant, which belongs to a company code */
annotate scope3.TransportLanes       with @scope3.companyCode: 'plant.companyCode_code';
annotate scope3.TransportLaneLegs    with @scope3.companyCode: 'lane.plant.companyCode_code';
/** decisions about a line or finding carry its company code; decisions about the library are everyone's */
annotate scope3.AgentDecisions       with @scope3.companyCode: 'companyCode' @scope3.companyCodeShared;

/** the field history of attribution rules (@cap-js/change-tracking) belongs to the rule's company code */
extend sap.changelog.Changes with {
  rule : Association to Rules on rule.ID = entityKey and entity = 'scope3.AttributionRules';
}
annotate sap.changelog.Changes       with @scope3.companyCode: 'rule.companyCode_code' @scope3.companyCodeShared;

// a target of one company code is theirs; a group target (no company code) is everyone's
annotate scope3.ReductionTargets     with @scope3.companyCode: 'companyCode_code' @scope3.companyCodeShared;
annotate scope3.TargetDenominators   with @scope3.companyCode: 'target.companyCode_code' @scope3.companyCodeShared;
annotate scope3.BaseYearReviews      with @scope3.companyCode: 'target.companyCode_code' @scope3.companyCodeShared;
