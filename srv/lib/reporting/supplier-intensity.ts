import { Decimal, type DecimalInput } from '../common/decimal'
import { askPriority } from '../quality/remediation-policy'

/**
 * Suppliers of a material group side by side (docs/estimates.md): their emissions per unit bought and per currency
 * unit spent, how good the data behind them is, and whom to ask for a product footprint first. Pure.
 */

/** one attributed purchase order item, as the ranking reads it */
export interface SupplierLine {
  supplier: string
  kgCO2e: DecimalInput
  quantity?: DecimalInput | null
  unit?: string | null
  amount?: DecimalInput | null
  currency?: string | null
  dqScore?: DecimalInput | null
  method?: string | null
}

export interface SupplierIntensity {
  rank: number
  supplier: string
  lines: number
  kgCO2e: string
  quantity: string | null
  unit: string | null
  kgCO2ePerUnit: string | null
  amount: string | null
  currency: string | null
  kgCO2ePerCurrency: string | null
  /** kg-weighted data-quality score, 1 very good to 5 very poor */
  dqScore: string
  primaryDataPercent: string
  /** kg CO2e × (dqScore − 1) / 4, the remediation agent's priority (srv/lib/quality/remediation-policy.ts) */
  askPriority: string
}

const PRIMARY = 'supplier-specific'

/** what is summed per supplier */
interface Sums {
  lines: number
  kg: Decimal
  kgDq: Decimal
  dq: Decimal
  primary: Decimal
  qty: Decimal
  units: Set<string>
  amount: Decimal
  currencies: Set<string>
}

/**
 * Per supplier: totals, intensities (only where all its lines share one unit, or one currency: a sum over different
 * units means nothing) and the priority of asking it for a footprint. Lines are added as they are read (`add`), so
 * memory grows with the suppliers, not with the lines; `ranked` orders them by that priority, highest first, then by
 * emissions and supplier id, so the order is total.
 */
export class SupplierIntensities {
  private readonly sums = new Map<string, Sums>()

  add(l: SupplierLine): void {
    let s = this.sums.get(l.supplier)
    if (!s)
      this.sums.set(
        l.supplier,
        (s = {
          lines: 0,
          kg: new Decimal(0),
          kgDq: new Decimal(0),
          dq: new Decimal(0),
          primary: new Decimal(0),
          qty: new Decimal(0),
          units: new Set(),
          amount: new Decimal(0),
          currencies: new Set()
        })
      )
    const kg = new Decimal(l.kgCO2e)
    const dq = new Decimal(l.dqScore ?? 5)
    s.lines++
    s.kg = s.kg.plus(kg)
    s.kgDq = s.kgDq.plus(kg.times(dq))
    s.dq = s.dq.plus(dq)
    if (l.method === PRIMARY) s.primary = s.primary.plus(kg)
    s.qty = s.qty.plus(l.quantity ?? 0)
    s.units.add(l.unit ?? '')
    s.amount = s.amount.plus(l.amount ?? 0)
    s.currencies.add(l.currency ?? '')
  }

  ranked(): SupplierIntensity[] {
    const per = (kg: Decimal, of: Decimal): string | null =>
      of.isZero() ? null : kg.div(of).toDecimalPlaces(6, Decimal.ROUND_HALF_EVEN).toFixed(6)
    return [...this.sums]
      .map(([supplier, s]) => {
        const oneUnit = s.units.size === 1 && !s.units.has('')
        const oneCurrency = s.currencies.size === 1 && !s.currencies.has('')
        const dq = (s.kg.gt(0) ? s.kgDq.div(s.kg) : s.dq.div(s.lines)).toDecimalPlaces(2, Decimal.ROUND_HALF_EVEN)
        return {
          rank: 0,
          supplier,
          lines: s.lines,
          kgCO2e: s.kg.toFixed(6),
          quantity: oneUnit ? s.qty.toFixed(3) : null,
          unit: oneUnit ? [...s.units][0] : null,
          kgCO2ePerUnit: oneUnit ? per(s.kg, s.qty) : null,
          amount: oneCurrency ? s.amount.toFixed(2) : null,
          currency: oneCurrency ? [...s.currencies][0] : null,
          kgCO2ePerCurrency: oneCurrency ? per(s.kg, s.amount) : null,
          dqScore: dq.toFixed(2),
          primaryDataPercent: s.kg.isZero() ? '0.0' : s.primary.div(s.kg).times(100).toDecimalPlaces(1, Decimal.ROUND_HALF_EVEN).toFixed(1),
          askPriority: askPriority(s.kg, dq).toFixed(6)
        }
      })
      .sort(
        (a, b) =>
          new Decimal(b.askPriority).comparedTo(a.askPriority) ||
          new Decimal(b.kgCO2e).comparedTo(a.kgCO2e) ||
          (a.supplier < b.supplier ? -1 : a.supplier > b.supplier ? 1 : 0)
      )
      .map((s, i) => ({ ...s, rank: i + 1 }))
  }
}
