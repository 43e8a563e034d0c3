/**
 * The app's services, by domain (docs/architecture.md shows the folders and how they depend on each other).
 * Each service's implementation is the .ts file of the same name beside its .cds file.
 */
using from './ingestion/ingestion-service'; // S/4HANA events, inbox, reconciliation
using from './factors/factor-service'; // the factor library (read)
using from './attribution/accounting-service'; // activities and attributions, recompute
using from './attribution/calculation-service'; // the estimate API
using from './admin/admin-service'; // factor sets, factors, rules, transport lanes
using from './uploads/upload-service'; // activity data from files and integrations
using from './quality/data-quality-service'; // findings, agents, supplier data requests
using from './pact/pact-service'; // own footprints, PACT partners
using from './close/period-close-service'; // readiness, close, restatements
using from './close/inventory-service'; // the GHG inventory
using from './close/audit-service'; // calculation log, change history
using from './reporting/emissions-service'; // purchase order emissions (ERP users)
using from './reporting/analytics-service'; // Scope 3 analytics
using from './access-control'; // who may do what, for all of them
