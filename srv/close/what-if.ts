import { Activities } from '#cds-models/scope3'
import { figuresFromTotals, whereIn, postingInto, type PeriodKey } from '../attribution/period-postings'
import { plan, categoryDeltas, type CategoryDelta } from '../attribution/attribute-lines'

/** What recomputing the period's activities now would change, per category, against its current figures. */
export async function whatIf(period: PeriodKey): Promise<CategoryDelta[]> {
  const figures = await figuresFromTotals(period)
  const ids = (await SELECT.from(Activities).columns('ID').where(whereIn(period))).map(a => a.ID!)
  const planned = ids.length ? await postingInto(period, () => plan(ids)) : { inserts: [], current: new Map() }
  return categoryDeltas(figures.totals, planned)
}
