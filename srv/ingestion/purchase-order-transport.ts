import cds from '@sap/cds'
import { insertRows } from '../common/database'
import { createHash } from 'node:crypto'
import { Activities, Findings, Materials, Plants, Suppliers, TransportLanes } from '#cds-models/scope3'
import {
  upstreamTransport,
  BUYER_PAID_INCOTERMS,
  DISTANCE_LINE,
  SPEND_LINE,
  type Lane,
  type PurchasedItem,
  type TransportFinding
} from '../lib/attribution/upstream-transport'
import { PURCHASE_ORDER_ITEM } from '../lib/ingestion/s4-mapping'
import { Decimal } from '../lib/common/decimal'
import { DESNZ_SET, factorsByPath } from '../factors/factor-library'
import { cachedWithContext, engineContext, preview } from '../attribution/attribute-lines'
import { Methods } from '../lib/attribution/engine'
import { settings } from '../common/settings'

/** the methods whose figures stop at the supplier's gate: no transport to the plant is in them */
const CRADLE_TO_GATE: string[] = [Methods.supplierSpecific, Methods.averageData]
/** the document types of the transport lines derived from purchase order items */
export const TRANSPORT_LINES = [DISTANCE_LINE, SPEND_LINE]
/** The DESNZ factors by path, cached with the attribution context (the freight, well-to-tank and grid-loss factors). */
export const desnzFactors = async (): Promise<Awaited<ReturnType<typeof factorsByPath>>> =>
  await cachedWithContext(`factorsByPath:${DESNZ_SET}`, async () => await factorsByPath(DESNZ_SET))

/** A purchase order item activity as stored (or about to be), with the fields the derivation reads. */
export interface ItemActivity {
  ID: string
  documentNumber: string
  documentItem: string
  postingDate: string | null
  fiscalYear: number | null
  fiscalPeriod: number | null
  companyCode_code: string | null
  supplier_ID: string | null
  material_ID: string | null
  materialGroup_code?: string | null
  glAccount?: string | null
  plant_code: string | null
  quantity: string | null
  unit_code: string | null
  amount: string | null
  currency_code: string | null
  status_code: string | null
  incoterms: string | null
  netWeightKg: string | null
  sourceEventId?: string | null
}

/**
 * The first columns of a line derived from a purchase order item: its document, period and company code are the
 * item's (the key order is part of the line's payload hash).
 */
export function derivedLineHeader(item: ItemActivity, documentType: string, documentItem: string): Record<string, unknown> {
  return {
    sourceSystem: 'S4HANA',
    documentType,
    documentNumber: item.documentNumber,
    documentItem,
    fiscalYear: item.fiscalYear,
    fiscalPeriod: item.fiscalPeriod,
    postingDate: item.postingDate,
    companyCode_code: item.companyCode_code
  }
}

/** A derived transport activity, as Activities stores it (without ID), and the finding its fallback raised. */
export interface TransportActivity {
  values: Record<string, any>
  finding?: TransportFinding
}

/**
 * Reads what deriving the transport of these items needs (lanes, supplier and plant countries, material weights,
 * units, the DESNZ freight factors) and returns the derivation of one item: its transport activities, in the shape
 * Activities stores them. A cancelled item's lines are cancelled with it.
 */
