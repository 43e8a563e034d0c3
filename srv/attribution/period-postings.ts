import cds from '@sap/cds'
import { Attributions, AttributionRules, EmissionFactors, FiscalPeriods, PeriodTotals, Regions } from '#cds-models/scope3'
import { periodFigures, contributions, type PeriodFigures, type PostingRow, type CategoryTotal } from '../lib/close/ledger'
import { attribute, FactorLibrary, type ActivityRow, type AttributionValues, type LibraryFactorRow } from '../lib/attribution/attribution'
import { type Rule } from '../lib/attribution/resolution'
import { Decimal } from '../lib/common/decimal'
import { FACTOR_COLUMNS, loadEngineContextRows, engineContextOf, type EngineContextRows } from '../factors/factor-library'
import { entriesOf } from '../common/database'

export interface PeriodKey {
  companyCode: string
  fiscalYear: number
  fiscalPeriod: number
}

export const periodName = (p: PeriodKey): string => `${p.companyCode} ${p.fiscalYear}/${String(p.fiscalPeriod).padStart(3, '0')}`
const keyOf = (p: PeriodKey): string => `${p.companyCode}/${p.fiscalYear}/${p.fiscalPeriod}`
/** the period after: 12 and the special periods 13-16 are followed by period 1 of the next year */
const next = (p: PeriodKey): PeriodKey =>
  p.fiscalPeriod >= 12 ? { ...p, fiscalYear: p.fiscalYear + 1, fiscalPeriod: 1 } : { ...p, fiscalPeriod: p.fiscalPeriod + 1 }

/** A period nothing may post to any more: in closing or closed. */
export class PeriodLocks {
  private constructor(
    private readonly locked: Set<string>,
    private readonly allowed: Set<string>
  ) {}

  /** the locks as the database has them; `allowed`: the period a close is recomputing, which posts to itself */
  static async load(allowed?: PeriodKey): Promise<PeriodLocks> {
    const rows = await SELECT.from(FiscalPeriods)
      .columns('companyCode_code', 'fiscalYear', 'fiscalPeriod')
      .where({ status: { in: ['inClosing', 'closed'] } })
    return new PeriodLocks(
      new Set(rows.map(r => keyOf({ companyCode: r.companyCode_code!, fiscalYear: r.fiscalYear!, fiscalPeriod: r.fiscalPeriod! }))),
      new Set(allowed ? [keyOf(allowed)] : [])
    )
  }

  isLocked(p: PeriodKey): boolean {
    return this.locked.has(keyOf(p)) && !this.allowed.has(keyOf(p))
  }

  /** Where a figure of an activity's period posts: there, or in the next period that is not locked (an adjustment). */
  postingPeriod(p: PeriodKey): { period: PeriodKey; adjustment: boolean } {
    let period = p
    while (this.isLocked(period)) period = next(period)
    return { period, adjustment: period !== p }
  }
}

let guarded: unknown
/**
 * Closed is closed, whatever the code path: the database refuses attributions posted to a locked period (except
 * by that period's own close) and any change to an attribution other than marking it superseded.
 */
export function guardLockedPeriods(): void {
  if (guarded === cds.db) return
  guarded = cds.db
  cds.db.before(['CREATE', 'UPSERT'], Attributions, async (req: any) => {
    const entries = entriesOf(req.query, req.data)
    const locks = await PeriodLocks.load((cds.context as any)?.[ALLOW_POSTING] as PeriodKey | undefined)
    for (const e of entries) {
      const period = { companyCode: e.companyCode_code, fiscalYear: e.fiscalYear, fiscalPeriod: e.fiscalPeriod }
      if (period.companyCode && locks.isLocked(period))
        return req.reject(409, `period ${periodName(period)} is closed: nothing posts to it any more`, 'fiscalPeriod')
    }
  })
  cds.db.before('UPDATE', Attributions, (req: any) => {
    // allowed: marking a figure superseded
    // (the values of `.with`/`.data` and the expressions of `.set` alike)
    const u = req.query?.UPDATE
    const changed = [...new Set([...Object.keys(u?.data ?? req.data ?? {}), ...Object.keys(u?.with ?? {})])].filter(
      k => k !== 'supersededBy_ID'
    )
    if (changed.length)
      return req.reject(409, `attributions are never changed, only superseded (refused: ${changed.join(', ')})`, changed[0])
  })
  cds.db.before('DELETE', Attributions, (req: any) => req.reject(409, 'attributions are never deleted, only superseded or reversed'))
}

