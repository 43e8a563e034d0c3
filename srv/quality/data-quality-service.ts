import cds from '@sap/cds'
import { Activities, AgentDecisions, Agents, Attributions, Findings, ProductFootprints } from '#cds-models/scope3'
import { runDataQuality, AGENT } from './data-quality-agent'
import { DEFAULT_POLICY, FINDING_TYPES } from '../lib/quality/quality-checks'
import { appendLog, hashOf } from '../common/calculation-log'
import { entriesOf, isUniqueViolation } from '../common/database'
import { acceptMapping, rejectMapping, suggestIndustries, MappingError } from './industry-mapping'
import { recompute } from '../attribution/attribute-lines'
import { runRemediation, sendRequest, cancelRequest, AGENT as REMEDIATION } from './remediation-agent'
import { importFootprints, exportFootprints, FootprintError, PactDocumentError } from '../pact/supplier-footprints'
import { policyProblems } from '../lib/quality/remediation-policy'
import { settings } from '../common/settings'
import { countThrough, countTile } from '../common/launchpad-tiles'
import { draftEventOf, rejectWithErrors, targetId, targetKeys } from '../common/requests'
import * as quality from '#cds-models/DataQualityService'

const LOG = cds.log('data-quality')
/** the agent whose policy gates waivers */
const POLICY_AGENT = 'policy'
const POLICY_VERSION = 'policy-1.0.0'

export class DataQualityService extends cds.ApplicationService {
  async init(): Promise<void> {
    this.agentsComeWithTheApp()
    this.appendOnlyDecisions()
    this.agentRuns()
    this.policyValidation()
    this.newFigures()
    this.scheduledRuns()
    this.waivers()
    this.factorMapping()
    this.remediation()
    this.launchpadTiles()
    return super.init()
  }

  /** The launchpad tiles of the Worklist and of Supplier Data Requests: what waits for someone, as the user may see it. */
  launchpadTiles(): void {
    const count = async (entity: string, status: string[]): Promise<number> =>
      await countThrough(this, SELECT.one.from(this.entities[entity]).where({ status: { in: status } }))
    this.on(quality.openFindingsTile, async () => {
      const open = await count('Findings', ['open', 'waiverRequested'])
      return countTile(open, open === 1 ? 'finding to work on' : 'findings to work on')
    })
    this.on(quality.openSupplierRequestsTile, async () => {
      const open = await count('SupplierDataRequests', ['proposed', 'sent', 'escalated'])
      return countTile(open, open === 1 ? 'request waiting for an answer' : 'requests waiting for an answer')
    })
  }

  /** Nobody creates or deletes an agent (405, ahead of the input checks: a wrong body is no reason to say 400). */
  agentsComeWithTheApp(): void {
    const refuse = Object.assign(
      (req: cds.Request) => req.reject(405, 'agents come with the app: they are switched off, not deleted, and none is created'),
      { _initial: true }
    )
    this.prepend(() => {
      // (a draft of an agent is discarded as usual)
      for (const target of [this.entities.Agents, this.entities.Agents.drafts] as any[]) this.before(['NEW', 'CREATE'], target, refuse)
      this.before('DELETE', this.entities.Agents, refuse)
    })
  }

  /** Decisions are evidence: the database refuses to change or delete them, whatever the code path. */
  appendOnlyDecisions(): void {
    cds.db.before(['UPDATE', 'DELETE', 'UPSERT'], AgentDecisions, (req: cds.Request) =>
      req.reject(409, 'agent decisions are never changed or deleted')
    )
  }

  /** Admins run an agent on demand (its switch and dry-run mode apply). */
  agentRuns(): void {
    this.on(quality.Agent.actions.run, 'Agents', async req => {
      const { code } = targetKeys(req)
      if (code === REMEDIATION) {
        const report = await runRemediation('manual')
        if (!report) return req.reject(409, `the ${REMEDIATION} agent is switched off: switch it on first`, 'enabled')
        return await SELECT.one.from(this.entities.AgentRuns, report.ID)
      }
      if (code !== AGENT)
        return req.reject(400, `agent ${String(code)} has no run of its own: it decides when asked (e.g. on a waiver)`, 'code')
      let report
      try {
        report = await runDataQuality('manual')
      } catch (e) {
        // another writer took a finding the run was about to raise: nothing of the run is kept
        if (isUniqueViolation(e))
          return req.reject(409, 'the findings changed while the agent ran; nothing of the run was kept: run it again')
        throw e
      }
      if (!report) return req.reject(409, `the ${AGENT} agent is switched off: switch it on first`, 'enabled')
      return await SELECT.one.from(this.entities.AgentRuns, report.ID)
    })
  }

