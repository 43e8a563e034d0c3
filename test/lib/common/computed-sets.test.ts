import { expect } from 'chai'
import { answer } from '../../../srv/lib/common/computed-sets'

describe('Computed entity sets: $apply, $orderby, paging and $count answered as the database would', () => {
  const rows = [
    { target: 'A', year: 2027, actual: '0.1', pathway: '10.5' },
    { target: 'A', year: 2026, actual: '0.2', pathway: '11' },
    { target: 'B', year: 2026, actual: null, pathway: '3.25' },
    { target: 'B', year: 2027, actual: '4', pathway: '3' }
  ]
  const byYear = [{ name: 'year', desc: false }]

  it('groups and aggregates as a chart asks (groupby with sum as), decimals exact, nothing summed from nothing', () => {
    const select = {
      groupBy: [{ ref: ['year'] }],
      columns: [
        { ref: ['year'] },
        { func: 'sum', args: [{ ref: ['actual'] }], as: 'totalActual' },
        { func: 'sum', args: [{ ref: ['pathway'] }], as: 'totalPathway' },
        { func: 'max', args: [{ ref: ['pathway'] }], as: 'most' }
      ]
    }
    expect(answer([...rows], select, byYear)).to.deep.equal([
      { year: 2026, totalActual: '0.2', totalPathway: '14.25', most: '11' },
      // 0.1 + 4 exactly (floating point would give 4.1 here too, but 10.5 + 3 keeps its decimals)
      { year: 2027, totalActual: '4.1', totalPathway: '13.5', most: '10.5' }
    ])
    expect(
      answer([rows[2]], { groupBy: [{ ref: ['target'] }], columns: [{ func: 'sum', args: [{ ref: ['actual'] }], as: 's' }] }, byYear)
    ).to.deep.equal([{ target: 'B', s: null }])
    expect(() => answer([...rows], { columns: [{ func: 'median', args: [{ ref: ['actual'] }], as: 'm' }] }, byYear)).to.throw(
      RangeError,
      /median/
    )
  })

  it('orders as asked, else by the default; pages; counts before paging; answers /$count', () => {
    const ordered = answer([...rows], { orderBy: [{ ref: ['pathway'], sort: 'desc' }] }, byYear)
    // numbers compare as numbers, not as text ('3.25' > '11' as text)
    expect(ordered.map(r => r.pathway)).to.deep.equal(['11', '10.5', '3.25', '3'])
    const page = answer([...rows], { limit: { rows: { val: 2 }, offset: { val: 1 } }, count: true }, [
      { name: 'year', desc: true },
      { name: 'target', desc: false }
    ])
    expect(page.map(r => `${r.target as string}${r.year as number}`)).to.deep.equal(['B2027', 'A2026'])
    expect((page as any).$count).to.equal(4)
    expect(answer([...rows], { columns: [{ func: 'count', args: ['*'], as: '$count' }] }, byYear)).to.deep.equal([{ $count: 4 }])
  })
})
