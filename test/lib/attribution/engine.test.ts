import { expect } from 'chai'
import { Decimal } from '../../../srv/lib/common/decimal'
import { calculate, parseFactorUnit, reportedKg, Methods, type ActivityData, type Factor } from '../../../srv/lib/attribution/engine'
import { ctx, units } from '../fixtures'

const d = (v: string | number): Decimal => new Decimal(v)
const perUnit = (value: string, unit: string): Factor => ({ value: d(value), per: { unit: units.get(unit, 'unit') } })
const kg = (a: ActivityData, f?: Factor): string => reportedKg(calculate(a, f, ctx)).toString()

describe('engine', () => {
  describe('GHG Protocol Scope 3 Technical Guidance, worked examples', () => {
    it('supplier-specific: five materials with cradle-to-gate factors = 145,000 kg CO2e', () => {
      const lines: Array<[number, string]> = [
        [200000, '0.15'],
        [600000, '0.10'],
        [200000, '0.10'],
        [100000, '0.25'],
        [50000, '0.20']
      ]
      const total = lines.reduce(
        (sum, [q, f]) =>
          sum.plus(calculate({ method: Methods.supplierSpecific, quantity: d(q), unit: 'kg' }, perUnit(f, 'kg'), ctx).kgCO2e),
        d(0)
      )
      expect(total.toString()).to.equal('145000')
    })

    it('distance-based: three shipments in t.km = 5,000 kg CO2e', () => {
      const shipments: Array<[number, number, string]> = [
        [2, 2000, '0.2'],
        [1, 3000, '1.0'],
        [6, 4000, '0.05']
      ]
      const results = shipments.map(([t, km, f]) =>
        kg({ quantity: d(t), unit: 't', distance: d(km), distanceUnit: 'km' }, perUnit(f, 't.km'))
      )
      expect(results).to.deep.equal(['800', '3000', '1200'])
      expect(results.reduce((s, r) => s.plus(r), d(0)).toString()).to.equal('5000')
    })
  })

  describe('methods', () => {
    it('average-data converts the quantity into the factor unit', () => {
      const c = calculate({ quantity: d(2.5), unit: 't' }, perUnit('0.8', 'kg'), ctx)
      expect(c.method).to.equal('average-data')
      expect(reportedKg(c).toString()).to.equal('2000')
      expect(c.steps).to.deep.equal(['2.5 t = 2500 kg', '2500 kg × 0.8 kgCO2e/kg = 2000 kgCO2e'])
    })

    it('spend-based converts currency and deflates to the factor price year', () => {
      const factor: Factor = { value: d('0.5'), per: { currency: 'USD', year: 2022 } }
      // 880 EUR (2024) x 1.25 = 1100 USD (2024) x 100/110 = 1000 USD (2022) x 0.5 = 500
      const c = calculate({ amount: d(880), currency: 'EUR', spendYear: 2024 }, factor, ctx)
      expect(c.method).to.equal('spend-based')
      expect(reportedKg(c).toString()).to.equal('500')
      expect(c.steps).to.have.length(3)
      // the spend year comes from the date when not given
      expect(kg({ amount: d(880), currency: 'EUR', date: '2024-05-31' }, factor)).to.equal('500')
    })

    it('spend-based reports missing rates, indexes and years as errors', () => {
      const factor: Factor = { value: d('0.5'), per: { currency: 'USD', year: 2022 } }
      expect(() => calculate({ amount: d(1), currency: 'CHF', spendYear: 2024 }, factor, ctx))
        .to.throw()
        .with.property('code', 'MISSING_EXCHANGE_RATE')
      expect(() => calculate({ amount: d(1), currency: 'USD', spendYear: 2023 }, factor, ctx))
        .to.throw()
        .with.property('code', 'MISSING_PRICE_INDEX')
      expect(() => calculate({ amount: d(1), currency: 'EURO', spendYear: 2024 }, factor, ctx))
        .to.throw()
        .with.property('code', 'INVALID_CURRENCY')
      expect(() => calculate({ method: 'spend-based', currency: 'EUR' }, factor, ctx))
        .to.throw()
        .with.property('code', 'MISSING_AMOUNT')
      expect(() => calculate({ amount: d(1), currency: 'EUR' }, { value: d(1), per: { currency: 'USD' } }, ctx))
        .to.throw()
        .with.property('code', 'MISSING_SPEND_YEAR')
      expect(() => calculate({ method: 'spend-based', amount: d(1), currency: 'USD' }, perUnit('1', 'kg'), ctx))
        .to.throw()
        .with.property('code', 'FACTOR_METHOD_MISMATCH')
    })

    it('distance-based: mass × distance, passengers × distance, one vehicle over a distance, or a ready product', () => {
      expect(kg({ quantity: d(500), unit: 'kg', distance: d(100), distanceUnit: 'mi' }, perUnit('0.1', 't.km'))).to.equal('8.04672')
      expect(kg({ quantity: d(3), unit: 'pax', distance: d(1000), distanceUnit: 'km' }, perUnit('0.15', 'pkm'))).to.equal('450')
      expect(kg({ method: 'distance-based', distance: d(250), distanceUnit: 'km' }, perUnit('0.2', 'vkm'))).to.equal('50')
      expect(kg({ quantity: d(2), unit: 'pc', distance: d(10), distanceUnit: 'km' }, perUnit('1', 'vkm'))).to.equal('20')
      expect(kg({ quantity: d(1000), unit: 'tkm' }, perUnit('0.1', 't.km'))).to.equal('100')
      expect(kg({ method: 'distance-based', quantity: d(10), unit: 'pmi' }, perUnit('1', 'pkm'))).to.equal('16.09344')
    })

    it('distance-based refuses quantities that are neither mass nor count, and factors that are not per distance', () => {
      expect(() => calculate({ quantity: d(1), unit: 'L', distance: d(1), distanceUnit: 'km' }, perUnit('1', 't.km'), ctx))
        .to.throw()
        .with.property('code', 'DIMENSION_MISMATCH')
      expect(() => calculate({ method: 'distance-based', quantity: d(1), unit: 'kg' }, perUnit('1', 'kg'), ctx))
        .to.throw()
        .with.property('code', 'FACTOR_METHOD_MISMATCH')
      expect(() => calculate({ method: 'distance-based', distance: d(1), distanceUnit: 'kg' }, perUnit('1', 'vkm'), ctx))
        .to.throw()
        .with.property('target', 'distanceUnit')
      expect(() => calculate({ method: 'distance-based', distance: d(1), distanceUnit: 'km' }, perUnit('1', 't.km'), ctx))
        .to.throw()
        .with.property('code', 'MISSING_QUANTITY')
    })

    it("needs a spend year only where a conversion needs one, and never takes the factor's year silently", () => {
      // spend in the currency of an inline factor without a price year: nothing to convert, no year needed
      const inline = calculate({ amount: d(250), currency: 'EUR' }, { value: d('0.4'), per: { currency: 'EUR' } }, ctx)
      expect(reportedKg(inline).toString()).to.equal('100')
      expect(inline.assumptions).to.deep.equal([])
      // the same currency as a factor in 2022 prices: the deflation needs the spend year (before: 2022 was assumed)
      const priced: Factor = { value: d('0.3'), per: { currency: 'USD', year: 2022 } }
      expect(() => calculate({ amount: d(100), currency: 'USD' }, priced, ctx))
        .to.throw()
        .with.property('code', 'MISSING_SPEND_YEAR')
      expect(() => calculate({ amount: d(100), currency: 'usd' }, priced, ctx)).to.throw(/move USD to the factor's 2022 prices/)
      expect(() => calculate({ amount: d(100), currency: 'EUR' }, { value: d(1), per: { currency: 'USD' } }, ctx)).to.throw(
        /exchange rate EUR to USD/
      )
      // with the year it computes: 100 USD of 2022 at 0.3 kg/USD(2022) = 30 kg
      expect(kg({ amount: d(100), currency: 'USD', spendYear: 2022 }, priced)).to.equal('30')
    })

    it("takes a quantity in km or miles against a factor per vehicle-km as one vehicle's distance, and says so", () => {
      const car = perUnit('0.17', 'vkm')
      const km = calculate({ method: 'distance-based', quantity: d(120), unit: 'km' }, car, ctx)
      expect(reportedKg(km).toString()).to.equal(d(120).times('0.17').toString())
      expect(km.assumptions.map(a => [a.code, a.target])).to.deep.equal([['VEHICLE_DISTANCE', 'quantity']])
      // 50 statute miles = 80.4672 km
      expect(kg({ method: 'distance-based', quantity: d(50), unit: 'mi' }, car)).to.equal(d('80.4672').times('0.17').toString())
      expect(
        calculate({ method: 'distance-based', distance: d(10), distanceUnit: 'km' }, car, ctx).assumptions.map(a => a.code)
      ).to.deep.equal(['VEHICLE_DISTANCE'])
      // passengers or mass over a distance assume nothing
      expect(
        calculate({ quantity: d(3), unit: 'pax', distance: d(1000), distanceUnit: 'km' }, perUnit('0.15', 'pkm'), ctx).assumptions
      ).to.deep.equal([])
    })

    it('fuel-based takes volume, mass or energy of fuel', () => {
      expect(kg({ method: 'fuel-based', quantity: d(1000), unit: 'L' }, perUnit('2.57082', 'L'))).to.equal('2570.82')
      expect(kg({ method: 'fuel-based', quantity: d(1), unit: 'm3' }, perUnit('2.5', 'L'))).to.equal('2500')
      expect(() => calculate({ method: 'fuel-based', quantity: d(1), unit: 'km' }, perUnit('1', 'km'), ctx))
        .to.throw()
        .with.property('code', 'DIMENSION_MISMATCH')
    })

    it('waste-type-specific takes the mass of the waste in the factor unit', () => {
      expect(kg({ method: 'waste-type-specific', quantity: d(2500), unit: 'kg' }, perUnit('520.3', 't'))).to.equal('1300.75')
      expect(() => calculate({ method: 'waste-type-specific', quantity: d(1), unit: 'pc' }, perUnit('1', 'pc'), ctx))
        .to.throw()
        .with.property('code', 'DIMENSION_MISMATCH')
    })

    it('hybrid sums its components, each with its own method and factor', () => {
      const c = calculate(
        {
          components: [
            { method: 'supplier-specific', quantity: d(1000), unit: 'kg', factor: perUnit('1.2', 'kg') },
            { method: 'distance-based', quantity: d(1), unit: 't', distance: d(500), distanceUnit: 'km', factor: perUnit('0.1', 't.km') },
            {
              method: 'spend-based',
              amount: d(110),
              currency: 'USD',
              spendYear: 2024,
              factor: { value: d('0.3'), per: { currency: 'USD', year: 2022 } }
            }
          ]
        },
        undefined,
        ctx
      )
      expect(c.method).to.equal('hybrid')
      expect(c.components!.map(x => x.kgCO2e.toString())).to.deep.equal(['1200', '50', '30'])
      expect(reportedKg(c).toString()).to.equal('1280')
      expect(() => calculate({ method: 'hybrid' }, undefined, ctx))
        .to.throw()
        .with.property('code', 'MISSING_COMPONENTS')
      expect(() => calculate({ components: [{ quantity: d(1), unit: 'kg' }] }, undefined, ctx))
        .to.throw('components/0: factor is missing')
        .with.property('target', 'components/0/factor')
    })

    it('carries per-gas and biogenic values along with the total', () => {
      const factor: Factor = { ...perUnit('2.5', 'L'), biogenicCO2: d('0.14'), gases: { CO2: d('2.4'), CH4: d('0.05'), N2O: d('0.05') } }
      const c = calculate({ method: 'fuel-based', quantity: d(100), unit: 'L' }, factor, ctx)
      expect(c.biogenicCO2!.toString()).to.equal('14')
      expect(Object.fromEntries(Object.entries(c.gases!).map(([g, v]) => [g, v.toString()]))).to.deep.equal({
        CO2: '240',
        CH4: '5',
        N2O: '5'
      })
    })

    it('rejects unknown methods and missing factors', () => {
      expect(() => calculate({ method: 'guesswork', quantity: d(1), unit: 'kg' }, perUnit('1', 'kg'), ctx))
        .to.throw()
        .with.property('code', 'UNKNOWN_METHOD')
      expect(() => calculate({ quantity: d(1), unit: 'kg' }, undefined, ctx))
        .to.throw()
        .with.property('code', 'MISSING_FACTOR')
    })
  })

  describe('factor units and rounding', () => {
    it('parses kgCO2e/<unit>, tCO2e/<unit> and currencies', () => {
      expect(parseFactorUnit('kgCO2e/t.km', units).per.unit?.code).to.equal('TKM')
      expect(parseFactorUnit('tCO2e/MWh', units).scale.toString()).to.equal('1000')
      expect(parseFactorUnit('kg CO2e / kWh', units).per.unit?.code).to.equal('KWH')
      expect(parseFactorUnit('kgCO2e/usd', units).per.currency).to.equal('USD')
      expect(() => parseFactorUnit('kg/kg', units))
        .to.throw()
        .with.property('code', 'INVALID_FACTOR_UNIT')
      expect(() => parseFactorUnit('kgCO2e/parsec', units))
        .to.throw()
        .with.property('code', 'UNKNOWN_UNIT')
    })

    it('a tCO2e factor gives kg', () => {
      const { scale, per } = parseFactorUnit('tCO2e/t', units)
      expect(kg({ quantity: d(3), unit: 't' }, { value: d('0.5').times(scale), per })).to.equal('1500')
    })

    it('rounds the reported figure once, half to even, to 6 decimals; intermediates stay exact', () => {
      expect(kg({ quantity: d('0.0000005'), unit: 'kg' }, perUnit('1', 'kg'))).to.equal('0')
      expect(kg({ quantity: d('0.0000015'), unit: 'kg' }, perUnit('1', 'kg'))).to.equal('0.000002')
      // 1 MJ in kWh is 1/3.6: not a finite decimal, yet 3.6 MJ give exactly the kWh figure
      expect(kg({ quantity: d('3.6'), unit: 'MJ' }, perUnit('0.177', 'kWh'))).to.equal('0.177')
      expect(kg({ quantity: d(1), unit: 'MJ' }, perUnit('1', 'kWh'))).to.equal('0.277778')
    })

    it('is deterministic: the same inputs give the same outputs bit for bit', () => {
      const run = (): string =>
        JSON.stringify(
          calculate(
            { amount: d('1234.56'), currency: 'EUR', spendYear: 2024 },
            { value: d('0.371'), per: { currency: 'USD', year: 2022 } },
            ctx
          )
        )
      expect(run()).to.equal(run())
    })
  })
})
