import cds from '@sap/cds'
import { Activities, AgentDecisions, AgentRuns, Agents, AttributionRules, Attributions, EmissionFactors, FactorSets, Materials, OwnFootprints, PactClients, ProductFootprints, SupplierContacts, SupplierDataRequests, Suppliers } from '#cds-models/scope3'
import { conservativeFactor, dueAction, gapKey, gapsToRequest, rankGaps, DEFAULT_POLICY, LOGIC_VERSION, type Gap, type RemediationPolicy } from './lib/remediation'
import { validityOf } from './lib/pact-protocol'
import { parseFootprints, pedigreeOf, productCodesIn, sheetOf, UNIT_OF, type PactFootprint, type PactProblem } from './lib/pact'
import { appendLog, hashOf } from './calculation-log'
import { insertRows } from './db-utils'
import { recompute, engineContext } from './attribution-runner'

const LOG = cds.log('remediation')
export const AGENT = 'remediation'
/** the factor sets the app keeps supplier footprints and (per set of usual factors) conservative fallbacks in */
const PACT_SET = 'SUPPLIER-PACT'
const FALLBACK_SET = 'CONSERVATIVE-FALLBACK'
/** the namespace of product and company ids the buyer assigned (its material and supplier numbers) */
const BUYER = 'buyer-assigned'
const OPEN = ['proposed', 'sent', 'escalated']

export interface RemediationReport { ID: string, dryRun: boolean, gaps: number, requested: number, escalated: number, fallbacks: number, decisionsHash: string }

/**
 * One run of the remediation agent, in the caller's transaction: ranks the gaps (srv/lib/remediation.ts), raises
 * requests for the first ones its policy allows (sent at once where the policy lets it send alone, else proposed to a
 * person), escalates sent requests past due, and for escalated ones still unanswered puts a conservative factor in
 * place (the lines' usual factor raised by the policy's uplift, with that uncertainty) until the footprint comes.
 * Every decision is logged; a dry run logs and changes nothing. Runs wait for each other (the agent row is locked).
 */
