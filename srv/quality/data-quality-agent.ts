import cds from '@sap/cds'
import {
  Activities,
  AgentDecisions,
  AgentRuns,
  Agents,
  AttributionRules,
  EmissionFactors,
  Findings,
  MaterialGroups,
  Materials
} from '#cds-models/scope3'
import {
  checkLines,
  HistoryBuilder,
  DEFAULT_POLICY,
  LOGIC_VERSION,
  type Finding,
  type History,
  type QualityLine,
  type QualityPolicy
} from '../lib/quality/quality-checks'
import { engineContext } from '../attribution/attribute-lines'
import { appendLog, hashOf } from '../common/calculation-log'
import { insertRows } from '../common/database'
import { suggestIndustries } from './industry-mapping'

const LOG = cds.log('data-quality')
export const AGENT = 'data-quality'
/** lines read per query (keyset pages by ID) */
const PAGE = 20000
/** how long an event-triggered run may use the history of an earlier run */
const HISTORY_TTL_MS = 10 * 60 * 1000

export interface RunReport {
  ID: string
  status: string
  dryRun: boolean
  linesChecked: number
  raised: number
  resolved: number
  kept: number
  decisionsHash: string | null
}

let cachedHistory: { at: number; history: History; db: unknown } | undefined

/**
 * One run of the data-quality agent in the caller's transaction (all or nothing: an agent that fails mid-run leaves
 * no half-written decisions, and its trigger runs it again): checks the lines of the scope (all, or the activities
 * given) against the history of all lines, raises the findings it finds, reopens resolved ones that are found again,
 * resolves its open findings that are not found any more (also those of cancelled lines), and logs every decision.
 * A dry run logs its decisions and changes no finding. Runs of the agent wait for each other (the agent row is locked).
 */
export async function runDataQuality(trigger: 'event' | 'schedule' | 'manual', scope?: string[]): Promise<RunReport | undefined> {
  const agent = await SELECT.one.from(Agents, AGENT).forUpdate()
  if (!agent?.enabled) {
    LOG.debug(`the ${AGENT} agent is switched off: no run (${trigger})`)
    return undefined
  }
  const policy: QualityPolicy = { ...DEFAULT_POLICY, ...JSON.parse(agent.policy ?? '{}') }
  const dryRun = agent.dryRun === true
  const run = {
    ID: cds.utils.uuid(),
    agent_code: AGENT,
    trigger,
    dryRun,
    status: 'running',
    startedAt: new Date().toISOString(),
    startedBy: cds.context?.user?.id ?? 'system'
  }
  const context = await lineContext()
  const existing = await existingFindings(scope)
  // a run over all lines reads them once: the pages the history is built from are the pages checked
  const pages: Line[][] | undefined = scope ? undefined : []
  const history =
    scope && cachedHistory && cachedHistory.db === cds.db && Date.now() - cachedHistory.at < HISTORY_TTL_MS
      ? cachedHistory.history
      : await buildHistory(context, pages)
  // the lines checked: the scope's (all, page by page); of the lines with findings of the agent, which were read (a
  // finding of a line not read any more resolves as gone)
  const findings: Finding[] = []
  const lineOf = new Map<string, Line>()
  const withFindings = new Set([...existing.keys()].map(key => key.slice(0, key.indexOf('|'))))
  const read = new Set<string>()
  let linesChecked = 0
  const check = (page: Line[]): void => {
    linesChecked += page.length
    const found = checkLines(
      page.filter(l => !l.cancelled),
      history,
      policy
    )
    const activities = new Set(found.map(f => f.activity))
    for (const l of page) {
      if (withFindings.has(l.ID)) read.add(l.ID)
      if (activities.has(l.ID)) lineOf.set(l.ID, l)
    }
    findings.push(...found)
  }
  if (pages) while (pages.length) check(pages.shift()!)
  else await eachPage(context, scope, check)
  await suggestMappings(findings)
  const found = new Set(findings.map(f => `${f.activity}|${f.findingType}`))
  const now = new Date().toISOString()
  const decisions: any[] = []
  const decide = (
    decision: 'raise' | 'resolve' | 'reopen',
    subject: string,
    findingType: string,
    reason: string,
    confidence: string | null,
    inputs: unknown,
    companyCode: string | null | undefined
  ): void => {
    decisions.push({
      ID: cds.utils.uuid(),
      run_ID: run.ID,
      agent: AGENT,
      decision,
      findingType,
      subject,
      confidence,
      logicVersion: LOGIC_VERSION,
      inputs: JSON.stringify(inputs),
      inputHash: hashOf(inputs),
      reason: reason.slice(0, 500),
      dryRun,
      decidedAt: now,
      decidedBy: run.startedBy,
      companyCode: companyCode ?? null
    })
  }
  const inserts: any[] = []
  const reopen: string[] = []
  let kept = 0
  for (const f of findings) {
    const known = existing.get(`${f.activity}|${f.findingType}`)
    if (known && known.status !== 'resolved') {
      kept++
      continue
    }
    const line = lineOf.get(f.activity)
    decide(
      known ? 'reopen' : 'raise',
      f.activity,
      f.findingType,
      f.message,
      f.confidence,
      f.inputs,
      line?.companyCode ?? known?.companyCode_code
    )
    if (known) {
      reopen.push(known.ID)
      continue
    }
    inserts.push({
      ID: cds.utils.uuid(),
      activity_ID: f.activity,
      companyCode_code: line?.companyCode ?? null,
      fiscalYear: line?.fiscalYear ?? null,
      fiscalPeriod: line?.fiscalPeriod ?? null,
      findingType: f.findingType,
      severity: f.severity,
      blocksClose: f.blocksClose,
      message: f.message.slice(0, 500),
      proposal: f.proposal.slice(0, 500),
      raisedBy: AGENT,
      confidence: f.confidence,
      kgCO2e: line?.kgCO2e ?? null,
      status: 'open'
    })
  }
  const resolve: string[] = []
  for (const [key, known] of existing) {
    const activity = key.slice(0, key.indexOf('|'))
    if (known.status !== 'open' || found.has(key)) continue
    resolve.push(known.ID)
    decide(
      'resolve',
      activity,
      known.findingType,
      read.has(activity) ? 'not found any more' : 'the line is gone',
      null,
      { finding: known.ID },
      known.companyCode_code
    )
  }
  if (!dryRun) {
    await insertRows(Findings, inserts)
    for (let i = 0; i < resolve.length; i += 1000)
      await UPDATE(Findings)
        .set({ status: 'resolved', resolvedAt: now })
        .where({ ID: { in: resolve.slice(i, i + 1000) } })
    for (let i = 0; i < reopen.length; i += 1000)
      await UPDATE(Findings)
        .set({ status: 'open', resolvedAt: null })
        .where({ ID: { in: reopen.slice(i, i + 1000) } })
  }
  const decisionsHash = hashOf(decisions.map(d => [d.decision, d.subject, d.findingType, d.inputHash]))
  const report = {
    ...run,
    status: 'succeeded',
    finishedAt: new Date().toISOString(),
    linesChecked,
    raised: inserts.length + reopen.length,
    resolved: resolve.length,
    kept,
    decisionsHash
  }
  await INSERT.into(AgentRuns).entries(report as any)
  await insertRows(AgentDecisions, decisions)
  await appendLog({
    action: 'agentRun',
    subject: `${AGENT} agent run (${trigger}${dryRun ? ', dry run' : ''})`,
    details: `${linesChecked} line(s) checked: ${report.raised} finding(s) raised or reopened, ${resolve.length} resolved, ${kept} kept; logic ${LOGIC_VERSION}`,
    inputs: { agent: AGENT, logicVersion: LOGIC_VERSION, policy, scope: scope ?? 'all' },
    outputs: decisionsHash
  })
  // a run per processed event is routine (debug); a scheduled or requested run is news
  const summary = `${trigger} run: ${linesChecked} lines, ${report.raised} raised, ${resolve.length} resolved, ${kept} kept${dryRun ? ' (dry run)' : ''}`
  if (trigger === 'event') LOG.debug(summary)
  else LOG.info(summary)
  return { ID: run.ID, status: report.status, dryRun, linesChecked, raised: report.raised, resolved: resolve.length, kept, decisionsHash }
}

