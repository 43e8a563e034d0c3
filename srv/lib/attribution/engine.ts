import { Decimal, CalculationError, show, roundKg } from '../common/decimal'
import { type UnitCatalog, type Unit, type Dimension, isCurrencyCode } from '../common/units'
import { type MoneyConverter } from '../common/money'
import { type Assumption } from '../common/assumptions'

/** Calculation methods of the GHG Protocol Scope 3 Technical Guidance (codes of db CalculationMethods). */
export const Methods = {
  supplierSpecific: 'supplier-specific',
  hybrid: 'hybrid',
  averageData: 'average-data',
  spendBased: 'spend-based',
  distanceBased: 'distance-based',
  fuelBased: 'fuel-based',
  wasteTypeSpecific: 'waste-type-specific'
} as const
export type Method = (typeof Methods)[keyof typeof Methods]
const METHOD_CODES = new Set<string>(Object.values(Methods))

/** What one factor is "per": a unit, or a currency at a price year (spend factors). */
export type Denominator = { unit: Unit; currency?: undefined } | { currency: string; year?: number; unit?: undefined }

export interface Factor {
  id?: string
  /** kg CO2e per one denominator */
  value: Decimal
  per: Denominator
  setCode?: string
  setVersion?: string
  biogenicCO2?: Decimal
  /** kg CO2e of each gas per denominator */
  gases?: Record<string, Decimal>
  /** location or market (a contractual instrument); absent for factors given inline */
  basis?: string
}

export interface ActivityData {
  method?: string
  quantity?: Decimal
  unit?: string
  amount?: Decimal
  currency?: string
  spendYear?: number
  distance?: Decimal
  distanceUnit?: string
  /** ISO date; gives the spend year when none is given */
  date?: string
  /** hybrid: the parts, each with its own factor */
  components?: Array<ActivityData & { factor?: Factor }>
}

export interface EngineContext {
  units: UnitCatalog
  money: MoneyConverter
}

export interface Calculation {
  /** unrounded; round once with roundKg when reporting */
  kgCO2e: Decimal
  method: Method
  /** the activity expressed in the factor's denominator */
  activityValue: Decimal
  activityUnit: string
  factor?: Factor
  biogenicCO2?: Decimal
  gases?: Record<string, Decimal>
  steps: string[]
  /** what the calculation assumed that its input did not say; empty when nothing */
  assumptions: Assumption[]
  components?: Calculation[]
}

const denominatorLabel = (per: Denominator): string =>
  per.unit ? per.unit.symbol : per.year ? `${per.currency} (${per.year})` : per.currency

const parsedFactorUnits = new WeakMap<UnitCatalog, Map<string, { scale: Decimal; per: Denominator }>>()

/**
 * Parses an explicit factor unit `kgCO2e/<unit>` or `tCO2e/<unit>` (also gCO2e) into a scale to kg CO2e and a denominator.
 * A three-letter code that is not a unit is read as an ISO 4217 currency. Results are cached per catalogue.
 */
export function parseFactorUnit(text: string | undefined, units: UnitCatalog, field = 'factor/unit'): { scale: Decimal; per: Denominator } {
  let cache = parsedFactorUnits.get(units)
  if (!cache) parsedFactorUnits.set(units, (cache = new Map()))
  const cached = cache.get(text ?? '')
  if (cached) return cached
  const match = /^\s*(k?g|t)\s*CO2e?\s*\/\s*(.+?)\s*$/i.exec(text ?? '')
  if (!match)
    throw new CalculationError('INVALID_FACTOR_UNIT', `${field} '${text ?? ''}' must be written kgCO2e/<unit> or tCO2e/<unit>`, field)
  const scale = new Decimal({ g: '0.001', kg: '1', t: '1000' }[match[1].toLowerCase()] as string)
  const unit = units.find(match[2])
  let parsed: { scale: Decimal; per: Denominator }
  if (unit) parsed = { scale, per: { unit } }
  else if (isCurrencyCode(match[2])) parsed = { scale, per: { currency: match[2].toUpperCase() } }
  else throw new CalculationError('UNKNOWN_UNIT', `${field}: '${match[2]}' is not a known unit or currency`, field)
  cache.set(text ?? '', parsed)
  return parsed
}

