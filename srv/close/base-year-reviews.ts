import cds from '@sap/cds'
import {
  Activities,
  BaseYearReviews,
  CompanyCodes,
  FiscalPeriods,
  PeriodTotals,
  ReductionTargets,
  Restatements,
  type ReductionTarget as Target
} from '#cds-models/scope3'
import type { BaseYearReview, ReductionTarget } from '#cds-models/PeriodCloseService'
import { Decimal } from '../lib/common/decimal'
import { checkTarget, coveredCategories, significance, structuralChange } from '../lib/close/targets'
import { appendLog } from '../common/calculation-log'
import { asCurrentUser } from '../common/company-code-isolation'
import { targetId } from '../common/requests'
import { whatIf } from './what-if'
import { requestRestatement } from './restatement-requests'

const LOG = cds.log('base-year')

/** the request of a bound action, typed by cds-typer's declaration of it */
type On<F extends cds.CdsFunction> = cds.ActionRequest<F['__parameters'], F['__self']>

/** A target as written: its years, reduction and categories checked (400 naming the field), merged with the stored row on UPDATE. */
export async function validTarget(req: cds.Request): Promise<void> {
  const stored = req.event === 'UPDATE' ? await SELECT.one.from(ReductionTargets, targetId(req)) : undefined
  const row = { ...stored, ...req.data }
  try {
    coveredCategories(row.categories)
    if (row.baseYear != null && row.targetYear != null && row.reductionPercent != null)
      checkTarget({
        targetType: row.targetType ?? 'absolute',
        baseYear: Number(row.baseYear),
        targetYear: Number(row.targetYear),
        reductionPercent: String(row.reductionPercent)
      })
  } catch (e) {
    if (e instanceof RangeError) return req.reject(400, e.message, e.message.split(':')[0])
    throw e
  }
  if (row.targetType === 'intensity' && !row.denominatorUnit)
    return req.reject(400, 'an intensity target names its denominator, e.g. "EUR million revenue"', 'denominatorUnit')
  // the policy's threshold: the target's own, else its company code's, else 5 % (the group)
  if (req.event === 'CREATE' && req.data.significancePercent == null) {
    const code = row.companyCode_code
      ? await SELECT.one.from(CompanyCodes, row.companyCode_code as string).columns('baseYearSignificancePercent')
      : undefined
    req.data.significancePercent = code?.baseYearSignificancePercent ?? 5
  }
}

/** what today's rules and factors would change in a target's base year: the figure, the change, per category */
interface Measured {
  base: Decimal
  change: Decimal
  byCategory: Map<number, Decimal>
  periods: number
}

/**
 * What a recompute of a target's base-year lines with today's rules and factors would change in its covered categories
 * and company codes (those the user may read: a background review, as the app itself, reads them all).
 */
async function measureBaseYear(target: Target): Promise<Measured> {
  const covered = new Set(coveredCategories(target.categories))
  // every period of the base year with lines or figures (a period needs no row of its own until it is closed)
  const own = { fiscalYear: target.baseYear, ...(target.companyCode_code ? { companyCode_code: target.companyCode_code } : {}) }
  const found = await Promise.all([
    asCurrentUser(SELECT.distinct.from(Activities).columns('companyCode_code', 'fiscalPeriod').where(own)),
    asCurrentUser(SELECT.distinct.from(PeriodTotals).columns('companyCode_code', 'fiscalPeriod').where(own))
  ])
  const periods = [...new Map(found.flat().map(p => [`${p.companyCode_code!}|${String(p.fiscalPeriod).padStart(3, '0')}`, p])).entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([, p]) => ({ companyCode: p.companyCode_code!, fiscalYear: target.baseYear!, fiscalPeriod: p.fiscalPeriod! }))
  let base = new Decimal(0)
  let change = new Decimal(0)
  const byCategory = new Map<number, Decimal>()
  for (const p of periods) {
    const deltas = await whatIf(p)
    for (const d of deltas.filter(d => covered.has(d.category))) {
      base = base.plus(d.kgCO2eLocation)
      change = change.plus(d.deltaLocation)
      byCategory.set(d.category, (byCategory.get(d.category) ?? new Decimal(0)).plus(d.deltaLocation))
    }
  }
  return { base, change, byCategory, periods: periods.length }
}

/** a review as the policy records it: what changed the base year, by how much, against which figure */
interface ReviewInput {
  trigger: 'methodology' | 'restatement' | 'structural'
  base: Decimal
  change: Decimal
  details: string
  checkedBy: string
  changeKind?: string
  /** why it changed, for the log entry ("after rule MG-ZSTEEL v4") */
  after?: string
  inputs: Record<string, unknown>
}

