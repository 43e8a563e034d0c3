import { Decimal, type DecimalInput } from '../common/decimal'
import { DISTANCE_LINE, SPEND_LINE } from '../attribution/upstream-transport'
import { ENERGY_LINE } from '../attribution/energy-upstream'

/**
 * the activity document types that make up a purchase order: its items, and the upstream transport and the upstream
 * of purchased energy derived from them
 */
export const PURCHASE_ORDER_LINES = ['PurchaseOrderItem', DISTANCE_LINE, SPEND_LINE, ENERGY_LINE]

/** a line of a purchase order with its current figure (none while it has no attribution) */
export interface PurchaseOrderLine {
  documentNumber: string
  documentType: string
  companyCode_code?: string | null
  supplier_ID?: string | null
  fiscalYear?: number | null
  fiscalPeriod?: number | null
  postingDate?: string | null
  status_code?: string | null
  kgCO2eLocation?: DecimalInput | null
  kgCO2eMarket?: DecimalInput | null
  dqScore?: DecimalInput | null
}

const min = <T>(values: Array<T | null | undefined>): T | null => values.filter(v => v != null).sort()[0] ?? null
const minNumber = (values: Array<number | null | undefined>): number | null =>
  values.filter(v => v != null).sort((a, b) => a! - b!)[0] ?? null
const sum = (values: Array<DecimalInput | null | undefined>): Decimal =>
  values.reduce<Decimal>((s, v) => (v == null ? s : s.plus(v)), new Decimal(0))
/** to the gram; none while no line has a figure */
const grams = (values: Array<DecimalInput | null | undefined>, any: boolean): string | null =>
  any ? sum(values).toFixed(3, Decimal.ROUND_HALF_EVEN) : null

/**
 * One row per purchase order from its lines: the exact sums of the current figures, rounded once to the gram (half to
 * even, like every figure of the app): all lines, and apart the goods (items), the transport the company pays and the
 * upstream of the energy it buys, each rounded from its own exact sum (so the parts can differ from the total by a
 * gram, as in any report that rounds each figure); the mean data-quality score to two decimals, and the status: provisional while
 * any line is, cancelled when all are, final otherwise. Deterministic: the same lines in any order give the same rows.
 */
export function purchaseOrderTotals(lines: PurchaseOrderLine[]): Array<Record<string, unknown>> {
  const orders = new Map<string, PurchaseOrderLine[]>()
  for (const line of lines) {
    const order = orders.get(line.documentNumber) ?? []
    order.push(line)
    orders.set(line.documentNumber, order)
  }
  return [...orders]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([documentNumber, order]) => {
      const items = order.filter(l => l.documentType === 'PurchaseOrderItem')
      const scores = order.map(l => l.dqScore).filter(s => s != null)
      const figured = order.some(l => l.kgCO2eLocation != null)
      const status = order.some(l => l.status_code === 'provisional')
        ? 'provisional'
        : order.every(l => l.status_code === 'cancelled')
          ? 'cancelled'
          : 'final'
      return {
        documentNumber,
        companyCode_code: min(order.map(l => l.companyCode_code)),
        supplier_ID: min(order.map(l => l.supplier_ID)),
        fiscalYear: minNumber(order.map(l => l.fiscalYear)),
        fiscalPeriod: minNumber(order.map(l => l.fiscalPeriod)),
        postingDate: min(order.map(l => l.postingDate)),
        itemCount: items.length,
        kgCO2e: grams(
          order.map(l => l.kgCO2eLocation),
          figured
        ),
        kgCO2eMarket: grams(
          order.map(l => l.kgCO2eMarket),
          order.some(l => l.kgCO2eMarket != null)
        ),
        kgCO2eGoods: grams(
          items.map(l => l.kgCO2eLocation),
          figured
        ),
        kgCO2eTransport: grams(
          order.filter(l => l.documentType === DISTANCE_LINE || l.documentType === SPEND_LINE).map(l => l.kgCO2eLocation),
          figured
        ),
        kgCO2eEnergy: grams(
          order.filter(l => l.documentType === ENERGY_LINE).map(l => l.kgCO2eLocation),
          figured
        ),
        dqScore: scores.length ? sum(scores).dividedBy(scores.length).toFixed(2, Decimal.ROUND_HALF_EVEN) : null,
        status,
        statusCriticality: status === 'provisional' ? 2 : status === 'cancelled' ? 0 : 3
      }
    })
}
