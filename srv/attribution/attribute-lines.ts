import cds from '@sap/cds'
import { insertRows } from '../common/database'
import { Activities, Attributions, AttributionRules, CompanyCodes, EmissionFactors, Plants, Regions } from '#cds-models/scope3'
import { attribute, FactorLibrary, CALCULATION_VERSION, type ActivityRow, type LibraryFactorRow } from '../lib/attribution/attribution'
import { type Rule, ACTIVITY_CODE } from '../lib/attribution/resolution'
import { FACTOR_COLUMNS, loadEngineContextRows, engineContextOf } from '../factors/factor-library'
import { type EngineContext } from '../lib/attribution/engine'
import { PeriodLocks, ALLOW_POSTING } from './period-postings'
import { appendLog, hashOf } from '../common/calculation-log'
import { postToTotals, type Posted } from './period-totals'
import { refreshPurchaseOrdersOf } from './purchase-order-totals'
import { Decimal, type DecimalInput } from '../lib/common/decimal'
import { PURCHASE_ORDER_ITEM } from '../lib/ingestion/s4-mapping'
import { DISTANCE_LINE, SPEND_LINE, separateTransportOf } from '../lib/attribution/upstream-transport'

const LOG = cds.log('attribution')

export interface RecomputeReport {
  activities: number
  created: number
  unchanged: number
  failed: number
  failures: Array<{ activity: string; code: string; message: string }>
}

/** A rule's columns under the names the pure resolver uses (of the rules table, or of a projection of it). */
export const RULE_COLUMNS = (r: any): void => {
  r.ID
  r.ruleKey
  r.version
  r.priority
  r.validFrom
  r.validTo
  r.active
  r.glAccount
  r.transportMode
  r.documentType
  r.activityCode
  r.factorFamily
  r.supplier_ID.as('supplier')
  r.material_ID.as('material')
  r.materialGroup_code.as('materialGroup')
  r.plant_code.as('plant')
  r.companyCode_code.as('companyCode')
  r.category_code.as('category')
  r.method_code.as('method')
  r.factor_ID.as('factorId')
}

async function loadRules(): Promise<Rule[]> {
  return (await SELECT.from(AttributionRules).columns(RULE_COLUMNS).where({ active: true })) as unknown as Rule[]
}

/** The factors the rules can reach (by id or family), and the region tree for fallbacks. */
async function loadLibrary(rules: Rule[]): Promise<FactorLibrary> {
  const ids = [...new Set(rules.map(r => r.factorId).filter(Boolean))] as string[]
  const families = [...new Set(rules.map(r => r.factorFamily).filter(Boolean))] as string[]
  // a family the activity names (`desnz:{activityCode}`): every family of that prefix
  const prefixes = families.filter(f => f.includes(ACTIVITY_CODE)).map(f => f.slice(0, f.indexOf(ACTIVITY_CODE)))
  const query: any = SELECT.from(EmissionFactors)
    .columns(FACTOR_COLUMNS)
    .where({ ID: { in: [...ids, ''] } })
  query.or({ family: { in: [...families, ''] } })
  for (const prefix of prefixes) query.or({ family: { like: `${prefix}%` } })
  const [factors, regions] = await Promise.all([query, SELECT.from(Regions).columns('code', 'parent_code')])
  return new FactorLibrary(factors as unknown as LibraryFactorRow[], new Map(regions.map(r => [r.code!, r.parent_code ?? null])))
}

/** What attribution reads besides the activities; a change to any of it invalidates the cached context. */
const CONTEXT_ENTITIES = new Set([
  'scope3.AttributionRules',
  'scope3.EmissionFactors',
  'scope3.FactorGasValues',
  'scope3.FactorSets',
  'scope3.Units',
  'scope3.ExchangeRates',
  'scope3.PriceIndexes',
  'scope3.Regions',
  'scope3.CompanyCodes'
])
const CONTEXT_NAMES = new Set([...CONTEXT_ENTITIES].map(n => n.split('.').pop()!))
/** another instance's changes are seen after this long at the latest */
const CONTEXT_TTL_MS = 30000
export interface AttributionContext {
  rules: Rule[]
  library: FactorLibrary
  ctx: EngineContext
  /** the company codes whose policy leaves the well-to-tank of travel and freight out (CompanyCodes.wellToTank) */
  withoutWellToTank: Set<string>
  fingerprint: string
}
let cached: { at: number; value: Promise<AttributionContext>; derived: Map<string, Promise<unknown>> } | undefined
let watched: unknown

