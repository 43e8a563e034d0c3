import { createHash } from 'node:crypto'
import { Decimal, CalculationError, roundKg, show, type DecimalInput } from '../common/decimal'
import { calculate, type ActivityData, type Calculation, type EngineContext, type Factor } from './engine'
import {
  rankRules,
  chooseFactor,
  chooseNamedFactor,
  regionDistance,
  ACTIVITY_CODE,
  type Rule,
  type FactorCandidate,
  type ActivityAttributes
} from './resolution'
import { scoreDataQuality } from './data-quality'
import { type UnitCatalog } from '../common/units'
import { assumptionLine } from '../common/assumptions'
import { lineUncertainty, UNKNOWN_METHOD_VARIANCE } from './uncertainty'

/** Version of the calculation logic; part of every input hash, so a logic change supersedes old results. */
export const CALCULATION_VERSION = '1.0.0'

/** A library factor as stored, flattened with its set (see factor-library.ts). */
export interface LibraryFactorRow extends FactorCandidate {
  unit_code?: string | null
  currency_code?: string | null
  biogenicCO2?: DecimalInput | null
  setCode?: string | null
  setVersion?: string | null
  currencyYear?: number | null
  /** spend factors: the same factor at producer price (EPA "without margins"), where the source has it */
  producerPriceValue?: DecimalInput | null
  /** DESNZ: the well-to-tank factor of the same travel, freight or fuel, per the same unit */
  wttValue?: DecimalInput | null
  dqTechnological?: number | null
  dqCompleteness?: number | null
  dqReliability?: number | null
  /** the factor's own uncertainty, ±percent of its 95 % interval, where its source or its maintainer states one */
  uncertainty?: DecimalInput | null
  gases?: Array<{ gas_code: string; value: DecimalInput }>
}

const engineFactors = new WeakMap<UnitCatalog, WeakMap<LibraryFactorRow, Factor>>()
const producerFactors = new WeakMap<Factor, Factor>()

/** The producer-price variant of a spend factor (EPA's "without margins" column), once per factor. */
function producerPriceFactor(row: LibraryFactorRow, units: UnitCatalog): Factor | undefined {
  if (row.producerPriceValue == null || row.producerPriceValue === '') return undefined
  const purchaser = toEngineFactor(row, units)
  let factor = producerFactors.get(purchaser)
  if (!factor) producerFactors.set(purchaser, (factor = { ...purchaser, value: new Decimal(row.producerPriceValue) }))
  return factor
}

/** Turns a stored factor into the engine's factor: per unit, or per currency at its set's price year (once per row). */
export function toEngineFactor(row: LibraryFactorRow, units: UnitCatalog): Factor {
  let cache = engineFactors.get(units)
  if (!cache) engineFactors.set(units, (cache = new WeakMap()))
  let factor = cache.get(row)
  if (!factor) cache.set(row, (factor = engineFactorOf(row, units)))
  return factor
}

function engineFactorOf(row: LibraryFactorRow, units: UnitCatalog): Factor {
  const unit = row.unit_code ? units.find(row.unit_code) : undefined
  if (!unit && !row.currency_code) throw new CalculationError('INVALID_FACTOR', `factor ${row.ID} has neither unit nor currency`, 'factor')
  return {
    id: row.ID,
    value: new Decimal(row.value),
    per: unit ? { unit } : { currency: row.currency_code!, year: row.currencyYear ?? undefined },
    setCode: row.setCode ?? undefined,
    setVersion: row.setVersion ?? undefined,
    biogenicCO2: row.biogenicCO2 == null ? undefined : new Decimal(row.biogenicCO2),
    basis: row.basis_code ?? undefined,
    gases: row.gases?.length ? Object.fromEntries(row.gases.map(g => [g.gas_code, new Decimal(g.value)])) : undefined
  }
}

/** The factors a set of rules can reach: by id and by family, with the region tree for fallbacks. */
export class FactorLibrary {
  readonly byId = new Map<string, LibraryFactorRow>()
  readonly byFamily = new Map<string, LibraryFactorRow[]>()
  constructor(
    rows: LibraryFactorRow[],
    readonly regionParents: Map<string, string | null>
  ) {
    for (const row of rows) {
      this.byId.set(row.ID, row)
      if (row.family) this.byFamily.set(row.family, [...(this.byFamily.get(row.family) ?? []), row])
    }
  }
}

