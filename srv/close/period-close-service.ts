import cds from '@sap/cds'
import {
  Activities,
  Attributions,
  CategoryScreenings,
  CompanyCodes,
  Findings,
  FiscalPeriods,
  InboundEvents,
  PeriodJobs,
  PeriodSnapshots,
  PeriodTotals,
  ReadinessChecks,
  Restatements,
  Scope3Categories,
  SnapshotMethods,
  SnapshotTotals
} from '#cds-models/scope3'
import {
  figuresFromTotals,
  pinsOf,
  factorSetsOf,
  whereIn,
  guardLockedPeriods,
  postingInto,
  periodName,
  type PeriodKey
} from '../attribution/period-postings'
import { snapshotHash, type CategoryTotal } from '../lib/close/ledger'
import {
  BaseYearReview,
  FiscalPeriod,
  ReadinessCheck,
  ReductionTarget,
  Restatement,
  periodsAwaitingActionTile,
  type CheckResult
} from '#cds-models/PeriodCloseService'
import type { DynamicTileData } from '#cds-models/scope3'
import { countThrough, countTile, currentYearPeriod } from '../common/launchpad-tiles'
import { targetId, targetKeys } from '../common/requests'
import { recompute, contextFingerprint } from '../attribution/attribute-lines'
import { appendLog } from '../common/calculation-log'
import { inBackground, isUniqueViolation } from '../common/database'
import { accountCategories, categoriesCheck, type CategoryAccount } from '../lib/close/categories'
import type { Row } from '../common/model-types'
import { whatIf } from './what-if'
import { requestRestatement } from './restatement-requests'
import {
  afterMethodologyChange,
  checkBaseYear,
  decideReview,
  recordStructuralChange,
  reviewRestatement,
  validTarget
} from './base-year-reviews'
import { methodologyChanged } from '#cds-models/AdminService'
import { factorSetsImported } from '#cds-models/FactorService'

/** the request of a bound action, typed by cds-typer's declaration of it */
type On<F extends cds.CdsFunction> = cds.ActionRequest<F['__parameters'], F['__self']>
const LOG = cds.log('period-close')
/** activities recomputed per transaction of a close: the job's progress moves in these steps */
const CHUNK = 1000

/** one readiness check as the report shows it (PeriodCloseService.CheckResult) */
type Check = Row<CheckResult, 'check' | 'passed' | 'count' | 'message' | 'target'>

const keyOf = (row: any): PeriodKey => ({
  companyCode: row.companyCode_code,
  fiscalYear: Number(row.fiscalYear),
  fiscalPeriod: Number(row.fiscalPeriod)
})
/** The foreign key of an entity's `period` association (checks, jobs, snapshots, restatements). */
const periodRef = (p: PeriodKey): { period_companyCode_code: string; period_fiscalYear: number; period_fiscalPeriod: number } => ({
  period_companyCode_code: p.companyCode,
  period_fiscalYear: p.fiscalYear,
  period_fiscalPeriod: p.fiscalPeriod
})
const filterOf = (p: PeriodKey): string =>
  `companyCode_code eq '${p.companyCode}' and fiscalYear eq ${p.fiscalYear} and fiscalPeriod eq ${p.fiscalPeriod}`
const count = async (query: any): Promise<number> => Number((await query.columns('count(1) as n'))?.n ?? 0)

/** Periods belong to company codes that exist (CAP does not check the target of a key association). */
async function existingCompanyCode(req: cds.Request): Promise<void> {
  const code = req.data.companyCode_code
  if (code == null || !(await SELECT.one.from(CompanyCodes).columns('code').where({ code })))
    req.reject(400, `company code ${String(code)} does not exist`, 'companyCode_code')
}

