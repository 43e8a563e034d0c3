import cds from '@sap/cds'
import { Activities, Suppliers, MaterialGroups, Materials, Plants } from '#cds-models/scope3'
import { purchaseOrderActivities, PURCHASE_ORDER_ITEM, type PurchaseOrderDocuments } from './lib/s4-mapping'
import { readPurchaseOrder, readBusinessPartner, S4NotFound } from './s4-client'
import { recompute, engineContext } from './attribution-runner'

const LOG = cds.log('ingestion')

export interface SyncReport { purchaseOrder: string, found: boolean, items: number, changed: number }

/**
 * Brings one purchase order's activities to S/4HANA's current state: re-reads the PO with its goods movements and
 * invoices, writes only the lines whose content changed (payload hash), cancels lines S/4HANA no longer has, and
 * re-attributes the changed ones. Idempotent and order-independent: the same state gives the same rows.
 */
export async function syncPurchaseOrder (purchaseOrder: string, eventId?: string): Promise<SyncReport> {
  return await applyPurchaseOrder(purchaseOrder, await readPurchaseOrder(purchaseOrder), eventId)
}

/** The database half of a synchronisation: no S/4HANA call in it unless a supplier is unknown, so it holds the database briefly. */
export async function applyPurchaseOrder (purchaseOrder: string, docs: PurchaseOrderDocuments | undefined, eventId?: string): Promise<SyncReport> {
  if (!docs) throw new S4NotFound(`purchase order ${purchaseOrder} does not exist in S/4HANA`)
  return (await applyPurchaseOrders([{ purchaseOrder, docs, eventId }]))[0]
}

/**
 * Several purchase orders at once, set-based: one read of their existing lines, one insert of the new ones, one
 * attribution run for all changed lines. Each order's lines are compared by payload hash, so an unchanged order
 * costs no write. The existing lines are read for update: two instances cannot supersede the same figure twice.
 */
export async function applyPurchaseOrders (orders: Array<{ purchaseOrder: string, docs: PurchaseOrderDocuments, eventId?: string }>): Promise<SyncReport[]> {
  orders = [...new Map(orders.map(o => [o.purchaseOrder, o])).values()] // one order twice in a batch: its latest read counts
  if (!orders.length) return []
  await ensureMasterData(orders.map(o => o.docs))
  const { units } = await engineContext()
  const unitOf = (unit: string | null | undefined): string | null => units.find(unit as string)?.code ?? null
  type Known = { ID?: string, documentItem?: string | null, payloadHash?: string | null, status_code?: string | null }
  const existing = new Map<string, Map<string, Known>>(orders.map(o => [o.purchaseOrder, new Map()]))
  for (const a of await SELECT.from(Activities).columns('ID', 'documentNumber', 'documentItem', 'payloadHash', 'status_code')
    .where({ sourceSystem: 'S4HANA', documentType: PURCHASE_ORDER_ITEM, documentNumber: { in: [...existing.keys()] } }).forUpdate()) {
    existing.get(a.documentNumber!)!.set(a.documentItem!, a)
  }
  const inserts: any[] = []
  const updates: Array<{ ID: string, values: Record<string, unknown> }> = []
  const reports = orders.map(({ purchaseOrder, docs, eventId }) => {
    const rows = purchaseOrderActivities(docs, unitOf)
    const lines = existing.get(purchaseOrder)!
    const sourceEventId = eventId ?? null
    let changed = 0
    for (const row of rows) {
      const known = lines.get(row.documentItem)
      lines.delete(row.documentItem)
      if (known?.payloadHash === row.payloadHash) continue
      if (known) updates.push({ ID: known.ID!, values: { ...row, sourceEventId } })
      else inserts.push({ ...row, sourceEventId, ID: cds.utils.uuid() })
      changed++
    }
    for (const gone of lines.values()) { // lines S/4HANA no longer has
      if (gone.status_code === 'cancelled') continue
      updates.push({ ID: gone.ID!, values: { status_code: 'cancelled', sourceEventId } })
      changed++
    }
    return { purchaseOrder, found: true, items: rows.length, changed }
  })
  if (inserts.length) await INSERT.into(Activities).entries(inserts)
  for (const { ID, values } of updates) await UPDATE(Activities, ID).with(values as any)
  const all = [...updates.map(u => u.ID), ...inserts.map(i => i.ID as string)]
  if (all.length) await recompute(all)
  LOG.debug(`${orders.length} purchase orders applied: ${all.length} lines changed`)
  return reports
}

/** Master data the lines refer to: a supplier unknown here is fetched from S/4HANA, not guessed. */
async function ensureMasterData (orders: PurchaseOrderDocuments[]): Promise<void> {
  const items = orders.flatMap(o => o.items)
  const missing = async (entity: any, key: string, values: Array<string | null | undefined>): Promise<Set<string>> => {
    const wanted = [...new Set(values.filter(Boolean))] as string[]
    if (!wanted.length) return new Set()
    const known = new Set((await SELECT.from(entity).columns(key).where({ [key]: { in: wanted } })).map((r: any) => r[key]))
    return new Set(wanted.filter(v => !known.has(v)))
  }
  for (const supplier of await missing(Suppliers, 'ID', orders.map(o => o.header.Supplier))) await syncSupplier(supplier)
  const [groups, materials, plants] = await Promise.all([
    missing(MaterialGroups, 'code', items.map(i => i.MaterialGroup)),
    missing(Materials, 'ID', items.map(i => i.Material)),
    missing(Plants, 'code', items.map(i => i.Plant))
  ])
  // S/4HANA has their descriptions in APIs this app does not read yet: the codes stand for now
  if (groups.size) await INSERT.into(MaterialGroups).entries([...groups].map(code => ({ code, name: code })))
  if (materials.size) await INSERT.into(Materials).entries([...materials].map(ID => ({ ID, name: items.find(i => i.Material === ID)?.PurchaseOrderItemText, materialGroup_code: items.find(i => i.Material === ID)?.MaterialGroup })))
  if (plants.size) await INSERT.into(Plants).entries([...plants].map(code => ({ code, name: code })))
}

/** Creates or updates a supplier from its S/4HANA business partner. */
export async function syncSupplier (businessPartner: string): Promise<void> {
  const bp = await readBusinessPartner(businessPartner)
  if (!bp) throw new S4NotFound(`business partner ${businessPartner} does not exist in S/4HANA`)
  await upsertSupplier(bp)
}

/** The supplier of a business partner read from S/4HANA. */
export async function upsertSupplier (bp: { ID: string, name: string, country: string | null }): Promise<void> {
  await UPSERT.into(Suppliers).entries({ ID: bp.ID, name: bp.name, country_code: bp.country, region_code: bp.country })
}
