/**
 * The data-quality agent's checks of activity lines (srv/quality/data-quality-service.ts runs them): pure and deterministic,
 * the same lines, history and policy give the same findings in the same order. Each finding has a severity, a
 * remediation proposal and a confidence:
 *
 * - facts (a missing field, a unit of another dimension than the material's, spend attributed by the company
 *   fallback, a factor older than the policy allows): confidence 1;
 * - duplicates (same supplier, material, quantity and amount within the policy's days on another document): 0.8,
 *   since repeat orders exist;
 * - statistics against the history of the material (implausible magnitude: unit price or quantity off by the
 *   policy's factor, ~1000x) and of the supplier or material group (outliers): the robust z-score of the log value,
 *   z = 0.6745 × (x − median) / MAD (Iglewicz and Hoaglin), flagged beyond the policy's threshold (3.5); confidence
 *   1 − threshold / (2 × |z|), from 0.5 at the threshold towards 1.
 *
 * Numbers are compared as doubles of their logarithms, rounded to 12 digits, so results do not depend on float noise.
 */

export const LOGIC_VERSION = 'dq-1.0.0'

export type FindingType =
  'missingField' | 'unitMismatch' | 'implausibleMagnitude' | 'duplicate' | 'unmappedSpend' | 'staleFactor' | 'outlier'
export const FINDING_TYPES: readonly FindingType[] = [
  'missingField',
  'unitMismatch',
  'implausibleMagnitude',
  'duplicate',
  'unmappedSpend',
  'staleFactor',
  'outlier'
]
export type Severity = 'low' | 'medium' | 'high'

export interface QualityPolicy {
  /** an activity year this many years after the factor's year makes the factor stale */
  staleFactorYears: number
  /** a unit price or quantity this many times the material's median (or its inverse) is implausible */
  magnitudeFactor: number
  /** the robust z-score beyond which a line is an outlier */
  outlierZ: number
  /** history points a statistical check needs */
  minHistory: number
  /** days within which equal lines of other documents are duplicates */
  duplicateDays: number
  /** the finding types an open finding of which blocks the period's close */
  blocking: FindingType[]
}

export const DEFAULT_POLICY: QualityPolicy = {
  staleFactorYears: 5,
  magnitudeFactor: 500,
  outlierZ: 3.5,
  minHistory: 8,
  duplicateDays: 7,
  blocking: ['implausibleMagnitude']
}

/** An activity line with its current figure, as the checks read it. */
export interface QualityLine {
  ID: string
  documentType: string
  documentNumber: string
  postingDate: string | null
  supplier?: string | null
  material?: string | null
  materialGroup?: string | null
  plant?: string | null
  quantity?: string | null
  unit?: string | null
  /** dimension of the line's unit, and of its material's base unit (units catalogue) */
  unitDimension?: string | null
  materialUnitDimension?: string | null
  amount?: string | null
  currency?: string | null
  /** the current attribution: method, whether its rule is the company fallback, the factor's year, the figure */
  method?: string | null
  fallbackRule?: boolean | null
  factorYear?: number | null
  kgCO2e?: string | null
}

export interface Finding {
  activity: string
  findingType: FindingType
  severity: Severity
  blocksClose: boolean
  confidence: string
  message: string
  proposal: string
  /** what the finding was derived from (recorded with the decision) */
  inputs: Record<string, unknown>
}

/** Median and MAD of the log values of a group's history. */
export interface GroupStats {
  n: number
  median: number
  mad: number
}

const round12 = (x: number): number => Number(x.toPrecision(12))
const positive = (v?: string | null): number | undefined => {
  const n = v == null || v === '' ? NaN : Number(v)
  return Number.isFinite(n) && n > 0 ? n : undefined
}
const logOf = (v?: number): number | undefined => (v === undefined ? undefined : round12(Math.log10(v)))

/**
 * what the checks derive from a line's values: its log unit price, quantity and kg CO2e, the keys of its material's
 * history (unit price: material, unit and currency; quantity: material and unit) and its duplicate key
 */
