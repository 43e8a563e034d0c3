import cds from '@sap/cds'
import {
  Activities,
  AgentDecisions,
  AttributionRules,
  EmissionFactors,
  FactorSets,
  Materials,
  OwnFootprints,
  ProductFootprints,
  SupplierDataRequests,
  Suppliers
} from '#cds-models/scope3'
import { LOGIC_VERSION } from '../lib/quality/remediation-policy'
import { validityOf } from '../lib/pact/protocol'
import { parseFootprints, pedigreeOf, productCodesIn, sheetOf, UNIT_OF, type PactFootprint, type PactProblem } from '../lib/pact/footprints'
import { appendLog, hashOf } from '../common/calculation-log'
import { recompute, engineContext } from '../attribution/attribute-lines'

/**
 * Product footprints in the PACT data model: a supplier's become supplier-specific factors and answer the supplier data
 * requests of the remediation agent (srv/quality/remediation-agent.ts); the company's own are kept for the PACT API.
 */
const LOG = cds.log('remediation')
/** the agent whose decision log records each import (the remediation agent's requests are what the footprints answer) */
const AGENT = 'remediation'
/** the factor set the app keeps supplier footprints in */
const PACT_SET = 'SUPPLIER-PACT'
/** the namespace of product and company ids the buyer assigned (its material and supplier numbers) */
export const BUYER = 'buyer-assigned'
/** the states of a supplier data request that still wait for an answer */
export const OPEN = ['proposed', 'sent', 'escalated']

export async function ensureSet(code: string, title: string, citation: string, extra: Record<string, unknown> = {}): Promise<void> {
  if (await SELECT.one.from(FactorSets, code)) return
  await INSERT.into(FactorSets).entries({
    code,
    title,
    publisher: 'this company',
    version: '1',
    citation,
    status_code: 'published',
    importedAt: new Date().toISOString(),
    ...extra
  } as any)
}

/** A rule's next version, the active one before it switched off (as every rule change: attributions keep their version). */
export async function newRuleVersion(ruleKey: string, rule: Record<string, unknown>): Promise<string> {
  const last = await SELECT.one.from(AttributionRules).columns('version').where({ ruleKey }).orderBy('version desc')
  await UPDATE(AttributionRules).set({ active: false }).where({ ruleKey, active: true })
  const ID = cds.utils.uuid()
  await INSERT.into(AttributionRules).entries({
    ID,
    ruleKey,
    version: (last?.version ?? 0) + 1,
    priority: 0,
    validFrom: '2000-01-01',
    active: true,
    ...rule
  } as any)
  return ID
}

/** The lines of requests' gaps: the supplier's lines of the material, or of the group without a material. */
export async function linesOf(requests: any[]): Promise<string[]> {
  const ids: string[] = []
  for (const r of requests) {
    const where = r.material_ID
      ? { supplier_ID: r.supplier_ID, material_ID: r.material_ID }
      : { supplier_ID: r.supplier_ID, materialGroup_code: r.materialGroup_code, material_ID: null }
    ids.push(...(await SELECT.from(Activities).columns('ID').where(where)).map(a => a.ID!))
  }
  return [...new Set(ids)]
}

export interface ImportOptions {
  origin?: 'supplier' | 'own'
  supplier?: string | null
  material?: string | null
  request?: string | null
}
export interface ImportReport {
  imported: number
  unchanged: number
  footprints: string[]
  recomputed: number
}

/**
 * Imports PACT footprints (srv/lib/pact/footprints.ts). A supplier's footprint names its supplier (the request's, the one given,
 * or its company id in the buyer's namespace) and its product (likewise, a material, or the request's material
 * group); an active one becomes the supplier-specific factor of that product, by a new version of its rule
 * `PCF-<supplier>-<product>`, and answers the open request for it (whose conservative fallback ends). Footprints it
 * names as preceding are deprecated. The same footprint twice changes nothing; a changed footprint under a known id
 * is refused (PACT gives a changed footprint a new id). The company's own footprints are kept for export.
 * All or nothing: the first problem throws, and the caller's transaction rolls back.
 */
