import cds from '@sap/cds'
import { recompute } from '#cds-models/AccountingService'
import { factorSetsImported } from '#cds-models/FactorService'
import * as runner from './attribution-runner'
import { ensureIndexes } from './db-indexes'
import { backfillPurchaseOrderTotals } from './purchase-order-totals'

export class AccountingService extends cds.ApplicationService {
  async init (): Promise<void> {
    await ensureIndexes()
    // a database from before the pre-aggregated purchase order totals gets them once, before requests are served
    cds.once('served', backfillPurchaseOrderTotals)
    this.recomputation()
    this.recomputeOnImport()
    return super.init()
  }

  /** Controllers and admins attribute activities on demand, e.g. after rules changed. */
  recomputation (): void {
    this.on(recompute, async req => await runner.recompute(req.data.activities as string[] | undefined) as any)
  }

  /** Development and tests attribute the demo activities as soon as the factor library is loaded (in the import's transaction). */
  recomputeOnImport (): void {
    if (!cds.env.requires.accounting?.recomputeOnImport) return
    cds.connect.to('FactorService').then(factors => factors.on(factorSetsImported, () => runner.recompute()))
  }
}
