import cds from '@sap/cds'
import path from 'node:path'
import { recompute } from '../../srv/attribution/attribute-lines'
import { pactFootprint } from '../helpers/pact'

/**
 * The remediation agent and PACT footprints (srv/quality/remediation-agent.ts, srv/pact/supplier-footprints.ts):
 * requests for the most material gaps with poor data,
 * the request lifecycle (proposed → sent → escalated → conservative fallback → answered by a PACT footprint that
 * becomes the supplier-specific factor), determinism on re-run, the import's refusals, read-only supplier values and
 * the export of the company's own footprints.
 */
describe('Remediation agent: supplier data requests and PACT footprints', () => {
  const { GET, POST, PATCH, expect, axios } = cds.test(path.join(__dirname, '..', '..'))
  axios.defaults.auth = { username: 'sam', password: '' }
  axios.defaults.validateStatus = (s: number) => s < 500
  const Q = '/odata/v4/quality'
  const agent = (active = true): string => `${Q}/Agents(code='remediation',IsActiveEntity=${String(active)})`
  const run = async (): Promise<any> => await POST(`${agent()}/DataQualityService.run`, {})
  const requestOf = async (): Promise<any> =>
    (await GET(`${Q}/SupplierDataRequests?$filter=supplier_ID eq '17300002' and material_ID eq 'ST-S355-PLATE'&$orderby=createdAt desc`))
      .data.value[0]
  const currentOf = async (): Promise<any[]> => {
    const { Attributions } = cds.entities('scope3')
    return await SELECT.from(Attributions)
      .columns('activity_ID', 'factor_ID', 'method_code', 'kgCO2eLocation', 'uncertaintyVariance')
      .where({ activity_ID: { in: ids }, supersededBy_ID: null })
      .orderBy('activity_ID')
  }
  const ids: string[] = []

  before(async () => {
    // the biggest gap by far: steel plate from Acier Rhône, figured by spend
    const { Activities } = cds.entities('scope3')
    const lines = [1, 2, 3].map(i => ({
      ID: cds.utils.uuid(),
      sourceSystem: 'S4HANA',
      documentType: 'PurchaseOrderItem',
      documentNumber: `470000000${i}`,
      documentItem: '00010',
      fiscalYear: 2026,
      fiscalPeriod: 5,
      postingDate: `2026-05-0${i}`,
      companyCode_code: '1010',
      supplier_ID: '17300002',
      material_ID: 'ST-S355-PLATE',
      materialGroup_code: 'ZSTEEL',
      plant_code: '1010',
      quantity: String(200000 * i),
      unit_code: 'KGM',
      amount: String(240000 * i) + '.00',
      currency_code: 'EUR',
      status_code: 'final'
    }))
    await cds.tx(async () => {
      await INSERT.into(Activities).entries(lines)
      await recompute(lines.map(l => l.ID))
    })
    // with the demo data's lines of the same supplier and material
    ids.push(
      ...(await SELECT.from(Activities).columns('ID').where({ supplier_ID: '17300002', material_ID: 'ST-S355-PLATE' })).map(
        (a: any) => a.ID
      )
    )
  })

  it('requests footprints for the gaps first in materiality × poor data quality, logs why, and decides the same on a re-run', async () => {
    const before = await currentOf()
    expect(before.length).to.be.at.least(3)
    expect(before.map(a => a.method_code)).to.not.include('supplier-specific')
    const { status, data: report } = await run()
    expect(status, JSON.stringify(report)).to.equal(200)
    expect(report).to.include({ status: 'succeeded', trigger: 'manual' })
    expect(report.raised).to.be.greaterThan(0)
    const { value: requests } = (await GET(`${Q}/SupplierDataRequests?$orderby=priority desc`)).data
    expect(requests).to.have.length(report.raised)
    expect(requests[0]).to.include({
      supplier_ID: '17300002',
      material_ID: 'ST-S355-PLATE',
      status: 'proposed',
      raisedBy: 'remediation',
      referenceYear: 2026,
      lines: ids.length
    })
    const kg = before.reduce((s, a) => s + Number(a.kgCO2eLocation), 0)
    expect(Number(requests[0].kgCO2e)).to.be.closeTo(kg, 1e-5)
    // the list shows it in tonnes: the request's kg / 1000 to 3 decimals
    expect(Math.abs(Number(requests[0].tCO2e) - kg / 1000)).to.be.at.most(0.0005 + 1e-9)
    expect(requests[0].tCO2e).to.match(/^-?\d+\.\d{3}$/)
    expect(Number(requests[0].priority)).to.be.closeTo((kg * (Number(requests[0].dqScore) - 1)) / 4, 1e-3)
    for (let i = 1; i < requests.length; i++) expect(Number(requests[i - 1].priority)).to.be.at.least(Number(requests[i].priority))
    // each request is a decision with its inputs (the gap, its rank and the policy)
    const { value: decisions } = (await GET(`${Q}/AgentDecisions?$filter=run_ID eq ${report.ID as string}&$orderby=reason`)).data
    const decision = decisions.find((d: any) => d.subject === requests[0].ID)
    expect(decision).to.include({ agent: 'remediation', decision: 'request', logicVersion: 'remediation-1.0.0' })
    expect(JSON.parse(decision.inputs)).to.deep.include({ rank: 1 })
    // the same inputs: the same ranking, and nothing requested twice
    const again = (await run()).data
    expect(again.raised).to.equal(0)
    expect(again.kept).to.equal(report.raised)
  })

  it('refuses a policy with an unknown or mistyped setting, naming it; a dry run decides and changes nothing', async () => {
    await POST(`${agent()}/DataQualityService.draftEdit`, { PreserveChanges: true })
    await PATCH(agent(false), { policy: '{"dueDays":"soon"}' })
    const bad = await POST(`${agent(false)}/DataQualityService.draftActivate`, {})
    expect(bad.status).to.equal(400)
    expect(bad.data.error.message).to.contain('dueDays must be a number')
    await PATCH(agent(false), { policy: '{"minKgCO2e":1,"minDqScore":1,"maxOpenRequests":100}', dryRun: true })
    expect((await POST(`${agent(false)}/DataQualityService.draftActivate`, {})).status).to.equal(200)
    const count = async (): Promise<number> => (await GET(`${Q}/SupplierDataRequests/$count`)).data
    const before = await count()
    const dry = (await run()).data
    expect(dry).to.include({ dryRun: true })
    expect(dry.raised).to.be.greaterThan(0)
    expect(await count()).to.equal(before)
    await POST(`${agent()}/DataQualityService.draftEdit`, { PreserveChanges: true })
    await PATCH(agent(false), { policy: '{"escalateAfterDays":7,"fallbackAfterDays":30,"fallbackUplift":0.5}', dryRun: false })
    expect((await POST(`${agent(false)}/DataQualityService.draftActivate`, {})).status).to.equal(200)
  })

  it('sends a request as PACT request event, escalates it past due, and falls back to the usual factor +50 % with its uncertainty', async () => {
    const request = await requestOf()
    const sent = await POST(`${Q}/SupplierDataRequests(${request.ID as string})/DataQualityService.send`, {})
    expect(sent.status, JSON.stringify(sent.data)).to.equal(200)
    expect(sent.data).to.include({ status: 'sent', sentBy: 'sam' })
    const event = JSON.parse(sent.data.requestEvent)
    expect(event).to.include({ specversion: '1.0', type: 'org.wbcsd.pact.ProductFootprint.RequestCreatedEvent.3', id: request.ID })
    expect(event.data).to.deep.include({
      productId: ['urn:pact:product-id:buyer-assigned:ST-S355-PLATE'],
      companyId: ['urn:pact:company-id:buyer-assigned:17300002']
    })
    expect((await POST(`${Q}/SupplierDataRequests(${request.ID as string})/DataQualityService.send`, {})).status).to.equal(409)
    // due 10 days ago: escalated
    const { SupplierDataRequests } = cds.entities('scope3')
    const daysAgo = (n: number): string => new Date(Date.now() - n * 86400000).toISOString().slice(0, 10)
    await UPDATE(SupplierDataRequests, request.ID).with({ dueDate: daysAgo(10) })
    const usual = await currentOf()
    await run()
    expect(await requestOf()).to.include({ status: 'escalated', escalations: 1 })
    expect((await currentOf()).map(a => a.factor_ID)).to.deep.equal(usual.map(a => a.factor_ID))
    // due 40 days ago and still no answer: the conservative fallback
    await UPDATE(SupplierDataRequests, request.ID).with({ dueDate: daysAgo(40) })
    await run()
    const fallen = await requestOf()
    expect(fallen).to.include({ status: 'escalated', fallbackFactor_ID: `CONSERVATIVE-FALLBACK-US-EPA-SCGHG-1.3/${request.ID as string}` })
    expect(Number(fallen.fallbackUncertainty)).to.equal(50)
    const factor = (await GET(`${Q}/EmissionFactors('${encodeURIComponent(fallen.fallbackFactor_ID)}')`)).data
    // the factor most of the gap's emissions were figured with, raised by half
    const baseId = factor.sourcePath.replace('fallback of ', '')
    const base = (await GET(`${Q}/EmissionFactors('${encodeURIComponent(baseId)}')`)).data
    expect(Number(factor.value)).to.be.closeTo(Number(base.value) * 1.5, 1e-12)
    expect(Number(factor.uncertainty)).to.equal(50)
    const now = await currentOf()
    now.forEach((a, i) => {
      expect(a.factor_ID).to.equal(fallen.fallbackFactor_ID)
      if (usual[i].factor_ID === baseId) expect(Number(a.kgCO2eLocation)).to.be.closeTo(Number(usual[i].kgCO2eLocation) * 1.5, 1e-5)
    })
    expect(usual.filter(a => a.factor_ID === baseId).length).to.be.at.least(3)
    // its stated ±50 % replaces the spend method's basic uncertainty in each line's σ², by hand (docs/reporting.md):
    // e^(1.96 σ) = 1.5, so σ² = (ln 1.5 / 1.96)², plus the pedigree terms of the line's indicators (Weidema et al. 2013)
    const pedigree: Record<string, number[]> = {
      dqReliability: [0, 0.0006, 0.002, 0.008, 0.04],
      dqCompleteness: [0, 0.0001, 0.0006, 0.002, 0.008],
      dqTemporal: [0, 0.0002, 0.002, 0.008, 0.04],
      dqGeographical: [0, 0.000025, 0.0001, 0.0006, 0.002],
      dqTechnological: [0, 0.0006, 0.008, 0.04, 0.12]
    }
    const stated = Number(((Math.log(1.5) / 1.959963984540054) ** 2).toFixed(6))
    const { Attributions } = cds.entities('scope3')
    const withDq = await SELECT.from(Attributions).where({ activity_ID: { in: ids }, supersededBy_ID: null })
    for (const a of withDq) {
      const s2 = stated + Object.entries(pedigree).reduce((sum, [field, terms]) => sum + terms[a[field] - 1], 0)
      expect(Number(a.uncertaintyVariance), a.activity_ID).to.be.closeTo(s2, 1e-9)
      expect(a.lineage).to.include("the factor's stated ±50 %")
    }
    // once: the next run does not fall back again
    expect((await run()).data.message).to.contain('0 conservative fallback(s)')
  })

  it("takes the supplier's PACT footprint as answer: the supplier-specific factor of the plate, the fallback ends, the lines are figured with it", async () => {
    const request = await requestOf()
    const doc = pactFootprint()
    const answer = await POST(`${Q}/SupplierDataRequests(${request.ID as string})/DataQualityService.answer`, {
      document: JSON.stringify(doc)
    })
    expect(answer.status, JSON.stringify(answer.data)).to.equal(200)
    expect(answer.data).to.include({ imported: 1, unchanged: 0, recomputed: ids.length })
    expect(await requestOf()).to.include({ status: 'answered', footprint_ID: doc.id })
    const footprint = (await GET(`${Q}/ProductFootprints(${doc.id as string})`)).data
    expect(footprint).to.include({
      origin: 'supplier',
      supplier_ID: '17300002',
      material_ID: 'ST-S355-PLATE',
      status: 'Active',
      declaredUnit: 'kilogram',
      factor_ID: `SUPPLIER-PACT/${doc.id as string}`
    })
    const factor = (await GET(`${Q}/EmissionFactors('${encodeURIComponent(footprint.factor_ID)}')`)).data
    expect(factor).to.include({
      unit_code: 'KGM',
      supplier_ID: '17300002',
      material_ID: 'ST-S355-PLATE',
      year: 2026,
      dqTechnological: 2,
      dqTemporal: 1,
      dqGeographical: 3
    })
    const { Activities, AttributionRules } = cds.entities('scope3')
    const quantities = new Map<string, number>(
      (
        await SELECT.from(Activities)
          .columns('ID', 'quantity')
          .where({ ID: { in: ids } })
      ).map((a: any) => [a.ID, Number(a.quantity)])
    )
    for (const a of await currentOf()) {
      expect(a).to.include({ method_code: 'supplier-specific', factor_ID: footprint.factor_ID })
      expect(Number(a.kgCO2eLocation)).to.be.closeTo(quantities.get(a.activity_ID)! * 1.234, 1e-6)
    }
    expect((await SELECT.one.from(AttributionRules, request.fallbackRule_ID)).active).to.equal(false)
    // the same footprint again changes nothing; other values under its id are refused
    const same = await POST(`${Q}/importFootprints`, { document: JSON.stringify(doc), supplier: '17300002' })
    expect(same.data).to.include({ imported: 0, unchanged: 1 })
    const changed = await POST(`${Q}/importFootprints`, {
      document: JSON.stringify(pactFootprint({}, { pcfExcludingBiogenicUptake: '0.9' }))
    })
    expect(changed.status).to.equal(409)
    expect(changed.data.error).to.include({ target: 'id' })
    // a successor deprecates it
    const next = pactFootprint(
      { id: '0b8e2a44-3c1d-4f5e-8a9b-7c6d5e4f3a2b', precedingPfIds: [doc.id] },
      { pcfExcludingBiogenicUptake: '1.1' }
    )
    expect((await POST(`${Q}/importFootprints`, { document: JSON.stringify(next) })).data).to.include({
      imported: 1,
      recomputed: ids.length
    })
    expect((await GET(`${Q}/ProductFootprints(${doc.id as string})`)).data.status).to.equal('Deprecated')
    for (const a of await currentOf()) expect(Number(a.kgCO2eLocation)).to.be.closeTo(quantities.get(a.activity_ID)! * 1.1, 1e-6)
  })

  it('refuses invalid documents with the field and writes nothing: malformed, a missing field, a DQR of 7, a unit the material is not counted in, an unknown product', async () => {
    const count = async (): Promise<number> => (await GET(`${Q}/ProductFootprints/$count`)).data
    const before = await count()
    const fresh = (o: Record<string, unknown> = {}, pcf: Record<string, unknown> = {}): string =>
      JSON.stringify(pactFootprint({ id: cds.utils.uuid(), ...o }, pcf))
    const cases: Array<[string, string | RegExp, RegExp]> = [
      ['{"id":', 'document', /not JSON/],
      [fresh({ productNameCompany: undefined }), 'document/productNameCompany', /productNameCompany is mandatory/],
      [
        fresh({}, { dqi: { technologicalDQR: '7', temporalDQR: '1', geographicalDQR: '1' } }),
        'document/pcf.dqi.technologicalDQR',
        /outside 1 to 5/
      ],
      [
        fresh({}, { declaredUnitOfMeasurement: 'piece' }),
        'pcf.declaredUnitOfMeasurement',
        /does not measure material ST-S355-PLATE, which is counted in KGM/
      ],
      [fresh({}, { declaredUnitOfMeasurement: 'square meter' }), 'pcf.declaredUnitOfMeasurement', /no unit purchases are counted in here/],
      [fresh({ productIds: ['urn:pact:product-id:buyer-assigned:NO-SUCH'] }), 'productIds', /names no material of ours/],
      [fresh({ companyIds: ['urn:pact:company-id:lei:123'] }), 'companyIds', /names no supplier of ours/],
      [
        JSON.stringify([
          pactFootprint({ id: '9c1f0a52-1111-4222-8333-444455556666' }),
          pactFootprint({ id: '9c1f0a52-1111-4222-8333-444455556666' })
        ]),
        'document/[1].id',
        /ids are unique/
      ]
    ]
    for (const [document, target, message] of cases) {
      const res = await POST(`${Q}/importFootprints`, { document })
      expect(res.status, document).to.equal(400)
      const details = [res.data.error, ...(res.data.error.details ?? [])]
      expect(
        details.some((d: any) => d.target === target),
        JSON.stringify(res.data)
      ).to.equal(true)
      expect(details.map((d: any) => d.message).join(' '), JSON.stringify(res.data)).to.match(message)
    }
    expect(await count()).to.equal(before)
  })

  it("keeps supplier-provided values read-only, and exports the company's own footprints as it imported them", async () => {
    const { ProductFootprints } = cds.entities('scope3')
    const id = pactFootprint().id as string
    const refusal = async (query: any): Promise<string> => {
      try {
        await query
        return 'done'
      } catch (e) {
        return (e as Error).message
      }
    }
    expect(await refusal(UPDATE(ProductFootprints, id).with({ pcfExcludingBiogenicUptake: '0.5' }))).to.match(/kept as received/)
    expect(await refusal(DELETE.from(ProductFootprints, id))).to.match(/kept as received/)
    expect((await SELECT.one.from(ProductFootprints, id)).pcfExcludingBiogenicUptake).to.not.equal('0.5')
    expect((await PATCH(`${Q}/ProductFootprints(${id})`, { pcfExcludingBiogenicUptake: '0.5' })).status).to.equal(405)
    // the company's own product, shared with customers
    const own = pactFootprint(
      {
        id: 'e7a9c3d1-2b4f-4a6e-8c0d-1f2e3d4c5b6a',
        companyName: 'Scope3 Demo Manufacturing',
        companyIds: ['urn:pact:company-id:lei:SCOPE3DEMO000000001'],
        productIds: ['urn:pact:product-id:vendor-assigned:WIDGET-7'],
        productNameCompany: 'Widget 7'
      },
      { declaredUnitOfMeasurement: 'piece', pcfExcludingBiogenicUptake: '3.75' }
    )
    const imported = await POST(`${Q}/importFootprints`, { document: JSON.stringify({ data: [own] }), origin: 'own' })
    expect(imported.data).to.include({ imported: 1, recomputed: 0 })
    const exported = JSON.parse((await GET(`${Q}/exportFootprints()`)).data.value)
    expect(exported).to.deep.equal({ data: [own] })
    // what goes out comes back in as the same footprint
    expect((await POST(`${Q}/importFootprints`, { document: JSON.stringify(exported), origin: 'own' })).data).to.include({
      imported: 0,
      unchanged: 1
    })
    expect((await POST(`${Q}/importFootprints`, { document: '{}', origin: 'nobody' })).data.error).to.include({ target: 'origin' })
  })
})
