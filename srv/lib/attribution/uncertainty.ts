import { Decimal, type DecimalInput } from '../common/decimal'
import type { DataQuality } from './data-quality'

/**
 * Quantitative uncertainty of emission figures from their data quality (issue 29, first step; docs/reporting.md).
 *
 * A line's figure is taken as the median of a lognormal distribution whose variance of ln (σ²) is a basic
 * uncertainty of its calculation method plus one term per data-quality indicator (the pedigree matrix approach of
 * the ecoinvent v3 data quality guideline, Weidema et al. 2013, table 10.3, which the GHG Protocol's quantitative
 * uncertainty guidance refers to). Lines are summed as independent lognormals: the sum's distribution is the lognormal
 * with the same mean and variance (Fenton-Wilkinson). Closed formulas in decimal arithmetic (34 digits): the same
 * input gives the same interval, bit for bit, with no random draws.
 */

/** σ² (variance of ln) added by each indicator's score 1 (very good) to 5 (very poor): Weidema et al. 2013, table 10.3 */
export const PEDIGREE_VARIANCE: Readonly<Record<keyof DataQuality, readonly string[]>> = {
  reliability: ['0', '0.0006', '0.002', '0.008', '0.04'],
  completeness: ['0', '0.0001', '0.0006', '0.002', '0.008'],
  temporal: ['0', '0.0002', '0.002', '0.008', '0.04'],
  geographical: ['0', '0.000025', '0.0001', '0.0006', '0.002'],
  technological: ['0', '0.0006', '0.008', '0.04', '0.12']
}

/**
 * The basic uncertainty (σ² of ln) of a figure by its calculation method, before its data quality: this project's
 * choice, stated in docs/reporting.md. Measured or supplier-specific data and fuel use as ecoinvent's basic
 * uncertainty of combustion CO2 (0.0006); distance-based and hybrid as its transport services (0.002 here: the
 * distance is known, the load less so); average-data and waste factors 0.04; spend-based (environmentally extended
 * input-output factors) 0.12, a GSD95 of about 2 before data quality.
 */
export const BASIC_VARIANCE: Readonly<Record<string, string>> = {
  'supplier-specific': '0.0006',
  'fuel-based': '0.0006',
  hybrid: '0.002',
  'distance-based': '0.002',
  'waste-type-specific': '0.04',
  'average-data': '0.04',
  'spend-based': '0.12'
}

/** a method this table does not know: the most uncertain one's basic uncertainty (and a warning for the caller) */
export const UNKNOWN_METHOD_VARIANCE = '0.12'

/** the two-sided 95 % quantile of the standard normal distribution */
const Z95 = new Decimal('1.959963984540054')
const DIGITS = 6

/**
 * The name and version of this method, frozen with a snapshot's interval: a later change of the tables or formulas
 * gets a new one, and replay recomputes a snapshot's interval only with the method it was frozen with.
 */
export const UNCERTAINTY_METHOD = 'pedigree-lognormal/1'

export interface LineUncertainty {
  /** σ² of ln: basic plus pedigree */
  variance: Decimal
  /** the factor of the 95 % interval, exp(1.96 σ) (for a lognormal, GSD^1.96) */
  gsd95: Decimal
  /** the 95 % interval around the figure (the median): figure / gsd95 … figure × gsd95, in the figure's unit */
  low: Decimal
  high: Decimal
  /** the method was not in BASIC_VARIANCE */
  unknownMethod: boolean
}

const score = (value: number, indicator: string): number => {
  if (!Number.isInteger(value) || value < 1 || value > 5) throw new RangeError(`${indicator}: a data-quality score is 1 to 5, not ${value}`)
  return value
}

/**
 * The basic uncertainty of a factor that states its own (EmissionFactors.uncertainty, ±u %, e.g. a conservative
 * stand-in's uplift): u is read as the reach of its 95 % interval above the figure, e^(1.96 σ) = 1 + u/100, so
 * σ² = (ln(1 + u/100) / 1.96)², rounded half to even to 6 decimals (the precision σ² is stored with). It replaces the
 * method's basic uncertainty, as a known uncertainty of the data does in the ecoinvent guideline; the pedigree terms
 * are added as always. Throws RangeError for a percentage not above 0.
 */
export function statedVariance(percent: DecimalInput): Decimal {
  const u = new Decimal(percent)
  if (!u.gt(0)) throw new RangeError(`uncertainty: a factor's stated uncertainty is above 0 %, not ${u.toString()}`)
  return u.div(100).plus(1).ln().div(Z95).pow(2).toDecimalPlaces(DIGITS, Decimal.ROUND_HALF_EVEN)
}

/** the σ² of each method, data-quality scores and stated uncertainty seen: six additions per line become one lookup */
const variances = new Map<string, { variance: Decimal; unknownMethod: boolean }>()

/**
 * σ² (variance of ln) of one figure from its method and its five data-quality indicators; with the factor's stated
 * uncertainty (percent, statedVariance) in place of the method's basic uncertainty
 */
export function varianceOf(method: string, dq: DataQuality, stated?: DecimalInput | null): { variance: Decimal; unknownMethod: boolean } {
  const indicators = Object.keys(PEDIGREE_VARIANCE) as Array<keyof DataQuality>
  const own = stated == null || stated === '' ? undefined : new Decimal(stated).toString()
  const key = `${method}|${indicators.map(i => dq[i]).join(',')}|${own ?? ''}`
  const known = variances.get(key)
  if (known) return known
  const basic = own !== undefined ? statedVariance(own).toString() : BASIC_VARIANCE[method]
  let variance = new Decimal(basic ?? UNKNOWN_METHOD_VARIANCE)
  for (const indicator of indicators) variance = variance.plus(PEDIGREE_VARIANCE[indicator][score(dq[indicator], indicator) - 1])
  const result = { variance, unknownMethod: basic === undefined }
  variances.set(key, result)
  return result
}

