import { expect } from 'chai'
import {
  chooseFactor,
  rankRules,
  regionChain,
  regionDistance,
  precedenceOf,
  type Rule,
  type FactorCandidate
} from '../../../srv/lib/attribution/resolution'

const rule = (ID: string, conditions: Partial<Rule>, extra: Partial<Rule> = {}): Rule => ({
  ID,
  ruleKey: ID,
  version: 1,
  category: 1,
  method: 'spend-based',
  ...conditions,
  ...extra
})

const activity = {
  supplier: 'S1',
  material: 'M1',
  materialGroup: 'G1',
  plant: 'P1',
  companyCode: '1010',
  glAccount: '5400000',
  date: '2025-03-15',
  region: 'DE'
}

const parents = new Map<string, string | null>([
  ['DE', 'EU'],
  ['EU', 'EUR'],
  ['EUR', 'GLO'],
  ['GB', 'EUR'],
  ['GLO', null]
])

describe('factor resolution', () => {
  describe('rule precedence', () => {
    const rules = [
      rule('fallback', {}),
      rule('gl', { glAccount: '5400000' }),
      rule('supplier', { supplier: 'S1' }),
      rule('group', { materialGroup: 'G1' }),
      rule('material', { material: 'M1' }),
      rule('pcf', { supplier: 'S1', material: 'M1' }),
      rule('other-supplier', { supplier: 'S2' })
    ]

    it('orders supplier product footprint > material > material group > supplier > G/L account > company fallback', () => {
      expect(rankRules(activity, rules).map(r => r.rule.ID)).to.deep.equal(['pcf', 'material', 'group', 'supplier', 'gl', 'fallback'])
      expect(rules.map(precedenceOf)).to.deep.equal([
        'company-fallback',
        'gl-account',
        'supplier',
        'material-group',
        'material',
        'supplier-product',
        'supplier'
      ])
    })

    it('falls through to the next level when a condition does not match', () => {
      const ranked = rankRules({ ...activity, material: 'M9', supplier: 'S9' }, rules)
      expect(ranked.map(r => r.rule.ID)).to.deep.equal(['group', 'gl', 'fallback'])
      expect(ranked[0].reason).to.match(/material-group/)
    })

    it('within a level prefers more conditions, then higher priority, then the latest version, then the smaller ID', () => {
      const sameLevel = [
        rule('b', { materialGroup: 'G1' }, { priority: 1 }),
        rule('a', { materialGroup: 'G1' }, { priority: 1 }),
        rule('v2', { materialGroup: 'G1' }, { priority: 1, version: 2, ruleKey: 'v' }),
        rule('high', { materialGroup: 'G1' }, { priority: 5 }),
        rule('narrow', { materialGroup: 'G1', plant: 'P1' })
      ]
      expect(rankRules(activity, sameLevel).map(r => r.rule.ID)).to.deep.equal(['narrow', 'high', 'v2', 'a', 'b'])
    })

    it('applies only rules that are active and valid on the activity date', () => {
      const dated = [
        rule('old', { materialGroup: 'G1' }, { validTo: '2024-12-31' }),
        rule('current', { materialGroup: 'G1' }, { validFrom: '2025-01-01', validTo: '2025-12-31' }),
        rule('future', { materialGroup: 'G1' }, { validFrom: '2026-01-01' }),
        rule('inactive', { material: 'M1' }, { active: false })
      ]
      expect(rankRules(activity, dated).map(r => r.rule.ID)).to.deep.equal(['current'])
      expect(rankRules({ ...activity, date: '2024-06-30' }, dated).map(r => r.rule.ID)).to.deep.equal(['old'])
      expect(
        rankRules({ ...activity, date: '2025-12-31' }, dated).map(r => r.rule.ID),
        'validTo is inclusive'
      ).to.deep.equal(['current'])
    })
  })

  describe('choosing a factor of a family', () => {
    const f = (ID: string, extra: Partial<FactorCandidate>): FactorCandidate => ({ ID, value: '1', ...extra })

    it("measures how far a factor's region is from the activity's, for the geographical indicator", () => {
      expect(regionDistance('DE', 'DE', parents)).to.equal(0)
      expect(regionDistance('DE', 'EU', parents)).to.equal(1)
      expect(regionDistance('DE', 'GLO', parents)).to.equal(3)
      // a neighbour: one step more than the nearest common region (DE and GB meet in EUR, two steps up from DE)
      expect(regionDistance('DE', 'GB', parents)).to.equal(3)
      // a place outside the region tree is unknown: never better than a neighbour's data
      expect(regionDistance('XX', 'GB', parents)).to.equal(4)
      expect(regionDistance('XX', 'XX', parents)).to.equal(0)
    })

    it('walks the region chain from the country to GLO', () => {
      expect(regionChain('DE', parents)).to.deep.equal(['DE', 'EU', 'EUR', 'GLO'])
      expect(regionChain('XX', parents)).to.deep.equal(['XX', 'GLO'])
      expect(regionChain(undefined, parents)).to.deep.equal(['GLO'])
      const candidates = [f('glo', { region_code: 'GLO' }), f('eu', { region_code: 'EU' }), f('gb', { region_code: 'GB' })]
      expect(chooseFactor(candidates, { date: '2025-01-01', region: 'DE' }, parents).factor?.ID).to.equal('eu')
      expect(chooseFactor(candidates, { date: '2025-01-01', region: 'GB' }, parents).factor?.ID).to.equal('gb')
      expect(chooseFactor(candidates, { date: '2025-01-01', region: 'US' }, parents).factor?.ID).to.equal('glo')
      expect(
        chooseFactor([f('null-region', {})], { date: '2025-01-01', region: 'US' }, parents).factor?.ID,
        'no region means global'
      ).to.equal('null-region')
    })

    it('uses only factors valid on the date and of the requested basis', () => {
      const candidates = [
        f('2024', { region_code: 'DE', validFrom: '2024-01-01', validTo: '2024-12-31', value: '0.38' }),
        f('2025', { region_code: 'DE', validFrom: '2025-01-01', validTo: '2025-12-31', value: '0.36' }),
        f('market', { region_code: 'DE', validFrom: '2025-01-01', basis_code: 'market', value: '0.5' })
      ]
      expect(chooseFactor(candidates, { date: '2024-07-01', region: 'DE', basis: 'location' }, parents).factor?.ID).to.equal('2024')
      expect(chooseFactor(candidates, { date: '2025-07-01', region: 'DE', basis: 'location' }, parents).factor?.ID).to.equal('2025')
      expect(chooseFactor(candidates, { date: '2025-07-01', region: 'DE', basis: 'market' }, parents).factor?.ID).to.equal('market')
      const none = chooseFactor(candidates, { date: '2023-07-01', region: 'DE', basis: 'location' }, parents)
      expect(none.factor).to.equal(undefined)
      expect(none.steps[0]).to.equal('0 of 3 candidate factor(s) valid on 2023-07-01 for location-based')
    })

    it('breaks ties by latest year, then highest value, then smallest ID', () => {
      const candidates = [
        f('y2023-high', { year: 2023, value: '9' }),
        f('y2024-low', { year: 2024, value: '0.5' }),
        f('y2024-high-b', { year: 2024, value: '0.7' }),
        f('y2024-high-a', { year: 2024, value: '0.70' })
      ]
      const choice = chooseFactor(candidates, { date: '2025-01-01' }, parents)
      expect(choice.factor?.ID).to.equal('y2024-high-a')
      expect(choice.steps.at(-1)).to.match(/latest year, then highest value/)
    })
  })
})
