import { expect } from 'chai'
import { rankAlternatives, BASES } from '../../../srv/lib/reporting/purchase-alternatives'
import { SupplierIntensities } from '../../../srv/lib/reporting/supplier-intensity'

describe('Greener alternatives: ranking, ties and missing data (pure)', () => {
  const line = { kgCO2e: '1000', dqScore: '2.00' }

  it('lists only lower figures, better-or-equal data first, then by figure, data quality and name', () => {
    const { alternatives, note } = rankAlternatives(
      line,
      [
        { supplier: 'S4', kgCO2e: '400', dqScore: '4.00', basis: BASES.average, method: 'spend-based' },
        { supplier: 'S2', kgCO2e: '900', dqScore: '1.50', basis: BASES.footprint, method: 'supplier-specific' },
        { supplier: 'S1', kgCO2e: '700', dqScore: '2.00', basis: BASES.history, historyLines: 3 },
        { supplier: 'S3', kgCO2e: '1200', dqScore: '1.00', basis: BASES.footprint },
        { supplier: 'S5', kgCO2e: '700', dqScore: '1.80', basis: BASES.footprint }
      ],
      'material M'
    )
    expect(alternatives.map(a => [a.rank, a.supplier, a.worseData])).to.deep.equal([
      [1, 'S5', false],
      [2, 'S1', false],
      [3, 'S2', false],
      [4, 'S4', true]
    ])
    // 1000 − 700 = 300, 30.0 % of 1000
    expect(alternatives[0]).to.include({ kgCO2e: '700.000000', savingKgCO2e: '300.000000', savingPercent: '30.0' })
    expect(alternatives[1].note).to.equal("from 3 earlier lines with the supplier's own data")
    expect(alternatives[3].note).to.include('its data is worse (DQ 4.00 against 2.00)')
    expect(note).to.equal('5 candidates for material M: 4 lower, 0 the same, 1 higher')
  })

  it('says why candidates tie and what is missing, and keeps those it could not estimate apart', () => {
    const ties = rankAlternatives(
      line,
      [
        { supplier: 'A', kgCO2e: '1000', dqScore: '4', basis: BASES.average },
        { supplier: 'B', kgCO2e: '1000.000', dqScore: '4', basis: BASES.average },
        { supplier: 'C', basis: BASES.average, error: 'NO_RULE: no attribution rule applies' }
      ],
      'material group G'
    )
    expect(ties.alternatives).to.deep.equal([])
    expect(ties.note).to.equal(
      '3 candidates for material group G: 0 lower, 2 the same, 0 higher, 1 not estimated. ' +
        '2 candidates have the same figure because the same average factor applies to them: they have no data of their own (supplier A; supplier B). ' +
        'no candidate has a product footprint or a history of its own: ask suppliers for footprints to tell them apart. ' +
        'supplier C: NO_RULE: no attribution rule applies'
    )
    expect(rankAlternatives(line, [], 'material M').note).to.equal(
      'no other supplier or material of material M is known: no rule or earlier purchase names one'
    )
  })

  it('ranks suppliers by emissions × (DQ − 1) / 4 with intensities only where units and currencies agree', () => {
    const sums = new SupplierIntensities()
    for (const line of [
      {
        supplier: 'A',
        kgCO2e: '100',
        quantity: '50',
        unit: 'KGM',
        amount: '200',
        currency: 'EUR',
        dqScore: '1.5',
        method: 'supplier-specific'
      },
      {
        supplier: 'A',
        kgCO2e: '300',
        quantity: '150',
        unit: 'KGM',
        amount: '100',
        currency: 'USD',
        dqScore: '3.5',
        method: 'average-data'
      },
      { supplier: 'B', kgCO2e: '200', quantity: '10', unit: 'TNE', amount: '400', currency: 'EUR', dqScore: '4', method: 'spend-based' }
    ])
      sums.add(line)
    const ranked = sums.ranked()
    // A: 400 kg, DQ (100×1.5 + 300×3.5)/400 = 3.00, priority 400 × 2 / 4 = 200; B: 200 kg, DQ 4, priority 200 × 3 / 4 = 150
    expect(ranked.map(r => [r.rank, r.supplier, r.dqScore, r.askPriority])).to.deep.equal([
      [1, 'A', '3.00', '200.000000'],
      [2, 'B', '4.00', '150.000000']
    ])
    expect(ranked[0]).to.include({
      kgCO2ePerUnit: '2.000000',
      unit: 'KGM',
      kgCO2ePerCurrency: null,
      currency: null,
      primaryDataPercent: '25.0'
    })
    expect(ranked[1]).to.include({ kgCO2ePerUnit: '20.000000', kgCO2ePerCurrency: '0.500000', currency: 'EUR', primaryDataPercent: '0.0' })
  })
})
