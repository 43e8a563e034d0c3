import { Decimal, type DecimalInput } from '../common/decimal'

/**
 * Reduction targets, their linear pathway and the progress of each year against it, and the significance test of the
 * base-year recalculation policy: pure functions, no CAP (docs/reporting.md, "Targets" and "Base-year recalculation").
 *
 * Pathway: from the base year's figure B to B × (1 − r) in the target year, linearly: P(y) = B × (1 − r × (y − b) / (t − b))
 * for b ≤ y ≤ t, the target level after t. An intensity target does the same with B as the base year's figure per
 * unit of its denominator. Figures in kg CO2e (or kg CO2e per unit) rounded half to even to 6 decimals, shares to 2.
 */

export interface TargetDefinition {
  targetType: 'absolute' | 'intensity'
  baseYear: number
  targetYear: number
  /** percent, e.g. "42" */
  reductionPercent: string
}

/** one year's figure of the covered categories and company codes, as the inventory makes it (period totals) */
export interface YearFigure {
  year: number
  kgCO2e: string
  /** the year's periods, and how many of them are closed */
  periods: number
  closedPeriods: number
  /** an intensity target's denominator of the year, where known */
  denominator?: string | null
}

export interface ProgressRow {
  year: number
  /** the year's figure (kg CO2e, or kg CO2e per unit for an intensity target); null: unknown (no denominator) */
  actual: string | null
  /** the pathway's figure of the year */
  pathway: string
  /** actual − pathway: above 0 is behind the pathway */
  gap: string | null
  /** the reduction achieved against the base year, percent */
  reductionPercent: string | null
  /** on or below the pathway; null while the year is not closed (its figure is to date) */
  onTrack: boolean | null
  closedPeriods: number
  periods: number
}

export interface Progress {
  /** the base year's figure the pathway starts from; null without one */
  base: string | null
  rows: ProgressRow[]
  /** every assumption and gap, for the reader */
  warnings: string[]
}

const kg = (d: Decimal): string => d.toDecimalPlaces(6, Decimal.ROUND_HALF_EVEN).toFixed(6)
const percent = (d: Decimal): string => d.toDecimalPlaces(2, Decimal.ROUND_HALF_EVEN).toFixed(2)

/** The categories a target covers from its text ("1,4,6"); all fifteen when empty. Throws RangeError naming a bad one. */
export function coveredCategories(text: string | null | undefined): number[] {
  if (text == null || text.trim() === '') return Array.from({ length: 15 }, (_, i) => i + 1)
  const codes = text.split(',').map(c => c.trim())
  for (const c of codes)
    if (!/^\d+$/.test(c) || Number(c) < 1 || Number(c) > 15) throw new RangeError(`categories: ${c} is no Scope 3 category (1 to 15)`)
  return [...new Set(codes.map(Number))].sort((a, b) => a - b)
}

/** A target's definition, checked: the target year after the base year, a reduction of 0 to 100 %. */
export function checkTarget(t: TargetDefinition): void {
  if (!(t.targetYear > t.baseYear)) throw new RangeError(`targetYear: ${t.targetYear} is not after the base year ${t.baseYear}`)
  const r = new Decimal(t.reductionPercent)
  if (r.lt(0) || r.gt(100)) throw new RangeError(`reductionPercent: ${t.reductionPercent} is not between 0 and 100`)
}

/** The pathway's figure of a year from the base year's figure. */
export function pathwayFigure(base: DecimalInput, t: TargetDefinition, year: number): Decimal {
  const progressOfTime = Decimal.min(Decimal.max(year - t.baseYear, 0), t.targetYear - t.baseYear).div(t.targetYear - t.baseYear)
  return new Decimal(base).times(new Decimal(1).minus(new Decimal(t.reductionPercent).div(100).times(progressOfTime)))
}