/**
 * Records a review of a target against its threshold, with its log entry; returns its ID. Significant, it is a
 * proposal, unless one is pending for the target already: one pending proposal per target, so a significant change
 * beside a pending one is recorded, not proposed twice.
 */
async function recordReview(target: Target, review: ReviewInput): Promise<string> {
  const { changePercent, significant } = significance(review.base, review.change, target.significancePercent ?? 5)
  const pending = significant && (await SELECT.one.from(BaseYearReviews).columns('ID').where({ target_ID: target.ID, status: 'proposed' }))
  const row = {
    ID: cds.utils.uuid(),
    target_ID: target.ID,
    checkedAt: new Date().toISOString(),
    checkedBy: review.checkedBy,
    trigger: review.trigger,
    changeKind: review.changeKind ?? null,
    baseKgCO2e: review.base.toFixed(6),
    changeKgCO2e: review.change.toFixed(6),
    changePercent,
    significant,
    details: `${review.details}${pending ? '; a proposal is pending already' : ''}`.slice(0, 2000),
    status: significant && !pending ? 'proposed' : 'noChange'
  }
  await INSERT.into(BaseYearReviews).entries(row as any)
  const threshold = String(target.significancePercent ?? 5)
  await appendLog({
    action: 'baseYearReview',
    subject: `${target.name!} base year ${target.baseYear!}`,
    details:
      `${row.status}${review.after ? ` after ${review.after}` : ''}: ${row.changeKgCO2e} kg (${changePercent ?? '-'} %) against ${row.baseKgCO2e} kg, threshold ${threshold} %`.slice(
        0,
        2000
      ),
    inputs: { target: target.ID, ...review.inputs },
    outputs: row,
    companyCode: target.companyCode_code ?? null
  })
  return row.ID
}

/** Records a methodology review of a target (a proposal when significant); returns its ID. */
async function recordMethodologyReview(
  target: Target,
  { base, change, byCategory, periods }: Measured,
  checkedBy: string,
  cause?: string
): Promise<string> {
  const perCategory = [...byCategory]
    .filter(([, d]) => !d.isZero())
    .sort(([a], [b]) => a - b)
    .map(([c, d]) => `${c}: ${d.gt(0) ? '+' : ''}${d.toFixed(6)} kg`)
    .join('; ')
  return await recordReview(target, {
    trigger: 'methodology',
    base,
    change,
    details: cause ? `after ${cause}${perCategory ? `: ${perCategory}` : ''}` : perCategory,
    checkedBy,
    after: cause,
    inputs: { periods, categories: coveredCategories(target.categories), ...(cause ? { cause } : {}) }
  })
}

/**
 * The base-year check of a target on a controller's request: what a recompute of the base year's lines with today's
 * rules and factors would change in the covered categories and company codes (those the user may read), against the
 * policy's threshold. A significant change is a proposal; one pending proposal per target at a time.
 */
export async function checkBaseYear(req: On<typeof ReductionTarget.actions.checkBaseYear>): Promise<unknown> {
  const target = await asCurrentUser(SELECT.one.from(ReductionTargets, targetId(req)))
  if (!target) return req.reject(404, 'no such reduction target')
  const pending = await SELECT.one.from(BaseYearReviews).where({ target_ID: target.ID, status: 'proposed' })
  if (pending) return req.reject(409, `a base-year recalculation of ${target.name!} is proposed already: decide it first`)
  const id = await recordMethodologyReview(target, await measureBaseYear(target), req.user.id)
  return await SELECT.one.from(BaseYearReviews, id)
}

/**
 * The policy applied by itself after a methodology change (a factor set published or imported, a rule's new version):
 * each target whose base year has a closed period (a reported figure) and no pending proposal gets a methodology
 * review, a proposal when the change is significant, each in a transaction of its own, as the app itself. Runs once
 * the change is committed, in the background (srv/close/period-close-service.ts subscribes to the changes' events).
 */
