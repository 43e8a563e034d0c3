import { Decimal } from '../common/decimal'

/**
 * Product carbon footprints in the data model of the PACT Technical Specifications v3.0 (WBCSD, public:
 * wbcsd/data-exchange-protocol): validation of documents as received, and their normalised form.
 *
 * A document is one ProductFootprint, an array of them, or a list response `{ "data": [...] }`. Every problem is
 * reported with the JSON path of the field (e.g. `[1].pcf.declaredUnitOfMeasurement`), and a document with any
 * problem is refused as a whole. Numbers are decimal strings, as the specification writes them (JSON numbers are
 * accepted and kept exact as written). Besides the schema's rules, the figures an emission factor is made of must
 * make sense: no negative footprint excluding biogenic uptake, fossil emissions, mass or shares; DQRs between 1 and 5;
 * a reference period that ends after it starts.
 */

export const SPEC_MAJOR = 3
export const DECLARED_UNITS = [
  'liter',
  'kilogram',
  'cubic meter',
  'kilowatt hour',
  'megajoule',
  'ton kilometer',
  'square meter',
  'piece',
  'hour',
  'megabit second'
] as const
export type DeclaredUnit = (typeof DECLARED_UNITS)[number]
/** the app's unit (db Units) of each declared unit; units the app does not measure in have none */
export const UNIT_OF: Partial<Record<DeclaredUnit, string>> = {
  liter: 'LTR',
  kilogram: 'KGM',
  'cubic meter': 'MTQ',
  'kilowatt hour': 'KWH',
  megajoule: '3B',
  'ton kilometer': 'TKM',
  piece: 'H87',
  hour: 'HUR'
}
const STANDARDS = ['ISO14067', 'ISO14083', 'ISO14040-44', 'GHGP-Product', 'PEF', 'PACT-1.0', 'PACT-2.0', 'PACT-3.0']
const REGIONS = [
  'Africa',
  'Americas',
  'Asia',
  'Europe',
  'Oceania',
  'Australia and New Zealand',
  'Central Asia',
  'Eastern Asia',
  'Eastern Europe',
  'Latin America and the Caribbean',
  'Melanesia',
  'Micronesia',
  'Northern Africa',
  'Northern America',
  'Northern Europe',
  'Polynesia',
  'South-eastern Asia',
  'Southern Asia',
  'Southern Europe',
  'Sub-Saharan Africa',
  'Western Asia',
  'Western Europe'
]

export interface PactProblem {
  path: string
  message: string
}

