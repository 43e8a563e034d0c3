import cds from '@sap/cds'
import { scope3YearToDateTile, type CategoryInterval, type TargetPeriodProgress, type TargetProgress } from '#cds-models/AnalyticsService'
import {
  Attributions,
  BaseYearReviews,
  CompanyCodes,
  FiscalPeriods,
  PeriodTotals,
  ReductionTargets,
  Scope3Categories,
  TargetDenominators,
  type ReductionTarget
} from '#cds-models/scope3'
import { figuredWithPins, mergedPins, type Pins } from '../attribution/period-postings'
import { Decimal, tonnesShown } from '../lib/common/decimal'
import { intervalOf } from '../lib/attribution/uncertainty'
import { allowedValues, passes, UnsupportedFilter, type AllowedValues } from '../lib/common/filter-values'
import { answer } from '../lib/common/computed-sets'
import { coveredCategories, periodProgress, progress, type BaseAdjustment } from '../lib/close/targets'
import { momentsOf } from '../lib/close/ledger'
import { figureTile } from '../common/launchpad-tiles'
import { asCurrentUser } from '../common/company-code-isolation'

/**
 * A grouping that asks for no order (Fiori elements does not pass the sort order of a list report view's chart) comes
 * in the order a reader expects: by period, oldest first, where it is grouped by period (a trend reads left to
 * right); else the largest figure first (the largest suppliers, material groups).
 */
export function orderGroupings(select: { groupBy?: any[]; orderBy?: any[]; columns?: any[] } | undefined): void {
  if (!select?.groupBy?.length || select.orderBy?.length) return
  const grouped = (name: string): boolean => select.groupBy!.some(g => g.ref?.length === 1 && g.ref[0] === name)
  const periods = ['fiscalYear', 'yearPeriod'].filter(grouped)
  if (periods.length) {
    select.orderBy = periods.map(name => ({ ref: [name] }))
    return
  }
  const figure = select.columns?.find(c => c.func === 'sum')
  if (figure) {
    const { as: _alias, ...sum } = figure
    select.orderBy = [{ ...sum, sort: 'desc' }]
  }
}

/**
 * Scope 3 Analytics is read by Fiori elements through CAP's generic `$apply` (groupings ordered by orderGroupings);
 * the other handler is the launchpad tile's figure: the newest fiscal year with lines up to the current one, summed as the app sums it
 * (location-based, through this service, so the user's company codes apply), in t CO2e with 3 decimals (1 kg).
 */
export class AnalyticsService extends cds.ApplicationService {
  async init(): Promise<void> {
    const { EmissionLines } = this.entities
    this.before('READ', EmissionLines, req => orderGroupings((req.query as any).SELECT))
    this.on('READ', this.entities.CategoryIntervals, async req =>
      computed(req, ['fiscalYear', 'companyCode_code', 'category_code'], categoryIntervals, [
        { name: 'fiscalYear', desc: true },
        { name: 'companyCode_code', desc: false },
        { name: 'category_code', desc: false }
      ])
    )
    this.on('READ', this.entities.TargetProgress, async req =>
      computed(req, ['target_ID', 'year'], allowed => targetProgress(allowed, asks(req, ['activityChange', 'methodologyChange'])), [
        { name: 'targetName', desc: false },
        { name: 'year', desc: false }
      ])
    )
    this.on('READ', this.entities.TargetPeriodProgress, async req =>
      computed(req, ['target_ID', 'year'], targetPeriodProgress, [
        { name: 'targetName', desc: false },
        { name: 'year', desc: false },
        { name: 'fiscalPeriod', desc: false }
      ])
    )
    this.on(scope3YearToDateTile, async () => {
      const newest = await this.run(
        SELECT.one
          .from(EmissionLines)
          .columns('max(fiscalYear) as year')
          .where({ fiscalYear: { '<=': new Date().getUTCFullYear() } })
      )
      const year = (newest as { year?: number } | undefined)?.year
      if (year == null) return figureTile('0.000', 't CO2e', 3, 'No emission lines yet')
      const total = await this.run(SELECT.one.from(EmissionLines).columns('sum(kgCO2eLocation) as kg').where({ fiscalYear: year }))
      const kg = String((total as { kg?: unknown } | undefined)?.kg ?? 0)
      return figureTile(tonnesShown(kg), 't CO2e', 3, `${year} to date`)
    })
    await super.init()
  }
}