  /** A policy is a JSON object of the agent's known settings, each a number (or, for `blocking`, a list of finding types). */
  policyValidation(): void {
    this.before(['CREATE', 'UPDATE'], this.entities.Agents, (req: cds.Request) => {
      if (req.data.policy === undefined) return
      const target = `${draftEventOf(req)?.startsWith('draft') === true ? 'in/' : ''}policy`
      let policy: any
      try {
        policy = JSON.parse(req.data.policy ?? '{}')
      } catch {
        return req.error(400, 'The policy is not valid JSON', target)
      }
      const known =
        req.data.code === 'policy' || req.params.at(-1)?.code === 'policy' ? ['waiverMaterialityKg'] : Object.keys(DEFAULT_POLICY)
      if (typeof policy !== 'object' || policy === null || Array.isArray(policy))
        return req.error(400, 'The policy is a JSON object', target)
      if ((req.data.code ?? req.params.at(-1)?.code) === REMEDIATION) {
        for (const p of policyProblems(policy)) req.error(400, `The policy's ${p.message}`, target)
        return
      }
      for (const [key, value] of Object.entries(policy)) {
        if (!known.includes(key)) req.error(400, `The policy has no setting ${key} (it knows ${known.join(', ')})`, target)
        else if (
          key === 'blocking'
            ? !Array.isArray(value) || value.some(v => !FINDING_TYPES.includes(v))
            : typeof value !== 'number' || !(value > 0)
        ) {
          req.error(
            400,
            key === 'blocking' ? `blocking lists finding types of ${FINDING_TYPES.join(', ')}` : `${key} is a positive number`,
            target
          )
        }
      }
    })
  }

  /**
   * New or changed figures are checked as they are stored: every insert of attributions queues a check of their
   * activities (CAP's persistent queue, in the same transaction: nothing is queued for figures that roll back).
   */
  newFigures(): void {
    cds.db.after('CREATE', Attributions, async (_: unknown, req: cds.Request) => {
      if (!settings().dataQuality.onEvents) return
      const activities = [
        ...new Set(
          entriesOf(req.query, req.data)
            .map(e => e.activity_ID)
            .filter(Boolean)
        )
      ] as string[]
      if (activities.length) await cds.queued(this).send('checkActivities', { activities })
    })
    this.on('checkActivities', async (req: cds.Request) => {
      await runDataQuality('event', req.data.activities)
    })
  }

  /** The whole data set is checked on a schedule as well (scope3.dataQuality.every). */
  scheduledRuns(): void {
    const every = settings().dataQuality.every
    this.on('checkAll', async () => {
      await runDataQuality('schedule')
    })
    if (every) cds.once('served', () => (this.schedule('checkAll') as any).after(every).every(every).asTask('data-quality'))
    const remediateEvery = settings().remediation.every
    this.on('remediate', async () => {
      await runRemediation('schedule')
    })
    if (remediateEvery)
      cds.once('served', () => (this.schedule('remediate') as any).after(remediateEvery).every(remediateEvery).asTask('remediation'))
  }

