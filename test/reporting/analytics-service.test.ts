import cds from '@sap/cds'
import path from 'node:path'
import { Decimal } from '../../srv/lib/common/decimal'

describe('AnalyticsService: current figures aggregated with $apply', () => {
  const { GET, expect, axios } = cds.test(path.join(__dirname, '..', '..'))
  axios.defaults.auth = { username: 'erin', password: '' }
  axios.defaults.validateStatus = (s: number) => s < 500
  const lines = '/odata/v4/analytics/EmissionLines'

  /** the figures that count, summed here from the accounting service, per category */
  async function expectedByCategory(): Promise<Map<number, Decimal>> {
    const { data } = await GET(
      '/odata/v4/accounting/CurrentAttributions?$filter=isReversal eq false&$select=category_code,kgCO2eLocation&$top=100000',
      { auth: { username: 'alice', password: '' } }
    )
    const sums = new Map<number, Decimal>()
    for (const a of data.value) sums.set(a.category_code, (sums.get(a.category_code) ?? new Decimal(0)).plus(a.kgCO2eLocation))
    return sums
  }

  it('groups by category in the database and equals the sum of the current attributions', async () => {
    const expected = await expectedByCategory()
    expect(expected.size).to.be.greaterThan(1)
    const { status, data } = await GET(
      `${lines}?$apply=groupby((category_code,categoryName),aggregate(kgCO2eLocation with sum as totalKgCO2eLocation))`
    )
    expect(status, JSON.stringify(data)).to.equal(200)
    expect(data.value.length).to.equal(expected.size)
    for (const row of data.value) {
      expect(row.categoryName).to.be.a('string')
      expect(
        new Decimal(row.totalKgCO2eLocation).minus(expected.get(row.category_code)!).abs().lte('0.000001'),
        `category ${row.category_code as number}`
      ).to.equal(true)
    }
  })

  it('filters before aggregating, and counts each document line once', async () => {
    const { data: all } = await GET(`${lines}/$count`)
    const { data: activities } = await GET(
      "/odata/v4/accounting/Activities/$count?$filter=status_code ne 'cancelled' and attributions/any()",
      { auth: { username: 'alice', password: '' } }
    )
    expect(all).to.equal(activities)
    const { data: bySupplier } = await GET(
      `${lines}?$apply=filter(category_code eq 1)/groupby((supplier_ID,supplierName),aggregate(kgCO2eLocation with sum as total))`
    )
    const { data: category1 } = await GET(`${lines}?$apply=filter(category_code eq 1)/aggregate(kgCO2eLocation with sum as total)`)
    const summed = bySupplier.value.reduce((s: Decimal, r: any) => s.plus(r.total), new Decimal(0))
    expect(summed.minus(category1.value[0].total).abs().lte('0.000001')).to.equal(true)
  })

  it('is read-only and needs one of the business roles', async () => {
    expect((await GET(lines, { auth: { username: 'nobody', password: '' } })).status).to.equal(401)
    const { status } = await axios.post(lines, {})
    expect(status).to.equal(405)
  })
})
