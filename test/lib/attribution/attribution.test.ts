import { expect } from 'chai'
import { attribute, FactorLibrary, type ActivityRow, type LibraryFactorRow } from '../../../srv/lib/attribution/attribution'
import { type Rule } from '../../../srv/lib/attribution/resolution'
import { scoreDataQuality, temporalScore } from '../../../srv/lib/attribution/data-quality'
import { ctx } from '../fixtures'

const parents = new Map<string, string | null>([
  ['DE', 'EU'],
  ['FR', 'EU'],
  ['EU', 'EUR'],
  ['EUR', 'GLO'],
  ['US', 'NAM'],
  ['NAM', 'GLO'],
  ['GLO', null]
])
const factors: LibraryFactorRow[] = [
  { ID: 'PCF/S1-M1', value: '0.62', unit_code: 'KGM', region_code: 'DE', year: 2025, setVersion: 'demo' },
  { ID: 'EPA/327310', value: '3.924', currency_code: 'USD', currencyYear: 2022, region_code: 'US', year: 2022, setVersion: '1.3.0' },
  { ID: 'MAT/concrete', value: '118.79306', unit_code: 'TNE', region_code: 'GB', year: 2025 },
  {
    ID: 'GRID/DE-2024',
    family: 'grid',
    value: '0.38',
    unit_code: 'KWH',
    region_code: 'DE',
    year: 2024,
    validFrom: '2024-01-01',
    validTo: '2024-12-31'
  },
  { ID: 'GRID/DE-2025', family: 'grid', value: '0.36', unit_code: 'KWH', region_code: 'DE', year: 2025, validFrom: '2025-01-01' },
  { ID: 'GRID/EU', family: 'grid', value: '0.25', unit_code: 'KWH', region_code: 'EU', year: 2025 },
  { ID: 'GRID/GLO', family: 'grid', value: '0.45', unit_code: 'KWH', region_code: 'GLO', year: 2025 },
  { ID: 'GRID/DE-GREEN', family: 'grid', value: '0.02', unit_code: 'KWH', region_code: 'DE', year: 2025, basis_code: 'market' }
]
const library = new FactorLibrary(factors, parents)
const rule = (ruleKey: string, extra: Partial<Rule>): Rule => ({
  ID: `id-${ruleKey}`,
  ruleKey,
  version: 1,
  category: 1,
  method: 'spend-based',
  ...extra
})
const rules: Rule[] = [
  rule('pcf', { supplier: 'S1', material: 'M1', method: 'supplier-specific', factorId: 'PCF/S1-M1' }),
  rule('concrete', { material: 'M2', method: 'average-data', factorId: 'MAT/concrete' }),
  rule('cement-spend', { materialGroup: 'CEMENT', factorId: 'EPA/327310' }),
  rule('energy', { materialGroup: 'ENERGY', method: 'average-data', category: 3, factorFamily: 'grid' })
]
const line = (extra: Partial<ActivityRow>): ActivityRow => ({
  ID: 'A1',
  documentType: 'PurchaseOrder',
  postingDate: '2025-03-10',
  region: 'DE',
  quantity: '1000',
  unit_code: 'KGM',
  amount: '1100',
  currency_code: 'USD',
  ...extra
})

