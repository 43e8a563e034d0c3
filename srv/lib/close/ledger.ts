import { createHash } from 'node:crypto'
import { Decimal } from '../common/decimal'
import { intervalOf, lineMoments, UNCERTAINTY_METHOD } from '../attribution/uncertainty'

/**
 * Period figures and the calculation log's hash chain: pure functions, no CAP, no database.
 *
 * Posting: a period's figure is the sum of what posts to it. Each attribution posted to the period adds its
 * values under its category, and takes away the values of the attribution it supersedes under that one's
 * category. A chain a1 → a2 → a3 within one period sums to a3; a reversal (0 kg) takes its predecessor out; a late
 * change to a closed period's document posts only the difference into the open period.
 * Arithmetic: Decimal throughout; attributions carry kg with 6 decimals, sums are exact (no rounding).
 */

/** one attribution as it posts to a period, with the one it supersedes (if any) */
export interface PostingRow {
  ID: string
  category: number
  method: string
  kgCO2eLocation: string
  kgCO2eMarket: string
  biogenicCO2?: string | null
  /** the well-to-tank part of the figure */
  kgCO2eWTT?: string | null
  dqScore?: string | null
  /** σ² of ln of the location-based figure (its 95 % interval); none: the figure counts without spread */
  uncertaintyVariance?: string | null
  isReversal?: boolean | null
  /** the factor set of the figure's factor (period totals keep them apart) */
  factorSet?: string | null
  /** the superseded attribution (wherever it posted) */
  previous?: {
    category: number
    method: string
    kgCO2eLocation: string
    kgCO2eMarket: string
    biogenicCO2?: string | null
    kgCO2eWTT?: string | null
    dqScore?: string | null
    uncertaintyVariance?: string | null
    isReversal?: boolean | null
    factorSet?: string | null
  } | null
}

/** the method whose figures count as primary (supplier-specific) data, ESRS E1 AR 46(g) */
export const PRIMARY_METHOD = 'supplier-specific'

export interface CategoryTotal {
  category: number
  lines: number
  kgCO2eLocation: string
  kgCO2eMarket: string
  biogenicCO2: string
  /** the well-to-tank part, where there is one (left out at 0, so that snapshots without it hash as they did) */
  kgCO2eWTT?: string
  primaryKgCO2e: string
  dqScore: string | null
  deltaLocation: string | null
  deltaMarket: string | null
  /** the 95 % interval of kgCO2eLocation and the sums it comes from (Moments): figures with uncertainty only */
  kgCO2eLow?: string
  kgCO2eHigh?: string
  kgMean?: string
  kgVariance?: string
  kgWithoutSpread?: string
}

export interface MethodTotal {
  category: number
  method: string
  lines: number
  kgCO2eLocation: string
}

export interface PeriodFigures {
  lines: number
  kgCO2eLocation: string
  kgCO2eMarket: string
  biogenicCO2: string
  /** the well-to-tank part, where there is one (left out at 0) */
  kgCO2eWTT?: string
  /** percent of location-based emissions from primary data, 4 decimals, half-even */
  primaryDataShare: string
  /** emission-weighted data-quality score, 3 decimals, half-even */
  dqScore: string | null
  /** the method of the interval (UNCERTAINTY_METHOD) and the 95 % interval of kgCO2eLocation: figures with uncertainty only */
  uncertaintyMethod?: string
  kgCO2eLow?: string
  kgCO2eHigh?: string
  totals: CategoryTotal[]
  methods: MethodTotal[]
}

const D = (v: string | null | undefined): Decimal => new Decimal(v ?? 0)

/**
 * One contribution to a period, by category, method and factor set: what an attribution adds (sign +1) or the
 * attribution it supersedes takes away (sign -1). Reversals contribute nothing themselves. The period totals table
 * (db/periods.cds PeriodTotals) stores exactly these sums, so figures from rows and from totals are the same.
 */