interface Derived {
  logUnitPrice?: number
  logQuantity?: number
  logKg?: number
  priceKey?: string
  quantityKey?: string
  duplicateKey?: string
}
const DERIVED = Symbol('derived')

/**
 * A line's derived values, computed once per line object (a full run adds each line to the history and then checks
 * it; the logarithms and number parsing are most of the checks' work).
 */
function derived(l: QualityLine): Derived {
  let d = (l as { [DERIVED]?: Derived })[DERIVED]
  if (d) return d
  const q = positive(l.quantity)
  const a = positive(l.amount)
  d = {
    logUnitPrice: q && a ? logOf(a / q) : undefined,
    logQuantity: logOf(q),
    logKg: logOf(positive(l.kgCO2e)),
    priceKey: l.material && l.unit ? `${l.material}|${l.unit}|${l.currency ?? ''}` : undefined,
    quantityKey: l.material && l.unit ? `${l.material}|${l.unit}` : undefined,
    duplicateKey: l.supplier && l.material && q && a ? `${l.supplier}|${l.material}|${q}|${a}` : undefined
  }
  // kept on the line itself, not enumerable (a copy of the line, `{ ...line, quantity }`, derives its own)
  Object.defineProperty(l, DERIVED, { value: d })
  return d
}

/** Median of sorted numbers. */
function median(sorted: ArrayLike<number>): number {
  const m = sorted.length >> 1
  return sorted.length % 2 ? sorted[m] : round12((sorted[m - 1] + sorted[m]) / 2)
}

/** Median and median absolute deviation of values (in any order). */
export function statsOf(values: number[]): GroupStats {
  const sorted = Float64Array.from(values).sort()
  const med = median(sorted)
  // each deviation rounded to 12 digits, as the values are; rounding keeps the order, so only the middle ones need it
  const deviations = sorted.map(v => Math.abs(v - med)).sort()
  const m = deviations.length >> 1
  const mad = deviations.length % 2 ? round12(deviations[m]) : round12((round12(deviations[m - 1]) + round12(deviations[m])) / 2)
  return { n: values.length, median: med, mad }
}

/** The robust z-score of a log value against a group. */
export const robustZ = (x: number, s: GroupStats): number => round12((0.6745 * (x - s.median)) / s.mad)

/**
 * The history the checks compare against: log unit prices and quantities per material, log kg CO2e per supplier and
 * material group (median and MAD each), and the purchase order lines by supplier, material, quantity and amount
 * (duplicates).
 */
export interface History {
  unitPrice: Map<string, GroupStats>
  quantity: Map<string, GroupStats>
  supplierKg: Map<string, GroupStats>
  groupKg: Map<string, GroupStats>
  duplicates: Map<string, Array<{ ID: string; documentNumber: string; postingDate: string | null }>>
}

/** the fields a purchase order item must have */
const REQUIRED = ['supplier', 'materialGroup', 'plant', 'quantity', 'unit', 'amount', 'currency'] as const

const put = <V>(map: Map<string, V[]>, key: string | null | undefined, value: V | undefined): void => {
  if (!key || value === undefined) return
  const list = map.get(key)
  if (list) list.push(value)
  else map.set(key, [value])
}

/** Collects the history from lines added one by one (a large company's lines are read page by page). */
export class HistoryBuilder {
  private readonly values = {
    unitPrice: new Map<string, number[]>(),
    quantity: new Map<string, number[]>(),
    supplierKg: new Map<string, number[]>(),
    groupKg: new Map<string, number[]>()
  }
  private readonly duplicates: History['duplicates'] = new Map()

  add(l: QualityLine): void {
    if (l.documentType !== 'PurchaseOrderItem') return
    const d = derived(l)
    put(this.values.unitPrice, d.priceKey, d.logUnitPrice)
    put(this.values.quantity, d.quantityKey, d.logQuantity)
    put(this.values.supplierKg, l.supplier, d.logKg)
    put(this.values.groupKg, l.materialGroup, d.logKg)
    put(this.duplicates, d.duplicateKey, { ID: l.ID, documentNumber: l.documentNumber, postingDate: l.postingDate })
  }