/** The fields of a footprint the app works with; `document` is the footprint as received (normalised JSON). */
export interface PactFootprint {
  id: string
  specVersion: string
  status: 'Active' | 'Deprecated'
  created: string
  precedingPfIds: string[]
  validityPeriodStart?: string
  validityPeriodEnd?: string
  companyName: string
  companyIds: string[]
  productIds: string[]
  productClassifications: string[]
  productNameCompany: string
  productDescription: string
  declaredUnit: DeclaredUnit
  declaredUnitAmount: string
  productMassPerDeclaredUnit: string
  referencePeriodStart: string
  referencePeriodEnd: string
  geography?: string
  pcfExcludingBiogenicUptake: string
  pcfIncludingBiogenicUptake: string
  fossilGhgEmissions: string
  primaryDataShare?: string
  technologicalDQR?: string
  temporalDQR?: string
  geographicalDQR?: string
  verified: boolean
  document: Record<string, unknown>
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
const URN = /^urn:/i
const SPEC_VERSION = /^(\d+)\.(\d+)\.(\d+)(-\d{8})?$/
const DECIMAL = /^[+-]?\d+(\.\d+)?$/
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/

/** Parses and validates a PACT document (text); the footprints only when there is no problem at all. */
export function parseFootprints(text: string): { footprints: PactFootprint[]; problems: PactProblem[] } {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (e) {
    return { footprints: [], problems: [{ path: '', message: `not JSON: ${(e as Error).message}` }] }
  }
  const list = Array.isArray(json) ? json : isObject(json) && Array.isArray(json.data) ? json.data : [json]
  const prefix = (i: number): string => (Array.isArray(json) ? `[${i}]` : isObject(json) && Array.isArray(json.data) ? `data[${i}]` : '')
  const problems: PactProblem[] = []
  if (!list.length) problems.push({ path: isObject(json) ? 'data' : '', message: 'holds no footprint' })
  const footprints: PactFootprint[] = []
  const ids = new Map<string, number>()
  list.forEach((doc: unknown, i: number) => {
    const found = validateFootprint(doc, prefix(i))
    problems.push(...found.problems)
    if (!found.footprint) return
    const seen = ids.get(found.footprint.id.toLowerCase())
    if (seen !== undefined)
      problems.push({
        path: join(prefix(i), 'id'),
        message: `${found.footprint.id} is the id of footprint ${seen + 1} too: ids are unique`
      })
    ids.set(found.footprint.id.toLowerCase(), i)
    footprints.push(found.footprint)
  })
  return problems.length ? { footprints: [], problems } : { footprints, problems }
}

const isObject = (v: unknown): v is Record<string, any> => typeof v === 'object' && v !== null && !Array.isArray(v)
const join = (prefix: string, path: string): string => (prefix ? `${prefix}.${path}` : path)

/** One ProductFootprint against the v3.0 data model. */
export function validateFootprint(doc: unknown, prefix = ''): { footprint?: PactFootprint; problems: PactProblem[] } {
  const problems: PactProblem[] = []
  const problem = (path: string, message: string): void => {
    problems.push({ path: join(prefix, path), message })
  }
  if (!isObject(doc)) return { problems: [{ path: prefix, message: 'is not a ProductFootprint object' }] }
  const pcf = isObject(doc.pcf) ? doc.pcf : undefined
  if (!pcf) problem('pcf', doc.pcf === undefined ? 'is mandatory' : 'is not an object')
  const at = (path: string): unknown => (path.startsWith('pcf.') ? pcf?.[path.slice(4)] : doc[path])

  const text = (
    path: string,
    {
      mandatory = true,
      nonEmpty = false,
      pattern,
      label
    }: { mandatory?: boolean; nonEmpty?: boolean; pattern?: RegExp; label?: string } = {}
  ): string | undefined => {
    const v = at(path)
    if (v === undefined || v === null) {
      if (mandatory) problem(path, 'is mandatory')
      return undefined
    }
    if (typeof v !== 'string') {
      problem(path, 'is not a string')
      return undefined
    }
    if (nonEmpty && !v.trim()) {
      problem(path, 'is empty')
      return undefined
    }
    if (pattern && !pattern.test(v)) {
      problem(path, `${JSON.stringify(v)} is not ${label ?? 'valid'}`)
      return undefined
    }
    return v
  }
  const oneOf = <T extends string>(path: string, values: readonly T[], mandatory = true): T | undefined => {
    const v = text(path, { mandatory })
    if (v === undefined) return undefined
    if (!values.includes(v as T)) {
      problem(path, `${JSON.stringify(v)} is not one of ${values.join(', ')}`)
      return undefined
    }
    return v as T
  }
  const decimal = (
    path: string,
    { mandatory = true, min, max, exclusiveMin = false }: { mandatory?: boolean; min?: number; max?: number; exclusiveMin?: boolean } = {}
  ): string | undefined => {
    let v = at(path)
    if (v === undefined || v === null) {
      if (mandatory) problem(path, 'is mandatory')
      return undefined
    }
    if (typeof v === 'number' && Number.isFinite(v)) v = String(v)
    if (typeof v !== 'string' || !DECIMAL.test(v)) {
      problem(path, `${JSON.stringify(v)} is not a decimal number (a string such as "1.25")`)
      return undefined
    }
    const d = new Decimal(v)
    if (min !== undefined && (exclusiveMin ? d.lte(min) : d.lt(min))) {
      problem(path, `${v} must be ${exclusiveMin ? 'greater than' : 'at least'} ${min}`)
      return undefined
    }
    if (max !== undefined && d.gt(max)) {
      problem(path, `${v} must be at most ${max}`)
      return undefined
    }
    return v
  }
  const list = (
    path: string,
    { mandatory = true, pattern, label, values }: { mandatory?: boolean; pattern?: RegExp; label?: string; values?: string[] } = {}
  ): string[] => {
    const v = at(path)
    if (v === undefined || v === null) {
      if (mandatory) problem(path, 'is mandatory')
      return []
    }
    if (!Array.isArray(v)) {
      problem(path, 'is not an array')
      return []
    }
    if (!v.length) {
      problem(path, 'is empty: it needs at least one entry')
      return []
    }
    const out: string[] = []
    v.forEach((e, i) => {
      if (typeof e !== 'string') problem(`${path}[${i}]`, 'is not a string')
      else if (pattern && !pattern.test(e)) problem(`${path}[${i}]`, `${JSON.stringify(e)} is not ${label ?? 'valid'}`)
      else if (values && !values.includes(e)) problem(`${path}[${i}]`, `${JSON.stringify(e)} is not one of ${values.join(', ')}`)
      else if (out.includes(e)) problem(`${path}[${i}]`, `${JSON.stringify(e)} is listed twice`)
      else out.push(e)
    })
    return out
  }
  const dateTime = (path: string, mandatory = true): string | undefined => {
    const v = text(path, { mandatory, pattern: DATE_TIME, label: 'a date and time (RFC 3339, e.g. 2025-01-01T00:00:00Z)' })
    if (v !== undefined && Number.isNaN(Date.parse(v))) {
      problem(path, `${v} is no real date`)
      return undefined
    }
    return v
  }

  const id = text('id', { pattern: UUID, label: 'a UUID' })
  const specVersion = text('specVersion', { pattern: SPEC_VERSION, label: 'a version major.minor.patch' })
  if (specVersion && Number(SPEC_VERSION.exec(specVersion)![1]) !== SPEC_MAJOR)
    problem('specVersion', `${specVersion} is not a version ${SPEC_MAJOR}.x of the PACT Technical Specifications`)
  const precedingPfIds = list('precedingPfIds', { mandatory: false, pattern: UUID, label: 'a UUID' })
  if (id && precedingPfIds.some(p => p.toLowerCase() === id.toLowerCase())) problem('precedingPfIds', 'names the footprint itself')
  const created = dateTime('created')
  const status = oneOf('status', ['Active', 'Deprecated'] as const)
  const validityPeriodStart = dateTime('validityPeriodStart', false)
  const validityPeriodEnd = dateTime('validityPeriodEnd', false)
  if (validityPeriodStart && validityPeriodEnd && validityPeriodEnd <= validityPeriodStart)
    problem('validityPeriodEnd', 'is not after validityPeriodStart')
  const companyName = text('companyName', { nonEmpty: true })
  const companyIds = list('companyIds', { pattern: URN, label: 'a URN (urn:...)' })
  const productDescription = text('productDescription') ?? ''
  const productIds = list('productIds', { pattern: URN, label: 'a URN (urn:...)' })
  const productClassifications = list('productClassifications', { mandatory: false, pattern: URN, label: 'a URN (urn:...)' })
  const productNameCompany = text('productNameCompany', { nonEmpty: true })
  if (doc.comment !== undefined && typeof doc.comment !== 'string') problem('comment', 'is not a string')

  let declaredUnit: DeclaredUnit | undefined,
    declaredUnitAmount,
    productMassPerDeclaredUnit,
    referencePeriodStart,
    referencePeriodEnd,
    geography
  let pcfExcludingBiogenicUptake,
    pcfIncludingBiogenicUptake,
    fossilGhgEmissions,
    primaryDataShare,
    technologicalDQR,
    temporalDQR,
    geographicalDQR
  let verified = false
  if (pcf) {
    declaredUnit = oneOf('pcf.declaredUnitOfMeasurement', DECLARED_UNITS)
    declaredUnitAmount = decimal('pcf.declaredUnitAmount', { min: 0, exclusiveMin: true })
    productMassPerDeclaredUnit = decimal('pcf.productMassPerDeclaredUnit', { min: 0 })
    referencePeriodStart = dateTime('pcf.referencePeriodStart')
    referencePeriodEnd = dateTime('pcf.referencePeriodEnd')
    if (referencePeriodStart && referencePeriodEnd && referencePeriodEnd <= referencePeriodStart)
      problem('pcf.referencePeriodEnd', 'is not after referencePeriodStart')
    const geographies = ['geographyRegionOrSubregion', 'geographyCountry', 'geographyCountrySubdivision'].filter(g => pcf[g] !== undefined)
    if (geographies.length > 1) problem(`pcf.${geographies[1]}`, `only one of ${geographies.join(', ')} may be given`)
    geography =
      oneOf('pcf.geographyRegionOrSubregion', REGIONS, false) ??
      text('pcf.geographyCountry', { mandatory: false, pattern: /^[A-Z]{2}$/, label: 'an ISO 3166-1 alpha-2 country code' }) ??
      text('pcf.geographyCountrySubdivision', {
        mandatory: false,
        pattern: /^[A-Z]{2}-[A-Z0-9]{1,3}$/,
        label: 'an ISO 3166-2 subdivision code'
      })
    pcfExcludingBiogenicUptake = decimal('pcf.pcfExcludingBiogenicUptake', { min: 0 })
    pcfIncludingBiogenicUptake = decimal('pcf.pcfIncludingBiogenicUptake')
    fossilGhgEmissions = decimal('pcf.fossilGhgEmissions', { min: 0 })
    decimal('pcf.fossilCarbonContent', { min: 0 })
    list('pcf.ipccCharacterizationFactors', { pattern: /^AR\d+$/, label: 'an IPCC assessment report (AR5, AR6...)' })
    list('pcf.crossSectoralStandards', { values: STANDARDS })
    decimal('pcf.exemptedEmissionsPercent', { min: 0, max: 5 })
    primaryDataShare = decimal('pcf.primaryDataShare', { mandatory: false, min: 0, max: 100 })
    if (pcf.dqi !== undefined) {
      if (!isObject(pcf.dqi)) problem('pcf.dqi', 'is not an object')
      else {
        const dqr = (name: string): string | undefined => {
          const v = pcf.dqi[name]
          if (v === undefined || v === null) {
            problem(`pcf.dqi.${name}`, 'is mandatory')
            return undefined
          }
          const s = typeof v === 'number' ? String(v) : v
          if (typeof s !== 'string' || !DECIMAL.test(s)) {
            problem(`pcf.dqi.${name}`, `${JSON.stringify(v)} is not a decimal number`)
            return undefined
          }
          if (new Decimal(s).lt(1) || new Decimal(s).gt(5)) {
            problem(`pcf.dqi.${name}`, `${s} is outside 1 to 5 (data quality ratings are 1, very good, to 5, very poor)`)
            return undefined
          }
          return s
        }
        technologicalDQR = dqr('technologicalDQR')
        temporalDQR = dqr('temporalDQR')
        geographicalDQR = dqr('geographicalDQR')
      }
    }
    if (pcf.verification !== undefined) {
      if (!isObject(pcf.verification)) problem('pcf.verification', 'is not an object')
      else verified = true
    }
  }
  if (problems.length) return { problems }
  return {
    problems,
    footprint: {
      id: id!,
      specVersion: specVersion!,
      status: status!,
      created: created!,
      precedingPfIds,
      validityPeriodStart,
      validityPeriodEnd,
      companyName: companyName!,
      companyIds,
      productIds,
      productClassifications,
      productNameCompany: productNameCompany!,
      productDescription,
      declaredUnit: declaredUnit!,
      declaredUnitAmount: declaredUnitAmount!,
      productMassPerDeclaredUnit: productMassPerDeclaredUnit!,
      referencePeriodStart: referencePeriodStart!,
      referencePeriodEnd: referencePeriodEnd!,
      geography,
      pcfExcludingBiogenicUptake: pcfExcludingBiogenicUptake!,
      pcfIncludingBiogenicUptake: pcfIncludingBiogenicUptake!,
      fossilGhgEmissions: fossilGhgEmissions!,
      primaryDataShare,
      technologicalDQR,
      temporalDQR,
      geographicalDQR,
      verified,
      document: doc
    }
  }
}

/**
 * The pedigree of a supplier footprint as an emission factor (GHG Protocol indicators, 1 very good to 5 very poor):
 * technological, temporal and geographical from the footprint's DQRs (rounded half up; 2 where none is given);
 * completeness from its primary data share (80 % or more → 1, 50 % → 2, 20 % → 3, more than 0 → 4, else 5, and 3
 * where none is given); reliability 2 for a verified footprint, 3 for one the supplier declares alone.
 */
export function pedigreeOf(
  f: Pick<PactFootprint, 'technologicalDQR' | 'temporalDQR' | 'geographicalDQR' | 'primaryDataShare' | 'verified'>
): Record<'dqTechnological' | 'dqTemporal' | 'dqGeographical' | 'dqCompleteness' | 'dqReliability', number> {
  const rating = (v?: string): number =>
    v === undefined ? 2 : Math.min(5, Math.max(1, new Decimal(v).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toNumber()))
  const share = f.primaryDataShare === undefined ? undefined : new Decimal(f.primaryDataShare)
  const completeness = share === undefined ? 3 : share.gte(80) ? 1 : share.gte(50) ? 2 : share.gte(20) ? 3 : share.gt(0) ? 4 : 5
  return {
    dqTechnological: rating(f.technologicalDQR),
    dqTemporal: rating(f.temporalDQR),
    dqGeographical: rating(f.geographicalDQR),
    dqCompleteness: completeness,
    dqReliability: f.verified ? 2 : 3
  }
}

/** The part after the last `:` of the product ids in a namespace (e.g. `buyer-assigned`): the codes the buyer knows the product by. */
export const productCodesIn = (productIds: string[], namespace: string): string[] =>
  productIds
    .filter(p => p.toLowerCase().includes(`:${namespace.toLowerCase()}:`))
    .map(p => p.slice(p.lastIndexOf(':') + 1))
    .filter(Boolean)

/** The fields of a footprint as people maintain it (db OwnFootprints): lists of URNs blank-separated, dates as days. */
export interface FootprintSheet {
  companyName?: string | null
  companyIds?: string | null
  productIds?: string | null
  productClassifications?: string | null
  productNameCompany?: string | null
  productDescription?: string | null
  declaredUnit?: string | null
  declaredUnitAmount?: string | null
  productMassPerDeclaredUnit?: string | null
  referencePeriodStart?: string | null
  referencePeriodEnd?: string | null
  validityPeriodStart?: string | null
  validityPeriodEnd?: string | null
  geographyCountry?: string | null
  pcfExcludingBiogenicUptake?: string | null
  pcfIncludingBiogenicUptake?: string | null
  fossilGhgEmissions?: string | null
  fossilCarbonContent?: string | null
  exemptedEmissionsPercent?: string | null
  primaryDataShare?: string | null
  technologicalDQR?: string | null
  temporalDQR?: string | null
  geographicalDQR?: string | null
  ipccCharacterizationFactors?: string | null
  crossSectoralStandards?: string | null
  comment?: string | null
}

/**
 * A maintained footprint as PACT v3.0 ProductFootprint: what `publish` validates (validateFootprint) and stores.
 * Empty fields are left out, so that validation names the mandatory ones; decimals keep their digits, without the
 * trailing zeros of the database's scale; days become midnight UTC.
 */
export function footprintDocument(
  sheet: FootprintSheet,
  { id, created, precedingPfIds = [] }: { id: string; created: string; precedingPfIds?: string[] }
): Record<string, unknown> {
  const list = (v?: string | null): string[] | undefined => (v?.trim() ? v.trim().split(/\s+/) : undefined)
  const day = (v?: string | null): string | undefined => (v ? `${v.slice(0, 10)}T00:00:00Z` : undefined)
  const dec = (v?: string | number | null): string | undefined =>
    v === null || v === undefined || v === '' ? undefined : new Decimal(v).toString()
  const text = (v?: string | null): string | undefined => v ?? undefined
  const compact = (o: Record<string, unknown>): Record<string, unknown> =>
    Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined))
  const dqi = [sheet.technologicalDQR, sheet.temporalDQR, sheet.geographicalDQR].some(v => v !== null && v !== undefined)
    ? compact({
        technologicalDQR: dec(sheet.technologicalDQR),
        temporalDQR: dec(sheet.temporalDQR),
        geographicalDQR: dec(sheet.geographicalDQR)
      })
    : undefined
  return compact({
    id,
    specVersion: '3.0.0',
    precedingPfIds: precedingPfIds.length ? precedingPfIds : undefined,
    created,
    status: 'Active',
    validityPeriodStart: day(sheet.validityPeriodStart),
    validityPeriodEnd: day(sheet.validityPeriodEnd),
    companyName: text(sheet.companyName),
    companyIds: list(sheet.companyIds),
    productDescription: text(sheet.productDescription),
    productIds: list(sheet.productIds),
    productClassifications: list(sheet.productClassifications),
    productNameCompany: text(sheet.productNameCompany),
    comment: text(sheet.comment),
    pcf: compact({
      declaredUnitOfMeasurement: text(sheet.declaredUnit),
      declaredUnitAmount: dec(sheet.declaredUnitAmount),
      productMassPerDeclaredUnit: dec(sheet.productMassPerDeclaredUnit),
      referencePeriodStart: day(sheet.referencePeriodStart),
      referencePeriodEnd: day(sheet.referencePeriodEnd),
      geographyCountry: text(sheet.geographyCountry),
      pcfExcludingBiogenicUptake: dec(sheet.pcfExcludingBiogenicUptake),
      pcfIncludingBiogenicUptake: dec(sheet.pcfIncludingBiogenicUptake),
      fossilGhgEmissions: dec(sheet.fossilGhgEmissions),
      fossilCarbonContent: dec(sheet.fossilCarbonContent),
      ipccCharacterizationFactors: list(sheet.ipccCharacterizationFactors),
      crossSectoralStandards: list(sheet.crossSectoralStandards),
      exemptedEmissionsPercent: dec(sheet.exemptedEmissionsPercent),
      primaryDataShare: dec(sheet.primaryDataShare),
      dqi
    })
  })
}

