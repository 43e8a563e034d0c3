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
  await ensureMasterData(docs.header.Supplier, docs.items)
  const { units } = await engineContext()
  const rows = purchaseOrderActivities(docs, unit => units.find(unit)?.code ?? null)
  const existing = new Map((await SELECT.from(Activities).columns('ID', 'documentItem', 'payloadHash', 'status_code')
    .where({ sourceSystem: 'S4HANA', documentType: PURCHASE_ORDER_ITEM, documentNumber: purchaseOrder })).map(a => [a.documentItem!, a]))
  const changed: string[] = []
  for (const row of rows) {
    const known = existing.get(row.documentItem)
    existing.delete(row.documentItem)
    if (known?.payloadHash === row.payloadHash) continue
    const ID = known?.ID ?? cds.utils.uuid()
    const values = { ...row, sourceEventId: eventId ?? null } as any
    if (known) await UPDATE(Activities, ID).with(values)
    else await INSERT.into(Activities).entries({ ...values, ID })
    changed.push(ID)
  }
  for (const gone of existing.values()) {
    if (gone.status_code === 'cancelled') continue
    await UPDATE(Activities, gone.ID!).with({ status_code: 'cancelled', sourceEventId: eventId ?? null })
    changed.push(gone.ID!)
  }
  if (changed.length) await recompute(changed)
  LOG.debug(`purchase order ${purchaseOrder}: ${rows.length} items, ${changed.length} changed`)
  return { purchaseOrder, found: true, items: rows.length, changed: changed.length }
}

/** Master data the lines refer to: a supplier unknown here is fetched from S/4HANA, not guessed. */
async function ensureMasterData (supplier: string | null | undefined, items: Array<{ Material?: string | null, MaterialGroup?: string | null, Plant?: string | null, PurchaseOrderItemText?: string | null }>): Promise<void> {
  if (supplier && !(await SELECT.one.from(Suppliers, supplier).columns('ID'))) await syncSupplier(supplier)
  const missing = async (entity: any, key: string, values: Array<string | null | undefined>): Promise<Set<string>> => {
    const wanted = [...new Set(values.filter(Boolean))] as string[]
    if (!wanted.length) return new Set()
    const known = new Set((await SELECT.from(entity).columns(key).where({ [key]: { in: wanted } })).map((r: any) => r[key]))
    return new Set(wanted.filter(v => !known.has(v)))
  }
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
  await UPSERT.into(Suppliers).entries({ ID: bp.ID, name: bp.name, country_code: bp.country, region_code: bp.country })
}