/**
 * The 95 % interval of each category's figure per fiscal year and company code, from the period totals the user may
 * read (the inventory's source: srv/close/inventory-service.ts), newest year first, then company code and category.
 */
async function categoryIntervals(allowed: Map<string, Set<string>>): Promise<CategoryInterval[]> {
  const years = allowed.get('fiscalYear')
  const query = SELECT.from(PeriodTotals).columns(
    'fiscalYear',
    'companyCode_code',
    'category_code',
    'lines',
    'kgCO2eLocation',
    'kgMean',
    'kgVariance',
    'kgWithSpread'
  )
  if (years) query.where({ fiscalYear: { in: [...years].map(Number).filter(Number.isInteger) } })
  const [totals, categories, companyCodes] = await Promise.all([
    asCurrentUser(query),
    SELECT.from(Scope3Categories).columns('code', 'title'),
    SELECT.from(CompanyCodes).columns('code', 'name')
  ])
  const title = new Map(categories.map(c => [c.code, c.title]))
  const companyName = new Map(companyCodes.map(c => [c.code, c.name]))
  const groups = new Map<string, { row: Record<string, any>; of: typeof totals }>()
  for (const t of totals) {
    if (!passes(allowed, t as Record<string, unknown>)) continue
    const id = `${t.fiscalYear!}|${t.companyCode_code!}|${t.category_code!}`
    const group = groups.get(id) ?? {
      row: { fiscalYear: t.fiscalYear, companyCode_code: t.companyCode_code, category_code: t.category_code, lines: 0 },
      of: []
    }
    group.row.lines += t.lines ?? 0
    group.of.push(t)
    groups.set(id, group)
  }
  const rows = [...groups.values()]
    .filter(g => g.row.lines > 0)
    .map(({ row, of }) => {
      const kg = of.reduce((s, t) => s.plus(t.kgCO2eLocation ?? 0), new Decimal(0))
      const { low, high } = intervalOf(momentsOf(of))
      const percent = (d: Decimal): string | null =>
        kg.isZero() ? null : d.abs().div(kg).times(100).toDecimalPlaces(1, Decimal.ROUND_HALF_EVEN).toFixed(1)
      const [below, above] = [percent(kg.minus(low)), percent(high.minus(kg))]
      return {
        ...row,
        categoryName: title.get(row.category_code) ?? String(row.category_code),
        fiscalYearText: String(row.fiscalYear),
        companyCodeName: companyName.get(row.companyCode_code) ?? null,
        tCO2eLocation: tonnesShown(kg),
        tCO2eLow: tonnesShown(low),
        tCO2eHigh: tonnesShown(high),
        belowPercent: below,
        abovePercent: above,
        range: below == null ? null : `−${below} % … +${above!} %`
      } as CategoryInterval
    })
  return rows
}

/**
 * A read of a computed entity set: its filter (by the elements given, eq and in only: 400 naming any other), a single
 * row by key, or the rows as CAP answers a query (computed-sets.ts: $apply, $orderby, paging, $count).
 */
async function computed(
  req: cds.Request,
  filterable: string[],
  rowsOf: (allowed: AllowedValues) => Promise<Array<Record<string, any>>>,
  defaultOrder: Array<{ name: string; desc: boolean }>
): Promise<unknown> {
  const select = (req.query as any).SELECT
  let rows: Array<Record<string, any>>
  try {
    rows = await rowsOf(allowedValues(select.where, filterable))
  } catch (e) {
    if (e instanceof UnsupportedFilter) return req.reject(400, e.message, e.target)
    throw e
  }
  // a single row by its key: /CategoryIntervals(fiscalYear=…,companyCode_code=…,category_code=…)
  const key = req.params?.[0] as Record<string, unknown> | undefined
  if (key && typeof key === 'object') return rows.find(r => Object.entries(key).every(([k, v]) => String(r[k]) === String(v)))
  try {
    return answer(rows, select, defaultOrder)
  } catch (e) {
    if (e instanceof RangeError) return req.reject(400, e.message)
    throw e
  }
}