/** The method to use when the caller names none: spend for spend factors, distance when a distance is given. */
export function inferMethod(a: ActivityData, factor: Factor | undefined, ctx: EngineContext): Method {
  if (a.components?.length) return Methods.hybrid
  if (factor?.per.currency !== undefined || (a.amount !== undefined && a.quantity === undefined)) return Methods.spendBased
  if (
    a.distance !== undefined ||
    factor?.per.unit?.dimension.endsWith('-distance') ||
    ctx.units.find(a.unit)?.dimension.endsWith('-distance')
  )
    return Methods.distanceBased
  return Methods.averageData
}

/** Computes one activity with one factor (or its components for hybrid). Pure and deterministic. */
export function calculate(a: ActivityData, factor: Factor | undefined, ctx: EngineContext): Calculation {
  const method = (a.method ?? inferMethod(a, factor, ctx)) as Method
  if (!METHOD_CODES.has(method))
    throw new CalculationError('UNKNOWN_METHOD', `method '${method}' is not one of ${[...METHOD_CODES].join(', ')}`, 'method')
  if (method === Methods.hybrid) return hybrid(a, ctx)
  if (!factor) throw new CalculationError('MISSING_FACTOR', 'factor is missing', 'factor')
  switch (method) {
    case Methods.spendBased:
      return spendBased(a, factor, ctx)
    case Methods.distanceBased:
      return distanceBased(a, factor, ctx)
    case Methods.fuelBased:
      return quantityBased(a, factor, ctx, method, ['volume', 'mass', 'energy'])
    case Methods.wasteTypeSpecific:
      return quantityBased(a, factor, ctx, method, ['mass', 'volume'])
    default:
      return quantityBased(a, factor, ctx, method)
  }
}

/** Multiplies the activity (already in the factor's denominator) by the factor, per gas and biogenic too. */
function apply(method: Method, activityValue: Decimal, factor: Factor, steps: string[]): Calculation {
  const kgCO2e = activityValue.times(factor.value)
  const activityUnit = denominatorLabel(factor.per)
  steps.push(
    `${show(activityValue)} ${activityUnit} × ${show(factor.value)} kgCO2e/${factor.per.unit?.symbol ?? factor.per.currency} = ${show(kgCO2e)} kgCO2e`
  )
  const gases = factor.gases && Object.fromEntries(Object.entries(factor.gases).map(([gas, v]) => [gas, activityValue.times(v)]))
  return {
    kgCO2e,
    method,
    activityValue,
    activityUnit,
    factor,
    biogenicCO2: factor.biogenicCO2?.times(activityValue),
    gases,
    steps,
    assumptions: []
  }
}

/** A distance without passengers or mass, with a factor per vehicle-km, is one vehicle's distance: said, not silent. */
const ONE_VEHICLE: Assumption = {
  code: 'VEHICLE_DISTANCE',
  message: 'a distance with a factor per vehicle-km is taken as the distance of one vehicle',
  target: 'distance'
}

function requireUnitFactor(factor: Factor, method: Method): Unit {
  if (!factor.per.unit)
    throw new CalculationError(
      'FACTOR_METHOD_MISMATCH',
      `${method} needs a factor per physical unit, not per ${factor.per.currency}`,
      'factor'
    )
  return factor.per.unit
}

