import cds from '@sap/cds'
import { companyCodesOf } from '../common/company-code-isolation'
import { estimatePurchaseOrder, EstimateInputError, type EstimateOrderInput } from './purchase-order-estimate'
import { PURCHASE_ORDER_ITEM } from '../lib/ingestion/s4-mapping'
import { Decimal, tonnesShown } from '../lib/common/decimal'

/**
 * The figures of the buyer's kept requisitions and order drafts (EmissionsService.OrderEstimates, app/order-estimates):
 * only what the buyer entered is stored; each read fills the virtual figures with the estimate of the whole draft
 * (purchase-order-estimate.ts), so they are always today's. A draft that cannot be estimated yet (no company code, no
 * item) says why in `estimateNote`; a read never fails because of its estimate.
 */

type Row = Record<string, any>
type Estimate = Awaited<ReturnType<typeof estimatePurchaseOrder>> & { lines: Row[]; warnings: Row[] }

const kg = (v: unknown): string | null => (v == null ? null : new Decimal(v as string).toFixed(6))
/** a figure in tonnes for lists and headers: the exact kg / 1000, rounded half to even to 3 decimals */
const t = (v: unknown): string | null => (v == null ? null : tonnesShown(v as string))

/** the draft as the estimate takes it, its items in their order (item number, then creation) */
async function estimateOf(
  header: Row,
  items: Row[],
  options: { alternatives: boolean; companyCodes: string[] | undefined }
): Promise<{ estimate?: Estimate; problem?: string }> {
  const order: EstimateOrderInput = {
    companyCode: header.companyCode_code,
    supplier: header.supplier_ID,
    currency: header.currency_code,
    incoterms: header.incoterms,
    orderDate: header.orderDate,
    items: items.map(i => ({
      item: i.item,
      material: i.material_ID,
      materialGroup: i.materialGroup_code,
      plant: i.plant_code,
      description: i.description,
      quantity: i.quantity,
      unit: i.unit,
      netPrice: i.netPrice,
      priceQuantity: i.priceQuantity,
      netWeight: i.netWeight,
      weightUnit: i.weightUnit
    }))
  }
  try {
    return { estimate: (await estimatePurchaseOrder(order, options)) as Estimate }
  } catch (e) {
    if (e instanceof EstimateInputError) return { problem: `not estimated yet: ${e.message}` }
    throw e
  }
}

/** per item of the draft (in its order): its own line and the lines derived from it */
function linesPerItem(estimate: Estimate): Row[][] {
  const per: Row[][] = []
  for (const line of estimate.lines) {
    if (line.documentType === PURCHASE_ORDER_ITEM) per.push([line])
    else per[per.length - 1].push(line)
  }
  return per
}

const alternativeText = (a: Row): string =>
  `${a.rank as number}. ${[a.supplierName ?? a.supplier, a.material && `material ${a.materialName ?? a.material}`].filter(Boolean).join(', ')}: ` +
  `${new Decimal(a.kgCO2e).toDecimalPlaces(3).toFixed(3)} kg CO2e (−${new Decimal(a.savingKgCO2e).toDecimalPlaces(3).toFixed(3)} kg, ` +
  `−${a.savingPercent as string} %), ${a.basis as string}, DQ ${a.dqScore as string}${a.worseData ? ', worse data than the item' : ''}`

/** the virtual figures of one item from its lines */
function itemFigures(lines: Row[]): Row {
  const [own, ...derived] = lines
  const best = (own.alternatives as Row[]).find(a => !a.worseData)
  const notes = lines.flatMap(l => [
    ...(l.warnings as Row[]).map(w => w.message as string),
    ...(l.error ? [l.error.message as string] : [])
  ])
  const kgDerived = derived.length ? derived.reduce((s: Decimal, l: Row) => s.plus(l.kgCO2e ?? 0), new Decimal(0)).toFixed(6) : null
  return {
    kgCO2e: kg(own.kgCO2e),
    kgCO2eDerived: kgDerived,
    tCO2e: t(own.kgCO2e),
    tCO2eDerived: t(kgDerived),
    bestSavingTCO2e: t(best?.savingKgCO2e),
    category:
      own.category == null
        ? own.ghgScope
          ? `Scope ${own.ghgScope as number}`
          : null
        : `${own.category as number} ${own.categoryName as string}`,
    method: own.method,
    factor: own.factor,
    rule: own.rule,
    dqScore: own.dqScore,
    explanation: own.explanation,
    warningsText: notes.length ? notes.join('\n').slice(0, 2000) : null,
    bestSupplier: best?.supplier ?? null,
    bestSupplierName: best?.supplierName ?? null,
    bestMaterial: best?.material ?? null,
    bestBasis: best?.basis ?? null,
    bestKgCO2e: kg(best?.kgCO2e),
    bestSavingKgCO2e: kg(best?.savingKgCO2e),
    alternativesText: (own.alternatives as Row[]).length
      ? (own.alternatives as Row[]).map(alternativeText).join('\n').slice(0, 2000)
      : null,
    alternativesNote: own.alternativesNote
  }
}

