import fs from 'node:fs'
import path from 'node:path'
import { parse } from 'csv-parse/sync'
import { Decimal, type DecimalInput } from '../../srv/lib/common/decimal'

/**
 * The US EPA v1.3 supply-chain factors as published (db/sources) and the demo exchange rates and US CPI (db/data), for
 * expected spend-based figures computed in tests independently of the app's import and money conversion.
 */
const db = path.join(__dirname, '..', '..', 'db')
const csv = (file: string, bom = false): Array<Record<string, string>> =>
  parse(fs.readFileSync(path.join(db, file)), { columns: true, bom })
const factors = new Map(
  csv('sources/SupplyChainGHGEmissionFactors_v1.3.0_NAICS_CO2e_USD2022.csv', true).map(r => [r['2017 NAICS Code'], r])
)

/** an EPA factor (kg CO2e per 2022 USD) of a NAICS code, at purchaser price ("with margins") or producer price */
export function epaFactor(naics: string, margins: 'with' | 'without' = 'with'): string {
  const row = factors.get(naics)
  if (!row) throw new Error(`no EPA row ${naics}`)
  return row[`Supply Chain Emission Factors ${margins} Margins`]
}

const rates = csv('data/scope3-ExchangeRates.csv')
const indexes = csv('data/scope3-PriceIndexes.csv')
const cpi = (year: string): string => indexes.find(r => r.currency_code === 'USD' && r.year === year)!.value

/** euros spent in a year as the 2022 US dollars EPA's factors are per: the year's demo rate, deflated by the US CPI */
export function usd2022(eur: DecimalInput, year = '2026'): Decimal {
  const rate = rates.find(r => r.fromCurrency_code === 'EUR' && r.toCurrency_code === 'USD' && r.year === year)!.rate
  return new Decimal(eur).times(rate).times(cpi('2022')).div(cpi(year))
}
