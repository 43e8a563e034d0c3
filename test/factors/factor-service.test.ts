import cds from '@sap/cds'
import path from 'node:path'

describe('FactorService: the factor library', () => {
  const { GET, POST, expect, axios } = cds.test(path.join(__dirname, '..', '..'))
  axios.defaults.auth = { username: 'alice', password: '' }
  axios.defaults.validateStatus = (s: number) => s < 500

  it('loads both published datasets at start-up with their provenance', async () => {
    const { data } = await GET('/odata/v4/factors/FactorSets?$filter=importFormat ne null&$orderby=code')
    const [desnz, epa] = data.value
    expect(epa).to.include({
      code: 'US-EPA-SCGHG-1.3',
      version: '1.3.0',
      doi: '10.23719/1531143',
      currency_code: 'USD',
      currencyYear: 2022,
      priceBasis: 'purchaser',
      rowsRead: 1016,
      rowsLoaded: 1016,
      rowsSkipped: 0
    })
    expect(epa.fileChecksum).to.equal('c7f508646ee091cb2218be65dec0e2bdb6143ba8511773d486c9e87f6df84177')
    expect(desnz).to.include({
      code: 'UK-DESNZ-2025',
      licence: 'Open Government Licence v3.0',
      rowsRead: 8740,
      rowsLoaded: 2672 + 3906,
      rowsSkipped: 2162
    })
    expect(desnz.attribution).to.match(/Open Government Licence v3\.0/)
    expect(desnz.fileChecksum).to.equal('d82324ce0c305480ac0d6aeb710616160f9c4623c411ee3a725773953055b7c8')
  })

  it('stores factors under stable ids with their values', async () => {
    const cement = (await GET("/odata/v4/factors/EmissionFactors('US-EPA-SCGHG-1.3%2F327310')")).data
    expect(cement).to.include({
      code: '327310',
      description: 'Cement Manufacturing',
      currency_code: 'USD',
      unit_code: null,
      region_code: 'US'
    })
    expect(Number(cement.value)).to.equal(3.924)
    const grid = (await GET("/odata/v4/factors/EmissionFactors('UK-DESNZ-2025%2F7_400_4000_5_1')?$expand=gases")).data
    expect(grid).to.include({ unit_code: 'KWH', region_code: 'GB', sourceScope: 'Scope 2' })
    expect(Number(grid.value)).to.equal(0.177)
    expect(grid.gases.map((g: any) => g.gas_code).sort()).to.deep.equal(['CH4', 'CO2', 'N2O'])
    const { data: count } = await GET("/odata/v4/factors/EmissionFactors/$count?$filter=factorSet_code ne 'DEMO-SUPPLIER-PCF'")
    expect(count).to.equal(1016 + 2672)
  })

  it('keeps the skipped rows with their reason', async () => {
    const { data } = await GET("/odata/v4/factors/FactorImportSkips/$count?$filter=factorSet_code eq 'UK-DESNZ-2025'")
    expect(data).to.equal(2162)
    const { data: first } = await GET(
      "/odata/v4/factors/FactorImportSkips?$filter=factorSet_code eq 'UK-DESNZ-2025'&$orderby=rowNumber&$top=1"
    )
    expect(first.value[0]).to.include({ rowNumber: 342, sourceId: '1_101_1021_8_1', reason: 'no factor in the source (not applicable)' })
  })

  it('import is idempotent: the same file again writes nothing and reports the same counts', async () => {
    const before = (await GET("/odata/v4/factors/FactorSets('UK-DESNZ-2025')")).data
    const { status, data } = await POST('/odata/v4/factors/importFactorSet', { setCode: 'UK-DESNZ-2025' })
    expect(status).to.equal(200)
    expect(data).to.include({
      setCode: 'UK-DESNZ-2025',
      unchanged: true,
      rowsRead: 8740,
      rowsLoaded: 6578,
      factorsLoaded: 2672,
      gasValuesLoaded: 3906,
      rowsSkipped: 2162
    })
    expect(data.skipped).to.deep.include({ reason: 'no factor in the source (not applicable)', count: 1711 })
    const after = (await GET("/odata/v4/factors/FactorSets('UK-DESNZ-2025')")).data
    expect(after.importedAt).to.equal(before.importedAt)
  })

  it('a changed file replaces the set in place, under the same ids', async () => {
    const { FactorSets, EmissionFactors } = cds.entities('scope3')
    await UPDATE(FactorSets, 'US-EPA-SCGHG-1.3').with({ fileChecksum: 'outdated' })
    await DELETE.from(EmissionFactors).where({ ID: 'US-EPA-SCGHG-1.3/327310' })
    const { data } = await POST('/odata/v4/factors/importFactorSet', { setCode: 'US-EPA-SCGHG-1.3' })
    expect(data).to.include({ unchanged: false, rowsRead: 1016, rowsLoaded: 1016, factorsLoaded: 1016, rowsSkipped: 0 })
    const { data: count } = await GET("/odata/v4/factors/EmissionFactors/$count?$filter=factorSet_code eq 'US-EPA-SCGHG-1.3'")
    expect(count).to.equal(1016)
    expect((await GET("/odata/v4/factors/EmissionFactors('US-EPA-SCGHG-1.3%2F327310')")).status).to.equal(200)
  })

  it('answers an unknown set with 404 naming the field', async () => {
    const { status, data } = await POST('/odata/v4/factors/importFactorSet', { setCode: 'NOPE' })
    expect(status).to.equal(404)
    expect(data.error).to.include({ message: "Factor set 'NOPE' does not exist", target: 'setCode' })
    const missing = await POST('/odata/v4/factors/importFactorSet', {})
    expect(missing.status).to.equal(400)
    expect(missing.data.error.target).to.equal('setCode')
  })
})
