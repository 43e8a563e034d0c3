import { expect } from 'chai'
import { disclosureRows, type CategoryFigures, type DatapointDefinition } from '../../../srv/lib/close/disclosures'

describe('Disclosures: datapoints answered from closed-period figures by a mapping', () => {
  const definitions: DatapointDefinition[] = [
    {
      framework: 'ESRS-E1-6',
      code: 'E1-6_51',
      label: 'each significant category',
      measure: 'category',
      unit: 't CO2e',
      categories: 'significant',
      sortOrder: 30
    },
    { framework: 'ESRS-E1-6', code: 'E1-6_44c', label: 'gross Scope 3', measure: 'total', unit: 't CO2e', sortOrder: 10 },
    { framework: 'ESRS-E1-6', code: 'E1-6_AR46g', label: 'primary data', measure: 'primaryShare', unit: '%', sortOrder: 40 },
    { framework: 'CDP', code: '7.8', label: 'by category', measure: 'category', unit: 't CO2e', categories: 'every', sortOrder: 10 }
  ]
  const none = { kgCO2eMarket: '0', biogenicCO2: '0', primaryKgCO2e: '0', lines: 0, methods: {}, dqScore: null }
  // the worked example of docs/reporting.md: 120,000.5 kg + 80,000.25 kg in category 1, 50,000 kg of it supplier-specific
  const categories: CategoryFigures[] = [
    {
      ...none,
      category: 1,
      name: '1 Purchased goods and services',
      kgCO2eLocation: '200000.75',
      kgCO2eMarket: '190000',
      primaryKgCO2e: '50000',
      lines: 7,
      methods: { 'spend-based': '150000.75', 'supplier-specific': '50000' },
      dqScore: '3.250',
      status: 'calculated'
    },
    { ...none, category: 14, name: '14 Franchises', kgCO2eLocation: '0', status: 'notRelevant', justification: '1010: no franchises' },
    { ...none, category: 4, name: '4 Upstream transportation and distribution', kgCO2eLocation: '0', status: 'notCalculated' }
  ]

  it('answers each datapoint by its measure, in the mapping order, figures exact in tonnes', () => {
    const rows = disclosureRows(definitions, categories)
    expect(rows.map(r => r.datapoint)).to.deep.equal(['7.8.1', '7.8.4', '7.8.14', 'E1-6_44c', 'E1-6_51.1', 'E1-6_AR46g'])
    const at = (code: string): any => rows.find(r => r.datapoint === code)
    expect(at('E1-6_44c').value).to.equal('200.000750000')
    expect(at('E1-6_51.1')).to.include({
      value: '200.000750000',
      category: 1,
      label: 'each significant category: 1 Purchased goods and services'
    })
    // 50,000 / 200,000.75 × 100 = 24.99990625… → 24.9999
    expect(at('E1-6_AR46g').value).to.equal('24.9999')
  })

  it("gives CDP's evaluation status, methods, supplier share and explanation per category; no figure where none is calculated", () => {
    const rows = disclosureRows(definitions, categories)
    const at = (code: string): any => rows.find(r => r.datapoint === code)
    expect(at('7.8.1')).to.include({
      status: 'Relevant, calculated',
      // 150,000.75 / 200,000.75 × 100 = 75.00009… → 75.0001
      methods: 'spend-based 75.0001 %; supplier-specific 24.9999 %',
      supplierShare: '24.9999',
      dqScore: '3.250',
      explanation: null
    })
    expect(at('7.8.14')).to.include({ value: null, status: 'Not relevant, explanation provided', explanation: '1010: no franchises' })
    expect(at('7.8.4')).to.include({
      value: null,
      status: 'Relevant, not yet calculated',
      explanation: 'no figures in the closed periods yet'
    })
  })
})
