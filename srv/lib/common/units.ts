import { Decimal, CalculationError, type DecimalInput } from './decimal'

export type Dimension =
  'mass' | 'volume' | 'energy' | 'distance' | 'mass-distance' | 'passenger-distance' | 'vehicle-distance' | 'count' | 'money' | 'time'

export interface UnitRow {
  code: string
  symbol: string
  dimension_code: string
  toBase: DecimalInput
  aliases?: string | null
}
export interface Unit {
  code: string
  symbol: string
  dimension: Dimension
  toBase: Decimal
}

/** Quantity with its unit; `value` is in that unit. */
export interface Measure {
  value: Decimal
  unit: Unit
}

/**
 * The unit catalogue, built from the Units code list (db/data/scope3-Units.csv).
 * Lookups are case-insensitive over code, symbol and aliases; ISO 4217 codes are money, not units.
 */
export class UnitCatalog {
  private readonly byName = new Map<string, Unit>()
  private readonly bases = new Map<Dimension, Unit>()
  private readonly ratios = new Map<string, Decimal>()

  constructor(rows: UnitRow[]) {
    for (const row of rows) {
      const unit: Unit = { code: row.code, symbol: row.symbol, dimension: row.dimension_code as Dimension, toBase: new Decimal(row.toBase) }
      if (unit.toBase.eq(1) && !this.bases.has(unit.dimension)) this.bases.set(unit.dimension, unit)
      for (const name of [row.code, row.symbol, ...(row.aliases ?? '').split('|')]) {
        const key = name.trim().toLowerCase()
        if (!key) continue
        const known = this.byName.get(key)
        if (known && known.code !== unit.code) throw new Error(`Unit name '${name}' is ambiguous: ${known.code} and ${unit.code}`)
        this.byName.set(key, unit)
      }
    }
  }

  find(name: string | undefined | null): Unit | undefined {
    return name ? this.byName.get(name.trim().toLowerCase()) : undefined
  }

  get(name: string | undefined | null, field: string): Unit {
    if (!name) throw new CalculationError('MISSING_UNIT', `${field} is missing`, field)
    const unit = this.find(name)
    if (!unit) throw new CalculationError('UNKNOWN_UNIT', `${field} '${name}' is not a known unit`, field)
    return unit
  }

  /**
   * Converts a measure into another unit of the same dimension, by the cached ratio from.toBase / to.toBase:
   * exact where the ratio is a finite decimal, else to 34 significant digits.
   */
  convert(measure: Measure, to: Unit, field: string): Decimal {
    const from = measure.unit
    if (from.dimension !== to.dimension) {
      throw new CalculationError(
        'DIMENSION_MISMATCH',
        `${field}: ${from.symbol} (${from.dimension}) cannot be converted to ${to.symbol} (${to.dimension})`,
        field
      )
    }
    if (from.code === to.code) return measure.value
    const key = `${from.code}>${to.code}`
    let ratio = this.ratios.get(key)
    if (!ratio) this.ratios.set(key, (ratio = from.toBase.div(to.toBase)))
    return measure.value.times(ratio)
  }

  /** The base unit of a dimension (the first unit whose toBase is 1). */
  base(dimension: Dimension): Unit {
    const unit = this.bases.get(dimension)
    if (!unit) throw new Error(`No base unit for dimension ${dimension}`)
    return unit
  }
}

export const isCurrencyCode = (name: string | undefined | null): boolean => !!name && /^[A-Z]{3}$/i.test(name.trim())
