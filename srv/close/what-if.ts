import cds from '@sap/cds'
import { Activities, Restatements } from '#cds-models/scope3'
import { figuresFromTotals, whereIn, postingInto, periodName, type PeriodKey } from '../attribution/period-postings'
import { plan, categoryDeltas, type CategoryDelta } from '../attribution/attribute-lines'
import { appendLog } from '../common/calculation-log'

/** What recomputing the period's activities now would change, per category, against its current figures. */
export async function whatIf(period: PeriodKey): Promise<CategoryDelta[]> {
  const figures = await figuresFromTotals(period)
  const ids = (await SELECT.from(Activities).columns('ID').where(whereIn(period))).map(a => a.ID!)
  const planned = ids.length ? await postingInto(period, () => plan(ids)) : { inserts: [], current: new Map() }
  return categoryDeltas(figures.totals, planned)
}

/** Asks a second person to reopen a closed period for a restatement, with the reason; logged. Returns the request's ID. */
export async function requestRestatement(period: PeriodKey, reason: string, snapshot?: string | null): Promise<string> {
  const request = {
    ID: cds.utils.uuid(),
    period_companyCode_code: period.companyCode,
    period_fiscalYear: period.fiscalYear,
    period_fiscalPeriod: period.fiscalPeriod,
    reason,
    status: 'requested'
  }
  await INSERT.into(Restatements).entries(request as any)
  await appendLog({
    action: 'reopenRequest',
    subject: periodName(period),
    details: reason,
    inputs: { period, snapshot: snapshot ?? null },
    companyCode: period.companyCode
  })
  return request.ID
}