  /**
   * The policy agent's gate on waivers: a finding on a line whose kg CO2e exceed the policy's materiality threshold is
   * waived only by an approver who did not request it; below, the waiver takes effect at once. Each decision is logged.
   */
  waivers(): void {
    const { Findings: worklist } = this.entities
    this.on(quality.Finding.actions.waive, 'Findings', async req => {
      const finding = await this.findingOf(req, ['open'])
      const policy = await SELECT.one.from(Agents, POLICY_AGENT)
      const threshold = Number(JSON.parse(policy?.policy ?? '{}').waiverMaterialityKg ?? 1000)
      const kg = Number(finding.kgCO2e ?? 0)
      const material = policy?.enabled === true && kg > threshold
      const now = new Date().toISOString()
      const reason = String(req.data.reason)
      if (material) {
        await UPDATE(Findings, finding.ID).with({
          status: 'waiverRequested',
          waiverReason: reason,
          waiverRequestedBy: req.user.id,
          waiverRequestedAt: now
        })
        await policyDecision('block', finding, `${kg} kg CO2e exceed the materiality of ${threshold} kg: the waiver goes to an approver`, {
          kgCO2e: kg,
          threshold,
          reason,
          requestedBy: req.user.id
        })
        req.info(
          `The line holds ${kg} kg CO2e, more than the ${threshold} kg the policy lets one person waive: an approver decides on the waiver.`
        )
      } else {
        await UPDATE(Findings, finding.ID).with({
          status: 'waived',
          waiverReason: reason,
          waiverRequestedBy: req.user.id,
          waiverRequestedAt: now,
          waivedBy: req.user.id,
          waivedAt: now
        })
        await policyDecision(
          'approve',
          finding,
          policy?.enabled === true
            ? `${kg} kg CO2e within the materiality of ${threshold} kg: waived`
            : 'the policy agent is switched off: waived',
          { kgCO2e: kg, threshold, reason, requestedBy: req.user.id }
        )
      }
      return await SELECT.one.from(worklist, finding.ID)
    })
    this.on(quality.Finding.actions.approveWaiver, 'Findings', async req => {
      const finding = await this.findingOf(req, ['waiverRequested'])
      if (finding.waiverRequestedBy === req.user.id)
        return req.reject(403, 'four eyes: a waiver is approved by someone other than its requester')
      const now = new Date().toISOString()
      await UPDATE(Findings, finding.ID).with({
        status: 'waived',
        waivedBy: req.user.id,
        waivedAt: now,
        decisionComment: req.data.comment ?? null
      })
      await policyDecision('approve', finding, `waiver approved${req.data.comment ? `: ${req.data.comment as string}` : ''}`, {
        requestedBy: finding.waiverRequestedBy,
        approvedBy: req.user.id
      })
      return await SELECT.one.from(worklist, finding.ID)
    })
    this.on(quality.Finding.actions.rejectWaiver, 'Findings', async req => {
      const finding = await this.findingOf(req, ['waiverRequested'])
      await UPDATE(Findings, finding.ID).with({
        status: 'open',
        decisionComment: req.data.comment,
        waiverReason: null,
        waiverRequestedBy: null,
        waiverRequestedAt: null
      })
      await policyDecision('reject', finding, `waiver rejected: ${req.data.comment as string}`, {
        requestedBy: finding.waiverRequestedBy,
        rejectedBy: req.user.id
      })
      return await SELECT.one.from(worklist, finding.ID)
    })
    this.on(quality.Finding.actions.reopen, 'Findings', async req => {
      const finding = await this.findingOf(req, ['waived'])
      await UPDATE(Findings, finding.ID).with({ status: 'open', waivedBy: null, waivedAt: null })
      return await SELECT.one.from(worklist, finding.ID)
    })
  }

  /** Suggestions of industries for spend without a factor; a person accepts (a rule, and the group's lines attributed again) or rejects. */
  factorMapping(): void {
    this.on('suggestIndustries', async (req: cds.Request) => {
      const text = req.data.text
      if (typeof text !== 'string' || !/[\p{L}\p{N}]/u.test(text))
        return req.reject(400, 'text names no words to match (letters or digits)', 'text')
      return (await suggestIndustries(text)).map(s => ({
        naicsCode: s.code,
        title: s.title,
        score: s.score.toFixed(6),
        confidence: s.confidence,
        factorId: s.factorId,
        factorValue: s.factorValue
      }))
    })
    this.on(quality.mapMaterialGroup, async req => {
      try {
        const mapping = await acceptMapping(req.data.materialGroup, req.data.naicsCode, req.user.id)
        const lines = (await SELECT.from(Activities).columns('ID').where({ materialGroup_code: req.data.materialGroup })).map(a => a.ID!)
        for (let i = 0; i < lines.length; i += 5000) await recompute(lines.slice(i, i + 5000))
        return { ...mapping, recomputed: lines.length }
      } catch (e) {
        if (e instanceof MappingError) return req.reject(e.status, e.message, e.target)
        throw e
      }
    })
    this.on(quality.rejectMapping, async req => {
      await rejectMapping(req.data.materialGroup, req.data.naicsCode, req.data.reason, req.user.id)
    })
  }