/** An activity row as stored (one source document line). */
export interface ActivityRow {
  ID: string
  documentType: string
  postingDate: string
  supplier_ID?: string | null
  material_ID?: string | null
  materialGroup_code?: string | null
  plant_code?: string | null
  companyCode_code?: string | null
  glAccount?: string | null
  transportMode?: string | null
  quantity?: DecimalInput | null
  unit_code?: string | null
  amount?: DecimalInput | null
  currency_code?: string | null
  distance?: DecimalInput | null
  distanceUnit_code?: string | null
  transportMass?: DecimalInput | null
  transportMassUnit_code?: string | null
  /** the kind of activity an upload names; absent for ERP document lines */
  activityCode?: string | null
  /** where it happened: the plant's region */
  region?: string | null
  /** where the activity happened, where its source says; the supplier's country (data quality only: never changes the figure) */
  location_code?: string | null
  supplierCountry?: string | null
  /** how an upload or another line made this one, with what it assumed (lineage only: never changes the figure) */
  derivation?: string | null
  /**
   * a purchase order item whose transport to the plant has its own category 4 lines (srv/lib/attribution/upstream-transport.ts):
   * distance-based legs, or a spend estimate of `amount` (a share of the item's value); absent for any other line
   */
  separateTransport?: { lines: 'distance' | 'spend'; amount?: string | null }
  /** false where the company code's policy leaves well-to-tank out (recorded only then: the default includes it) */
  wellToTank?: boolean
}

export interface AttributionValues {
  activity_ID: string
  category_code: number
  method_code: string
  factor_ID: string
  /** the factor of the market-based figure (the location-based one where the family has no market instrument) */
  marketFactor_ID: string
  factorSetVersion: string | null
  rule_ID: string
  ruleVersion: number
  convertedQuantity: string
  convertedUnit: string
  kgCO2eLocation: string
  kgCO2eMarket: string
  biogenicCO2: string | null
  /** the well-to-tank part of both figures (travel and freight), null where none applies */
  kgCO2eWTT: string | null
  kgCO2: string | null
  kgCH4CO2e: string | null
  kgN2OCO2e: string | null
  dqTechnological: number
  dqTemporal: number
  dqGeographical: number
  dqCompleteness: number
  dqReliability: number
  dqScore: string
  /** σ² of ln of the location-based figure from its method and data quality (srv/lib/attribution/uncertainty.ts) */
  uncertaintyVariance: string
  /** the 95 % interval of the location-based figure, kg CO2e */
  kgCO2eLow: string
  kgCO2eHigh: string
  explanation: string
  lineage: string
  inputHash: string
  calculationVersion: string
}

export type AttributionOutcome =
  { ok: true; values: AttributionValues } | { ok: false; activity_ID: string; code: string; message: string; lineage: string[] }

const opt = (v: DecimalInput | null | undefined): Decimal | undefined => (v == null || v === '' ? undefined : new Decimal(v))
const kg = (d: Decimal | undefined): string | null => (d === undefined ? null : roundKg(d).toString())

/** What the rule's method takes from the document line. */
function activityData(a: ActivityRow, method: string): ActivityData {
  const base = { method, date: a.postingDate }
  if (method === 'spend-based') return { ...base, amount: opt(a.amount), currency: a.currency_code ?? undefined }
  if (method === 'distance-based') {
    return {
      ...base,
      quantity: opt(a.transportMass),
      unit: a.transportMassUnit_code ?? undefined,
      distance: opt(a.distance),
      distanceUnit: a.distanceUnit_code ?? undefined
    }
  }
  return { ...base, quantity: opt(a.quantity), unit: a.unit_code ?? undefined }
}

function attributes(a: ActivityRow): ActivityAttributes {
  return {
    supplier: a.supplier_ID,
    material: a.material_ID,
    materialGroup: a.materialGroup_code,
    plant: a.plant_code,
    companyCode: a.companyCode_code,
    glAccount: a.glAccount,
    transportMode: a.transportMode,
    documentType: a.documentType,
    activityCode: a.activityCode,
    date: a.postingDate,
    region: a.region
  }
}

