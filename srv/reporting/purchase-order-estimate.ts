import cds from '@sap/cds'
import {
  Activities,
  AttributionRules,
  CompanyCodes,
  EmissionFactors,
  MaterialGroups,
  Materials,
  Plants,
  Scope3Categories,
  Suppliers
} from '#cds-models/scope3'
import { preview, engineContext } from '../attribution/attribute-lines'
import { deriveOrderLines } from '../ingestion/purchase-order-sync'
import { purchaseOrderActivities, PURCHASE_ORDER_ITEM, type ActivityValues, type PurchaseOrderDocuments } from '../lib/ingestion/s4-mapping'
import { separateTransportOf } from '../lib/attribution/upstream-transport'
import { ENERGY_LINE } from '../lib/attribution/energy-upstream'
import { type ActivityRow, type AttributionOutcome } from '../lib/attribution/attribution'
import { Decimal } from '../lib/common/decimal'
import { rankAlternatives, BASES, type Candidate } from '../lib/reporting/purchase-alternatives'

/**
 * The estimate of a purchase requisition or an unposted purchase order (docs/estimates.md): the lines its posting
 * will have (items, the transport the company pays, the upstream of energy), derived and attributed exactly as the
 * posting will be (srv/ingestion/purchase-order-sync.ts deriveOrderLines, srv/attribution/attribute-lines.ts
 * preview), and for each item the suppliers or materials of the same kind that would emit less. Reads only.
 */

export const MAX_ITEMS = 1000
/** candidate suppliers per item: those with a rule of their own first, then those bought from most */
const MAX_SUPPLIERS = 20
/** earlier lines of a supplier the history basis reads, newest first */
const MAX_HISTORY = 1000

export interface EstimateItemInput {
  item?: string | null
  material?: string | null
  materialGroup?: string | null
  plant?: string | null
  description?: string | null
  quantity?: string | number | null
  unit?: string | null
  netPrice?: string | number | null
  priceQuantity?: string | number | null
  netAmount?: string | number | null
  currency?: string | null
  incoterms?: string | null
  netWeight?: string | number | null
  weightUnit?: string | null
}

export interface EstimateOrderInput {
  purchaseOrder?: string | null
  companyCode?: string | null
  supplier?: string | null
  currency?: string | null
  incoterms?: string | null
  orderDate?: string | null
  items?: EstimateItemInput[] | null
}

interface Notice {
  code: string
  message: string
  target?: string
}

/** bad input: the request is refused with 400 (403 for another company code), naming the field */
export class EstimateInputError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly target: string
  ) {
    super(message)
  }
}

const NUMERIC: Array<keyof EstimateItemInput> = ['quantity', 'netPrice', 'priceQuantity', 'netAmount', 'netWeight']
const text = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v.trim() : null)

/** Refuses what cannot be an order: no company code, no items, a number that is none or negative, a date that is none. */
function validate(order: EstimateOrderInput | null | undefined, companyCodes: string[] | undefined): asserts order is EstimateOrderInput {
  if (order == null || typeof order !== 'object')
    throw new EstimateInputError(400, 'order: the requisition or order draft is missing', 'order')
  if (!text(order.companyCode)) throw new EstimateInputError(400, 'order/companyCode: the company code is missing', 'order/companyCode')
  if (companyCodes && !companyCodes.includes(text(order.companyCode)!))
    throw new EstimateInputError(403, `order/companyCode: company code ${order.companyCode} is not among yours`, 'order/companyCode')
  if (order.orderDate != null && !/^\d{4}-\d{2}-\d{2}$/.test(String(order.orderDate)))
    throw new EstimateInputError(400, `order/orderDate: ${String(order.orderDate)} is no date (YYYY-MM-DD)`, 'order/orderDate')
  if (!Array.isArray(order.items) || !order.items.length)
    throw new EstimateInputError(400, 'order/items: the order has no items', 'order/items')
  if (order.items.length > MAX_ITEMS)
    throw new EstimateInputError(400, `order/items: at most ${MAX_ITEMS} items, got ${order.items.length}`, 'order/items')
  const numbers = new Set<string>()
  order.items.forEach((item, i) => {
    if (item == null || typeof item !== 'object') throw new EstimateInputError(400, `order/items[${i}]: not an item`, `order/items[${i}]`)
    for (const field of NUMERIC) {
      const v = item[field]
      if (v == null || v === '') continue
      let d: Decimal | undefined
      try {
        d = new Decimal(v as string)
      } catch {
        d = undefined
      }
      if (!d?.isFinite() || d.isNegative())
        throw new EstimateInputError(400, `order/items[${i}]/${field}: ${String(v)} is not a number ≥ 0`, `order/items[${i}]/${field}`)
    }
    const number = text(item.item)
    if (number && numbers.has(number))
      throw new EstimateInputError(400, `order/items[${i}]/item: item ${number} is there twice`, `order/items[${i}]/item`)
    if (number) numbers.add(number)
  })
}

