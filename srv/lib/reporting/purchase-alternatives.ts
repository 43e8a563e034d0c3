import { Decimal, type DecimalInput } from '../common/decimal'

/**
 * Greener alternatives for a purchase order line (docs/estimates.md): other suppliers of the same material (or
 * material group), or other materials of the group, with the figure the line would get from them for the same
 * quantity. Pure: the caller estimates each candidate with the attribution engine and says on what basis.
 */

/** what a candidate's expected figure rests on, best data first */
export const BASES = {
  /** the supplier's product footprint (PACT, a supplier-specific rule): primary data, valid today */
  footprint: 'supplier product footprint',
  /** the supplier's own earlier lines of this material with primary data, per unit: primary data of the past */
  history: 'supplier history',
  /** the average (or spend) factor every supplier of the material gets: says nothing about this supplier */
  average: 'average data'
} as const
export type Basis = (typeof BASES)[keyof typeof BASES]

export interface Candidate {
  supplier?: string | null
  material?: string | null
  /** expected kg CO2e for the line's quantity, the transport it derives included; undefined: could not be estimated */
  kgCO2e?: DecimalInput
  /** pedigree score 1 (best) to 5 of the figure's data */
  dqScore?: DecimalInput | null
  basis: Basis
  method?: string | null
  factor?: string | null
  /** lines the history basis rests on */
  historyLines?: number
  /** why it could not be estimated */
  error?: string
}

export interface Alternative extends Candidate {
  rank: number
  kgCO2e: string
  savingKgCO2e: string
  /** the saving as a share of the line's figure, in %, 1 decimal */
  savingPercent: string
  /** its data is worse than the line's: the difference may lie in the data, not in the product */
  worseData: boolean
  note: string
}

export interface Ranking {
  alternatives: Alternative[]
  /** what was compared and why nothing (or little) was found, in plain words */
  note: string
}

const name = (c: Candidate): string =>
  [c.supplier && `supplier ${c.supplier}`, c.material && `material ${c.material}`].filter(Boolean).join(', ')
const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`

/**
 * Ranks the candidates that would emit less than the line: first those whose data is at least as good as the
 * line's (a lower figure from worse data is no reason to switch), then by figure, data quality and name. Candidates
 * with the same figure are ties, not alternatives; the note says why they tie and what was missing.
 */
export function rankAlternatives(
  line: { kgCO2e: DecimalInput; dqScore?: DecimalInput | null },
  candidates: Candidate[],
  subject: string,
  limit = 5
): Ranking {
  const current = new Decimal(line.kgCO2e)
  const currentDq = line.dqScore == null ? undefined : new Decimal(line.dqScore)
  const estimated = candidates.filter(c => c.kgCO2e !== undefined && c.error === undefined)
  const failed = candidates.filter(c => !estimated.includes(c))
  const lower: Alternative[] = []
  const ties: Candidate[] = []
  let higher = 0
  for (const c of estimated) {
    const kg = new Decimal(c.kgCO2e!)
    const cmp = kg.comparedTo(current)
    if (cmp > 0) higher++
    if (cmp === 0) ties.push(c)
    if (cmp >= 0) continue
    const saving = current.minus(kg)
    const worseData = currentDq !== undefined && c.dqScore != null && new Decimal(c.dqScore).greaterThan(currentDq)
    const notes = [
      c.basis === BASES.history ? `from ${plural(c.historyLines ?? 0, 'earlier line')} with the supplier's own data` : '',
      worseData
        ? `its data is worse (DQ ${new Decimal(c.dqScore!).toFixed(2)} against ${currentDq!.toFixed(2)}): the difference may lie in the data, not in the product`
        : ''
    ].filter(Boolean)
    lower.push({
      ...c,
      rank: 0,
      kgCO2e: kg.toFixed(6),
      savingKgCO2e: saving.toFixed(6),
      savingPercent: current.isZero() ? '0.0' : saving.div(current).times(100).toDecimalPlaces(1, Decimal.ROUND_HALF_EVEN).toFixed(1),
      worseData,
      note: notes.join('; ')
    })
  }
  lower.sort(
    (a, b) =>
      Number(a.worseData) - Number(b.worseData) ||
      new Decimal(a.kgCO2e).comparedTo(b.kgCO2e) ||
      new Decimal(a.dqScore ?? 5).comparedTo(b.dqScore ?? 5) ||
      name(a).localeCompare(name(b))
  )
  const alternatives = lower.slice(0, limit).map((a, i) => ({ ...a, rank: i + 1 }))
  const parts: string[] = []
  if (!candidates.length) parts.push(`no other supplier or material of ${subject} is known: no rule or earlier purchase names one`)
  else {
    parts.push(
      `${plural(candidates.length, 'candidate')} for ${subject}: ${lower.length} lower, ${ties.length} the same, ${higher} higher${failed.length ? `, ${failed.length} not estimated` : ''}`
    )
  }
  if (ties.length) {
    const average = ties.filter(t => t.basis === BASES.average)
    parts.push(
      average.length === ties.length
        ? `${plural(ties.length, 'candidate has', 'candidates have')} the same figure because the same average factor applies to them: they have no data of their own (${ties.map(name).join('; ')})`
        : `${plural(ties.length, 'candidate has', 'candidates have')} exactly the same figure (${ties.map(name).join('; ')})`
    )
  }
  if (!lower.length && estimated.length && estimated.every(c => c.basis === BASES.average)) {
    parts.push('no candidate has a product footprint or a history of its own: ask suppliers for footprints to tell them apart')
  }
  for (const f of failed) parts.push(`${name(f)}: ${f.error ?? 'could not be estimated'}`)
  if (lower.length > limit) parts.push(`${lower.length - limit} more lower candidate(s) not listed`)
  return { alternatives, note: parts.join('. ') }
}