export async function transportDeriver(items: ItemActivity[]): Promise<(item: ItemActivity) => TransportActivity[]> {
  const values = (key: keyof ItemActivity): string[] => [...new Set(items.map(i => i[key]).filter(Boolean))] as string[]
  const [lanes, suppliers, plants, materials, factors, { units }] = await Promise.all([
    loadLanes(),
    values('supplier_ID').length
      ? SELECT.from(Suppliers)
          .columns('ID', 'country_code')
          .where({ ID: { in: values('supplier_ID') } })
      : [],
    values('plant_code').length
      ? SELECT.from(Plants)
          .columns('code', 'country_code', 'region_code')
          .where({ code: { in: values('plant_code') } })
      : [],
    values('material_ID').length
      ? SELECT.from(Materials)
          .columns('ID', 'baseUnit', 'netWeightKg')
          .where({ ID: { in: values('material_ID') } })
      : [],
    desnzFactors(),
    engineContext()
  ])
  const supplierCountry = new Map(suppliers.map(s => [s.ID, s.country_code]))
  const plantCountry = new Map(plants.map(p => [p.code, p.country_code]))
  const material = new Map(materials.map(m => [m.ID, m]))
  const share = settings().upstreamTransport.freightCostShare
  const cradleToGate = await cradleToGateItems(
    items.filter(i => !BUYER_PAID_INCOTERMS.includes((i.incoterms ?? '').trim().toUpperCase())),
    new Map(plants.map(p => [p.code as string, p.region_code]))
  )
  return item => {
    const unit = units.find(item.unit_code)
    const m = item.material_ID ? material.get(item.material_ID) : undefined
    const sameUnit = m?.baseUnit && unit && units.find(m.baseUnit)?.code === unit.code
    const purchased: PurchasedItem = {
      documentNumber: item.documentNumber,
      documentItem: item.documentItem,
      postingDate: item.postingDate ?? '',
      incoterms: item.incoterms,
      supplier: item.supplier_ID,
      supplierCountry: item.supplier_ID ? supplierCountry.get(item.supplier_ID) : null,
      plant: item.plant_code,
      plantCountry: item.plant_code ? plantCountry.get(item.plant_code) : null,
      netWeightKg: item.netWeightKg,
      materialWeightKg:
        sameUnit && m?.netWeightKg != null && item.quantity
          ? new Decimal(item.quantity).times(m.netWeightKg).toDecimalPlaces(3, Decimal.ROUND_HALF_EVEN).toString()
          : null,
      quantityKg:
        unit?.dimension === 'mass' && item.quantity
          ? new Decimal(item.quantity).times(unit.toBase).toDecimalPlaces(3, Decimal.ROUND_HALF_EVEN).toString()
          : null,
      isService: unit?.dimension === 'time',
      amount: item.amount,
      currency: item.currency_code,
      cradleToGate: cradleToGate.has(item.ID)
    }
    const derivation = upstreamTransport(purchased, lanes, { freightCostShare: share })
    return derivation.lines.map(line => {
      const factor = line.factorPath ? factors.find(line.factorPath, 'TKM') : undefined
      const row = {
        ...derivedLineHeader(item, line.documentType, line.documentItem),
        // no supplier, material or group: the rules of purchased goods must not take a transport line
        plant_code: item.plant_code,
        description: line.description.slice(0, 200),
        transportMode: line.transportMode ?? null,
        transportMass: line.transportMass ?? null,
        transportMassUnit_code: line.transportMass ? 'KGM' : null,
        distance: line.distance ?? null,
        distanceUnit_code: line.distance ? 'KMT' : null,
        amount: line.amount ?? null,
        currency_code: line.currency ?? null,
        // the factor the derivation chose: the DESNZ code of the mode (distance), the EPA industry (spend)
        activityCode: factor?.code ?? line.naicsCode ?? null,
        status_code: item.status_code,
        derivedFrom_ID: item.ID,
        derivation: line.derivation.slice(0, 500)
      }
      return {
        values: { ...row, payloadHash: createHash('sha256').update(JSON.stringify(row)).digest('hex') },
        finding: derivation.finding
      }
    })
  }
}

/**
 * The items whose category 1 figure, with today's rules, is cradle-to-gate (a supplier footprint, a material factor
 * per unit): the transport to the plant is not in it, whoever pays for it, and is derived as category 4.
 */
async function cradleToGateItems(items: ItemActivity[], regions: Map<string, string | null | undefined>): Promise<Set<string>> {
  const candidates = items.filter(i => i.status_code !== 'cancelled')
  if (!candidates.length) return new Set()
  const outcomes = await preview(
    candidates.map(i => ({
      ID: i.ID,
      documentType: PURCHASE_ORDER_ITEM,
      postingDate: i.postingDate ?? '',
      supplier_ID: i.supplier_ID,
      material_ID: i.material_ID,
      materialGroup_code: i.materialGroup_code,
      plant_code: i.plant_code,
      companyCode_code: i.companyCode_code,
      glAccount: i.glAccount,
      quantity: i.quantity,
      unit_code: i.unit_code,
      amount: i.amount,
      currency_code: i.currency_code,
      region: i.plant_code ? regions.get(i.plant_code) : null
    }))
  )
  return new Set(outcomes.flatMap(o => (o.ok && CRADLE_TO_GATE.includes(o.values.method_code) ? [o.values.activity_ID] : [])))
}

