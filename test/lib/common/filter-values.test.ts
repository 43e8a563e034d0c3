import { expect } from 'chai'
import { allowedValues, passes, UnsupportedFilter } from '../../../srv/lib/common/filter-values'

describe('Filter values: what a filter bar asks of a computed entity set', () => {
  const FIELDS = ['fiscalYear', 'companyCode_code', 'category_code']
  const eq = (element: string, val: unknown): unknown[] => [{ ref: [element] }, '=', { val }]

  it('reads eq, in, or-ed values of one element and and-ed elements', () => {
    expect(allowedValues(undefined, FIELDS).size).to.equal(0)
    // fiscalYear eq 2026 and (companyCode_code eq '1010' or companyCode_code eq '1710')
    const allowed = allowedValues(
      [...eq('fiscalYear', 2026), 'and', { xpr: [...eq('companyCode_code', '1010'), 'or', ...eq('companyCode_code', '1710')] }],
      FIELDS
    )
    expect([...allowed.get('fiscalYear')!]).to.deep.equal(['2026'])
    expect([...allowed.get('companyCode_code')!]).to.deep.equal(['1010', '1710'])
    expect(passes(allowed, { fiscalYear: 2026, companyCode_code: '1710', category_code: 4 })).to.equal(true)
    expect(passes(allowed, { fiscalYear: 2025, companyCode_code: '1710' })).to.equal(false)
    expect(passes(allowed, { fiscalYear: 2026, companyCode_code: '2000' })).to.equal(false)
    // in (…), and two conditions on one element leave what both allow
    const both = allowedValues(
      [{ ref: ['category_code'] }, 'in', { list: [{ val: 1 }, { val: 4 }, { val: 6 }] }, 'and', ...eq('category_code', 4)],
      FIELDS
    )
    expect([...both.get('category_code')!]).to.deep.equal(['4'])
    // the value on the left, as some clients write it
    expect([...allowedValues([{ val: 2025 }, '=', { ref: ['fiscalYear'] }], FIELDS).get('fiscalYear')!]).to.deep.equal(['2025'])
  })

  it('refuses what it cannot apply, naming the element, instead of ignoring it', () => {
    const refused = (where: unknown[]): UnsupportedFilter => {
      try {
        allowedValues(where, FIELDS)
      } catch (e) {
        expect(e).to.be.instanceOf(UnsupportedFilter)
        return e as UnsupportedFilter
      }
      throw new Error('accepted')
    }
    expect(refused(eq('tCO2eLow', 1)).target).to.equal('tCO2eLow')
    expect(refused([{ ref: ['fiscalYear'] }, '>', { val: 2024 }]).target).to.equal('fiscalYear')
    // or across two elements is no filter bar's: refused, naming the second
    expect(refused([...eq('fiscalYear', 2026), 'or', ...eq('category_code', 1)]).target).to.equal('category_code')
    expect(refused([{ func: 'contains', args: [{ ref: ['categoryName'] }, { val: 'x' }] }]).message).to.match(/comparisons/)
  })
})
