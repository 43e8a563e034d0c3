import { CompanyCodes, PeriodTotals } from '#cds-models/scope3'
import { Decimal } from '../lib/common/decimal'
import { contributions, type Contribution } from '../lib/close/ledger'

/** an attribution as stored, as far as the totals need it */
export interface Posted {
  companyCode_code?: string | null
  fiscalYear?: number | null
  fiscalPeriod?: number | null
  category_code?: number | null
  method_code?: string | null
  factor_ID?: string | null
  kgCO2eLocation?: string | null
  kgCO2eMarket?: string | null
  biogenicCO2?: string | null
  kgCO2eWTT?: string | null
  dqScore?: string | null
  uncertaintyVariance?: string | null
  isReversal?: boolean | null
}

/** factor ids are `<set code>/<factor code>` */
const setOf = (factor?: string | null): string => factor?.split('/')[0] ?? ''
const asRow = (a: Posted): any => ({ ...a, category: a.category_code, method: a.method_code, factorSet: setOf(a.factor_ID) })
const SUMS = ['loc', 'mkt', 'bio', 'wtt', 'dqWeighted', 'dqWeight', 'kgMean', 'kgVariance', 'kgWithSpread'] as const
const COLUMNS: Record<(typeof SUMS)[number], string> = {
  loc: 'kgCO2eLocation',
  mkt: 'kgCO2eMarket',
  bio: 'biogenicCO2',
  wtt: 'kgCO2eWTT',
  dqWeighted: 'dqWeighted',
  dqWeight: 'dqWeight',
  kgMean: 'kgMean',
  kgVariance: 'kgVariance',
  kgWithSpread: 'kgWithSpread'
}

/** a totals row's key as text, the same whether it comes from a posting or from the database */
const idOf = (k: Record<string, any>): string =>
  [k.companyCode_code, k.fiscalYear, k.fiscalPeriod, k.category_code, k.method_code, k.factorSet].map(v => String(v ?? '')).join('\n')

/**
 * Adds what new attributions post (each one's values, less those of the attribution it supersedes: the ledger's
 * contributions, srv/lib/close/ledger.ts) to the totals of their periods, in the current transaction. Postings of several
 * instances add up, not overwrite: the company codes' rows are locked first (in order, so that two instances cannot
 * deadlock), which also covers a totals row that does not exist yet and that both would otherwise insert.
 */
export async function postToTotals(postings: Array<{ added: Posted; removed?: Posted }>): Promise<void> {
  const groups = new Map<string, { key: Record<string, unknown>; parts: Contribution[] }>()
  for (const { added, removed } of postings) {
    if (!added.companyCode_code || !added.fiscalYear || !added.fiscalPeriod) continue
    for (const c of contributions([{ ...asRow(added), previous: removed ? asRow(removed) : null }])) {
      const key = {
        companyCode_code: added.companyCode_code,
        fiscalYear: added.fiscalYear,
        fiscalPeriod: added.fiscalPeriod,
        category_code: c.category,
        method_code: c.method,
        factorSet: c.factorSet
      }
      const id = idOf(key)
      const group = groups.get(id) ?? { key, parts: [] as Contribution[] }
      group.parts.push(c)
      groups.set(id, group)
    }
  }
  if (!groups.size) return
  const keys = [...groups.values()].map(g => g.key)
  const distinct = (element: string): unknown[] => [...new Set(keys.map(k => k[element]))]
  await SELECT.from(CompanyCodes)
    .columns('code')
    .where({ code: { in: distinct('companyCode_code') } })
    .orderBy('code')
    .forUpdate()
  // the stored rows of the periods posted to, read once (a few more than needed: every combination of the keys' values)
  const stored = new Map<string, Record<string, any>>()
  for (const row of await SELECT.from(PeriodTotals).where({
    companyCode_code: { in: distinct('companyCode_code') },
    fiscalYear: { in: distinct('fiscalYear') },
    fiscalPeriod: { in: distinct('fiscalPeriod') }
  })) {
    stored.set(idOf(row), row)
  }
  const rows = [...groups].map(([id, { key, parts }]) => {
    const row = stored.get(id)
    const values: Record<string, unknown> = { ...key, lines: (row?.lines ?? 0) + parts.reduce((n, p) => n + p.lines, 0) }
    for (const sum of SUMS) values[COLUMNS[sum]] = parts.reduce((s, p) => s.plus(p[sum]), new Decimal(row?.[COLUMNS[sum]] ?? 0)).toString()
    return values
  })
  // the new sums of every row posted to, in one statement (the company codes' locks keep other postings out meanwhile)
  await UPSERT.into(PeriodTotals).entries(rows as any)
}