export async function importFootprints(text: string, options: ImportOptions, user: string): Promise<ImportReport> {
  const { footprints, problems } = parseFootprints(text)
  if (problems.length) throw new PactDocumentError(problems)
  const origin = options.origin ?? 'supplier'
  const request = options.request ? await SELECT.one.from(SupplierDataRequests, options.request).forUpdate() : undefined
  if (options.request && !request) throw new FootprintError(404, `no supplier data request ${options.request}`, 'request')
  if (request && !OPEN.includes(request.status!))
    throw new FootprintError(409, `the request is ${request.status ?? ''}: it takes no answer`, 'request')
  const report: ImportReport = { imported: 0, unchanged: 0, footprints: [], recomputed: 0 }
  const touched: any[] = []
  for (const [i, f] of footprints.entries()) {
    const at = footprints.length > 1 ? `[${i}].` : ''
    const documentHash = hashOf(f.document)
    const known = await SELECT.one.from(ProductFootprints).columns('ID', 'documentHash', 'origin').where({ ID: f.id.toLowerCase() })
    report.footprints.push(f.id.toLowerCase())
    if (known?.documentHash === documentHash) {
      report.unchanged++
      continue
    }
    if (known)
      throw new FootprintError(
        409,
        `footprint ${f.id} is known with other values: a changed footprint comes with a new id that names this one in precedingPfIds`,
        `${at}id`
      )
    const row: Record<string, unknown> = columnsOf(f, documentHash, origin)
    if (origin === 'supplier') {
      const supplier = request?.supplier_ID ?? options.supplier ?? (await knownId(Suppliers, productCodesIn(f.companyIds, BUYER)))
      if (!supplier || !(await SELECT.one.from(Suppliers, supplier)))
        throw new FootprintError(
          400,
          `the footprint names no supplier of ours: no companyIds entry in the ${BUYER} namespace matches a supplier; name the supplier`,
          `${at}companyIds`
        )
      const material = request ? request.material_ID : (options.material ?? (await knownId(Materials, productCodesIn(f.productIds, BUYER))))
      const materialGroup = request && !request.material_ID ? request.materialGroup_code : null
      if (!material && !materialGroup)
        throw new FootprintError(
          400,
          `the footprint names no material of ours: no productIds entry in the ${BUYER} namespace matches a material; name the material`,
          `${at}productIds`
        )
      Object.assign(row, {
        supplier_ID: supplier,
        material_ID: material ?? null,
        materialGroup_code: materialGroup,
        request_ID: request?.ID ?? null
      })
      if (f.status === 'Active') Object.assign(row, await asFactor(f, row, at))
      touched.push(row)
    }
    await INSERT.into(ProductFootprints).entries(row as any)
    if (f.precedingPfIds.length)
      await UPDATE(ProductFootprints)
        .set({ status: 'Deprecated' })
        .where({ ID: { in: f.precedingPfIds.map(p => p.toLowerCase()) }, origin })
    if (origin === 'own') await keepAsMaintained(f)
    const inputs = {
      footprint: f.id,
      documentHash,
      origin,
      supplier: row.supplier_ID ?? null,
      material: row.material_ID ?? null,
      request: request?.ID ?? null
    }
    await INSERT.into(AgentDecisions).entries({
      ID: cds.utils.uuid(),
      agent: AGENT,
      decision: 'import',
      subject: f.id.toLowerCase(),
      confidence: '1.00',
      logicVersion: LOGIC_VERSION,
      inputs: JSON.stringify(inputs),
      inputHash: hashOf(inputs),
      reason:
        `PACT footprint ${f.id} (${f.productNameCompany}, ${f.pcfExcludingBiogenicUptake} kg CO2e per ${f.declaredUnit}) imported by ${user}`.slice(
          0,
          500
        ),
      dryRun: false,
      decidedAt: new Date().toISOString(),
      decidedBy: user
    } as any)
    await appendLog({
      action: 'ruleChange',
      subject: `PACT footprint ${f.id}`,
      details: `${origin} footprint imported${row.rule_ID ? ' as supplier-specific factor' : ''}`,
      inputs
    })
    report.imported++
  }
  if (request && touched.length) {
    await closeRequest(request, { status: 'answered', answeredAt: new Date().toISOString(), footprint_ID: touched[0].ID })
  }
  // open requests the footprints answer without naming them: answered too, their fallbacks end
  for (const row of touched.filter(t => t.rule_ID && !request)) {
    const answered = await SELECT.from(SupplierDataRequests).where({
      supplier_ID: row.supplier_ID,
      material_ID: row.material_ID ?? null,
      materialGroup_code: row.materialGroup_code ?? null,
      status: { in: OPEN }
    })
    for (const r of answered) {
      await closeRequest(r, { status: 'answered', answeredAt: new Date().toISOString(), footprint_ID: row.ID })
    }
  }
  if (touched.length) {
    const lines = await linesOf(touched)
    for (let i = 0; i < lines.length; i += 5000) await recompute(lines.slice(i, i + 5000))
    report.recomputed = lines.length
  }
  LOG.info(`PACT import by ${user}: ${report.imported} imported, ${report.unchanged} unchanged, ${report.recomputed} line(s) recomputed`)
  return report
}

