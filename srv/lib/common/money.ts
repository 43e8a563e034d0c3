import { Decimal, CalculationError, show, type DecimalInput } from './decimal'

export interface ExchangeRateRow {
  fromCurrency_code: string
  toCurrency_code: string
  year: number
  rate: DecimalInput
}
export interface PriceIndexRow {
  currency_code: string
  year: number
  value: DecimalInput
}

export interface SpendNormalisation {
  value: Decimal
  steps: string[]
}

/**
 * Moves spend into a factor's currency and price year: first the exchange rate of the spend year
 * (annual average), then the price index of the factor's currency from the spend year to the factor's year.
 * Rates and indexes are maintained data; a missing one is an error, never a silent 1:1.
 */
export class MoneyConverter {
  private readonly rates = new Map<string, Decimal>()
  private readonly indexes = new Map<string, Decimal>()
  private readonly inverses = new Map<string, Decimal>()
  private readonly deflators = new Map<string, Decimal>()

  constructor(rates: ExchangeRateRow[], indexes: PriceIndexRow[]) {
    for (const r of rates) this.rates.set(`${r.fromCurrency_code}>${r.toCurrency_code}@${r.year}`, new Decimal(r.rate))
    for (const i of indexes) this.indexes.set(`${i.currency_code}@${i.year}`, new Decimal(i.value))
  }

  rate(from: string, to: string, year: number): Decimal {
    if (from === to) return new Decimal(1)
    const direct = this.rates.get(`${from}>${to}@${year}`)
    if (direct) return direct
    const key = `${to}>${from}@${year}`
    const inverse = this.rates.get(key)
    if (inverse) {
      let rate = this.inverses.get(key)
      if (!rate) this.inverses.set(key, (rate = new Decimal(1).div(inverse)))
      return rate
    }
    throw new CalculationError('MISSING_EXCHANGE_RATE', `No exchange rate ${from} to ${to} for ${year}`, 'currency')
  }

  index(currency: string, year: number): Decimal {
    const value = this.indexes.get(`${currency}@${year}`)
    if (!value) throw new CalculationError('MISSING_PRICE_INDEX', `No price index for ${currency} in ${year}`, 'spendYear')
    return value
  }

  /** index(toYear) / index(fromYear), cached */
  private deflator(currency: string, fromYear: number, toYear: number, toIndex: Decimal, fromIndex: Decimal): Decimal {
    const key = `${currency}@${fromYear}>${toYear}`
    let ratio = this.deflators.get(key)
    if (!ratio) this.deflators.set(key, (ratio = toIndex.div(fromIndex)))
    return ratio
  }

  normalise(amount: Decimal, currency: string, spendYear: number, toCurrency: string, toYear?: number): SpendNormalisation {
    const from = currency.toUpperCase()
    const to = toCurrency.toUpperCase()
    const steps: string[] = []
    let value = amount
    if (from !== to) {
      const rate = this.rate(from, to, spendYear)
      value = value.times(rate)
      steps.push(`${show(amount)} ${from} × ${show(rate)} ${to}/${from} (${spendYear} average) = ${show(value)} ${to}`)
    }
    if (toYear !== undefined && toYear !== spendYear) {
      const fromIndex = this.index(to, spendYear)
      const toIndex = this.index(to, toYear)
      const before = value
      value = value.times(this.deflator(to, spendYear, toYear, toIndex, fromIndex))
      steps.push(
        `${show(before)} ${to} (${spendYear} prices) × index ${show(toIndex)}/${show(fromIndex)} = ${show(value)} ${to} (${toYear} prices)`
      )
    }
    return { value, steps }
  }
}