export interface Contribution {
  category: number
  method: string
  factorSet: string
  lines: number
  loc: string
  mkt: string
  bio: string
  wtt: string
  dqWeighted: string
  dqWeight: string
  /**
   * the sums of the 95 % interval (srv/lib/attribution/uncertainty.ts lineMoments), and the kg of the lines with a
   * spread: the kg without spread is what is left of `loc` (momentsOf). Kept this way round so that a figure made before
   * intervals existed (no σ², counted in `loc` only) is taken away from the right sum when a recompute supersedes it.
   */
  kgMean: string
  kgVariance: string
  kgWithSpread: string
}

/** An emission-weighted data-quality score: Σ score × |kg| ÷ Σ |kg|, 3 decimals, half-even; none without weight. */
export function weightedScore(weighted: Decimal, weight: Decimal): string | null {
  return weight.isZero() ? null : weighted.div(weight).toDecimalPlaces(3, Decimal.ROUND_HALF_EVEN).toFixed(3)
}

/** The sums an interval is computed from (intervalOf), from rows of period totals or contributions. */
export function momentsOf(
  rows: Iterable<{ kgCO2eLocation?: string | null; kgMean?: string | null; kgVariance?: string | null; kgWithSpread?: string | null }>
): { mean: Decimal; variance: Decimal; exact: Decimal } {
  let mean = D('0')
  let variance = D('0')
  let exact = D('0')
  for (const r of rows) {
    mean = mean.plus(D(r.kgMean))
    variance = variance.plus(D(r.kgVariance))
    exact = exact.plus(D(r.kgCO2eLocation)).minus(D(r.kgWithSpread))
  }
  return { mean, variance, exact }
}

/** The contributions of the attributions posted to a period. */
export function contributions(rows: PostingRow[]): Contribution[] {
  const out: Contribution[] = []
  const add = (c: NonNullable<PostingRow['previous']>, sign: 1 | -1): void => {
    if (c.isReversal || c.category == null) return
    const loc = D(c.kgCO2eLocation)
    const weight = c.dqScore == null ? D('0') : loc.abs()
    const moments = lineMoments(loc, c.uncertaintyVariance)
    out.push({
      category: c.category,
      method: c.method,
      factorSet: c.factorSet ?? '',
      lines: sign,
      loc: loc.times(sign).toString(),
      mkt: D(c.kgCO2eMarket).times(sign).toString(),
      bio: D(c.biogenicCO2).times(sign).toString(),
      wtt: D(c.kgCO2eWTT).times(sign).toString(),
      dqWeighted: D(c.dqScore).times(weight).times(sign).toString(),
      dqWeight: weight.times(sign).toString(),
      kgMean: D(moments.mean).times(sign).toString(),
      kgVariance: D(moments.variance).times(sign).toString(),
      kgWithSpread: loc.minus(D(moments.exact)).times(sign).toString()
    })
  }
  for (const r of rows) {
    add(r, 1)
    if (r.previous) add(r.previous, -1)
  }
  return out
}

/**
 * The figures of a period from its contributions (from its attributions, or read from the period totals). Lines
 * are net: the document lines the period adds to the inventory. The data-quality score is weighted by
 * location-based kg, net of superseded figures. With `uncertainty`, each category and the period get the 95 % interval
 * of their location-based figure (UNCERTAINTY_METHOD), and the hash covers it; without, the figures are as they were
 * before intervals existed (snapshots frozen then replay without them).
 */