/**
 * The progress of each reduction target the user may read: per year from its base year to its target year, the
 * figure of its covered categories and company codes from the period totals the user may read (the inventory's
 * source), against the linear pathway (srv/lib/close/targets.ts), in tonnes.
 */
async function targetProgress(allowed: AllowedValues, split: boolean): Promise<TargetProgress[]> {
  const yearsAsked = allowed.get('year')
  const targets = await targetsAsked(allowed)
  if (!targets.length) return []
  const [totals, periods, denominators, structural] = await Promise.all([
    asCurrentUser(SELECT.from(PeriodTotals).columns('companyCode_code', 'fiscalYear', 'category_code', 'kgCO2eLocation')),
    asCurrentUser(SELECT.from(FiscalPeriods).columns('companyCode_code', 'fiscalYear', 'status')),
    SELECT.from(TargetDenominators).where({ target_ID: { in: targets.map(t => t.ID) } }),
    structuralAdjustments(targets)
  ])
  const rows: TargetProgress[] = []
  /** each target's figure per year, exact kg */
  const figures = new Map<string, Decimal>()
  for (const t of targets) {
    const covered = new Set(coveredCategories(t.categories))
    const ofTarget = (code?: string | null): boolean => !t.companyCode_code || code === t.companyCode_code
    const years = new Map<number, { kg: Decimal; periods: number; closed: number }>()
    const year = (y: number): { kg: Decimal; periods: number; closed: number } => {
      if (!years.has(y)) years.set(y, { kg: new Decimal(0), periods: 0, closed: 0 })
      return years.get(y)!
    }
    for (const p of periods.filter(p => ofTarget(p.companyCode_code))) {
      const y = year(p.fiscalYear!)
      y.periods++
      if (p.status === 'closed') y.closed++
    }
    for (const row of totals.filter(r => ofTarget(r.companyCode_code) && covered.has(r.category_code!)))
      year(row.fiscalYear!).kg = year(row.fiscalYear!).kg.plus(row.kgCO2eLocation ?? 0)
    const adjustments = structural.get(t.ID!) ?? []
    for (const [y, f] of years)
      figures.set(`${t.ID!}|${y}`, y === t.baseYear ? adjustments.reduce((kg, a) => kg.plus(a.kgCO2e), f.kg) : f.kg)
    const intensity = t.targetType === 'intensity'
    const { rows: yearsOf, warnings } = progress(
      {
        targetType: intensity ? 'intensity' : 'absolute',
        baseYear: t.baseYear!,
        targetYear: t.targetYear!,
        reductionPercent: String(t.reductionPercent)
      },
      [...years].map(([y, f]) => ({
        year: y,
        kgCO2e: f.kg.toString(),
        periods: f.periods,
        closedPeriods: f.closed,
        denominator: denominatorOf(denominators, t.ID!, y)
      })),
      adjustments
    )
    const shown = (kg: string | null): string | null => (kg == null ? null : tonnesShown(kg))
    for (const r of yearsOf.filter(r => !yearsAsked || yearsAsked.has(String(r.year))))
      rows.push({
        target_ID: t.ID,
        year: r.year,
        yearText: String(r.year),
        targetName: t.name,
        unit: intensity ? `t CO2e / ${t.denominatorUnit ?? 'unit'}` : 't CO2e',
        actual: shown(r.actual),
        pathway: shown(r.pathway),
        gap: shown(r.gap),
        reductionPercent: r.reductionPercent,
        onTrack: r.onTrack,
        closedPeriods: r.closedPeriods,
        periods: r.periods,
        notes: warnings.join('; ').slice(0, 1000) || null
      } as TargetProgress)
  }
  if (split) await splitChanges(targets, rows, figures, denominators)
  return rows
}

/** the reduction targets the user may read, those the filter names (target_ID) where it names any */
async function targetsAsked(allowed: AllowedValues): Promise<ReductionTarget[]> {
  const ids = allowed.get('target_ID')
  return (await asCurrentUser(SELECT.from(ReductionTargets))).filter(t => !ids || ids.has(String(t.ID)))
}

/** an intensity target's denominator of a year, as stored; null where there is none */
function denominatorOf(
  denominators: Array<{ target_ID?: string | null; year?: number | null; value?: unknown }>,
  target: unknown,
  year: unknown
): string | null {
  const value = denominators.find(d => d.target_ID === target && d.year === year)?.value
  return value == null ? null : String(value)
}