interface LineContext {
  fallbackRules: Set<string>
  /** the years of the factors the lines read so far use (looked up page by page instead of joined to every line) */
  factorYears: Map<string, number | null>
  materialUnit: Map<string, string | null | undefined>
  dimension: (unit?: string | null) => string | undefined
}

async function lineContext(): Promise<LineContext> {
  const [rules, materials, { units }] = await Promise.all([
    SELECT.from(AttributionRules).columns(
      'ID',
      'supplier_ID',
      'material_ID',
      'materialGroup_code',
      'plant_code',
      'companyCode_code',
      'glAccount',
      'transportMode',
      'documentType',
      'activityCode'
    ),
    SELECT.from(Materials).columns('ID', 'baseUnit'),
    engineContext()
  ])
  // the company fallback: a rule without any condition
  const fallbackRules = new Set(
    rules
      .filter(
        r =>
          !r.supplier_ID &&
          !r.material_ID &&
          !r.materialGroup_code &&
          !r.plant_code &&
          !r.companyCode_code &&
          !r.glAccount &&
          !r.transportMode &&
          !r.documentType &&
          !r.activityCode
      )
      .map(r => r.ID!)
  )
  // the dimension of a unit, once per unit
  const dimensions = new Map<string, string | undefined>()
  const dimension = (unit?: string | null): string | undefined => {
    if (!unit) return undefined
    if (!dimensions.has(unit)) dimensions.set(unit, units.find(unit)?.dimension)
    return dimensions.get(unit)
  }
  return { fallbackRules, factorYears: new Map(), materialUnit: new Map(materials.map(m => [m.ID!, m.baseUnit])), dimension }
}

/** a line as read: with its period (the finding's own columns) and whether it is cancelled (its findings resolve) */
type Line = QualityLine & { cancelled: boolean; companyCode: string | null; fiscalYear: number | null; fiscalPeriod: number | null }