  /**
   * Supplier data requests and footprints: a person sends, answers (with the supplier's PACT footprint) or cancels a
   * request; footprints are imported (all or nothing, every problem named by its JSON path) and the own ones exported.
   * Supplier-provided values are read-only: the database layer refuses any change but the status a successor sets.
   */
  remediation(): void {
    const { SupplierDataRequests: requests } = this.entities
    const refusing = (fn: (req: cds.Request) => Promise<unknown>) => async (req: cds.Request) => {
      try {
        return await fn(req)
      } catch (e) {
        // every problem at its field (the first 50)
        if (e instanceof PactDocumentError) {
          for (const p of e.problems.slice(0, 50))
            req.error(400, `${p.path || 'document'} ${p.message}`, p.path ? `document/${p.path}` : 'document')
          return rejectWithErrors(req)
        }
        if (e instanceof FootprintError) return req.reject(e.status, e.message, e.target)
        throw e
      }
    }
    this.on(
      'send',
      requests,
      refusing(async req => {
        await sendRequest(targetId(req), req.user.id)
        return await SELECT.one.from(requests, targetId(req))
      })
    )
    this.on(
      'answer',
      requests,
      refusing(async req => await importFootprints(String(req.data.document), { request: targetId(req) }, req.user.id))
    )
    this.on(
      'cancel',
      requests,
      refusing(async req => {
        const ID = targetId(req)
        await cancelRequest(ID, String(req.data.reason))
        return await SELECT.one.from(requests, ID)
      })
    )
    this.on(
      'importFootprints',
      refusing(async req => {
        const { document, origin, supplier, material } = req.data
        if (origin && !['supplier', 'own'].includes(origin)) return req.reject(400, 'origin is supplier or own', 'origin')
        return await importFootprints(String(document), { origin, supplier, material }, req.user.id)
      })
    )
    this.on(quality.exportFootprints, async () => JSON.stringify(await exportFootprints()))
    cds.db.before(['UPDATE', 'UPSERT', 'DELETE'], ProductFootprints, (req: cds.Request) => {
      const changed = Object.keys(
        (req.query?.UPDATE as { data?: object; with?: object } | undefined)?.data ??
          (req.query?.UPDATE as { with?: object } | undefined)?.with ??
          {}
      ).filter(c => !['status', 'modifiedAt', 'modifiedBy'].includes(c))
      if (req.event !== 'UPDATE' || changed.length)
        req.reject(409, 'product footprints are kept as received: a changed footprint comes as a new one')
    })
  }

  /** The finding an action is called on, locked, in one of the statuses the action takes; 404 or 409 otherwise. */
  async findingOf(req: cds.Request, statuses: string[]): Promise<any> {
    const finding = await SELECT.one.from(Findings, targetId(req)).forUpdate()
    if (!finding) return req.reject(404, 'no such finding')
    if (!statuses.includes(finding.status!))
      return req.reject(
        409,
        `the finding is ${finding.status ?? ''}: ${req.event as string} takes a finding that is ${statuses.join(' or ')}`
      )
    return finding
  }
}

/** A decision of the policy agent, logged as agent decision and in the calculation log. */
async function policyDecision(
  decision: 'approve' | 'reject' | 'block',
  finding: { ID?: string; findingType?: string | null; companyCode_code?: string | null },
  reason: string,
  inputs: Record<string, unknown>
): Promise<void> {
  const entry = { finding: finding.ID, findingType: finding.findingType, ...inputs }
  await INSERT.into(AgentDecisions).entries({
    ID: cds.utils.uuid(),
    agent: POLICY_AGENT,
    decision,
    findingType: finding.findingType,
    subject: finding.ID,
    confidence: '1.00',
    logicVersion: POLICY_VERSION,
    inputs: JSON.stringify(entry),
    inputHash: hashOf(entry),
    reason: reason.slice(0, 500),
    dryRun: false,
    decidedAt: new Date().toISOString(),
    decidedBy: cds.context?.user?.id,
    companyCode: finding.companyCode_code ?? null
  } as any)
  await appendLog({
    action: 'policyDecision',
    subject: `waiver of finding ${finding.ID ?? ''}: ${decision}`,
    details: reason,
    inputs: entry,
    companyCode: finding.companyCode_code
  })
  LOG.info(`policy: ${decision} waiver of finding ${finding.ID ?? ''} (${reason})`)
}