async function loadLanes(): Promise<Lane[]> {
  const rows = (await SELECT.from(TransportLanes)
    .columns((l: any) => {
      l.ID
      l.name
      l.supplier_ID
      l.supplierCountry_code
      l.plant_code
      l.validFrom
      l.validTo
      l.legs((g: any) => {
        g.sequence
        g.mode
        g.distanceKm
      })
    })
    .where({ active: true })) as any[]
  return rows.map(r => ({
    ID: r.ID,
    name: r.name,
    supplier: r.supplier_ID,
    supplierCountry: r.supplierCountry_code,
    plant: r.plant_code,
    validFrom: r.validFrom,
    validTo: r.validTo,
    legs: (r.legs ?? []).map((g: any) => ({ sequence: g.sequence ?? 1, mode: g.mode, distanceKm: String(g.distanceKm) }))
  }))
}

/** the columns of a stored item activity the derivation reads */
export const ITEM_COLUMNS = [
  'ID',
  'documentNumber',
  'documentItem',
  'postingDate',
  'fiscalYear',
  'fiscalPeriod',
  'companyCode_code',
  'supplier_ID',
  'material_ID',
  'materialGroup_code',
  'glAccount',
  'plant_code',
  'quantity',
  'unit_code',
  'amount',
  'currency_code',
  'status_code',
  'incoterms',
  'netWeightKg',
  'sourceEventId'
]

/**
 * The findings of derived lines: a fallback raises one (once per line and type; a resolved one opens again), a line
 * without a fallback, or a cancelled one, resolves the open findings of its line.
 */
export async function recordFindings(
  lines: Array<{
    ID: string
    status_code?: string | null
    companyCode_code?: string | null
    fiscalYear?: number | null
    fiscalPeriod?: number | null
  }>,
  findingOf: Map<string, TransportFinding | undefined>
): Promise<void> {
  if (!lines.length) return
  const known = new Map<string, { ID?: string; status?: string | null }>()
  for (let i = 0; i < lines.length; i += 1000) {
    const ids = lines.slice(i, i + 1000).map(l => l.ID)
    for (const f of await SELECT.from(Findings)
      .columns('ID', 'activity_ID', 'findingType', 'status')
      .where({ activity_ID: { in: ids }, raisedBy: 'upstream-transport' })) {
      known.set(`${f.activity_ID!}|${f.findingType!}`, f)
    }
  }
  const now = new Date().toISOString()
  const inserts: any[] = []
  const resolve: string[] = []
  const reopen: string[] = []
  for (const line of lines) {
    const finding = line.status_code === 'cancelled' ? undefined : findingOf.get(line.ID)
    for (const [key, f] of known) {
      if (key.startsWith(`${line.ID}|`) && f.status === 'open' && key !== `${line.ID}|${finding?.findingType ?? ''}`) resolve.push(f.ID!)
    }
    if (!finding) continue
    const existing = known.get(`${line.ID}|${finding.findingType}`)
    if (existing?.status === 'resolved') reopen.push(existing.ID!)
    if (!existing) {
      inserts.push({
        ID: cds.utils.uuid(),
        activity_ID: line.ID,
        companyCode_code: line.companyCode_code,
        fiscalYear: line.fiscalYear,
        fiscalPeriod: line.fiscalPeriod,
        findingType: finding.findingType,
        severity: finding.severity,
        blocksClose: false,
        message: finding.message.slice(0, 500),
        proposal: finding.proposal.slice(0, 500),
        raisedBy: 'upstream-transport',
        status: 'open'
      })
    }
  }
  await insertRows(Findings, inserts)
  if (resolve.length)
    await UPDATE(Findings)
      .set({ status: 'resolved', resolvedAt: now })
      .where({ ID: { in: resolve } })
  if (reopen.length)
    await UPDATE(Findings)
      .set({ status: 'open', resolvedAt: null })
      .where({ ID: { in: reopen } })
}

/**
 * The purchase order items whose transport a lane may decide (of these plants): those with buyer-paid incoterms, and
 * those whose current figure is cradle-to-gate (their inbound transport is derived whoever pays). New items are
 * decided when they are synchronised (transportDeriver); a line of neither kind has no transport to derive again.
 */
export async function transportItems(plants?: string[]): Promise<ItemActivity[]> {
  const query = SELECT.from(Activities).columns(ITEM_COLUMNS)
    .where`sourceSystem = 'S4HANA' and documentType = ${PURCHASE_ORDER_ITEM} and ghgScope is null
      and (incoterms in ${BUYER_PAID_INCOTERMS} or exists attributions[supersededBy_ID is null and method_code in ${CRADLE_TO_GATE}])`
  if (plants) query.and({ plant_code: { in: [...plants, ''] } })
  return (await query.orderBy('ID')) as unknown as ItemActivity[]
}
