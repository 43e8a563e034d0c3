import cds from '@sap/cds'
import { scope3YearToDateTile, type CategoryInterval } from '#cds-models/AnalyticsService'
import { CompanyCodes, PeriodTotals, Scope3Categories } from '#cds-models/scope3'
import { Decimal, tonnesShown } from '../lib/common/decimal'
import { intervalOf } from '../lib/attribution/uncertainty'
import { allowedValues, passes, UnsupportedFilter } from '../lib/common/filter-values'
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
    this.on('READ', this.entities.CategoryIntervals, async req => {
      const select = (req.query as any).SELECT
      let rows: CategoryInterval[]
      try {
        rows = await categoryIntervals(allowedValues(select.where, ['fiscalYear', 'companyCode_code', 'category_code']))
      } catch (e) {
        if (e instanceof UnsupportedFilter) return req.reject(400, e.message, e.target)
        throw e
      }
      // a single row by its key: /CategoryIntervals(fiscalYear=…,companyCode_code=…,category_code=…)
      const key = req.params?.[0] as Record<string, unknown> | undefined
      if (key && typeof key === 'object') return rows.find(r => Object.entries(key).every(([k, v]) => String((r as any)[k]) === String(v)))
      if (select.columns?.some((c: any) => c.func === 'count')) return [{ $count: rows.length }]
      sortRows(rows, select.orderBy)
      const total = rows.length
      const skip = Number(select.limit?.offset?.val ?? 0)
      const page = rows.slice(skip, select.limit?.rows?.val != null ? skip + Number(select.limit.rows.val) : undefined)
      if (select.count) (page as any).$count = total
      return page
    })
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
    'kgWithoutSpread'
  )
  if (years) query.where({ fiscalYear: { in: [...years].map(Number).filter(Number.isInteger) } })
  const [totals, categories, companyCodes] = await Promise.all([
    asCurrentUser(query),
    SELECT.from(Scope3Categories).columns('code', 'title'),
    SELECT.from(CompanyCodes).columns('code', 'name')
  ])
  const title = new Map(categories.map(c => [c.code, c.title]))
  const companyName = new Map(companyCodes.map(c => [c.code, c.name]))
  const groups = new Map<string, { row: Record<string, any>; sums: Record<'kg' | 'mean' | 'variance' | 'exact', Decimal> }>()
  for (const t of totals) {
    if (!passes(allowed, t as Record<string, unknown>)) continue
    const id = `${t.fiscalYear!}|${t.companyCode_code!}|${t.category_code!}`
    const group = groups.get(id) ?? {
      row: { fiscalYear: t.fiscalYear, companyCode_code: t.companyCode_code, category_code: t.category_code, lines: 0 },
      sums: { kg: new Decimal(0), mean: new Decimal(0), variance: new Decimal(0), exact: new Decimal(0) }
    }
    group.row.lines += t.lines ?? 0
    group.sums.kg = group.sums.kg.plus(t.kgCO2eLocation ?? 0)
    group.sums.mean = group.sums.mean.plus(t.kgMean ?? 0)
    group.sums.variance = group.sums.variance.plus(t.kgVariance ?? 0)
    group.sums.exact = group.sums.exact.plus(t.kgWithoutSpread ?? 0)
    groups.set(id, group)
  }
  const rows = [...groups.values()]
    .filter(g => g.row.lines > 0)
    .map(({ row, sums }) => {
      const { low, high } = intervalOf(sums)
      const percent = (d: Decimal): string | null =>
        sums.kg.isZero() ? null : d.abs().div(sums.kg).times(100).toDecimalPlaces(1, Decimal.ROUND_HALF_EVEN).toFixed(1)
      const [below, above] = [percent(sums.kg.minus(low)), percent(high.minus(sums.kg))]
      return {
        ...row,
        categoryName: title.get(row.category_code) ?? String(row.category_code),
        fiscalYearText: String(row.fiscalYear),
        companyCodeName: companyName.get(row.companyCode_code) ?? null,
        tCO2eLocation: tonnesShown(sums.kg),
        tCO2eLow: tonnesShown(low),
        tCO2eHigh: tonnesShown(high),
        belowPercent: below,
        abovePercent: above,
        range: below == null ? null : `−${below} % … +${above!} %`
      } as CategoryInterval
    })
  return sortRows(rows, undefined)
}

/** rows in the order asked ($orderby on their properties), else newest year first, then company code and category */
function sortRows<T extends Record<string, any>>(rows: T[], orderBy: Array<{ ref?: string[]; sort?: string }> | undefined): T[] {
  const order = orderBy?.length
    ? orderBy.filter(o => o.ref?.length === 1).map(o => ({ name: o.ref![0], desc: o.sort === 'desc' }))
    : [
        { name: 'fiscalYear', desc: true },
        { name: 'companyCode_code', desc: false },
        { name: 'category_code', desc: false }
      ]
  const compare = (a: unknown, b: unknown): number => {
    if (a == null || b == null) return a == null ? (b == null ? 0 : -1) : 1
    const [x, y] = [Number(a), Number(b)]
    if (!Number.isNaN(x) && !Number.isNaN(y) && typeof a !== 'boolean') return x - y
    return String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0
  }
  return rows.sort((a, b) => {
    for (const { name, desc } of order) {
      const c = compare(a[name], b[name])
      if (c) return desc ? -c : c
    }
    return 0
  })
}
