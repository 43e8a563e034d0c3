import cds from '@sap/cds'
import { AttributionRules, PeriodSnapshots, SnapshotTotals } from '#cds-models/scope3'
import { verifyLog, replay } from '#cds-models/AuditService'
import * as log from '../common/calculation-log'
import { asCurrentUser } from '../common/company-code-isolation'
import { postedTo, replayFigures, type PeriodKey, type Pins } from '../attribution/period-postings'
import { snapshotHash } from '../lib/close/ledger'
import { UNCERTAINTY_METHOD } from '../lib/attribution/uncertainty'

export class AuditService extends cds.ApplicationService {
  async init(): Promise<void> {
    this.on(verifyLog, async () => await log.verifyLog())
    this.on(replay, async req => (await replaySnapshot(req, req.data.snapshot!)) as any)
    logRuleChanges()
    return super.init()
  }
}

let watched: unknown
/** Every change to an attribution rule is a calculation-log entry, in the transaction of the change. */
function logRuleChanges(): void {
  if (watched === cds.db) return
  watched = cds.db
  cds.db.after(['CREATE', 'UPSERT', 'UPDATE', 'DELETE'], AttributionRules, async (_: unknown, req: cds.Request) => {
    const data = [req.query?.INSERT?.entries ?? req.query?.UPSERT?.entries ?? req.query?.UPDATE?.data ?? req.data].flat().filter(Boolean)
    // rules of one company code make an entry of that company code; others are everyone's
    const codes = new Set(data.map((r: any) => r.companyCode_code ?? null))
    const [companyCode] = codes
    await log.appendLog({
      action: 'ruleChange',
      subject: `${req.event as string} attribution rule(s)`,
      details: data
        .map((r: any) => `${r.ruleKey ?? r.ID ?? ''} v${r.version ?? '?'}`)
        .join(', ')
        .slice(0, 2000),
      inputs: data,
      companyCode: codes.size === 1 ? companyCode : null
    })
  })
}

/**
 * Replay of a snapshot: the attributions posted to its period, recomputed from their recorded inputs with the
 * pinned rules, factors and context, summed again and hashed: the hash must be the stored one. Only the latest
 * snapshot of a period can be replayed: a restatement changes what posts to the period.
 */
async function replaySnapshot(req: cds.Request, ID: string): Promise<unknown> {
  // a snapshot of another company code than the user's does not exist for them (db/company-codes.cds)
  const snapshot = await asCurrentUser(SELECT.one.from(PeriodSnapshots, ID))
  if (!snapshot) return req.reject(404, `snapshot ${ID} does not exist`, 'snapshot')
  const later = await SELECT.one.from(PeriodSnapshots).columns('version').where({ previous_ID: ID })
  if (later) return req.reject(409, `snapshot ${ID} was restated by version ${later.version!}: replay the latest version`, 'snapshot')
  const period: PeriodKey = {
    companyCode: snapshot.period_companyCode_code!,
    fiscalYear: snapshot.period_fiscalYear!,
    fiscalPeriod: snapshot.period_fiscalPeriod!
  }
  const previous = snapshot.previous_ID
    ? (await SELECT.from(SnapshotTotals).where({ snapshot_ID: snapshot.previous_ID })).map((t: any) => ({
        ...t,
        category: t.category_code
      }))
    : undefined
  // a snapshot frozen before intervals existed replays without one; one frozen with an older method cannot be replayed by this one
  const withInterval = snapshot.uncertaintyMethod != null
  const { figures, differences } = replayFigures(
    period,
    await postedTo(period, true),
    JSON.parse(snapshot.pins ?? '{}') as Pins,
    previous,
    withInterval
  )
  if (withInterval && snapshot.uncertaintyMethod !== UNCERTAINTY_METHOD)
    differences.push({
      attribution: '',
      problem: `the interval was made with ${snapshot.uncertaintyMethod}, this version makes it with ${UNCERTAINTY_METHOD}`
    })
  const replayedHash = snapshotHash(period, snapshot.version!, figures)
  // it matches when the replayed figures hash to the stored hash and every stored attribution equals its replay
  return {
    snapshot: ID,
    storedHash: snapshot.hash,
    replayedHash,
    matches: replayedHash === snapshot.hash && !differences.length,
    differences
  }
}