/**
 * Rules, factors and engine context, cached: loading them per document made the event flow slow. The fingerprint
 * (sha256 of all of it) is remembered on each activity whose figure stands with it (Activities.attributedWith, cleared
 * by any change of the line or its plant): recomputing such a line would give the same figure, so the engine is skipped.
 */
function attributionContext(): Promise<AttributionContext> {
  if (watched !== cds.db) {
    // per database service (tests start several servers in one process)
    watched = cds.db
    cached = undefined
    cds.db.after(['CREATE', 'UPSERT', 'UPDATE', 'DELETE'], '*', (_: unknown, req: any) => {
      // by the entity's own name or a service's projection of it (AdminService.CompanyCodes): a refresh too many is harmless
      if (
        cached &&
        (CONTEXT_ENTITIES.has(req.target?.name) ||
          CONTEXT_NAMES.has(
            String(req.target?.name ?? '')
              .split('.')
              .pop()!
          ))
      )
        cached.at = 0
    })
    // a changed line, or a line of a changed plant (its region), is no longer attributed with any context
    cds.db.before('UPDATE', Activities, (req: any) => {
      const u = req.query?.UPDATE
      if (!u) return
      if (!('attributedWith' in (u.data ?? {})) && !('attributedWith' in (u.with ?? {}))) (u.data ??= {}).attributedWith = null
    })
    cds.db.after('UPDATE', Plants, async (_: unknown, req: any) => {
      const code = req.data?.code ?? req.query?.UPDATE?.entity?.ref?.[0]?.where?.[2]?.val
      await UPDATE(Activities)
        .set({ attributedWith: null })
        .where(code ? { plant_code: code } : {})
    })
  }
  if (!cached || Date.now() - cached.at > CONTEXT_TTL_MS) {
    const value = loadRules().then(async rules => {
      const [library, rows, policies] = await Promise.all([
        loadLibrary(rules),
        loadEngineContextRows(),
        SELECT.from(CompanyCodes).columns('code').where({ wellToTank: false })
      ])
      const withoutWellToTank = new Set(policies.map(p => p.code!))
      const fingerprint = hashOf({
        CALCULATION_VERSION,
        rules,
        factors: [...library.byId.values()],
        regions: [...library.regionParents],
        rows,
        withoutWellToTank: [...withoutWellToTank].sort()
      })
      return { rules, library, ctx: engineContextOf(rows), withoutWellToTank, fingerprint }
    })
    cached = { at: Date.now(), value, derived: new Map() }
    value.catch(() => {
      cached = undefined
    })
  }
  return cached.value
}

/**
 * The current attribution context with one rule as an admin edits it (replacing its saved versions, or added): what
 * `plan` with it shows is the impact of that edit. Its fingerprint matches no line, so every line is recomputed.
 */
export async function contextWithRule(rule: Rule): Promise<AttributionContext> {
  const current = await attributionContext()
  // the rule replaces its other versions, as its activation does
  const rules = [...current.rules.filter(r => r.ID !== rule.ID && r.ruleKey !== rule.ruleKey), ...(rule.active === false ? [] : [rule])]
  return { ...current, rules, library: await loadLibrary(rules), fingerprint: `preview:${rule.ID}` }
}

/** The fingerprint of the current attribution context: lines attributed with it need no recomputation. */
export async function contextFingerprint(): Promise<string> {
  return (await attributionContext()).fingerprint
}

/**
 * Something read from the same tables as the attribution context (e.g. a factor set's factors by source path),
 * loaded once and kept as long as the context is: a change to those tables drops both.
 */
export async function cachedWithContext<T>(key: string, load: () => Promise<T>): Promise<T> {
  await attributionContext()
  const derived = cached!.derived
  if (!derived.has(key)) {
    const value = load()
    derived.set(key, value)
    value.catch(() => derived.delete(key))
  }
  return await (derived.get(key) as Promise<T>)
}

/** The engine context (units, rates, indexes) of the cached attribution context. */
export async function engineContext(): Promise<EngineContext> {
  return (await attributionContext()).ctx
}

const ACTIVITY_COLUMNS = (a: any): void => {
  a.ID
  a.documentType
  a.postingDate
  a.supplier_ID
  a.material_ID
  a.materialGroup_code
  a.plant_code
  a.companyCode_code
  a.glAccount
  a.transportMode
  a.quantity
  a.unit_code
  a.amount
  a.currency_code
  a.distance
  a.distanceUnit_code
  a.transportMass
  a.transportMassUnit_code
  a.activityCode
  a.plant.region_code.as('region')
  a.status_code
  a.ghgScope
  a.fiscalYear
  a.fiscalPeriod
  a.attributedWith
  a.derivation
  a.location_code
  a.supplier.country_code.as('supplierCountry')
}