/** the activity fields the engine reads (srv/attribution/attribute-lines.ts ACTIVITY_COLUMNS) */
const ENGINE_FIELDS = [
  'ID',
  'documentType',
  'postingDate',
  'supplier_ID',
  'material_ID',
  'materialGroup_code',
  'plant_code',
  'companyCode_code',
  'glAccount',
  'transportMode',
  'quantity',
  'unit_code',
  'amount',
  'currency_code',
  'distance',
  'distanceUnit_code',
  'transportMass',
  'transportMassUnit_code',
  'activityCode',
  'derivation',
  'location_code'
] as const

interface Master {
  suppliers: Map<string, { name?: string | null; country_code?: string | null }>
  plants: Map<string, { region_code?: string | null }>
}

/**
 * An item and the lines derived from it, as the engine reads them: the plant's region, the supplier's country, and
 * whether the item's transport is counted apart.
 */
function engineRows(
  derived: Awaited<ReturnType<typeof deriveOrderLines>>,
  master: Master
): Array<{ item: ActivityRow & { ghgScope?: number | null }; lines: ActivityRow[]; lineValues: Array<Record<string, any>> }> {
  const row = (values: Record<string, any>): ActivityRow => {
    const a = Object.fromEntries(ENGINE_FIELDS.map(f => [f, values[f] ?? null])) as unknown as ActivityRow
    if (a.activityCode == null) delete a.activityCode
    a.region = (a.plant_code && master.plants.get(a.plant_code)?.region_code) ?? null
    a.supplierCountry = (a.supplier_ID && master.suppliers.get(a.supplier_ID)?.country_code) ?? null
    return a
  }
  return derived.map(({ item, lines }) => {
    const lineRows = lines.map(l => row({ ...l.values, ID: cds.utils.uuid() }))
    const itemRow: ActivityRow & { ghgScope?: number | null } = { ...row(item), ghgScope: item.ghgScope }
    // as the posting's recompute reads it (withSeparateTransport): the item's transport has category 4 lines of its own
    for (const l of lines) itemRow.separateTransport = separateTransportOf(l.values) ?? itemRow.separateTransport
    return { item: itemRow, lines: lineRows, lineValues: lines.map(l => l.values) }
  })
}

/** the engine's outcome of each row, by activity ID (rows of Scope 1 or 2 energy get none, as in a posting) */
async function attributeAll(rows: Array<ActivityRow & { ghgScope?: number | null }>): Promise<Map<string, AttributionOutcome>> {
  const inScope3 = rows.filter(r => r.ghgScope == null)
  const outcomes = await preview(inScope3)
  return new Map(inScope3.map((r, i) => [r.ID, outcomes[i]]))
}

/** an item of the order as its posting maps it (srv/lib/ingestion/s4-mapping.ts) */
type ItemRow = ActivityValues & { ID: string }

const kgOf = (o: AttributionOutcome | undefined): Decimal => (o?.ok ? new Decimal(o.values.kgCO2eLocation) : new Decimal(0))

