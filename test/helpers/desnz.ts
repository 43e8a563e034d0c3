import fs from 'node:fs'
import path from 'node:path'
import { parse } from 'csv-parse/sync'
import { Decimal } from '../../srv/lib/common/decimal'

/**
 * The DESNZ 2025 source rows as published (db/sources), for expected values computed in tests: a factor by its ID
 * or its path of level texts, and the well-to-tank row of a travel or freight factor, found here by the published
 * section names ("WTT- flights" beside "Flights"), independently of the app's import.
 */
export const desnzRows: Array<Record<string, string>> = parse(
  fs.readFileSync(path.join(__dirname, '..', '..', 'db', 'sources', 'DESNZ_GHG_conversion_factors_2025_flat_v1.csv')),
  { columns: true, bom: true }
)
const totals = desnzRows.filter(r => r['GHG/Unit'] === 'kg CO2e')
const byId = new Map(totals.map(r => [r.ID, r]))
const pathOf = (r: Record<string, string>): string =>
  [r['Level 1'], r['Level 2'], r['Level 3'], r['Level 4'], r['Column Text']].filter(Boolean).join(' › ')

/** the kg CO2e row of a DESNZ factor ID */
export function desnzRow(id: string): Record<string, string> {
  const row = byId.get(id)
  if (!row) throw new Error(`no DESNZ row ${id}`)
  return row
}

/** the value of a DESNZ factor, by ID or by path (and unit) */
export function desnzValue(idOrPath: string, uom?: string): Decimal {
  const row = byId.get(idOrPath) ?? totals.find(r => pathOf(r) === idOrPath && (!uom || r.UOM === uom))
  if (!row) throw new Error(`no DESNZ row ${idOrPath}`)
  return new Decimal(row['GHG Conversion Factor 2025'])
}

const WTT_SECTIONS: Record<string, string> = {
  'Business travel- air': 'WTT- business travel- air',
  'Business travel- land': 'WTT- pass vehs & travel- land',
  'Freighting goods': 'WTT- delivery vehs & freight',
  Fuels: 'WTT- fuels'
}

/** the well-to-tank value of a travel, freight or fuel factor (its "WTT-" row: same levels 3-5 and unit), by ID */
export function desnzWtt(id: string): Decimal {
  const value = desnzWttOf(id)
  if (!value) throw new Error(`no well-to-tank row for DESNZ ${id}`)
  return value
}

/** the same, or undefined where DESNZ publishes none (hotel stays, waste) */
export function desnzWttOf(id: string): Decimal | undefined {
  const r = desnzRow(id)
  const section = WTT_SECTIONS[r['Level 1']]
  const level2 = r['Level 1'] === 'Fuels' ? r['Level 2'] : `WTT- ${r['Level 2']}`
  const wtt = totals.find(
    w =>
      w['Level 1'] === section &&
      w['Level 2'].toLowerCase() === level2.toLowerCase() &&
      w['Level 3'] === r['Level 3'] &&
      w['Level 4'] === r['Level 4'] &&
      w['Column Text'] === r['Column Text'] &&
      w.UOM === r.UOM
  )
  return wtt ? new Decimal(wtt['GHG Conversion Factor 2025']) : undefined
}

/** the ID of a DESNZ factor by its path (and unit) */
export function desnzId(levels: string, uom?: string): string {
  const row = totals.find(r => pathOf(r) === levels && (!uom || r.UOM === uom))
  if (!row) throw new Error(`no DESNZ row ${levels}`)
  return row.ID
}
