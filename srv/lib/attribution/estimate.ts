import { CalculationError, roundKg, toDecimal, type DecimalInput } from '../common/decimal'
import { calculate, parseFactorUnit, reportedKg, type ActivityData, type EngineContext, type Factor } from './engine'
import { type Assumption } from '../common/assumptions'

/** One activity of the estimate API (the wire format: decimals arrive as strings or numbers). */
export interface EstimateActivity {
  ref?: string | null
  category?: number | null
  method?: string | null
  quantity?: DecimalInput | null
  unit?: string | null
  amount?: DecimalInput | null
  currency?: string | null
  spendYear?: number | null
  distance?: DecimalInput | null
  distanceUnit?: string | null
  date?: string | null
  basis?: string | null
  factor?: { id?: string | null; value?: DecimalInput | null; unit?: string | null } | null
  components?: EstimateActivity[] | null
}

export interface FactorUsed {
  id: string | null
  value: string
  unit: string
  setCode: string | null
  setVersion: string | null
}

export interface EstimateResult {
  ref: string | null
  kgCO2e: string | null
  /** biogenic CO2 of the activity (e.g. the bio share of a fuel blend), beside and never inside kgCO2e; null where the factor has none */
  biogenicCO2kg: string | null
  method: string | null
  category: number | null
  basis: string
  factor: FactorUsed | null
  explanation: string | null
  /** what the calculation assumed that the activity did not say (empty when nothing, and for errors) */
  warnings: Array<{ code: string; message: string; target: string | null }>
  error: { code: string; message: string; target: string | null } | null
}

/** Library factors by stable id, as loaded for one call. */
export type FactorLookup = (id: string) => Factor | undefined

export const MAX_ACTIVITIES = 10000
/** the components of one hybrid activity, and the activities and components of one call (or $batch) together */
export const MAX_COMPONENTS = 100
export const MAX_WORK = 20000

/** how much a call asks to compute: its activities and their components */
export const workOf = (activities: EstimateActivity[]): number =>
  activities.reduce((n, a) => n + 1 + (Array.isArray(a?.components) ? a.components.length : 0), 0)

/** a call larger than the bounds, at the field that makes it so; undefined when it fits */
export function sizeProblem(activities: EstimateActivity[]): { target: string; message: string } | undefined {
  if (activities.length > MAX_ACTIVITIES)
    return { target: 'activities', message: `activities: at most ${MAX_ACTIVITIES} activities per call, got ${activities.length}` }
  const crowded = activities.findIndex(a => Array.isArray(a?.components) && a.components.length > MAX_COMPONENTS)
  if (crowded >= 0)
    return {
      target: `activities/${crowded}/components`,
      message: `activities/${crowded}/components: at most ${MAX_COMPONENTS} components per activity, got ${activities[crowded].components!.length}`
    }
  const work = workOf(activities)
  if (work > MAX_WORK)
    return { target: 'activities', message: `activities: at most ${MAX_WORK} activities and components per call, got ${work}` }
  return undefined
}
const BASES = new Set(['location', 'market'])

