import cds from '@sap/cds'
import path from 'node:path'
import { Decimal } from '../../srv/lib/common/decimal'
import { desnzValue, desnzWtt } from '../helpers/desnz'

describe('AccountingService: attribution of activities', () => {
  const { GET, POST, expect, axios } = cds.test(path.join(__dirname, '..', '..'))
  axios.defaults.auth = { username: 'alice', password: '' }
  axios.defaults.validateStatus = (s: number) => s < 500

  const current = async (documentNumber: string): Promise<any> => {
    const { data } = await GET(
      `/odata/v4/accounting/CurrentAttributions?$filter=activity/documentNumber eq '${documentNumber}' and activity/documentItem eq '00010'&$expand=activity,rule`
    )
    expect(data.value, documentNumber).to.have.length(1)
    return data.value[0]
  }

  it('attributes every demo activity at start-up, once', async () => {
    const { data: activities } = await GET('/odata/v4/accounting/Activities/$count')
    const { data: attributions } = await GET('/odata/v4/accounting/CurrentAttributions/$count')
    expect(activities).to.equal(20)
    expect(attributions).to.equal(20)
  })

  it('uses the supplier product footprint for the supplier-specific material, with lineage', async () => {
    const cement = await current('4500000101')
    expect(cement).to.include({
      method_code: 'supplier-specific',
      factor_ID: 'DEMO-SUPPLIER-PCF/17300001-CEM-I-425',
      category_code: 1,
      ruleVersion: 1,
      calculationVersion: '1.0.0'
    })
    expect(cement.rule.ruleKey).to.equal('PCF-CEMENT')
    // 200,000 kg x 0.62 kg CO2e/kg
    expect(new Decimal(cement.kgCO2eLocation).toString()).to.equal('124000')
    expect(cement.kgCO2eMarket).to.equal(cement.kgCO2eLocation)
    expect(cement.explanation).to.equal('200000 kg × 0.62 kgCO2e/kg = 124000 kgCO2e')
    const lineage = JSON.parse(cement.lineage) as string[]
    expect(lineage.join('\n'))
      .to.match(/rule PCF-CEMENT v1 \(supplier-product/)
      .and.match(/rule MG-ZCEMENT v1 \(material-group/)
    expect(cement.inputHash).to.match(/^[0-9a-f]{64}$/)
  })

  it('computes road freight distance-based from mass and distance', async () => {
    const freight = await current('4500000109')
    expect(freight).to.include({
      method_code: 'distance-based',
      category_code: 4,
      factor_ID: 'UK-DESNZ-2025/27_304_3140_14_1',
      convertedUnit: 't.km'
    })
    // 22 t x 1,250 km x (0.10163 tank-to-wheel + the well-to-tank) kg CO2e/t.km (DESNZ: all HGVs, average laden)
    expect(desnzValue('27_304_3140_14_1').toString()).to.equal('0.10163')
    const wtt = desnzWtt('27_304_3140_14_1')
    expect(new Decimal(freight.kgCO2eLocation).toString()).to.equal(
      new Decimal(22).times(1250).times(new Decimal('0.10163').plus(wtt)).toString()
    )
    expect(new Decimal(freight.kgCO2eWTT).toString()).to.equal(new Decimal(22).times(1250).times(wtt).toString())
  })

  it('computes spend in a foreign currency with the EPA factor of the material group', async () => {
    const pcb = await current('4500000107')
    expect(pcb).to.include({ method_code: 'spend-based', factor_ID: 'US-EPA-SCGHG-1.3/334419' })
    // 3,250,000 JPY x 0.0066 USD/JPY (2026 demo rate) x 292.655/330 (CPI 2022/2026 demo) x 0.098
    const expected = new Decimal(3250000).times('0.0066').times(new Decimal('292.655').div('330')).times('0.098').toDecimalPlaces(6)
    expect(new Decimal(pcb.kgCO2eLocation).toString()).to.equal(expected.toString())
  })

  it('recompute is idempotent: unchanged inputs create nothing', async () => {
    const { status, data } = await POST('/odata/v4/accounting/recompute', {})
    expect(status).to.equal(200)
    expect(data).to.include({ activities: 20, created: 0, unchanged: 20, failed: 0 })
    const { data: all } = await GET('/odata/v4/accounting/Attributions/$count')
    expect(all).to.equal(20)
  })

  it('a changed rule supersedes the old attribution, which stays readable', async () => {
    const before = await current('4500000105')
    const { AttributionRules } = cds.entities('scope3')
    await UPDATE(AttributionRules).set({ factor_ID: 'US-EPA-SCGHG-1.3/424120' }).where({ ruleKey: 'MG-ZOFFICE' })
    const { data } = await POST('/odata/v4/accounting/recompute', { activities: [before.activity_ID] })
    expect(data).to.include({ activities: 1, created: 1, unchanged: 0, failed: 0 })
    const after = await current('4500000105')
    expect(after.ID).to.not.equal(before.ID)
    expect(after).to.include({ supersedes_ID: before.ID, factor_ID: 'US-EPA-SCGHG-1.3/424120' })
    const { data: old } = await GET(`/odata/v4/accounting/Attributions(${before.ID})`)
    expect(old).to.include({ supersededBy_ID: after.ID, factor_ID: 'US-EPA-SCGHG-1.3/339940', kgCO2eLocation: before.kgCO2eLocation })
    expect(new Decimal(after.kgCO2eLocation).lt(before.kgCO2eLocation)).to.equal(true)
  })

  it('reports activities that no rule can attribute', async () => {
    const { AttributionRules } = cds.entities('scope3')
    await UPDATE(AttributionRules)
      .set({ active: false })
      .where({ ruleKey: { in: ['MG-ZITSERV', 'FALLBACK'] } })
    const it = await current('4500000113')
    const { data } = await POST('/odata/v4/accounting/recompute', { activities: [it.activity_ID] })
    expect(data).to.include({ activities: 1, created: 0, failed: 1 })
    expect(data.failures).to.deep.equal([{ activity: it.activity_ID, code: 'NO_RULE', message: 'no attribution rule applies' }])
  })
})