/** An accepted structural change of the base year (GHG Protocol Scope 3 Standard, 9.2): kg CO2e in (+) or out (−), and what it was. */
export interface BaseAdjustment {
  kgCO2e: string
  what: string
}

/** the sign of a structural change's base-year emissions: operations moved into the boundary add, out of it take away */
export const STRUCTURAL_CHANGES: Readonly<Record<string, 1 | -1>> = {
  acquisition: 1,
  merger: 1,
  insourcing: 1,
  divestment: -1,
  outsourcing: -1
}

/**
 * The base-year emissions a structural change moves, signed by its kind (kg CO2e, exact). Throws RangeError naming
 * the parameter: an unknown kind, emissions not above 0.
 */
export function structuralChange(changeKind: string, baseYearTCO2e: DecimalInput): Decimal {
  const sign = STRUCTURAL_CHANGES[changeKind]
  if (!sign) throw new RangeError(`changeKind: ${changeKind} is none of ${Object.keys(STRUCTURAL_CHANGES).join(', ')}`)
  const t = new Decimal(baseYearTCO2e)
  if (!t.gt(0)) throw new RangeError(`baseYearTCO2e: the base-year emissions of the operations moved are above 0 t CO2e`)
  return t.times(1000).times(sign)
}

/**
 * Progress of the years from the base year to the target year (and any later year with figures): each year's figure
 * against the pathway. A year not fully closed has a figure to date: it is shown, but not judged on or off track.
 */
export function progress(t: TargetDefinition, figures: YearFigure[], adjustments: BaseAdjustment[] = []): Progress {
  checkTarget(t)
  const warnings: string[] = []
  const byYear = new Map(figures.map(f => [f.year, f]))
  // accepted structural changes recalculate the base year: its figure is the inventory's plus theirs
  const adjusted = adjustments.reduce((sum, a) => sum.plus(a.kgCO2e), new Decimal(0))
  const inBaseYear = byYear.get(t.baseYear)
  if (adjustments.length && inBaseYear) {
    byYear.set(t.baseYear, { ...inBaseYear, kgCO2e: new Decimal(inBaseYear.kgCO2e).plus(adjusted).toString() })
    const tonnes = adjusted.div(1000).toDecimalPlaces(3, Decimal.ROUND_HALF_EVEN)
    warnings.push(
      `base year ${t.baseYear} recalculated for structural changes: ${tonnes.gte(0) ? '+' : ''}${tonnes.toFixed(3)} t CO2e (${adjustments.map(a => a.what).join('; ')})`
    )
  }
  const figureOf = (f: YearFigure | undefined): Decimal | null => {
    if (!f) return null
    if (t.targetType === 'absolute') return new Decimal(f.kgCO2e)
    if (f.denominator == null || new Decimal(f.denominator).lte(0)) return null
    return new Decimal(f.kgCO2e).div(f.denominator)
  }
  const baseYear = byYear.get(t.baseYear)
  const base = figureOf(baseYear)
  if (!baseYear) warnings.push(`base year ${t.baseYear}: no figures, so no pathway`)
  else if (base == null) warnings.push(`base year ${t.baseYear}: no denominator, so no intensity and no pathway`)
  else if (baseYear.closedPeriods < baseYear.periods)
    warnings.push(
      `base year ${t.baseYear}: ${baseYear.closedPeriods} of ${baseYear.periods} periods closed, so the pathway starts from a provisional figure`
    )
  if (base == null) return { base: null, rows: [], warnings }
  const last = Math.max(t.targetYear, ...figures.map(f => f.year))
  const rows: ProgressRow[] = []
  for (let year = t.baseYear; year <= last; year++) {
    const f = byYear.get(year)
    const actual = figureOf(f)
    const pathway = pathwayFigure(base, t, year)
    if (f && actual == null) warnings.push(`${year}: no denominator, so no intensity`)
    if (f && f.closedPeriods < f.periods && year !== t.baseYear)
      warnings.push(`${year}: ${f.closedPeriods} of ${f.periods} periods closed, so its figure is to date and not judged`)
    const complete = f != null && f.closedPeriods >= f.periods && f.periods > 0
    rows.push({
      year,
      actual: actual == null ? null : kg(actual),
      pathway: kg(pathway),
      gap: actual == null ? null : kg(actual.minus(pathway)),
      reductionPercent: actual == null || base.isZero() ? null : percent(base.minus(actual).div(base).times(100)),
      onTrack: actual == null || !complete ? null : actual.lte(pathway),
      closedPeriods: f?.closedPeriods ?? 0,
      periods: f?.periods ?? 0
    })
  }
  return { base: kg(base), rows, warnings }
}