/**
 * Attributes one activity: the best applicable rule that reaches a factor valid on the posting date (by id, or by
 * family through the region fallback) and whose method the document line has the data for; computed
 * location-based and, where the family has a market instrument, market-based (else market equals location).
 * Every decision is written to the lineage; same inputs, same output.
 */
export function attribute(a: ActivityRow, rules: Rule[], library: FactorLibrary, ctx: EngineContext): AttributionOutcome {
  const lineage: string[] = [`calculation ${CALCULATION_VERSION}; activity ${a.ID} posted ${a.postingDate} in region ${a.region ?? 'GLO'}`]
  if (a.derivation) lineage.push(`derivation: ${a.derivation}`)
  const ranked = rankRules(attributes(a), rules)
  lineage.push(`${ranked.length} of ${rules.length} rule(s) apply: ${ranked.map(r => r.reason).join('; ') || 'none'}`)
  let failure: { code: string; message: string } | undefined
  for (const { rule, reason } of ranked) {
    const location = resolve(rule, a, library, 'location')
    lineage.push(`${reason}: ${location.steps.join('; ')}`)
    if (!location.factor) continue
    try {
      const data = activityData(a, rule.method)
      const factor = transportOnce(a, data, location.factor, ctx, lineage)
      const result = calculate(data, factor, ctx)
      const market = marketResult(rule, a, library, ctx, data, location.factor, lineage)
      const wtt = wellToTank(a, rule, location.factor, result, lineage)
      return {
        ok: true,
        values: values(a, rule, location.factor, result, market ?? { result, factor: location.factor }, library, lineage, wtt)
      }
    } catch (e) {
      // the document line lacks what this rule's method needs: say so, and try the next rule
      if (!(e instanceof CalculationError)) throw e
      lineage.push(`rule ${rule.ruleKey} v${rule.version} cannot be applied: ${e.code}: ${e.message}`)
      failure ??= e
    }
  }
  const code = failure?.code ?? (ranked.length ? 'NO_FACTOR' : 'NO_RULE')
  const message =
    failure?.message ?? (ranked.length ? 'no applicable rule reaches a factor valid on the posting date' : 'no attribution rule applies')
  return { ok: false, activity_ID: a.ID, code, message, lineage }
}

/**
 * Transport counted once (docs/methodology.md): a spend figure at purchaser price already holds the transport to the
 * point of sale (EPA's "with margins"). Where the item's transport has category 4 lines of its own, category 1 takes
 * the producer-price factor ("without margins"), and a spend estimate of the transport is moved out of the item's
 * spend. Returns the factor to use; may lower `data.amount`; says what it did in the lineage.
 */
function transportOnce(a: ActivityRow, data: ActivityData, row: LibraryFactorRow, ctx: EngineContext, lineage: string[]): Factor {
  const purchaser = toEngineFactor(row, ctx.units)
  if (!a.separateTransport || data.method !== 'spend-based') return purchaser
  const { lines, amount } = a.separateTransport
  if (lines === 'spend' && amount && data.amount !== undefined) {
    const transport = new Decimal(amount)
    const goods = data.amount.minus(transport)
    lineage.push(
      `transport counted once: the transport estimated from spend (${transport.toString()} ${data.currency ?? ''}, category 4) is moved out of the item's spend: ${data.amount.toString()} − ${transport.toString()} = ${goods.toString()} ${data.currency ?? ''}`
    )
    data.amount = goods
  }
  const producer = producerPriceFactor(row, ctx.units)
  if (producer) {
    lineage.push(
      `transport counted once: the item's transport is in category 4 (${lines === 'spend' ? 'estimated from spend' : 'distance-based legs'}), so factor ${row.ID} is taken at producer price, EPA's "without margins" column ${producer.value.toString()} instead of "with margins" ${purchaser.value.toString()}`
    )
    return producer
  }
  lineage.push(
    assumptionLine({
      code: 'TRANSPORT_IN_SPEND_FACTOR',
      message: `factor ${row.ID} has no producer-price value: its spend figure may hold transport that category 4 counts too`
    })
  )
  return purchaser
}

/** the categories of travel and freight, whose well-to-tank the company code's policy decides (DESNZ "WTT-" factors) */
export const WELL_TO_TANK_CATEGORIES: readonly number[] = [4, 6, 7, 9]