/** Estimates one activity; an expected problem becomes this activity's error and never throws. */
export function estimate(input: EstimateActivity, ctx: EngineContext, library: FactorLookup): EstimateResult {
  const basis = input.basis ?? 'location'
  const ref = input.ref ?? null
  const category = input.category ?? null
  try {
    if (input.category != null && !(Number.isInteger(input.category) && input.category >= 1 && input.category <= 15)) {
      throw new CalculationError('INVALID_CATEGORY', `category ${input.category} is not a Scope 3 category (1-15)`, 'category')
    }
    if (!BASES.has(basis)) throw new CalculationError('INVALID_BASIS', `basis '${basis}' must be location or market`, 'basis')
    const data = toActivityData(input, ctx, library)
    const result = calculate(data, data.factor, ctx)
    const assumptions: Assumption[] = result.assumptions
    if (basis === 'market' && !marketBased(data)) {
      assumptions.push({
        code: 'MARKET_EQUALS_LOCATION',
        message: 'basis market: the factor is no market-based instrument, so the market-based figure equals the location-based one',
        target: 'basis'
      })
    }
    // no object spread here: it makes this hot path several times slower in V8 (bench/estimate.ts)
    return {
      ref,
      category,
      basis,
      kgCO2e: reportedKg(result).toString(),
      biogenicCO2kg: result.biogenicCO2 === undefined ? null : roundKg(result.biogenicCO2).toString(),
      method: result.method,
      factor: data.factor ? factorUsed(data.factor, input.factor) : null,
      explanation: result.steps.join('; '),
      warnings: assumptions.map(warning),
      error: null
    }
  } catch (e) {
    if (!(e instanceof CalculationError)) throw e
    return {
      ref,
      category,
      basis,
      kgCO2e: null,
      biogenicCO2kg: null,
      method: input.method ?? null,
      factor: null,
      explanation: null,
      warnings: [],
      error: { code: e.code, message: e.message, target: e.target ?? null }
    }
  }
}

const warning = (a: Assumption): EstimateResult['warnings'][number] => ({ code: a.code, message: a.message, target: a.target ?? null })

/** a market-based figure needs market-based factors: the activity's own, or every component's */
const marketBased = (data: ActivityData & { factor?: Factor }): boolean =>
  data.components?.length ? data.components.every(c => c.factor?.basis === 'market') : data.factor?.basis === 'market'

function toActivityData(input: EstimateActivity, ctx: EngineContext, library: FactorLookup, path = ''): ActivityData & { factor?: Factor } {
  if (input.date != null && !/^\d{4}-\d{2}-\d{2}$/.test(input.date))
    throw new CalculationError('INVALID_DATE', `${path}date '${input.date}' is not an ISO date`, `${path}date`)
  return {
    method: input.method ?? undefined,
    quantity: toDecimal(input.quantity, `${path}quantity`),
    unit: input.unit ?? undefined,
    amount: toDecimal(input.amount, `${path}amount`),
    currency: input.currency ?? undefined,
    spendYear: input.spendYear ?? undefined,
    distance: toDecimal(input.distance, `${path}distance`),
    distanceUnit: input.distanceUnit ?? undefined,
    date: input.date ?? undefined,
    factor: toFactor(input.factor, ctx, library, path),
    components: input.components?.map((c, i) => toActivityData(c, ctx, library, `${path}components/${i}/`))
  }
}

function toFactor(input: EstimateActivity['factor'], ctx: EngineContext, library: FactorLookup, path: string): Factor | undefined {
  if (!input) return undefined
  if (input.id) {
    const factor = library(input.id)
    if (!factor)
      throw new CalculationError('UNKNOWN_FACTOR', `${path}factor/id '${input.id}' is not in the factor library`, `${path}factor/id`)
    return factor
  }
  const value = toDecimal(input.value, `${path}factor/value`)
  if (value === undefined) throw new CalculationError('MISSING_FACTOR', `${path}factor needs an id, or a value and unit`, `${path}factor`)
  if (value.isNegative()) throw new CalculationError('INVALID_FACTOR', `${path}factor/value must not be negative`, `${path}factor/value`)
  const { scale, per } = parseFactorUnit(input.unit ?? undefined, ctx.units, `${path}factor/unit`)
  return { value: scale.eq(1) ? value : value.times(scale), per }
}

function factorUsed(factor: Factor, input: EstimateActivity['factor']): FactorUsed {
  if (!factor.id) return { id: null, value: String(input?.value), unit: String(input?.unit), setCode: null, setVersion: null }
  const per = factor.per.unit
    ? factor.per.unit.symbol
    : factor.per.year
      ? `${factor.per.currency} (${factor.per.year})`
      : factor.per.currency
  return {
    id: factor.id,
    value: factor.value.toString(),
    unit: `kgCO2e/${per}`,
    setCode: factor.setCode ?? null,
    setVersion: factor.setVersion ?? null
  }
}