export async function runRemediation (trigger: 'schedule' | 'manual'): Promise<RemediationReport | undefined> {
  const agent = await SELECT.one.from(Agents, AGENT).forUpdate()
  if (!agent?.enabled) return undefined
  const policy: RemediationPolicy = { ...DEFAULT_POLICY, ...JSON.parse(agent.policy ?? '{}') }
  const dryRun = agent.dryRun === true
  const user = cds.context?.user?.id ?? 'system'
  const run = { ID: cds.utils.uuid(), agent_code: AGENT, trigger, dryRun, status: 'running', startedAt: new Date().toISOString(), startedBy: user }
  const today = run.startedAt.slice(0, 10)
  const ranked = rankGaps(await gapLines())
  const byKey = new Map(ranked.map(g => [gapKey(g), g]))
  const open = await SELECT.from(SupplierDataRequests).where({ status: { in: OPEN } }).orderBy('createdAt', 'ID')
  const openKeys = new Set(open.map(r => gapKey({ supplier: r.supplier_ID!, material: r.material_ID, materialGroup: r.materialGroup_code })))
  const decisions: any[] = []
  const decide = (decision: 'request' | 'escalate' | 'fallback', subject: string, reason: string, inputs: unknown): void => {
    decisions.push({ ID: cds.utils.uuid(), run_ID: run.ID, agent: AGENT, decision, subject, confidence: '1.00', logicVersion: LOGIC_VERSION, inputs: JSON.stringify(inputs), inputHash: hashOf(inputs), reason: reason.slice(0, 500), dryRun, decidedAt: run.startedAt, decidedBy: user })
  }
  const requests: any[] = []
  for (const gap of gapsToRequest(ranked, openKeys, policy)) {
    const ID = cds.utils.uuid()
    const what = gap.material ? `material ${gap.material}` : `material group ${gap.materialGroup ?? ''}`
    decide('request', ID, `${what} of supplier ${gap.supplier}: ${gap.kgCO2e} kg CO2e at data quality ${gap.dqScore}, priority ${gap.priority} (rank ${ranked.indexOf(gap) + 1})`, { gap, rank: ranked.indexOf(gap) + 1, policy })
    requests.push({
      ID, supplier_ID: gap.supplier, material_ID: gap.material, materialGroup_code: gap.material ? null : gap.materialGroup, referenceYear: gap.referenceYear,
      dueDate: addDays(today, policy.dueDays), status: policy.autoSend ? 'sent' : 'proposed', kgCO2e: gap.kgCO2e, dqScore: gap.dqScore, priority: gap.priority,
      lines: gap.lines, raisedBy: AGENT, escalations: 0, ...(policy.autoSend ? { sentAt: run.startedAt, sentBy: AGENT } : {})
    })
  }
  let escalated = 0
  const fallbacks: Array<{ request: any, gap: Gap }> = []
  for (const r of open) {
    const action = dueAction({ ID: r.ID!, status: r.status!, dueDate: r.dueDate!, fallbackRule: r.fallbackRule_ID }, today, policy)
    if (action === 'escalate') {
      escalated++
      decide('escalate', r.ID!, `due ${r.dueDate!}, unanswered ${policy.escalateAfterDays} day(s) after: escalated to the buyer and the supplier's contact`, { request: r.ID, dueDate: r.dueDate, today, policy })
      if (!dryRun) await UPDATE(SupplierDataRequests, r.ID!).with({ status: 'escalated', escalations: (r.escalations ?? 0) + 1, escalatedAt: run.startedAt })
    } else if (action === 'fallback') {
      const gap = byKey.get(gapKey({ supplier: r.supplier_ID!, material: r.material_ID, materialGroup: r.materialGroup_code }))
      if (!gap?.factor) continue
      decide('fallback', r.ID!, `due ${r.dueDate!}, unanswered ${policy.fallbackAfterDays} day(s) after: factor ${gap.factor} raised by ${policy.fallbackUplift * 100} % until the footprint comes`, { request: r.ID, factor: gap.factor, policy })
      fallbacks.push({ request: r, gap })
    }
  }
  if (!dryRun) {
    await insertRows(SupplierDataRequests, requests)
    for (const r of requests) if (r.status === 'sent') await UPDATE(SupplierDataRequests, r.ID).with(await dispatch(r))
    for (const f of fallbacks) await applyFallback(f.request, f.gap, policy)
  }
  const decisionsHash = hashOf(decisions.map(d => [d.decision, d.subject, d.inputHash]))
  const message = `${ranked.length} gap(s); ${requests.length} request(s) ${policy.autoSend ? 'sent' : 'proposed'}, ${escalated} escalated, ${fallbacks.length} conservative fallback(s)`
  await INSERT.into(AgentRuns).entries({ ...run, status: 'succeeded', finishedAt: new Date().toISOString(), linesChecked: ranked.reduce((n, g) => n + g.lines, 0), raised: requests.length, resolved: 0, kept: open.length, decisionsHash, message } as any)
  await insertRows(AgentDecisions, decisions)
  await appendLog({ action: 'agentRun', subject: `${AGENT} agent run (${trigger}${dryRun ? ', dry run' : ''})`, details: message, inputs: { agent: AGENT, logicVersion: LOGIC_VERSION, policy }, outputs: decisionsHash })
  if (!dryRun && fallbacks.length) await recompute(await linesOf(fallbacks.map(f => f.request)))
  LOG.info(`${trigger} run: ${message}${dryRun ? ' (dry run)' : ''}`)
  return { ID: run.ID, dryRun, gaps: ranked.length, requested: requests.length, escalated, fallbacks: fallbacks.length, decisionsHash }
}

/** The current figures of the purchased lines with a supplier (no derived transport lines, no reversals). */
async function gapLines (): Promise<any[]> {
  return await SELECT.from(Attributions).columns((a: any) => {
    a.activity.supplier_ID.as('supplier'); a.activity.material_ID.as('material'); a.activity.materialGroup_code.as('materialGroup')
    a.method_code.as('method'); a.kgCO2eLocation.as('kgCO2e'); a.dqScore; a.fiscalYear; a.factor_ID.as('factor')
  }).where({ supersededBy_ID: null, isReversal: { '!=': true }, 'activity.derivedFrom_ID': null, 'activity.supplier_ID': { '!=': null } } as any)
}

