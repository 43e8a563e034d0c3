import cds from '@sap/cds'
import { scope3YearToDateTile } from '#cds-models/AnalyticsService'
import { tonnesShown } from '../lib/common/decimal'
import { figureTile } from '../common/launchpad-tiles'

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