/** the structural changes accepted for each of these targets, oldest first: they recalculate its base year */
async function structuralAdjustments(targets: Array<{ ID?: string | null }>): Promise<Map<string, BaseAdjustment[]>> {
  const accepted = await SELECT.from(BaseYearReviews)
    .columns('target_ID', 'changeKgCO2e', 'details')
    .where({ target_ID: { in: targets.map(t => t.ID) }, trigger: 'structural', status: 'accepted' })
    .orderBy('checkedAt')
  const byTarget = new Map<string, BaseAdjustment[]>()
  for (const r of accepted)
    byTarget.set(r.target_ID!, [...(byTarget.get(r.target_ID!) ?? []), { kgCO2e: String(r.changeKgCO2e ?? 0), what: r.details ?? '' }])
  return byTarget
}

/**
 * Each absolute target's progress per closed period (srv/lib/close/targets.ts periodProgress), from the period totals
 * and periods the user may read. A period counts as closed for a target when every company code of the target with
 * figures or a period row in it has closed it.
 */
async function targetPeriodProgress(allowed: AllowedValues): Promise<TargetPeriodProgress[]> {
  const yearsAsked = allowed.get('year')
  const targets = (await targetsAsked(allowed)).filter(t => t.targetType !== 'intensity')
  if (!targets.length) return []
  const [totals, periods, adjustments] = await Promise.all([
    asCurrentUser(SELECT.from(PeriodTotals).columns('companyCode_code', 'fiscalYear', 'fiscalPeriod', 'category_code', 'kgCO2eLocation')),
    asCurrentUser(SELECT.from(FiscalPeriods).columns('companyCode_code', 'fiscalYear', 'fiscalPeriod', 'status')),
    structuralAdjustments(targets)
  ])
  const rows: TargetPeriodProgress[] = []
  for (const t of targets) {
    const covered = new Set(coveredCategories(t.categories))
    const ofTarget = (code?: string | null): boolean => !t.companyCode_code || code === t.companyCode_code
    const kg = new Map<string, Decimal>()
    const codes = new Map<string, Set<string>>()
    const id = (y: number, p: number): string => `${y}|${p}`
    const involve = (y: number, p: number, code: string): void => {
      codes.set(id(y, p), (codes.get(id(y, p)) ?? new Set()).add(code))
    }
    for (const r of totals.filter(r => ofTarget(r.companyCode_code))) {
      involve(r.fiscalYear!, r.fiscalPeriod!, r.companyCode_code!)
      if (covered.has(r.category_code!))
        kg.set(
          id(r.fiscalYear!, r.fiscalPeriod!),
          (kg.get(id(r.fiscalYear!, r.fiscalPeriod!)) ?? new Decimal(0)).plus(r.kgCO2eLocation ?? 0)
        )
    }
    const closedBy = new Map<string, Set<string>>()
    for (const p of periods.filter(p => ofTarget(p.companyCode_code))) {
      involve(p.fiscalYear!, p.fiscalPeriod!, p.companyCode_code!)
      if (p.status === 'closed')
        closedBy.set(
          id(p.fiscalYear!, p.fiscalPeriod!),
          (closedBy.get(id(p.fiscalYear!, p.fiscalPeriod!)) ?? new Set()).add(p.companyCode_code!)
        )
    }
    const base = new Map<number, Decimal>()
    const years = new Map<number, Map<number, Decimal>>()
    for (const [key, involved] of codes) {
      const [y, p] = key.split('|').map(Number)
      const figure = kg.get(key) ?? new Decimal(0)
      if (y === t.baseYear) base.set(p, figure)
      const closed = [...involved].every(code => closedBy.get(key)?.has(code))
      if (y > t.baseYear! && closed) years.set(y, (years.get(y) ?? new Map<number, Decimal>()).set(p, figure))
    }
    const progressRows = periodProgress(
      { targetType: 'absolute', baseYear: t.baseYear!, targetYear: t.targetYear!, reductionPercent: String(t.reductionPercent) },
      base,
      [...years].map(([year, closed]) => ({ year, closed })),
      adjustments.get(t.ID!) ?? []
    )
    for (const r of progressRows.filter(r => !yearsAsked || yearsAsked.has(String(r.year))))
      rows.push({
        target_ID: t.ID,
        year: r.year,
        fiscalPeriod: r.fiscalPeriod,
        yearPeriodText: `${r.year}/${String(r.fiscalPeriod).padStart(3, '0')}`,
        targetName: t.name,
        actual: tonnesShown(r.actual),
        actualToDate: tonnesShown(r.actualToDate),
        pathwayToDate: tonnesShown(r.pathwayToDate),
        gapToDate: tonnesShown(r.gapToDate),
        onTrack: r.onTrack
      } as TargetPeriodProgress)
  }
  return rows
}

