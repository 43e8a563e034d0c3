import { Decimal } from '../common/decimal'
import { PRIMARY_METHOD } from './ledger'

/**
 * Disclosure outputs (ESRS E1-6, CDP's Scope 3 table, the GHG Protocol's inventory tables) from the figures frozen in
 * a year's closed-period snapshots, by a mapping table of datapoints (db/disclosures.cds): pure, no CAP. Figures in
 * tonnes are kg / 1000, exact (9 decimals); shares percent, rounded half to even to 4 decimals.
 */

export interface DatapointDefinition {
  framework: string
  code: string
  label: string
  measure: 'total' | 'totalMarket' | 'biogenic' | 'primaryShare' | 'category'
  unit: string | null
  /** for measure `category`: every category (every), or only the significant (calculated) ones */
  categories?: 'every' | 'significant' | null
  sortOrder: number
}

/** one category of the year, summed over its closed periods' latest snapshots */
export interface CategoryFigures {
  category: number
  /** "1 Purchased goods and services" */
  name: string
  kgCO2eLocation: string
  kgCO2eMarket: string
  biogenicCO2: string
  primaryKgCO2e: string
  lines: number
  /** kg CO2e (location-based) per calculation method */
  methods: Record<string, string>
  /** emission-weighted data-quality score, 3 decimals; null without lines */
  dqScore: string | null
  /** calculated (it has lines), notRelevant (screened out, with the justification) or notCalculated */
  status: 'calculated' | 'notRelevant' | 'notCalculated'
  justification?: string | null
}

export interface DisclosureRow {
  framework: string
  datapoint: string
  label: string
  category: number | null
  value: string | null
  unit: string | null
  /** CDP's evaluation status of a category, e.g. "Relevant, calculated" */
  status: string | null
  /** the methods and their shares of the figure, e.g. "spend-based 62.1000 %" */
  methods: string | null
  /** percent of the figure from supplier-specific (primary) data */
  supplierShare: string | null
  dqScore: string | null
  explanation: string | null
  sortOrder: number
}

const tonnes = (kg: Decimal): string => kg.div(1000).toFixed(9)
const share = (part: Decimal, whole: Decimal): string | null =>
  whole.isZero() ? null : part.div(whole).times(100).toDecimalPlaces(4, Decimal.ROUND_HALF_EVEN).toFixed(4)

const STATUS = {
  calculated: 'Relevant, calculated',
  notRelevant: 'Not relevant, explanation provided',
  notCalculated: 'Relevant, not yet calculated'
} as const

/** The rows of every datapoint, in the frameworks' order of the mapping, categories in their order. */
export function disclosureRows(definitions: DatapointDefinition[], categories: CategoryFigures[]): DisclosureRow[] {
  const sum = (pick: (c: CategoryFigures) => string): Decimal => categories.reduce((s, c) => s.plus(pick(c)), new Decimal(0))
  const location = sum(c => c.kgCO2eLocation)
  const rows: DisclosureRow[] = []
  const sorted = [...definitions].sort((a, b) =>
    a.framework < b.framework ? -1 : a.framework > b.framework ? 1 : a.sortOrder - b.sortOrder
  )
  for (const d of sorted) {
    const base = { framework: d.framework, label: d.label, unit: d.unit, sortOrder: d.sortOrder }
    const none = { status: null, methods: null, supplierShare: null, dqScore: null, explanation: null }
    switch (d.measure) {
      case 'total':
        rows.push({ ...base, ...none, datapoint: d.code, category: null, value: tonnes(location) })
        break
      case 'totalMarket':
        rows.push({ ...base, ...none, datapoint: d.code, category: null, value: tonnes(sum(c => c.kgCO2eMarket)) })
        break
      case 'biogenic':
        rows.push({ ...base, ...none, datapoint: d.code, category: null, value: tonnes(sum(c => c.biogenicCO2)) })
        break
      case 'primaryShare':
        rows.push({
          ...base,
          ...none,
          datapoint: d.code,
          category: null,
          value: share(
            sum(c => c.primaryKgCO2e),
            location
          )
        })
        break
      case 'category':
        for (const c of [...categories].sort((a, b) => a.category - b.category)) {
          if (d.categories === 'significant' && c.status !== 'calculated') continue
          const kg = new Decimal(c.kgCO2eLocation)
          rows.push({
            ...base,
            datapoint: `${d.code}.${c.category}`,
            label: `${d.label}: ${c.name}`,
            category: c.category,
            value: c.status === 'calculated' ? tonnes(kg) : null,
            status: STATUS[c.status],
            methods:
              Object.entries(c.methods)
                .filter(([, v]) => !new Decimal(v).isZero())
                .sort(([a], [b]) => (a < b ? -1 : 1))
                .map(([m, v]) => `${m} ${share(new Decimal(v), kg) ?? '-'} %`)
                .join('; ') || null,
            supplierShare: c.status === 'calculated' ? share(new Decimal(c.methods[PRIMARY_METHOD] ?? 0), kg) : null,
            dqScore: c.dqScore,
            explanation:
              c.status === 'notRelevant'
                ? (c.justification ?? null)
                : c.status === 'notCalculated'
                  ? 'no figures in the closed periods yet'
                  : null
          })
        }
        break
    }
  }
  return rows
}