export class PeriodCloseService extends cds.ApplicationService {
  async init(): Promise<void> {
    guardLockedPeriods()
    const { FiscalPeriods: periods } = this.entities
    // a new period's company code is one of the user's: srv/common/company-code-isolation.ts
    this.before('CREATE', periods, async req => {
      await existingCompanyCode(req)
    })
    this.before(['CREATE', 'UPDATE', 'UPSERT'], this.entities.CategoryScreenings, async req => {
      await validScreening(req)
    })
    const { actions } = FiscalPeriod
    this.on(actions.screenCategory, 'FiscalPeriods', async req => await this.screening(req))
    this.on(actions.runChecks, 'FiscalPeriods', async req => await readiness(await this.periodOf(req)))
    this.on(actions.checkReadiness, 'FiscalPeriods', async req => await this.storedReadiness(await this.periodOf(req, true)))
    this.on(ReadinessCheck.actions.waive, 'ReadinessChecks', async req => await this.waiveCheck(req))
    this.on(actions.close, 'FiscalPeriods', async req => await this.closePeriod(req))
    this.on(actions.requestReopen, 'FiscalPeriods', async req => await this.requestReopening(req))
    this.on(actions.recompute, 'FiscalPeriods', async req => await this.recomputePeriod(req))
    this.on(actions.whatIf, 'FiscalPeriods', async req => await whatIf(await this.periodOf(req)))
    this.on(Restatement.actions.approve, 'Restatements', async req => await this.decideRestatement(req, 'approved'))
    this.on(Restatement.actions.decline, 'Restatements', async req => await this.decideRestatement(req, 'rejected'))
    this.on(periodsAwaitingActionTile, async req => await this.awaitingAction(req))
    this.before(['CREATE', 'UPDATE'], this.entities.ReductionTargets, req => validTarget(req))
    this.on(ReductionTarget.actions.checkBaseYear, 'ReductionTargets', async req => await checkBaseYear(req))
    this.on(ReductionTarget.actions.recordStructuralChange, 'ReductionTargets', async req => await recordStructuralChange(req))
    this.on(BaseYearReview.actions.decide, 'BaseYearReviews', async req => await decideReview(req))
    this.reviewBaseYearsAfterMethodologyChanges()
    return super.init()
  }

  /** The base-year recalculation policy applies itself after a factor set is published or imported, or a rule saved. */
  reviewBaseYearsAfterMethodologyChanges(): void {
    cds.connect
      .to('AdminService')
      .then(admin => admin.on(methodologyChanged, msg => afterMethodologyChange(msg.data.change ?? 'a methodology change')))
    cds.connect
      .to('FactorService')
      .then(factors =>
        factors.on(factorSetsImported, msg => afterMethodologyChange(`import of factor set(s) ${(msg.data.sets ?? []).join(', ')}`))
      )
  }

  /**
   * The launchpad tile's figure: the periods before the current month that are not closed (for a controller) and the
   * reopening requests waiting for an approver (for an approver); both for whoever is neither. Read through this
   * service, so only the user's company codes count. Periods are those of the calendar year (period p of year y is
   * the month y-p).
   */
  async awaitingAction(req: cds.Request): Promise<DynamicTileData> {
    const now = currentYearPeriod()
    const year = Math.floor(now / 100)
    const month = now % 100
    const toClose = await countThrough(
      this,
      SELECT.one
        .from(this.entities.FiscalPeriods)
        .where({ status: { in: ['open', 'inClosing', 'reopened'] } })
        .and(`fiscalYear < ${year} or (fiscalYear = ${year} and fiscalPeriod < ${month})`)
    )
    const toApprove = await countThrough(this, SELECT.one.from(this.entities.Restatements).where({ status: 'requested' }))
    const closes = req.user.is('Controller')
    const approves = req.user.is('Approver')
    const number = closes || approves ? (closes ? toClose : 0) + (approves ? toApprove : 0) : toClose + toApprove
    const parts = [
      (closes || !approves) && toClose > 0 ? `${toClose} to close` : '',
      (approves || !closes) && toApprove > 0 ? `${toApprove} to approve` : ''
    ]
    return countTile(number, parts.filter(Boolean).join(' · ') || 'nothing waiting')
  }

  /**
   * The period a bound action is called on, as stored; 404 if there is none. `lock`: the row stays locked until the
   * request ends, so that what runs on one period (readiness, close) runs one after the other on every instance.
   */
  async periodOf(req: cds.Request, lock = false): Promise<PeriodKey & { status: string; snapshot_ID?: string | null }> {
    const keys = targetKeys(req)
    const query = SELECT.one
      .from(FiscalPeriods)
      .where({ companyCode_code: keys.companyCode_code, fiscalYear: keys.fiscalYear, fiscalPeriod: keys.fiscalPeriod })
    const row = await (lock ? query.forUpdate() : query)
    if (!row) return req.reject(404, 'no such period')
    return { ...keyOf(row), status: row.status!, snapshot_ID: row.snapshot_ID }
  }

