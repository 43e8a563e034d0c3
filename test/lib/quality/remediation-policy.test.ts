import { expect } from 'chai'
import {
  conservativeFactor,
  dueAction,
  gapKey,
  gapsToRequest,
  policyProblems,
  rankGaps,
  DEFAULT_POLICY
} from '../../../srv/lib/quality/remediation-policy'

describe('Remediation: gaps ranked by materiality × poor data quality', () => {
  const line = (
    supplier: string,
    material: string | null,
    kgCO2e: string,
    dqScore: string,
    extra: Record<string, unknown> = {}
  ): Record<string, unknown> => ({
    supplier,
    material,
    materialGroup: 'ZSTEEL',
    method: 'spend-based',
    kgCO2e,
    dqScore,
    fiscalYear: 2026,
    factor: 'EPA/331110',
    ...extra
  })

  it('ranks by kg CO2e × (dqScore − 1) / 4 with the kg-weighted score; supplier data and lines without a supplier are no gap', () => {
    const ranked = rankGaps([
      line('A', 'M1', '10000', '2'), // priority 2500
      line('B', 'M1', '4000', '5'),
      line('B', 'M1', '4000', '3'), // kg-weighted 4.00: priority 6000
      line('C', null, '9000', '5', { materialGroup: 'ZOFFICE' }), // 9000
      line('D', 'M2', '100000', '1'), // perfect data: 0
      line('E', 'M1', '50000', '5', { method: 'supplier-specific' }),
      line(null as any, 'M1', '50000', '5')
    ] as any)
    expect(ranked.map(g => [gapKey(g), g.priority, g.dqScore])).to.deep.equal([
      ['C|G:ZOFFICE', '9000.000000', '5.00'],
      ['B|M:M1', '6000.000000', '4.00'],
      ['A|M:M1', '2500.000000', '2.00'],
      ['D|M:M2', '0.000000', '1.00']
    ])
    expect(ranked[1]).to.include({ kgCO2e: '8000.000000', lines: 2, referenceYear: 2026, factor: 'EPA/331110' })
  })

  it('orders ties by emissions, then by supplier and product, whatever the order of the lines', () => {
    const lines = [line('B', 'M1', '2000', '3'), line('A', 'M1', '2000', '3'), line('C', 'M1', '4000', '2')] as any
    const keys = (l: any[]): string[] => rankGaps(l).map(gapKey)
    expect(keys(lines)).to.deep.equal(['C|M:M1', 'A|M:M1', 'B|M:M1'])
    expect(keys([...lines].reverse())).to.deep.equal(keys(lines))
  })

  it('requests the first gaps that are material and poor enough, none twice, within the open requests allowed', () => {
    const ranked = rankGaps([
      line('A', 'M1', '900', '5'),
      line('B', 'M1', '5000', '2.5'),
      line('C', 'M1', '5000', '4'),
      line('D', 'M1', '8000', '4'),
      line('E', 'M1', '3000', '5')
    ] as any)
    const policy = { ...DEFAULT_POLICY, maxOpenRequests: 3 }
    expect(gapsToRequest(ranked, new Set(), policy).map(gapKey)).to.deep.equal(['D|M:M1', 'C|M:M1', 'E|M:M1'])
    expect(gapsToRequest(ranked, new Set(['D|M:M1']), policy).map(gapKey)).to.deep.equal(['C|M:M1', 'E|M:M1'])
    expect(gapsToRequest(ranked, new Set(['X', 'Y', 'Z']), policy)).to.deep.equal([])
  })

  it('escalates a sent request past due, falls back for an escalated one later, once', () => {
    const policy = { ...DEFAULT_POLICY, escalateAfterDays: 7, fallbackAfterDays: 30 }
    const r = { ID: '1', status: 'sent', dueDate: '2026-03-01' }
    expect(dueAction(r, '2026-03-07', policy)).to.equal(undefined)
    expect(dueAction(r, '2026-03-08', policy)).to.equal('escalate')
    expect(dueAction({ ...r, status: 'escalated' }, '2026-03-30', policy)).to.equal(undefined)
    expect(dueAction({ ...r, status: 'escalated' }, '2026-03-31', policy)).to.equal('fallback')
    expect(dueAction({ ...r, status: 'escalated', fallbackRule: 'R' }, '2026-05-01', policy)).to.equal(undefined)
    expect(dueAction({ ...r, status: 'proposed' }, '2027-01-01', policy)).to.equal(undefined)
  })

  it('raises the usual factor by the uplift, which is its uncertainty, in decimals; and checks a policy by its fields', () => {
    expect(conservativeFactor('0.123456789012', { fallbackUplift: 0.5 })).to.deep.equal({ value: '0.185185183518', uncertainty: '50.00' })
    expect(conservativeFactor('0.1', { fallbackUplift: 0.3 })).to.deep.equal({ value: '0.13', uncertainty: '30.00' })
    expect(policyProblems({ dueDays: 14, autoSend: true })).to.deep.equal([])
    expect(policyProblems({ dueDays: '14', autoSend: 1, fallbackUplift: -1, speed: 3 })).to.deep.equal([
      { field: 'dueDays', message: 'dueDays must be a number' },
      { field: 'autoSend', message: 'autoSend must be a boolean' },
      { field: 'fallbackUplift', message: 'fallbackUplift must not be negative' },
      { field: 'speed', message: 'speed is no setting of the remediation agent' }
    ])
  })
})
