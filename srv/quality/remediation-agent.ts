import cds from '@sap/cds'
import {
  AgentDecisions,
  AgentRuns,
  Agents,
  Attributions,
  EmissionFactors,
  FactorSets,
  PactClients,
  SupplierContacts,
  SupplierDataRequests
} from '#cds-models/scope3'
import {
  conservativeFactor,
  dueAction,
  gapKey,
  gapsToRequest,
  rankGaps,
  DEFAULT_POLICY,
  LOGIC_VERSION,
  type Gap,
  type RemediationPolicy
} from '../lib/quality/remediation-policy'
import { appendLog, hashOf } from '../common/calculation-log'
import { insertRows } from '../common/database'
import { recompute } from '../attribution/attribute-lines'
import { closeRequest, ensureSet, linesOf, newRuleVersion, FootprintError, BUYER, OPEN } from '../pact/supplier-footprints'

/**
 * The remediation agent: it asks suppliers for better data where the gaps matter most (srv/lib/quality/remediation-policy.ts
 * ranks them), escalates unanswered requests and puts a conservative fallback in place until the footprint comes. The
 * supplier's answer is imported by srv/pact/supplier-footprints.ts, which ends the request and its fallback.
 */
const LOG = cds.log('remediation')
export const AGENT = 'remediation'
/** the factor sets (one per set of usual factors) the conservative fallbacks are kept in */
const FALLBACK_SET = 'CONSERVATIVE-FALLBACK'

export interface RemediationReport {
  ID: string
  dryRun: boolean
  gaps: number
  requested: number
  escalated: number
  fallbacks: number
  decisionsHash: string
}

/**
 * One run of the remediation agent, in the caller's transaction: ranks the gaps (srv/lib/quality/remediation-policy.ts), raises
 * requests for the first ones its policy allows (sent at once where the policy lets it send alone, else proposed to a
 * person), escalates sent requests past due, and for escalated ones still unanswered puts a conservative factor in
 * place (the lines' usual factor raised by the policy's uplift, with that uncertainty) until the footprint comes.
 * Every decision is logged; a dry run logs and changes nothing. Runs wait for each other (the agent row is locked).
 */