function quantityBased(a: ActivityData, factor: Factor, ctx: EngineContext, method: Method, dimensions?: Dimension[]): Calculation {
  const to = requireUnitFactor(factor, method)
  if (a.quantity === undefined) throw new CalculationError('MISSING_QUANTITY', `quantity is required for ${method}`, 'quantity')
  const unit = ctx.units.get(a.unit, 'unit')
  if (dimensions && !dimensions.includes(unit.dimension)) {
    throw new CalculationError(
      'DIMENSION_MISMATCH',
      `unit: ${method} takes ${dimensions.join(', ')}, not ${unit.dimension} (${unit.symbol})`,
      'unit'
    )
  }
  if (method === Methods.distanceBased && unit.dimension === 'distance' && to.dimension === 'vehicle-distance') {
    // a quantity in km or miles against a factor per vehicle-km: the distance one vehicle travelled
    const result = distanceBased({ ...a, quantity: undefined, unit: undefined, distance: a.quantity, distanceUnit: a.unit }, factor, ctx)
    return { ...result, assumptions: [{ ...ONE_VEHICLE, target: 'quantity' }] }
  }
  const value = ctx.units.convert({ value: a.quantity, unit }, to, 'unit')
  const steps = unit.code === to.code ? [] : [`${show(a.quantity)} ${unit.symbol} = ${show(value)} ${to.symbol}`]
  return apply(method, value, factor, steps)
}

/**
 * Mass × distance gives t.km, passengers or vehicles × distance give pkm or vkm; a distance alone is one vehicle's;
 * or the quantity is already such a product.
 */
function distanceBased(a: ActivityData, factor: Factor, ctx: EngineContext): Calculation {
  const method = Methods.distanceBased
  const to = requireUnitFactor(factor, method)
  if (!to.dimension.endsWith('distance')) {
    throw new CalculationError(
      'FACTOR_METHOD_MISMATCH',
      `distance-based needs a factor per km, t.km, pkm or vkm, not per ${to.symbol}`,
      'factor'
    )
  }
  if (a.distance === undefined) {
    if (a.quantity === undefined)
      throw new CalculationError('MISSING_QUANTITY', 'distance or quantity is required for distance-based', 'distance')
    return quantityBased(a, factor, ctx, method, ['distance', 'mass-distance', 'passenger-distance', 'vehicle-distance'])
  }
  const distanceKm = ctx.units.convert(
    { value: a.distance, unit: ctx.units.get(a.distanceUnit, 'distanceUnit') },
    ctx.units.base('distance'),
    'distanceUnit'
  )
  const product = distanceProduct(a, distanceKm, to, ctx)
  const value = ctx.units.convert(product, to, 'factor/unit')
  const steps = [product.step]
  if (product.unit.code !== to.code) steps.push(`${show(product.value)} ${product.unit.symbol} = ${show(value)} ${to.symbol}`)
  const result = apply(method, value, factor, steps)
  if (a.quantity === undefined && to.dimension === 'vehicle-distance') result.assumptions.push(ONE_VEHICLE)
  return result
}

function distanceProduct(a: ActivityData, distanceKm: Decimal, to: Unit, ctx: EngineContext): { value: Decimal; unit: Unit; step: string } {
  if (a.quantity === undefined) {
    if (to.dimension !== 'distance' && to.dimension !== 'vehicle-distance') {
      throw new CalculationError('MISSING_QUANTITY', `quantity (mass or passengers) is required with a factor per ${to.symbol}`, 'quantity')
    }
    const unit = ctx.units.base(to.dimension)
    return { value: distanceKm, unit, step: `${show(distanceKm)} km travelled = ${show(distanceKm)} ${unit.symbol}` }
  }
  const unit = ctx.units.get(a.unit, 'unit')
  let value: Decimal, product: Unit
  if (unit.dimension === 'mass') {
    value = ctx.units.convert({ value: a.quantity, unit }, ctx.units.get('t', 'unit'), 'unit').times(distanceKm)
    product = ctx.units.base('mass-distance')
  } else if (unit.dimension === 'count') {
    value = ctx.units.convert({ value: a.quantity, unit }, ctx.units.base('count'), 'unit').times(distanceKm)
    product = ctx.units.base(to.dimension === 'vehicle-distance' ? 'vehicle-distance' : 'passenger-distance')
  } else {
    throw new CalculationError(
      'DIMENSION_MISMATCH',
      `unit: distance-based multiplies a mass or a count by the distance, not ${unit.dimension} (${unit.symbol})`,
      'unit'
    )
  }
  return { value, unit: product, step: `${show(a.quantity)} ${unit.symbol} × ${show(distanceKm)} km = ${show(value)} ${product.symbol}` }
}

