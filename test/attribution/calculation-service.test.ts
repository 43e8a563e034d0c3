import cds from '@sap/cds'
import path from 'node:path'
import { Decimal } from '../../srv/lib/common/decimal'

describe('CalculationService: the estimate API', () => {
  const { POST, expect, axios } = cds.test(path.join(__dirname, '..', '..'))
  axios.defaults.auth = { username: 'alice', password: '' }
  axios.defaults.validateStatus = (s: number) => s < 500

  const estimate = async (activities: unknown): Promise<{ status: number; data: any }> =>
    POST('/odata/v4/calculation/estimate', { activities })
  const sum = (results: Array<{ kgCO2e: string }>): string => results.reduce((s, r) => s.plus(r.kgCO2e), new Decimal(0)).toString()

  it('computes the GHG Protocol supplier-specific example: 145,000 kg CO2e', async () => {
    const lines: Array<[string, number, string]> = [
      ['cement', 200000, '0.15'],
      ['plaster', 600000, '0.10'],
      ['paint', 200000, '0.10'],
      ['timber', 100000, '0.25'],
      ['concrete', 50000, '0.20']
    ]
    const { status, data } = await estimate(
      lines.map(([ref, quantity, value]) => ({
        ref,
        category: 1,
        method: 'supplier-specific',
        quantity,
        unit: 'kg',
        factor: { value, unit: 'kgCO2e/kg' }
      }))
    )
    expect(status).to.equal(200)
    expect(data.value.map((r: any) => [r.ref, r.kgCO2e])).to.deep.equal([
      ['cement', '30000'],
      ['plaster', '60000'],
      ['paint', '20000'],
      ['timber', '25000'],
      ['concrete', '10000']
    ])
    expect(sum(data.value)).to.equal('145000')
    expect(data.value[0]).to.include({
      method: 'supplier-specific',
      category: 1,
      basis: 'location',
      error: null,
      explanation: '200000 kg × 0.15 kgCO2e/kg = 30000 kgCO2e'
    })
    expect(data.value[0].factor).to.deep.equal({ id: null, value: '0.15', unit: 'kgCO2e/kg', setCode: null, setVersion: null })
  })

  it('computes the GHG Protocol distance-based example: 5,000 kg CO2e', async () => {
    const { data } = await estimate([
      { ref: 'A', quantity: 2, unit: 't', distance: 2000, distanceUnit: 'km', factor: { value: 0.2, unit: 'kgCO2e/t.km' } },
      { ref: 'B', quantity: '1', unit: 'TNE', distance: '3000', distanceUnit: 'KMT', factor: { value: '1.0', unit: 'kgCO2e/tkm' } },
      { ref: 'C', quantity: 6000, unit: 'KG', distance: 4000, distanceUnit: 'km', factor: { value: '0.00005', unit: 'tCO2e/t.km' } }
    ])
    expect(data.value.map((r: any) => [r.ref, r.method, r.kgCO2e])).to.deep.equal([
      ['A', 'distance-based', '800'],
      ['B', 'distance-based', '3000'],
      ['C', 'distance-based', '1200']
    ])
    expect(sum(data.value)).to.equal('5000')
  })

  it('uses library factors by id, with currency conversion and inflation for spend', async () => {
    const { data } = await estimate([
      { ref: 'cement-spend', amount: '1000', currency: 'EUR', spendYear: 2024, factor: { id: 'US-EPA-SCGHG-1.3/327310' } },
      { ref: 'uk-grid', quantity: 1, unit: 'MWh', factor: { id: 'UK-DESNZ-2025/7_400_4000_5_1' } }
    ])
    const [spend, grid] = data.value
    // demo data: 1 EUR = 1.0824 USD (2024), US CPI-U 292.655 (2022) / 313.689 (2024), EPA cement 3.924 kg CO2e per 2022 USD
    const expected = new Decimal(1000).times('1.0824').times('292.655').div('313.689').times('3.924').toDecimalPlaces(6).toString()
    expect(spend).to.include({ method: 'spend-based', kgCO2e: expected, error: null })
    expect(spend.factor).to.deep.equal({
      id: 'US-EPA-SCGHG-1.3/327310',
      value: '3.924',
      unit: 'kgCO2e/USD (2022)',
      setCode: 'US-EPA-SCGHG-1.3',
      setVersion: '1.3.0'
    })
    expect(spend.explanation).to.match(/1000 EUR × 1\.0824 USD\/EUR \(2024 average\)/)
    expect(grid).to.include({ method: 'average-data', kgCO2e: '177' })
    expect(grid.factor).to.include({ id: 'UK-DESNZ-2025/7_400_4000_5_1', unit: 'kgCO2e/kWh', setVersion: '2025 v1' })
  })

  it('shows every assumption as a warning on the result: market equal to location, one vehicle, no silent spend year', async () => {
    const { data } = await estimate([
      { ref: 'grid-market', basis: 'market', quantity: 1, unit: 'MWh', factor: { id: 'UK-DESNZ-2025/7_400_4000_5_1' } },
      { ref: 'grid-location', quantity: 1, unit: 'MWh', factor: { id: 'UK-DESNZ-2025/7_400_4000_5_1' } },
      { ref: 'van', method: 'distance-based', quantity: 100, unit: 'km', factor: { value: '0.25', unit: 'kgCO2e/vkm' } },
      { ref: 'own-currency', amount: '500', currency: 'EUR', factor: { value: '0.2', unit: 'kgCO2e/EUR' } },
      { ref: 'epa-no-year', amount: '500', currency: 'USD', factor: { id: 'US-EPA-SCGHG-1.3/327310' } }
    ])
    const [market, location, van, own, noYear] = data.value
    expect(market).to.include({ kgCO2e: location.kgCO2e, basis: 'market' })
    expect(market.warnings).to.deep.equal([
      {
        code: 'MARKET_EQUALS_LOCATION',
        target: 'basis',
        message: 'basis market: the factor is no market-based instrument, so the market-based figure equals the location-based one'
      }
    ])
    expect(location.warnings).to.deep.equal([])
    // 100 km × 0.25 kg per vehicle-km (before: refused as a dimension mismatch)
    expect(van).to.include({ kgCO2e: '25', error: null })
    expect(van.warnings.map((w: any) => w.code)).to.deep.equal(['VEHICLE_DISTANCE'])
    // 500 EUR × 0.2 kg/EUR: nothing to convert, no year needed
    expect(own).to.include({ kgCO2e: '100', error: null })
    // EPA's factor is in 2022 prices: without a year the item fails with its code (before: 2022 was taken silently)
    expect(noYear).to.include({ kgCO2e: null })
    expect(noYear.error).to.include({ code: 'MISSING_SPEND_YEAR', target: 'spendYear' })
  })

  it("carries the biogenic CO2 of a biofuel blend beside its CO2e, from DESNZ's outside-of-scopes row", async () => {
    const { data } = await estimate([
      { ref: 'diesel', method: 'fuel-based', quantity: '100', unit: 'L', factor: { id: 'UK-DESNZ-2025/1_101_1011_8_1' } },
      { ref: 'inline', quantity: 1, unit: 'kg', factor: { value: '1', unit: 'kgCO2e/kg' } }
    ])
    // DESNZ 2025: diesel (average biofuel blend) 2.57082 kg CO2e per litre; outside of scopes 0.14 kg CO2 per litre
    expect(data.value[0]).to.include({ kgCO2e: '257.082', biogenicCO2kg: '14' })
    expect(data.value[1]).to.include({ biogenicCO2kg: null })
  })

  it('answers a bad activity with its own error and computes the others, in request order', async () => {
    const { status, data } = await estimate([
      { ref: 'wrong-dimension', quantity: 100, unit: 'kWh', factor: { value: 0.5, unit: 'kgCO2e/kg' } },
      { ref: 'ok', quantity: 100, unit: 'kg', factor: { value: 0.5, unit: 'kgCO2e/kg' } },
      { ref: 'unknown-unit', quantity: 100, unit: 'bushel', factor: { value: 0.5, unit: 'kgCO2e/kg' } },
      { ref: 'unknown-factor', amount: 10, currency: 'USD', spendYear: 2022, factor: { id: 'US-EPA-SCGHG-1.3/999999' } },
      { ref: 'no-rate', amount: 10, currency: 'BRL', spendYear: 2024, factor: { id: 'US-EPA-SCGHG-1.3/327310' } },
      { ref: 'bad-category', category: 16, quantity: 1, unit: 'kg', factor: { value: 1, unit: 'kgCO2e/kg' } }
    ])
    expect(status).to.equal(200)
    expect(data.value.map((r: any) => r.ref)).to.deep.equal([
      'wrong-dimension',
      'ok',
      'unknown-unit',
      'unknown-factor',
      'no-rate',
      'bad-category'
    ])
    expect(data.value.map((r: any) => r.error?.code ?? null)).to.deep.equal([
      'DIMENSION_MISMATCH',
      null,
      'UNKNOWN_UNIT',
      'UNKNOWN_FACTOR',
      'MISSING_EXCHANGE_RATE',
      'INVALID_CATEGORY'
    ])
    expect(data.value[0]).to.include({ kgCO2e: null })
    expect(data.value[0].error).to.include({ target: 'unit', message: 'unit: kWh (energy) cannot be converted to kg (mass)' })
    expect(data.value[1]).to.include({ kgCO2e: '50', error: null })
    expect(data.value[2].error).to.include({ target: 'unit', message: "unit 'bushel' is not a known unit" })
  })

  it('computes hybrid activities as the sum of their components', async () => {
    const { data } = await estimate([
      {
        ref: 'hybrid',
        components: [
          { method: 'supplier-specific', quantity: 500, unit: 'kg', factor: { value: 2, unit: 'kgCO2e/kg' } },
          { method: 'fuel-based', quantity: 100, unit: 'L', factor: { id: 'UK-DESNZ-2025/1_101_1011_8_1' } }
        ]
      }
    ])
    expect(data.value[0]).to.include({ method: 'hybrid', kgCO2e: '1257.082', error: null })
  })

  it('bounds the components of a hybrid activity (100) and the activities and components of a call (20,000) with one 400', async () => {
    const part = { quantity: 1, unit: 'kg', factor: { value: 1, unit: 'kgCO2e/kg' } }
    const hybrid = (n: number): unknown => ({ components: Array.from({ length: n }, () => part) })
    const crowded = await estimate([hybrid(2), hybrid(101)])
    expect(crowded.status).to.equal(400)
    expect(crowded.data.error).to.include({
      target: 'activities/1/components',
      message: 'activities/1/components: at most 100 components per activity, got 101'
    })
    const heavy = await estimate(Array.from({ length: 200 }, () => hybrid(100)))
    expect(heavy.status).to.equal(400)
    expect(heavy.data.error).to.include({
      target: 'activities',
      message: 'activities: at most 20000 activities and components per call, got 20200'
    })
    const fits = await estimate([hybrid(100), ...Array.from({ length: 99 }, () => hybrid(100))])
    expect(fits.status).to.equal(200)
    expect(fits.data.value[0]).to.include({ method: 'hybrid', kgCO2e: '100', error: null })
  })

  it('refuses more than 10,000 activities with one 400 and computes nothing', async () => {
    const one = { quantity: 1, unit: 'kg', factor: { value: 1, unit: 'kgCO2e/kg' } }
    const { status, data } = await estimate(Array.from({ length: 10001 }, () => one))
    expect(status).to.equal(400)
    expect(data.error).to.include({ target: 'activities', message: 'activities: at most 10000 activities per call, got 10001' })
    const ok = await estimate(Array.from({ length: 10000 }, (_, i) => ({ ...one, ref: String(i) })))
    expect(ok.status).to.equal(200)
    expect(ok.data.value).to.have.length(10000)
    expect(ok.data.value[9999]).to.include({ ref: '9999', kgCO2e: '1' })
  })

  it('answers a malformed body with 400 naming the field', async () => {
    const cases: Array<[unknown, string]> = [
      ['not an array', 'activities'],
      [[{ quantity: 'abc', unit: 'kg' }], 'activities[0]/quantity'],
      [[{ quantity: 1, unit: 'kg', category: 'x' }], 'activities[0]/category'],
      [[{ quantity: 1, unit: 'kg', date: '2024-13-45' }], 'activities[0]/date'],
      [[{ quantity: 1, unit: 'kg', factor: { value: 'x', unit: 'kgCO2e/kg' } }], 'activities[0]/factor/value']
    ]
    for (const [activities, target] of cases) {
      const { status, data } = await estimate(activities)
      expect(status, target).to.equal(400)
      expect(data.error.target, target).to.equal(target)
    }
    const { status, data } = await POST('/odata/v4/calculation/estimate', {})
    expect(status).to.equal(400)
    expect(data.error.target).to.equal('activities')
  })

  it('requires an authenticated user', async () => {
    const anonymous = await fetch(`${axios.defaults.baseURL}/odata/v4/calculation/estimate`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"activities":[]}'
    })
    expect(anonymous.status).to.equal(401)
    const { status } = await POST(
      '/odata/v4/calculation/estimate',
      { activities: [] },
      { auth: { username: 'mallory', password: 'guess' } }
    )
    expect(status).to.equal(401)
  })
})