  /** The readiness report, kept with the period: a waiver stays while its check fails and lapses when it passes. */
  async storedReadiness(period: PeriodKey): Promise<Check[]> {
    const checks = await readiness(period)
    const own = periodRef(period)
    const kept = new Map((await SELECT.from(ReadinessChecks).where(own)).map(c => [c.check, c]))
    const checkedAt = new Date().toISOString()
    await DELETE.from(ReadinessChecks).where(own)
    await INSERT.into(ReadinessChecks).entries(
      checks.map(c => {
        const waiver = c.passed ? {} : kept.get(c.check)
        return {
          ...own,
          ...c,
          checkedAt,
          waiverReason: waiver?.waiverReason ?? null,
          waivedBy: waiver?.waivedBy ?? null,
          waivedAt: waiver?.waivedAt ?? null
        }
      })
    )
    return checks
  }

  /** A controller accepts a failing check for the close, with a reason (the snapshot keeps it). */
  async waiveCheck(req: On<typeof ReadinessCheck.actions.waive>): Promise<void> {
    const check = await SELECT.one.from(req.subject)
    if (!check) return req.reject(404, 'no such readiness check: run the checks first')
    if (check.passed) return req.reject(409, `check ${check.check as string} passed: there is nothing to waive`)
    await UPDATE(req.subject).set({ waiverReason: req.data.reason, waivedBy: req.user.id, waivedAt: new Date().toISOString() })
  }

  // (methods are not named like the actions: CAP would call them as the actions' implementations)
  async closePeriod(req: On<typeof FiscalPeriod.actions.close>): Promise<unknown> {
    // locked: a second close waits here, then sees the first one's status (two at once rewrote the checks and failed)
    const period = await this.periodOf(req, true)
    const name = periodName(period)
    if (period.status === 'closed') return req.reject(409, `period ${name} is already closed; a restatement reopens it`)
    if (period.status === 'inClosing') return req.reject(409, `period ${name} is being closed: a close job runs`)
    // waivers of the call, then those stored with the period's checks
    const stored = await SELECT.from(ReadinessChecks)
      .columns('check', 'waiverReason as reason')
      .where({ ...periodRef(period), waiverReason: { '!=': null } })
    const waivers = [...(req.data.waivers ?? []), ...stored] as Array<{ check?: string; reason?: string }>
    const failing = (await this.storedReadiness(period)).filter(c => !c.passed)
    const unwaived = failing.filter(c => !waivers.some(w => w.check === c.check && w.reason?.trim()))
    if (unwaived.length)
      return req.reject(
        409,
        `period ${name} cannot close: ${unwaived.map(c => `${c.check} (${c.message})`).join('; ')}; fix them or waive each with a reason`,
        'waivers'
      )
    // claim the period: only one close can move it out of open/reopened, whichever instance it runs on
    const claimed = await UPDATE(FiscalPeriods)
      .set({ status: 'inClosing' })
      .where({ ...whereIn(period), status: { in: ['open', 'reopened'] } })
    if (!claimed) return req.reject(409, `period ${name} is being closed: a close job runs`)
    const job = await startJob(req, period, 'close')
    const used = failing.map(c => ({ check: c.check, count: c.count, reason: waivers.find(w => w.check === c.check)!.reason }))
    // the job runs after this request commits, in transactions of its own; the app shows its progress
    const key = { companyCode: period.companyCode, fiscalYear: period.fiscalYear, fiscalPeriod: period.fiscalPeriod }
    inBackground(req, () => runClose(job.ID, key, period.status === 'reopened', used))
    return job
  }

