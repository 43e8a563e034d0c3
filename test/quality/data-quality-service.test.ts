import cds from '@sap/cds'
import path from 'node:path'
import { recompute } from '../../srv/attribution/attribute-lines'
import { applyPurchaseOrders } from '../../srv/ingestion/purchase-order-sync'
import { settings } from '../../srv/common/settings'

/**
 * The data-quality agent and the policy agent (srv/quality/data-quality-service.ts): findings of every type on crafted lines,
 * re-runs that decide the same, dry runs, the switch, a run that fails and leaves nothing, findings of a new
 * purchase order as soon as it is attributed, the worklist's waivers with the materiality gate and four eyes, and
 * the readiness check a blocking finding fails.
 */
describe('DataQualityService: agents, findings worklist, waivers', () => {
  const { GET, POST, PATCH, DELETE: DEL, expect, axios } = cds.test(path.join(__dirname, '..', '..'))
  axios.defaults.auth = { username: 'sam', password: '' }
  axios.defaults.validateStatus = (s: number) => s < 500
  const Q = '/odata/v4/quality'
  const as = (username: string): any => ({ auth: { username, password: '' } })

  let n = 0
  /** a purchase order item line as S/4HANA synchronisation stores it (supplier, material and plant of the demo data) */
  const item = (extra: Record<string, unknown> = {}): Record<string, unknown> => {
    n++
    return {
      ID: cds.utils.uuid(),
      sourceSystem: 'S4HANA',
      documentType: 'PurchaseOrderItem',
      documentNumber: `46${String(n).padStart(8, '0')}`,
      documentItem: '00010',
      fiscalYear: 2026,
      fiscalPeriod: 4,
      postingDate: `2026-04-${String(1 + (n % 27)).padStart(2, '0')}`,
      companyCode_code: '1010',
      supplier_ID: '17300003',
      material_ID: 'ST-S355-PLATE',
      materialGroup_code: 'ZSTEEL',
      plant_code: '1010',
      quantity: String(1000 + (n % 10) * 50),
      unit_code: 'KGM',
      amount: String(((1000 + (n % 10) * 50) * (1.18 + (n % 7) * 0.01)).toFixed(2)),
      currency_code: 'EUR',
      status_code: 'final',
      ...extra
    }
  }
  const lines: Record<string, Record<string, unknown>> = {}
  const findingsOf = async (doc: string): Promise<any[]> =>
    (await GET(`${Q}/Findings?$filter=documentNumber eq '${doc}'&$orderby=findingType`)).data.value
  const agent = (code = 'data-quality', active = true): string => `${Q}/Agents(code='${code}',IsActiveEntity=${String(active)})`
  const run = async (user = 'sam'): Promise<any> => await POST(`${agent()}/DataQualityService.run`, {}, as(user))
  /** an agent's settings changed as the Manage Agents app does: edit draft, change, activate */
  async function setAgent(fields: Record<string, unknown>, user = 'sam', code = 'data-quality'): Promise<any> {
    const edit = await POST(`${agent(code)}/DataQualityService.draftEdit`, { PreserveChanges: true }, as(user))
    if (edit.status >= 400) return edit
    await PATCH(agent(code, false), fields, as(user))
    return await POST(`${agent(code, false)}/DataQualityService.draftActivate`, {}, as(user))
  }

  before(async () => {
    const crafted = {
      ...Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`ordinary${i}`, item()])),
      price: item({ amount: '1210000.00' }), // 1,000 times the unit price of the plate
      missing: item({ plant_code: null }),
      pieces: item({ material_ID: 'CEM-I-425', materialGroup_code: 'ZCEMENT', unit_code: 'H87', quantity: '40', amount: '480.00' }),
      twinA: item({ material_ID: 'PE-FILM', materialGroup_code: 'ZPLASTIC', quantity: '333', amount: '799.20', postingDate: '2026-04-10' }),
      twinB: item({ material_ID: 'PE-FILM', materialGroup_code: 'ZPLASTIC', quantity: '333', amount: '799.20', postingDate: '2026-04-12' }),
      unmapped: item({ material_ID: null, materialGroup_code: 'ZMISC', quantity: '3', unit_code: 'H87', amount: '450.00' })
    }
    Object.assign(lines, crafted)
    const { Activities, MaterialGroups } = cds.entities('scope3')
    await cds.tx(async () => {
      await INSERT.into(MaterialGroups).entries({ code: 'ZMISC', name: 'Miscellaneous' })
      await INSERT.into(Activities).entries(Object.values(crafted))
      await recompute(Object.values(crafted).map(l => l.ID as string))
    })
  })

  const doc = (key: string): string => lines[key].documentNumber as string

  it('raises a finding of each type with severity, proposal and confidence, and logs each decision', async () => {
    const { status, data: report } = await run()
    expect(status, JSON.stringify(report)).to.equal(200)
    expect(report).to.include({ status: 'succeeded', trigger: 'manual', dryRun: false })
    expect(report.raised).to.be.greaterThan(5)
    const [price] = await findingsOf(doc('price'))
    expect(price).to.include({
      findingType: 'implausibleMagnitude',
      severity: 'high',
      blocksClose: true,
      status: 'open',
      raisedBy: 'data-quality',
      companyCode_code: '1010',
      fiscalPeriod: 4
    })
    expect(price.message).to.match(/unit price \d[\d,]* times above the median of material ST-S355-PLATE/)
    expect((await findingsOf(doc('missing'))).map(f => f.findingType)).to.include('missingField')
    expect((await findingsOf(doc('pieces'))).map(f => f.findingType)).to.include('unitMismatch')
    expect((await findingsOf(doc('twinA'))).map(f => f.findingType)).to.include('duplicate')
    expect((await findingsOf(doc('twinB')))[0].message).to.contain(`as ${doc('twinA')}`)
    expect((await findingsOf(doc('unmapped'))).map(f => f.findingType)).to.include('unmappedSpend')
    expect(await findingsOf(doc('ordinary0'))).to.deep.equal([])
    // every raise is a decision with its inputs, logic version and confidence; the run is in the calculation log
    const { value: decisions } = (await GET(`${Q}/AgentDecisions?$filter=run_ID eq ${report.ID as string} and decision eq 'raise'`)).data
    expect(decisions).to.have.length(report.raised)
    const decision = decisions.find((d: any) => d.subject === price.activity_ID)
    expect(decision).to.include({ agent: 'data-quality', logicVersion: 'dq-1.0.0', findingType: 'implausibleMagnitude' })
    expect(JSON.parse(decision.inputs)).to.include({ what: 'unit price' })
    expect(JSON.parse(decision.inputs).n).to.be.greaterThan(12)
    const log = (await GET("/odata/v4/audit/CalculationLog?$filter=action eq 'agentRun'&$orderby=seq desc&$top=1", as('audrey'))).data
      .value[0]
    expect(log.outputHash).to.be.a('string')
  })

  it('decides the same on the same lines: a re-run raises nothing new, and keeps what it found', async () => {
    const before = (await GET(`${Q}/Findings/$count`)).data
    const { data: again } = await run()
    expect(again).to.include({ raised: 0, resolved: 0 })
    expect(again.kept).to.equal(before)
    expect((await GET(`${Q}/Findings/$count`)).data).to.equal(before)
  })

  it('resolves a finding whose cause is gone; a dry run logs its decisions and changes no finding; a switched-off agent does not run', async () => {
    const { Activities } = cds.entities('scope3')
    await cds.tx(() => UPDATE(Activities, lines.missing.ID as string).with({ plant_code: '1010' }))
    expect((await setAgent({ dryRun: true })).status).to.equal(200)
    const { data: dry } = await run()
    expect(dry).to.include({ dryRun: true, resolved: 1 })
    expect((await findingsOf(doc('missing'))).find(f => f.findingType === 'missingField')).to.include({ status: 'open' })
    expect(
      (await GET(`${Q}/AgentDecisions?$filter=run_ID eq ${dry.ID as string}`)).data.value.map((d: any) => [d.decision, d.dryRun, d.reason])
    ).to.deep.equal([['resolve', true, 'not found any more']])
    await setAgent({ dryRun: false })
    expect((await run()).data).to.include({ resolved: 1 })
    expect((await findingsOf(doc('missing'))).find(f => f.findingType === 'missingField')).to.include({ status: 'resolved' })
    await setAgent({ enabled: false })
    const off = await run()
    expect(off.status).to.equal(409)
    expect(off.data.error.message).to.match(/switched off/)
    await setAgent({ enabled: true })
    // only sustainability admins steer the agents; a policy must be one the agent knows
    expect((await setAgent({ enabled: false }, 'audrey')).status).to.equal(403)
    expect((await run('carol')).status).to.equal(403)
    const bad = await setAgent({ policy: '{"outlierZ": -1, "colour": 3}' })
    expect(bad.status).to.equal(400)
    expect([bad.data.error, ...(bad.data.error.details ?? [])].map((e: any) => [e.target, e.message])).to.deep.include.members([
      ['in/policy', 'outlierZ is a positive number'],
      [
        'in/policy',
        'The policy has no setting colour (it knows staleFactorYears, magnitudeFactor, outlierZ, minHistory, duplicateDays, blocking)'
      ]
    ])
    expect((await DEL(agent('data-quality', false))).status).to.equal(204)
    expect((await POST(`${Q}/Agents`, { code: 'x' })).status).to.equal(405)
  })

  it('leaves nothing half-written when a run fails, and the next run does it all', async () => {
    const { Findings, AgentRuns, Activities } = cds.entities('scope3')
    const faulty = item({ amount: '2420000.00', documentNumber: '4699999999' })
    await cds.tx(async () => {
      await INSERT.into(Activities).entries(faulty)
      await recompute([faulty.ID as string])
    })
    // someone else's finding of the same line and type: the agent's insert collides and its run rolls back
    await cds.tx(() =>
      INSERT.into(Findings).entries({
        ID: cds.utils.uuid(),
        activity_ID: faulty.ID,
        findingType: 'implausibleMagnitude',
        raisedBy: 'test',
        status: 'open'
      })
    )
    const runs = Number((await SELECT.one.from(AgentRuns).columns('count(1) as n')).n)
    const failed = await run()
    expect(failed.status).to.equal(409)
    expect(failed.data.error.message).to.match(/run it again/)
    expect(Number((await SELECT.one.from(AgentRuns).columns('count(1) as n')).n)).to.equal(runs)
    await cds.tx(() => DELETE.from(Findings).where({ activity_ID: faulty.ID, raisedBy: 'test' }))
    expect((await run()).data.raised).to.be.greaterThan(0)
    expect((await findingsOf('4699999999')).map(f => f.findingType)).to.include('implausibleMagnitude')
  })

  it('checks a new purchase order as soon as it is attributed (through the persistent queue)', async () => {
    settings().dataQuality.onEvents = true
    try {
      const docs: any = {
        header: {
          PurchaseOrder: '4600077777',
          CompanyCode: '1010',
          Supplier: '17300003',
          DocumentCurrency: 'EUR',
          PurchaseOrderDate: '2026-04-20',
          IncotermsClassification: 'DAP'
        },
        items: [
          {
            PurchaseOrderItem: '00010',
            Material: 'ST-S355-PLATE',
            MaterialGroup: 'ZSTEEL',
            Plant: '1010',
            OrderQuantity: '1000',
            PurchaseOrderQuantityUnit: 'KG',
            NetPriceAmount: '1180',
            NetPriceQuantity: '1',
            DocumentCurrency: 'EUR'
          }
        ],
        goodsMovements: [],
        invoiceItems: []
      }
      const started = Date.now()
      await cds.tx(() => applyPurchaseOrders([{ purchaseOrder: '4600077777', docs }]))
      let found: any[] = []
      while (Date.now() - started < 10000 && !found.length) {
        await new Promise(resolve => setTimeout(resolve, 100))
        found = await findingsOf('4600077777')
      }
      expect(found.map(f => f.findingType)).to.include('implausibleMagnitude')
      const {
        value: [eventRun]
      } = (await GET(`${Q}/AgentRuns?$filter=trigger eq 'event'&$orderby=startedAt desc&$top=1`)).data
      // the plate and its inbound transport: Midwest Steel's plate has a supplier footprint (cradle-to-gate), so its
      // transport is derived under DAP as well (estimated from spend: no lane from the US)
      expect(eventRun).to.include({ status: 'succeeded', linesChecked: 2 })
    } finally {
      settings().dataQuality.onEvents = false
    }
  })

  it('waives below the materiality at once, routes a material waiver to an approver who is not the requester', async () => {
    const [small] = (await findingsOf(doc('twinA'))).filter(f => f.findingType === 'duplicate')
    expect(Number(small.kgCO2e)).to.be.lessThan(1000)
    const waived = await POST(
      `${Q}/Findings(${small.ID as string})/waive`,
      { reason: 'two deliveries of film, ordered separately' },
      as('carol')
    )
    expect(waived.data).to.include({ status: 'waived', waivedBy: 'carol' })
    const [big] = await findingsOf(doc('price'))
    expect(Number(big.kgCO2e)).to.be.greaterThan(1000)
    const requested = await POST(`${Q}/Findings(${big.ID as string})/waive`, { reason: 'price confirmed by the buyer' }, as('alice'))
    expect(requested.data).to.include({ status: 'waiverRequested', waiverRequestedBy: 'alice' })
    // the readiness of the period: a blocking finding stays open until an approver decides
    await POST('/odata/v4/period-close/FiscalPeriods', { companyCode_code: '1010', fiscalYear: 2026, fiscalPeriod: 4 }, as('carol'))
    const readiness = async (): Promise<any> =>
      (
        await GET("/odata/v4/period-close/FiscalPeriods(companyCode_code='1010',fiscalYear=2026,fiscalPeriod=4)/runChecks()", as('carol'))
      ).data.value.find((c: any) => c.check === 'openDataQualityFindings')
    expect((await readiness()).passed).to.equal(false)
    expect((await POST(`${Q}/Findings(${big.ID as string})/approveWaiver`, {}, as('alice'))).status).to.equal(403)
    expect((await POST(`${Q}/Findings(${big.ID as string})/approveWaiver`, {}, as('carol'))).status).to.equal(403) // not an approver
    const approved = await POST(`${Q}/Findings(${big.ID as string})/approveWaiver`, { comment: 'agreed' }, as('paula'))
    expect(approved.data).to.include({ status: 'waived', waivedBy: 'paula', waiverRequestedBy: 'alice' })
    const decisions = (await GET(`${Q}/AgentDecisions?$filter=agent eq 'policy' and subject eq '${big.ID as string}'&$orderby=decidedAt`))
      .data.value
    expect(decisions.map((d: any) => [d.decision, d.decidedBy])).to.deep.equal([
      ['block', 'alice'],
      ['approve', 'paula']
    ])
    expect((await POST(`${Q}/Findings(${big.ID as string})/waive`, { reason: 'again' }, as('carol'))).status).to.equal(409)
  })

  it('suggests industries for spend without a factor; an accepted mapping becomes a rule and the finding resolves', async () => {
    const { value: suggestions } = (await GET(`${Q}/suggestIndustries(text='ready-mix concrete')`)).data
    expect(suggestions[0]).to.include({
      naicsCode: '327320',
      title: 'Ready-Mix Concrete Manufacturing',
      factorId: 'US-EPA-SCGHG-1.3/327320'
    })
    const [unmapped] = (await findingsOf(doc('unmapped'))).filter(f => f.findingType === 'unmappedSpend')
    expect(unmapped.proposal).to.match(
      /^map material group ZMISC to NAICS 339999 \(All Other Miscellaneous Manufacturing, confidence \d\.\d\d\)/
    )
    expect(
      (await POST(`${Q}/rejectMapping`, { materialGroup: 'ZMISC', naicsCode: '339999', reason: 'these are office supplies' })).status
    ).to.equal(204)
    expect((await POST(`${Q}/mapMaterialGroup`, { materialGroup: 'ZMISC', naicsCode: '999999' })).data.error).to.include({
      target: 'naicsCode'
    })
    expect((await POST(`${Q}/mapMaterialGroup`, { materialGroup: 'ZMISC', naicsCode: '339940' }, as('carol'))).status).to.equal(403)
    const { data: mapping } = await POST(`${Q}/mapMaterialGroup`, { materialGroup: 'ZMISC', naicsCode: '339940' })
    expect(mapping).to.include({ materialGroup: 'ZMISC', naicsCode: '339940', ruleKey: 'MG-ZMISC', ruleVersion: 1, recomputed: 1 })
    const {
      value: [figure]
    } = (
      await GET(
        `/odata/v4/accounting/CurrentAttributions?$filter=activity_ID eq ${lines.unmapped.ID as string}&$expand=rule($select=ruleKey)`
      )
    ).data
    expect(figure).to.include({ factor_ID: 'US-EPA-SCGHG-1.3/339940', method_code: 'spend-based' })
    expect(figure.rule.ruleKey).to.equal('MG-ZMISC')
    await run()
    expect((await findingsOf(doc('unmapped'))).find(f => f.findingType === 'unmappedSpend')).to.include({ status: 'resolved' })
    const decisions = (await GET(`${Q}/AgentDecisions?$filter=agent eq 'mapping'&$orderby=decidedAt`)).data.value
    expect(decisions.map((d: any) => d.decision)).to.deep.equal(['reject', 'approve'])
  })

  it('resolves the findings of a line that is gone, saying so', async () => {
    const { Activities } = cds.entities('scope3')
    const gone = item({ plant_code: null })
    await cds.tx(async () => {
      await INSERT.into(Activities).entries(gone)
      await recompute([gone.ID as string])
    })
    const { data: raised } = await run()
    expect(
      (await GET(`${Q}/AgentDecisions?$filter=run_ID eq ${raised.ID as string} and subject eq '${gone.ID as string}'`)).data.value.map(
        (d: any) => d.decision
      )
    ).to.deep.equal(['raise'])
    // (a line removed from the database behind the app's back: its attributions stay, they are never deleted)
    await cds.tx(() => DELETE.from(Activities).where({ ID: gone.ID }))
    const { data: after } = await run()
    expect(after.resolved).to.equal(1)
    expect(
      (await GET(`${Q}/AgentDecisions?$filter=run_ID eq ${after.ID as string}`)).data.value.map((d: any) => [
        d.decision,
        d.subject,
        d.reason
      ])
    ).to.deep.equal([['resolve', gone.ID, 'the line is gone']])
  })

  it('answers the launchpad tiles with the open findings and requests the user may see', async () => {
    await POST(`${agent()}/run`, {})
    const all = (await GET('/odata/v4/quality/Findings?$select=status,companyCode_code&$top=100000')).data.value as any[]
    const open = (code?: string): number =>
      all.filter(f => ['open', 'waiverRequested'].includes(f.status) && (!code || f.companyCode_code === code)).length
    expect(open()).to.be.greaterThan(0)
    const tile = async (user: string, fn: string): Promise<any> => (await GET(`/odata/v4/quality/${fn}()`, as(user))).data
    expect(await tile('sam', 'openFindingsTile')).to.include({
      number: open(),
      numberDigits: 0,
      info: open() === 1 ? 'finding to work on' : 'findings to work on'
    })
    // cora's role collection limits her to company code 1010
    expect((await tile('cora', 'openFindingsTile')).number).to.equal(open('1010'))
    expect(open('1010')).to.be.lessThan(open())
    const requests = (await GET('/odata/v4/quality/SupplierDataRequests?$select=status&$top=100000')).data.value as any[]
    const waiting = requests.filter(r => ['proposed', 'sent', 'escalated'].includes(r.status)).length
    expect((await tile('sam', 'openSupplierRequestsTile')).number).to.equal(waiting)
    // the tiles are the app's: a user without its roles gets none
    expect((await GET('/odata/v4/quality/openFindingsTile()', as('erin'))).status).to.equal(403)
  })

  it('keeps decisions append-only', async () => {
    const { AgentDecisions } = cds.entities('scope3')
    const [any] = await SELECT.from(AgentDecisions).limit(1)
    let refused: any
    try {
      await cds.tx(() => UPDATE(AgentDecisions, any.ID).with({ reason: 'edited' }))
    } catch (e) {
      refused = e
    }
    expect(refused?.message).to.match(/never changed or deleted/)
    refused = undefined
    try {
      await cds.tx(() => DELETE.from(AgentDecisions).where({ ID: any.ID }))
    } catch (e) {
      refused = e
    }
    expect(refused?.message).to.match(/never changed or deleted/)
  })
})