/** whether a read asks for any of these properties (every property when it names none) */
function asks(req: cds.Request, names: string[]): boolean {
  const columns = (req.query as any).SELECT?.columns as any[] | undefined
  const name = (c: any): unknown => (typeof c === 'string' ? c : c?.ref?.length === 1 ? c.ref[0] : undefined)
  return !columns?.length || columns.some(c => name(c) === '*' || names.includes(name(c) as string))
}

/**
 * The change of each year against its target's base year, split by the lineage: the year's current lines figured
 * with the base year's methodology (the pins of its closed periods' snapshots: rules, factors, context) give the
 * methodology change (their figure now minus that); the activity change is the rest of the change. Lines the base
 * year's methodology cannot figure keep their figure (counted in the notes). Rows of a target without a closed
 * base-year period keep both null.
 */
async function splitChanges(
  targets: Array<Record<string, any>>,
  rows: TargetProgress[],
  figures: Map<string, Decimal>,
  denominators: Array<{ target_ID?: string | null; year?: number | null; value?: unknown }>
): Promise<void> {
  for (const t of targets) {
    const own = (r: TargetProgress): boolean => r.target_ID === t.ID && r.year !== t.baseYear && r.actual != null
    if (!rows.some(own)) continue
    const closed = await asCurrentUser(
      SELECT.from(FiscalPeriods)
        .columns('snapshot.pins as pins')
        .where({ fiscalYear: t.baseYear, status: 'closed', ...(t.companyCode_code ? { companyCode_code: t.companyCode_code } : {}) })
    )
    const pins = mergedPins(closed.map((p: any) => JSON.parse(p.pins ?? '{}') as Pins).filter(p => Array.isArray(p.rules)))
    if (!pins) continue
    const covered = coveredCategories(t.categories)
    const base = figures.get(`${t.ID as string}|${t.baseYear as number}`) ?? new Decimal(0)
    // (a denominator of 0 or less is none, as for the progress: srv/lib/close/targets.ts)
    const perUnitOf = (year: number): Decimal | null => {
      const value = denominatorOf(denominators, t.ID, year)
      return value == null || new Decimal(value).lte(0) ? null : new Decimal(value)
    }
    for (const row of rows.filter(own)) {
      const lines = await asCurrentUser(
        SELECT.from(Attributions)
          .columns('inputs', 'kgCO2eLocation')
          .where({
            fiscalYear: row.year,
            supersededBy_ID: null,
            isReversal: false,
            category_code: { in: covered },
            ...(t.companyCode_code ? { companyCode_code: t.companyCode_code } : {})
          })
      )
      const now = lines.reduce((s, l) => s.plus(l.kgCO2eLocation ?? 0), new Decimal(0))
      const { kg: then, kept } = figuredWithPins(lines, pins)
      const figure = figures.get(`${t.ID as string}|${row.year!}`) ?? new Decimal(0)
      // an intensity target: per unit of each year's own denominator, E_y/D_y − E_b/D_b, of which (now − then)/D_y methodology
      const [perUnit, perBaseUnit] = t.targetType === 'intensity' ? [perUnitOf(row.year!), perUnitOf(t.baseYear)] : [1, 1]
      if (perUnit == null || perBaseUnit == null) continue
      const methodology = now.minus(then).div(perUnit)
      const change = figure.div(perUnit).minus(base.div(perBaseUnit))
      row.methodologyChange = tonnesShown(methodology)
      row.activityChange = tonnesShown(change.minus(methodology))
      if (kept)
        row.notes = [row.notes, `${row.year}: ${kept} line(s) the base year's methodology cannot figure kept their figure`]
          .filter(Boolean)
          .join('; ')
    }
  }
}
