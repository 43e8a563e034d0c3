import { expect } from 'chai'
import { tonnesShown } from '../../../srv/lib/common/decimal'

describe('decimal figures (srv/lib/common/decimal.ts)', () => {
  it('shows kilograms as tonnes to three decimals, half to even, from the exact decimal', () => {
    // 1764.5 kg is a tie at the kilogram: to the even 1.764; 1765.5 kg to 1.766
    expect(['1764.5', '1765.5', '0.4999', '124000', '-2500.5', 0].map(tonnesShown)).to.deep.equal([
      '1.764',
      '1.766',
      '0.000',
      '124.000',
      '-2.500',
      '0.000'
    ])
    // more digits than a JavaScript number holds exactly: the decimal, not a float, is rounded
    expect(tonnesShown('1000000000000.3')).to.equal('1000000000.000')
  })
})