  async recomputePeriod(req: cds.Request): Promise<unknown> {
    const period = await this.periodOf(req)
    if (period.status === 'closed' || period.status === 'inClosing')
      return req.reject(409, `period ${periodName(period)} is ${period.status}: a restatement reopens it`)
    const job = await startJob(req, period, 'recompute')
    const key = { companyCode: period.companyCode, fiscalYear: period.fiscalYear, fiscalPeriod: period.fiscalPeriod }
    inBackground(req, async () => {
      try {
        await recomputeIn(job.ID, key)
        await cds.tx(() =>
          UPDATE(PeriodJobs, job.ID).with({
            status: 'succeeded',
            activeKey: null,
            finishedAt: new Date().toISOString(),
            message: 'recomputed'
          })
        )
      } catch (e: any) {
        LOG.error(`recompute of period ${periodName(key)} failed:`, e)
        await cds.tx(() =>
          UPDATE(PeriodJobs, job.ID).with({
            status: 'failed',
            activeKey: null,
            finishedAt: new Date().toISOString(),
            message: String(e.message).slice(0, 1000)
          })
        )
      }
    })
    return job
  }

  /** The Close Periods app's way to screen a category of the period's company code and year (stored as CategoryScreenings). */
  async screening(req: On<typeof FiscalPeriod.actions.screenCategory>): Promise<unknown> {
    const period = await this.periodOf(req)
    const row = {
      companyCode_code: period.companyCode,
      reportingYear: period.fiscalYear,
      category_code: req.data.category,
      relevant: req.data.relevant,
      justification: req.data.justification?.trim() || null
    }
    await screeningProblems(req, row, { category_code: 'category' })
    await UPSERT.into(CategoryScreenings).entries(row as any)
    return await SELECT.one
      .from(this.entities.CategoryScreenings)
      .where({ companyCode_code: row.companyCode_code, reportingYear: row.reportingYear, category_code: row.category_code })
  }

  async requestReopening(req: On<typeof FiscalPeriod.actions.requestReopen>): Promise<unknown> {
    const period = await this.periodOf(req, true) // one pending request per period, also when two ask at once
    if (period.status !== 'closed')
      return req.reject(409, `period ${periodName(period)} is ${period.status}: only a closed period can be reopened`)
    const pending = await SELECT.one.from(Restatements).where({ ...periodRef(period), status: { in: ['requested', 'approved'] } })
    if (pending) return req.reject(409, `a restatement of period ${periodName(period)} is already ${pending.status}`)
    return await SELECT.one.from(Restatements, await requestRestatement(period, req.data.reason!, period.snapshot_ID))
  }

  /** Four eyes: the requester cannot decide on their own request. Approval reopens the period. */
  async decideRestatement(req: cds.Request<{ comment?: string | null }>, decision: 'approved' | 'rejected'): Promise<unknown> {
    const request = await SELECT.one.from(Restatements, targetId(req))
    if (!request) return req.reject(404, 'no such restatement request')
    if (request.status !== 'requested') return req.reject(409, `the request is ${request.status} already`)
    if (request.createdBy === req.user.id) {
      // a security-relevant refusal: audit-logged once the request's transaction has rolled back
      const event = {
        action: `${decision === 'approved' ? 'approve' : 'reject'} own restatement request (four-eyes violation)`,
        restatement: request.ID,
        user: req.user.id
      }
      ;(cds.context as any).on('failed', () => {
        cds.spawn({ user: cds.User.privileged } as any, () => securityEvent(event))
      })
      return req.reject(403, 'four eyes: a restatement is approved or rejected by someone other than its requester')
    }
    const period = {
      companyCode: request.period_companyCode_code!,
      fiscalYear: request.period_fiscalYear!,
      fiscalPeriod: request.period_fiscalPeriod!
    }
    const decided = { status: decision, decidedAt: new Date().toISOString(), decidedBy: req.user.id, comment: req.data.comment ?? null }
    if (decision === 'approved') {
      const reopened = await UPDATE(FiscalPeriods)
        .set({ status: 'reopened' })
        .where({ ...whereIn(period), status: 'closed' })
      if (!reopened) return req.reject(409, `period ${periodName(period)} is not closed (a close job may be running)`)
    }
    await UPDATE(Restatements, request.ID!).with(decided as any)
    await appendLog({
      action: decision === 'approved' ? 'reopen' : 'reject',
      subject: periodName(period),
      details: `${request.reason}${req.data.comment ? ` — ${req.data.comment as string}` : ''}`,
      inputs: { request: request.ID, requestedBy: request.createdBy },
      companyCode: period.companyCode
    })
    await securityEvent({
      action: `restatement ${decision}`,
      period: periodName(period),
      restatement: request.ID,
      requestedBy: request.createdBy,
      user: req.user.id
    })
    LOG.info(`restatement of ${periodName(period)} ${decision} by ${req.user.id as string} (requested by ${request.createdBy ?? '?'})`)
  }
}