/**
 * What the current rules and factors give for activities not stored yet (the preview of an upload): the attribution
 * or why there is none. Writes nothing.
 */
export async function preview(activities: ActivityRow[]): Promise<Array<ReturnType<typeof attribute>>> {
  const { rules, library, ctx, withoutWellToTank } = await attributionContext()
  return activities.map(a => attribute(withPolicy({ ...a }, withoutWellToTank), rules, library, ctx))
}

/**
 * Attributes activities with the current rules and factors. Idempotent: an activity whose inputs are unchanged
 * (same input hash) keeps its attribution; a changed one gets a new attribution that supersedes the old one.
 * A cancelled activity gets a reversing entry (0 kg CO2e) that supersedes its last figure; nothing is deleted.
 */
export async function recompute(activityIDs?: string[] | null): Promise<RecomputeReport> {
  // the activities locked first, in order: a recompute of the same lines by another instance waits and then finds
  // them attributed, instead of attributing them a second time (on SQLite, one writer at a time anyway)
  if (!activityIDs) await SELECT.from(Activities).columns('ID').orderBy('ID').forUpdate()
  else {
    const ids = [...activityIDs].sort()
    for (let i = 0; i < ids.length; i += 1000)
      await SELECT.from(Activities)
        .columns('ID')
        .where({ ID: { in: ids.slice(i, i + 1000) } })
        .orderBy('ID')
        .forUpdate()
  }
  const { report, inserts, current, attributed, fingerprint } = await plan(activityIDs)
  if (inserts.length) {
    await insertRows(Attributions, inserts)
    await postToTotals(inserts.map(i => ({ added: i, removed: i.supersedes_ID ? current.get(i.activity_ID) : undefined })))
    await appendLog({
      action: 'calculation',
      subject: `${inserts.length} attribution(s) of ${report.activities} activities`,
      details: `calculation ${CALCULATION_VERSION}; ${inserts.filter(i => i.isAdjustment).length} adjustment(s) posted to an open period`,
      inputs: inserts.map(i => [i.activity_ID, i.inputHash]),
      outputs: inserts.map(i => [i.ID, i.kgCO2eLocation, i.kgCO2eMarket, i.companyCode_code, i.fiscalYear, i.fiscalPeriod])
    })
  }
  await markSuperseded(inserts.filter(i => i.supersedes_ID).map(i => [i.supersedes_ID as string, i.ID as string]))
  // the lines whose current figure stands with this context: the next close does not need to look at them
  for (let i = 0; i < attributed.length; i += 1000)
    await UPDATE(Activities)
      .set({ attributedWith: fingerprint })
      .where({ ID: { in: attributed.slice(i, i + 1000) } })
  // the purchase orders of these lines: their totals follow their lines' figures and statuses in the same transaction
  await refreshPurchaseOrdersOf(activityIDs)
  report.created = inserts.length
  const summary = `recomputed ${report.activities} activities: ${report.created} new, ${report.unchanged} unchanged, ${report.failed} failed`
  // one line per bulk run; per-document runs of the event flow only when debugging
  if (report.activities > 50) LOG.info(summary)
  else LOG.debug(summary)
  return report
}

/**
 * Points each superseded attribution to its successor: one statement per 500 pairs (`CASE ID WHEN old THEN new …`),
 * not one per line, so that a recompute that changes every figure does not pay a round trip for each.
 */
async function markSuperseded(pairs: Array<[superseded: string, by: string]>): Promise<void> {
  for (let i = 0; i < pairs.length; i += 500) {
    const part = pairs.slice(i, i + 500)
    const cases = part.flatMap(([old, next]) => ['when', { ref: ['ID'] }, '=', { val: old }, 'then', { val: next }])
    await UPDATE(Attributions)
      .set({ supersededBy_ID: { xpr: ['case', ...cases, 'end'] } } as any)
      .where({ ID: { in: part.map(([old]) => old) } })
  }
}

/** Figures of a category before and after a planned recompute: the what-if of a period, the impact of a rule edit. */
export interface CategoryDelta {
  category: number
  kgCO2eLocation: string
  whatIfKgCO2eLocation: string
  deltaLocation: string
  kgCO2eMarket: string
  whatIfKgCO2eMarket: string
  deltaMarket: string
  changedLines: number
}