  build(): History {
    const stats = (map: Map<string, number[]>): Map<string, GroupStats> => new Map([...map].map(([k, v]) => [k, statsOf(v)]))
    return {
      unitPrice: stats(this.values.unitPrice),
      quantity: stats(this.values.quantity),
      supplierKg: stats(this.values.supplierKg),
      groupKg: stats(this.values.groupKg),
      duplicates: this.duplicates
    }
  }
}

/** The history of lines given at once. */
export function historyOf(lines: QualityLine[]): History {
  const builder = new HistoryBuilder()
  for (const l of lines) builder.add(l)
  return builder.build()
}

const confidenceOf = (z: number, threshold: number): string => Math.min(0.99, 1 - threshold / (2 * Math.abs(z))).toFixed(2)

/** The findings of lines against the history, sorted by activity and type. */
export function checkLines(lines: QualityLine[], history: History, policy: QualityPolicy = DEFAULT_POLICY): Finding[] {
  const findings: Finding[] = []
  // the findings of the line being checked (one function and one list for all lines: a run checks a million)
  let l: QualityLine
  const found: Finding[] = []
  const raise = (
    findingType: FindingType,
    severity: Severity,
    confidence: string,
    message: string,
    proposal: string,
    inputs: Record<string, unknown>
  ): void => {
    found.push({
      activity: l.ID,
      findingType,
      severity,
      blocksClose: policy.blocking.includes(findingType),
      confidence,
      message,
      proposal,
      inputs
    })
  }
  for (l of [...lines].sort((a, b) => (a.ID < b.ID ? -1 : a.ID > b.ID ? 1 : 0))) {
    found.length = 0
    const ref = `${l.documentType === 'PurchaseOrderItem' ? 'PO ' : ''}${l.documentNumber}`
    if (l.documentType === 'PurchaseOrderItem') {
      let missing: string[] | undefined
      for (const f of REQUIRED) if (l[f] == null || l[f] === '') (missing ??= []).push(f)
      if (missing)
        raise(
          'missingField',
          'medium',
          '1.00',
          `${ref}: ${missing.join(', ')} missing`,
          `complete ${missing.join(', ')} on the purchase order item in S/4HANA`,
          { missing }
        )
      if (l.unitDimension && l.materialUnitDimension && l.unitDimension !== l.materialUnitDimension) {
        raise(
          'unitMismatch',
          'medium',
          '1.00',
          `${ref}: ordered in ${l.unit ?? '?'} (${l.unitDimension}), the material ${l.material ?? ''} is kept in ${l.materialUnitDimension}`,
          'check the order unit against the material master, or maintain a unit conversion for the material',
          { unit: l.unit, unitDimension: l.unitDimension, materialUnitDimension: l.materialUnitDimension }
        )
      }
      magnitude(l, history, policy, raise, ref)
      const dup = duplicateOf(l, history, policy)
      if (dup)
        raise(
          'duplicate',
          'medium',
          '0.80',
          `${ref}: same supplier, material, quantity and amount as ${dup.documentNumber} within ${policy.duplicateDays} days`,
          `check whether ${ref} and ${dup.documentNumber} are one purchase; cancel the duplicate in S/4HANA`,
          { other: dup.ID, otherDocument: dup.documentNumber }
        )
      outlier(l, history, policy, raise, ref)
    }
    if (l.method === 'spend-based' && l.fallbackRule === true) {
      raise(
        'unmappedSpend',
        'medium',
        '1.00',
        `${ref}: spend attributed by the company fallback rule: no factor is mapped to material group ${l.materialGroup ?? '(none)'}`,
        `map material group ${l.materialGroup ?? ''} to an industry (factor mapping suggestions) or ask the supplier for product footprints`,
        { materialGroup: l.materialGroup }
      )
    }
    const year = l.factorYear && l.postingDate ? Number(l.postingDate.slice(0, 4)) : undefined
    if (year && l.factorYear && year - l.factorYear > policy.staleFactorYears) {
      raise(
        'staleFactor',
        'low',
        '1.00',
        `${ref}: the factor is of ${l.factorYear}, the activity of ${year} (more than ${policy.staleFactorYears} years)`,
        'use a newer factor set or a supplier-specific footprint',
        { factorYear: l.factorYear, activityYear: year }
      )
    }
    if (found.length > 1) found.sort((a, b) => FINDING_TYPES.indexOf(a.findingType) - FINDING_TYPES.indexOf(b.findingType))
    for (const f of found) findings.push(f)
  }
  return findings
}

