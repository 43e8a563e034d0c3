import cds from '@sap/cds'
import { insertRows, privileged } from '../common/database'
import { Activities, Suppliers, MaterialGroups, Materials, Plants, type Activity } from '#cds-models/scope3'
import { purchaseOrderActivities, PURCHASE_ORDER_ITEM, type PurchaseOrderDocuments } from '../lib/ingestion/s4-mapping'
import { readPurchaseOrder, readBusinessPartner, S4NotFound } from './s4-client'
import { recompute, engineContext } from '../attribution/attribute-lines'
import {
  transportDeriver,
  recordFindings,
  transportItems,
  TRANSPORT_LINES,
  type ItemActivity,
  type TransportActivity
} from './purchase-order-transport'
import { type TransportFinding } from '../lib/attribution/upstream-transport'
import { ENERGY_LINE } from '../lib/attribution/energy-upstream'
import { energyDeriver, inScope } from './purchase-order-energy'
import type { Columns } from '../common/model-types'

const LOG = cds.log('ingestion')

export interface SyncReport {
  purchaseOrder: string
  found: boolean
  items: number
  changed: number
}

/**
 * Brings one purchase order's activities to S/4HANA's current state: re-reads the PO with its goods movements and
 * invoices, writes only the lines whose content changed (payload hash), cancels lines S/4HANA no longer has, and
 * re-attributes the changed ones. Idempotent and order-independent: the same state gives the same rows.
 */
export async function syncPurchaseOrder(purchaseOrder: string, eventId?: string): Promise<SyncReport> {
  const docs = await readPurchaseOrder(purchaseOrder)
  return await applyPurchaseOrder(purchaseOrder, docs, eventId, await prefetchSuppliers(docs ? [docs] : []))
}

/** a supplier's business partner as read from S/4HANA (undefined: S/4HANA does not have it) */
export type Partner = Awaited<ReturnType<typeof readBusinessPartner>>

/**
 * The business partners of the suppliers these documents name that the database does not know yet, read from
 * S/4HANA before any transaction of the synchronisation begins (the check runs in a short transaction of its own): a
 * stalled S/4HANA then holds no database connection, and no other request waits for it.
 */
export async function prefetchSuppliers(documents: PurchaseOrderDocuments[]): Promise<Map<string, Partner>> {
  const wanted = [...new Set(documents.map(d => d.header.Supplier).filter(Boolean))] as string[]
  const partners = new Map<string, Partner>()
  if (!wanted.length) return partners
  const known = new Set(
    (
      await privileged(
        async () =>
          await SELECT.from(Suppliers)
            .columns('ID')
            .where({ ID: { in: wanted } })
      )
    ).map(s => s.ID)
  )
  await Promise.all(
    wanted
      .filter(id => !known.has(id))
      .map(async id => {
        partners.set(id, await readBusinessPartner(id))
      })
  )
  return partners
}

/**
 * The database half of a synchronisation: no S/4HANA call in it when its unknown suppliers were prefetched, so it holds
 * the database briefly.
 */
export async function applyPurchaseOrder(
  purchaseOrder: string,
  docs: PurchaseOrderDocuments | undefined,
  eventId?: string,
  suppliers?: Map<string, Partner>
): Promise<SyncReport> {
  if (!docs) throw new S4NotFound(`purchase order ${purchaseOrder} does not exist in S/4HANA`)
  return (await applyPurchaseOrders([{ purchaseOrder, docs, eventId }], suppliers))[0]
}

/**
 * Several purchase orders at once, set-based: one read of their existing lines, one insert of the new ones, one
 * attribution run for all changed lines. Each order's lines are compared by payload hash, so an unchanged order
 * costs no write. The existing lines are read for update: two instances cannot supersede the same figure twice.
 */
export async function applyPurchaseOrders(
  orders: Array<{ purchaseOrder: string; docs: PurchaseOrderDocuments; eventId?: string }>,
  suppliers = new Map<string, Partner>()
): Promise<SyncReport[]> {
  orders = [...new Map(orders.map(o => [o.purchaseOrder, o])).values()] // one order twice in a batch: its latest read counts
  if (!orders.length) return []
  await ensureMasterData(
    orders.map(o => o.docs),
    suppliers
  )
  const { units } = await engineContext()
  const unitOf = (unit: string | null | undefined): string | null => units.find(unit as string)?.code ?? null
  const existing = new Map<string, Map<string, Known>>(orders.map(o => [o.purchaseOrder, new Map()]))
  for (const a of await SELECT.from(Activities)
    .columns('ID', 'documentType', 'documentNumber', 'documentItem', 'payloadHash', 'status_code')
    .where({
      sourceSystem: 'S4HANA',
      documentType: { in: [PURCHASE_ORDER_ITEM, ...TRANSPORT_LINES, ENERGY_LINE] },
      documentNumber: { in: [...existing.keys()] }
    })
    .forUpdate()) {
    existing.get(a.documentNumber!)!.set(lineKey(a), a)
  }
  // the items with their IDs (kept where the line exists), then the energy and transport lines derived from them
  const mapped = orders.map(({ purchaseOrder, docs, eventId }) =>
    purchaseOrderActivities(docs, unitOf).map(row => ({
      ...row,
      sourceEventId: eventId ?? null,
      ID: existing.get(purchaseOrder)!.get(lineKey(row))?.ID ?? cds.utils.uuid()
    }))
  )
  const derived = await deriveOrderLines(mapped.flat())
  const changes: Changes = { inserts: [], updates: [], findings: new Map(), derived: [] }
  let next = 0
  const reports = orders.map(({ purchaseOrder, eventId }, i) => {
    const order = derived.slice(next, (next += mapped[i].length))
    const transport = order.flatMap(({ lines }) =>
      lines.map(t => ({
        ...t,
        values: { ...t.values, sourceEventId: eventId ?? null }
      }))
    )
    const changed = reconcile(
      [...order.map(({ item }) => ({ values: item })), ...transport],
      existing.get(purchaseOrder)!,
      eventId ?? null,
      changes
    )
    return { purchaseOrder, found: true, items: order.length, changed }
  })
  await write(changes)
  LOG.debug(`${orders.length} purchase orders applied: ${changes.inserts.length + changes.updates.length} lines changed`)
  return reports
}

