import { expect } from 'chai'
import {
  coveredCategories,
  pathwayFigure,
  periodProgress,
  progress,
  significance,
  structuralChange,
  type TargetDefinition
} from '../../../srv/lib/close/targets'

describe('Reduction targets: linear pathway, progress per year, base-year significance', () => {
  // an SBTi-style near-term target: 42 % absolute contraction from 2025 to 2030
  const sbti: TargetDefinition = { targetType: 'absolute', baseYear: 2025, targetYear: 2030, reductionPercent: '42' }

  it('draws the pathway linearly from the base year to the target, then holds the target level', () => {
    // by hand: 1,000 t in 2025; 42 % over 5 years = 8.4 % of the base per year
    expect(pathwayFigure('1000000', sbti, 2025).toFixed(0)).to.equal('1000000')
    expect(pathwayFigure('1000000', sbti, 2026).toFixed(0)).to.equal('916000')
    expect(pathwayFigure('1000000', sbti, 2028).toFixed(0)).to.equal('748000')
    expect(pathwayFigure('1000000', sbti, 2030).toFixed(0)).to.equal('580000')
    expect(pathwayFigure('1000000', sbti, 2033).toFixed(0)).to.equal('580000')
  })

  it('judges closed years against the pathway, shows years to date without judging them, and says why', () => {
    const p = progress(sbti, [
      { year: 2025, kgCO2e: '1000000', periods: 12, closedPeriods: 12 },
      // 2026: 900 t, below the pathway's 916 t: on track, 10 % reduction
      { year: 2026, kgCO2e: '900000', periods: 12, closedPeriods: 12 },
      // 2027: 850 t, above the pathway's 832 t: behind by 18 t
      { year: 2027, kgCO2e: '850000', periods: 12, closedPeriods: 12 },
      // 2028: three periods so far
      { year: 2028, kgCO2e: '200000', periods: 12, closedPeriods: 3 }
    ])
    expect(p.base).to.equal('1000000.000000')
    expect(p.rows.map(r => r.year)).to.deep.equal([2025, 2026, 2027, 2028, 2029, 2030])
    expect(p.rows[1]).to.include({
      actual: '900000.000000',
      pathway: '916000.000000',
      gap: '-16000.000000',
      reductionPercent: '10.00',
      onTrack: true
    })
    expect(p.rows[2]).to.include({ pathway: '832000.000000', gap: '18000.000000', reductionPercent: '15.00', onTrack: false })
    expect(p.rows[3]).to.include({ actual: '200000.000000', onTrack: null, closedPeriods: 3, periods: 12 })
    expect(p.rows[5]).to.include({ actual: null, pathway: '580000.000000', onTrack: null })
    expect(p.warnings).to.deep.equal(['2028: 3 of 12 periods closed, so its figure is to date and not judged'])
  })

  it('divides by the denominator for an intensity target, and says where one is missing', () => {
    const intensity: TargetDefinition = { targetType: 'intensity', baseYear: 2025, targetYear: 2027, reductionPercent: '20' }
    const p = progress(intensity, [
      // 500 t on 250 (EUR million revenue): 2,000 kg per unit; the target 1,600 in 2027
      { year: 2025, kgCO2e: '500000', periods: 12, closedPeriods: 12, denominator: '250' },
      // 540 t on 300: 1,800 kg per unit, exactly the pathway's 2026 (2,000 × 0.9)
      { year: 2026, kgCO2e: '540000', periods: 12, closedPeriods: 12, denominator: '300' },
      { year: 2027, kgCO2e: '520000', periods: 12, closedPeriods: 12 }
    ])
    expect(p.base).to.equal('2000.000000')
    expect(p.rows[1]).to.include({ actual: '1800.000000', pathway: '1800.000000', gap: '0.000000', onTrack: true })
    expect(p.rows[2]).to.include({ actual: null, pathway: '1600.000000', onTrack: null })
    expect(p.warnings).to.deep.equal(['2027: no denominator, so no intensity'])
    // no base year figures: no pathway, and why
    expect(progress(sbti, [{ year: 2026, kgCO2e: '1', periods: 12, closedPeriods: 12 }])).to.deep.equal({
      base: null,
      rows: [],
      warnings: ['base year 2025: no figures, so no pathway']
    })
    expect(progress(sbti, [{ year: 2025, kgCO2e: '5', periods: 12, closedPeriods: 4 }]).warnings).to.deep.equal([
      'base year 2025: 4 of 12 periods closed, so the pathway starts from a provisional figure'
    ])
  })

  it('refuses a target year before its base year and a reduction beyond 100 %, naming the field', () => {
    expect(() => progress({ ...sbti, targetYear: 2025 }, [])).to.throw(RangeError, /^targetYear/)
    expect(() => progress({ ...sbti, reductionPercent: '101' }, [])).to.throw(RangeError, /^reductionPercent/)
    expect(coveredCategories('')).to.have.length(15)
    expect(coveredCategories(' 6, 1,4,1')).to.deep.equal([1, 4, 6])
    expect(() => coveredCategories('1,16')).to.throw(RangeError, /^categories: 16/)
  })

  it('calls a change of the base year significant at the threshold or beyond, either way', () => {
    // by hand: 60 t of 1,000 t is 6 %: significant at 5 %; 40 t is 4 %: not
    expect(significance('1000000', '60000', '5')).to.deep.equal({ changePercent: '6.00', significant: true })
    expect(significance('1000000', '-50000', '5')).to.deep.equal({ changePercent: '-5.00', significant: true })
    expect(significance('1000000', '40000', '5')).to.deep.equal({ changePercent: '4.00', significant: false })
    expect(significance('1000000', '0', '0')).to.deep.equal({ changePercent: '0.00', significant: false })
    expect(significance('0', '10', '5')).to.deep.equal({ changePercent: null, significant: true })
  })

  it('recalculates the base year for accepted structural changes: signed by their kind, in the pathway and said', () => {
    // by hand: 1,000 t; a divestment of 150 t and an acquisition of 50 t: 900 t, and 42 % of that by 2030
    expect(structuralChange('divestment', '150').toFixed(0)).to.equal('-150000')
    expect(structuralChange('outsourcing', '0.5').toFixed(0)).to.equal('-500')
    expect(structuralChange('acquisition', '50').toFixed(0)).to.equal('50000')
    expect(() => structuralChange('takeover', '1')).to.throw(RangeError, /^changeKind: /)
    expect(() => structuralChange('merger', '0')).to.throw(RangeError, /^baseYearTCO2e: /)
    const p = progress(
      sbti,
      [{ year: 2025, kgCO2e: '1000000', periods: 12, closedPeriods: 12 }],
      [
        { kgCO2e: '-150000', what: 'divestment: plant sold' },
        { kgCO2e: '50000', what: 'acquisition: workshop' }
      ]
    )
    expect(p.base).to.equal('900000.000000')
    expect(p.rows[0]).to.include({ actual: '900000.000000', pathway: '900000.000000' })
    expect(p.rows[5].pathway).to.equal('522000.000000')
    expect(p.warnings).to.include(
      'base year 2025 recalculated for structural changes: -100.000 t CO2e (divestment: plant sold; acquisition: workshop)'
    )
  })

  it("follows each closed period like for like: the year to date against the base year's same periods on the pathway", () => {
    // by hand: base year 2025 with 100, 200 and 300 t in periods 1-3; 2026's pathway is 1 − 0.42 × 1/5 = 91.6 % of it
    const base = new Map([
      [1, '100000'],
      [2, '200000'],
      [3, '300000']
    ])
    const closed2026 = new Map([
      [1, '90000'],
      [2, '190000']
    ])
    const rows = periodProgress(sbti, base, [
      { year: 2025, closed: base },
      { year: 2026, closed: closed2026 }
    ])
    // the base year itself has no rows: it is the pathway's start
    expect(rows.map(r => [r.year, r.fiscalPeriod])).to.deep.equal([
      [2026, 1],
      [2026, 2]
    ])
    // period 1: 90 t against 91.6 t, on track; to period 2: 280 t against 274.8 t, 5.2 t behind
    expect(rows[0]).to.include({ actual: '90000.000000', actualToDate: '90000.000000', pathwayToDate: '91600.000000', onTrack: true })
    expect(rows[1]).to.include({ actualToDate: '280000.000000', pathwayToDate: '274800.000000', gapToDate: '5200.000000', onTrack: false })
    // a divestment of 60 t (10 % of the base) spreads over the periods as the base year's figure does: 100 × 0.9 × 0.916
    const adjusted = periodProgress(sbti, base, [{ year: 2026, closed: closed2026 }], [{ kgCO2e: '-60000', what: 'divestment' }])
    expect(adjusted[0].pathwayToDate).to.equal('82440.000000')
    // none for an intensity target or without a base-year figure
    expect(periodProgress({ ...sbti, targetType: 'intensity' }, base, [{ year: 2026, closed: closed2026 }])).to.deep.equal([])
    expect(periodProgress(sbti, new Map(), [{ year: 2026, closed: closed2026 }])).to.deep.equal([])
  })
})