export function periodFigures(parts: Contribution[], previous?: CategoryTotal[], { uncertainty = false } = {}): PeriodFigures {
  type Sums = Record<'loc' | 'mkt' | 'bio' | 'wtt' | 'primary' | 'dqWeighted' | 'dqWeight' | 'mean' | 'variance' | 'exact', Decimal>
  const byCategory = new Map<number, { lines: number } & Sums>()
  const byMethod = new Map<string, MethodTotal & { sum: Decimal }>()
  for (const p of parts) {
    const c = byCategory.get(p.category) ?? {
      lines: 0,
      loc: D('0'),
      mkt: D('0'),
      bio: D('0'),
      wtt: D('0'),
      primary: D('0'),
      dqWeighted: D('0'),
      dqWeight: D('0'),
      mean: D('0'),
      variance: D('0'),
      exact: D('0')
    }
    c.lines += p.lines
    c.loc = c.loc.plus(D(p.loc))
    c.mkt = c.mkt.plus(D(p.mkt))
    c.bio = c.bio.plus(D(p.bio))
    c.wtt = c.wtt.plus(D(p.wtt))
    if (p.method === PRIMARY_METHOD) c.primary = c.primary.plus(D(p.loc))
    c.dqWeighted = c.dqWeighted.plus(D(p.dqWeighted))
    c.dqWeight = c.dqWeight.plus(D(p.dqWeight))
    c.mean = c.mean.plus(D(p.kgMean))
    c.variance = c.variance.plus(D(p.kgVariance))
    c.exact = c.exact.plus(D(p.loc)).minus(D(p.kgWithSpread))
    byCategory.set(p.category, c)
    const key = `${p.category}|${p.method}`
    const m = byMethod.get(key) ?? { category: p.category, method: p.method, lines: 0, kgCO2eLocation: '0', sum: D('0') }
    m.lines += p.lines
    m.sum = m.sum.plus(D(p.loc))
    byMethod.set(key, m)
  }
  const before = new Map((previous ?? []).map(t => [t.category, t]))
  const totals: CategoryTotal[] = [...byCategory.entries()]
    .sort(([a], [b]) => a - b)
    .map(([c, t]) => ({
      category: c,
      lines: t.lines,
      kgCO2eLocation: t.loc.toFixed(6),
      kgCO2eMarket: t.mkt.toFixed(6),
      biogenicCO2: t.bio.toFixed(6),
      kgCO2eWTT: t.wtt.isZero() ? undefined : t.wtt.toFixed(6),
      primaryKgCO2e: t.primary.toFixed(6),
      dqScore: weightedScore(t.dqWeighted, t.dqWeight),
      deltaLocation: previous ? t.loc.minus(D(before.get(c)?.kgCO2eLocation)).toFixed(6) : null,
      deltaMarket: previous ? t.mkt.minus(D(before.get(c)?.kgCO2eMarket)).toFixed(6) : null,
      ...(uncertainty ? withInterval({ mean: t.mean, variance: t.variance, exact: t.exact }) : {})
    }))
  // categories the previous version had and this one has not: their figures went to zero
  if (previous) {
    for (const p of previous) {
      if (byCategory.has(p.category)) continue
      totals.push({
        category: p.category,
        lines: 0,
        kgCO2eLocation: '0.000000',
        kgCO2eMarket: '0.000000',
        biogenicCO2: '0.000000',
        primaryKgCO2e: '0.000000',
        dqScore: null,
        deltaLocation: D('0').minus(D(p.kgCO2eLocation)).toFixed(6),
        deltaMarket: D('0').minus(D(p.kgCO2eMarket)).toFixed(6),
        ...(uncertainty ? withInterval({ mean: D('0'), variance: D('0'), exact: D('0') }) : {})
      })
    }
    totals.sort((a, b) => a.category - b.category)
  }
  const sum = (pick: (t: CategoryTotal) => string): Decimal => totals.reduce((s, t) => s.plus(D(pick(t))), D('0'))
  const loc = sum(t => t.kgCO2eLocation)
  const wtt = sum(t => t.kgCO2eWTT ?? '0')
  const weight = [...byCategory.values()].reduce((s, t) => s.plus(t.dqWeight), D('0'))
  const weighted = [...byCategory.values()].reduce((s, t) => s.plus(t.dqWeighted), D('0'))
  const period = (field: 'mean' | 'variance' | 'exact'): Decimal => [...byCategory.values()].reduce((s, t) => s.plus(t[field]), D('0'))
  const interval = uncertainty ? intervalOf({ mean: period('mean'), variance: period('variance'), exact: period('exact') }) : undefined
  return {
    lines: totals.reduce((n, t) => n + t.lines, 0),
    kgCO2eLocation: loc.toFixed(6),
    kgCO2eMarket: sum(t => t.kgCO2eMarket).toFixed(6),
    biogenicCO2: sum(t => t.biogenicCO2).toFixed(6),
    kgCO2eWTT: wtt.isZero() ? undefined : wtt.toFixed(6),
    primaryDataShare: loc.isZero()
      ? '0.0000'
      : sum(t => t.primaryKgCO2e)
          .div(loc)
          .times(100)
          .toDecimalPlaces(4, Decimal.ROUND_HALF_EVEN)
          .toFixed(4),
    dqScore: weightedScore(weighted, weight),
    ...(interval
      ? { uncertaintyMethod: UNCERTAINTY_METHOD, kgCO2eLow: interval.low.toFixed(6), kgCO2eHigh: interval.high.toFixed(6) }
      : {}),
    totals,
    methods: [...byMethod.values()]
      .filter(m => m.lines || !m.sum.isZero())
      .sort((a, b) => a.category - b.category || (a.method < b.method ? -1 : 1))
      .map(({ sum, ...m }) => ({ ...m, kgCO2eLocation: sum.toFixed(6) }))
  }
}