/** context key: the period whose close is recomputing it, so that it may still post to itself */
export const ALLOW_POSTING = Symbol.for('scope3.allowPosting')

/** Runs `fn` with postings to `period` allowed although it is in closing. */
export async function postingInto<T>(period: PeriodKey, fn: () => Promise<T>): Promise<T> {
  const context = cds.context as any
  const before = context[ALLOW_POSTING]
  context[ALLOW_POSTING] = period
  try {
    return await fn()
  } finally {
    context[ALLOW_POSTING] = before
  }
}

/** the where clause of a period's rows (activities and attributions name the columns alike) */
export const whereIn = (p: PeriodKey): Record<string, unknown> => ({
  companyCode_code: p.companyCode,
  fiscalYear: p.fiscalYear,
  fiscalPeriod: p.fiscalPeriod
})

interface PostedAttribution {
  ID: string
  category_code: number
  method_code: string
  kgCO2eLocation: string
  kgCO2eMarket: string
  biogenicCO2: string | null
  kgCO2eWTT: string | null
  p_wtt: string | null
  dqScore: string | null
  uncertaintyVariance: string | null
  isReversal: boolean
  inputs: string | null
  rule_ID: string | null
  factor_ID: string | null
  marketFactor_ID: string | null
  p_category: number | null
  p_method: string | null
  p_loc: string | null
  p_mkt: string | null
  p_bio: string | null
  p_dq: string | null
  p_variance: string | null
  p_reversal: boolean | null
}

/** The attributions posted to a period, each with the one it supersedes (and, for replay, its inputs). */
export async function postedTo(p: PeriodKey, withInputs = false): Promise<PostedAttribution[]> {
  return (await SELECT.from(Attributions)
    .columns(a => {
      a.ID
      a.category_code
      a.method_code
      a.kgCO2eLocation
      a.kgCO2eMarket
      a.biogenicCO2
      a.kgCO2eWTT
      a.dqScore
      a.uncertaintyVariance
      a.isReversal
      a.rule_ID
      a.factor_ID
      a.marketFactor_ID
      if (withInputs) a.inputs // replay only: the largest column
      a.supersedes.category_code.as('p_category')
      a.supersedes.method_code.as('p_method')
      a.supersedes.kgCO2eLocation.as('p_loc')
      a.supersedes.kgCO2eMarket.as('p_mkt')
      a.supersedes.biogenicCO2.as('p_bio')
      a.supersedes.kgCO2eWTT.as('p_wtt')
      a.supersedes.dqScore.as('p_dq')
      a.supersedes.uncertaintyVariance.as('p_variance')
      a.supersedes.isReversal.as('p_reversal')
    })
    .where(whereIn(p))
    .orderBy('ID')) as unknown as PostedAttribution[]
}

/** an attribution's figures as replay recomputes them */
type ReplayedValues = Pick<AttributionValues, 'kgCO2eLocation' | 'kgCO2eMarket' | 'biogenicCO2' | 'kgCO2eWTT'> & {
  uncertaintyVariance: string | null
}

export function postingRows(rows: PostedAttribution[], values?: Map<string, ReplayedValues>): PostingRow[] {
  return rows.map(r => ({
    ID: r.ID,
    category: r.category_code,
    method: r.method_code,
    ...(values?.get(r.ID) ?? {
      kgCO2eLocation: r.kgCO2eLocation,
      kgCO2eMarket: r.kgCO2eMarket,
      biogenicCO2: r.biogenicCO2,
      kgCO2eWTT: r.kgCO2eWTT,
      uncertaintyVariance: r.uncertaintyVariance
    }),
    dqScore: r.dqScore,
    isReversal: r.isReversal,
    previous:
      r.p_category == null
        ? null
        : {
            category: r.p_category,
            method: r.p_method!,
            kgCO2eLocation: r.p_loc!,
            kgCO2eMarket: r.p_mkt!,
            biogenicCO2: r.p_bio,
            kgCO2eWTT: r.p_wtt,
            dqScore: r.p_dq,
            uncertaintyVariance: r.p_variance,
            isReversal: r.p_reversal
          }
  }))
}