/** Fills the virtual figures of OrderEstimates and OrderEstimateItems (active and drafts) after every read. */
export function estimateOnRead(srv: cds.ApplicationService): void {
  const { OrderEstimates: Estimates, OrderEstimateItems: Items } = srv.entities as Record<string, any>
  const tables = (draft: boolean): { header: any; items: any } =>
    draft ? { header: Estimates.drafts, items: Items.drafts } : { header: Estimates, items: Items }
  const isDraft = (req: cds.Request): boolean => String((req.target as any)?.name ?? '').endsWith('.drafts')
  const rowsOf = (result: unknown): Row[] => ([result ?? []].flat() as Row[]).filter(r => typeof r === 'object' && r?.ID != null)

  for (const target of [Estimates, Estimates.drafts]) {
    srv.after('READ', target, async (result: unknown, req: cds.Request) => {
      const rows = rowsOf(result)
      if (!rows.length) return
      const { header, items } = tables(isDraft(req))
      const ids = rows.map(r => r.ID as string)
      const [headers, lines] = await Promise.all([
        SELECT.from(header).where({ ID: { in: ids } }),
        SELECT.from(items)
          .where({ estimate_ID: { in: ids } })
          .orderBy('item', 'ID')
      ])
      // the object page (one draft) with its best alternative; a list without (fast)
      const options = { alternatives: rows.length === 1, companyCodes: companyCodesOf(req.user) }
      for (const row of rows) {
        const h = (headers as Row[]).find(x => x.ID === row.ID)
        if (!h) continue
        const { estimate, problem } = await estimateOf(
          h,
          (lines as Row[]).filter(l => l.estimate_ID === row.ID),
          options
        )
        Object.assign(row, {
          kgCO2e: estimate?.kgCO2e ?? null,
          kgCO2eGoods: estimate?.kgCO2eGoods ?? null,
          kgCO2eTransport: estimate?.kgCO2eTransport ?? null,
          kgCO2eEnergy: estimate?.kgCO2eEnergy ?? null,
          bestSavingKgCO2e: estimate?.bestSavingKgCO2e ?? null,
          tCO2e: t(estimate?.kgCO2e),
          tCO2eGoods: t(estimate?.kgCO2eGoods),
          tCO2eTransport: t(estimate?.kgCO2eTransport),
          tCO2eEnergy: t(estimate?.kgCO2eEnergy),
          bestSavingTCO2e: t(estimate?.bestSavingKgCO2e),
          estimateNote: problem ?? ((estimate?.warnings.map(w => w.message as string).join('\n') || null) as string | null)
        })
        // items read with their order ($expand): their figures too
        if (Array.isArray(row.items) && estimate) {
          const per = linesPerItem(estimate)
          const order = (lines as Row[]).filter(l => l.estimate_ID === row.ID)
          for (const item of row.items as Row[]) {
            const i = order.findIndex(o => o.ID === item.ID)
            if (per[i]) Object.assign(item, itemFigures(per[i]))
          }
        }
      }
    })
  }

  for (const target of [Items, Items.drafts]) {
    srv.after('READ', target, async (result: unknown, req: cds.Request) => {
      const rows = rowsOf(result)
      if (!rows.length) return
      const { header, items } = tables(isDraft(req))
      const parents = (
        await SELECT.from(items)
          .columns('ID', 'estimate_ID')
          .where({ ID: { in: rows.map(r => r.ID as string) } })
      ).map((r: Row) => r.estimate_ID as string)
      const options = { alternatives: true, companyCodes: companyCodesOf(req.user) }
      for (const estimateID of new Set(parents)) {
        const [h, all] = await Promise.all([
          SELECT.one.from(header).where({ ID: estimateID }),
          SELECT.from(items).where({ estimate_ID: estimateID }).orderBy('item', 'ID')
        ])
        if (!h) continue
        const { estimate, problem } = await estimateOf(h, all as Row[], options)
        const per = estimate ? linesPerItem(estimate) : []
        ;(all as Row[]).forEach((item, i) => {
          const row = rows.find(r => r.ID === item.ID)
          if (row) Object.assign(row, per[i] ? itemFigures(per[i]) : { warningsText: problem ?? null })
        })
      }
    })
  }
}
