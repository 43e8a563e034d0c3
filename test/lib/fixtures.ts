import { readFileSync } from 'node:fs'
import path from 'node:path'
import { parse } from 'csv-parse/sync'
import { UnitCatalog, type UnitRow } from '../../srv/lib/common/units'
import { MoneyConverter, type ExchangeRateRow, type PriceIndexRow } from '../../srv/lib/common/money'
import { type EngineContext } from '../../srv/lib/attribution/engine'

export const root = path.join(__dirname, '..', '..')

/** Rows of a CSV file of the project, as the database would seed them. */
export function csv<T = Record<string, string>>(file: string): T[] {
  return parse(readFileSync(path.join(root, file), 'utf8'), { columns: true, bom: true, skip_empty_lines: true }) as T[]
}

/** The unit catalogue exactly as deployed (db/data/scope3-Units.csv). */
export const units = new UnitCatalog(csv<UnitRow>('db/data/scope3-Units.csv'))

/** Small, hand-checkable rates: 1 EUR = 1.25 USD in 2024, 1 GBP = 1.5 USD in 2024; USD index 100 (2022), 110 (2024). */
export const money = new MoneyConverter(
  [
    { fromCurrency_code: 'EUR', toCurrency_code: 'USD', year: 2024, rate: '1.25' },
    { fromCurrency_code: 'EUR', toCurrency_code: 'USD', year: 2022, rate: '1.05' },
    { fromCurrency_code: 'USD', toCurrency_code: 'GBP', year: 2024, rate: '0.8' }
  ] satisfies ExchangeRateRow[],
  [
    { currency_code: 'USD', year: 2022, value: '100' },
    { currency_code: 'USD', year: 2024, value: '110' }
  ] satisfies PriceIndexRow[]
)

export const ctx: EngineContext = { units, money }
