import cds from '@sap/cds'
import { recompute } from '#cds-models/AccountingService'
import { factorSetsImported } from '#cds-models/FactorService'
import * as runner from './attribute-lines'
import { ensureIndexes } from '../common/database-indexes'
import { backfillPurchaseOrderTotals } from './purchase-order-totals'
import { asCurrentUser, companyCodesOf } from '../common/company-code-isolation'
import { Activities } from '#cds-models/scope3'
import { settings } from '../common/settings'

export class AccountingService extends cds.ApplicationService {
  async init(): Promise<void> {
    await ensureIndexes()
    // a database from before the pre-aggregated purchase order totals gets them once, before requests are served
    cds.once('served', backfillPurchaseOrderTotals)
    this.recomputation()
    this.recomputeOnImport()
    return super.init()
  }

  /**
   * Controllers and admins attribute activities on demand, e.g. after rules changed. A user limited to company codes
   * recomputes theirs: all of them when none are named, and a named activity of another company code is refused
   * (404, as a row they cannot read).
   */
  recomputation(): void {
    this.on(recompute, async req => {
      const named = req.data.activities as string[] | undefined
      if (!companyCodesOf(req.user)) return (await runner.recompute(named)) as any
      const visible = async (ids?: string[]): Promise<string[]> => {
        const query = SELECT.from(Activities).columns('ID')
        if (ids) query.where({ ID: { in: ids } })
        return (await asCurrentUser(query)).map(a => a.ID!)
      }
      if (named == null) return (await runner.recompute(await visible())) as any
      const seen = new Set(await visible(named))
      const foreign = named.find(id => !seen.has(id))
      if (foreign) return req.reject(404, `activity ${foreign} does not exist`, 'activities')
      return (await runner.recompute(named)) as any
    })
  }

  /** Development and tests attribute the demo activities as soon as the factor library is loaded (in the import's transaction). */
  recomputeOnImport(): void {
    if (!settings().accounting.recomputeOnImport) return
    cds.connect.to('FactorService').then(factors => factors.on(factorSetsImported, () => runner.recompute()))
  }
}
