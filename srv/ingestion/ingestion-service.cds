using { scope3 } from '../../db/schema';
using from '../external/s4-events';
using from '@sap/cds/srv/outbox';

/** S/4HANA business events in: the inbox, its processing, and on-demand synchronisation for admins. */
@path: '/odata/v4/ingestion'
service IngestionService {
  @readonly entity InboundEvents as projection on scope3.InboundEvents;
  /** processing tasks of the persistent queue: attempts and the last error; those at the maximum are dead letters */
  @readonly entity QueuedTasks   as projection on cds.outbox.Messages;
  @readonly entity ReconciliationRuns as projection on scope3.ReconciliationRuns;

  type SyncReport {
    purchaseOrder : String(10);
    found         : Boolean;
    items         : Integer;
    changed       : Integer;
  }

  /** processes one inbox entry (the queue calls it; admins may retry one) */
  action processInbound(ID : UUID, type : String(200), data : LargeString);

  /** reads the documents S/4HANA changed since the last run and processes those whose events never arrived */
  action reconcile() returns ReconciliationRuns;

  /** re-reads one purchase order from S/4HANA and brings its activities and attributions up to date */
  action syncPurchaseOrder(purchaseOrder : String(10) @mandatory) returns SyncReport;
}
