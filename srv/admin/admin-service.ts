import cds from '@sap/cds'
import {
  Activities,
  Attributions,
  AttributionRules as Rules,
  EmissionFactors as Factors,
  FactorSets as Sets,
  Regions,
  Scope3Categories,
  Units
} from '#cds-models/scope3'
import { plan, contextWithRule, categoryDeltas, RULE_COLUMNS } from '../attribution/attribute-lines'
import { type Rule } from '../lib/attribution/resolution'
import { Decimal } from '../lib/common/decimal'
import { appendLog } from '../common/calculation-log'
import { FactorSets, EmissionFactors, AttributionRule, AttributionRules, TransportLanes } from '#cds-models/AdminService'
import { TransportLanes as Lanes } from '#cds-models/scope3'
import { rederiveTransport } from '../ingestion/purchase-order-sync'
import { draftEventOf, targetKeys } from '../common/requests'
import * as admin from '#cds-models/AdminService'

const CONDITIONS = [
  'supplier_ID',
  'material_ID',
  'materialGroup_code',
  'plant_code',
  'companyCode_code',
  'glAccount',
  'transportMode',
  'documentType'
] as const

/** kg CO2e as a message shows it: to the gram, with its sign when it is a change */
const signed = (kg: string, delta = false): string =>
  `${delta && Number(kg) > 0 ? '+' : ''}${new Decimal(kg).toDecimalPlaces(3, Decimal.ROUND_HALF_UP).toFixed(3)}`

/** Whether the request runs inside a draft action (activation), where fields are members of the binding parameter `in`. */
const inDraftAction = (req: cds.Request): boolean => draftEventOf(req)?.startsWith('draft') === true
/** A message target at a field, inside a draft action or not. */
const fieldOf = (req: cds.Request, field: string): string => `${inDraftAction(req) ? 'in/' : ''}${field}`

export class AdminService extends cds.ApplicationService {
  async init(): Promise<void> {
    this.factorSetLifecycle()
    this.factorKeys()
    this.factorValidation()
    this.ruleVersions()
    this.ruleValidation()
    this.impactPreview()
    this.transportLanes()
    this.messageTargets()
    return super.init()
  }