/**
 * Per category: the base figures, and what they become when the planned attributions replace the ones they supersede.
 * Exact decimals, 6 places like the stored figures.
 */
export function categoryDeltas(
  base: Array<{ category: number; kgCO2eLocation: DecimalInput; kgCO2eMarket: DecimalInput }>,
  planned: { inserts: any[]; current: Map<string, Posted> }
): CategoryDelta[] {
  const lines = new Map<number, { loc: Decimal; mkt: Decimal; newLoc: Decimal; newMkt: Decimal; changed: number }>()
  const line = (c: number): { loc: Decimal; mkt: Decimal; newLoc: Decimal; newMkt: Decimal; changed: number } => {
    if (!lines.has(c))
      lines.set(c, { loc: new Decimal(0), mkt: new Decimal(0), newLoc: new Decimal(0), newMkt: new Decimal(0), changed: 0 })
    return lines.get(c)!
  }
  for (const b of base) {
    const l = line(b.category)
    l.loc = l.loc.plus(b.kgCO2eLocation ?? 0)
    l.mkt = l.mkt.plus(b.kgCO2eMarket ?? 0)
    l.newLoc = l.newLoc.plus(b.kgCO2eLocation ?? 0)
    l.newMkt = l.newMkt.plus(b.kgCO2eMarket ?? 0)
  }
  for (const i of planned.inserts) {
    const before = planned.current.get(i.activity_ID)
    if (i.category_code != null) {
      const l = line(i.category_code)
      l.newLoc = l.newLoc.plus(i.kgCO2eLocation ?? 0)
      l.newMkt = l.newMkt.plus(i.kgCO2eMarket ?? 0)
      l.changed++
    }
    if (before?.category_code != null) {
      const l = line(before.category_code)
      l.newLoc = l.newLoc.minus(before.kgCO2eLocation ?? 0)
      l.newMkt = l.newMkt.minus(before.kgCO2eMarket ?? 0)
    }
  }
  return [...lines]
    .sort(([a], [b]) => a - b)
    .map(([category, l]) => ({
      category,
      kgCO2eLocation: l.loc.toFixed(6),
      whatIfKgCO2eLocation: l.newLoc.toFixed(6),
      deltaLocation: l.newLoc.minus(l.loc).toFixed(6),
      kgCO2eMarket: l.mkt.toFixed(6),
      whatIfKgCO2eMarket: l.newMkt.toFixed(6),
      deltaMarket: l.newMkt.minus(l.mkt).toFixed(6),
      changedLines: l.changed
    }))
}

/** The company code's policy on the line, as the engine reads it: recorded only where it leaves well-to-tank out. */
function withPolicy<A extends ActivityRow>(a: A, withoutWellToTank: Set<string>): A {
  if (a.companyCode_code && withoutWellToTank.has(a.companyCode_code)) a.wellToTank = false
  return a
}

/**
 * Marks the purchase order items whose transport has category 4 lines of its own (not cancelled): their category 1
 * figure leaves the transport out (srv/lib/attribution/attribution.ts, transportOnce).
 */
async function withSeparateTransport(activities: ActivityRow[]): Promise<void> {
  const items = new Map(activities.filter(a => a.documentType === PURCHASE_ORDER_ITEM).map(a => [a.ID, a]))
  if (!items.size) return
  const ids = [...items.keys()]
  for (let i = 0; i < ids.length; i += 1000) {
    const lines = await SELECT.from(Activities)
      .columns('derivedFrom_ID', 'documentType', 'amount')
      .where({
        derivedFrom_ID: { in: ids.slice(i, i + 1000) },
        documentType: { in: [DISTANCE_LINE, SPEND_LINE] },
        status_code: { '!=': 'cancelled' }
      })
    for (const line of lines) items.get(line.derivedFrom_ID!)!.separateTransport = separateTransportOf(line)
  }
}

