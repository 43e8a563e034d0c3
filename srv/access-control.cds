/**
 * Who may do what: the roles of xs-security.json (scopes and role templates of the same names) on every service,
 * entity and action. test/common/access-control.test.ts reads this model and fails for an entity or action that has no
 * rule here, and checks each role against each operation over HTTP.
 *
 * - ERPUser: reads the emissions of procurement documents (Purchase Order Emissions, Scope 3 Analytics).
 * - Controller: runs the readiness checks, closes periods, requests reopening; reads the figures and their lineage.
 * - Approver: approves or declines the reopening of someone else's period (four eyes, in the service).
 * - SustainabilityAdmin: factors, rules, the inbox and its synchronisation, recomputation, activity data uploads.
 * - Auditor: reads everything, including lineage and the calculation log; changes nothing.
 * - emcallback (Event Mesh's webhook) and internal-user (the app's own queue) are technical: no person has them.
 *
 * Company codes are not here: which rows belong to a company code is declared once (db/company-codes.cds) and
 * enforced for every service, `$expand`, path and action (srv/common/company-code-isolation.ts). ERPUser, Controller and
 * Approver are company-code-bound roles (their role templates carry the attribute `CompanyCode`; a role collection
 * without a value leaves the user unrestricted, e.g. a group controller); SustainabilityAdmin and Auditor are global
 * roles. The attribute restricts the user, not one role: whoever has it sees only those company codes everywhere.
 */
using from './attribution/accounting-service';
using from './admin/admin-service';
using from './reporting/analytics-service';
using from './close/audit-service';
using from './uploads/upload-service';
using from './attribution/calculation-service';
using from './reporting/emissions-service';
using from './factors/factor-service';
using from './ingestion/ingestion-service';
using from './close/inventory-service';
using from './close/period-close-service';

// ---------------------------------------------------------------------------------------------------------------
// ERP users: emissions of purchase orders and their items
annotate EmissionsService with @(requires: ['ERPUser', 'Controller', 'Auditor', 'SustainabilityAdmin']);
// a buyer keeps requisitions and order drafts to estimate them before ordering; the others read them
annotate EmissionsService.OrderEstimates with @(restrict: [{ grant: 'READ' }, { grant: '*', to: 'ERPUser' }]);
annotate EmissionsService.OrderEstimateItems with @(restrict: [{ grant: 'READ' }, { grant: '*', to: 'ERPUser' }]);

// Scope 3 Analytics: the same readers
annotate AnalyticsService with @(requires: ['ERPUser', 'Controller', 'Auditor', 'SustainabilityAdmin']);

// ---------------------------------------------------------------------------------------------------------------
// Period close: controllers act, approvers approve, auditors read
annotate PeriodCloseService with @(requires: ['Controller', 'Approver', 'Auditor']);
annotate PeriodCloseService.FiscalPeriods with @(restrict: [
  { grant: 'READ' },
  // opening a period is creating it
  { grant: ['CREATE', 'runChecks', 'checkReadiness', 'close', 'requestReopen', 'recompute', 'whatIf', 'screenCategory'], to: 'Controller' }
]);
annotate PeriodCloseService.ReadinessChecks with @(restrict: [
  { grant: 'READ' },
  { grant: 'waive', to: 'Controller' }
]);
annotate PeriodCloseService.CategoryScreenings with @(restrict: [
  { grant: 'READ' },
  { grant: 'WRITE', to: 'Controller' }
]);
annotate PeriodCloseService.Restatements with @(restrict: [
  { grant: 'READ' },
  { grant: ['approve', 'decline'], to: 'Approver' }
]);
annotate PeriodCloseService.ReductionTargets with @(restrict: [
  { grant: 'READ' },
  { grant: ['WRITE', 'checkBaseYear', 'recordStructuralChange'], to: 'Controller' }
]);
annotate PeriodCloseService.TargetDenominators with @(restrict: [{ grant: 'READ' }, { grant: 'WRITE', to: 'Controller' }]);
annotate PeriodCloseService.BaseYearReviews with @(restrict: [
  { grant: 'READ' },
  { grant: 'decide', to: 'Controller' }
]);

// Inventory report: controllers also record category exclusions with their justification
annotate InventoryService with @(requires: ['Controller', 'Auditor', 'SustainabilityAdmin']);
annotate InventoryService.CategoryExclusions with @(restrict: [{ grant: 'READ' }, { grant: 'WRITE', to: 'Controller' }]);
annotate InventoryService.DisclosureDatapoints with @(restrict: [{ grant: 'READ' }, { grant: 'WRITE', to: 'SustainabilityAdmin' }]);

// ---------------------------------------------------------------------------------------------------------------
// Factor library and rules: sustainability admins write, auditors read along
annotate AdminService with @(requires: ['SustainabilityAdmin', 'Auditor']);
annotate AdminService.FactorSets with @(restrict: [{ grant: 'READ' }, { grant: '*', to: 'SustainabilityAdmin' }]);
annotate AdminService.EmissionFactors with @(restrict: [{ grant: 'READ' }, { grant: '*', to: 'SustainabilityAdmin' }]);
annotate AdminService.AttributionRules with @(restrict: [{ grant: 'READ' }, { grant: '*', to: 'SustainabilityAdmin' }]);
annotate AdminService.TransportLanes with @(restrict: [{ grant: 'READ' }, { grant: '*', to: 'SustainabilityAdmin' }]);
annotate AdminService.TransportLaneLegs with @(restrict: [{ grant: 'READ' }, { grant: '*', to: 'SustainabilityAdmin' }]);
// personal data (db/personal-data.cds): only the admins who send supplier requests and the auditors
annotate AdminService.SupplierContacts with @(restrict: [{ grant: 'READ' }, { grant: '*', to: 'SustainabilityAdmin' }]);
// a company code's policies (wellToTank) are the sustainability admins'; company codes themselves come from S/4HANA
annotate AdminService.CompanyCodes with @(restrict: [{ grant: 'READ' }, { grant: 'UPDATE', to: 'SustainabilityAdmin' }]);