  /** A factor's key holds a '/', which UI5 reads as a step of a message's target path: targets carry it encoded, as URLs do. */
  messageTargets(): void {
    const encoded = (target?: string): string | undefined =>
      target?.replace(/(factors\(ID=')([^']*)'/g, (_, at: string, id: string) => `${at}${encodeURIComponent(id)}'`)
    this.on('error', (err: any) => {
      err.target = encoded(err.target)
      for (const detail of err.details ?? []) detail.target = encoded(detail.target)
    })
  }

  /** Only a set in status draft changes; publish freezes it, deprecate retires it, each written to the calculation log. */
  factorSetLifecycle(): void {
    this.before('NEW', FactorSets.drafts, req => {
      Object.assign(req.data, { status_code: 'draft', locked: false, statusCriticality: 0 })
    })
    this.before(['EDIT', 'UPDATE', 'DELETE'], FactorSets, async (req: cds.Request) => {
      const set = await SELECT.one.from(Sets, req.params.at(-1)?.code ?? req.data.code).columns('code', 'status_code')
      if (set && set.status_code !== 'draft')
        return req.reject(
          409,
          `factor set ${set.code!} is ${set.status_code!}: published factors never change; create a new set (a new version) instead`
        )
      if (req.event === 'DELETE' && (await SELECT.one.from(Attributions).columns('ID').where({ 'factor.factorSet.code': set?.code })))
        return req.reject(409, `factor set ${set!.code!} has factors that attributions used; it cannot be deleted`)
    })
    this.on(admin.FactorSet.actions.publish, 'FactorSets', async req => {
      const set = await this.ownSet(req)
      if (set.status_code !== 'draft') return req.reject(409, `factor set ${set.code} is ${set.status_code} already`)
      const factors = Number(((await SELECT.one.from(Factors).columns('count(1) as n').where({ factorSet_code: set.code })) as any)?.n ?? 0)
      if (!factors) return req.reject(409, `factor set ${set.code} has no factors: add at least one before publishing`, 'factors')
      await UPDATE(Sets, set.code).with({ status_code: 'published' })
      await appendLog({
        action: 'factorSetPublication',
        subject: `${set.code} ${set.version ?? ''}`.trim(),
        details: `published in the app with ${factors} factor(s)`,
        inputs: { set: set.code }
      })
      await this.emit(admin.methodologyChanged, { change: `publication of factor set ${`${set.code} ${set.version ?? ''}`.trim()}` })
    })
    this.on(admin.FactorSet.actions.deprecate, 'FactorSets', async req => {
      const set = await this.ownSet(req)
      if (set.status_code !== 'published') return req.reject(409, `only a published set is deprecated; ${set.code} is ${set.status_code}`)
      await UPDATE(Sets, set.code).with({ status_code: 'deprecated' })
      await appendLog({
        action: 'factorSetPublication',
        subject: `${set.code} ${set.version ?? ''}`.trim(),
        details: `deprecated: ${req.data.reason as string}`,
        inputs: { set: set.code }
      })
    })
  }

  /** The set a bound action runs on, as saved; an open edit draft must be saved or discarded first. */
  async ownSet(req: cds.Request): Promise<{ code: string; version?: string | null; status_code: string }> {
    const { code } = targetKeys(req)
    const set = await SELECT.one.from(Sets, code).columns('code', 'version', 'status_code')
    if (!set) return req.reject(404, `no factor set ${code as string}`)
    if (await SELECT.one.from(FactorSets.drafts, { code }).columns('code'))
      return req.reject(409, `factor set ${code as string} has an unsaved draft: save or discard it first`)
    return set as any
  }

  /** A factor's key is `<set>/<code>`, given when it is created: the code numbers the set's factors. */
  factorKeys(): void {
    this.before('NEW', EmissionFactors.drafts, async (req: cds.Request) => {
      const set: string = req.data.factorSet_code ?? req.params[0]?.code ?? req.params[0]
      const taken = new Set(
        [
          ...(await SELECT.from(EmissionFactors.drafts).columns('code').where({ factorSet_code: set })),
          ...(await SELECT.from(Factors).columns('code').where({ factorSet_code: set }))
        ].map(f => f.code)
      )
      let n = taken.size + 1
      while (taken.has(`F${String(n).padStart(3, '0')}`)) n++
      const code = `F${String(n).padStart(3, '0')}`
      Object.assign(req.data, { factorSet_code: set, code, ID: `${set}/${code}`, basis_code: req.data.basis_code ?? 'location' })
    })
  }

  /** Units and regions of a set's factors exist (checked here: @assert.target's message would not reach the field in the draft). */
  factorValidation(): void {
    this.before(['CREATE', 'UPDATE'], FactorSets, async (req: cds.Request) => {
      const factors: any[] = req.data.factors ?? []
      const known = async (entity: any, codes: string[]): Promise<Set<string>> =>
        new Set(
          codes.length
            ? (
                await SELECT.from(entity)
                  .columns('code')
                  .where({ code: { in: codes } })
              ).map((r: any) => r.code)
            : []
        )
      const units = await known(Units, [...new Set(factors.map(f => f.unit_code).filter(Boolean))])
      const regions = await known(Regions, [...new Set(factors.map(f => f.region_code).filter(Boolean))])
      for (const f of factors) {
        const at = (field: string): string =>
          fieldOf(req, `factors(ID='${f.ID as string}'${inDraftAction(req) ? ',IsActiveEntity=false' : ''})/${field}`)
        if (f.unit_code && !units.has(f.unit_code)) req.error(400, `Unknown unit of measure ${f.unit_code as string}`, at('unit_code'))
        if (f.region_code && !regions.has(f.region_code)) req.error(400, `Unknown region ${f.region_code as string}`, at('region_code'))
      }
    })
  }

  /**
   * Attributions point at the rule version they used, so a used version is not edited: `newVersion` drafts its
   * successor (same key, next number), and activating that draft deactivates the versions before it.
   */
  ruleVersions(): void {
    this.before(['EDIT', 'UPDATE', 'DELETE'], AttributionRules, async (req: cds.Request) => {
      const ID = req.params.at(-1)?.ID ?? req.data.ID
      if (await SELECT.one.from(Attributions).columns('ID').where({ rule_ID: ID })) {
        const rule = await SELECT.one.from(Rules, ID).columns('ruleKey', 'version')
        return req.reject(
          409,
          `rule ${rule?.ruleKey ?? (ID as string)} v${rule?.version ?? '?'} is used by attributions and stays as it is: create a new version`
        )
      }
    })
    this.on(admin.AttributionRule.actions.newVersion, 'AttributionRules', async req => {
      const { ID } = targetKeys(req)
      const rule = await SELECT.one.from(Rules, ID)
      if (!rule) return req.reject(404, `no attribution rule ${ID as string}`)
      const open = await SELECT.one.from(AttributionRules.drafts).columns('ID', 'version').where({ ruleKey: rule.ruleKey })
      if (open) return req.reject(409, `rule ${rule.ruleKey!} has a draft already (v${open.version as number}): finish or discard it first`)
      const { latest } = (await SELECT.one.from(Rules).columns('max(version) as latest').where({ ruleKey: rule.ruleKey })) as any
      const { ID: _, createdAt, createdBy, modifiedAt, modifiedBy, ...content } = rule as any
      const draft = { ID: cds.utils.uuid(), version: Number(latest) + 1 }
      await this.send('NEW', AttributionRules.drafts, { ...content, ID: draft.ID, active: true })
      // the version is the service's (read-only to clients)
      await UPDATE(AttributionRules.drafts, draft.ID).with({ version: draft.version, inUse: false })
      return { ...(await SELECT.one.from(AttributionRules.drafts, draft.ID)), IsActiveEntity: false, HasActiveEntity: false }
    })
    // the new version replaces the ones before it: one active version per rule key
    this.after('CREATE', AttributionRules, async (rule: any) => {
      if (rule?.ruleKey)
        await UPDATE(Rules)
          .set({ active: false })
          .where({ ruleKey: rule.ruleKey, version: { '<': rule.version }, active: true })
    })
    // a rule saved (a new one, a new version, an edit of one no figure used yet): the methodology changed
    this.after(['CREATE', 'UPDATE'], AttributionRules, async (rule: any) => {
      if (rule?.ruleKey) await this.emit(admin.methodologyChanged, { change: `rule ${rule.ruleKey as string} v${rule.version as number}` })
    })
  }

  /**
   * What CDS annotations cannot say: no other active rule with the same conditions and priority is valid on an
   * overlapping date range (the engine would have to break the tie by ID).
   */
  ruleValidation(): void {
    this.before(['CREATE', 'UPDATE'], AttributionRules, async (req: cds.Request) => {
      const rule = req.data
      if (rule.active === false) return
      const same: Record<string, unknown> = {
        active: true,
        priority: rule.priority ?? 0,
        ID: { '!=': rule.ID },
        ruleKey: { '!=': rule.ruleKey }
      }
      for (const c of CONDITIONS) same[c] = rule[c] || null
      const overlapping = (await SELECT.from(Rules).columns('ruleKey', 'version', 'validFrom', 'validTo').where(same)).find(
        o =>
          (!o.validTo || !rule.validFrom || rule.validFrom <= o.validTo) && (!rule.validTo || !o.validFrom || o.validFrom <= rule.validTo)
      )
      if (overlapping) {
        req.error(
          400,
          `Valid on dates of rule ${overlapping.ruleKey!} v${overlapping.version!} (${overlapping.validFrom ?? '…'} to ${overlapping.validTo ?? '…'}) with the same conditions and priority: change the dates or the priority`,
          fieldOf(req, 'validFrom')
        )
      }
    })
  }

  /** The impact of a rule as edited (draft) or saved: per category, what its activities' figures would become. */
  impactPreview(): void {
    // (a rule's saved version and its draft: the action's name is the service's only previewImpact)
    this.on(AttributionRule.actions.previewImpact, async req => {
      const { ID, IsActiveEntity } = targetKeys(req)
      const source = IsActiveEntity === false ? AttributionRules.drafts : Rules
      const rule = (await SELECT.one.from(source).columns(RULE_COLUMNS).where({ ID })) as unknown as Rule | undefined
      if (!rule) return req.reject(404, `no attribution rule ${ID as string}`)
      // the lines the rule could take, and the lines its saved versions hold now
      const where: Record<string, unknown> = { status_code: { '!=': 'cancelled' }, ghgScope: null }
      for (const c of CONDITIONS) {
        const value = (rule as any)[c.replace(/_(ID|code)$/, '')]
        if (value) where[c] = value
      }
      const matching = await SELECT.from(Activities).columns('ID').where(where)
      const holding = await SELECT.from(Attributions).columns('activity_ID').where({ supersededBy_ID: null, 'rule.ruleKey': rule.ruleKey })
      const ids = [...new Set([...matching.map(a => a.ID!), ...holding.map(a => a.activity_ID!)])]
      if (!ids.length) {
        req.info('No activity matches this rule.')
        return []
      }
      const planned = await plan(ids, await contextWithRule(rule))
      const base = await SELECT.from(Attributions)
        .columns('category_code as category', 'kgCO2eLocation', 'kgCO2eMarket')
        .where({ supersededBy_ID: null, activity_ID: { in: ids } })
      const names = new Map((await SELECT.from(Scope3Categories).columns('code', 'name')).map(c => [c.code, c.name]))
      // a new version re-attributes its lines (the lineage names it); only figures that move are changes here
      const moved = planned.inserts.filter(i => {
        const before = planned.current.get(i.activity_ID)
        return (
          !before ||
          before.category_code !== i.category_code ||
          !new Decimal(before.kgCO2eLocation ?? 0).eq(i.kgCO2eLocation ?? 0) ||
          !new Decimal(before.kgCO2eMarket ?? 0).eq(i.kgCO2eMarket ?? 0)
        )
      })
      const lines = categoryDeltas(base.filter((b: any) => b.category != null) as any, { ...planned, inserts: moved }).map(l => ({
        ...l,
        categoryName: names.get(l.category) ?? null
      }))
      const unattributed = planned.report.failures.length
      req.info(
        `${ids.length} activities checked: ${moved.length} figure(s) would change${unattributed ? `, ${unattributed} would find no applicable rule or factor` : ''}`
      )
      for (const l of lines.filter(l => l.changedLines > 0)) {
        req.info(
          `Category ${l.category} (${l.categoryName ?? ''}): ${l.changedLines} line(s), ${signed(l.kgCO2eLocation)} → ${signed(l.whatIfKgCO2eLocation)} kg CO2e location-based (${signed(l.deltaLocation, true)})`
        )
      }
      return lines
    })
  }

  /**
   * A lane starts at a supplier or at a supplier country, has at least one leg, and no other active lane of the
   * same start and plant is valid on overlapping dates. Once saved, the plant's buyer-paid items are derived again.
   */
  transportLanes(): void {
    this.before(['CREATE', 'UPDATE'], TransportLanes, async (req: cds.Request) => {
      const lane = req.data
      if (!lane.supplier_ID === !lane.supplierCountry_code) {
        req.error(
          400,
          'A lane starts either at a supplier or at a supplier country (any supplier there)',
          fieldOf(req, lane.supplier_ID ? 'supplierCountry_code' : 'supplier_ID')
        )
      }
      if (req.event === 'CREATE' && !(lane.legs?.length > 0))
        req.error(400, 'A lane has at least one leg: add its mode and distance', fieldOf(req, 'legs'))
      if (lane.active === false || !lane.plant_code) return
      const start = lane.supplier_ID
        ? { supplier_ID: lane.supplier_ID }
        : { supplierCountry_code: lane.supplierCountry_code, supplier_ID: null }
      const overlapping = (
        await SELECT.from(Lanes)
          .columns('name', 'validFrom', 'validTo')
          .where({ ...start, plant_code: lane.plant_code, active: true, ID: { '!=': lane.ID } })
      ).find(
        o =>
          (!o.validTo || !lane.validFrom || lane.validFrom <= o.validTo) && (!lane.validTo || !o.validFrom || o.validFrom <= lane.validTo)
      )
      if (overlapping)
        req.error(
          400,
          `Lane ${overlapping.name!} has the same start and plant on overlapping dates: end it first or change the dates`,
          fieldOf(req, 'validFrom')
        )
    })
    /** per request: the plants a lane served before its change */
    const plantsBefore = new WeakMap<cds.Request, string[]>()
    this.before(['UPDATE', 'DELETE'], TransportLanes, async (req: cds.Request) => {
      // the plant the lane served before the change: its items are derived again too
      const before = await SELECT.one.from(Lanes, req.params.at(-1)?.ID ?? req.data.ID).columns('plant_code')
      plantsBefore.set(req, [before?.plant_code, req.data.plant_code].filter(Boolean) as string[])
    })
    this.after(['CREATE', 'UPDATE', 'DELETE'], TransportLanes, async (result: any, req: cds.Request) => {
      const plants = [...new Set([...(plantsBefore.get(req) ?? []), result?.plant_code, req.data?.plant_code].filter(Boolean))] as string[]
      const { items, changed } = await rederiveTransport(plants)
      if (changed)
        req.info(
          `Upstream transport derived again for ${items} purchase order item(s) of plant ${plants.join(', ')}: ${changed} line(s) changed`
        )
    })
  }
}
