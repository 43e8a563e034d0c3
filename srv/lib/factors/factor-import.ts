import { parse } from 'csv-parse/sync'
import { type UnitCatalog } from '../common/units'
import { HOTEL_COUNTRIES } from './activity-templates'
import { AIR_ROUTE_LABELS } from './flights'

/** The version of the parsers below: a set loaded by an older one is loaded again from the same file. */
export const IMPORT_VERSION = 2

/** A factor as read from a published dataset, ready to store (values kept as the source wrote them). */
export interface ImportedFactor {
  code: string
  family: string
  description: string
  unit_code?: string
  currency_code?: string
  value: string
  /** the same factor at producer price (EPA: without margins), where the source has it */
  producerPriceValue?: string
  /** DESNZ: the well-to-tank factor of the same travel, freight or fuel (its "WTT-" row), per the same unit */
  wttValue?: string
  biogenicCO2?: string
  region_code: string
  year: number
  validFrom?: string
  validTo?: string
  sourceScope?: string
  sourcePath: string
  gases: Array<{ gas_code: string; value: string; sourceId: string }>
}

export interface ImportSkip {
  rowNumber: number
  sourceId: string
  reason: string
}

export interface ParsedFactorSet {
  rowsRead: number
  factors: ImportedFactor[]
  /** per-gas values attached to their factor; each is one source row */
  gasRows: number
  skipped: ImportSkip[]
}

const DECIMAL = /^-?\d+(\.\d+)?$/

function readCsv(text: string): Array<Record<string, string>> {
  return parse(text, { columns: true, bom: true, skip_empty_lines: true, trim: true })
}

/**
 * US EPA Supply Chain GHG Emission Factors v1.3 by NAICS-6 (kg CO2e per 2022 USD, purchaser price).
 * The "with margins" column is the purchaser-price factor, which is what POs and invoices show; the "without
 * margins" column (producer price: no transport, wholesale or retail margins) is kept beside it for goods whose
 * transport is accounted for in category 4.
 */
export function parseEpaSupplyChain(text: string): ParsedFactorSet {
  const rows = readCsv(text)
  const result: ParsedFactorSet = { rowsRead: rows.length, factors: [], gasRows: 0, skipped: [] }
  rows.forEach((row, i) => {
    const rowNumber = i + 2
    const code = row['2017 NAICS Code']
    const value = row['Supply Chain Emission Factors with Margins']
    if (!/^\d{6}$/.test(code)) return result.skipped.push({ rowNumber, sourceId: code, reason: 'NAICS code is not six digits' })
    if (row.GHG !== 'All GHGs') return result.skipped.push({ rowNumber, sourceId: code, reason: `GHG '${row.GHG}' is not the CO2e total` })
    if (!DECIMAL.test(value)) return result.skipped.push({ rowNumber, sourceId: code, reason: 'no factor with margins' })
    result.factors.push({
      code,
      family: `naics:${code}`,
      description: row['2017 NAICS Title'],
      currency_code: 'USD',
      value,
      producerPriceValue: DECIMAL.test(row['Supply Chain Emission Factors without Margins'])
        ? row['Supply Chain Emission Factors without Margins']
        : undefined,
      region_code: 'US',
      year: 2022,
      sourcePath: `NAICS 2017 ${code} / USEEIO ${row['Reference USEEIO Code']}`,
      gases: []
    })
  })
  return result
}

/** DESNZ units that mean something narrower than the same symbol elsewhere: road vehicle distances. */
const DESNZ_UNITS: Record<string, string> = { km: 'VKM', miles: 'VMI' }
const DESNZ_GASES: Record<string, string> = {
  'kg CO2e of CO2 per unit': 'CO2',
  'kg CO2e of CH4 per unit': 'CH4',
  'kg CO2e of N2O per unit': 'N2O'
}

/**
 * UK DESNZ GHG conversion factors 2025, flat file. One factor per row in `kg CO2e`; the per-gas rows of the
 * same factor (same ID but the last segment) become its gas values. "Outside of scopes" rows carry biogenic
 * CO2 only: they are loaded with 0 kg CO2e and the biogenic CO2 beside it, as the GHG Protocol reports it.
 * Valid from 2025 with no end: a later edition wins by its later year (see chooseFactor).
 */
