import { PeriodTotals } from '#cds-models/scope3'
import { Decimal } from './lib/decimal'

/** an attribution's contribution as the totals see it */
export interface Contribution {
  category_code?: number | null
  method_code?: string | null
  factor_ID?: string | null
  kgCO2eLocation?: string | null
  kgCO2eMarket?: string | null
  biogenicCO2?: string | null
  dqScore?: string | null
  isReversal?: boolean | null
}

interface Delta { key: Record<string, unknown>, lines: number, loc: Decimal, mkt: Decimal, bio: Decimal, dqWeighted: Decimal, dqWeight: Decimal }

/** factor ids are `<set code>/<factor code>` */
const setOf = (factor?: string | null): string => factor?.split('/')[0] ?? ''
const D = (v?: string | null): Decimal => new Decimal(v ?? 0)

/**
 * Adds what new attributions post (each one's values, less those of the attribution it supersedes) to the totals
 * of their periods, in the current transaction. Rows are read for update: concurrent postings add up, not overwrite.
 */
export async function postToTotals (postings: Array<{ period: { companyCode_code: string | null, fiscalYear: number | null, fiscalPeriod: number | null }, added: Contribution, removed?: Contribution }>): Promise<void> {
  const deltas = new Map<string, Delta>()
  const add = (period: { companyCode_code: string | null, fiscalYear: number | null, fiscalPeriod: number | null }, c: Contribution, sign: 1 | -1): void => {
    if (c.isReversal || c.category_code == null || !c.method_code) return
    const key = { companyCode_code: period.companyCode_code, fiscalYear: period.fiscalYear, fiscalPeriod: period.fiscalPeriod, category_code: c.category_code, method_code: c.method_code, factorSet: setOf(c.factor_ID) }
    const id = JSON.stringify(key)
    const d = deltas.get(id) ?? { key, lines: 0, loc: D(), mkt: D(), bio: D(), dqWeighted: D(), dqWeight: D() }
    const weight = D(c.kgCO2eLocation).abs()
    d.lines += sign
    d.loc = d.loc.plus(D(c.kgCO2eLocation).times(sign))
    d.mkt = d.mkt.plus(D(c.kgCO2eMarket).times(sign))
    d.bio = d.bio.plus(D(c.biogenicCO2).times(sign))
    if (c.dqScore != null) {
      d.dqWeighted = d.dqWeighted.plus(D(c.dqScore).times(weight).times(sign))
      d.dqWeight = d.dqWeight.plus(weight.times(sign))
    }
    deltas.set(id, d)
  }
  for (const p of postings) {
    if (!p.period.companyCode_code || !p.period.fiscalYear || !p.period.fiscalPeriod) continue
    add(p.period, p.added, 1)
    if (p.removed) add(p.period, p.removed, -1)
  }
  for (const d of deltas.values()) {
    const row = await SELECT.one.from(PeriodTotals).where(d.key).forUpdate()
    const sum = (field: string, delta: Decimal): string => D((row as any)?.[field]).plus(delta).toFixed(field.startsWith('dqWeighted') ? 9 : 6)
    const values = {
      lines: ((row?.lines as number | undefined) ?? 0) + d.lines,
      kgCO2eLocation: sum('kgCO2eLocation', d.loc),
      kgCO2eMarket: sum('kgCO2eMarket', d.mkt),
      biogenicCO2: sum('biogenicCO2', d.bio),
      dqWeighted: sum('dqWeighted', d.dqWeighted),
      dqWeight: sum('dqWeight', d.dqWeight)
    }
    if (row) await UPDATE(PeriodTotals).set(values).where(d.key)
    else await INSERT.into(PeriodTotals).entries({ ...d.key, ...values } as any)
  }
}