/**
 * The lines of purchase order items as a posting writes them: each item in its scope, and the transport and energy
 * lines derived from it. Energy burnt or consumed by the company is Scope 1 or 2; its delivery is in its
 * well-to-tank, so no transport is derived for it. Reads only: the estimate of an unposted order derives its lines
 * with it too, so that its figures are the ones the posting gets.
 */
export async function deriveOrderLines<T extends ItemActivity & { payloadHash?: string | null }>(
  items: T[]
): Promise<Array<{ item: ReturnType<typeof inScope<T>>; lines: TransportActivity[] }>> {
  const energy = await energyDeriver(items)
  const energyOf = items.map(item => energy(item))
  const scoped = items.map((item, i) => inScope(item, energyOf[i]))
  const derive = await transportDeriver(scoped.filter(item => !item.ghgScope))
  return scoped.map((item, i) => ({ item, lines: [...(item.ghgScope ? [] : derive(item)), ...energyOf[i].lines] }))
}

/**
 * The transport lines of every purchase order item whose transport is derived (buyer-paid, or cradle-to-gate), derived again
 * (after a transport lane changed; of these plants only, if given): only lines whose derivation changed are written
 * and re-attributed.
 */
export async function rederiveTransport(plants?: string[]): Promise<{ items: number; changed: number }> {
  const items = await transportItems(plants)
  const changes: Changes = { inserts: [], updates: [], findings: new Map(), derived: [] }
  for (let i = 0; i < items.length; i += 1000) {
    const part = items.slice(i, i + 1000)
    const existing = new Map<string, Map<string, Known>>(part.map(item => [item.ID, new Map()]))
    for (const a of await SELECT.from(Activities)
      .columns('ID', 'documentType', 'documentItem', 'payloadHash', 'status_code', 'derivedFrom_ID')
      .where({ derivedFrom_ID: { in: part.map(p => p.ID) }, documentType: { in: TRANSPORT_LINES } })
      .forUpdate()) {
      existing.get(a.derivedFrom_ID!)!.set(lineKey(a), a)
    }
    const derive = await transportDeriver(part)
    for (const item of part) reconcile(derive(item), existing.get(item.ID)!, item.sourceEventId ?? null, changes)
  }
  await write(changes)
  return { items: items.length, changed: changes.inserts.length + changes.updates.length }
}

type Known = Partial<Columns<Activity, 'ID' | 'documentType' | 'documentItem' | 'payloadHash' | 'status_code'>>
interface Changes {
  inserts: any[]
  updates: Array<{ ID: string; values: Record<string, unknown> }>
  findings: Map<string, TransportFinding | undefined>
  derived: any[]
}

/** a line of a document: its type and item (an item, or a transport line derived from one) */
const lineKey = (a: { documentType?: string | null; documentItem?: string | null }): string =>
  `${a.documentType ?? ''} ${a.documentItem ?? ''}`

/**
 * Compares a document's lines as they are now with the stored ones by payload hash: new lines are inserted, changed
 * ones updated, stored lines that are gone are cancelled. Returns how many lines changed.
 */
function reconcile(
  rows: Array<{ values: Record<string, any>; finding?: TransportFinding }>,
  lines: Map<string, Known>,
  sourceEventId: string | null,
  changes: Changes
): number {
  let changed = 0
  for (const { values, finding } of rows) {
    const key = lineKey(values)
    const known = lines.get(key)
    lines.delete(key)
    const ID: string = known?.ID ?? values.ID ?? cds.utils.uuid()
    if (values.derivedFrom_ID) {
      changes.derived.push({ ...values, ID })
      changes.findings.set(ID, finding)
    }
    // unchanged, and not a line that was gone (cancelled) and is back with the same content
    if (known && known.payloadHash === values.payloadHash && known.status_code === values.status_code) continue
    if (known) changes.updates.push({ ID, values: { ...values, ID: undefined } })
    else changes.inserts.push({ ...values, ID })
    changed++
  }
  for (const gone of lines.values()) {
    // lines S/4HANA (or the derivation) no longer has
    if (gone.status_code === 'cancelled') continue
    changes.updates.push({ ID: gone.ID!, values: { status_code: 'cancelled', sourceEventId } })
    changes.derived.push({ ID: gone.ID, status_code: 'cancelled' })
    changed++
  }
  return changed
}

