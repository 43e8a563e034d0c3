import cds from '@sap/cds'
import { ReconciliationRuns } from '#cds-models/scope3'
import * as s4 from './s4-client'
import { applyPurchaseOrders, prefetchSuppliers } from './purchase-order-sync'

const LOG = cds.log('reconciliation')
/** the next run reads from this run's start less this margin, so clock skew between the systems loses nothing */
const OVERLAP_MS = 5 * 60 * 1000
/** purchase orders read and written together */
const CHUNK = 40

/**
 * Catches what events missed: reads the purchase orders changed (LastChangeDateTime), and the goods movements and
 * supplier invoices posted, since the last successful run's watermark, and synchronises them in chunks, each read
 * together and written in one transaction. Synchronisation is idempotent, so documents whose events did arrive cost a read and no write.
 * Every run is logged in ReconciliationRuns.
 */
export async function reconcile(trigger: 'schedule' | 'admin'): Promise<any> {
  const last = await cds.tx(() => SELECT.one.from(ReconciliationRuns).where({ status: 'succeeded' }).orderBy('startedAt desc'))
  const started = new Date()
  const run = {
    ID: cds.utils.uuid(),
    trigger,
    startedAt: started.toISOString(),
    changedSince: last?.watermark ?? null,
    status: 'running' as const
  }
  await cds.tx(() => INSERT.into(ReconciliationRuns).entries(run as any))
  const result = { purchaseOrders: 0, changed: 0, notFound: 0, failed: 0 }
  try {
    const orders = await s4.changedPurchaseOrders(run.changedSince ?? undefined)
    result.purchaseOrders = orders.length
    for (let i = 0; i < orders.length; i += CHUNK) {
      const chunk = orders.slice(i, i + CHUNK)
      try {
        // read S/4HANA first, then hold the database only for the writes (as event processing does)
        const docs = await s4.readPurchaseOrders(chunk)
        const found = chunk.flatMap(po => (docs.get(po) ? [{ purchaseOrder: po, docs: docs.get(po)! }] : []))
        const suppliers = await prefetchSuppliers(found.map(f => f.docs))
        const reports = await cds.tx(() => applyPurchaseOrders(found, suppliers))
        result.notFound += chunk.length - found.length
        result.changed += reports.filter(r => r.changed).length
      } catch (e: any) {
        result.failed += chunk.length
        LOG.warn(`purchase orders ${chunk[0]} to ${chunk.at(-1)} not reconciled: ${e.message}`)
      }
    }
    const finished = {
      ...result,
      finishedAt: new Date().toISOString(),
      status: result.failed ? 'failed' : 'succeeded',
      watermark: new Date(started.getTime() - OVERLAP_MS).toISOString()
    }
    await cds.tx(() => UPDATE(ReconciliationRuns, run.ID).with(finished as any))
    LOG.info(
      `reconciliation (${trigger}) since ${run.changedSince ?? 'the beginning'}: ${result.purchaseOrders} purchase orders read, ${result.changed} changed, ${result.notFound} gone, ${result.failed} failed`
    )
    return { ...run, ...finished }
  } catch (e: any) {
    LOG.error(`reconciliation (${trigger}) failed: ${e.message}`)
    const failed = { ...result, finishedAt: new Date().toISOString(), status: 'failed', error: String(e.message).slice(0, 1000) }
    await cds.tx(() => UPDATE(ReconciliationRuns, run.ID).with(failed as any))
    return { ...run, ...failed }
  }
}
