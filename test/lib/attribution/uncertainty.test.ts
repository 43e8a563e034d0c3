import { expect } from 'chai'
import { Decimal } from '../../../srv/lib/common/decimal'
import { lineUncertainty, statedVariance, sumUncertainty, varianceOf } from '../../../srv/lib/attribution/uncertainty'

/** relative difference of a figure from a value computed by hand with floating point */
const near = (actual: Decimal, expected: number, relative = 1e-9): boolean =>
  Math.abs(actual.toNumber() - expected) <= relative * Math.max(1, Math.abs(expected))

describe('Uncertainty of figures from their data quality (pedigree matrix, lognormal)', () => {
  const best = { technological: 1, temporal: 1, geographical: 1, completeness: 1, reliability: 1 }

  it('adds the basic variance of the method and one term per indicator (Weidema et al. 2013, table 10.3)', () => {
    // supplier-specific with every indicator 1: the basic variance alone
    expect(varianceOf('supplier-specific', best).variance.toString()).to.equal('0.0006')
    // spend-based, technological 4 (0.04), temporal 2 (0.0002), geographical 3 (0.0001), completeness 4 (0.002),
    // reliability 4 (0.008): 0.12 + 0.04 + 0.0002 + 0.0001 + 0.002 + 0.008 = 0.1703
    const spend = varianceOf('spend-based', { technological: 4, temporal: 2, geographical: 3, completeness: 4, reliability: 4 })
    expect(spend.variance.toString()).to.equal('0.1703')
    expect(spend.unknownMethod).to.equal(false)
    // every indicator 5 on average data: 0.04 + 0.12 + 0.04 + 0.002 + 0.008 + 0.04 = 0.25
    expect(
      varianceOf('average-data', { technological: 5, temporal: 5, geographical: 5, completeness: 5, reliability: 5 }).variance.toString()
    ).to.equal('0.25')
    // a method the table does not know: the most uncertain basic variance, and it says so
    const unknown = varianceOf('guesswork', best)
    expect(unknown.variance.toString()).to.equal('0.12')
    expect(unknown.unknownMethod).to.equal(true)
    expect(() => varianceOf('spend-based', { ...best, temporal: 6 })).to.throw(RangeError, /temporal/)
    expect(() => varianceOf('spend-based', { ...best, reliability: 0 })).to.throw(RangeError, /reliability/)
  })

  it("takes a factor's stated uncertainty in place of the method's basic one, the pedigree terms added as always", () => {
    // by hand: ±50 % is the interval's reach above the figure, e^(1.96 σ) = 1.5: σ² = (ln 1.5 / 1.959964)² = 0.0427967…
    const fifty = (Math.log(1.5) / 1.959963984540054) ** 2
    expect(statedVariance('50').toString()).to.equal(fifty.toFixed(6))
    expect(statedVariance('10').toString()).to.equal(((Math.log(1.1) / 1.959963984540054) ** 2).toFixed(6))
    expect(() => statedVariance('0')).to.throw(RangeError, /^uncertainty: /)
    // spend-based with the indicators above: 0.1703 − 0.12 (basic) + the stated one
    const dq = { technological: 4, temporal: 2, geographical: 3, completeness: 4, reliability: 4 }
    expect(Number(varianceOf('spend-based', dq, '50').variance)).to.be.closeTo(Number(fifty.toFixed(6)) + 0.0503, 1e-12)
    // the stated one wins over an unknown method too, so nothing is assumed
    expect(varianceOf('guesswork', best, '50').unknownMethod).to.equal(false)
    // and the interval of a line: its reach above the figure is the stated 50 % with the best indicators
    expect(near(lineUncertainty('1000', 'spend-based', best, '50').high, 1500, 1e-3)).to.equal(true)
  })

  it("gives a line's 95 % interval around its figure as the median of a lognormal", () => {
    // by hand: σ² = 0.1703, σ = 0.41267…, GSD95 = e^(1.959964 σ) = 2.24527…; 1,000 kg → 445.380 … 2,245.272 kg
    const dq = { technological: 4, temporal: 2, geographical: 3, completeness: 4, reliability: 4 }
    const line = lineUncertainty('1000', 'spend-based', dq)
    const gsd = Math.exp(1.959963984540054 * Math.sqrt(0.1703))
    expect(near(line.gsd95, gsd, 1e-6)).to.equal(true)
    expect(near(line.low, 1000 / gsd, 1e-6)).to.equal(true)
    expect(near(line.high, 1000 * gsd, 1e-6)).to.equal(true)
    expect([line.low.toFixed(3), line.high.toFixed(3)]).to.deep.equal(['445.380', '2245.272'])
    // the interval is not symmetric: the figure is its geometric middle
    expect(near(line.low.times(line.high).sqrt(), 1000, 1e-6)).to.equal(true)
    // six decimals, as a line's kg
    expect(line.high.decimalPlaces()).to.be.at.most(6)
    // good data, narrow interval: supplier-specific, all 1 → ±4.9 %
    const good = lineUncertainty('100', 'supplier-specific', best)
    expect(near(good.high, 100 * Math.exp(1.959963984540054 * Math.sqrt(0.0006)), 1e-6)).to.equal(true)
    // a reversal (0) or a credit has no spread
    const zero = lineUncertainty('0', 'spend-based', dq)
    expect([zero.low.toString(), zero.high.toString()]).to.deep.equal(['0', '0'])
  })

  it('sums independent lines: the lognormal with the same mean and variance (Fenton-Wilkinson), by hand', () => {
    const lines = [
      { kgCO2e: '1000', variance: '0.1703' },
      { kgCO2e: '250', variance: '0.0006' },
      { kgCO2e: '40.5', variance: '0.25' }
    ]
    // by hand: M = Σ m e^(s²/2), V = Σ m² e^(s²) (e^(s²) − 1), s² = ln(1 + V/M²), μ = ln M − s²/2
    const M = lines.reduce((s, l) => s + Number(l.kgCO2e) * Math.exp(Number(l.variance) / 2), 0)
    const V = lines.reduce((s, l) => s + Number(l.kgCO2e) ** 2 * Math.exp(Number(l.variance)) * (Math.exp(Number(l.variance)) - 1), 0)
    const s2 = Math.log(1 + V / M ** 2)
    const mu = Math.log(M) - s2 / 2
    const z = 1.959963984540054
    const sum = sumUncertainty(lines)
    expect(sum.total.toString()).to.equal('1290.5')
    expect(near(sum.variance, s2, 1e-9)).to.equal(true)
    expect(near(sum.low, Math.exp(mu - z * Math.sqrt(s2)), 1e-6)).to.equal(true)
    expect(near(sum.high, Math.exp(mu + z * Math.sqrt(s2)), 1e-6)).to.equal(true)
    expect(sum.low.lt(sum.total) && sum.high.gt(sum.total)).to.equal(true)
    // the worked example of docs/reporting.md
    expect([sum.low.toFixed(3), sum.high.toFixed(3)]).to.deep.equal(['686.709', '2504.448'])
  })

  it('narrows in relative terms as independent lines add up, and is the same bit for bit on every run', () => {
    const one = lineUncertainty('100', 'average-data', best)
    const hundred = sumUncertainty(Array.from({ length: 100 }, () => ({ kgCO2e: '100', variance: one.variance })))
    const relative = (low: Decimal, high: Decimal, figure: Decimal): Decimal => high.minus(low).dividedBy(figure)
    expect(relative(hundred.low, hundred.high, hundred.total).lt(relative(one.low, one.high, new Decimal(100)))).to.equal(true)
    const again = sumUncertainty(Array.from({ length: 100 }, () => ({ kgCO2e: '100', variance: one.variance })))
    expect([again.low.toString(), again.high.toString()]).to.deep.equal([hundred.low.toString(), hundred.high.toString()])
  })

  it('adds lines without spread (reversals, credits) to the interval as they are; nothing spreads nothing', () => {
    const withReversal = sumUncertainty([
      { kgCO2e: '500', variance: '0.04' },
      { kgCO2e: '-120', variance: '0.04' }
    ])
    const alone = sumUncertainty([{ kgCO2e: '500', variance: '0.04' }])
    expect(withReversal.total.toString()).to.equal('380')
    expect(withReversal.exact).to.equal(1)
    expect(withReversal.low.toString()).to.equal(alone.low.minus(120).toString())
    expect(withReversal.high.toString()).to.equal(alone.high.minus(120).toString())
    const none = sumUncertainty([])
    expect([none.total.toString(), none.low.toString(), none.high.toString()]).to.deep.equal(['0', '0', '0'])
  })
})