type Raise = (
  findingType: FindingType,
  severity: Severity,
  confidence: string,
  message: string,
  proposal: string,
  inputs: Record<string, unknown>
) => void

/** A unit price or quantity off by the policy's factor against the material's history (a unit or decimal error). */
function magnitude(l: QualityLine, history: History, policy: QualityPolicy, raise: Raise, ref: string): void {
  const limit = Math.log10(policy.magnitudeFactor)
  const d = derived(l)
  for (const [what, value, stats] of [
    ['unit price', d.logUnitPrice, d.priceKey ? history.unitPrice.get(d.priceKey) : undefined],
    ['quantity', d.logQuantity, d.quantityKey ? history.quantity.get(d.quantityKey) : undefined]
  ] as const) {
    if (value === undefined || !stats || stats.n < policy.minHistory) continue
    const off = round12(value - stats.median)
    if (Math.abs(off) < limit) continue
    const ratio = 10 ** Math.abs(off)
    raise(
      'implausibleMagnitude',
      'high',
      Math.min(0.99, 0.5 + (Math.abs(off) - limit) / 2).toFixed(2),
      `${ref}: ${what} ${Math.round(ratio).toLocaleString('en')} times ${off > 0 ? 'above' : 'below'} the median of material ${l.material ?? ''} (${stats.n} lines)`,
      `check the ${what} and its unit on the purchase order (a factor of 1,000 points to kg/t or a decimal separator)`,
      { what, log10: value, median: stats.median, n: stats.n }
    )
    return
  }
}

/** The line's kg CO2e against its supplier's history, else its material group's: robust z-score of the logarithm. */
function outlier(l: QualityLine, history: History, policy: QualityPolicy, raise: Raise, ref: string): void {
  const value = derived(l).logKg
  if (value === undefined) return
  for (const [group, key, stats] of [
    ['supplier', l.supplier, l.supplier ? history.supplierKg.get(l.supplier) : undefined],
    ['material group', l.materialGroup, l.materialGroup ? history.groupKg.get(l.materialGroup) : undefined]
  ] as const) {
    if (!stats || stats.n < policy.minHistory || stats.mad === 0) continue
    const z = robustZ(value, stats)
    if (Math.abs(z) <= policy.outlierZ) return
    raise(
      'outlier',
      'medium',
      confidenceOf(z, policy.outlierZ),
      `${ref}: ${l.kgCO2e ?? ''} kg CO2e is an outlier against ${group} ${key ?? ''} (robust z ${z.toFixed(1)}, ${stats.n} lines)`,
      'check quantity, amount and factor of the line',
      { group, key, z, median: stats.median, mad: stats.mad, n: stats.n }
    )
    return
  }
}

/** The first line (by document, then ID) of another document with the same supplier, material, quantity and amount within the days. */
function duplicateOf(l: QualityLine, history: History, policy: QualityPolicy): { ID: string; documentNumber: string } | undefined {
  const key = derived(l).duplicateKey
  const same = key ? history.duplicates.get(key) : undefined
  // (a key the line alone has, the most common case, has no other document)
  if (!same || (same.length === 1 && same[0].ID === l.ID) || !l.postingDate) return undefined
  const day = Date.parse(l.postingDate)
  return same
    .filter(
      o =>
        o.documentNumber !== l.documentNumber &&
        o.postingDate &&
        Math.abs(Date.parse(o.postingDate) - day) <= policy.duplicateDays * 86400000
    )
    .sort((a, b) => (a.documentNumber < b.documentNumber ? -1 : a.documentNumber > b.documentNumber ? 1 : a.ID < b.ID ? -1 : 1))[0]
}
