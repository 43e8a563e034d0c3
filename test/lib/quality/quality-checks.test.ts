import { expect } from 'chai'
import { checkLines, historyOf, statsOf, robustZ, DEFAULT_POLICY, type QualityLine } from '../../../srv/lib/quality/quality-checks'

describe('data-quality checks (findings, robust statistics, determinism)', () => {
  let n = 0
  const line = (extra: Partial<QualityLine> = {}): QualityLine => ({
    ID: `A${String(++n).padStart(4, '0')}`,
    documentType: 'PurchaseOrderItem',
    documentNumber: `45${String(n).padStart(8, '0')}`,
    postingDate: '2026-03-10',
    supplier: 'S1',
    material: 'STEEL',
    materialGroup: 'ZSTEEL',
    plant: '1010',
    quantity: '1000',
    unit: 'KGM',
    unitDimension: 'mass',
    materialUnitDimension: 'mass',
    amount: '1200',
    currency: 'EUR',
    method: 'spend-based',
    fallbackRule: false,
    factorYear: 2022,
    kgCO2e: '900',
    ...extra
  })
  /** ten ordinary orders of the material, with some spread */
  const history = (): QualityLine[] =>
    Array.from({ length: 10 }, (_, i) =>
      line({
        quantity: String(900 + i * 25),
        amount: String((900 + i * 25) * (1.15 + i * 0.01)),
        kgCO2e: String(850 + i * 30),
        postingDate: `2026-0${1 + (i % 9)}-0${1 + (i % 9)}`
      })
    )
  const types = (findings: Array<{ findingType: string }>): string[] => findings.map(f => f.findingType)

  it('computes median, MAD and the robust z-score of log values', () => {
    expect(statsOf([1, 2, 3, 4, 100])).to.deep.equal({ n: 5, median: 3, mad: 1 })
    expect(statsOf([4, 1, 3, 2])).to.deep.equal({ n: 4, median: 2.5, mad: 1 })
    // deviations rounded to 12 digits as the values are (0.3 - 0.1 is 0.19999999999999998 in doubles)
    expect(statsOf([0.1, 0.3, 0.3, 0.7])).to.deep.equal({ n: 4, median: 0.3, mad: 0.1 })
    expect(statsOf([0.1, 0.3, 0.5])).to.deep.equal({ n: 3, median: 0.3, mad: 0.2 })
    expect(robustZ(10, { n: 5, median: 3, mad: 1 })).to.equal(4.7215)
  })

  it('finds nothing on ordinary lines', () => {
    const lines = history()
    expect(checkLines(lines, historyOf(lines), DEFAULT_POLICY)).to.deep.equal([])
  })

  it('checks a changed copy of a checked line by its own values', () => {
    const lines = history()
    const known = historyOf(lines)
    expect(checkLines(lines, known)).to.deep.equal([])
    // what is derived from a line once (its logarithms, keys) is not carried into a copy with other values
    const copy = { ...lines[0], amount: String(Number(lines[0].amount) * 1000) }
    expect(types(checkLines([copy], known))).to.include('implausibleMagnitude')
  })

  it("finds missing fields and a unit of another dimension than the material's, as facts", () => {
    const lines = [
      ...history(),
      line({ ID: 'M1', plant: null, materialGroup: '' }),
      line({ ID: 'U1', unit: 'H87', unitDimension: 'count' })
    ]
    const found = checkLines(lines, historyOf(lines))
    expect(found.find(f => f.activity === 'M1')).to.include({
      findingType: 'missingField',
      severity: 'medium',
      confidence: '1.00',
      message: `PO ${lines[10].documentNumber}: materialGroup, plant missing`
    })
    expect(found.find(f => f.activity === 'U1')).to.include({ findingType: 'unitMismatch', confidence: '1.00' })
    expect(found.find(f => f.activity === 'U1')?.message).to.contain('ordered in H87 (count), the material STEEL is kept in mass')
  })

  it("finds a unit price or quantity about 1,000 times the material's median, blocking by default policy", () => {
    const lines = [
      ...history(),
      line({ ID: 'P1', amount: '1200000' }),
      line({ ID: 'Q1', quantity: '1000000', amount: '1200000', kgCO2e: '1000' })
    ]
    const found = checkLines(lines, historyOf(lines))
    const price = found.find(f => f.activity === 'P1' && f.findingType === 'implausibleMagnitude')!
    expect(price).to.include({ severity: 'high', blocksClose: true })
    expect(price.message).to.match(/unit price \d[\d,]* times above the median of material STEEL \(12 lines\)/)
    expect(Number(price.confidence)).to.be.within(0.5, 0.99)
    expect(found.find(f => f.activity === 'Q1' && f.findingType === 'implausibleMagnitude')?.message).to.contain('quantity')
    // too little history: no statistical finding
    const few = [line({ ID: 'F1' }), line({ ID: 'F2', amount: '1200000' })]
    expect(types(checkLines(few, historyOf(few)))).not.to.include('implausibleMagnitude')
  })

  it("finds equal lines of another document within the policy's days as duplicates", () => {
    const a = line({ ID: 'D1', documentNumber: '4500000901', quantity: '777', amount: '888.00', postingDate: '2026-05-02' })
    const b = line({ ID: 'D2', documentNumber: '4500000902', quantity: '777', amount: '888', postingDate: '2026-05-06' })
    const far = line({ ID: 'D3', documentNumber: '4500000903', quantity: '777', amount: '888', postingDate: '2026-06-30' })
    const lines = [...history(), a, b, far]
    const found = checkLines(lines, historyOf(lines)).filter(f => f.findingType === 'duplicate')
    expect(found.map(f => [f.activity, f.inputs.otherDocument])).to.deep.equal([
      ['D1', '4500000902'],
      ['D2', '4500000901']
    ])
    expect(found[0].confidence).to.equal('0.80')
  })

  it('finds spend attributed by the company fallback, and a factor older than the policy allows', () => {
    const lines = [
      ...history(),
      line({ ID: 'S1', fallbackRule: true, materialGroup: 'ZMISC' }),
      line({ ID: 'T1', postingDate: '2029-01-15', factorYear: 2022 })
    ]
    const found = checkLines(lines, historyOf(lines))
    expect(found.find(f => f.activity === 'S1')).to.include({ findingType: 'unmappedSpend' })
    expect(found.find(f => f.activity === 'S1')?.proposal).to.contain('map material group ZMISC')
    expect(found.find(f => f.activity === 'T1')).to.include({ findingType: 'staleFactor', severity: 'low' })
    expect(types(checkLines(lines, historyOf(lines), { ...DEFAULT_POLICY, staleFactorYears: 10 }))).not.to.include('staleFactor')
  })

  it("finds outliers against the supplier's history by the robust z-score of log kg CO2e", () => {
    const lines = [...history(), line({ ID: 'O1', kgCO2e: '250000', quantity: '1000', amount: '1200' })]
    const found = checkLines(lines, historyOf(lines)).filter(f => f.findingType === 'outlier')
    expect(found.map(f => f.activity)).to.deep.equal(['O1'])
    expect(found[0].inputs).to.include({ group: 'supplier', key: 'S1' })
    expect(Number(found[0].inputs.z)).to.be.greaterThan(3.5)
  })

  it('gives the same findings in the same order for the same lines, whatever their order', () => {
    const lines = [
      ...history(),
      line({ ID: 'P9', amount: '2400000' }),
      line({ ID: 'M9', plant: null }),
      line({ ID: 'O9', kgCO2e: '990000' })
    ]
    const once = checkLines(lines, historyOf(lines))
    const reversed = [...lines].reverse()
    expect(JSON.stringify(checkLines(reversed, historyOf(reversed)))).to.equal(JSON.stringify(once))
    expect(once.map(f => f.activity)).to.deep.equal([...once.map(f => f.activity)].sort())
  })
})