/**
 * Well-to-tank of travel and freight (docs/methodology.md): the upstream of the fuel the trip or shipment burns,
 * DESNZ's "WTT-" factor of the same activity per the same unit, × the activity in that unit. Counted where the rule's
 * category is travel or freight, the factor has one, and the company code's policy includes it (the default); said
 * in the lineage either way. Returns the unrounded kg CO2e, or undefined.
 */
function wellToTank(a: ActivityRow, rule: Rule, factor: LibraryFactorRow, result: Calculation, lineage: string[]): Decimal | undefined {
  if (!WELL_TO_TANK_CATEGORIES.includes(rule.category) || factor.wttValue == null || factor.wttValue === '') return undefined
  if (a.wellToTank === false) {
    lineage.push(`well-to-tank: left out by the policy of company code ${a.companyCode_code ?? ''}`)
    return undefined
  }
  const kg = result.activityValue.times(factor.wttValue)
  lineage.push(
    `well-to-tank (DESNZ WTT factor of ${factor.ID}, included by the company code's policy): ${show(result.activityValue)} ${result.activityUnit} × ${show(new Decimal(factor.wttValue))} kgCO2e/${result.activityUnit} = ${show(kg)} kgCO2e, added to the tank-to-wheel figure`
  )
  return kg
}

function resolve(rule: Rule, a: ActivityRow, library: FactorLibrary, basis: string): { factor?: LibraryFactorRow; steps: string[] } {
  if (rule.factorId) {
    const factor = library.byId.get(rule.factorId)
    return factor
      ? { factor, steps: [`factor ${factor.ID} named by the rule`] }
      : { steps: [`factor ${rule.factorId} named by the rule is not in the library`] }
  }
  if (rule.factorFamily?.includes(ACTIVITY_CODE) === true) {
    if (!a.activityCode) return { steps: [`the rule's factor family ${rule.factorFamily} needs the activity's code, which it has not`] }
    const named = rule.factorFamily.replace(ACTIVITY_CODE, a.activityCode)
    return chooseNamedFactor(library.byFamily.get(named) ?? [], named, a.postingDate)
  }
  const family = library.byFamily.get(rule.factorFamily ?? '') ?? []
  return chooseFactor(family, { date: a.postingDate, region: a.region, basis }, library.regionParents)
}

function marketResult(
  rule: Rule,
  a: ActivityRow,
  library: FactorLibrary,
  ctx: EngineContext,
  data: ActivityData,
  location: LibraryFactorRow,
  lineage: string[]
): { result: Calculation; factor: LibraryFactorRow } | undefined {
  const market =
    rule.factorFamily && !rule.factorFamily.includes(ACTIVITY_CODE)
      ? chooseFactor(
          (library.byFamily.get(rule.factorFamily) ?? []).filter(f => f.basis_code === 'market'),
          { date: a.postingDate, region: a.region, basis: 'market' },
          library.regionParents
        ).factor
      : undefined
  if (!market || market.ID === location.ID) {
    lineage.push('market-based: no contractual instrument for this factor family, market-based equals location-based')
    return undefined
  }
  lineage.push(`market-based: factor ${market.ID}`)
  const factor =
    a.separateTransport && data.method === 'spend-based'
      ? (producerPriceFactor(market, ctx.units) ?? toEngineFactor(market, ctx.units))
      : toEngineFactor(market, ctx.units)
  return { result: calculate(data, factor, ctx), factor: market }
}

