import { expect } from 'chai'
import { accountCategories, categoriesCheck, YEAR_END_PERIOD } from '../../../srv/lib/close/categories'

describe('every Scope 3 category accounted for (calculated, not relevant, not yet calculated)', () => {
  const categories = Array.from({ length: 15 }, (_, i) => ({ code: i + 1, name: `category ${i + 1}` }))

  it('calls a category with lines calculated, one screened out not relevant with its reason, every other not yet calculated', () => {
    const accounts = accountCategories(
      categories,
      [
        { category_code: 14, relevant: false, justification: 'no franchises' },
        { category_code: 2, relevant: false, justification: 'leased' }, // screened out, but it has lines: the figures say so
        { category_code: 3, relevant: true, justification: 'screened: material' }
      ],
      new Map([
        [1, 12],
        [2, 1],
        [4, 3]
      ])
    )
    const status = Object.fromEntries(accounts.map(a => [a.category, a.status]))
    expect(status).to.include({
      1: 'calculated',
      2: 'calculated',
      3: 'notCalculated',
      4: 'calculated',
      14: 'notRelevant',
      15: 'notCalculated'
    })
    expect(accounts.find(a => a.category === 14)).to.include({ relevant: false, justification: 'no franchises', lines: 0 })
    expect(accounts.find(a => a.category === 2)).to.include({ relevant: false, lines: 1 })
    expect(accounts.filter(a => a.status === 'notCalculated')).to.have.length(11)
  })

  it("fails at the year's last close while a relevant category has no figures, and waits before it", () => {
    const accounts = accountCategories(
      categories,
      categories.filter(c => c.code > 4).map(c => ({ category_code: c.code, relevant: false, justification: 'screened out' })),
      new Map([
        [1, 5],
        [4, 2]
      ])
    )
    expect(categoriesCheck(accounts, 3)).to.deep.equal({
      count: 0,
      message: "checked at the year's last close: 2 relevant categories without figures so far (2, 3)"
    })
    expect(categoriesCheck(accounts, YEAR_END_PERIOD)).to.deep.equal({
      count: 2,
      message: '2 relevant categories have no figures for the year (2, 3): calculate them, or screen them not relevant with a justification'
    })
    expect(categoriesCheck(accounts, 16).count).to.equal(2) // a special period after the year's end
    const all = accountCategories(categories, [], new Map(categories.map(c => [c.code, 1])))
    expect(categoriesCheck(all, YEAR_END_PERIOD)).to.deep.equal({
      count: 0,
      message: 'every category has figures or is screened not relevant'
    })
  })
})