describe('attribution', () => {
  it('uses the supplier product footprint before the material group spend factor', () => {
    const outcome = attribute(line({ supplier_ID: 'S1', material_ID: 'M1', materialGroup_code: 'CEMENT' }), rules, library, ctx)
    if (!outcome.ok) throw new Error(outcome.message)
    expect(outcome.values).to.include({
      method_code: 'supplier-specific',
      factor_ID: 'PCF/S1-M1',
      rule_ID: 'id-pcf',
      kgCO2eLocation: '620',
      kgCO2eMarket: '620',
      category_code: 1
    })
    const lineage = JSON.parse(outcome.values.lineage) as string[]
    expect(lineage[1]).to.match(/^2 of 4 rule\(s\) apply: rule pcf v1 \(supplier-product.*rule cement-spend v1 \(material-group/)
  })

  it('falls back to the next rule when the line lacks what the method needs, and says so', () => {
    // concrete per tonne, but the line is in pieces: the spend rule of its material group takes over
    const outcome = attribute(
      line({
        material_ID: 'M2',
        materialGroup_code: 'CEMENT',
        quantity: '10',
        unit_code: 'H87',
        amount: '1100',
        postingDate: '2024-06-01'
      }),
      rules,
      library,
      ctx
    )
    if (!outcome.ok) throw new Error(outcome.message)
    expect(outcome.values).to.include({ method_code: 'spend-based', factor_ID: 'EPA/327310' })
    // 1100 USD of 2024 = 1000 USD of 2022 (fixture index 110 -> 100) x 3.924
    expect(outcome.values.kgCO2eLocation).to.equal('3924')
    expect(outcome.values.lineage).to.include('rule concrete v1 cannot be applied: DIMENSION_MISMATCH')
  })

  it('resolves a factor family by date and region, and market-based from a contractual instrument', () => {
    const energy = (postingDate: string, region: string): ReturnType<typeof attribute> =>
      attribute(line({ materialGroup_code: 'ENERGY', quantity: '1000', unit_code: 'KWH', postingDate, region }), rules, library, ctx)
    const de2025 = energy('2025-05-01', 'DE')
    if (!de2025.ok) throw new Error(de2025.message)
    expect(de2025.values).to.include({
      factor_ID: 'GRID/DE-2025',
      kgCO2eLocation: '360',
      kgCO2eMarket: '20',
      category_code: 3,
      dqGeographical: 1
    })
    const de2024 = energy('2024-05-01', 'DE')
    expect(de2024.ok && de2024.values.factor_ID).to.equal('GRID/DE-2024')
    const fr = energy('2025-05-01', 'FR')
    expect(fr.ok && [fr.values.factor_ID, fr.values.kgCO2eMarket]).to.deep.equal(['GRID/EU', '250'])
    const us = energy('2025-05-01', 'US')
    expect(us.ok && us.values.factor_ID).to.equal('GRID/GLO')
    expect(us.ok && JSON.parse(us.values.lineage).join('\n')).to.include('market-based equals location-based')
  })

  it('explains why nothing could be attributed', () => {
    const none = attribute(line({ materialGroup_code: 'NONE' }), rules, library, ctx)
    expect(none).to.include({ ok: false, code: 'NO_RULE' })
    const dangling = attribute(line({ materialGroup_code: 'X' }), [rule('x', { materialGroup: 'X', factorId: 'GONE' })], library, ctx)
    expect(dangling).to.include({ ok: false, code: 'NO_FACTOR' })
    expect(!dangling.ok && dangling.lineage.join('\n')).to.include('factor GONE named by the rule is not in the library')
  })

  it('is deterministic, and its input hash changes with any input', () => {
    const a = line({ supplier_ID: 'S1', material_ID: 'M1' })
    const first = attribute(a, rules, library, ctx)
    const again = attribute({ ...a }, rules, library, ctx)
    expect(JSON.stringify(again)).to.equal(JSON.stringify(first))
    const changed = attribute({ ...a, quantity: '1001' }, rules, library, ctx)
    expect(changed.ok && first.ok && changed.values.inputHash).to.not.equal(first.ok && first.values.inputHash)
    const otherFactor = attribute(
      a,
      rules,
      new FactorLibrary(
        factors.map(f => (f.ID === 'PCF/S1-M1' ? { ...f, value: '0.63' } : f)),
        parents
      ),
      ctx
    )
    expect(otherFactor.ok && otherFactor.values.inputHash).to.not.equal(first.ok && first.values.inputHash)
  })

  it('scores data quality with the five GHG Protocol indicators', () => {
    expect(scoreDataQuality({ method: 'spend-based', activityYear: 2026, factorYear: 2022, regionDistance: 4 })).to.deep.equal({
      technological: 4,
      temporal: 2,
      geographical: 5,
      completeness: 4,
      reliability: 4,
      score: '3.8'
    })
    expect(
      scoreDataQuality({
        method: 'supplier-specific',
        activityYear: 2025,
        factorYear: 2025,
        regionDistance: 0,
        factor: { completeness: 1 }
      })
    ).to.deep.equal({ technological: 1, temporal: 1, geographical: 1, completeness: 1, reliability: 2, score: '1.2' })
  })

  it("scores temporal representativeness on the Standard's five steps: < 3, < 6, < 10, < 15 years, else (or unknown) 5", () => {
    const gaps: Array<[number, number]> = [
      [0, 1],
      [2, 1],
      [3, 2],
      [5, 2],
      [6, 3],
      [9, 3],
      [10, 4],
      [14, 4],
      [15, 5],
      [30, 5]
    ]
    for (const [gap, score] of gaps) expect(temporalScore(2025, 2025 - gap), `${gap} years`).to.equal(score)
    expect(temporalScore(2020, 2025)).to.equal(2) // a factor newer than the activity counts the same
    expect(temporalScore(2025, null)).to.equal(5)
  })
})