const addDays = (date: string, days: number): string => new Date(Date.parse(date) + days * 86400000).toISOString().slice(0, 10)

/** A person sends a proposed request (or the agent one it may send alone): the PACT request event is made and kept. */
export async function sendRequest (ID: string, user: string): Promise<void> {
  const r = await SELECT.one.from(SupplierDataRequests, ID).forUpdate()
  if (!r) throw new FootprintError(404, `no supplier data request ${ID}`, 'ID')
  if (r.status !== 'proposed') throw new FootprintError(409, `the request is ${r.status ?? ''}: only a proposed request is sent`, 'status')
  await UPDATE(SupplierDataRequests, ID).with({ status: 'sent', sentAt: new Date().toISOString(), sentBy: user, ...await dispatch(r) })
}

/**
 * A request on its way: as PACT RequestCreatedEvent to the supplier's PACT API when the supplier is a PACT partner
 * (a client of ours with a destination, srv/pact-exchange.ts), through CAP's persistent queue in this transaction;
 * otherwise the event is kept for the buyer to pass on. The supplier's answer names the event id: the request's ID.
 */
async function dispatch (r: any): Promise<{ requestEvent: string, pactClient_clientId: string | null }> {
  const event = await requestEvent(r)
  const partner = await SELECT.one.from(PactClients).columns('clientId').where({ supplier_ID: r.supplier_ID, active: true, destination: { '!=': null } })
  if (partner) await cds.queued(await cds.connect.to('PactService')).send('deliver', { client: partner.clientId, event })
  return { requestEvent: JSON.stringify(event), pactClient_clientId: partner?.clientId ?? null }
}

/**
 * The request as PACT v3 CloudEvent (RequestCreatedEvent): the product and company by the ids the buyer assigned,
 * the year and due date in the comment, addressed to the supplier's primary contact.
 */
async function requestEvent (r: any): Promise<Record<string, unknown>> {
  const contact = await SELECT.one.from(SupplierContacts).columns('email').where({ supplier_ID: r.supplier_ID }).orderBy('isPrimary desc', 'lastName')
  return {
    specversion: '1.0', id: r.ID, type: 'org.wbcsd.pact.ProductFootprint.RequestCreatedEvent.3', source: 'urn:scope3-s4:remediation', time: new Date().toISOString(),
    data: {
      productId: [r.material_ID ? `urn:pact:product-id:${BUYER}:${r.material_ID as string}` : `urn:pact:product-classification:${BUYER}:material-group:${r.materialGroup_code as string}`],
      companyId: [`urn:pact:company-id:${BUYER}:${r.supplier_ID as string}`],
      comment: `Product carbon footprint for ${r.referenceYear as number ?? 'the current year'}, requested by ${r.dueDate as string}${contact?.email ? ` (to ${contact.email})` : ''}`
    }
  }
}