export async function estimatePurchaseOrder(
  input: EstimateOrderInput | null | undefined,
  options: { alternatives: boolean; companyCodes: string[] | undefined }
): Promise<Record<string, unknown>> {
  validate(input, options.companyCodes)
  const order = input
  const companyCode = text(order.companyCode)!
  const items = order.items!
  if (!(await SELECT.one.from(CompanyCodes).columns('code').where({ code: companyCode })))
    throw new EstimateInputError(400, `order/companyCode: ${companyCode} is not a company code of this app`, 'order/companyCode')
  const warnings: Notice[] = []
  const itemWarnings = items.map((): Notice[] => [])
  const { units } = await engineContext()

  // master data: what is unknown is estimated without it, and said
  const supplier = text(order.supplier)
  const codes = (key: keyof EstimateItemInput): string[] => [...new Set(items.map(i => text(i[key])).filter(Boolean))] as string[]
  // (only the codes the draft names: this runs on every read of a kept draft)
  const [supplierRows, materialRows, plantRows] = await Promise.all([
    supplier ? SELECT.from(Suppliers).columns('ID', 'name', 'country_code').where({ ID: supplier }) : [],
    codes('material').length
      ? SELECT.from(Materials)
          .columns('ID', 'name', 'materialGroup_code')
          .where({ ID: { in: codes('material') } })
      : [],
    codes('plant').length
      ? SELECT.from(Plants)
          .columns('code', 'region_code')
          .where({ code: { in: codes('plant') } })
      : []
  ])
  const materials = new Map(materialRows.map(m => [m.ID!, m]))
  const wantedGroups = [...new Set([...codes('materialGroup'), ...materialRows.map(m => m.materialGroup_code)])].filter(Boolean) as string[]
  const groups = new Set(
    (wantedGroups.length
      ? await SELECT.from(MaterialGroups)
          .columns('code')
          .where({ code: { in: wantedGroups } })
      : []
    ).map(g => g.code!)
  )
  const master: Master = {
    suppliers: new Map(supplierRows.map(s => [s.ID!, s])),
    plants: new Map(plantRows.map(p => [p.code!, p]))
  }
  if (!supplier)
    warnings.push({
      code: 'NO_SUPPLIER',
      message: 'no supplier given: rules and footprints of a supplier cannot apply',
      target: 'order/supplier'
    })
  else if (!master.suppliers.has(supplier))
    warnings.push({
      code: 'UNKNOWN_SUPPLIER',
      message: `supplier ${supplier} is not known here yet: estimated without its rules, footprints and country (the posting reads it from S/4HANA)`,
      target: 'order/supplier'
    })
  const groupOf = items.map((item, i) => {
    const material = text(item.material)
    const known = material ? materials.get(material) : undefined
    if (material && !known)
      itemWarnings[i].push({
        code: 'UNKNOWN_MATERIAL',
        message: `material ${material} is not known here: rules of the material cannot apply`,
        target: `order/items[${i}]/material`
      })
    const plant = text(item.plant)
    if (plant && !master.plants.has(plant))
      itemWarnings[i].push({
        code: 'UNKNOWN_PLANT',
        message: `plant ${plant} is not known here: estimated without its region and transport lanes`,
        target: `order/items[${i}]/plant`
      })
    if (!plant)
      itemWarnings[i].push({
        code: 'NO_PLANT',
        message: 'no plant given: estimated without region and transport lanes',
        target: `order/items[${i}]/plant`
      })
    const unit = text(item.unit)
    if (unit && !units.find(unit))
      itemWarnings[i].push({ code: 'UNKNOWN_UNIT', message: `unit ${unit} is not known here`, target: `order/items[${i}]/unit` })
    let group = text(item.materialGroup)
    if (!group && known?.materialGroup_code) {
      group = known.materialGroup_code
      itemWarnings[i].push({
        code: 'MATERIAL_GROUP_OF_MATERIAL',
        message: `material group ${group} taken from material ${material}, as S/4HANA fills it in the order`,
        target: `order/items[${i}]/materialGroup`
      })
    }
    if (group && !groups.has(group))
      itemWarnings[i].push({
        code: 'UNKNOWN_MATERIAL_GROUP',
        message: `material group ${group} is not known here: rules of the group cannot apply`,
        target: `order/items[${i}]/materialGroup`
      })
    return group
  })

  // the order as S/4HANA's API will give it once posted, without goods receipts or invoices yet
  const postingDate = text(order.orderDate) ?? new Date().toISOString().slice(0, 10)
  const docs: PurchaseOrderDocuments = {
    header: {
      PurchaseOrder: text(order.purchaseOrder) ?? 'ESTIMATE',
      CompanyCode: companyCode,
      Supplier: supplier,
      DocumentCurrency: text(order.currency),
      PurchaseOrderDate: postingDate,
      IncotermsClassification: text(order.incoterms)
    },
    items: items.map((item, i) => ({
      PurchaseOrderItem: text(item.item) ?? String((i + 1) * 10).padStart(5, '0'),
      Material: text(item.material),
      MaterialGroup: groupOf[i],
      Plant: text(item.plant),
      PurchaseOrderItemText: text(item.description),
      OrderQuantity: item.quantity ?? null,
      PurchaseOrderQuantityUnit: text(item.unit),
      NetPriceAmount: item.netPrice ?? null,
      NetPriceQuantity: item.priceQuantity ?? null,
      DocumentCurrency: text(item.currency),
      IncotermsClassification: text(item.incoterms),
      ItemNetWeight: item.netWeight ?? null,
      ItemWeightUnit: text(item.weightUnit)
    })),
    goodsMovements: [],
    invoiceItems: []
  }
  const rows = purchaseOrderActivities(docs, u => units.find(u as string)?.code ?? null).map((row, i) => ({
    ...row,
    ID: cds.utils.uuid(),
    // the item's net amount where given instead of a price (2 decimals, as the posting stores amounts)
    ...(items[i].netAmount != null && items[i].netAmount !== ''
      ? { amount: new Decimal(items[i].netAmount!).toDecimalPlaces(2, Decimal.ROUND_HALF_EVEN).toFixed(2) }
      : {})
  }))
  const derived = engineRows(await deriveOrderLines(rows), master)
  const outcomes = await attributeAll(derived.flatMap(d => [d.item, ...d.lines]))

  const alternatives = options.alternatives
    ? await alternativesOf(rows, derived, outcomes, master, options.companyCodes)
    : new Map<number, ReturnType<typeof rankAlternatives>>()

  // names for people: rules, factors, categories, suppliers
  const ok = [...outcomes.values()].flatMap(o => (o.ok ? [o.values] : []))
  const [ruleRows, factorRows, categoryRows] = await Promise.all([
    ok.length
      ? SELECT.from(AttributionRules)
          .columns('ID', 'ruleKey', 'name')
          .where({ ID: { in: [...new Set(ok.map(v => v.rule_ID))] } })
      : [],
    ok.length
      ? SELECT.from(EmissionFactors)
          .columns('ID', 'description', 'value', 'unit_code', 'currency_code')
          .where({ ID: { in: [...new Set(ok.map(v => v.factor_ID))] } })
      : [],
    SELECT.from(Scope3Categories).columns('code', 'name')
  ])
  const rules = new Map(ruleRows.map(r => [r.ID!, r]))
  const factors = new Map(factorRows.map(f => [f.ID!, f]))
  const categories = new Map(categoryRows.map(c => [c.code!, c.name]))

  const total = { all: new Decimal(0), market: new Decimal(0), goods: new Decimal(0), transport: new Decimal(0), energy: new Decimal(0) }
  let bestSaving: Decimal | null = null
  const lines = derived.flatMap(({ item, lines: derivedLines, lineValues }, i) =>
    [item, ...derivedLines].map((a, n) => {
      const values: Record<string, any> = n === 0 ? rows[i] : lineValues[n - 1]
      const kind = a.documentType === PURCHASE_ORDER_ITEM ? 'goods' : a.documentType === ENERGY_LINE ? 'energy' : 'transport'
      const outcome = outcomes.get(a.ID)
      const v = outcome?.ok ? outcome.values : undefined
      const factor = v ? factors.get(v.factor_ID) : undefined
      const rule = v ? rules.get(v.rule_ID) : undefined
      const lineage: string[] = v ? JSON.parse(v.lineage) : outcome && !outcome.ok ? outcome.lineage : []
      if (v) {
        total.all = total.all.plus(v.kgCO2eLocation)
        total.market = total.market.plus(v.kgCO2eMarket)
        total[kind] = total[kind].plus(v.kgCO2eLocation)
      }
      const ranking = n === 0 ? alternatives.get(i) : undefined
      const best = ranking?.alternatives[0]
      if (best && !best.worseData && (bestSaving === null || bestSaving.lessThan(best.savingKgCO2e)))
        bestSaving = new Decimal(best.savingKgCO2e)
      const scope = n === 0 ? ((item as any).ghgScope as number | null) : null
      return {
        item: docs.items[i].PurchaseOrderItem,
        line: n === 0 ? docs.items[i].PurchaseOrderItem : (values.documentItem ?? null),
        kind,
        documentType: a.documentType,
        description: n === 0 ? text(items[i].description) : (values.description ?? null),
        ghgScope: scope ?? null,
        category: v?.category_code ?? null,
        categoryName: v ? (categories.get(v.category_code) ?? null) : null,
        method: v?.method_code ?? null,
        rule: rule?.ruleKey ?? null,
        ruleName: rule?.name ?? null,
        factor: v?.factor_ID ?? null,
        factorName: factor?.description?.slice(0, 255) ?? null,
        factorValue: factor?.value == null ? null : String(factor.value),
        factorUnit: factor ? (factor.unit_code ? `kgCO2e/${factor.unit_code}` : `kgCO2e/${factor.currency_code ?? ''}`) : null,
        factorSetVersion: v?.factorSetVersion ?? null,
        quantity: a.quantity ?? a.transportMass ?? null,
        unit: a.unit_code ?? a.transportMassUnit_code ?? null,
        amount: a.amount ?? null,
        currency: a.currency_code ?? null,
        kgCO2e: v ? new Decimal(v.kgCO2eLocation).toFixed(6) : null,
        kgCO2eMarket: v ? new Decimal(v.kgCO2eMarket).toFixed(6) : null,
        dqScore: v ? new Decimal(v.dqScore).toFixed(2) : null,
        explanation:
          v?.explanation?.slice(0, 2000) ??
          (scope ? `energy the company burns or consumes: Scope ${scope}, outside Scope 3; its upstream is in the energy lines` : null),
        lineage: JSON.stringify(lineage),
        warnings: [
          ...(n === 0 ? itemWarnings[i] : []),
          ...lineage
            .filter(l => l.startsWith('assumption '))
            .map(l => {
              const [, code, message] = l.match(/^assumption ([^:]+): (.*)$/) ?? [null, 'ASSUMPTION', l]
              return { code, message: message.slice(0, 500), target: `order/items[${i}]` }
            })
        ],
        error: outcome && !outcome.ok ? { code: outcome.code, message: outcome.message.slice(0, 500), target: `order/items[${i}]` } : null,
        alternatives:
          ranking?.alternatives.map(alt => ({
            rank: alt.rank,
            supplier: alt.supplier ?? null,
            supplierName: alt.supplier ? (master.suppliers.get(alt.supplier)?.name ?? null) : null,
            material: alt.material ?? null,
            materialName: alt.material ? (materials.get(alt.material)?.name ?? null) : null,
            basis: alt.basis,
            method: alt.method ?? null,
            factor: alt.factor ?? null,
            kgCO2e: alt.kgCO2e,
            savingKgCO2e: alt.savingKgCO2e,
            savingPercent: alt.savingPercent,
            dqScore: alt.dqScore == null ? null : new Decimal(alt.dqScore).toFixed(2),
            worseData: alt.worseData,
            historyLines: alt.historyLines ?? null,
            note: alt.note.slice(0, 500)
          })) ?? [],
        alternativesNote: ranking?.note.slice(0, 2000) ?? null
      }
    })
  )
  return {
    purchaseOrder: text(order.purchaseOrder),
    companyCode,
    supplier,
    supplierName: supplier ? (master.suppliers.get(supplier)?.name ?? null) : null,
    postingDate,
    kgCO2e: total.all.toFixed(6),
    kgCO2eMarket: total.market.toFixed(6),
    kgCO2eGoods: total.goods.toFixed(6),
    kgCO2eTransport: total.transport.toFixed(6),
    kgCO2eEnergy: total.energy.toFixed(6),
    bestSavingKgCO2e: (bestSaving as Decimal | null)?.toFixed(6) ?? null,
    lines,
    warnings
  }
}

