import cds from '@sap/cds'
import { Activities, PurchaseOrderTotals } from '#cds-models/scope3'
import { insertRows, privileged } from '../common/database'
import { purchaseOrderTotals, PURCHASE_ORDER_LINES, type PurchaseOrderLine } from '../lib/ingestion/purchase-orders'

const CHUNK = 1000

const LINE_COLUMNS = (a: any): void => {
  a.documentNumber
  a.documentType
  a.companyCode_code
  a.supplier_ID
  a.fiscalYear
  a.fiscalPeriod
  a.postingDate
  a.status_code
  a.current.kgCO2eLocation.as('kgCO2eLocation')
  a.current.kgCO2eMarket.as('kgCO2eMarket')
  a.current.dqScore.as('dqScore')
}

/** The totals of these purchase orders computed again from their lines, replacing what was stored, in the current transaction. */
/**
 * The company code of each of these purchase orders, as synchronised: what an inbox entry carries once processed, so
 * that users limited to company codes see only their documents' events (db/company-codes.cds).
 */
export async function companyCodesOfOrders(documentNumbers: string[]): Promise<Map<string, string>> {
  const codes = new Map<string, string>()
  for (let i = 0; i < documentNumbers.length; i += 1000) {
    const rows = await SELECT.from(PurchaseOrderTotals)
      .columns('documentNumber', 'companyCode_code')
      .where({ documentNumber: { in: documentNumbers.slice(i, i + 1000) } })
    for (const r of rows) if (r.companyCode_code) codes.set(r.documentNumber!, r.companyCode_code)
  }
  return codes
}

/** the one company code of an event's documents, or null (several, none, or a business partner's event) */
export const companyCodeOfKeys = (keys: string[], codes: Map<string, string>): string | null => {
  const found = new Set(keys.map(k => codes.get(k)))
  const [only] = found
  return found.size === 1 && only !== undefined ? only : null
}

export async function refreshPurchaseOrders(documentNumbers: string[]): Promise<void> {
  const numbers = [...new Set(documentNumbers)].sort()
  for (let i = 0; i < numbers.length; i += CHUNK) {
    const part = numbers.slice(i, i + CHUNK)
    const lines = (await SELECT.from(Activities)
      .columns(LINE_COLUMNS)
      .where({ documentNumber: { in: part }, documentType: { in: PURCHASE_ORDER_LINES } })) as unknown as PurchaseOrderLine[]
    await DELETE.from(PurchaseOrderTotals).where({ documentNumber: { in: part } })
    await insertRows(PurchaseOrderTotals, purchaseOrderTotals(lines))
  }
}

/**
 * The totals of the purchase orders these activities belong to, refreshed (srv/attribution/attribute-lines.ts calls it
 * after every recompute); all purchase orders when no activities are named.
 */
export async function refreshPurchaseOrdersOf(activityIDs?: string[] | null): Promise<void> {
  if (!activityIDs) return await refreshAllPurchaseOrders()
  // the orders first, then each refreshed once (an order's lines may fall into several chunks of the activities)
  const numbers: string[] = []
  for (let i = 0; i < activityIDs.length; i += CHUNK) {
    const rows = await SELECT.distinct
      .from(Activities)
      .columns('documentNumber')
      .where({ ID: { in: activityIDs.slice(i, i + CHUNK) }, documentType: { in: PURCHASE_ORDER_LINES } })
    for (const r of rows) numbers.push(r.documentNumber!)
  }
  await refreshPurchaseOrders(numbers)
}

/** Every purchase order's totals from its lines, page by page in document order; orders without lines are removed. */
export async function refreshAllPurchaseOrders(): Promise<void> {
  let after = ''
  for (;;) {
    const page = (
      await SELECT.distinct
        .from(Activities)
        .columns('documentNumber')
        .where({ documentType: { in: PURCHASE_ORDER_LINES }, documentNumber: { '>': after } })
        .orderBy('documentNumber')
        .limit(CHUNK)
    ).map(r => r.documentNumber!)
    if (!page.length) break
    await refreshPurchaseOrders(page)
    after = page[page.length - 1]
  }
  await DELETE.from(PurchaseOrderTotals).where(
    'documentNumber not in',
    SELECT.from(Activities)
      .columns('documentNumber')
      .where({ documentType: { in: PURCHASE_ORDER_LINES } })
  )
}

/**
 * A database that has purchase order lines but no totals yet (one deployed before the totals existed) gets them
 * once, after start-up. A failure (another instance building them at the same time) leaves the start-up alone: the
 * transaction is rolled back, and the next start, or each order's next attribution, builds them.
 */
export async function backfillPurchaseOrderTotals(): Promise<void> {
  const LOG = cds.log('emissions')
  try {
    const [line, total] = await Promise.all([
      SELECT.one
        .from(Activities)
        .columns('ID')
        .where({ documentType: { in: PURCHASE_ORDER_LINES } }),
      SELECT.one.from(PurchaseOrderTotals).columns('documentNumber')
    ])
    if (!line || total) return
    await privileged(refreshAllPurchaseOrders)
    LOG.info('purchase order totals built from their lines')
  } catch (e) {
    LOG.warn('purchase order totals not built at start-up:', e)
  }
}