/** The lines (all, or of the scope) with their current figure, page by page in the order of their IDs. */
async function eachPage(context: LineContext, scope: string[] | undefined, fn: (page: Line[]) => void): Promise<void> {
  const read = async (where: Record<string, unknown>): Promise<Line[]> => {
    // read under the names of a QualityLine, completed in place (a million lines are a million objects, not two)
    const rows = (await SELECT.from(Activities)
      .columns((a: any) => {
        a.ID
        a.documentType
        a.documentNumber
        a.postingDate
        a.supplier_ID.as('supplier')
        a.material_ID.as('material')
        a.materialGroup_code.as('materialGroup')
        a.plant_code.as('plant')
        a.quantity
        a.unit_code.as('unit')
        a.amount
        a.currency_code.as('currency')
        a.companyCode_code.as('companyCode')
        a.fiscalYear
        a.fiscalPeriod
        a.status_code.as('status')
        a.ghgScope
        a.current.method_code.as('method')
        a.current.kgCO2eLocation.as('kgCO2e')
        a.current.rule_ID.as('rule')
        a.current.factor_ID.as('factor')
      })
      .where(where)
      .orderBy('ID')
      .limit(PAGE)) as any[]
    const unknown = [...new Set(rows.map(r => r.factor as string | null).filter(f => f && !context.factorYears.has(f)))] as string[]
    for (let i = 0; i < unknown.length; i += 1000) {
      for (const f of await SELECT.from(EmissionFactors)
        .columns('ID', 'year')
        .where({ ID: { in: unknown.slice(i, i + 1000) } }))
        context.factorYears.set(f.ID!, f.year ?? null)
    }
    for (const r of rows) {
      r.unitDimension = context.dimension(r.unit)
      r.materialUnitDimension = r.material ? context.dimension(context.materialUnit.get(r.material)) : undefined
      r.fallbackRule = r.rule ? context.fallbackRules.has(r.rule) : null
      r.factorYear = r.factor ? (context.factorYears.get(r.factor) ?? null) : null
      // a cancelled line, and energy reported in Scope 1 or 2 (its upstream lines are checked): no Scope 3 line to check
      r.cancelled = r.status === 'cancelled' || r.ghgScope != null
    }
    return rows
  }
  if (scope) {
    const ids = [...new Set(scope)]
    for (let i = 0; i < ids.length; i += 1000) fn(await read({ ID: { in: ids.slice(i, i + 1000) } }))
    return
  }
  for (let last = ''; ;) {
    const page = await read({ ID: { '>': last } })
    if (!page.length) return
    fn(page)
    last = page[page.length - 1].ID
  }
}

/**
 * The history of all lines that count (not cancelled), cached for the event-triggered runs that follow; the pages read
 * are kept in `keep` if given.
 */
async function buildHistory(context: LineContext, keep?: Line[][]): Promise<History> {
  const builder = new HistoryBuilder()
  await eachPage(context, undefined, page => {
    keep?.push(page)
    for (const l of page) if (!l.cancelled) builder.add(l)
  })
  const history = builder.build()
  cachedHistory = { at: Date.now(), history, db: cds.db }
  return history
}

/** Spend without a mapped factor: the proposal names the industry the group's name suggests (a person accepts or rejects it). */
async function suggestMappings(findings: Finding[]): Promise<void> {
  const unmapped = findings.filter(f => f.findingType === 'unmappedSpend' && f.inputs.materialGroup)
  if (!unmapped.length) return
  const codes = [...new Set(unmapped.map(f => f.inputs.materialGroup as string))]
  const names = new Map(
    (
      await SELECT.from(MaterialGroups)
        .columns('code', 'name')
        .where({ code: { in: codes } })
    ).map(g => [g.code, g.name ?? g.code])
  )
  for (const code of codes) {
    const [best] = await suggestIndustries(names.get(code) ?? code, 1)
    if (!best) continue
    for (const f of unmapped.filter(u => u.inputs.materialGroup === code)) {
      f.proposal = `map material group ${code} to NAICS ${best.code} (${best.title}, confidence ${best.confidence}), or ask the supplier for product footprints`
      f.inputs.suggestion = { naicsCode: best.code, confidence: best.confidence }
    }
  }
}

/** The agent's findings (of the scope's activities, or all), by activity and type. */
async function existingFindings(
  scope?: string[]
): Promise<Map<string, { ID: string; status: string; findingType: string; companyCode_code?: string | null }>> {
  const found = new Map<string, { ID: string; status: string; findingType: string; companyCode_code?: string | null }>()
  const add = (rows: any[]): void => {
    for (const f of rows) found.set(`${f.activity_ID as string}|${f.findingType as string}`, f)
  }
  const columns = ['ID', 'activity_ID', 'findingType', 'status', 'companyCode_code']
  if (!scope) add(await SELECT.from(Findings).columns(columns).where({ raisedBy: AGENT }))
  else
    for (let i = 0; i < scope.length; i += 1000)
      add(
        await SELECT.from(Findings)
          .columns(columns)
          .where({ raisedBy: AGENT, activity_ID: { in: scope.slice(i, i + 1000) } })
      )
  return found
}
