import { Decimal, type DecimalInput } from '../common/decimal'
import type { DataQuality } from '../attribution/data-quality'

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

/** σ² of ln of one figure from its method and its five data-quality indicators */
export function varianceOf(method: string, dq: DataQuality): { variance: Decimal; unknownMethod: boolean } {
  const basic = BASIC_VARIANCE[method]
  let variance = new Decimal(basic ?? UNKNOWN_METHOD_VARIANCE)
  for (const indicator of Object.keys(PEDIGREE_VARIANCE) as Array<keyof DataQuality>)
    variance = variance.plus(PEDIGREE_VARIANCE[indicator][score(dq[indicator], indicator) - 1])
  return { variance, unknownMethod: basic === undefined }
}

/** The 95 % interval of one line's figure (kg CO2e), its median. A figure of 0 or less has no spread. */
export function lineUncertainty(kgCO2e: DecimalInput, method: string, dq: DataQuality): LineUncertainty {
  const figure = new Decimal(kgCO2e)
  const { variance, unknownMethod } = varianceOf(method, dq)
  const gsd95 = Z95.times(variance.sqrt()).exp()
  const spread = figure.gt(0)
  return {
    variance,
    gsd95: gsd95.toDecimalPlaces(DIGITS),
    low: spread ? figure.dividedBy(gsd95).toDecimalPlaces(DIGITS) : figure,
    high: spread ? figure.times(gsd95).toDecimalPlaces(DIGITS) : figure,
    unknownMethod
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
 * The 95 % interval of a sum of independent lines, each a lognormal with its figure as median and its σ²:
 * the sum's mean M = Σ mᵢ·e^(σᵢ²/2) and variance V = Σ mᵢ²·e^(σᵢ²)·(e^(σᵢ²) − 1); the lognormal with that mean and
 * variance has σ² = ln(1 + V/M²) and μ = ln M − σ²/2, its interval e^(μ ± 1.96 σ). Lines of 0 or less shift it.
 */
export function sumUncertainty(lines: Iterable<{ kgCO2e: DecimalInput; variance: DecimalInput }>): SummedUncertainty {
  let total = new Decimal(0)
  let shift = new Decimal(0)
  let mean = new Decimal(0)
  let spread = new Decimal(0)
  let exact = 0
  for (const line of lines) {
    const m = new Decimal(line.kgCO2e)
    total = total.plus(m)
    if (m.lte(0)) {
      shift = shift.plus(m)
      exact++
      continue
    }
    const s2 = new Decimal(line.variance)
    const growth = s2.exp()
    mean = mean.plus(m.times(s2.dividedBy(2).exp()))
    spread = spread.plus(m.pow(2).times(growth).times(growth.minus(1)))
  }
  if (mean.isZero()) return { total, low: total, high: total, variance: new Decimal(0), exact }
  const variance = spread.dividedBy(mean.pow(2)).plus(1).ln()
  const mu = mean.ln().minus(variance.dividedBy(2))
  const half = Z95.times(variance.sqrt())
  return {
    total,
    low: mu.minus(half).exp().plus(shift).toDecimalPlaces(DIGITS),
    high: mu.plus(half).exp().plus(shift).toDecimalPlaces(DIGITS),
    variance: variance.toDecimalPlaces(12),
    exact
  }
}
