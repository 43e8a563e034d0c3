import cds from '@sap/cds'
import { CalculationLog } from '#cds-models/scope3'
import { entryHash, sha256, canonical, verifyChain, type LogEntry } from '../lib/close/ledger'

/** What a log entry records; hashes of inputs and outputs are computed here from the values given. */
export interface LogRecord {
  action:
    | 'calculation'
    | 'close'
    | 'reopenRequest'
    | 'reopen'
    | 'reject'
    | 'restatement'
    | 'factorSetPublication'
    | 'ruleChange'
    | 'upload'
    | 'uploadReversal'
    | 'agentRun'
    | 'policyDecision'
    | 'baseYearReview'
    | 'baseYearDecision'
    | 'baseYearPolicy'
  subject: string
  details?: string
  inputs?: unknown
  outputs?: unknown
  /** the company code the entry is about, where it is about one: users limited to others do not see it */
  companyCode?: string | null
}

export const hashOf = (value: unknown): string => sha256(canonical(value))

/**
 * Appends an entry to the calculation log in the current transaction, chained to the last one. Two instances
 * appending at once both take the same next number: the key refuses the second, whose transaction then fails
 * and is retried by its caller; the chain never forks.
 */
export async function appendLog(record: LogRecord): Promise<LogEntry> {
  const last = await SELECT.one.from(CalculationLog).columns('seq', 'hash').orderBy('seq desc')
  const entry: LogEntry = {
    seq: (last?.seq ?? 0) + 1,
    at: new Date().toISOString(),
    user: cds.context?.user?.id ?? 'system',
    action: record.action,
    subject: record.subject.slice(0, 200),
    details: record.details?.slice(0, 2000) ?? null,
    inputHash: record.inputs === undefined ? null : hashOf(record.inputs),
    outputHash: record.outputs === undefined ? null : hashOf(record.outputs),
    previousHash: last?.hash ?? null,
    companyCode: record.companyCode ?? null
  }
  entry.hash = entryHash(entry)
  await INSERT.into(CalculationLog).entries(entry as any)
  return entry
}

/** Recomputes the whole chain: the first entry that was altered, removed or inserted, or none. */
export async function verifyLog(): Promise<{ entries: number; intact: boolean; brokenAt: number | null; problem: string | null }> {
  const entries = (await SELECT.from(CalculationLog).orderBy('seq')) as unknown as LogEntry[]
  const broken = verifyChain(entries)
  return { entries: entries.length, intact: !broken, brokenAt: broken?.seq ?? null, problem: broken?.problem ?? null }
}