/**
 * The alternatives of each item: other suppliers that supply the material (or group), by a rule of their own or
 * earlier orders in the user's company codes, and other materials of the group with a rule of their own; each
 * estimated for the same quantity with the same derivation and engine, its transport included.
 */
async function alternativesOf(
  rows: ItemRow[],
  derived: ReturnType<typeof engineRows>,
  outcomes: Map<string, AttributionOutcome>,
  master: Master,
  companyCodes: string[] | undefined
): Promise<Map<number, ReturnType<typeof rankAlternatives>>> {
  const result = new Map<number, ReturnType<typeof rankAlternatives>>()
  const eligible = rows.flatMap((row, i) =>
    derived[i].item.ghgScope == null && outcomes.get(row.ID)?.ok === true && (row.material_ID || row.materialGroup_code) ? [i] : []
  )
  if (!eligible.length) return result
  const candidates: Array<{ index: number; supplier?: string; material?: string; row: ItemRow }> = []
  const cache = new Map<string, { suppliers: string[]; materials: string[] }>()
  for (const i of eligible) {
    const row = rows[i]
    const key = `${row.material_ID ?? ''}|${row.materialGroup_code ?? ''}|${row.supplier_ID ?? ''}`
    if (!cache.has(key)) cache.set(key, await candidatesFor(row, companyCodes))
    const { suppliers, materials } = cache.get(key)!
    for (const s of suppliers) candidates.push({ index: i, supplier: s, row: { ...row, ID: cds.utils.uuid(), supplier_ID: s } })
    for (const m of materials) candidates.push({ index: i, material: m, row: { ...row, ID: cds.utils.uuid(), material_ID: m } })
  }
  // the candidates' master data (country, region), then their lines and figures, all at once
  const unknown = [...new Set(candidates.map(c => c.supplier).filter(s => s && !master.suppliers.has(s)))] as string[]
  for (let k = 0; k < unknown.length; k += 1000)
    for (const s of await SELECT.from(Suppliers)
      .columns('ID', 'name', 'country_code')
      .where({ ID: { in: unknown.slice(k, k + 1000) } }))
      master.suppliers.set(s.ID!, s)
  const candidateRows = candidates.length ? engineRows(await deriveOrderLines(candidates.map(c => c.row)), master) : []
  const candidateOutcomes = await attributeAll(candidateRows.flatMap(d => [d.item, ...d.lines]))
  const history = await historyOf(
    rows,
    candidates.filter(c => c.supplier),
    companyCodes
  )
  const byItem = new Map<number, Candidate[]>()
  candidates.forEach((c, k) => {
    const { item, lines } = candidateRows[k]
    const outcome = candidateOutcomes.get(item.ID)
    const derivedKg = lines.reduce((s, l) => s.plus(kgOf(candidateOutcomes.get(l.ID))), new Decimal(0))
    let candidate: Candidate
    if (item.ghgScope != null || !outcome)
      candidate = { supplier: c.supplier, material: c.material, basis: BASES.average, error: 'energy, outside Scope 3' }
    else if (!outcome.ok)
      candidate = { supplier: c.supplier, material: c.material, basis: BASES.average, error: `${outcome.code}: ${outcome.message}` }
    else {
      const v = outcome.values
      const own = c.supplier ? history.get(`${c.index}|${c.supplier}`) : undefined
      if (v.method_code === 'supplier-specific' || !own)
        candidate = {
          supplier: c.supplier,
          material: c.material,
          kgCO2e: new Decimal(v.kgCO2eLocation).plus(derivedKg).toFixed(6),
          dqScore: v.dqScore,
          basis: v.method_code === 'supplier-specific' ? BASES.footprint : BASES.average,
          method: v.method_code,
          factor: v.factor_ID
        }
      else
        candidate = {
          supplier: c.supplier,
          material: c.material,
          kgCO2e: own.perUnit
            .times(rows[c.index].quantity ?? 0)
            .plus(derivedKg)
            .toDecimalPlaces(6, Decimal.ROUND_HALF_EVEN)
            .toFixed(6),
          dqScore: own.dqScore,
          basis: BASES.history,
          method: 'supplier-specific',
          factor: null,
          historyLines: own.lines
        }
    }
    byItem.set(c.index, [...(byItem.get(c.index) ?? []), candidate])
  })
  for (const i of eligible) {
    const { item, lines } = derived[i]
    const v = (outcomes.get(item.ID) as Extract<AttributionOutcome, { ok: true }>).values
    const kg = lines.reduce((s, l) => s.plus(kgOf(outcomes.get(l.ID))), new Decimal(v.kgCO2eLocation))
    const row = rows[i]
    const subject = row.material_ID ? `material ${row.material_ID}` : `material group ${row.materialGroup_code}`
    result.set(i, rankAlternatives({ kgCO2e: kg, dqScore: v.dqScore }, byItem.get(i) ?? [], subject))
  }
  return result
}