export async function reviewMethodologyChange(cause: string): Promise<{ reviewed: string[]; pending: string[] }> {
  const targets = await cds.tx(() => SELECT.from(ReductionTargets).orderBy('ID'))
  const reviewed: string[] = []
  const pending: string[] = []
  for (const target of targets) {
    await cds.tx(async () => {
      const closed = await SELECT.one
        .from(FiscalPeriods)
        .columns('fiscalPeriod')
        .where({
          fiscalYear: target.baseYear,
          status: 'closed',
          ...(target.companyCode_code ? { companyCode_code: target.companyCode_code } : {})
        })
      if (!closed) return
      if (await SELECT.one.from(BaseYearReviews).columns('ID').where({ target_ID: target.ID, status: 'proposed' })) {
        pending.push(target.name!)
        return
      }
      const id = await recordMethodologyReview(target, await measureBaseYear(target), 'system', cause)
      const { status } = (await SELECT.one.from(BaseYearReviews, id).columns('status'))!
      reviewed.push(`${target.name!}: ${status!}`)
    })
  }
  // the policy's application is on record, also where it changed nothing (targets without a reported base year are not named)
  if (reviewed.length || pending.length)
    await cds.tx(() =>
      appendLog({
        action: 'baseYearPolicy',
        subject: cause.slice(0, 200),
        details: [
          reviewed.length ? `reviewed ${reviewed.join(', ')}` : '',
          pending.length ? `left as they are with a pending proposal: ${pending.join(', ')}` : ''
        ]
          .filter(Boolean)
          .join('; ')
          .slice(0, 2000),
        inputs: { cause }
      })
    )
  return { reviewed, pending }
}

/** Starts the reviews of a methodology change once the transaction that made it commits (at once outside one). */
export function afterMethodologyChange(cause: string): void {
  const start = (): void => {
    cds.spawn({ user: cds.User.privileged } as any, async () => {
      try {
        await reviewMethodologyChange(cause)
      } catch (e) {
        LOG.error(`base-year reviews after ${cause} failed:`, e)
      }
    })
  }
  const context = cds.context as any
  if (context?.tx) context.on('succeeded', start)
  else start()
}

/** Σ kg CO2e of a target's base year in its covered categories and company codes, from the period totals as given (a user's, or all) */
async function coveredBaseYearKg(target: Target, read: <Q>(query: Q) => Q = query => query): Promise<Decimal> {
  const covered = new Set(coveredCategories(target.categories))
  const totals = await read(
    SELECT.from(PeriodTotals)
      .columns('category_code', 'kgCO2eLocation')
      .where({ fiscalYear: target.baseYear, ...(target.companyCode_code ? { companyCode_code: target.companyCode_code } : {}) })
  )
  return totals.filter(t => covered.has(t.category_code!)).reduce((sum, t) => sum.plus(t.kgCO2eLocation ?? 0), new Decimal(0))
}

/**
 * the base-year figure of a target as its progress starts from it: the covered period totals (those the user may read)
 * and the structural changes accepted so far
 */
async function baseFigure(target: Target): Promise<Decimal> {
  const structural = await SELECT.from(BaseYearReviews)
    .columns('changeKgCO2e')
    .where({ target_ID: target.ID, trigger: 'structural', status: 'accepted' })
  return structural.reduce((sum, r) => sum.plus(r.changeKgCO2e ?? 0), await coveredBaseYearKg(target, asCurrentUser))
}

/**
 * A structural change recorded by a controller (an acquisition, a divestment...) with the base-year emissions of the
 * operations it moves, in the covered categories: its share of the base year's figure against the threshold. Beyond
 * it, a proposal that a second controller decides; 400 naming the parameter for an unknown kind or emissions not above 0.
 */
export async function recordStructuralChange(req: On<typeof ReductionTarget.actions.recordStructuralChange>): Promise<unknown> {
  const target = await asCurrentUser(SELECT.one.from(ReductionTargets, targetId(req)))
  if (!target) return req.reject(404, 'no such reduction target')
  const { changeKind, description, baseYearTCO2e } = req.data
  let change: Decimal
  try {
    change = structuralChange(changeKind!, baseYearTCO2e!)
  } catch (e) {
    if (e instanceof RangeError) return req.reject(400, e.message, e.message.split(':')[0])
    throw e
  }
  const pending = await SELECT.one.from(BaseYearReviews).where({ target_ID: target.ID, status: 'proposed' })
  if (pending) return req.reject(409, `a base-year recalculation of ${target.name!} is proposed already: decide it first`)
  const id = await recordReview(target, {
    trigger: 'structural',
    base: await baseFigure(target),
    change,
    details: `${changeKind!}: ${description!}`,
    checkedBy: req.user.id,
    changeKind: changeKind!,
    after: `a structural change (${changeKind!}: ${description!})`,
    inputs: { changeKind, description, baseYearTCO2e: String(baseYearTCO2e) }
  })
  return await SELECT.one.from(BaseYearReviews, id)
}

/**
 * A controller's decision on a proposal, with the reason. Accepting it asks for a restatement of each closed period
 * of the base year (the covered company codes the user may read): each is approved by a second person, four eyes as
 * every restatement; periods still open take today's figures at their close anyway.
 */
