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

  it('names categories as reports do, and sums the tonnes the charts show from the same lines (the year as text)', async () => {
    const expected = await expectedByCategory()
    const { data } = await GET(
      `${lines}?$apply=groupby((category_code,categoryName),aggregate(tCO2eLocation with sum as tonnes))&$orderby=category_code`
    )
    const { data: names } = await GET('/odata/v4/analytics/Scope3Categories?$select=code,name')
    const nameOf = new Map(names.value.map((c: any) => [c.code, c.name]))
    for (const row of data.value) {
      expect(row.categoryName).to.equal(`${row.category_code as number} ${nameOf.get(row.category_code) as string}`)
      // the sum of a category's lines in kg, divided by 1000: what the chart shows in tonnes (to 3 decimals on screen)
      const tonnes = expected.get(row.category_code)!.dividedBy(1000)
      expect(new Decimal(row.tonnes).minus(tonnes).abs().lte('0.000000001'), `category ${row.category_code as number}`).to.equal(true)
    }
    expect(names.value.find((c: any) => c.code === 1)?.name).to.equal('Purchased goods and services')
    const { data: periods } = await GET(`${lines}?$select=fiscalYear,fiscalPeriod,fiscalYearText,yearPeriodText&$top=1`)
    const [line] = periods.value
    expect(line.fiscalYearText).to.equal(String(line.fiscalYear))
    expect(line.yearPeriodText).to.equal(`${line.fiscalYear as number} / ${String(line.fiscalPeriod).padStart(3, '0')}`)
  })

  it("answers the header's total and the trend by period as the app asks them: the periods in order, the largest first", async () => {
    // by hand: every current line in kg, per fiscal period and per supplier, summed as decimals
    const { data: current } = await GET(
      '/odata/v4/accounting/CurrentAttributions?$filter=isReversal eq false&$select=kgCO2eLocation' +
        '&$expand=activity($select=fiscalYear,fiscalPeriod,supplier_ID)&$top=100000',
      { auth: { username: 'alice', password: '' } }
    )
    const byPeriod = new Map<number, Decimal>()
    const bySupplier = new Map<string | null, Decimal>()
    let all = new Decimal(0)
    for (const a of current.value) {
      const period = a.activity.fiscalYear * 100 + a.activity.fiscalPeriod
      byPeriod.set(period, (byPeriod.get(period) ?? new Decimal(0)).plus(a.kgCO2eLocation))
      bySupplier.set(a.activity.supplier_ID, (bySupplier.get(a.activity.supplier_ID) ?? new Decimal(0)).plus(a.kgCO2eLocation))
      all = all.plus(a.kgCO2eLocation)
    }
    expect(byPeriod.size).to.be.greaterThan(2)
    // the KPI tag: aggregate(tCO2eLocation) without a method, the property's default aggregation (a sum), in tonnes
    const { status, data: total } = await GET(`${lines}?$apply=aggregate(tCO2eLocation)`)
    expect(status, JSON.stringify(total)).to.equal(200)
    expect(new Decimal(total.value[0].tCO2eLocation).minus(all.dividedBy(1000)).abs().lte('0.0005')).to.equal(true)
    // the trend (and the KPI's card): a column per period, oldest first, though the chart asks for no order
    const { data: trend } = await GET(`${lines}?$apply=groupby((yearPeriod,yearPeriodText),aggregate(tCO2eLocation with sum as t))`)
    expect(trend.value.map((r: any) => r.yearPeriod)).to.deep.equal([...byPeriod.keys()].sort((a, b) => a - b))
    for (const row of trend.value)
      expect(new Decimal(row.t).minus(byPeriod.get(row.yearPeriod)!.dividedBy(1000)).abs().lte('0.0005'), String(row.yearPeriod)).to.equal(
        true
      )
    // stacked by category as the view asks it: still in the periods' order
    const { data: stacked } = await GET(
      `${lines}?$apply=groupby((categoryName,category_code,yearPeriod,yearPeriodText),aggregate(tCO2eLocation with sum as t))`
    )
    const periods = stacked.value.map((r: any) => r.yearPeriod)
    expect(periods).to.deep.equal([...periods].sort((a: number, b: number) => a - b))
    // the largest suppliers first, as the view by supplier shows them
    const { data: suppliers } = await GET(`${lines}?$apply=groupby((supplier_ID,supplierName),aggregate(tCO2eLocation with sum as t))`)
    const expected = [...bySupplier.entries()].sort((a, b) => b[1].comparedTo(a[1])).map(([supplier]) => supplier)
    expect(suppliers.value.map((r: any) => r.supplier_ID)).to.deep.equal(expected)
    // an order the client asks for stays
    const { data: asked } = await GET(
      `${lines}?$apply=groupby((yearPeriod),aggregate(tCO2eLocation with sum as t))&$orderby=yearPeriod desc`
    )
    expect(asked.value.map((r: any) => r.yearPeriod)).to.deep.equal([...byPeriod.keys()].sort((a, b) => b - a))
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

  it("answers the launchpad tile with the newest year's total in t CO2e, of the user's company codes only", async () => {
    const current = await expectedByCategory()
    expect(current.size).to.be.greaterThan(0)
    // by hand: the lines of the newest fiscal year up to this one, per company code, summed as decimals, in tonnes
    const { data } = await GET(
      '/odata/v4/accounting/CurrentAttributions?$filter=isReversal eq false&$select=kgCO2eLocation&$expand=activity($select=fiscalYear,companyCode_code)&$top=100000',
      {
        auth: { username: 'alice', password: '' }
      }
    )
    const rows = data.value as { kgCO2eLocation: string; activity: { fiscalYear: number; companyCode_code: string } }[]
    const year = Math.max(...rows.map(r => r.activity.fiscalYear).filter(y => y <= new Date().getUTCFullYear()))
    const tonnes = (codes?: string[]): string =>
      rows
        .filter(r => r.activity.fiscalYear === year && (!codes || codes.includes(r.activity.companyCode_code)))
        .reduce((sum, r) => sum.plus(r.kgCO2eLocation), new Decimal(0))
        .div(1000)
        .toDecimalPlaces(3, Decimal.ROUND_HALF_EVEN)
        .toFixed(3)
    const tile = async (user: string): Promise<any> =>
      (await GET('/odata/v4/analytics/scope3YearToDateTile()', { auth: { username: user, password: '' } })).data
    const all = await tile('erin')
    expect(new Decimal(all.number).toFixed(3)).to.equal(tonnes())
    expect(all).to.include({ numberUnit: 't CO2e', numberDigits: 3, info: `${year} to date` })
    // ella's role collection limits her to company code 1710
    const ella = await tile('ella')
    expect(new Decimal(ella.number).toFixed(3)).to.equal(tonnes(['1710']))
    expect(tonnes(['1710'])).to.not.equal(tonnes())
  })

  it("gives each category's 95 % interval per year and company code from its lines, computed by hand; filters by key only", async () => {
    const z = 1.959963984540054
    // by hand: each current line as a lognormal with its σ², summed per year, company code and category (Fenton-Wilkinson)
    const { data } = await GET(
      '/odata/v4/accounting/CurrentAttributions?$filter=isReversal eq false&$select=category_code,kgCO2eLocation,uncertaintyVariance,fiscalYear,companyCode_code&$top=100000',
      { auth: { username: 'alice', password: '' } }
    )
    const groups = new Map<string, { kg: number; M: number; V: number }>()
    for (const a of data.value) {
      const id = `${a.fiscalYear as number}|${a.companyCode_code as string}|${a.category_code as number}`
      const g = groups.get(id) ?? { kg: 0, M: 0, V: 0 }
      const [m, s2] = [Number(a.kgCO2eLocation), Number(a.uncertaintyVariance)]
      g.kg += m
      g.M += m * Math.exp(s2 / 2)
      g.V += m ** 2 * Math.exp(s2) * (Math.exp(s2) - 1)
      groups.set(id, g)
    }
    const intervals = '/odata/v4/analytics/CategoryIntervals'
    const { status, data: rows } = await GET(`${intervals}?$count=true`)
    expect(status, JSON.stringify(rows)).to.equal(200)
    expect(rows['@odata.count']).to.equal(groups.size)
    for (const row of rows.value) {
      const g = groups.get(`${row.fiscalYear as number}|${row.companyCode_code as string}|${row.category_code as number}`)!
      const s2 = Math.log(1 + g.V / g.M ** 2)
      const mu = Math.log(g.M) - s2 / 2
      const [low, high] = [Math.exp(mu - z * Math.sqrt(s2)) / 1000, Math.exp(mu + z * Math.sqrt(s2)) / 1000]
      expect(Number(row.tCO2eLocation)).to.be.closeTo(g.kg / 1000, 0.0005)
      expect(Number(row.tCO2eLow), JSON.stringify(row)).to.be.closeTo(low, 0.0005 + low * 1e-6)
      expect(Number(row.tCO2eHigh), JSON.stringify(row)).to.be.closeTo(high, 0.0005 + high * 1e-6)
      expect(Number(row.abovePercent)).to.be.closeTo(((high - g.kg / 1000) / (g.kg / 1000)) * 100, 0.05 + 1e-9)
      expect(row.categoryName).to.match(new RegExp(`^${row.category_code as number} `))
    }
    // filters as a filter bar sends them: one value, or several or-ed; the newest year first by default
    const [first] = rows.value
    const one = await GET(
      `${intervals}?$filter=fiscalYear eq ${first.fiscalYear as number} and (companyCode_code eq '${first.companyCode_code as string}' or companyCode_code eq 'none')&$orderby=tCO2eHigh desc`
    )
    expect(one.status).to.equal(200)
    expect(one.data.value.length).to.be.greaterThan(0)
    expect(one.data.value.every((r: any) => r.companyCode_code === first.companyCode_code && r.fiscalYear === first.fiscalYear)).to.equal(
      true
    )
    const highs = one.data.value.map((r: any) => Number(r.tCO2eHigh))
    expect(highs).to.deep.equal([...highs].sort((a, b) => b - a))
    expect(Number((await GET(`${intervals}/$count`)).data)).to.equal(groups.size)
    // a filter it cannot apply is refused naming the element, never ignored
    const refused = await GET(`${intervals}?$filter=tCO2eLow gt 1`)
    expect(refused.status).to.equal(400)
    expect(refused.data.error.target).to.equal('tCO2eLow')
    // ella's role collection limits her to company code 1710
    const ella = await GET(intervals, { auth: { username: 'ella', password: '' } })
    expect(ella.data.value.length).to.be.greaterThan(0)
    expect(ella.data.value.every((r: any) => r.companyCode_code === '1710')).to.equal(true)
  })

  it('is read-only and needs one of the business roles', async () => {
    expect((await GET(lines, { auth: { username: 'nobody', password: '' } })).status).to.equal(401)
    const { status } = await axios.post(lines, {})
    expect(status).to.equal(405)
  })
})
