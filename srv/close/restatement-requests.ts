import cds from '@sap/cds'
import { Restatements } from '#cds-models/scope3'
import { periodName, type PeriodKey } from '../attribution/period-postings'
import { appendLog } from '../common/calculation-log'

/**
 * Asks a second person to reopen a closed period for a restatement, with the reason; logged. Returns the request's ID.
 * Used by a controller's `requestReopen` and by an accepted base-year review (srv/close/base-year-reviews.ts).
 */
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
