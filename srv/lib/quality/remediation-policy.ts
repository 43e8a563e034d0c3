import { Decimal, type DecimalInput } from '../common/decimal'

/**
 * The remediation agent's decisions, pure: which gaps to ask suppliers about first, when a request is overdue, and
 * the conservative factor that stands in while no answer comes.
 *
 * A gap is what the company buys from one supplier of one material (or, for lines without a material, one material
 * group) that is not figured with the supplier's own data. Its priority is materiality × poor data quality:
 * `kg CO2e × (dqScore − 1) / 4`, where dqScore is the lines' kg-weighted data-quality score (1 very good to 5 very
 * poor): perfect data needs no request, and of two gaps with equal emissions the poorer data comes first. Ties go
 * to the larger emissions, then to the supplier and product ids (so the order is total and re-runs decide the same).
 */

export const LOGIC_VERSION = 'remediation-1.0.0'

export interface RemediationPolicy {
  /** gaps below this (kg CO2e, location-based) are not worth a request */
  minKgCO2e: number
  /** nor gaps whose data is this good already (kg-weighted dqScore) */
  minDqScore: number
  /** requests open at a time (proposed, sent or escalated) */
  maxOpenRequests: number
  /** days a supplier has to answer */
  dueDays: number
  /** the agent sends its requests alone; else they are proposed and a person sends them */
  autoSend: boolean
  /** days after the due date an unanswered request is escalated */
  escalateAfterDays: number
  /** days after the due date the conservative fallback replaces the usual factor */
  fallbackAfterDays: number
  /** the fallback: the usual factor raised by this share (0.5 = +50 %), which is also its uncertainty */
  fallbackUplift: number
}

export const DEFAULT_POLICY: RemediationPolicy = {
  minKgCO2e: 1000,
  minDqScore: 3,
  maxOpenRequests: 10,
  dueDays: 30,
  autoSend: false,
  escalateAfterDays: 7,
  fallbackAfterDays: 30,
  fallbackUplift: 0.5
}

/** One current figure of a line, as the agent reads it. */
export interface GapLine {
  supplier?: string | null
  material?: string | null
  materialGroup?: string | null
  method?: string | null
  kgCO2e?: DecimalInput | null
  dqScore?: DecimalInput | null
  fiscalYear?: number | null
  factor?: string | null
}

export interface Gap {
  supplier: string
  material: string | null
  materialGroup: string | null
  kgCO2e: string
  dqScore: string
  priority: string
  lines: number
  referenceYear: number | null
  /** the factor most of the gap's emissions are figured with (what the fallback raises) */
  factor: string | null
}

/** materiality × poor data: kg CO2e × (dqScore − 1) / 4, 6 decimals (see above) */
export const askPriority = (kg: Decimal, dqScore: Decimal): Decimal =>
  kg.times(dqScore.minus(1)).div(4).toDecimalPlaces(6, Decimal.ROUND_HALF_EVEN)

export const gapKey = (g: { supplier: string; material?: string | null; materialGroup?: string | null }): string =>
  `${g.supplier}|${g.material ? `M:${g.material}` : `G:${g.materialGroup ?? ''}`}`

