import { expect } from 'chai'
import { expandDepth, literalTypeProblem, queryOptionProblem } from '../../../srv/lib/common/odata-limits'

describe('expandDepth: how deep an OData $expand nests', () => {
  it('counts nested $expand options, not other nested options', () => {
    expect(expandDepth('')).to.equal(0)
    expect(expandDepth('items')).to.equal(1)
    expect(expandDepth('items,supplier')).to.equal(1)
    expect(expandDepth('items($select=ID;$filter=(a eq 1))')).to.equal(1)
    expect(expandDepth('items($expand=factor)')).to.equal(2)
    expect(expandDepth('items($select=ID;$expand=factor($expand=factorSet)),supplier')).to.equal(3)
    expect(expandDepth('a($expand=b($expand=c($expand=d($expand=e))))')).to.equal(5)
    expect(expandDepth('a($expand=b),c($expand=d($expand=e))')).to.equal(3)
  })

  it('takes a long option in one pass', () => {
    const deep = 'a($expand='.repeat(2000) + 'z' + ')'.repeat(2000)
    expect(expandDepth(deep)).to.equal(2001)
  })
})

describe('queryOptionProblem: OData options refused before any query runs', () => {
  const problem = (query: string): string | undefined => queryOptionProblem(new URLSearchParams(query), 3)?.target
  it('names the option that is out of bounds', () => {
    expect(problem('$top=10&$skip=20&$format=json&$expand=a($expand=b)')).to.equal(undefined)
    expect(problem('$top=-1')).to.equal('$top')
    expect(problem('$top=abc')).to.equal('$top')
    expect(problem('$skip=-5')).to.equal('$skip')
    expect(problem('$format=xml')).to.equal('$format')
    expect(problem('$expand=a($expand=b($expand=c($expand=d)))')).to.equal('$expand')
    // digits beyond what a database integer holds (SQLite answered 500)
    expect(problem('$skip=99999999999999999999999')).to.equal('$skip')
    expect(problem(`$top=${Number.MAX_SAFE_INTEGER + 2}`)).to.equal('$top')
    expect(problem(`$top=${Number.MAX_SAFE_INTEGER}`)).to.equal(undefined)
  })

  it('refuses $apply transformations no database runs (topcount and its kin answered 500 with SQL), not the ones served', () => {
    for (const t of [
      'topcount(2,kgCO2e)',
      'bottomcount(2,kgCO2e)',
      'toppercent(50,kgCO2e)',
      'bottomsum(10,kgCO2e)',
      'groupby((category),topcount(1,kgCO2e))',
      'filter(kgCO2e gt 0)/TopSum(5, kgCO2e)'
    ]) {
      expect(problem(`$apply=${encodeURIComponent(t)}`), t).to.equal('$apply')
    }
    expect(queryOptionProblem(new URLSearchParams('$apply=topcount(2,x)'), 3)?.message).to.equal(
      '$apply: the transformation topcount is not supported'
    )
    for (const t of [
      'groupby((category),aggregate(kgCO2e with sum as total))',
      'filter(kgCO2e gt 0)/aggregate($count as n)',
      "filter(supplierName eq 'topcount(1)')"
    ]) {
      expect(problem(`$apply=${encodeURIComponent(t)}`), t).to.equal(undefined)
    }
  })
})

describe('literalTypeProblem: comparisons of typed elements with literals of another kind', () => {
  const types: Record<string, string> = {
    kgCO2e: 'cds.Decimal',
    fiscalYear: 'cds.Integer',
    postingDate: 'cds.Date',
    name: 'cds.String',
    passed: 'cds.Boolean'
  }
  const typeOf = (path: string[]): string | undefined => types[path.join('/')]
  const where = (ref: string, val: unknown): unknown[] => [{ ref: [ref] }, '>', { val }]
  it('refuses a number or date compared with text, and finds comparisons inside parentheses', () => {
    expect(literalTypeProblem(where('kgCO2e', 'abc'), typeOf)?.target).to.equal('kgCO2e')
    expect(literalTypeProblem(where('kgCO2e', '12.5'), typeOf)).to.equal(undefined)
    expect(literalTypeProblem(where('fiscalYear', 2026), typeOf)).to.equal(undefined)
    expect(literalTypeProblem(where('postingDate', 'yesterday'), typeOf)?.target).to.equal('postingDate')
    expect(literalTypeProblem(where('postingDate', '2026-01-31'), typeOf)).to.equal(undefined)
    expect(literalTypeProblem(where('name', 'abc'), typeOf)).to.equal(undefined)
    expect(literalTypeProblem([{ val: 'x' }, '=', { ref: ['fiscalYear'] }], typeOf)?.target).to.equal('fiscalYear')
    expect(literalTypeProblem([{ xpr: where('passed', 'yes') }, 'and', ...where('name', 'a')], typeOf)?.target).to.equal('passed')
  })
})
