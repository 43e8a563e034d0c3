import cds from '@sap/cds'
import { scope3YearToDateTile } from '#cds-models/AnalyticsService'
import { tonnesShown } from '../lib/common/decimal'
import { figureTile } from '../common/launchpad-tiles'

/**
 * Scope 3 Analytics is read by Fiori elements through CAP's generic `$apply`; the one handler here is the
 * launchpad tile's figure: the newest fiscal year with lines up to the current one, summed as the app sums it
 * (location-based, through this service, so the user's company codes apply), in t CO2e with 3 decimals (1 kg).
 */
export class AnalyticsService extends cds.ApplicationService {
  async init(): Promise<void> {
    const { EmissionLines } = this.entities
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