export async function runRemediation(trigger: 'schedule' | 'manual'): Promise<RemediationReport | undefined> {
  const agent = await SELECT.one.from(Agents, AGENT).forUpdate()
  if (!agent?.enabled) return undefined
  const policy: RemediationPolicy = { ...DEFAULT_POLICY, ...JSON.parse(agent.policy ?? '{}') }
  const dryRun = agent.dryRun === true
  const user = cds.context?.user?.id ?? 'system'
  const run = {
    ID: cds.utils.uuid(),
    agent_code: AGENT,
    trigger,
    dryRun,
    status: 'running',
    startedAt: new Date().toISOString(),
    startedBy: user
  }
  const today = run.startedAt.slice(0, 10)
  const ranked = rankGaps(await gapLines())
  const byKey = new Map(ranked.map(g => [gapKey(g), g]))
  const open = await SELECT.from(SupplierDataRequests)
    .where({ status: { in: OPEN } })
    .orderBy('createdAt', 'ID')
  const openKeys = new Set(
    open.map(r => gapKey({ supplier: r.supplier_ID!, material: r.material_ID, materialGroup: r.materialGroup_code }))
  )
  const decisions: any[] = []
  const decide = (decision: 'request' | 'escalate' | 'fallback', subject: string, reason: string, inputs: unknown): void => {
    decisions.push({
      ID: cds.utils.uuid(),
      run_ID: run.ID,
      agent: AGENT,
      decision,
      subject,
      confidence: '1.00',
      logicVersion: LOGIC_VERSION,
      inputs: JSON.stringify(inputs),
      inputHash: hashOf(inputs),
      reason: reason.slice(0, 500),
      dryRun,
      decidedAt: run.startedAt,
      decidedBy: user
    })
  }
  const requests: any[] = []
  for (const gap of gapsToRequest(ranked, openKeys, policy)) {
    const ID = cds.utils.uuid()
    const what = gap.material ? `material ${gap.material}` : `material group ${gap.materialGroup ?? ''}`
    decide(
      'request',
      ID,
      `${what} of supplier ${gap.supplier}: ${gap.kgCO2e} kg CO2e at data quality ${gap.dqScore}, priority ${gap.priority} (rank ${ranked.indexOf(gap) + 1})`,
      { gap, rank: ranked.indexOf(gap) + 1, policy }
    )
    requests.push({
      ID,
      supplier_ID: gap.supplier,
      material_ID: gap.material,
      materialGroup_code: gap.material ? null : gap.materialGroup,
      referenceYear: gap.referenceYear,
      dueDate: addDays(today, policy.dueDays),
      status: policy.autoSend ? 'sent' : 'proposed',
      kgCO2e: gap.kgCO2e,
      dqScore: gap.dqScore,
      priority: gap.priority,
      lines: gap.lines,
      raisedBy: AGENT,
      escalations: 0,
      ...(policy.autoSend ? { sentAt: run.startedAt, sentBy: AGENT } : {})
    })
  }
  let escalated = 0
  const fallbacks: Array<{ request: any; gap: Gap }> = []
  for (const r of open) {
    const action = dueAction({ ID: r.ID!, status: r.status!, dueDate: r.dueDate!, fallbackRule: r.fallbackRule_ID }, today, policy)
    if (action === 'escalate') {
      escalated++
      decide(
        'escalate',
        r.ID!,
        `due ${r.dueDate!}, unanswered ${policy.escalateAfterDays} day(s) after: escalated to the buyer and the supplier's contact`,
        { request: r.ID, dueDate: r.dueDate, today, policy }
      )
      if (!dryRun)
        await UPDATE(SupplierDataRequests, r.ID!).with({
          status: 'escalated',
          escalations: (r.escalations ?? 0) + 1,
          escalatedAt: run.startedAt
        })
    } else if (action === 'fallback') {
      const gap = byKey.get(gapKey({ supplier: r.supplier_ID!, material: r.material_ID, materialGroup: r.materialGroup_code }))
      if (!gap?.factor) continue
      decide(
        'fallback',
        r.ID!,
        `due ${r.dueDate!}, unanswered ${policy.fallbackAfterDays} day(s) after: factor ${gap.factor} raised by ${policy.fallbackUplift * 100} % until the footprint comes`,
        { request: r.ID, factor: gap.factor, policy }
      )
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
  await INSERT.into(AgentRuns).entries({
    ...run,
    status: 'succeeded',
    finishedAt: new Date().toISOString(),
    linesChecked: ranked.reduce((n, g) => n + g.lines, 0),
    raised: requests.length,
    resolved: 0,
    kept: open.length,
    decisionsHash,
    message
  } as any)
  await insertRows(AgentDecisions, decisions)
  await appendLog({
    action: 'agentRun',
    subject: `${AGENT} agent run (${trigger}${dryRun ? ', dry run' : ''})`,
    details: message,
    inputs: { agent: AGENT, logicVersion: LOGIC_VERSION, policy },
    outputs: decisionsHash
  })
  if (!dryRun && fallbacks.length) await recompute(await linesOf(fallbacks.map(f => f.request)))
  LOG.info(`${trigger} run: ${message}${dryRun ? ' (dry run)' : ''}`)
  return { ID: run.ID, dryRun, gaps: ranked.length, requested: requests.length, escalated, fallbacks: fallbacks.length, decisionsHash }
}

/** The current figures of the purchased lines with a supplier (no derived transport lines, no reversals). */
async function gapLines(): Promise<any[]> {
  return await SELECT.from(Attributions)
    .columns((a: any) => {
      a.activity.supplier_ID.as('supplier')
      a.activity.material_ID.as('material')
      a.activity.materialGroup_code.as('materialGroup')
      a.method_code.as('method')
      a.kgCO2eLocation.as('kgCO2e')
      a.dqScore
      a.fiscalYear
      a.factor_ID.as('factor')
    })
    .where({
      supersededBy_ID: null,
      isReversal: { '!=': true },
      'activity.derivedFrom_ID': null,
      'activity.supplier_ID': { '!=': null }
    } as any)
}

const addDays = (date: string, days: number): string => new Date(Date.parse(date) + days * 86400000).toISOString().slice(0, 10)

/** A person sends a proposed request (or the agent one it may send alone): the PACT request event is made and kept. */
export async function sendRequest(ID: string, user: string): Promise<void> {
  const r = await SELECT.one.from(SupplierDataRequests, ID).forUpdate()
  if (!r) throw new FootprintError(404, `no supplier data request ${ID}`, 'ID')
  if (r.status !== 'proposed') throw new FootprintError(409, `the request is ${r.status ?? ''}: only a proposed request is sent`, 'status')
  await UPDATE(SupplierDataRequests, ID).with({ status: 'sent', sentAt: new Date().toISOString(), sentBy: user, ...(await dispatch(r)) })
}

/**
 * A request on its way: as PACT RequestCreatedEvent to the supplier's PACT API when the supplier is a PACT partner
 * (a client of ours with a destination, srv/pact/pact-exchange.ts), through CAP's persistent queue in this transaction;
 * otherwise the event is kept for the buyer to pass on. The supplier's answer names the event id: the request's ID.
 */
async function dispatch(r: any): Promise<{ requestEvent: string; pactClient_clientId: string | null }> {
  const event = await requestEvent(r)
  const partner = await SELECT.one
    .from(PactClients)
    .columns('clientId')
    .where({ supplier_ID: r.supplier_ID, active: true, destination: { '!=': null } })
  if (partner) await cds.queued(await cds.connect.to('PactService')).send('deliver', { client: partner.clientId, event })
  return { requestEvent: JSON.stringify(event), pactClient_clientId: partner?.clientId ?? null }
}

/**
 * The request as PACT v3 CloudEvent (RequestCreatedEvent): the product and company by the ids the buyer assigned,
 * the year and due date in the comment, addressed to the supplier's primary contact.
 */
async function requestEvent(r: any): Promise<Record<string, unknown>> {
  const contact = await SELECT.one
    .from(SupplierContacts)
    .columns('email')
    .where({ supplier_ID: r.supplier_ID })
    .orderBy('isPrimary desc', 'lastName')
  return {
    specversion: '1.0',
    id: r.ID,
    type: 'org.wbcsd.pact.ProductFootprint.RequestCreatedEvent.3',
    source: 'urn:scope3-s4:remediation',
    time: new Date().toISOString(),
    data: {
      productId: [
        r.material_ID
          ? `urn:pact:product-id:${BUYER}:${r.material_ID as string}`
          : `urn:pact:product-classification:${BUYER}:material-group:${r.materialGroup_code as string}`
      ],
      companyId: [`urn:pact:company-id:${BUYER}:${r.supplier_ID as string}`],
      comment: `Product carbon footprint for ${(r.referenceYear as number) ?? 'the current year'}, requested by ${r.dueDate as string}${contact?.email ? ` (to ${contact.email})` : ''}`
    }
  }
}

/**
 * The conservative stand-in: a factor of its own (the usual one raised by the uplift, its uncertainty recorded) and a
 * rule for the gap's lines.
 */
async function applyFallback(request: any, gap: Gap, policy: RemediationPolicy): Promise<void> {
  const base = await SELECT.one.from(EmissionFactors, gap.factor!)
  if (!base) return
  const { value, uncertainty } = conservativeFactor(base.value!, policy)
  // a fallback set per set of usual factors: spend factors are per currency of the set's price year
  const set = `${FALLBACK_SET}-${base.factorSet_code!}`.slice(0, 40)
  const usualSet = await SELECT.one.from(FactorSets, base.factorSet_code!)
  await ensureSet(
    set,
    `Conservative fallbacks of ${base.factorSet_code!} (remediation agent)`,
    "usual secondary factors raised by the remediation policy's uplift while a supplier has not answered a data request",
    {
      currency_code: usualSet?.currency_code,
      currencyYear: usualSet?.currencyYear,
      priceBasis: usualSet?.priceBasis,
      gwpSet: usualSet?.gwpSet
    }
  )
  const factorId = `${set}/${request.ID as string}`.slice(0, 80)
  await INSERT.into(EmissionFactors).entries({
    ID: factorId,
    factorSet_code: set,
    code: (request.ID as string).slice(0, 40),
    description:
      `Conservative fallback: ${base.description ?? base.ID!} +${policy.fallbackUplift * 100} % (no answer to request ${request.ID as string})`.slice(
        0,
        1000
      ),
    unit_code: base.unit_code,
    currency_code: base.currency_code,
    value,
    region_code: base.region_code,
    year: base.year,
    validFrom: base.validFrom,
    basis_code: base.basis_code,
    uncertainty,
    dqTechnological: base.dqTechnological,
    dqTemporal: base.dqTemporal,
    dqGeographical: base.dqGeographical,
    dqCompleteness: base.dqCompleteness,
    dqReliability: 5,
    supplier_ID: request.supplier_ID,
    material_ID: request.material_ID,
    sourceScope: base.sourceScope,
    sourcePath: `fallback of ${base.ID!}`
  } as any)
  const used = await SELECT.one
    .from(Attributions)
    .columns('category_code', 'method_code')
    .where({ factor_ID: base.ID, supersededBy_ID: null })
  const rule = await newRuleVersion(
    `FB-${request.supplier_ID as string}-${(request.material_ID ?? request.materialGroup_code) as string}`,
    {
      name: `Conservative fallback for supplier ${request.supplier_ID as string} while request ${request.ID as string} is unanswered`,
      supplier_ID: request.supplier_ID,
      material_ID: request.material_ID,
      materialGroup_code: request.materialGroup_code,
      category_code: used?.category_code ?? 1,
      method_code: used?.method_code ?? 'spend-based',
      factor_ID: factorId
    }
  )
  await UPDATE(SupplierDataRequests, request.ID).with({
    fallbackFactor_ID: factorId,
    fallbackRule_ID: rule,
    fallbackUncertainty: uncertainty
  } as any) // (a decimal as exact text)
}

/** A person cancels an open request, with a reason; its fallback ends. */
export async function cancelRequest(ID: string, reason: string): Promise<void> {
  const r = await SELECT.one.from(SupplierDataRequests, ID).forUpdate()
  if (!r) throw new FootprintError(404, `no supplier data request ${ID}`, 'ID')
  if (!OPEN.includes(r.status!)) throw new FootprintError(409, `the request is ${r.status ?? ''}: it cannot be cancelled`, 'status')
  await closeRequest(r, { status: 'cancelled', comment: reason.slice(0, 500) })
}
