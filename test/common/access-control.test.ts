import cds from '@sap/cds'
import path from 'node:path'
import fs from 'node:fs'
import { randomUUID } from 'node:crypto'
import { entitiesOf, localName, servedServices } from '../helpers/served'

/**
 * The authorization matrix (srv/access-control.cds): who may read, write and call what, for one user per role.
 * The matrix below is checked against the served model first, so that an entity, an action or a service that
 * nobody wrote a rule for fails here; then every role tries every operation over HTTP.
 */
describe('Access control: role x service x operation', () => {
  const { GET, POST, PATCH, DELETE, expect, axios } = cds.test(path.join(__dirname, '..', '..'))
  axios.defaults.validateStatus = () => true

  /** one mocked user per role (.cdsrc.json), and one signed-in user with no role of this app */
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- the users' roles, kept as the type of the names below
  const USERS = {
    erin: 'ERPUser',
    carol: 'Controller',
    paula: 'Approver',
    sam: 'SustainabilityAdmin',
    audrey: 'Auditor',
    nora: 'no role'
  } as const
  type User = keyof typeof USERS
  const E: User = 'erin'
  const C: User = 'carol'
  const P: User = 'paula'
  const S: User = 'sam'
  const A: User = 'audrey'
  const EVERYONE: User[] = [E, C, P, S, A, 'nora']

  type WriteOp = 'CREATE' | 'UPDATE' | 'DELETE'
  const ALL = (users: User[]): Record<WriteOp, User[]> => ({ CREATE: users, UPDATE: users, DELETE: users })
  interface Rules {
    /** who reads the service's entities (and calls its functions) */
    read: User[]
    /** entities that somebody may change, with who may create, update and delete them */
    write?: Record<string, Partial<Record<WriteOp, User[]>>>
    /** actions (bound ones as `Entity.action`) with who may call them */
    actions?: Record<string, User[]>
  }

  /** the expected matrix, written from the roles' jobs (README, "Roles"), not read off the annotations */
  const MATRIX: Record<string, Rules> = {
    EmissionsService: {
      read: [E, C, S, A],
      write: { OrderEstimates: ALL([E]), OrderEstimateItems: ALL([E]) },
      actions: { previewPurchaseOrder: [E, C, S, A], supplierIntensities: [E, C, S, A] }
    },
    AnalyticsService: { read: [E, C, S, A], actions: { scope3YearToDateTile: [E, C, S, A] } },
    PeriodCloseService: {
      read: [C, P, A],
      write: { FiscalPeriods: { CREATE: [C] }, CategoryScreenings: ALL([C]), ReductionTargets: ALL([C]), TargetDenominators: ALL([C]) },
      actions: {
        'FiscalPeriods.runChecks': [C],
        'FiscalPeriods.checkReadiness': [C],
        'FiscalPeriods.close': [C],
        'FiscalPeriods.recompute': [C],
        'FiscalPeriods.whatIf': [C],
        'FiscalPeriods.requestReopen': [C],
        'FiscalPeriods.screenCategory': [C],
        'ReadinessChecks.waive': [C],
        'Restatements.approve': [P],
        'Restatements.decline': [P],
        // reduction targets: controllers check the base year and decide a proposal (its restatements need an approver)
        'ReductionTargets.checkBaseYear': [C],
        'ReductionTargets.recordStructuralChange': [C],
        'BaseYearReviews.decide': [C],
        periodsAwaitingActionTile: [C, P, A]
      }
    },
    InventoryService: {
      read: [C, S, A],
      // the disclosure mapping is the sustainability admins' configuration
      write: { CategoryExclusions: ALL([C]), DisclosureDatapoints: ALL([S]) },
      actions: { inventoryCsv: [C, S, A], inventoryXlsx: [C, S, A], disclosureCsv: [C, S, A], disclosureXlsx: [C, S, A] }
    },
    AdminService: {
      read: [S, A],
      write: {
        FactorSets: ALL([S]),
        EmissionFactors: ALL([S]),
        AttributionRules: ALL([S]),
        SupplierContacts: ALL([S]),
        TransportLanes: ALL([S]),
        TransportLaneLegs: ALL([S]),
        CompanyCodes: { UPDATE: [S] }
      },
      actions: {
        'FactorSets.publish': [S],
        'FactorSets.deprecate': [S],
        'AttributionRules.newVersion': [S],
        'AttributionRules.previewImpact': [S]
      }
    },
    FactorService: { read: [C, S, A], actions: { importFactorSet: [S] } },
    AccountingService: { read: [C, S, A], actions: { recompute: [C, S] } },
    IngestionService: { read: [S, A], actions: { processInbound: [S], reconcile: [S], syncPurchaseOrder: [S] } },
    AuditService: { read: [C, S, A], actions: { verifyLog: [C, S, A], replay: [C, S, A] } },
    UploadService: {
      read: [C, S, A],
      actions: {
        upload: [S],
        submitRows: [S],
        'Batches.commit': [S],
        'Batches.commitValidRows': [S],
        'Batches.reverse': [S],
        'Batches.rowsCsv': [C, S, A],
        templates: [C, S, A],
        template: [C, S, A],
        batchesAwaitingCommitTile: [C, S, A]
      }
    },
    DataQualityService: {
      read: [C, P, S, A],
      write: { Agents: { UPDATE: [S] } },
      actions: {
        'Agents.run': [S],
        'Findings.waive': [C, S],
        'Findings.reopen': [C, S],
        'Findings.approveWaiver': [P],
        'Findings.rejectWaiver': [P],
        suggestIndustries: [C, P, S, A],
        mapMaterialGroup: [S],
        rejectMapping: [S],
        'SupplierDataRequests.send': [S],
        'SupplierDataRequests.answer': [S],
        'SupplierDataRequests.cancel': [S],
        importFootprints: [S],
        exportFootprints: [C, P, S, A],
        openFindingsTile: [C, P, S, A],
        openSupplierRequestsTile: [C, P, S, A]
      }
    },
    CalculationService: { read: EVERYONE, actions: { estimate: EVERYONE } },
    PactService: {
      read: [S, A],
      write: { Clients: ALL([S]), OwnFootprints: ALL([S]) },
      actions: {
        'Clients.newSecret': [S],
        'FulfilmentTasks.fulfil': [S],
        'FulfilmentTasks.reject': [S],
        'OwnFootprints.publish': [S],
        'OwnFootprints.newVersion': [S],
        importOwnFootprintsCsv: [S],
        pullFromSuppliers: [S]
      }
    }
  }

  const as = (user: User): any => ({ auth: { username: user, password: '' } })

  const isDraftAction = (name: string): boolean => /^draft(Activate|Edit|Prepare)$/.test(name)
  function actionsOf(srv: any): Array<{ name: string; entity?: any; def: any }> {
    const bound = entitiesOf(srv).flatMap(e =>
      Object.entries(e.actions ?? {})
        .filter(([n]) => !isDraftAction(n))
        .map(([n, def]) => ({ name: `${localName(srv, e) as string}.${n}`, entity: e, def }))
    )
    const unbound = Object.entries(srv.operations ?? srv.actions ?? {}).map(([n, def]) => ({ name: n, def }))
    return [...bound, ...unbound]
  }

  /** a key of the entity that no row has: an allowed change answers 404, a forbidden one 403 */
  function missingKey(entity: any, active = true): string {
    const parts: string[] = []
    for (const k of Object.values(entity.keys as Record<string, any>)) {
      if (k.isAssociation) continue
      if (k.name === 'IsActiveEntity') {
        parts.push(`IsActiveEntity=${String(active)}`)
        continue
      }
      const type = String(k._type ?? k.type)
      // a string key no row has, within the key's length (a longer one is refused as too long: 400)
      const value = type === 'cds.UUID' ? randomUUID() : /Int|Decimal|Double/.test(type) ? '987' : `'${'zz-none'.slice(0, k.length ?? 7)}'`
      parts.push(`${k.name as string}=${value}`)
    }
    return `(${parts.join(',')})`
  }

  it('has a rule in the matrix for every served service, entity and action, and a @restrict on every writable entity', () => {
    const problems: string[] = []
    for (const srv of servedServices()) {
      const rules = MATRIX[srv.name]
      if (!rules) {
        problems.push(`service ${srv.name as string} is not in the matrix`)
        continue
      }
      if (!srv.definition['@requires']) problems.push(`service ${srv.name as string} has no @requires`)
      for (const e of entitiesOf(srv)) {
        const name = localName(srv, e)
        const grants = (e['@restrict'] ?? []).flatMap((r: any) => [r.grant].flat())
        const writable =
          !e['@readonly'] &&
          !e['@cds.autoexposed'] &&
          (!e['@restrict'] || grants.some((g: string) => /^(\*|WRITE|CREATE|UPDATE|DELETE|UPSERT)$/.test(g)))
        if (writable && !e['@restrict']) problems.push(`${e.name as string} can be written and has no @restrict`)
        if (writable && !rules.write?.[name]) problems.push(`${e.name as string} can be written: say who in the matrix`)
      }
      for (const a of actionsOf(srv)) {
        if (!rules.actions?.[a.name]) problems.push(`${srv.name as string}.${a.name} is not in the matrix`)
      }
      for (const name of Object.keys(rules.write ?? {}))
        if (!srv.entities[name]) problems.push(`matrix names ${srv.name as string}.${name}, which is not served`)
      for (const name of Object.keys(rules.actions ?? {})) {
        if (!actionsOf(srv).some(a => a.name === name)) problems.push(`matrix names ${srv.name as string}.${name}, which is not served`)
      }
    }
    for (const name of Object.keys(MATRIX))
      if (!servedServices().some(s => s.name === name)) problems.push(`matrix names ${name}, which is not served`)
    expect(problems).to.deep.equal([])
  })

  it('names the same roles in CDS as xs-security.json has scopes and role templates for', () => {
    const xs = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'xs-security.json'), 'utf8'))
    const technical = new Set(['authenticated-user', 'internal-user', 'system-user', 'any'])
    const inModel = new Set<string>()
    for (const srv of servedServices()) {
      const defs = [srv.definition, ...entitiesOf(srv), ...actionsOf(srv).map(a => a.def)]
      for (const d of defs) {
        for (const r of [d['@requires'] ?? []].flat()) inModel.add(r)
        for (const rule of d['@restrict'] ?? []) for (const r of [rule.to ?? []].flat()) inModel.add(r)
      }
    }
    const roles = [...inModel].filter(r => !technical.has(r)).sort()
    const scopes = xs.scopes.map((s: any) => s.name.replace('$XSAPPNAME.', '')).filter((s: string) => !s.startsWith('em'))
    expect(roles).to.deep.equal([...scopes].sort())
    expect(xs['role-templates'].map((t: any) => t.name).sort()).to.deep.equal(roles)
    for (const t of xs['role-templates']) expect(t['scope-references']).to.deep.equal([`$XSAPPNAME.${t.name as string}`])
    expect(xs.scopes.map((s: any) => s.name)).to.include('$XSAPPNAME.emcallback')
  })

  it('lets each role read what its job needs and nothing else', async () => {
    const wrong: string[] = []
    for (const srv of servedServices()) {
      for (const e of entitiesOf(srv)) {
        for (const user of EVERYONE) {
          const { status } = await GET(`${srv.path as string}/${localName(srv, e)}?$top=1`, as(user))
          const allowed = MATRIX[srv.name].read.includes(user)
          // entities read only through their parent (auto-exposed, or declared not readable alone) answer 405 alone
          const throughParent = e['@cds.autoexposed'] || e['@Capabilities.ReadRestrictions.Readable'] === false
          const ok = allowed ? status < 300 || status === 400 || (status === 405 && throughParent) : status === 403
          if (!ok) wrong.push(`${user} READ ${e.name as string}: ${status}`)
        }
      }
    }
    expect(wrong).to.deep.equal([])
  })

  it('lets only the granted roles create, change and delete, and nobody write a read-only entity', async () => {
    const wrong: string[] = []
    for (const srv of servedServices()) {
      for (const e of entitiesOf(srv)) {
        const url = `${srv.path as string}/${localName(srv, e)}`
        const writers = MATRIX[srv.name].write?.[localName(srv, e)] ?? {}
        const aKey = Object.values(e.keys as Record<string, any>).find(k => !k.isAssociation && k.name !== 'IsActiveEntity')
        for (const user of EVERYONE) {
          // a key that no row has: allowed → 404, forbidden → 403, nobody's operation → 405
          const del = await DELETE(`${url}${missingKey(e)}`, as(user))
          // (a draft-enabled entity changes through a draft: editing one is the update; the items of a draft change
          // inside their root's draft, which the next test covers)
          const draftItem = e.drafts && !e.actions?.draftEdit
          const patch = e.drafts
            ? await POST(`${url}${missingKey(e)}/draftEdit`, {}, as(user))
            : await PATCH(`${url}${missingKey(e)}`, {}, as(user))
          // an object for a key: allowed → 400 (nothing written), forbidden → 403 or 405
          const post = await POST(url, { [aKey.name]: { not: 'a value' } }, as(user))
          for (const [op, status] of [
            ['DELETE', del.status],
            ['UPDATE', draftItem ? undefined : patch.status],
            ['CREATE', post.status]
          ] as Array<[WriteOp, number]>) {
            if (status === undefined) continue
            const allowed = writers[op]?.includes(user) ?? false
            if (allowed ? status !== (op === 'CREATE' ? 400 : 404) : ![403, 405].includes(status))
              wrong.push(`${user} ${op} ${e.name as string}: ${status}`)
          }
        }
      }
    }
    expect(wrong).to.deep.equal([])
  })

  it('keeps everyone but sustainability admins out of a factor set draft and its factors', async () => {
    const admin = '/odata/v4/admin'
    expect((await POST(`${admin}/FactorSets`, { code: 'ACL-1', title: 'ACL', publisher: 'Test', version: '1' }, as(S))).status).to.equal(
      201
    )
    const { status, data: factor } = await POST(`${admin}/FactorSets(code='ACL-1',IsActiveEntity=false)/factors`, {}, as(S))
    expect(status).to.equal(201)
    const url = `${admin}/EmissionFactors(ID='${encodeURIComponent(factor.ID as string)}',IsActiveEntity=false)`
    for (const user of [E, C, P, A, 'nora'] as User[]) {
      expect((await PATCH(url, { value: '9' }, as(user))).status, user).to.equal(403)
      expect((await DELETE(url, as(user))).status, user).to.equal(403)
    }
    expect((await PATCH(url, { value: '2.5' }, as(S))).status).to.equal(200)
    expect(Number((await GET(url, as(S))).data.value)).to.equal(2.5)
  })

  it('ignores computed and audit fields a client sends (no mass assignment)', async () => {
    const forged = { status: 'closed', closedBy: 'mallory', closedAt: '2020-01-01T00:00:00Z', createdBy: 'mallory', statusCriticality: 3 }
    const { status } = await POST(
      '/odata/v4/period-close/FiscalPeriods',
      { companyCode_code: '2010', fiscalYear: 2026, fiscalPeriod: 11, ...forged },
      as(C)
    )
    expect(status).to.equal(201)
    const { data: period } = await GET(
      "/odata/v4/period-close/FiscalPeriods(companyCode_code='2010',fiscalYear=2026,fiscalPeriod=11)",
      as(C)
    )
    expect(period).to.include({ status: 'open', closedBy: null, closedAt: null, createdBy: 'carol', statusCriticality: 0 })
    const admin = '/odata/v4/admin'
    expect(
      (
        await POST(
          `${admin}/FactorSets`,
          { code: 'ACL-2', title: 'ACL', publisher: 'Test', version: '1', status_code: 'published', rowsLoaded: 999, fileChecksum: 'f' },
          as(S)
        )
      ).status
    ).to.equal(201)
    const { data: set } = await GET(`${admin}/FactorSets(code='ACL-2',IsActiveEntity=false)`, as(S))
    expect(set).to.include({ status_code: 'draft', rowsLoaded: null, fileChecksum: null })
  })

  it('lets only the granted roles call each action and function', async () => {
    const wrong: string[] = []
    for (const srv of servedServices()) {
      for (const a of actionsOf(srv)) {
        const base = a.entity
          ? `${srv.path as string}/${localName(srv, a.entity)}${missingKey(a.entity)}/${a.def.name as string}`
          : `${srv.path as string}/${a.name}`
        for (const user of EVERYONE) {
          const allowed = MATRIX[srv.name].actions![a.name].includes(user)
          // bound: on a missing instance (allowed → 404); unbound: without its mandatory parameters where it has any
          const { status } = a.def.kind === 'function' ? await GET(`${base}()`, as(user)) : await POST(base, {}, as(user))
          if (allowed ? [401, 403, 405].includes(status) : status !== 403) wrong.push(`${user} ${a.name}: ${status}`)
        }
      }
    }
    expect(wrong).to.deep.equal([])
  })

  it('refuses anonymous requests and unknown users with 401', async () => {
    for (const srv of servedServices()) {
      const e = entitiesOf(srv)[0]
      if (!e) continue
      expect((await GET(`${srv.path as string}/${localName(srv, e)}`)).status, srv.name).to.equal(401)
      expect((await GET(`${srv.path as string}/${localName(srv, e)}`, { auth: { username: 'mallory', password: 'x' } })).status).to.equal(
        401
      )
    }
  })

  describe('company codes: a role limited by the attribute CompanyCode', () => {
    // ella: ERP user for 1710; cora: controller and approver for 1010 (.cdsrc.json)
    const ella = { auth: { username: 'ella', password: '' } }
    const cora = { auth: { username: 'cora', password: '' } }
    const periods = '/odata/v4/period-close/FiscalPeriods'
    const period = (code: string, p: number): string => `${periods}(companyCode_code='${code}',fiscalYear=2026,fiscalPeriod=${p})`

    it('shows an ERP user only the purchase orders, items and lines of her company codes', async () => {
      const all = (await GET('/odata/v4/emissions/PurchaseOrders', as(E))).data.value
      const hers = (await GET('/odata/v4/emissions/PurchaseOrders', ella)).data.value
      expect(hers.length).to.be.above(0).and.below(all.length)
      expect(hers.map((po: any) => po.companyCode_code)).to.deep.equal(hers.map(() => '1710'))
      expect(hers.length).to.equal(all.filter((po: any) => po.companyCode_code === '1710').length)
      const other = all.find((po: any) => po.companyCode_code === '1010')
      expect((await GET(`/odata/v4/emissions/PurchaseOrders('${other.PurchaseOrder as string}')`, ella)).status).to.equal(404)
      const items = (await GET('/odata/v4/emissions/PurchaseOrderItems', ella)).data.value
      expect(new Set(items.map((i: any) => i.companyCode_code))).to.deep.equal(new Set(['1710']))
      const lines = (await GET('/odata/v4/analytics/EmissionLines', ella)).data.value
      expect(lines.length).to.be.above(0)
      expect(new Set(lines.map((l: any) => l.companyCode_code))).to.deep.equal(new Set(['1710']))
    })

    it('lets a controller open, see and act on periods of her company codes only', async () => {
      const refused = await POST(periods, { companyCode_code: '1710', fiscalYear: 2026, fiscalPeriod: 7 }, cora)
      expect(refused.status).to.equal(403)
      expect(refused.data.error.target).to.equal('companyCode_code')
      expect((await GET(period('1710', 7), as(C))).status, 'nothing written').to.equal(404)
      expect((await POST(periods, { companyCode_code: '1010', fiscalYear: 2026, fiscalPeriod: 7 }, cora)).status).to.equal(201)
      expect((await POST(periods, { companyCode_code: '1710', fiscalYear: 2026, fiscalPeriod: 3 }, as(C))).status).to.equal(201)
      const seen = (await GET(periods, cora)).data.value.map((p: any) => p.companyCode_code)
      expect(new Set(seen)).to.deep.equal(new Set(['1010']))
      expect((await GET(`${period('1710', 3)}/runChecks()`, cora)).status).to.be.oneOf([403, 404])
      expect((await POST(`${period('1710', 3)}/checkReadiness`, {}, cora)).status).to.be.oneOf([403, 404])
      expect((await POST(`${period('1010', 7)}/checkReadiness`, {}, cora)).status).to.equal(200)
    })

    it('keeps an approver away from the readiness checks and reopening requests of other company codes', async () => {
      const url = period('1710', 3)
      const { data: checks } = await POST(`${url}/checkReadiness`, {}, as(C))
      const failing = checks.value.filter((c: any) => !c.passed)
      expect(failing.length).to.be.above(0)
      const check = `/odata/v4/period-close/ReadinessChecks(period_companyCode_code='1710',period_fiscalYear=2026,period_fiscalPeriod=3,check='${failing[0].check as string}')`
      expect((await POST(`${check}/waive`, { reason: 'not mine' }, cora)).status).to.be.oneOf([403, 404])
      expect((await GET(check, as(C))).data.waiverReason).to.equal(null)
      const { status, data: job } = await POST(
        `${url}/close`,
        { waivers: failing.map((c: any) => ({ check: c.check, reason: 'test' })) },
        as(C)
      )
      expect(status, JSON.stringify(job)).to.equal(200)
      for (
        let i = 0;
        i < 200 && (await GET(`/odata/v4/period-close/PeriodJobs(${job.ID as string})`, as(C))).data.status === 'running';
        i++
      ) {
        await new Promise(resolve => setTimeout(resolve, 50))
      }
      const { data: request } = await POST(`${url}/requestReopen`, { reason: 'late invoice' }, as(C))
      const approve = `/odata/v4/period-close/Restatements(${request.ID as string})/approve`
      expect((await GET('/odata/v4/period-close/Restatements', cora)).data.value).to.deep.equal([])
      expect((await POST(approve, {}, cora)).status).to.be.oneOf([403, 404])
      expect((await GET(url, as(C))).data.status).to.equal('closed')
      expect((await POST(approve, {}, { auth: { username: 'bob', password: '' } })).status).to.equal(204)
      expect((await GET(url, as(C))).data.status).to.equal('reopened')
    })
  })
})