/** The gaps of the lines, best first (see above). Lines figured with supplier-specific data, or without a supplier, are no gap. */
export function rankGaps(lines: GapLine[]): Gap[] {
  const acc = new Map<
    string,
    {
      supplier: string
      material: string | null
      materialGroup: string | null
      kg: Decimal
      kgDq: Decimal
      dq: Decimal
      lines: number
      year: number | null
      byFactor: Map<string, Decimal>
    }
  >()
  for (const l of lines) {
    if (!l.supplier || l.method === 'supplier-specific') continue
    const key = gapKey({ supplier: l.supplier, material: l.material, materialGroup: l.materialGroup })
    let g = acc.get(key)
    if (!g)
      acc.set(
        key,
        (g = {
          supplier: l.supplier,
          material: l.material ?? null,
          materialGroup: l.materialGroup ?? null,
          kg: new Decimal(0),
          kgDq: new Decimal(0),
          dq: new Decimal(0),
          lines: 0,
          year: null,
          byFactor: new Map()
        })
      )
    const kg = new Decimal(l.kgCO2e ?? 0)
    const dq = new Decimal(l.dqScore ?? 5)
    g.kg = g.kg.plus(kg)
    g.kgDq = g.kgDq.plus(kg.times(dq))
    g.dq = g.dq.plus(dq)
    g.lines++
    if (l.fiscalYear && (!g.year || l.fiscalYear > g.year)) g.year = l.fiscalYear
    if (l.factor) g.byFactor.set(l.factor, (g.byFactor.get(l.factor) ?? new Decimal(0)).plus(kg))
  }
  return [...acc.values()]
    .map(g => {
      const dq = (g.kg.gt(0) ? g.kgDq.div(g.kg) : g.dq.div(g.lines)).toDecimalPlaces(2, Decimal.ROUND_HALF_EVEN)
      const factor = [...g.byFactor].sort((a, b) => b[1].comparedTo(a[1]) || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? null
      return {
        supplier: g.supplier,
        material: g.material,
        materialGroup: g.materialGroup,
        kgCO2e: g.kg.toFixed(6),
        dqScore: dq.toFixed(2),
        priority: askPriority(g.kg, dq).toFixed(6),
        lines: g.lines,
        referenceYear: g.year,
        factor
      }
    })
    .sort(
      (a, b) =>
        new Decimal(b.priority).comparedTo(a.priority) ||
        new Decimal(b.kgCO2e).comparedTo(a.kgCO2e) ||
        (gapKey(a) < gapKey(b) ? -1 : gapKey(a) > gapKey(b) ? 1 : 0)
    )
}

/** The gaps to raise requests for: material and poor enough, none open for them already, within the open requests the policy allows. */
export function gapsToRequest(ranked: Gap[], open: Set<string>, policy: RemediationPolicy): Gap[] {
  const room = Math.max(0, policy.maxOpenRequests - open.size)
  return ranked
    .filter(g => new Decimal(g.kgCO2e).gte(policy.minKgCO2e) && new Decimal(g.dqScore).gte(policy.minDqScore) && !open.has(gapKey(g)))
    .slice(0, room)
}

export interface OpenRequest {
  ID: string
  status: string
  dueDate: string
  fallbackRule?: string | null
}

/**
 * What is due for an open request today (ISO date): escalate a sent one past due + escalateAfterDays, fall back for one
 * past due + fallbackAfterDays.
 */
export function dueAction(r: OpenRequest, today: string, policy: RemediationPolicy): 'escalate' | 'fallback' | undefined {
  const daysPast = Math.floor((Date.parse(today) - Date.parse(r.dueDate)) / 86400000)
  if (r.status === 'sent' && daysPast >= policy.escalateAfterDays) return 'escalate'
  if (r.status === 'escalated' && !r.fallbackRule && daysPast >= policy.fallbackAfterDays) return 'fallback'
  return undefined
}

/** The conservative stand-in for a factor: its value raised by the uplift, with the uplift as its uncertainty (%). */
export function conservativeFactor(
  value: DecimalInput,
  policy: Pick<RemediationPolicy, 'fallbackUplift'>
): { value: string; uncertainty: string } {
  const uplift = new Decimal(policy.fallbackUplift)
  return { value: new Decimal(value).times(uplift.plus(1)).toFixed(), uncertainty: uplift.times(100).toDecimalPlaces(2).toFixed(2) }
}

/** Checks a policy an admin saved: the names of the fields that are wrong, with the reason. */
export function policyProblems(policy: Record<string, unknown>): Array<{ field: string; message: string }> {
  const problems: Array<{ field: string; message: string }> = []
  for (const [field, value] of Object.entries(policy)) {
    if (!(field in DEFAULT_POLICY)) {
      problems.push({ field, message: `${field} is no setting of the remediation agent` })
      continue
    }
    const expected = typeof DEFAULT_POLICY[field as keyof RemediationPolicy]
    if (typeof value !== expected) problems.push({ field, message: `${field} must be a ${expected}` })
    else if (typeof value === 'number' && (value < 0 || !Number.isFinite(value)))
      problems.push({ field, message: `${field} must not be negative` })
  }
  return problems
}