/**
 * Who else could deliver this: suppliers with an active rule of their own for the material (or group), then those the
 * user's company codes bought it from, most lines first; and materials of the group with a rule of their own.
 */
async function candidatesFor(row: ItemRow, companyCodes: string[] | undefined): Promise<{ suppliers: string[]; materials: string[] }> {
  const material = row.material_ID as string | null
  const group = row.materialGroup_code as string | null
  const same = material ? { material_ID: material } : { materialGroup_code: group }
  const [ruled, bought, groupMaterials] = await Promise.all([
    SELECT.from(AttributionRules)
      .columns('supplier_ID')
      .where({ active: true, supplier_ID: { '!=': null }, ...same }),
    SELECT.from(Activities)
      .columns('supplier_ID', 'count(1) as lines')
      .where({
        documentType: PURCHASE_ORDER_ITEM,
        status_code: { '!=': 'cancelled' },
        supplier_ID: { '!=': null },
        ...same,
        ...(companyCodes ? { companyCode_code: { in: companyCodes } } : {})
      })
      .groupBy('supplier_ID')
      .orderBy('lines desc', 'supplier_ID')
      .limit(MAX_SUPPLIERS),
    material && group
      ? SELECT.from(Materials)
          .columns('ID')
          .where({ materialGroup_code: group, ID: { '!=': material } })
      : []
  ])
  const suppliers = [...new Set([...ruled.map(r => r.supplier_ID!).sort(), ...bought.map((b: any) => b.supplier_ID as string)])]
    .filter(s => s !== row.supplier_ID)
    .slice(0, MAX_SUPPLIERS)
  // materials with a rule of their own that any supplier (or this one) gets: the others would get the group's figure
  const materials = groupMaterials.length
    ? [
        ...new Set(
          (
            await SELECT.from(AttributionRules)
              .columns('material_ID')
              .where({ active: true, material_ID: { in: groupMaterials.map(m => m.ID!) } })
              .and({ supplier_ID: null, or: { supplier_ID: row.supplier_ID ?? '' } })
          ).map(r => r.material_ID!)
        )
      ].sort()
    : []
  return { suppliers, materials }
}