/** The figures of a period from its pre-aggregated totals: the same sums as from its attributions (replay checks it), in a few rows. */
export async function figuresFromTotals(p: PeriodKey, previous?: CategoryTotal[], uncertainty = true): Promise<PeriodFigures> {
  const totals = await SELECT.from(PeriodTotals).where(whereIn(p))
  return periodFigures(
    totals.map(t => ({
      category: t.category_code!,
      method: t.method_code!,
      factorSet: t.factorSet ?? '',
      lines: t.lines ?? 0,
      loc: String(t.kgCO2eLocation ?? 0),
      mkt: String(t.kgCO2eMarket ?? 0),
      bio: String(t.biogenicCO2 ?? 0),
      wtt: String(t.kgCO2eWTT ?? 0),
      dqWeighted: String(t.dqWeighted ?? 0),
      dqWeight: String(t.dqWeight ?? 0),
      kgMean: t.kgMean ?? '0',
      kgVariance: t.kgVariance ?? '0',
      kgWithSpread: t.kgWithSpread ?? '0'
    })),
    previous,
    { uncertainty }
  )
}

/** What replay needs, as it is at close: the factors, rules and regions the figures used, and the engine context. */
export interface Pins {
  factors: LibraryFactorRow[]
  rules: Rule[]
  regions: Array<[string, string | null]>
  context: EngineContextRows
}

export async function pinsOf(p: PeriodKey): Promise<Pins> {
  const used = await SELECT.distinct.from(Attributions).columns('rule_ID', 'factor_ID', 'marketFactor_ID').where(whereIn(p))
  const factorIds = [...new Set(used.flatMap(r => [r.factor_ID, r.marketFactor_ID]).filter(Boolean))] as string[]
  const ruleIds = [...new Set(used.map(r => r.rule_ID).filter(Boolean))] as string[]
  const [factors, rules, regions, context] = await Promise.all([
    factorIds.length
      ? SELECT.from(EmissionFactors)
          .columns(FACTOR_COLUMNS)
          .where({ ID: { in: factorIds } })
          .orderBy('ID')
      : [],
    ruleIds.length
      ? SELECT.from(AttributionRules)
          .where({ ID: { in: ruleIds } })
          .orderBy('ID')
      : [],
    SELECT.from(Regions).columns('code', 'parent_code').orderBy('code'),
    loadEngineContextRows()
  ])
  return {
    factors: factors as unknown as LibraryFactorRow[],
    rules: (rules as any[]).map(r => ({
      ID: r.ID,
      ruleKey: r.ruleKey,
      version: r.version,
      priority: r.priority,
      validFrom: r.validFrom,
      validTo: r.validTo,
      active: true,
      glAccount: r.glAccount,
      transportMode: r.transportMode,
      documentType: r.documentType,
      factorFamily: r.factorFamily,
      supplier: r.supplier_ID,
      material: r.material_ID,
      materialGroup: r.materialGroup_code,
      plant: r.plant_code,
      companyCode: r.companyCode_code,
      category: r.category_code,
      method: r.method_code,
      factorId: r.factor_ID
    })) as Rule[],
    regions: regions.map(r => [r.code!, r.parent_code ?? null]),
    context
  }
}

/** The factor sets and versions behind a period's figures. */
export function factorSetsOf(pins: Pins): Array<{ set: string; version: string | null }> {
  const sets = new Map<string, string | null>()
  for (const f of pins.factors) sets.set(f.setCode ?? '', f.setVersion ?? null)
  return [...sets].sort(([a], [b]) => (a < b ? -1 : 1)).map(([set, version]) => ({ set, version }))
}

/**
 * Replay: recomputes every attribution posted to the period from its recorded inputs with its recorded rule and the
 * pinned factors and context (not today's), and the period's figures from those values. Differences are listed.
 * With `uncertainty` (a snapshot frozen with its interval), the interval too, from each line's replayed σ².
 */
