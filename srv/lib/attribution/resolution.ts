import { Decimal, type DecimalInput } from '../common/decimal'

/** The ERP attributes a rule can match, and the date and region the activity happened at. */
export interface ActivityAttributes {
  supplier?: string | null
  material?: string | null
  materialGroup?: string | null
  plant?: string | null
  companyCode?: string | null
  glAccount?: string | null
  transportMode?: string | null
  documentType?: string | null
  /** the kind of activity an upload names (a factor code of its template) */
  activityCode?: string | null
  /** ISO date of the activity */
  date: string
  /** ISO country or region code where the activity happened (e.g. the plant's country) */
  region?: string | null
}

const CONDITIONS = [
  'supplier',
  'material',
  'materialGroup',
  'plant',
  'companyCode',
  'glAccount',
  'transportMode',
  'documentType',
  'activityCode'
] as const

export interface Rule extends Partial<Record<(typeof CONDITIONS)[number], string | null>> {
  ID: string
  ruleKey: string
  version: number
  category: number
  method: string
  factorId?: string | null
  factorFamily?: string | null
  priority?: number | null
  validFrom?: string | null
  validTo?: string | null
  active?: boolean | null
}

/**
 * Precedence of a rule, from its most specific condition: a supplier's product footprint (supplier + material)
 * beats a material rule, which beats material group, supplier, G/L account, and finally the company fallback.
 */
export const PRECEDENCE = ['supplier-product', 'material', 'material-group', 'supplier', 'gl-account', 'company-fallback'] as const
export type Precedence = (typeof PRECEDENCE)[number]

export function precedenceOf(rule: Rule): Precedence {
  if (rule.supplier && rule.material) return 'supplier-product'
  if (rule.material) return 'material'
  if (rule.materialGroup) return 'material-group'
  if (rule.supplier) return 'supplier'
  if (rule.glAccount) return 'gl-account'
  return 'company-fallback'
}

const within = (date: string, from?: string | null, to?: string | null): boolean => (!from || from <= date) && (!to || date <= to)

const conditionCount = (rule: Rule): number => CONDITIONS.filter(c => rule[c]).length

export interface RankedRule {
  rule: Rule
  precedence: Precedence
  reason: string
}

/**
 * The rules that apply to an activity, best first: by precedence, then more conditions, then higher priority,
 * then the latest version, then ID (so the order is total and deterministic).
 */
export function rankRules(activity: ActivityAttributes, rules: Rule[]): RankedRule[] {
  const applicable = rules.filter(
    r => r.active !== false && within(activity.date, r.validFrom, r.validTo) && CONDITIONS.every(c => !r[c] || r[c] === activity[c])
  )
  return applicable
    .map(rule => ({ rule, precedence: precedenceOf(rule), conditions: conditionCount(rule) }))
    .sort(
      (a, b) =>
        PRECEDENCE.indexOf(a.precedence) - PRECEDENCE.indexOf(b.precedence) ||
        b.conditions - a.conditions ||
        (b.rule.priority ?? 0) - (a.rule.priority ?? 0) ||
        b.rule.version - a.rule.version ||
        (a.rule.ID < b.rule.ID ? -1 : a.rule.ID > b.rule.ID ? 1 : 0)
    )
    .map(({ rule, precedence, conditions }) => ({
      rule,
      precedence,
      reason: `rule ${rule.ruleKey} v${rule.version} (${precedence}, ${conditions} condition(s), priority ${rule.priority ?? 0})`
    }))
}

export interface FactorCandidate {
  ID: string
  family?: string | null
  value: DecimalInput
  region_code?: string | null
  year?: number | null
  validFrom?: string | null
  validTo?: string | null
  basis_code?: string | null
}

export interface FactorChoice<F extends FactorCandidate> {
  factor?: F
  steps: string[]
}

/**
 * Picks one factor of a family for a date, region and accounting basis: valid on the date, in the nearest
 * region of the fallback chain (country → region group → GLO), then the latest year, then the highest value
 * (the conservative choice), then the smallest ID.
 */
export function chooseFactor<F extends FactorCandidate>(
  candidates: F[],
  query: { date: string; region?: string | null; basis?: string },
  regionParents: Map<string, string | null>
): FactorChoice<F> {
  const steps: string[] = []
  const valid = candidates.filter(
    f => within(query.date, f.validFrom, f.validTo) && (!query.basis || !f.basis_code || f.basis_code === query.basis)
  )
  steps.push(
    `${valid.length} of ${candidates.length} candidate factor(s) valid on ${query.date}${query.basis ? ` for ${query.basis}-based` : ''}`
  )
  for (const region of regionChain(query.region, regionParents)) {
    const inRegion = valid.filter(f => (f.region_code ?? 'GLO') === region)
    if (!inRegion.length) {
      steps.push(`no factor for region ${region}`)
      continue
    }
    const [factor] = inRegion.sort(
      (a, b) => (b.year ?? 0) - (a.year ?? 0) || new Decimal(b.value).comparedTo(a.value) || (a.ID < b.ID ? -1 : 1)
    )
    steps.push(
      `region ${region}: ${inRegion.length} factor(s); chose ${factor.ID}` +
        (inRegion.length > 1 ? ' (latest year, then highest value)' : '')
    )
    return { factor, steps }
  }
  return { steps }
}

/** `{activityCode}` in a rule's factor family: the activity names its factor family */
export const ACTIVITY_CODE = '{activityCode}'

/**
 * The factor of a family that the activity names itself (the rule's family has `{activityCode}`): valid on the date,
 * then the latest year, then the smallest ID. The region is not considered: the activity chose the factor.
 */
export function chooseNamedFactor<F extends FactorCandidate>(candidates: F[], family: string, date: string): FactorChoice<F> {
  const valid = candidates
    .filter(f => within(date, f.validFrom, f.validTo))
    .sort((a, b) => (b.year ?? 0) - (a.year ?? 0) || (a.ID < b.ID ? -1 : 1))
  const steps = [
    `factor family ${family} named by the activity: ${valid.length} of ${candidates.length} factor(s) valid on ${date}` +
      (valid.length ? `; chose ${valid[0].ID}` : '')
  ]
  return { factor: valid[0], steps }
}

/** The region itself, then its parents up to the global default 'GLO'. */
/**
 * How far a factor's region is from where the activity happened, for the geographical data-quality indicator
 * (1 + distance, at most 5): 0 the same region; n where the factor's region contains the activity's n steps up (a
 * country's factor for its region group: 1, a world average: 3 for a European country); beside it (another country),
 * one step more than their nearest common region; an activity region outside the region tree is unknown (4).
 */
export function regionDistance(
  activity: string | null | undefined,
  factor: string | null | undefined,
  parents: Map<string, string | null>
): number {
  const chain = regionChain(activity, parents)
  const containing = chain.indexOf(factor ?? 'GLO')
  if (containing >= 0) return containing
  if (!parents.has(activity ?? 'GLO')) return 4
  const other = regionChain(factor, parents)
  return chain.findIndex(r => other.includes(r)) + 1
}

export function regionChain(region: string | null | undefined, parents: Map<string, string | null>): string[] {
  const chain: string[] = []
  for (let r = region ?? 'GLO'; r && !chain.includes(r); r = parents.get(r) ?? (r === 'GLO' ? '' : 'GLO')) chain.push(r)
  return chain
}