/**
 * The history basis: per item and candidate supplier, the supplier's earlier lines of the same material in the same
 * unit figured with its own data (supplier-specific), newest first: kg CO2e per unit and their kg-weighted data
 * quality. Lines figured with average or spend factors are no history of the supplier (a lower price is no lower
 * emission). In the user's company codes only.
 */
async function historyOf(
  rows: ItemRow[],
  candidates: Array<{ index: number; supplier?: string }>,
  companyCodes: string[] | undefined
): Promise<Map<string, { perUnit: Decimal; dqScore: string; lines: number }>> {
  const result = new Map<string, { perUnit: Decimal; dqScore: string; lines: number }>()
  const byItem = new Map<number, string[]>()
  for (const c of candidates) byItem.set(c.index, [...(byItem.get(c.index) ?? []), c.supplier!])
  for (const [index, suppliers] of byItem) {
    const row = rows[index]
    if (!row.material_ID || !row.unit_code || !row.quantity) continue
    const lines = await SELECT.from(Activities)
      .columns('supplier_ID', 'quantity', 'current.kgCO2eLocation as kg', 'current.dqScore as dq')
      .where({
        documentType: PURCHASE_ORDER_ITEM,
        status_code: { '!=': 'cancelled' },
        material_ID: row.material_ID,
        unit_code: row.unit_code,
        supplier_ID: { in: suppliers },
        'current.method_code': 'supplier-specific',
        ...(companyCodes ? { companyCode_code: { in: companyCodes } } : {})
      })
      .orderBy('postingDate desc', 'ID')
      .limit(MAX_HISTORY)
    const acc = new Map<string, { kg: Decimal; qty: Decimal; kgDq: Decimal; lines: number }>()
    for (const l of lines as any[]) {
      if (l.kg == null || l.quantity == null) continue
      const a = acc.get(l.supplier_ID) ?? { kg: new Decimal(0), qty: new Decimal(0), kgDq: new Decimal(0), lines: 0 }
      a.kg = a.kg.plus(l.kg)
      a.qty = a.qty.plus(l.quantity)
      a.kgDq = a.kgDq.plus(new Decimal(l.kg).times(l.dq ?? 5))
      a.lines++
      acc.set(l.supplier_ID, a)
    }
    for (const [supplier, a] of acc) {
      if (a.qty.isZero() || a.kg.isZero()) continue
      result.set(`${index}|${supplier}`, {
        perUnit: a.kg.div(a.qty),
        dqScore: a.kgDq.div(a.kg).toDecimalPlaces(2, Decimal.ROUND_HALF_EVEN).toFixed(2),
        lines: a.lines
      })
    }
  }
  return result
}