export function replayFigures(
  p: PeriodKey,
  rows: PostedAttribution[],
  pins: Pins,
  previous?: CategoryTotal[],
  uncertainty = true
): { figures: PeriodFigures; differences: Array<{ attribution: string; problem: string }> } {
  const library = new FactorLibrary(pins.factors, new Map(pins.regions))
  const ctx = engineContextOf(pins.context)
  const rules = new Map(pins.rules.map(r => [r.ID, r]))
  const values = new Map<string, ReplayedValues>()
  const differences: Array<{ attribution: string; problem: string }> = []
  for (const r of rows) {
    if (r.isReversal) continue // 0 kg by definition
    const rule = rules.get(r.rule_ID ?? '')
    if (!r.inputs || !rule) {
      differences.push({ attribution: r.ID, problem: 'no recorded inputs or rule' })
      continue
    }
    const outcome = attribute(JSON.parse(r.inputs) as ActivityRow, [rule], library, ctx)
    if (!outcome.ok) {
      differences.push({ attribution: r.ID, problem: `${outcome.code}: ${outcome.message}` })
      continue
    }
    const v = outcome.values
    values.set(r.ID, {
      kgCO2eLocation: v.kgCO2eLocation,
      kgCO2eMarket: v.kgCO2eMarket,
      biogenicCO2: v.biogenicCO2,
      kgCO2eWTT: v.kgCO2eWTT,
      // a line attributed before intervals existed counted without spread in the totals, and does so in replay
      uncertaintyVariance: r.uncertaintyVariance == null ? null : v.uncertaintyVariance
    })
    for (const [field, stored] of [
      ['kgCO2eLocation', r.kgCO2eLocation],
      ['kgCO2eMarket', r.kgCO2eMarket],
      ...(uncertainty && r.uncertaintyVariance != null ? ([['uncertaintyVariance', r.uncertaintyVariance]] as const) : [])
    ] as const) {
      if (!new Decimal(v[field]).eq(stored))
        differences.push({ attribution: r.ID, problem: `${field}: stored ${stored}, replayed ${v[field]}` })
    }
  }
  return { figures: periodFigures(contributions(postingRows(rows, values)), previous, { uncertainty }), differences }
}

/**
 * The pins of several snapshots as one: the factors, rules and regions of all of them (by id), the engine context of
 * the last one given. What a year's methodology was, from the snapshots of its closed periods.
 */
export function mergedPins(list: Pins[]): Pins | undefined {
  if (!list.length) return undefined
  const byId = <T>(rows: T[], id: (row: T) => string): T[] => [...new Map(rows.map(r => [id(r), r])).values()]
  return {
    factors: byId(
      list.flatMap(p => p.factors),
      f => f.ID
    ),
    rules: byId(
      list.flatMap(p => p.rules),
      r => r.ID
    ),
    regions: byId(
      list.flatMap(p => p.regions),
      ([code]) => code
    ),
    context: list[list.length - 1].context
  }
}

/**
 * Lines as another methodology would figure them: each attribution's recorded inputs through the engine with the
 * pinned rules, factors and context (e.g. a base year's). A line the pinned methodology cannot figure (no rule or
 * factor for it then) keeps its own figure and is counted in `kept`. Location-based kg, exact.
 */
export function figuredWithPins(
  rows: Array<{ inputs?: string | null; kgCO2eLocation?: unknown }>,
  pins: Pins
): { kg: Decimal; kept: number } {
  const library = new FactorLibrary(pins.factors, new Map(pins.regions))
  const ctx = engineContextOf(pins.context)
  let kg = new Decimal(0)
  let kept = 0
  for (const r of rows) {
    const outcome = r.inputs ? attribute(JSON.parse(r.inputs) as ActivityRow, pins.rules, library, ctx) : undefined
    if (outcome?.ok) kg = kg.plus(outcome.values.kgCO2eLocation)
    else {
      kg = kg.plus((r.kgCO2eLocation as string | null) ?? 0)
      kept++
    }
  }
  return { kg, kept }
}
