import cds from '@sap/cds'
import path from 'node:path'
import { findFootprints } from '../../srv/pact/pact-exchange'
import { ownFootprint } from '../helpers/pact'

/**
 * The company's own footprints as its people maintain them (PactService.OwnFootprints, srv/pact/pact-service.ts): drafts,
 * publication only of valid v3.0 footprints (every problem at its field), PACT versioning (a published footprint is
 * not edited; its new version names it in precedingPfIds and deprecates it), imports from PACT JSON and CSV; and the
 * partners' secrets, shown once.
 */
describe('PactService: own footprints and partners', () => {
  const { GET, POST, PATCH, expect, axios } = cds.test(path.join(__dirname, '..', '..'))
  axios.defaults.auth = { username: 'sam', password: '' }
  axios.defaults.validateStatus = (s: number) => s < 500
  const P = '/odata/v4/pact'
  const sheet = (ID: string, active = true): string => `${P}/OwnFootprints(ID=${ID},IsActiveEntity=${String(active)})`
  const complete = {
    companyName: 'Scope3 Demo Deutschland GmbH',
    companyIds: 'urn:pact:company-id:lei:5299009DEMO0000000001',
    productIds: 'urn:gtin:4012345000048 urn:pact:product-id:supplier-assigned:BR-12',
    productClassifications: 'urn:pact:productclassification:cpc:42999',
    productNameCompany: 'Bracket BR-12',
    productDescription: 'Zinc-plated steel mounting bracket BR-12',
    declaredUnit: 'kilogram',
    declaredUnitAmount: '1',
    productMassPerDeclaredUnit: '1',
    referencePeriodStart: '2025-01-01',
    referencePeriodEnd: '2026-01-01',
    validityPeriodStart: '2026-02-01',
    validityPeriodEnd: '2029-02-01',
    geographyCountry: 'DE',
    pcfExcludingBiogenicUptake: '2.415',
    pcfIncludingBiogenicUptake: '2.415',
    fossilGhgEmissions: '2.4',
    primaryDataShare: '64.5',
    technologicalDQR: '1.5',
    temporalDQR: '1.2',
    geographicalDQR: '1.4'
  }
  /** a saved draft (an active footprint in status draft) with the given fields */
  const saved = async (fields: Record<string, unknown>): Promise<string> => {
    const draft = await POST(`${P}/OwnFootprints`, fields)
    expect(draft.status, JSON.stringify(draft.data)).to.equal(201)
    const active = await POST(`${sheet(draft.data.ID, false)}/PactService.draftActivate`, {})
    expect(active.status, JSON.stringify(active.data)).to.equal(201)
    expect(active.data).to.include({ status: 'draft', version: 1 })
    return draft.data.ID
  }
  const problemsOf = (res: any): Array<{ target: string; message: string }> =>
    (res.data.error.details ?? [res.data.error]).map((d: any) => ({ target: d.target, message: d.message }))

  it('publishes a valid draft as the PACT v3.0 footprint the API serves, and refuses an invalid one at its fields', async () => {
    const ID = await saved({
      ...complete,
      declaredUnit: null,
      temporalDQR: '7',
      pcfExcludingBiogenicUptake: '-1',
      productIds: 'gtin-4012345000048'
    })
    const refused = await POST(`${sheet(ID)}/PactService.publish`, {})
    expect(refused.status).to.equal(400)
    const problems = problemsOf(refused)
    expect(problems.map(p => p.target).sort()).to.deep.equal([
      'in/declaredUnit',
      'in/pcfExcludingBiogenicUptake',
      'in/productIds',
      'in/temporalDQR'
    ])
    expect(problems.find(p => p.target === 'in/temporalDQR')!.message).to.match(/outside 1 to 5/)
    expect((await GET(`${sheet(ID)}`)).data.status).to.equal('draft')
    expect((await GET(`${P}/ProductFootprints(${ID})`)).status).to.equal(404)
    // corrected in a draft, then published
    expect((await POST(`${sheet(ID)}/PactService.draftEdit`, { PreserveChanges: true })).status).to.equal(201)
    expect(
      (
        await PATCH(sheet(ID, false), {
          declaredUnit: 'kilogram',
          temporalDQR: '1.2',
          pcfExcludingBiogenicUptake: '2.415',
          productIds: complete.productIds
        })
      ).status
    ).to.equal(200)
    expect((await POST(`${sheet(ID, false)}/PactService.draftActivate`, {})).status).to.equal(200)
    const published = await POST(`${sheet(ID)}/PactService.publish`, {})
    expect(published.status, JSON.stringify(published.data)).to.equal(200)
    expect(published.data).to.include({ status: 'published' })
    const stored = (await GET(`${P}/ProductFootprints(${ID})`)).data
    expect(stored).to.include({ origin: 'own', status: 'Active', geography: 'DE', declaredUnit: 'kilogram' })
    const doc = JSON.parse(stored.document)
    expect(doc).to.deep.include({
      id: ID,
      specVersion: '3.0.0',
      productIds: complete.productIds.split(' '),
      validityPeriodStart: '2026-02-01T00:00:00Z'
    })
    expect(doc.pcf).to.deep.include({
      declaredUnitOfMeasurement: 'kilogram',
      pcfExcludingBiogenicUptake: '2.415',
      dqi: { technologicalDQR: '1.5', temporalDQR: '1.2', geographicalDQR: '1.4' }
    })
    expect((await findFootprints({ filters: { productId: ['urn:gtin:4012345000048'] }, limit: 10 })).rows.map(r => r.ID)).to.deep.equal([
      ID
    ])
  })

  it('keeps a published footprint as it is: a new version drafts its successor, whose publication deprecates it', async () => {
    const ID = await saved({ ...complete, productIds: 'urn:gtin:4012345000055', productNameCompany: 'Bracket BR-14' })
    expect((await POST(`${sheet(ID)}/PactService.publish`, {})).status).to.equal(200)
    for (const res of [
      await POST(`${sheet(ID)}/PactService.draftEdit`, { PreserveChanges: true }),
      await POST(`${sheet(ID)}/PactService.publish`, {})
    ])
      expect(res.status, JSON.stringify(res.data)).to.equal(409)
    const next = await POST(`${sheet(ID)}/PactService.newVersion`, {})
    expect(next.status, JSON.stringify(next.data)).to.equal(200)
    expect(next.data).to.include({
      status: 'draft',
      version: 2,
      predecessor_ID: ID,
      productNameCompany: 'Bracket BR-14',
      IsActiveEntity: false
    })
    expect((await POST(`${sheet(ID)}/PactService.newVersion`, {})).status).to.equal(409)
    expect(
      (
        await PATCH(sheet(next.data.ID, false), {
          pcfExcludingBiogenicUptake: '2.2',
          pcfIncludingBiogenicUptake: '2.2',
          fossilGhgEmissions: '2.19'
        })
      ).status
    ).to.equal(200)
    expect((await POST(`${sheet(next.data.ID, false)}/PactService.draftActivate`, {})).status).to.equal(201)
    expect((await POST(`${sheet(next.data.ID)}/PactService.publish`, {})).status).to.equal(200)
    expect((await GET(sheet(ID))).data.status).to.equal('deprecated')
    expect((await GET(`${P}/ProductFootprints(${ID})`)).data.status).to.equal('Deprecated')
    const successor = JSON.parse((await GET(`${P}/ProductFootprints(${next.data.ID as string})`)).data.document)
    expect(successor).to.deep.include({ precedingPfIds: [ID], status: 'Active' })
    expect(successor.pcf.pcfExcludingBiogenicUptake).to.equal('2.2')
  })

  it('keeps footprints imported as PACT JSON as maintained ones, and CSV rows as drafts to publish', async () => {
    const doc = ownFootprint(31)
    expect((await POST('/odata/v4/quality/importFootprints', { document: JSON.stringify(doc), origin: 'own' })).status).to.equal(200)
    expect((await GET(sheet(doc.id))).data).to.include({
      status: 'published',
      version: 1,
      productNameCompany: 'Product 31',
      productIds: doc.productIds.join(' '),
      pcfExcludingBiogenicUptake: '1.234000000000'
    })
    const columns = Object.keys(complete)
    const csv = [
      columns.join(','),
      columns.map(c => (complete as any)[c]).join(','),
      columns
        .map(c => (c === 'productNameCompany' ? 'Bracket BR-16' : c === 'productIds' ? 'urn:gtin:4012345000062' : (complete as any)[c]))
        .join(',')
    ].join('\n')
    const imported = await POST(`${P}/importOwnFootprintsCsv`, { csv })
    expect(imported.status, JSON.stringify(imported.data)).to.equal(200)
    expect(imported.data.value.map((s: any) => [s.status, s.productNameCompany]).sort()).to.deep.equal([
      ['draft', 'Bracket BR-12'],
      ['draft', 'Bracket BR-16']
    ])
    const second = imported.data.value.find((s: any) => s.productNameCompany === 'Bracket BR-16')
    expect((await POST(`${sheet(second.ID)}/PactService.publish`, {})).status).to.equal(200)
    const before = (await GET(`${P}/OwnFootprints/$count`)).data
    for (const [bad, word] of [
      ['productName,declaredUnit\nX,kilogram', 'productName'],
      ['declaredUnit\n', 'no footprint'],
      ['"a,b\n', 'cannot be read'],
      ['productNameCompany,declaredUnitAmount\nA,1\nB,one', 'row 3, column declaredUnitAmount: "one" is not a decimal number'],
      ['productNameCompany,referencePeriodEnd\nA,31.12.2025', 'row 2, column referencePeriodEnd: "31.12.2025" is not a day'],
      [`geographyCountry\nDEU`, 'row 2, column geographyCountry: "DEU" is not a text of at most 2 characters']
    ]) {
      const res = await POST(`${P}/importOwnFootprintsCsv`, { csv: bad })
      expect(res.status, bad).to.equal(400)
      expect(res.data.error.message).to.include(word)
    }
    // nothing half-written: a refused file adds no footprint
    expect((await GET(`${P}/OwnFootprints/$count`)).data).to.equal(before)
  })

  it("makes a partner's secret, shows it once and keeps only its hash", async () => {
    expect((await POST(`${P}/Clients`, { clientId: 'globex', name: 'Globex' })).status).to.equal(201)
    expect((await POST(`${P}/Clients(clientId='globex',IsActiveEntity=false)/PactService.draftActivate`, {})).status).to.equal(201)
    const secret = await POST(`${P}/Clients(clientId='globex',IsActiveEntity=true)/PactService.newSecret`, {})
    expect(secret.data.value).to.match(/^[\w-]{32}$/)
    expect(JSON.parse(secret.headers['sap-messages'])[0].message).to.include(secret.data.value)
    const { PactClients } = cds.entities('scope3')
    const stored = await SELECT.one.from(PactClients, 'globex')
    expect(stored.secretHash).to.match(/^scrypt\$/)
    expect(stored.secretHash).not.to.include(secret.data.value)
    expect((await GET(`${P}/Clients(clientId='globex',IsActiveEntity=true)`)).data).not.to.have.property('secretHash')
    expect((await POST(`${P}/Clients(clientId='nobody',IsActiveEntity=true)/PactService.newSecret`, {})).status).to.equal(404)
  })
})