interface Ratios {
  /** e^(σ²/2): the mean of the lognormal over its median */
  meanRatio: Decimal
  /** e^(σ²)(e^(σ²) − 1): its variance over the median squared */
  varianceRatio: Decimal
  /** e^(1.96 σ): the factor of the 95 % interval */
  gsd95: Decimal
}
/** per σ²: the exponentials, computed once */
const ratios = new Map<string, Ratios>()
function ratiosOf(variance: DecimalInput): Ratios {
  const s2 = new Decimal(variance)
  const key = s2.toString()
  let r = ratios.get(key)
  if (!r) {
    const growth = s2.exp()
    r = { meanRatio: s2.dividedBy(2).exp(), varianceRatio: growth.times(growth.minus(1)), gsd95: Z95.times(s2.sqrt()).exp() }
    ratios.set(key, r)
  }
  return r
}

/**
 * The 95 % interval of one line's figure (kg CO2e), its median. A figure of 0 or less has no spread. `stated`: the
 * factor's own uncertainty in percent, where it states one (statedVariance).
 */
export function lineUncertainty(kgCO2e: DecimalInput, method: string, dq: DataQuality, stated?: DecimalInput | null): LineUncertainty {
  const figure = new Decimal(kgCO2e)
  const { variance, unknownMethod } = varianceOf(method, dq, stated)
  const { gsd95 } = ratiosOf(variance)
  const spread = figure.gt(0)
  return {
    variance,
    gsd95: gsd95.toDecimalPlaces(DIGITS),
    low: spread ? figure.dividedBy(gsd95).toDecimalPlaces(DIGITS) : figure,
    high: spread ? figure.times(gsd95).toDecimalPlaces(DIGITS) : figure,
    unknownMethod
  }
}

/**
 * What a line adds to the interval of a sum, summable by addition (and taken away by subtraction when the line is
 * superseded): the mean of its lognormal m·e^(σ²/2) and its variance m²·e^(σ²)(e^(σ²) − 1), each rounded half-even
 * to 6 decimals (kg, kg²) so that sums of them are exact; a figure of 0 or less, or one without a σ², adds itself as
 * it is (`exact`). Period totals and snapshots keep the sums of these.
 */
export interface Moments {
  mean: string
  variance: string
  exact: string
}

export function lineMoments(kgCO2e: DecimalInput, variance: DecimalInput | null | undefined): Moments {
  const m = new Decimal(kgCO2e)
  if (m.lte(0) || variance == null || variance === '') return { mean: '0', variance: '0', exact: m.toString() }
  const { meanRatio, varianceRatio } = ratiosOf(variance)
  return {
    mean: m.times(meanRatio).toDecimalPlaces(DIGITS, Decimal.ROUND_HALF_EVEN).toString(),
    variance: m.pow(2).times(varianceRatio).toDecimalPlaces(DIGITS, Decimal.ROUND_HALF_EVEN).toString(),
    exact: '0'
  }
}

/**
 * The 95 % interval of a sum from the sums of its lines' moments: the lognormal with mean M and variance V has
 * σ² = ln(1 + V/M²) and μ = ln M − σ²/2, its interval e^(μ ± 1.96 σ), shifted by the lines without spread.
 */
export function intervalOf(sums: { mean: DecimalInput; variance: DecimalInput; exact: DecimalInput }): {
  low: Decimal
  high: Decimal
  variance: Decimal
} {
  const mean = new Decimal(sums.mean)
  const shift = new Decimal(sums.exact)
  if (mean.lte(0)) return { low: shift, high: shift, variance: new Decimal(0) }
  const variance = Decimal.max(sums.variance, 0).dividedBy(mean.pow(2)).plus(1).ln()
  const mu = mean.ln().minus(variance.dividedBy(2))
  const half = Z95.times(variance.sqrt())
  return {
    low: mu.minus(half).exp().plus(shift).toDecimalPlaces(DIGITS, Decimal.ROUND_HALF_EVEN),
    high: mu.plus(half).exp().plus(shift).toDecimalPlaces(DIGITS, Decimal.ROUND_HALF_EVEN),
    variance: variance.toDecimalPlaces(12)
  }
}

export interface SummedUncertainty {
  /** the sum of the figures (the inventory's figure, unchanged) */
  total: Decimal
  /** the 95 % interval of the sum */
  low: Decimal
  high: Decimal
  /** σ² of ln of the lognormal fitted to the sum */
  variance: Decimal
  /** lines without spread (a figure of 0 or less, e.g. a reversal): added to the sum as they are */
  exact: number
}

/**
 * The 95 % interval of a sum of independent lines, each a lognormal with its figure as median and its σ²: the sum of
 * their moments (lineMoments), the lognormal with that mean and variance (intervalOf). Lines of 0 or less shift it.
 */
export function sumUncertainty(lines: Iterable<{ kgCO2e: DecimalInput; variance: DecimalInput }>): SummedUncertainty {
  let total = new Decimal(0)
  let mean = new Decimal(0)
  let spread = new Decimal(0)
  let shift = new Decimal(0)
  let exact = 0
  for (const line of lines) {
    total = total.plus(line.kgCO2e)
    const m = lineMoments(line.kgCO2e, line.variance)
    mean = mean.plus(m.mean)
    spread = spread.plus(m.variance)
    shift = shift.plus(m.exact)
    if (new Decimal(line.kgCO2e).lte(0)) exact++
  }
  const { low, high, variance } = intervalOf({ mean, variance: spread, exact: shift })
  return { total, low, high, variance, exact }
}