// activity data beyond purchase orders: sustainability admins upload, commit and reverse; controllers see what
// their periods will hold, auditors read along
annotate UploadService with @(requires: ['SustainabilityAdmin', 'Controller', 'Auditor']);
annotate UploadService.upload with @(requires: 'SustainabilityAdmin');
annotate UploadService.submitRows with @(requires: 'SustainabilityAdmin');
annotate UploadService.Batches with @(restrict: [
  { grant: ['READ', 'rowsCsv'] },
  { grant: ['commit', 'commitValidRows', 'reverse'], to: 'SustainabilityAdmin' }
]);

// the published factor library; controllers see the factors behind their figures
annotate FactorService with @(requires: ['SustainabilityAdmin', 'Controller', 'Auditor']);
annotate FactorService.importFactorSet with @(requires: 'SustainabilityAdmin');

// activities, attributions and rules: the lineage for those who report, audit or maintain it
annotate AccountingService with @(requires: ['SustainabilityAdmin', 'Controller', 'Auditor']);
annotate AccountingService.recompute with @(requires: ['SustainabilityAdmin', 'Controller']);

// the inbox of S/4HANA events; the queue processes entries as internal-user (CAP's own technical user)
annotate IngestionService with @(requires: ['SustainabilityAdmin', 'Auditor']);
annotate IngestionService.processInbound with @(requires: ['SustainabilityAdmin', 'internal-user']);
annotate IngestionService.reconcile with @(requires: ['SustainabilityAdmin', 'internal-user']);
annotate IngestionService.syncPurchaseOrder with @(requires: 'SustainabilityAdmin');

// ---------------------------------------------------------------------------------------------------------------
// the calculation log, snapshots and change history: proof for auditors, and for those whose work it records
annotate AuditService with @(requires: ['Auditor', 'SustainabilityAdmin', 'Controller']);

// the estimate API computes with published factors or the caller's own, reads and stores no company data:
// any signed-in user or system (e.g. a procurement app estimating a shopping cart) may call it
annotate CalculationService with @(requires: 'authenticated-user');

// ---------------------------------------------------------------------------------------------------------------
// data quality: sustainability admins keep the worklist and steer the agents; controllers see and waive the
// findings of their periods; approvers decide on waivers above the policy's materiality; auditors read along
annotate DataQualityService with @(requires: ['SustainabilityAdmin', 'Controller', 'Approver', 'Auditor']);
annotate DataQualityService.Agents with @(restrict: [
  { grant: 'READ' },
  // the agents come with the app: admins edit (a draft of) one and run it, nobody creates or deletes one
  { grant: ['UPDATE', 'run'], to: 'SustainabilityAdmin' }
]);
annotate DataQualityService.Findings with @(restrict: [
  { grant: 'READ' },
  { grant: ['waive', 'reopen'], to: ['SustainabilityAdmin', 'Controller'] },
  { grant: ['approveWaiver', 'rejectWaiver'], to: 'Approver' }
]);
annotate DataQualityService.mapMaterialGroup with @(requires: 'SustainabilityAdmin');
annotate DataQualityService.rejectMapping with @(requires: 'SustainabilityAdmin');
// supplier data requests and footprints: admins send, answer, cancel and import; the others read along
annotate DataQualityService.SupplierDataRequests with @(restrict: [
  { grant: 'READ' },
  { grant: ['send', 'answer', 'cancel'], to: 'SustainabilityAdmin' }
]);
annotate DataQualityService.importFootprints with @(requires: 'SustainabilityAdmin');

// PACT data exchange: admins maintain the partners and answer customers' requests; auditors read along
annotate PactService with @(requires: ['SustainabilityAdmin', 'Auditor']);
annotate PactService.Clients with @(restrict: [
  { grant: 'READ', to: ['SustainabilityAdmin', 'Auditor'] },
  { grant: ['CREATE', 'UPDATE', 'DELETE', 'newSecret'], to: 'SustainabilityAdmin' }
]);
annotate PactService.FulfilmentTasks with @(restrict: [
  { grant: 'READ', to: ['SustainabilityAdmin', 'Auditor'] },
  { grant: ['fulfil', 'reject'], to: 'SustainabilityAdmin' }
]);
annotate PactService.OwnFootprints with @(restrict: [
  { grant: 'READ', to: ['SustainabilityAdmin', 'Auditor'] },
  { grant: ['CREATE', 'UPDATE', 'DELETE', 'publish', 'newVersion'], to: 'SustainabilityAdmin' }
]);
annotate PactService.importOwnFootprintsCsv with @(requires: 'SustainabilityAdmin');
annotate PactService.pullFromSuppliers with @(requires: 'SustainabilityAdmin');