/** What a recompute would write, written nowhere: the new attributions and the current ones they supersede. */
export async function plan(
  activityIDs?: string[] | null,
  context?: AttributionContext
): Promise<{
  report: RecomputeReport
  inserts: any[]
  attributed: string[]
  fingerprint: string
  current: Map<string, Posted & { ID?: string; inputHash?: string | null }>
}> {
  const { rules, library, ctx, fingerprint, withoutWellToTank } = context ?? (await attributionContext())
  const query = SELECT.from(Activities).columns(ACTIVITY_COLUMNS).orderBy('ID')
  if (activityIDs?.length) query.where({ ID: { in: activityIDs } })
  const activities = (await query) as unknown as Array<
    ActivityRow & {
      status_code: string
      ghgScope: number | null
      fiscalYear: number | null
      fiscalPeriod: number | null
      attributedWith: string | null
    }
  >
  const locks = await PeriodLocks.load((cds.context as any)?.[ALLOW_POSTING])
  const current = new Map(
    (
      await SELECT.from(Attributions)
        .columns(
          'ID',
          'activity_ID',
          'inputHash',
          'isReversal',
          'category_code',
          'method_code',
          'factor_ID',
          'kgCO2eLocation',
          'kgCO2eMarket',
          'biogenicCO2',
          'kgCO2eWTT',
          'dqScore',
          'uncertaintyVariance'
        )
        .where({ supersededBy_ID: null, activity_ID: { in: activities.map(a => a.ID) } })
    ).map(c => [c.activity_ID!, c])
  )
  await withSeparateTransport(activities)
  for (const a of activities) withPolicy(a, withoutWellToTank)
  const report: RecomputeReport = { activities: activities.length, created: 0, unchanged: 0, failed: 0, failures: [] }
  const calculatedAt = new Date().toISOString()
  const inserts: any[] = []
  // (the scope of a purchase of energy is not an input of the engine: a Scope 3 line's input hash stays as it was)
  for (const { status_code: status, ghgScope, fiscalYear, fiscalPeriod, attributedWith, ...activity } of activities) {
    // ERP document lines have no activity code: leaving it out keeps their input hashes as they were before uploads
    if (activity.activityCode == null) delete activity.activityCode
    const previous = current.get(activity.ID)
    // where the figure posts: the activity's period, or the next open one when that is closed (an adjustment)
    const own = { companyCode: activity.companyCode_code!, fiscalYear: fiscalYear!, fiscalPeriod: fiscalPeriod! }
    const { period, adjustment } =
      own.companyCode && fiscalYear && fiscalPeriod ? locks.postingPeriod(own) : { period: undefined, adjustment: false }
    const posting = {
      companyCode_code: period?.companyCode ?? null,
      fiscalYear: period?.fiscalYear ?? null,
      fiscalPeriod: period?.fiscalPeriod ?? null,
      isAdjustment: adjustment
    }
    // a cancelled line, and energy the company burns or consumes (Scope 1 or 2, its upstream in lines of its own): no Scope 3 figure
    if (status === 'cancelled' || ghgScope != null) {
      if (previous && !previous.isReversal) inserts.push({ ...reversal(activity.ID, previous, calculatedAt), ...posting })
      else report.unchanged++
      continue
    }
    // same activity, same rules, factors and context as its current figure: the engine would give the same result
    if (previous && attributedWith === fingerprint) {
      report.unchanged++
      continue
    }
    const outcome = attribute(activity, rules, library, ctx)
    if (!outcome.ok) {
      report.failed++
      report.failures.push({ activity: activity.ID, code: outcome.code, message: outcome.message })
      continue
    }
    if (previous?.inputHash === outcome.values.inputHash) {
      report.unchanged++
      continue
    }
    inserts.push({
      ...outcome.values,
      ...posting,
      inputs: JSON.stringify(activity),
      ID: cds.utils.uuid(),
      supersedes_ID: previous?.ID ?? null,
      calculatedAt
    })
  }
  const failed = new Set(report.failures.map(f => f.activity))
  return { report, inserts, current: current as any, attributed: activities.map(a => a.ID).filter(id => !failed.has(id)), fingerprint }
}

/** The entry that takes a cancelled document line out of the inventory, pointing to the figure it reverses. */
function reversal(
  activity: string,
  previous: { ID?: string; category_code?: number | null; method_code?: string | null },
  calculatedAt: string
): Record<string, unknown> {
  const reverses = previous.ID!
  return {
    ID: cds.utils.uuid(),
    activity_ID: activity,
    supersedes_ID: reverses,
    isReversal: true,
    calculatedAt,
    category_code: previous.category_code,
    method_code: previous.method_code,
    kgCO2eLocation: '0',
    kgCO2eMarket: '0',
    explanation: `reverses attribution ${reverses}: the source document line was cancelled`,
    lineage: JSON.stringify([`reversal of ${reverses}: source document line cancelled`]),
    inputHash: `reversal:${reverses}`
  }
}