/**
 * An own footprint imported is one the company's people maintain from then on (OwnFootprints: published, or
 * deprecated as it came); its predecessors are deprecated there too. A footprint published from the app is there already.
 */
async function keepAsMaintained(f: PactFootprint): Promise<void> {
  const preceding = f.precedingPfIds.map(p => p.toLowerCase())
  if (preceding.length)
    await UPDATE(OwnFootprints)
      .set({ status: 'deprecated' })
      .where({ ID: { in: preceding } })
  if (await SELECT.one.from(OwnFootprints).columns('ID').where({ ID: f.id.toLowerCase() })) return
  const predecessor = preceding.length
    ? await SELECT.one
        .from(OwnFootprints)
        .columns('ID', 'version')
        .where({ ID: { in: preceding } })
        .orderBy('version desc')
    : undefined
  await INSERT.into(OwnFootprints).entries({
    ...sheetOf(f),
    ID: f.id.toLowerCase(),
    status: f.status === 'Active' ? 'published' : 'deprecated',
    version: (predecessor?.version ?? 0) + 1,
    predecessor_ID: predecessor?.ID ?? null,
    publishedAt: f.created
  } as any)
}

/** A request answered or cancelled: its new status, and the end of its conservative fallback (the rule switched off). */
export async function closeRequest(
  request: { ID?: string; fallbackRule_ID?: string | null },
  changes: Record<string, unknown>
): Promise<void> {
  await UPDATE(SupplierDataRequests, request.ID!).with(changes)
  if (request.fallbackRule_ID) await UPDATE(AttributionRules, request.fallbackRule_ID).with({ active: false })
}

/** The first of the codes that is the key of a row of the entity. */
async function knownId(entity: any, codes: string[]): Promise<string | undefined> {
  for (const code of codes) if (await SELECT.one.from(entity, code)) return code
  return undefined
}

function columnsOf(f: PactFootprint, documentHash: string, origin: string): Record<string, unknown> {
  return {
    ID: f.id.toLowerCase(),
    origin,
    specVersion: f.specVersion,
    status: f.status,
    created: f.created,
    validityPeriodStart: f.validityPeriodStart ?? null,
    validityPeriodEnd: f.validityPeriodEnd ?? null,
    companyName: f.companyName.slice(0, 200),
    productNameCompany: f.productNameCompany.slice(0, 200),
    productDescription: f.productDescription.slice(0, 1000),
    productIds: f.productIds.join(' ').slice(0, 2000),
    companyIds: f.companyIds.join(' ').slice(0, 2000),
    declaredUnit: f.declaredUnit,
    declaredUnitAmount: f.declaredUnitAmount,
    productMassPerDeclaredUnit: f.productMassPerDeclaredUnit,
    referencePeriodStart: f.referencePeriodStart,
    referencePeriodEnd: f.referencePeriodEnd,
    geography: f.geography ?? null,
    pcfExcludingBiogenicUptake: f.pcfExcludingBiogenicUptake,
    pcfIncludingBiogenicUptake: f.pcfIncludingBiogenicUptake,
    fossilGhgEmissions: f.fossilGhgEmissions,
    primaryDataShare: f.primaryDataShare ?? null,
    technologicalDQR: f.technologicalDQR ?? null,
    temporalDQR: f.temporalDQR ?? null,
    geographicalDQR: f.geographicalDQR ?? null,
    document: JSON.stringify(f.document),
    documentHash,
    ...validityOf(f),
    // (the validation refuses an id listed twice)
    identifiers: [
      ...f.productIds.map(urn => ({ idType: 'product', urn })),
      ...f.companyIds.map(urn => ({ idType: 'company', urn })),
      ...f.productClassifications.map(urn => ({ idType: 'classification', urn }))
    ]
  }
}