/** a category's 95 % interval with the sums it comes from, as a snapshot freezes them */
function withInterval(sums: {
  mean: Decimal
  variance: Decimal
  exact: Decimal
}): Required<Pick<CategoryTotal, 'kgCO2eLow' | 'kgCO2eHigh' | 'kgMean' | 'kgVariance' | 'kgWithoutSpread'>> {
  const { low, high } = intervalOf(sums)
  return {
    kgCO2eLow: low.toFixed(6),
    kgCO2eHigh: high.toFixed(6),
    kgMean: sums.mean.toString(),
    kgVariance: sums.variance.toString(),
    kgWithoutSpread: sums.exact.toString()
  }
}

/** JSON with object keys sorted at every level: the same content always gives the same text. */
export function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .filter(k => (value as any)[k] !== undefined)
      .map(k => `${JSON.stringify(k)}:${canonical((value as any)[k])}`)
      .join(',')}}`
  }
  return JSON.stringify(value ?? null)
}

export const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex')

/** The hash of a snapshot: its period, version and figures (not who made it or when). */
export function snapshotHash(
  { companyCode, fiscalYear, fiscalPeriod }: { companyCode: string; fiscalYear: number; fiscalPeriod: number },
  version: number,
  figures: PeriodFigures
): string {
  return sha256(canonical({ period: { companyCode, fiscalYear, fiscalPeriod }, version, figures }))
}

export interface LogEntry {
  seq: number
  at: string
  user: string
  action: string
  subject?: string | null
  details?: string | null
  inputHash?: string | null
  outputHash?: string | null
  previousHash?: string | null
  hash?: string | null
  /** the company code the entry is about, if one */
  companyCode?: string | null
}

/** The hash of a calculation-log entry: every field but the hash itself, the previous entry's hash included. */
export function entryHash(e: LogEntry): string {
  const { seq, at, user, action, subject, details, inputHash, outputHash, previousHash, companyCode } = e
  // the company code is hashed where there is one, so that entries written before it existed keep their hashes
  return sha256(
    canonical({
      seq,
      at: new Date(at).toISOString(),
      user,
      action,
      subject: subject ?? null,
      details: details ?? null,
      inputHash: inputHash ?? null,
      outputHash: outputHash ?? null,
      previousHash: previousHash ?? null,
      ...(companyCode ? { companyCode } : {})
    })
  )
}

/** Walks the chain in order: the first entry whose link or hash does not match, and why; undefined if intact. */
export function verifyChain(entries: LogEntry[]): { seq: number; problem: string } | undefined {
  let previous: LogEntry | undefined
  for (const e of entries) {
    if (previous && e.seq !== previous.seq + 1)
      return { seq: e.seq, problem: `sequence jumps from ${previous.seq} to ${e.seq}: entries are missing` }
    if ((e.previousHash ?? null) !== (previous?.hash ?? null)) return { seq: e.seq, problem: 'does not link to the previous entry' }
    if (e.hash !== entryHash(e)) return { seq: e.seq, problem: 'content does not match its hash' }
    previous = e
  }
  return undefined
}
