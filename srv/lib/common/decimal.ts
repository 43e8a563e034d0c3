import { Decimal as BaseDecimal } from 'decimal.js'

/**
 * All emission and money arithmetic runs on this Decimal: 34 significant digits (IEEE 754 decimal128),
 * ties to even, never in exponent notation. Intermediate results stay unrounded; only the final
 * figure is rounded, once, by `roundKg`.
 */
export const Decimal = BaseDecimal.clone({ precision: 34, rounding: BaseDecimal.ROUND_HALF_EVEN, toExpNeg: -40, toExpPos: 40 })
export type Decimal = BaseDecimal
export type DecimalInput = string | number | BaseDecimal

/** kg CO2e are reported with 6 decimal places (1 mg), rounded half to even. */
export const KG_DECIMALS = 6

export const roundKg = (d: Decimal): Decimal =>
  d.decimalPlaces() <= KG_DECIMALS ? d : d.toDecimalPlaces(KG_DECIMALS, Decimal.ROUND_HALF_EVEN)

/** kilograms as the tonnes a person reads: three decimals (to the kilogram), half to even, e.g. "1234.567" */
export const tonnesShown = (kg: DecimalInput): string => new Decimal(kg).div(1000).toFixed(3, Decimal.ROUND_HALF_EVEN)

/** A number for explanations: 12 significant digits, plain notation. */
export const show = (d: Decimal): string => (d.precision() <= 12 ? d : d.toSignificantDigits(12)).toString()

/** Parses a decimal from a JSON number or string; undefined for empty, throws CalculationError for garbage. */
export function toDecimal(value: DecimalInput | null | undefined, field: string): Decimal | undefined {
  if (value === null || value === undefined || value === '') return undefined
  try {
    const d = new Decimal(value)
    if (d.isFinite()) return d
  } catch {
    /* reported below */
  }
  throw new CalculationError('INVALID_NUMBER', `${field} is not a decimal number: ${String(value)}`, field)
}

/** An expected, explainable reason why one calculation cannot be done. */
export class CalculationError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly target?: string
  ) {
    super(message)
  }
}