function spendBased(a: ActivityData, factor: Factor, ctx: EngineContext): Calculation {
  const method = Methods.spendBased
  if (factor.per.currency === undefined)
    throw new CalculationError(
      'FACTOR_METHOD_MISMATCH',
      `spend-based needs a factor per currency unit, not per ${factor.per.unit.symbol}`,
      'factor'
    )
  if (a.amount === undefined) throw new CalculationError('MISSING_AMOUNT', 'amount is required for spend-based', 'amount')
  if (!isCurrencyCode(a.currency))
    throw new CalculationError('INVALID_CURRENCY', `currency '${a.currency ?? ''}' is not an ISO 4217 code`, 'currency')
  const currency = (a.currency as string).toUpperCase()
  const spendYear = a.spendYear ?? (a.date ? Number(a.date.slice(0, 4)) : undefined)
  if (spendYear === undefined) {
    // a year is needed only to convert: an exchange rate of the spend year, or a price index to the factor's year
    if (currency === factor.per.currency.toUpperCase() && factor.per.year === undefined) {
      return apply(method, a.amount, factor, [])
    }
    const why =
      currency === factor.per.currency.toUpperCase()
        ? `to move ${currency} to the factor's ${factor.per.year} prices`
        : `for the exchange rate ${currency} to ${factor.per.currency}`
    throw new CalculationError('MISSING_SPEND_YEAR', `spendYear (or date) is required ${why}`, 'spendYear')
  }
  const { value, steps } = ctx.money.normalise(a.amount, currency, spendYear, factor.per.currency, factor.per.year)
  return apply(method, value, factor, steps)
}

/** Hybrid: the sum of its components (supplier data where there is some, secondary data for the rest). */
function hybrid(a: ActivityData, ctx: EngineContext): Calculation {
  if (!a.components?.length) throw new CalculationError('MISSING_COMPONENTS', 'hybrid needs components', 'components')
  const components = a.components.map((c, i) => {
    if (c.method === Methods.hybrid)
      throw new CalculationError('NESTED_HYBRID', `components/${i}: a component cannot itself be hybrid`, `components/${i}/method`)
    try {
      return calculate(c, c.factor, ctx)
    } catch (e) {
      if (e instanceof CalculationError)
        throw new CalculationError(e.code, `components/${i}: ${e.message}`, `components/${i}/${e.target ?? ''}`)
      throw e
    }
  })
  const kgCO2e = components.reduce((sum, c) => sum.plus(c.kgCO2e), new Decimal(0))
  const steps = components.map((c, i) => `[${i + 1}] ${c.method}: ${c.steps.join('; ')}`)
  steps.push(`sum of ${components.length} components = ${show(kgCO2e)} kgCO2e`)
  const assumptions = components.flatMap((c, i) =>
    c.assumptions.map(a => ({ ...a, message: `components/${i}: ${a.message}`, target: a.target && `components/${i}/${a.target}` }))
  )
  const biogenicCO2 = components.some(c => c.biogenicCO2 !== undefined)
    ? components.reduce((sum, c) => sum.plus(c.biogenicCO2 ?? 0), new Decimal(0))
    : undefined
  return {
    kgCO2e,
    method: Methods.hybrid,
    activityValue: new Decimal(components.length),
    activityUnit: 'components',
    biogenicCO2,
    steps,
    assumptions,
    components
  }
}

/** The reported figure: rounded once, half to even, to KG_DECIMALS. */
export const reportedKg = (c: Calculation): Decimal => roundKg(c.kgCO2e)