/** The conservative stand-in: a factor of its own (the usual one raised by the uplift, its uncertainty recorded) and a rule for the gap's lines. */
async function applyFallback (request: any, gap: Gap, policy: RemediationPolicy): Promise<void> {
  const base = await SELECT.one.from(EmissionFactors, gap.factor!)
  if (!base) return
  const { value, uncertainty } = conservativeFactor(base.value!, policy)
  // a fallback set per set of usual factors: spend factors are per currency of the set's price year
  const set = `${FALLBACK_SET}-${base.factorSet_code!}`.slice(0, 40)
  const usualSet = await SELECT.one.from(FactorSets, base.factorSet_code!)
  await ensureSet(set, `Conservative fallbacks of ${base.factorSet_code!} (remediation agent)`, 'usual secondary factors raised by the remediation policy\'s uplift while a supplier has not answered a data request',
    { currency_code: usualSet?.currency_code, currencyYear: usualSet?.currencyYear, priceBasis: usualSet?.priceBasis, gwpSet: usualSet?.gwpSet })
  const factorId = `${set}/${request.ID as string}`.slice(0, 80)
  await INSERT.into(EmissionFactors).entries({
    ID: factorId, factorSet_code: set, code: (request.ID as string).slice(0, 40), description: `Conservative fallback: ${base.description ?? base.ID!} +${policy.fallbackUplift * 100} % (no answer to request ${request.ID as string})`.slice(0, 1000),
    unit_code: base.unit_code, currency_code: base.currency_code, value, region_code: base.region_code, year: base.year, validFrom: base.validFrom, basis_code: base.basis_code, uncertainty,
    dqTechnological: base.dqTechnological, dqTemporal: base.dqTemporal, dqGeographical: base.dqGeographical, dqCompleteness: base.dqCompleteness, dqReliability: 5,
    supplier_ID: request.supplier_ID, material_ID: request.material_ID, sourceScope: base.sourceScope, sourcePath: `fallback of ${base.ID!}`
  } as any)
  const used = await SELECT.one.from(Attributions).columns('category_code', 'method_code').where({ factor_ID: base.ID, supersededBy_ID: null })
  const rule = await newRuleVersion(`FB-${request.supplier_ID as string}-${(request.material_ID ?? request.materialGroup_code) as string}`, {
    name: `Conservative fallback for supplier ${request.supplier_ID as string} while request ${request.ID as string} is unanswered`,
    supplier_ID: request.supplier_ID, material_ID: request.material_ID, materialGroup_code: request.materialGroup_code,
    category_code: used?.category_code ?? 1, method_code: used?.method_code ?? 'spend-based', factor_ID: factorId
  })
  await UPDATE(SupplierDataRequests, request.ID).with({ fallbackFactor_ID: factorId, fallbackRule_ID: rule, fallbackUncertainty: uncertainty } as any) // (a decimal as exact text)
}

async function ensureSet (code: string, title: string, citation: string, extra: Record<string, unknown> = {}): Promise<void> {
  if (await SELECT.one.from(FactorSets, code)) return
  await INSERT.into(FactorSets).entries({ code, title, publisher: 'this company', version: '1', citation, status_code: 'published', importedAt: new Date().toISOString(), ...extra } as any)
}

/** A rule's next version, the active one before it switched off (as every rule change: attributions keep their version). */
async function newRuleVersion (ruleKey: string, rule: Record<string, unknown>): Promise<string> {
  const last = await SELECT.one.from(AttributionRules).columns('version').where({ ruleKey }).orderBy('version desc')
  await UPDATE(AttributionRules).set({ active: false }).where({ ruleKey, active: true })
  const ID = cds.utils.uuid()
  await INSERT.into(AttributionRules).entries({ ID, ruleKey, version: (last?.version ?? 0) + 1, priority: 0, validFrom: '2000-01-01', active: true, ...rule } as any)
  return ID
}

/** The lines of requests' gaps: the supplier's lines of the material, or of the group without a material. */
async function linesOf (requests: any[]): Promise<string[]> {
  const ids: string[] = []
  for (const r of requests) {
    const where = r.material_ID ? { supplier_ID: r.supplier_ID, material_ID: r.material_ID } : { supplier_ID: r.supplier_ID, materialGroup_code: r.materialGroup_code, material_ID: null }
    ids.push(...(await SELECT.from(Activities).columns('ID').where(where)).map(a => a.ID!))
  }
  return [...new Set(ids)]
}

export interface ImportOptions { origin?: 'supplier' | 'own', supplier?: string | null, material?: string | null, request?: string | null }
export interface ImportReport { imported: number, unchanged: number, footprints: string[], recomputed: number }

/**
 * Imports PACT footprints (srv/lib/pact.ts). A supplier's footprint names its supplier (the request's, the one given,
 * or its company id in the buyer's namespace) and its product (likewise, a material, or the request's material
 * group); an active one becomes the supplier-specific factor of that product, by a new version of its rule
 * `PCF-<supplier>-<product>`, and answers the open request for it (whose conservative fallback ends). Footprints it
 * names as preceding are deprecated. The same footprint twice changes nothing; a changed footprint under a known id
 * is refused (PACT gives a changed footprint a new id). The company's own footprints are kept for export.
 * All or nothing: the first problem throws, and the caller's transaction rolls back.
 */