/** The field of a maintained footprint that a problem at a document path is about (`pcf.dqi.temporalDQR` → `temporalDQR`). */
export function sheetFieldOf(problemPath: string): string {
  const last =
    problemPath
      .replace(/\[\d+\]$/, '')
      .split('.')
      .pop() ?? ''
  return last === 'declaredUnitOfMeasurement' ? 'declaredUnit' : last
}

/** A footprint as received, as the fields people maintain (the inverse of footprintDocument for what it writes). */
export function sheetOf(f: PactFootprint): FootprintSheet {
  const pcf = (f.document.pcf ?? {}) as Record<string, any>
  const join = (v: unknown): string | null => (Array.isArray(v) ? v.join(' ') : null)
  return {
    companyName: f.companyName,
    companyIds: f.companyIds.join(' '),
    productIds: f.productIds.join(' '),
    productClassifications: f.productClassifications.join(' ') || null,
    productNameCompany: f.productNameCompany,
    productDescription: f.productDescription,
    declaredUnit: f.declaredUnit,
    declaredUnitAmount: f.declaredUnitAmount,
    productMassPerDeclaredUnit: f.productMassPerDeclaredUnit,
    referencePeriodStart: f.referencePeriodStart.slice(0, 10),
    referencePeriodEnd: f.referencePeriodEnd.slice(0, 10),
    validityPeriodStart: f.validityPeriodStart?.slice(0, 10) ?? null,
    validityPeriodEnd: f.validityPeriodEnd?.slice(0, 10) ?? null,
    geographyCountry: /^[A-Z]{2}$/.test(f.geography ?? '') ? f.geography! : null,
    pcfExcludingBiogenicUptake: f.pcfExcludingBiogenicUptake,
    pcfIncludingBiogenicUptake: f.pcfIncludingBiogenicUptake,
    fossilGhgEmissions: f.fossilGhgEmissions,
    fossilCarbonContent: pcf.fossilCarbonContent ?? null,
    exemptedEmissionsPercent: pcf.exemptedEmissionsPercent ?? null,
    primaryDataShare: f.primaryDataShare ?? null,
    technologicalDQR: f.technologicalDQR ?? null,
    temporalDQR: f.temporalDQR ?? null,
    geographicalDQR: f.geographicalDQR ?? null,
    ipccCharacterizationFactors: join(pcf.ipccCharacterizationFactors),
    crossSectoralStandards: join(pcf.crossSectoralStandards),
    comment: typeof f.document.comment === 'string' ? f.document.comment : null
  }
}