/** Whether a change of the base year's figure is significant under the policy: |change| ≥ threshold % of the figure. */
export function significance(
  baseKg: DecimalInput,
  changeKg: DecimalInput,
  thresholdPercent: DecimalInput
): { changePercent: string | null; significant: boolean } {
  const base = new Decimal(baseKg)
  const change = new Decimal(changeKg)
  if (base.isZero()) return { changePercent: null, significant: !change.isZero() }
  const share = change.div(base).times(100)
  return { changePercent: percent(share), significant: share.abs().gte(thresholdPercent) && !change.isZero() }
}

/** one closed period of a year after the base year, against the pathway like for like (periodProgress) */
export interface PeriodProgressRow {
  year: number
  fiscalPeriod: number
  /** the period's figure, kg CO2e */
  actual: string
  /** the year's closed periods up to this one, and the base year's same periods on the pathway of the year */
  actualToDate: string
  pathwayToDate: string
  /** actualToDate − pathwayToDate: above 0 is behind the pathway */
  gapToDate: string
  onTrack: boolean
}

/**
 * Progress per closed period of an absolute target: the year's figure up to each closed period against the base
 * year's figure of the same periods on the year's pathway, B_p × (1 − r × (y − b) / (t − b)), like for like, so a
 * season weighs the same in both. Accepted structural changes (`adjustments`) are spread over the base year's periods
 * as its figure is (each period's figure × adjusted ÷ unadjusted base). Years after the base year only; none for an
 * intensity target (its denominators are per year) or a base year without figures.
 */
export function periodProgress(
  t: TargetDefinition,
  base: Map<number, DecimalInput>,
  years: Array<{ year: number; closed: Map<number, DecimalInput> }>,
  adjustments: BaseAdjustment[] = []
): PeriodProgressRow[] {
  checkTarget(t)
  if (t.targetType !== 'absolute') return []
  const unadjusted = [...base.values()].reduce((sum: Decimal, kg) => sum.plus(kg), new Decimal(0))
  if (unadjusted.isZero()) return []
  const adjusted = adjustments.reduce((sum, a) => sum.plus(a.kgCO2e), unadjusted)
  const scale = adjusted.div(unadjusted)
  const rows: PeriodProgressRow[] = []
  for (const { year, closed } of [...years].filter(y => y.year > t.baseYear).sort((a, b) => a.year - b.year)) {
    const share = pathwayFigure(1, t, year)
    let actualToDate = new Decimal(0)
    let baseToDate = new Decimal(0)
    for (const p of [...closed.keys()].sort((a, b) => a - b)) {
      const actual = new Decimal(closed.get(p)!)
      actualToDate = actualToDate.plus(actual)
      baseToDate = baseToDate.plus(base.get(p) ?? 0)
      const pathwayToDate = baseToDate.times(scale).times(share)
      rows.push({
        year,
        fiscalPeriod: p,
        actual: kg(actual),
        actualToDate: kg(actualToDate),
        pathwayToDate: kg(pathwayToDate),
        gapToDate: kg(actualToDate.minus(pathwayToDate)),
        onTrack: actualToDate.lte(pathwayToDate)
      })
    }
  }
  return rows
}