export async function importFootprints (text: string, options: ImportOptions, user: string): Promise<ImportReport> {
  const { footprints, problems } = parseFootprints(text)
  if (problems.length) throw new PactDocumentError(problems)
  const origin = options.origin ?? 'supplier'
  const request = options.request ? await SELECT.one.from(SupplierDataRequests, options.request).forUpdate() : undefined
  if (options.request && !request) throw new FootprintError(404, `no supplier data request ${options.request}`, 'request')
  if (request && !OPEN.includes(request.status!)) throw new FootprintError(409, `the request is ${request.status ?? ''}: it takes no answer`, 'request')
  const report: ImportReport = { imported: 0, unchanged: 0, footprints: [], recomputed: 0 }
  const touched: any[] = []
  for (const [i, f] of footprints.entries()) {
    const at = footprints.length > 1 ? `[${i}].` : ''
    const documentHash = hashOf(f.document)
    const known = await SELECT.one.from(ProductFootprints).columns('ID', 'documentHash', 'origin').where({ ID: f.id.toLowerCase() })
    report.footprints.push(f.id.toLowerCase())
    if (known?.documentHash === documentHash) { report.unchanged++; continue }
    if (known) throw new FootprintError(409, `footprint ${f.id} is known with other values: a changed footprint comes with a new id that names this one in precedingPfIds`, `${at}id`)
    const row: Record<string, unknown> = columnsOf(f, documentHash, origin)
    if (origin === 'supplier') {
      const supplier = request?.supplier_ID ?? options.supplier ?? await knownId(Suppliers, productCodesIn(f.companyIds, BUYER))
      if (!supplier || !await SELECT.one.from(Suppliers, supplier)) throw new FootprintError(400, `the footprint names no supplier of ours: no companyIds entry in the ${BUYER} namespace matches a supplier; name the supplier`, `${at}companyIds`)
      const material = request ? request.material_ID : options.material ?? await knownId(Materials, productCodesIn(f.productIds, BUYER))
      const materialGroup = request && !request.material_ID ? request.materialGroup_code : null
      if (!material && !materialGroup) throw new FootprintError(400, `the footprint names no material of ours: no productIds entry in the ${BUYER} namespace matches a material; name the material`, `${at}productIds`)
      Object.assign(row, { supplier_ID: supplier, material_ID: material ?? null, materialGroup_code: materialGroup, request_ID: request?.ID ?? null })
      if (f.status === 'Active') Object.assign(row, await asFactor(f, row, at))
      touched.push(row)
    }
    await INSERT.into(ProductFootprints).entries(row as any)
    if (f.precedingPfIds.length) await UPDATE(ProductFootprints).set({ status: 'Deprecated' }).where({ ID: { in: f.precedingPfIds.map(p => p.toLowerCase()) }, origin })
    if (origin === 'own') await keepAsMaintained(f)
    const inputs = { footprint: f.id, documentHash, origin, supplier: row.supplier_ID ?? null, material: row.material_ID ?? null, request: request?.ID ?? null }
    await INSERT.into(AgentDecisions).entries({
      ID: cds.utils.uuid(), agent: AGENT, decision: 'import', subject: f.id.toLowerCase(), confidence: '1.00', logicVersion: LOGIC_VERSION, inputs: JSON.stringify(inputs), inputHash: hashOf(inputs),
      reason: `PACT footprint ${f.id} (${f.productNameCompany}, ${f.pcfExcludingBiogenicUptake} kg CO2e per ${f.declaredUnit}) imported by ${user}`.slice(0, 500), dryRun: false, decidedAt: new Date().toISOString(), decidedBy: user
    } as any)
    await appendLog({ action: 'ruleChange', subject: `PACT footprint ${f.id}`, details: `${origin} footprint imported${row.rule_ID ? ' as supplier-specific factor' : ''}`, inputs })
    report.imported++
  }
  if (request && touched.length) {
    await closeRequest(request, { status: 'answered', answeredAt: new Date().toISOString(), footprint_ID: touched[0].ID })
  }
  // open requests the footprints answer without naming them: answered too, their fallbacks end
  for (const row of touched.filter(t => t.rule_ID && !request)) {
    const answered = await SELECT.from(SupplierDataRequests).where({ supplier_ID: row.supplier_ID, material_ID: row.material_ID ?? null, materialGroup_code: row.materialGroup_code ?? null, status: { in: OPEN } })
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
async function keepAsMaintained (f: PactFootprint): Promise<void> {
  const preceding = f.precedingPfIds.map(p => p.toLowerCase())
  if (preceding.length) await UPDATE(OwnFootprints).set({ status: 'deprecated' }).where({ ID: { in: preceding } })
  if (await SELECT.one.from(OwnFootprints).columns('ID').where({ ID: f.id.toLowerCase() })) return
  const predecessor = preceding.length ? await SELECT.one.from(OwnFootprints).columns('ID', 'version').where({ ID: { in: preceding } }).orderBy('version desc') : undefined
  await INSERT.into(OwnFootprints).entries({
    ...sheetOf(f), ID: f.id.toLowerCase(), status: f.status === 'Active' ? 'published' : 'deprecated', version: (predecessor?.version ?? 0) + 1,
    predecessor_ID: predecessor?.ID ?? null, publishedAt: f.created
  } as any)
}

/** A person cancels an open request, with a reason; its fallback ends. */
export async function cancelRequest (ID: string, reason: string): Promise<void> {
  const r = await SELECT.one.from(SupplierDataRequests, ID).forUpdate()
  if (!r) throw new FootprintError(404, `no supplier data request ${ID}`, 'ID')
  if (!OPEN.includes(r.status!)) throw new FootprintError(409, `the request is ${r.status ?? ''}: it cannot be cancelled`, 'status')
  await closeRequest(r, { status: 'cancelled', comment: reason.slice(0, 500) })
}

/** A request answered or cancelled: its new status, and the end of its conservative fallback (the rule switched off). */
async function closeRequest (request: { ID?: string, fallbackRule_ID?: string | null }, changes: Record<string, unknown>): Promise<void> {
  await UPDATE(SupplierDataRequests, request.ID!).with(changes)
  if (request.fallbackRule_ID) await UPDATE(AttributionRules, request.fallbackRule_ID).with({ active: false })
}

/** The first of the codes that is the key of a row of the entity. */
async function knownId (entity: any, codes: string[]): Promise<string | undefined> {
  for (const code of codes) if (await SELECT.one.from(entity, code)) return code
  return undefined
}

function columnsOf (f: PactFootprint, documentHash: string, origin: string): Record<string, unknown> {
  return {
    ID: f.id.toLowerCase(), origin, specVersion: f.specVersion, status: f.status, created: f.created, validityPeriodStart: f.validityPeriodStart ?? null, validityPeriodEnd: f.validityPeriodEnd ?? null,
    companyName: f.companyName.slice(0, 200), productNameCompany: f.productNameCompany.slice(0, 200), productDescription: f.productDescription.slice(0, 1000),
    productIds: f.productIds.join(' ').slice(0, 2000), companyIds: f.companyIds.join(' ').slice(0, 2000), declaredUnit: f.declaredUnit, declaredUnitAmount: f.declaredUnitAmount,
    productMassPerDeclaredUnit: f.productMassPerDeclaredUnit, referencePeriodStart: f.referencePeriodStart, referencePeriodEnd: f.referencePeriodEnd, geography: f.geography ?? null,
    pcfExcludingBiogenicUptake: f.pcfExcludingBiogenicUptake, pcfIncludingBiogenicUptake: f.pcfIncludingBiogenicUptake, fossilGhgEmissions: f.fossilGhgEmissions,
    primaryDataShare: f.primaryDataShare ?? null, technologicalDQR: f.technologicalDQR ?? null, temporalDQR: f.temporalDQR ?? null, geographicalDQR: f.geographicalDQR ?? null,
    document: JSON.stringify(f.document), documentHash, ...validityOf(f),
    // (the validation refuses an id listed twice)
    identifiers: [...f.productIds.map(urn => ({ idType: 'product', urn })), ...f.companyIds.map(urn => ({ idType: 'company', urn })), ...f.productClassifications.map(urn => ({ idType: 'classification', urn }))]
  }
}

/**
 * A supplier's active footprint as factor: kg CO2e (excluding biogenic uptake) per declared unit, in the app's unit of
 * it, which must measure what the material is counted in; its pedigree from the footprint's DQRs; and the rule that
 * points the supplier's lines of the product to it.
 */
async function asFactor (f: PactFootprint, row: Record<string, unknown>, at: string): Promise<{ factor_ID: string, rule_ID: string }> {
  const unit = UNIT_OF[f.declaredUnit]
  if (!unit) throw new FootprintError(400, `the declared unit ${f.declaredUnit} is no unit purchases are counted in here (${Object.keys(UNIT_OF).join(', ')})`, `${at}pcf.declaredUnitOfMeasurement`)
  if (row.material_ID) {
    const material = await SELECT.one.from(Materials, row.material_ID as string).columns('baseUnit')
    const { units } = await engineContext()
    const measures = units.find(unit)?.dimension
    const counted = material?.baseUnit ? units.find(material.baseUnit)?.dimension : undefined
    if (counted && measures !== counted) throw new FootprintError(400, `the declared unit ${f.declaredUnit} does not measure material ${row.material_ID as string}, which is counted in ${material!.baseUnit!} (${counted})`, `${at}pcf.declaredUnitOfMeasurement`)
  }
  await ensureSet(PACT_SET, 'Supplier product footprints (PACT)', 'product carbon footprints suppliers provided in the PACT v3 data model')
  const factorId = `${PACT_SET}/${f.id.toLowerCase()}`
  const country = f.geography && /^[A-Z]{2}$/.test(f.geography) ? f.geography : null
  await INSERT.into(EmissionFactors).entries({
    ID: factorId, factorSet_code: PACT_SET, code: f.id.toLowerCase(), family: `pcf:${row.supplier_ID as string}:${(row.material_ID ?? row.materialGroup_code) as string}`,
    description: `${f.companyName}: ${f.productNameCompany}, PACT footprint ${f.id}`.slice(0, 1000), unit_code: unit, value: f.pcfExcludingBiogenicUptake,
    region_code: country, year: Number(f.referencePeriodEnd.slice(0, 4)), validFrom: (f.validityPeriodStart ?? f.referencePeriodStart).slice(0, 10), validTo: f.validityPeriodEnd?.slice(0, 10) ?? null,
    basis_code: 'location', ...pedigreeOf(f), supplier_ID: row.supplier_ID, material_ID: row.material_ID ?? null, sourceScope: 'PACT', sourcePath: `PACT ${f.specVersion} footprint ${f.id}`
  } as any)
  const product = (row.material_ID ?? row.materialGroup_code) as string
  const rule = await newRuleVersion(`PCF-${row.supplier_ID as string}-${product}`.slice(0, 40), {
    name: `${f.companyName}: ${f.productNameCompany} (PACT footprint)`.slice(0, 120), supplier_ID: row.supplier_ID, material_ID: row.material_ID ?? null,
    materialGroup_code: row.material_ID ? null : row.materialGroup_code, category_code: 1, method_code: 'supplier-specific', factor_ID: factorId, priority: 10
  })
  return { factor_ID: factorId, rule_ID: rule }
}

/** The company's own footprints as PACT list response `{ data: [...] }`, each as imported, with its current status. */
export async function exportFootprints (): Promise<{ data: unknown[] }> {
  const rows = await SELECT.from(ProductFootprints).columns('document', 'status').where({ origin: 'own' }).orderBy('ID')
  return { data: rows.map(r => ({ ...JSON.parse(r.document!), status: r.status })) }
}

export class FootprintError extends Error {
  constructor (readonly status: number, message: string, readonly target: string) { super(message) }
}

export class PactDocumentError extends FootprintError {
  constructor (readonly problems: PactProblem[]) {
    super(400, `The PACT document has ${problems.length} problem(s): ${problems.slice(0, 5).map(p => `${p.path || 'document'} ${p.message}`).join('; ')}${problems.length > 5 ? '; ...' : ''}`, problems[0].path || 'document')
  }
}