/**
 * A screening names an existing company code and category, and a category screened not relevant says why (the
 * report shows the justification). An update is checked as it will be stored.
 */
async function validScreening(req: cds.Request): Promise<void> {
  const stored = req.event === 'UPDATE' ? await SELECT.one.from(CategoryScreenings).where(req.params?.at(-1) ?? {}) : undefined
  if (req.event === 'UPDATE' && !stored) return req.reject(404)
  await screeningProblems(req, { ...stored, ...req.data })
}

/** 400 at the field for a screening that names no existing company code or category, or leaves a not-relevant one unjustified */
async function screeningProblems(req: cds.Request, row: any, fields: Record<string, string> = {}): Promise<void> {
  const at = (field: string): string => fields[field] ?? field
  if (row.companyCode_code != null && !(await SELECT.one.from(CompanyCodes).columns('code').where({ code: row.companyCode_code }))) {
    return req.reject(400, `company code ${String(row.companyCode_code)} does not exist`, 'companyCode_code')
  }
  if (row.category_code != null && !(await SELECT.one.from(Scope3Categories).columns('code').where({ code: row.category_code }))) {
    return req.reject(400, `category ${String(row.category_code)} is not a Scope 3 category (1-15)`, at('category_code'))
  }
  if (row.relevant === false && !String(row.justification ?? '').trim()) {
    return req.reject(400, 'a category screened not relevant needs a justification', 'justification')
  }
}

/** Every category of the period's company code and year, as of this period: calculated, not relevant or not yet calculated. */
export async function categoryAccounts(p: PeriodKey): Promise<CategoryAccount[]> {
  const [categories, screenings, totals] = await Promise.all([
    SELECT.from(Scope3Categories).columns('code', 'name').orderBy('code'),
    SELECT.from(CategoryScreenings)
      .columns('category_code', 'relevant', 'justification')
      .where({ companyCode_code: p.companyCode, reportingYear: p.fiscalYear }),
    SELECT.from(PeriodTotals)
      .columns('category_code', 'sum(lines) as lines')
      .where({ companyCode_code: p.companyCode, fiscalYear: p.fiscalYear, fiscalPeriod: { '<=': p.fiscalPeriod } })
      .groupBy('category_code')
  ])
  return accountCategories(categories, screenings as any, new Map(totals.map((t: any) => [Number(t.category_code), Number(t.lines ?? 0)])))
}

/** Security-relevant events go to the audit log (@cap-js/audit-logging: console in development, SAP Audit Log Service in production). */
async function securityEvent(data: Record<string, unknown>): Promise<void> {
  const audit = await cds.connect.to('audit-log')
  await audit.send('SecurityEvent', { data, ip: (cds.context as any)?.http?.req?.ip })
}

/** A job of a period, refused (409) while another one of the period runs: the database keeps `activeKey` unique. */
async function startJob(req: cds.Request, period: PeriodKey, jobType: 'close' | 'recompute'): Promise<{ ID: string }> {
  const name = periodName(period)
  const job = {
    ID: cds.utils.uuid(),
    ...periodRef(period),
    jobType,
    status: 'running',
    activeKey: name,
    startedAt: new Date().toISOString(),
    startedBy: req.user.id
  }
  try {
    await INSERT.into(PeriodJobs).entries(job as any)
  } catch (e) {
    if (isUniqueViolation(e)) return req.reject(409, `a job of period ${name} is running`)
    throw e
  }
  return job
}