/** Writes the changed lines, attributes them, and records the findings of the derived ones. */
async function write({ inserts, updates, findings, derived }: Changes): Promise<void> {
  await insertRows(Activities, inserts)
  for (const { ID, values } of updates) {
    const { ID: _, ...set } = values
    await UPDATE(Activities, ID).with(set as any)
  }
  const all = [...updates.map(u => u.ID), ...inserts.map(i => i.ID as string)]
  // an item whose transport lines changed is attributed again too: its category 1 figure leaves that transport out
  // (written lines name their item; only for cancelled ones, which carry no more than their status, it is read)
  const changed = new Set(all)
  const written = derived.filter(d => changed.has(d.ID))
  const parents = new Set<string>(written.map(d => d.derivedFrom_ID).filter(Boolean))
  const cancelled = written.filter(d => !d.derivedFrom_ID).map(d => d.ID as string)
  for (let i = 0; i < cancelled.length; i += 1000) {
    for (const line of await SELECT.from(Activities)
      .columns('derivedFrom_ID')
      .where({ ID: { in: cancelled.slice(i, i + 1000) }, derivedFrom_ID: { '!=': null } }))
      parents.add(line.derivedFrom_ID!)
  }
  for (const ID of changed) parents.delete(ID)
  const items = [...parents]
  for (let i = 0; i < items.length; i += 1000)
    await UPDATE(Activities)
      .set({ attributedWith: null })
      .where({ ID: { in: items.slice(i, i + 1000) } })
  if (all.length) await recompute([...all, ...items])
  await recordFindings(derived, findings)
}

/** Master data the lines refer to: a supplier unknown here is fetched from S/4HANA, not guessed. */
async function ensureMasterData(orders: PurchaseOrderDocuments[], suppliers: Map<string, Partner>): Promise<void> {
  const items = orders.flatMap(o => o.items)
  const missing = async (entity: any, key: string, values: Array<string | null | undefined>): Promise<Set<string>> => {
    const wanted = [...new Set(values.filter(Boolean))] as string[]
    if (!wanted.length) return new Set()
    const known = new Set(
      (
        await SELECT.from(entity)
          .columns(key)
          .where({ [key]: { in: wanted } })
      ).map((r: any) => r[key])
    )
    return new Set(wanted.filter(v => !known.has(v)))
  }
  // prefetched before the transaction (prefetchSuppliers); read here only where another instance's change slipped in between
  for (const supplier of await missing(
    Suppliers,
    'ID',
    orders.map(o => o.header.Supplier)
  )) {
    if (!suppliers.has(supplier)) {
      await syncSupplier(supplier)
      continue
    }
    const partner = suppliers.get(supplier)
    if (!partner) throw new S4NotFound(`business partner ${supplier} does not exist in S/4HANA`)
    await upsertSupplier(partner)
  }
  const [groups, materials, plants] = await Promise.all([
    missing(
      MaterialGroups,
      'code',
      items.map(i => i.MaterialGroup)
    ),
    missing(
      Materials,
      'ID',
      items.map(i => i.Material)
    ),
    missing(
      Plants,
      'code',
      items.map(i => i.Plant)
    )
  ])
  // S/4HANA has their descriptions in APIs this app does not read yet: the codes stand for now. (Upserted: another
  // instance may store the same new code in between, with the same values; an insert failed the whole batch then.)
  if (groups.size) await UPSERT.into(MaterialGroups).entries([...groups].map(code => ({ code, name: code })))
  if (materials.size)
    await UPSERT.into(Materials).entries(
      [...materials].map(ID => ({
        ID,
        name: items.find(i => i.Material === ID)?.PurchaseOrderItemText,
        materialGroup_code: items.find(i => i.Material === ID)?.MaterialGroup
      }))
    )
  if (plants.size) await UPSERT.into(Plants).entries([...plants].map(code => ({ code, name: code })))
}

/** Creates or updates a supplier from its S/4HANA business partner. */
export async function syncSupplier(businessPartner: string): Promise<void> {
  const bp = await readBusinessPartner(businessPartner)
  if (!bp) throw new S4NotFound(`business partner ${businessPartner} does not exist in S/4HANA`)
  await upsertSupplier(bp)
}

/** The supplier of a business partner read from S/4HANA. */
export async function upsertSupplier(bp: { ID: string; name: string; country: string | null }): Promise<void> {
  await UPSERT.into(Suppliers).entries({ ID: bp.ID, name: bp.name, country_code: bp.country, region_code: bp.country })
}