function values(
  a: ActivityRow,
  rule: Rule,
  factor: LibraryFactorRow,
  result: Calculation,
  market: { result: Calculation; factor: LibraryFactorRow },
  library: FactorLibrary,
  lineage: string[],
  wtt?: Decimal
): AttributionValues {
  // geographical representativeness: where the activity happened, as far as known, against the factor's region
  const where = a.location_code ?? a.supplierCountry ?? a.region
  lineage.push(
    `data quality: activity in ${where ?? 'GLO'} (${a.location_code ? 'its source' : a.supplierCountry ? 'supplier country' : 'plant region'}), factor of ${factor.region_code ?? 'GLO'}; factor year ${factor.year ?? 'unknown'}`
  )
  const dq = scoreDataQuality({
    method: result.method,
    activityYear: Number(a.postingDate.slice(0, 4)),
    factorYear: factor.year,
    regionDistance: regionDistance(where, factor.region_code, library.regionParents),
    factor: {
      technological: factor.dqTechnological ?? undefined,
      completeness: factor.dqCompleteness ?? undefined,
      reliability: factor.dqReliability ?? undefined
    }
  })
  const explanation = [...result.steps, ...(wtt ? [`well-to-tank ${show(wtt)} kgCO2e added`] : [])].join('; ')
  lineage.push(`result: ${explanation}`)
  for (const assumption of result.assumptions) lineage.push(assumptionLine(assumption))
  const kgLocation = kg(wtt ? result.kgCO2e.plus(wtt) : result.kgCO2e)!
  // (a stated uncertainty of 0 % or less is none: db/factors.cds refuses it, older rows may hold it)
  const stated =
    factor.uncertainty == null || factor.uncertainty === '' || !new Decimal(factor.uncertainty).gt(0)
      ? undefined
      : new Decimal(factor.uncertainty)
  const range = lineUncertainty(kgLocation, result.method, dq, stated)
  lineage.push(
    `uncertainty: σ² ${range.variance.toString()} (${stated ? `the factor's stated ±${stated.toString()} %` : result.method}, data quality ${dq.technological}/${dq.temporal}/${dq.geographical}/${dq.completeness}/${dq.reliability}), 95 % interval ${range.low.toString()} … ${range.high.toString()} kgCO2e`
  )
  if (range.unknownMethod)
    lineage.push(
      assumptionLine({
        code: 'UNCERTAINTY_OF_UNKNOWN_METHOD',
        message: `method ${result.method} has no basic uncertainty: that of spend-based data (σ² ${UNKNOWN_METHOD_VARIANCE}) assumed`,
        target: 'method'
      })
    )
  // what the figure depends on (not the lineage, which also counts the rules that did not apply, nor the derivation's text)
  const { derivation, location_code: location, supplierCountry, ...figureInputs } = a
  const inputs = {
    CALCULATION_VERSION,
    activity: figureInputs,
    rule: [rule.ID, rule.version],
    // the producer-price value only where it was used: the hashes of all other lines stay as they were
    factor: [
      ...(a.separateTransport ? [factor.ID, factor.value, factor.producerPriceValue] : [factor.ID, factor.value]),
      // a stated uncertainty only where there is one: the hashes of all other lines stay as they were
      ...(stated ? [`±${stated.toString()} %`] : [])
    ],
    // the well-to-tank factor only where it counted: the hashes of all other lines stay as they were
    ...(wtt ? { wtt: factor.wttValue } : {}),
    market: [market.factor.ID, market.factor.value]
  }
  return {
    activity_ID: a.ID,
    category_code: rule.category,
    method_code: result.method,
    factor_ID: factor.ID,
    marketFactor_ID: market.factor.ID,
    factorSetVersion: factor.setVersion ?? null,
    rule_ID: rule.ID,
    ruleVersion: rule.version,
    convertedQuantity: result.activityValue.toString(),
    convertedUnit: result.activityUnit,
    kgCO2eLocation: kgLocation,
    kgCO2eMarket: kg(wtt ? market.result.kgCO2e.plus(wtt) : market.result.kgCO2e)!,
    biogenicCO2: kg(result.biogenicCO2),
    kgCO2eWTT: kg(wtt),
    kgCO2: kg(result.gases?.CO2),
    kgCH4CO2e: kg(result.gases?.CH4),
    kgN2OCO2e: kg(result.gases?.N2O),
    dqTechnological: dq.technological,
    dqTemporal: dq.temporal,
    dqGeographical: dq.geographical,
    dqCompleteness: dq.completeness,
    dqReliability: dq.reliability,
    dqScore: dq.score,
    uncertaintyVariance: range.variance.toString(),
    kgCO2eLow: range.low.toString(),
    kgCO2eHigh: range.high.toString(),
    explanation,
    lineage: JSON.stringify(lineage),
    inputHash: createHash('sha256').update(JSON.stringify(inputs)).digest('hex'),
    calculationVersion: CALCULATION_VERSION
  }
}
