import cds from '@sap/cds'
import path from 'node:path'
import { randomUUID } from 'node:crypto'
import { entitiesOf, localName, servedServices } from '../helpers/served'
import { bindingOf, companyCodeCondition } from '../../srv/common/company-code-isolation'
import { Decimal } from '../../srv/lib/common/decimal'
import ExcelJS from 'exceljs'

/**
 * Company-code isolation, walked from the model (db/company-codes.cds, srv/common/company-code-isolation.ts): as each user
 * whom the attribute CompanyCode limits, every entity set of every served service, each of its navigations as a
 * one-level `$expand`, `$count`, `$apply`, and every function that returns rows. Any row of another company code in
 * an answer fails: a foreign key value (the IDs and document numbers of every row that belongs to another company
 * code, read from the database through the same declaration) or a company-code field with a foreign value. New
 * entity sets, navigations and functions are walked without editing this test.
 */
describe('Company-code isolation: every service, navigation and function, as each restricted user', () => {
  const { GET, POST, expect, axios } = cds.test(path.join(__dirname, '..', '..'))
  axios.defaults.validateStatus = () => true

  const as = (username: string): any => ({ auth: { username, password: '' } })
  const alice = as('alice')
  /** the restricted users of the development profile (.cdsrc.json): ERP user for 1710; controller and approver for 1010 */
  const RESTRICTED = { ella: ['1710'], cora: ['1010'] } as const
  const YEAR = 2026

  /** value → the bound entity whose foreign row it identifies, per restricted user */
  const markers = new Map<string, Map<string, string>>()

  async function waitForJob(id: string): Promise<any> {
    for (let i = 0; i < 400; i++) {
      const { data } = await GET(`/odata/v4/period-close/PeriodJobs(${id})`, alice)
      if (data.status !== 'running') return data
      await new Promise(resolve => setTimeout(resolve, 50))
    }
  }

  /** a closed and a reopen-requested period, an upload, a screening, findings, a rule, a lane and an event per company code */
  async function rowsInEveryCompanyCode(): Promise<void> {
    const db = cds.entities('scope3')
    for (const code of ['1010', '1710']) {
      const url = `/odata/v4/period-close/FiscalPeriods(companyCode_code='${code}',fiscalYear=${YEAR},fiscalPeriod=1)`
      expect(
        (await POST('/odata/v4/period-close/FiscalPeriods', { companyCode_code: code, fiscalYear: YEAR, fiscalPeriod: 1 }, alice)).status
      ).to.equal(201)
      const { data: checks } = await POST(`${url}/checkReadiness`, {}, alice)
      const waivers = checks.value.filter((c: any) => !c.passed).map((c: any) => ({ check: c.check, reason: 'isolation test' }))
      const { status, data: job } = await POST(`${url}/close`, { waivers }, alice)
      expect(status, JSON.stringify(job)).to.equal(200)
      const done = await waitForJob(job.ID)
      expect(done.status, JSON.stringify(done)).to.equal('succeeded')
      expect((await POST(`${url}/requestReopen`, { reason: `late invoice ${code}` }, alice)).status).to.equal(200)
      const screening = await POST(
        `${url}/screenCategory`,
        { category: 14, relevant: false, justification: `no franchises in ${code}` },
        alice
      )
      expect(screening.status, JSON.stringify(screening.data)).to.be.below(300)
      const rows = [{ date: `${YEAR}-03-01`, mode: 'road', mass: '12', massUnit: 't', distanceKm: '450', carrier: `Carrier ${code}` }]
      const upload = await POST(
        '/odata/v4/uploads/submitRows',
        { activityType: 'freight', companyCode: code, batchId: `ISO-${code}`, rows, commit: true },
        alice
      )
      expect(upload.status, JSON.stringify(upload.data)).to.equal(200)
      await INSERT.into(db.AttributionRules).entries({
        ID: randomUUID(),
        ruleKey: `ISO-${code}`,
        version: 1,
        name: `rule of ${code}`,
        companyCode_code: code,
        category_code: 1,
        method_code: 'spend-based',
        priority: 0,
        active: false
      })
      const lane = randomUUID()
      await INSERT.into(db.TransportLanes).entries({ ID: lane, name: `lane to ${code}`, plant_code: code, supplierCountry_code: 'CN' })
      await INSERT.into(db.TransportLaneLegs).entries({
        ID: randomUUID(),
        lane_ID: lane,
        sequence: 1,
        mode: 'sea-container',
        distanceKm: 19000
      })
      const line = await SELECT.one.from(db.Activities).columns('ID').where({ companyCode_code: code })
      await INSERT.into(db.Findings).entries({
        ID: randomUUID(),
        activity_ID: line.ID,
        companyCode_code: code,
        fiscalYear: YEAR,
        fiscalPeriod: 1,
        findingType: 'isolation',
        message: `finding of ${code}`,
        raisedBy: 'test',
        status: 'open'
      })
      await INSERT.into(db.InboundEvents).entries({
        ID: randomUUID(),
        eventId: `iso-${code}`,
        source: '/isolation',
        type: 'sap.s4.beh.purchaseorder.v1.PurchaseOrder.Changed.v1',
        data: '{}',
        status: 'processed',
        companyCode: code,
        receivedAt: new Date().toISOString()
      })
    }
    const run = await POST("/odata/v4/quality/Agents(code='data-quality',IsActiveEntity=true)/DataQualityService.run", {}, alice)
    expect(run.status, JSON.stringify(run.data)).to.equal(200)
  }

  /** every row of a bound database entity outside these company codes, by its identifying values */
  async function foreignMarkers(codes: string[]): Promise<Map<string, string>> {
    const found = new Map<string, string>()
    for (const entity of Object.values<any>(cds.model!.definitions)) {
      if (entity.kind !== 'entity' || entity.query || !/^(scope3|sap\.changelog)\./.test(entity.name as string)) continue
      const binding = bindingOf(entity)
      if (!binding) continue
      // its own identifiers (not the foreign keys of a parent, which identify the parent's row)
      const keys = Object.values<any>(entity.keys ?? {})
        .filter(k => !k.isAssociation && !k['@odata.foreignKey4'] && k.type === 'cds.UUID')
        .map(k => k.name as string)
      const columns = [...keys, ...(entity.elements.documentNumber ? ['documentNumber'] : [])]
      if (!columns.length) continue
      const rows = await SELECT.from(entity)
        .columns(columns)
        .where(['not', ...companyCodeCondition(binding, codes)] as any)
      for (const row of rows)
        for (const c of columns) if (typeof row[c] === 'string' && row[c].length >= 8 && !found.has(row[c])) found.set(row[c], entity.name)
    }
    return found
  }

  /** what in an answer belongs to another company code: foreign identifiers anywhere, foreign company-code fields */
  function leaksIn(body: unknown, entity: any, codes: readonly string[], foreign: Map<string, string>): string[] {
    const leaks: string[] = []
    const visit = (value: unknown, at: string, def: any): void => {
      if (typeof value === 'string') {
        for (const token of value.split(/[\s,;"]+/))
          if (foreign.has(token)) leaks.push(`${at}: ${token} (a row of ${foreign.get(token)!} of another company code)`)
        return
      }
      if (Array.isArray(value)) {
        value.forEach((v, i) => visit(v, `${at}[${i}]`, def))
        return
      }
      if (value == null || typeof value !== 'object') return
      const binding = bindingOf(def)
      const own = binding?.path.length === 1 ? (value as any)[binding.path[0]] : undefined
      if (typeof own === 'string' && !codes.includes(own)) leaks.push(`${at}.${binding!.path[0]}: ${own}`)
      for (const [key, v] of Object.entries(value)) {
        if (/(^|_)companyCode(_code)?$/.test(key) && typeof v === 'string' && !codes.includes(v)) leaks.push(`${at}.${key}: ${v}`)
        const element = def?.elements?.[key]
        visit(v, `${at}.${key}`, element?.isAssociation ? cds.model!.definitions[element.target] : undefined)
      }
    }
    visit(body, '', entity)
    return [...new Set(leaks)]
  }

  const keyPredicate = (entity: any, row: any): string | undefined => {
    const keys = Object.values<any>(entity.keys ?? {}).filter(k => !k.isAssociation)
    if (!keys.length || keys.some(k => row[k.name] === undefined)) return undefined
    const literal = (k: any, v: unknown): string =>
      typeof v === 'string' && !['cds.UUID'].includes(k.type) ? `'${v.replace(/'/g, "''")}'` : String(v)
    return `(${keys.map(k => `${k.name as string}=${literal(k, row[k.name])}`).join(',')})`
  }

  const paramValue = (p: any): string => {
    if (/Int/.test(p.type ?? '')) return String(YEAR)
    if (p.type === 'cds.Boolean') return 'true'
    if (p.type === 'cds.UUID') return randomUUID()
    return "'steel'"
  }

  before(async () => {
    await rowsInEveryCompanyCode()
    for (const [user, codes] of Object.entries(RESTRICTED)) markers.set(user, await foreignMarkers([...codes]))
  })

  it('has rows of other company codes to hide from each restricted user, in every kind of bound table', () => {
    for (const [user, foreign] of markers) {
      const kinds = new Set(foreign.values())
      for (const kind of [
        'scope3.Activities',
        'scope3.Attributions',
        'scope3.PeriodSnapshots',
        'scope3.Restatements',
        'scope3.PeriodJobs',
        'scope3.UploadBatches',
        'scope3.Findings',
        'scope3.AttributionRules',
        'scope3.TransportLanes',
        'scope3.InboundEvents'
      ]) {
        expect(kinds.has(kind), `${user}: no foreign row of ${kind} (${[...kinds].join(', ')})`).to.equal(true)
      }
    }
  })

  /**
   * `property eq value` for a filter a set requires: the walk's year for a year, the first key an unrestricted user
   * reads of the target of a foreign key (e.g. a material group)
   */
  async function filterOn(entity: any, name: string): Promise<string> {
    const element = entity.elements[name]
    const literal = (v: unknown): string => (typeof v === 'number' ? String(v) : `'${String(v)}'`)
    if (/year/i.test(name)) return `${name} eq ${element.type === 'cds.Integer' ? YEAR : `'${YEAR}'`}`
    const association = entity.elements[element['@odata.foreignKey4']]
    const srv = servedServices().find(s => (association?.target as string)?.startsWith(`${s.name as string}.`))
    const target = srv?.entities[(association.target as string).slice((srv.name as string).length + 1)]
    const key = Object.keys(target?.keys ?? {})[0]
    const [row] = (await GET(`${srv!.path as string}/${localName(srv, target)}?$top=1&$orderby=${key}`, alice)).data.value
    return `${name} eq ${literal(row[key])}`
  }

  for (const [user, codes] of Object.entries(RESTRICTED)) {
    it(`shows ${user} (${codes.join(', ')}) no row of another company code: entity sets, $expand, $count, $apply, functions`, async () => {
      const foreign = markers.get(user)!
      const leaks: string[] = []
      let walked = 0
      let hidden = 0
      const check = async (url: string, entity: any, isFunction = false): Promise<any> => {
        let res = await GET(url, as(user))
        if (res.status === 403 || res.status === 405) return undefined
        // a function refusing the walk's made-up parameters returns no rows
        if (isFunction && res.status >= 400 && res.status < 500) return undefined
        // a set read one reporting year at a time names the filter it needs
        const needs = res.status === 400 ? entity?.elements?.[res.data?.error?.target] : undefined
        if (needs?.type === 'cds.Integer') res = await GET(`${url}&$filter=${needs.name as string} eq ${YEAR}`, as(user))
        // a set that declares the filters it requires (@Capabilities.FilterRestrictions.RequiredProperties) gets them
        const required = (entity?.['@Capabilities.FilterRestrictions.RequiredProperties'] ?? []) as Array<{ '=': string }>
        if (res.status === 400 && required.length) {
          const filters = await Promise.all(required.map(async p => await filterOn(entity, p['='])))
          res = await GET(`${url}&$filter=${filters.join(' and ')}`, as(user))
        }
        expect(res.status, `${url}: ${JSON.stringify(res.data).slice(0, 300)}`).to.be.below(300)
        walked++
        leaks.push(...leaksIn(res.data, entity, codes, foreign).map(l => `${url} ${l}`))
        return res.data
      }
      for (const srv of servedServices()) {
        for (const entity of entitiesOf(srv)) {
          const set = `${srv.path as string}/${localName(srv, entity)}`
          const data = await check(`${set}?$top=500`, entity)
          if (data === undefined) continue
          // what an unrestricted user sees of it: the walk must hide something somewhere, not pass on empty sets
          const all = (await GET(`${set}?$top=500`, alice)).data
          if (leaksIn(all, entity, codes, foreign).length > 0) hidden++
          if (data.value.length < 500) {
            const count = await GET(`${set}/$count`, as(user))
            if (count.status === 200) expect(Number(count.data), `${set}/$count`).to.equal(data.value.length)
          }
          for (const element of Object.values<any>(entity.elements)) {
            if (!element.isAssociation || /^(DraftAdministrativeData|SiblingEntity)$/.test(element.name as string)) continue
            // navigable where the target is served by the same service
            if (!(element.target as string).startsWith(`${srv.name as string}.`)) continue
            await check(`${set}?$top=100&$expand=${element.name as string}`, entity)
          }
          const binding = bindingOf(entity)
          if (binding?.path.length === 1 && entity.elements[binding.path[0]])
            await check(`${set}?$apply=groupby((${binding.path[0]}))`, entity)
          // bound functions of the rows this user sees
          for (const fn of Object.values<any>(entity.actions ?? {}).filter(a => a.kind === 'function')) {
            for (const row of data.value.slice(0, 2)) {
              const key = keyPredicate(entity, row)
              if (!key) continue
              const params = Object.values<any>(fn.params ?? {})
                .map(p => `${p.name as string}=${paramValue(p)}`)
                .join(',')
              await check(`${set}${key}/${srv.name as string}.${fn.name as string}(${params})`, undefined, true)
            }
          }
        }
        for (const fn of Object.values<any>(srv.operations ?? srv.actions ?? {}).filter((a: any) => a.kind === 'function')) {
          const params = Object.values<any>(fn.params ?? {})
            .map(p => `${p.name as string}=${paramValue(p)}`)
            .join(',')
          await check(`${srv.path as string}/${fn.name as string}(${params})`, undefined, true)
        }
      }
      expect(leaks, leaks.slice(0, 20).join('\n')).to.deep.equal([])
      expect(walked, 'answers walked').to.be.above(50)
      expect(hidden, 'entity sets where an unrestricted user sees rows this user must not').to.be.above(5)
    })
  }

  describe('what the walk cannot see: aggregates, actions and writes', () => {
    const cora = as('cora')
    const PC = '/odata/v4/period-close'

    it('gives a controller limited to 1010 the inventory of 1010: each category the sum of its period totals, in report and CSV', async () => {
      const totals = await SELECT.from(cds.entities('scope3').PeriodTotals).where({ fiscalYear: YEAR })
      const expected = new Map<number, Decimal>()
      for (const t of totals) {
        if (t.companyCode_code !== '1010') continue
        expected.set(t.category_code, (expected.get(t.category_code) ?? new Decimal(0)).add(t.kgCO2eLocation))
      }
      expect(expected.size, 'period totals of 1010').to.be.above(0)
      expect(
        totals.some((t: any) => t.companyCode_code !== '1010' && Number(t.kgCO2eLocation) !== 0),
        'figures of other company codes'
      ).to.equal(true)
      const mine = (await GET(`/odata/v4/inventory/Inventory?$filter=reportingYear eq ${YEAR}`, cora)).data.value
      const group = (await GET(`/odata/v4/inventory/Inventory?$filter=reportingYear eq ${YEAR}`, alice)).data.value
      for (const line of mine) {
        const kg = expected.get(line.category)
        expect(
          line.tCO2eLocation === null ? null : new Decimal(line.tCO2eLocation).toFixed(9),
          `category ${line.category as number}`
        ).to.equal(kg === undefined ? null : kg.div(1000).toFixed(9))
      }
      expect(mine.map((l: any) => l.tCO2eLocation)).not.to.deep.equal(group.map((l: any) => l.tCO2eLocation))
      const csv = (await GET(`/odata/v4/inventory/inventoryCsv(reportingYear=${YEAR})`, cora)).data as string
      const first = mine.find((l: any) => l.tCO2eLocation !== null)
      expect(csv).to.include(new Decimal(first.tCO2eLocation).toFixed(9).replace(/0+$/, ''))
      const groupCsv = (await GET(`/odata/v4/inventory/inventoryCsv(reportingYear=${YEAR})`, alice)).data as string
      expect(csv).not.to.equal(groupCsv)
      // the XLSX file is her inventory too: its total is her CSV's
      const xlsx = (await GET(`/odata/v4/inventory/inventoryXlsx(reportingYear=${YEAR})`, { ...cora, responseType: 'arraybuffer' })).data
      const workbook = new ExcelJS.Workbook()
      await workbook.xlsx.load(xlsx)
      const sheet = workbook.getWorksheet(`Inventory ${YEAR}`)!
      const columns = csv.split('\r\n')[0].split(',')
      const total = csv.trim().split('\r\n').at(-1)!.split(',')[columns.indexOf('tCO2eLocation')]
      expect(sheet.getRow(sheet.rowCount).getCell(columns.indexOf('tCO2eLocation') + 1).value).to.equal(Number(total))
    })

    it('recomputes only her own lines, and treats a line of another company code as one that does not exist', async () => {
      const { Activities } = cds.entities('scope3')
      const foreign = await SELECT.one.from(Activities).columns('ID').where({ companyCode_code: '1710' })
      const refused = await POST('/odata/v4/accounting/recompute', { activities: [foreign.ID] }, cora)
      expect(refused.status).to.equal(404)
      expect(refused.data.error.target).to.equal('activities')
      const { status, data } = await POST('/odata/v4/accounting/recompute', {}, cora)
      expect(status, JSON.stringify(data)).to.equal(200)
      const own = await SELECT.from(Activities).columns('count(1) as n').where({ companyCode_code: '1010' })
      expect(data.activities).to.equal(Number(own[0].n))
    })

    it('replays only her own snapshots, and shows her the log entries of her company code and the shared ones', async () => {
      const { PeriodSnapshots } = cds.entities('scope3')
      const theirs = await SELECT.one.from(PeriodSnapshots).columns('ID').where({ period_companyCode_code: '1710' })
      const hers = await SELECT.one.from(PeriodSnapshots).columns('ID').where({ period_companyCode_code: '1010' })
      expect((await POST('/odata/v4/audit/replay', { snapshot: theirs.ID }, cora)).status).to.equal(404)
      expect((await POST('/odata/v4/audit/replay', { snapshot: hers.ID }, cora)).status).to.equal(200)
      const log = (await GET('/odata/v4/audit/CalculationLog?$top=5000', cora)).data.value
      const all = (await GET('/odata/v4/audit/CalculationLog?$top=5000', alice)).data.value
      expect(log.some((e: any) => e.companyCode === '1010' && e.action === 'close')).to.equal(true)
      expect(log.some((e: any) => e.companyCode === null && e.action === 'calculation')).to.equal(true)
      expect(all.some((e: any) => e.companyCode === '1710' && e.action === 'close')).to.equal(true)
      expect(log.length).to.equal(all.filter((e: any) => e.companyCode === null || e.companyCode === '1010').length)
      expect((await POST('/odata/v4/audit/verifyLog', {}, cora)).data.intact, 'the company code is part of the hash chain').to.equal(true)
    })

    it('answers writes, actions and draft-free updates on rows of another company code with 404, and creates in them with 403', async () => {
      const { Findings } = cds.entities('scope3')
      const finding = await SELECT.one.from(Findings).columns('ID').where({ companyCode_code: '1710', status: 'open' })
      const waive = await POST(`/odata/v4/quality/Findings(${finding.ID as string})/waive`, { reason: 'not mine' }, cora)
      expect(waive.status).to.equal(404)
      expect((await SELECT.one.from(Findings, finding.ID)).status, 'nothing written').to.equal('open')
      const screening = `${PC}/CategoryScreenings(companyCode_code='1710',reportingYear=${YEAR},category_code=14)`
      expect((await GET(screening, alice)).status).to.equal(200)
      const patch = await axios.patch(screening, { justification: 'changed by another company code' }, cora)
      expect(patch.status).to.equal(404)
      expect((await GET(screening, alice)).data.justification).to.equal('no franchises in 1710')
      const create = await POST(
        `${PC}/CategoryScreenings`,
        { companyCode_code: '1710', reportingYear: YEAR, category_code: 15, relevant: true },
        cora
      )
      expect(create.status).to.equal(403)
      expect(create.data.error.target).to.equal('companyCode_code')
      const reopen = await POST(
        `${PC}/FiscalPeriods(companyCode_code='1710',fiscalYear=${YEAR},fiscalPeriod=1)/requestReopen`,
        { reason: 'x' },
        cora
      )
      expect(reopen.status).to.equal(404)
      // in a $batch, each part on its own
      const batch = await POST(
        '/odata/v4/quality/$batch',
        {
          requests: [
            { id: '1', method: 'GET', url: `Findings?$filter=companyCode_code eq '1710'` },
            {
              id: '2',
              method: 'POST',
              url: `Findings(${finding.ID as string})/waive`,
              headers: { 'content-type': 'application/json' },
              body: { reason: 'batched' }
            }
          ]
        },
        cora
      )
      expect(batch.status).to.equal(200)
      const [read, action] = batch.data.responses
      expect(read.body.value).to.deep.equal([])
      expect(action.status).to.equal(404)
    })
  })
})
