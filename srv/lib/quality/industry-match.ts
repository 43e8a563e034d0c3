/**
 * Factor mapping suggestions: the NAICS-6 industries of the EPA factor set that fit a material group's name or an item
 * text, best first. Deterministic BM25 (k1 = 1.2, b = 0.75) over one document per industry: its NAICS title and the
 * product terms the app keeps for it (db/sources/naics-terms.csv, curated: common purchased goods and services with
 * their industry, as the NAICS index lists them). Words are lower-cased, split at anything but letters and digits,
 * stop words dropped, and reduced by a small English suffix rule (coils → coil, boxes → box). The confidence of the
 * first suggestion is its share of the first two scores (1 when nothing else matches); the others' follow from their
 * score relative to the first. No network, no model: the same text gives the same list.
 */

export interface Industry {
  code: string
  title: string
  terms?: string
}
export interface Suggestion {
  code: string
  title: string
  score: number
  confidence: string
}

const STOP = new Set([
  'and',
  'or',
  'of',
  'the',
  'a',
  'an',
  'for',
  'in',
  'on',
  'to',
  'with',
  'by',
  'except',
  'other',
  'all',
  'manufacturing',
  'mm',
  'cm',
  'kg',
  'pcs'
])

/** The words of a text as the index compares them. */
export function tokens(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(w => w.length > 1 && !STOP.has(w) && !/^\d+$/.test(w))
    .map(stem)
}

function stem(w: string): string {
  if (w.length > 4 && w.endsWith('ies')) return `${w.slice(0, -3)}y`
  if (w.length > 4 && /(sses|xes|ches|shes)$/.test(w)) return w.slice(0, -2)
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us')) return w.slice(0, -1)
  return w
}

export class IndustryIndex {
  private readonly docs: Array<{ industry: Industry; tf: Map<string, number>; length: number }>
  private readonly df = new Map<string, number>()
  private readonly avgLength: number

  constructor(industries: Industry[]) {
    this.docs = [...industries]
      .sort((a, b) => (a.code < b.code ? -1 : 1))
      .map(industry => {
        const words = tokens(`${industry.title} ${industry.terms ?? ''}`)
        const tf = new Map<string, number>()
        for (const w of words) tf.set(w, (tf.get(w) ?? 0) + 1)
        for (const w of tf.keys()) this.df.set(w, (this.df.get(w) ?? 0) + 1)
        return { industry, tf, length: words.length }
      })
    this.avgLength = this.docs.reduce((s, d) => s + d.length, 0) / Math.max(1, this.docs.length)
  }

  /** The best `limit` industries for a text; an empty list when no word of it is known. */
  suggest(text: string, limit = 5): Suggestion[] {
    const query = [...new Set(tokens(text))]
    const n = this.docs.length
    const scored = this.docs
      .map(d => {
        let score = 0
        for (const w of query) {
          const f = d.tf.get(w)
          if (!f) continue
          const df = this.df.get(w) ?? 0
          const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5))
          score += (idf * (f * 2.2)) / (f + 1.2 * (0.25 + (0.75 * d.length) / this.avgLength))
        }
        return { industry: d.industry, score: Number(score.toFixed(9)) }
      })
      .filter(s => s.score > 0)
      .sort((a, b) => b.score - a.score || (a.industry.code < b.industry.code ? -1 : 1))
      .slice(0, limit)
    const [first, second] = scored
    return scored.map((s, i) => ({
      code: s.industry.code,
      title: s.industry.title,
      score: s.score,
      confidence: (i === 0 ? first.score / (first.score + (second?.score ?? 0)) : s.score / (first.score + (second?.score ?? 0))).toFixed(2)
    }))
  }
}