/**
 * A supplier's active footprint as factor: kg CO2e (excluding biogenic uptake) per declared unit, in the app's unit of
 * it, which must measure what the material is counted in; its pedigree from the footprint's DQRs; and the rule that
 * points the supplier's lines of the product to it.
 */
async function asFactor(f: PactFootprint, row: Record<string, unknown>, at: string): Promise<{ factor_ID: string; rule_ID: string }> {
  const unit = UNIT_OF[f.declaredUnit]
  if (!unit)
    throw new FootprintError(
      400,
      `the declared unit ${f.declaredUnit} is no unit purchases are counted in here (${Object.keys(UNIT_OF).join(', ')})`,
      `${at}pcf.declaredUnitOfMeasurement`
    )
  if (row.material_ID) {
    const material = await SELECT.one.from(Materials, row.material_ID as string).columns('baseUnit')
    const { units } = await engineContext()
    const measures = units.find(unit)?.dimension
    const counted = material?.baseUnit ? units.find(material.baseUnit)?.dimension : undefined
    if (counted && measures !== counted)
      throw new FootprintError(
        400,
        `the declared unit ${f.declaredUnit} does not measure material ${row.material_ID as string}, which is counted in ${material!.baseUnit!} (${counted})`,
        `${at}pcf.declaredUnitOfMeasurement`
      )
  }
  await ensureSet(PACT_SET, 'Supplier product footprints (PACT)', 'product carbon footprints suppliers provided in the PACT v3 data model')
  const factorId = `${PACT_SET}/${f.id.toLowerCase()}`
  const country = f.geography && /^[A-Z]{2}$/.test(f.geography) ? f.geography : null
  await INSERT.into(EmissionFactors).entries({
    ID: factorId,
    factorSet_code: PACT_SET,
    code: f.id.toLowerCase(),
    family: `pcf:${row.supplier_ID as string}:${(row.material_ID ?? row.materialGroup_code) as string}`,
    description: `${f.companyName}: ${f.productNameCompany}, PACT footprint ${f.id}`.slice(0, 1000),
    unit_code: unit,
    value: f.pcfExcludingBiogenicUptake,
    region_code: country,
    year: Number(f.referencePeriodEnd.slice(0, 4)),
    validFrom: (f.validityPeriodStart ?? f.referencePeriodStart).slice(0, 10),
    validTo: f.validityPeriodEnd?.slice(0, 10) ?? null,
    basis_code: 'location',
    ...pedigreeOf(f),
    supplier_ID: row.supplier_ID,
    material_ID: row.material_ID ?? null,
    sourceScope: 'PACT',
    sourcePath: `PACT ${f.specVersion} footprint ${f.id}`
  } as any)
  const product = (row.material_ID ?? row.materialGroup_code) as string
  const rule = await newRuleVersion(`PCF-${row.supplier_ID as string}-${product}`.slice(0, 40), {
    name: `${f.companyName}: ${f.productNameCompany} (PACT footprint)`.slice(0, 120),
    supplier_ID: row.supplier_ID,
    material_ID: row.material_ID ?? null,
    materialGroup_code: row.material_ID ? null : row.materialGroup_code,
    category_code: 1,
    method_code: 'supplier-specific',
    factor_ID: factorId,
    priority: 10
  })
  return { factor_ID: factorId, rule_ID: rule }
}

/** The company's own footprints as PACT list response `{ data: [...] }`, each as imported, with its current status. */
export async function exportFootprints(): Promise<{ data: unknown[] }> {
  const rows = await SELECT.from(ProductFootprints).columns('document', 'status').where({ origin: 'own' }).orderBy('ID')
  return { data: rows.map(r => ({ ...JSON.parse(r.document!), status: r.status })) }
}

export class FootprintError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly target: string
  ) {
    super(message)
  }
}

export class PactDocumentError extends FootprintError {
  constructor(readonly problems: PactProblem[]) {
    super(
      400,
      `The PACT document has ${problems.length} problem(s): ${problems
        .slice(0, 5)
        .map(p => `${p.path || 'document'} ${p.message}`)
        .join('; ')}${problems.length > 5 ? '; ...' : ''}`,
      problems[0].path || 'document'
    )
  }
}
