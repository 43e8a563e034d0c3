import { expect } from 'chai'
import { Decimal } from '../../../srv/lib/common/decimal'
import { money } from '../fixtures'

describe('money: currency and inflation', () => {
  it('converts with the spend year rate, directly or inverted', () => {
    expect(money.normalise(new Decimal(100), 'EUR', 2024, 'USD').value.toString()).to.equal('125')
    expect(money.normalise(new Decimal(100), 'GBP', 2024, 'USD').value.toString()).to.equal('125')
    expect(money.normalise(new Decimal(100), 'eur', 2022, 'usd').value.toString()).to.equal('105')
  })

  it('deflates from the spend year to the factor year with the price index of the factor currency', () => {
    const { value, steps } = money.normalise(new Decimal(110), 'USD', 2024, 'USD', 2022)
    expect(value.toString()).to.equal('100')
    expect(steps).to.have.length(1)
    expect(steps[0]).to.match(/index 100\/110/)
    // EUR 2024 -> USD 2024 (x1.25) -> USD 2022 prices (x100/110)
    expect(money.normalise(new Decimal(88), 'EUR', 2024, 'USD', 2022).value.toString()).to.equal('100')
  })

  it('never falls back to 1:1 for a missing rate or index', () => {
    expect(() => money.normalise(new Decimal(1), 'JPY', 2024, 'USD'))
      .to.throw('No exchange rate JPY to USD for 2024')
      .with.property('code', 'MISSING_EXCHANGE_RATE')
    expect(() => money.normalise(new Decimal(1), 'EUR', 2023, 'USD'))
      .to.throw()
      .with.property('code', 'MISSING_EXCHANGE_RATE')
    expect(() => money.normalise(new Decimal(1), 'USD', 2019, 'USD', 2022))
      .to.throw('No price index for USD in 2019')
      .with.property('code', 'MISSING_PRICE_INDEX')
  })
})