/** Recomputes the activities of a period in transactions of CHUNK activities, moving the job's progress. */
async function recomputeIn(jobID: string, period: PeriodKey): Promise<void> {
  // only the lines not attributed with today's rules, factors and context need the engine: found in SQL
  const { total, ids } = await cds.tx(async () => {
    const fingerprint = await contextFingerprint()
    return {
      total: await count(SELECT.one.from(Activities).where(whereIn(period))),
      ids: (
        await SELECT.from(Activities).columns('ID')
          .where`companyCode_code = ${period.companyCode} and fiscalYear = ${period.fiscalYear} and fiscalPeriod = ${period.fiscalPeriod}
        and (attributedWith is null or attributedWith != ${fingerprint})`.orderBy('ID')
      ).map(a => a.ID!)
    }
  })
  await cds.tx(() => UPDATE(PeriodJobs, jobID).with({ total, done: total - ids.length }))
  for (let i = 0; i < ids.length; i += CHUNK) {
    await cds.tx(async () => {
      await postingInto(period, () => recompute(ids.slice(i, i + CHUNK)))
      await UPDATE(PeriodJobs, jobID).with({ done: total - ids.length + Math.min(i + CHUNK, ids.length) })
    })
  }
}

/** The readiness report of a period: each check with its count and where its lines are. */
async function readiness(p: PeriodKey): Promise<Check[]> {
  const own = whereIn(p)
  const [unattributed, provisional, waiting, unpublished, findings, blocking, accounts] = await Promise.all([
    count(
      SELECT.one
        .from(Activities)
        .where({ ...own, status_code: { '!=': 'cancelled' }, ghgScope: null })
        .and('not exists attributions')
    ),
    count(SELECT.one.from(Activities).where({ ...own, status_code: 'provisional' })),
    count(SELECT.one.from(InboundEvents).where({ status: 'received' })),
    SELECT.distinct
      .from(Attributions)
      .columns('factor.factorSet.code as code')
      .where({ ...own, 'factor.factorSet.status_code': { '!=': 'published' } }),
    count(SELECT.one.from(Findings).where({ ...own, status: { in: ['open', 'waiverRequested'] } })),
    count(SELECT.one.from(Findings).where({ ...own, status: { in: ['open', 'waiverRequested'] }, blocksClose: true })),
    categoryAccounts(p)
  ])
  const categories = categoriesCheck(accounts, p.fiscalPeriod)
  const accounting = '/odata/v4/accounting'
  return [
    {
      check: 'unattributedActivities',
      count: unattributed,
      message: `${unattributed} activities without an attribution`,
      target: `${accounting}/Activities?$filter=${filterOf(p)} and status_code ne 'cancelled' and ghgScope eq null and not attributions/any()`
    },
    {
      check: 'provisionalActivities',
      count: provisional,
      message: `${provisional} activities still provisional (no goods receipt or invoice yet)`,
      target: `${accounting}/Activities?$filter=${filterOf(p)} and status_code eq 'provisional'`
    },
    {
      check: 'openDataQualityFindings',
      count: blocking,
      message: `${findings} open data-quality finding(s), ${blocking} of them blocking the close (the policy says which block)`,
      target: `/odata/v4/quality/Findings?$filter=${filterOf(p)} and (status eq 'open' or status eq 'waiverRequested')`
    },
    {
      check: 'unprocessedInboundEvents',
      count: waiting,
      message: `${waiting} S/4HANA events received and not processed yet`,
      target: "/odata/v4/ingestion/InboundEvents?$filter=status eq 'received'"
    },
    {
      check: 'categoriesAccountedFor',
      count: categories.count,
      message: categories.message,
      target: `/odata/v4/period-close/CategoryScreenings?$filter=companyCode_code eq '${p.companyCode}' and reportingYear eq ${p.fiscalYear}`
    },
    {
      check: 'unpublishedFactorSets',
      count: unpublished.length,
      message: unpublished.length
        ? `figures use factor sets not published: ${unpublished.map((s: any) => s.code as string).join(', ')}`
        : 'all factor sets used are published',
      target: "/odata/v4/factors/FactorSets?$filter=status_code ne 'published'"
    }
  ].map(c => ({ ...c, passed: c.count === 0 }))
}