export async function decideReview(req: On<typeof BaseYearReview.actions.decide>): Promise<unknown> {
  const review = await asCurrentUser(SELECT.one.from(BaseYearReviews, targetId(req)))
  if (!review) return req.reject(404, 'no such base-year review')
  if (review.status !== 'proposed') return req.reject(409, `the review is ${review.status!}: only a proposal is decided`)
  const target = (await SELECT.one.from(ReductionTargets, review.target_ID!))!
  const reason = req.data.reason!
  const requested: string[] = []
  const structural = review.trigger === 'structural'
  // four eyes: a structural change adjusts the base year directly, so its recorder does not decide it
  if (structural && review.checkedBy === req.user.id)
    return req.reject(409, 'you recorded this structural change: another controller decides it (four eyes)')
  if (req.data.accept && !structural) {
    const closed = await asCurrentUser(
      SELECT.from(FiscalPeriods)
        .columns('companyCode_code', 'fiscalYear', 'fiscalPeriod', 'snapshot_ID')
        .where({
          fiscalYear: target.baseYear,
          status: 'closed',
          ...(target.companyCode_code ? { companyCode_code: target.companyCode_code } : {})
        })
        .orderBy('companyCode_code', 'fiscalPeriod')
    )
    for (const p of closed) {
      const period = { companyCode: p.companyCode_code!, fiscalYear: p.fiscalYear!, fiscalPeriod: p.fiscalPeriod! }
      const pending = await SELECT.one.from(Restatements).where({
        period_companyCode_code: period.companyCode,
        period_fiscalYear: period.fiscalYear,
        period_fiscalPeriod: period.fiscalPeriod,
        status: { in: ['requested', 'approved'] }
      })
      if (pending) continue
      await requestRestatement(period, `base-year recalculation of ${target.name!}: ${reason}`.slice(0, 1000), p.snapshot_ID)
      requested.push(`${period.companyCode} ${period.fiscalYear}/${String(period.fiscalPeriod).padStart(3, '0')}`)
    }
  }
  const status = req.data.accept ? 'accepted' : 'declined'
  await UPDATE(BaseYearReviews, review.ID!).with({ status, reason, decidedAt: new Date().toISOString(), decidedBy: req.user.id })
  await appendLog({
    action: 'baseYearDecision',
    subject: `${target.name!} base year ${target.baseYear!}`,
    details: `${status}: ${reason}${requested.length ? `; restatement requested for ${requested.join(', ')}` : ''}${
      structural && req.data.accept ? `; base year adjusted by ${review.changeKgCO2e!} kg` : ''
    }`.slice(0, 2000),
    inputs: { review: review.ID, accept: req.data.accept },
    companyCode: target.companyCode_code ?? null
  })
  return await SELECT.one.from(BaseYearReviews, review.ID!)
}

/**
 * A restatement of a base-year period changes the base year's figure: each target with that base year and company
 * code gets a review of the change in its covered categories (the snapshot's deltas), a proposal when significant,
 * in the close's transaction. A change of nothing records nothing.
 */
export async function reviewRestatement(
  period: { companyCode: string; fiscalYear: number; fiscalPeriod: number },
  version: number,
  totals: Array<{ category: number; deltaLocation: string | null }>,
  user: string | undefined
): Promise<void> {
  const targets = (await SELECT.from(ReductionTargets).where({ baseYear: period.fiscalYear })).filter(
    t => !t.companyCode_code || t.companyCode_code === period.companyCode
  )
  for (const target of targets) {
    const covered = new Set(coveredCategories(target.categories))
    const changes = totals.filter(t => covered.has(t.category) && t.deltaLocation != null && !new Decimal(t.deltaLocation).isZero())
    if (!changes.length) continue
    const change = changes.reduce((s, t) => s.plus(t.deltaLocation!), new Decimal(0))
    const base = (await coveredBaseYearKg(target)).minus(change)
    const period3 = `${period.companyCode} ${period.fiscalYear}/${String(period.fiscalPeriod).padStart(3, '0')}`
    await recordReview(target, {
      trigger: 'restatement',
      base,
      change,
      details: `restatement of ${period3}, version ${version}: ${changes
        .map(t => `${t.category}: ${new Decimal(t.deltaLocation!).gt(0) ? '+' : ''}${new Decimal(t.deltaLocation!).toFixed(6)} kg`)
        .join('; ')}`,
      checkedBy: user ?? 'system',
      after: `the restatement of ${period3}`,
      inputs: { period, version }
    })
  }
}