export function parseDesnz(text: string, units: UnitCatalog): ParsedFactorSet {
  const rows = readCsv(text)
  const result: ParsedFactorSet = { rowsRead: rows.length, factors: [], gasRows: 0, skipped: [] }
  const byId = new Map<string, ImportedFactor>()
  const factorId = (id: string): string => id.replace(/_\d+$/, '_1')
  rows.forEach((row, i) => {
    const rowNumber = i + 2
    const id = row.ID
    const value = row['GHG Conversion Factor 2025']
    const ghgUnit = row['GHG/Unit']
    const skip = (reason: string): number => result.skipped.push({ rowNumber, sourceId: id, reason })
    if (!value) return skip('no factor in the source (not applicable)')
    if (!DECIMAL.test(value)) return skip(`factor '${value}' is not a decimal`)
    const gas = DESNZ_GASES[ghgUnit]
    const total = byId.get(factorId(id))
    if (gas && total) {
      total.gases.push({ gas_code: gas, value, sourceId: id })
      result.gasRows++
      return
    }
    if (ghgUnit !== 'kg CO2e' && !(gas === 'CO2' && row.Scope === 'Outside of Scopes')) {
      return skip(gas ? 'gas value of a factor that has no total' : `'${ghgUnit}' is an energy conversion, not an emission factor`)
    }
    const unit = DESNZ_UNITS[row.UOM] ?? units.find(row.UOM)?.code
    if (!unit) return skip(`unit '${row.UOM}' is not in the unit catalogue`)
    const biogenic = ghgUnit !== 'kg CO2e'
    const path = [row['Level 1'], row['Level 2'], row['Level 3'], row['Level 4'], row['Column Text']].filter(Boolean).join(' › ')
    const factor: ImportedFactor = {
      code: id,
      family: `desnz:${id}`,
      description: `${biogenic ? 'Biogenic CO2 (outside of scopes): ' : ''}${path} per ${row.UOM}`,
      unit_code: unit,
      value: biogenic ? '0' : value,
      biogenicCO2: biogenic ? value : undefined,
      region_code: desnzRegion(row),
      year: 2025,
      validFrom: '2025-01-01',
      sourceScope: row.Scope,
      sourcePath: path,
      gases: []
    }
    byId.set(id, factor)
    result.factors.push(factor)
  })
  attachBiogenic(result.factors)
  attachWellToTank(rows, result.factors)
  return result
}

/** DESNZ's well-to-tank sections and the sections whose factors they belong to */
const WTT_OF: Record<string, string> = {
  'WTT- business travel- air': 'Business travel- air',
  'WTT- pass vehs & travel- land': 'Business travel- land',
  'WTT- delivery vehs & freight': 'Freighting goods',
  'WTT- fuels': 'Fuels'
}

/**
 * DESNZ publishes the upstream of the fuel a trip or shipment burns ("well-to-tank") as factors of their own, in
 * sections named after the ones they belong to ("WTT- flights" for "Flights", levels 3 to 5 and unit alike). Each is
 * attached to its tank-to-wheel factor as `wttValue`, so a flight or a shipment can carry its well-to-tank figure
 * beside the tank-to-wheel one (docs/methodology.md, "Well-to-tank").
 */
function attachWellToTank(rows: Array<Record<string, string>>, factors: ImportedFactor[]): void {
  const key = (l1: string, l2: string, r: Record<string, string>): string =>
    [l1, l2.toLowerCase(), r['Level 3'], r['Level 4'], r['Column Text'], r.UOM].join('|')
  const wtt = new Map<string, string>()
  for (const r of rows) {
    const section = WTT_OF[r['Level 1']]
    const value = r['GHG Conversion Factor 2025']
    if (!section || r['GHG/Unit'] !== 'kg CO2e' || !DECIMAL.test(value ?? '')) continue
    wtt.set(key(section, r['Level 2'].replace(/^WTT- /, ''), r), value)
  }
  const rowOf = new Map(rows.map(r => [r.ID, r]))
  for (const f of factors) {
    const r = rowOf.get(f.code)
    const value = r && wtt.get(key(r['Level 1'], r['Level 2'], r))
    if (value !== undefined) f.wttValue = value
  }
}

const HOTEL_ISO = new Map<string, string>([
  ...Object.entries(HOTEL_COUNTRIES).map(([iso, name]): [string, string] => [name, iso]),
  ['UK (London)', 'GB']
])

/**
 * The region a DESNZ factor describes: the UK for nearly all, but the hotel stays of each country are that country's,
 * and flights with neither end in the UK are no UK figure (the world, GLO). The geographical data-quality indicator
 * compares it with where the activity happened.
 */
function desnzRegion(row: Record<string, string>): string {
  if (row['Level 1'] === 'Hotel stay') return HOTEL_ISO.get(row['Level 3']) ?? 'GB'
  if (row['Level 3'] === AIR_ROUTE_LABELS['international-non-uk']) return 'GLO'
  return 'GB'
}

/**
 * DESNZ publishes the biogenic CO2 of burning a fuel "outside of scopes", in rows of their own: `99_<x>_<fuel>_<unit>_2`
 * belongs to the Scope 1 combustion factor `<1|2>_<y>_<fuel>_<unit>_1` of the same fuel and unit. Each is attached to
 * that factor as its biogenic CO2, so a litre of a biofuel blend carries it beside (never inside) its CO2e; the rows
 * stay loaded on their own as well. The few without such a factor (kWh without calorific basis, grid electricity)
 * stay on their own only.
 */
function attachBiogenic(factors: ImportedFactor[]): void {
  const key = (code: string): string => code.split('_').slice(2, 4).join('_')
  const combustion = new Map(factors.filter(f => f.sourceScope === 'Scope 1').map(f => [key(f.code), f]))
  for (const f of factors) {
    if (f.sourceScope !== 'Outside of Scopes' || f.biogenicCO2 === undefined) continue
    const fuel = combustion.get(key(f.code))
    if (fuel && fuel.unit_code === f.unit_code) fuel.biogenicCO2 = f.biogenicCO2
  }
}