/**
 * The close job: recomputes the period's activities with the rules and factors of this moment (posting into the
 * period although it is in closing), then freezes the snapshot with its hash and pins, locks the period and logs
 * the close. On failure the period goes back to where it was and the job says why.
 */
async function runClose(jobID: string, period: PeriodKey, restatement: boolean, waivers: unknown[]): Promise<void> {
  const name = periodName(period)
  try {
    const started = Date.now()
    await recomputeIn(jobID, period)
    const recomputed = Date.now()
    await cds.tx(async () => {
      const stored = await SELECT.one.from(FiscalPeriods).columns('snapshot_ID').where(whereIn(period))
      const previous = stored?.snapshot_ID ? await SELECT.one.from(PeriodSnapshots, stored.snapshot_ID) : undefined
      const previousTotals = previous
        ? ((await SELECT.from(SnapshotTotals).where({ snapshot_ID: previous.ID })) as unknown as CategoryTotal[])
        : undefined
      const figures = await figuresFromTotals(
        period,
        previousTotals?.map((t: any) => ({ ...t, category: t.category_code }))
      )
      const pins = await pinsOf(period)
      const categories = await categoryAccounts(period)
      const version = (previous?.version ?? 0) + 1
      const hash = snapshotHash(period, version, figures)
      const request = restatement ? await SELECT.one.from(Restatements).where({ ...periodRef(period), status: 'approved' }) : undefined
      const ID = cds.utils.uuid()
      const { totals, methods, ...sums } = figures
      await INSERT.into(PeriodSnapshots).entries({
        ID,
        ...periodRef(period),
        version,
        previous_ID: previous?.ID ?? null,
        createdAt: new Date().toISOString(),
        createdBy: cds.context?.user?.id,
        reason: request?.reason ?? 'period close',
        hash,
        ...sums,
        waivers: JSON.stringify(waivers),
        factorSets: JSON.stringify(factorSetsOf(pins)),
        pins: JSON.stringify(pins),
        categories: JSON.stringify(categories)
      } as any)
      if (totals.length)
        await INSERT.into(SnapshotTotals).entries(
          totals.map(({ category, ...t }) => ({ snapshot_ID: ID, category_code: category, ...t })) as any
        )
      if (methods.length)
        await INSERT.into(SnapshotMethods).entries(
          methods.map(({ category, method, ...m }) => ({ snapshot_ID: ID, category_code: category, method_code: method, ...m })) as any
        )
      await UPDATE(FiscalPeriods)
        .set({ status: 'closed', closedAt: new Date().toISOString(), closedBy: cds.context?.user?.id, snapshot_ID: ID })
        .where(whereIn(period))
      if (request) await UPDATE(Restatements, request.ID!).with({ status: 'done', snapshot_ID: ID })
      // a restated base year of a reduction target: the change against its policy's threshold
      if (restatement) await reviewRestatement(period, version, totals, cds.context?.user?.id)
      await appendLog({
        action: restatement ? 'restatement' : 'close',
        subject: `${name} version ${version}`,
        details: request?.reason ?? undefined,
        inputs: { period, factorSets: factorSetsOf(pins), categories: categories.map(c => [c.category, c.status, c.justification]) },
        outputs: hash,
        companyCode: period.companyCode
      })
      await UPDATE(PeriodJobs, jobID).with({
        status: 'succeeded',
        activeKey: null,
        finishedAt: new Date().toISOString(),
        snapshot_ID: ID,
        message: `closed: version ${version}, ${figures.lines} lines, ${figures.kgCO2eLocation} kg CO2e (location-based); recompute ${recomputed - started} ms, snapshot ${Date.now() - recomputed} ms`
      })
    })
    LOG.info(`period ${name} closed`)
  } catch (e: any) {
    LOG.error(`close of period ${name} failed:`, e)
    await cds.tx(async () => {
      await UPDATE(FiscalPeriods)
        .set({ status: restatement ? 'reopened' : 'open' })
        .where({ ...whereIn(period), status: 'inClosing' })
      await UPDATE(PeriodJobs, jobID).with({
        status: 'failed',
        activeKey: null,
        finishedAt: new Date().toISOString(),
        message: String(e.message).slice(0, 1000)
      })
    })
  }
}
