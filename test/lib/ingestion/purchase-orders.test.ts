import { expect } from 'chai'
import { purchaseOrderTotals, type PurchaseOrderLine } from '../../../srv/lib/ingestion/purchase-orders'

describe('purchase order totals (srv/lib/ingestion/purchase-orders.ts)', () => {
  const line = (over: Partial<PurchaseOrderLine>): PurchaseOrderLine => ({
    documentNumber: '4500000001',
    documentType: 'PurchaseOrderItem',
    companyCode_code: '1010',
    supplier_ID: '17300001',
    fiscalYear: 2026,
    fiscalPeriod: 2,
    postingDate: '2026-02-10',
    status_code: 'final',
    kgCO2eLocation: '1',
    kgCO2eMarket: '1',
    dqScore: '3',
    ...over
  })

  it('sums the exact figures of items and transport, rounded once to the gram half to even', () => {
    const [po] = purchaseOrderTotals([
      line({ kgCO2eLocation: '0.1', kgCO2eMarket: '0.0004' }),
      line({ kgCO2eLocation: '0.2', kgCO2eMarket: '0.0001' }),
      line({ documentType: 'PO-FREIGHT', supplier_ID: null, kgCO2eLocation: '1000000000000.0005', kgCO2eMarket: null, dqScore: '4' })
    ])
    // 0.1 + 0.2 in binary floating point is 0.30000000000000004; 0.0005 is a tie that goes to the even 0.000
    expect(po).to.include({
      kgCO2e: '1000000000000.300',
      kgCO2eMarket: '0.000',
      kgCO2eTransport: '1000000000000.000',
      itemCount: 2,
      dqScore: '3.33',
      supplier_ID: '17300001'
    })
  })

  it('splits the total into goods, the transport the company pays and the upstream of energy, each rounded on its own', () => {
    const [po] = purchaseOrderTotals([
      line({ kgCO2eLocation: '1.0004' }),
      line({ kgCO2eLocation: '2.0004' }),
      line({ documentType: 'PO-FREIGHT', supplier_ID: null, kgCO2eLocation: '0.0004' }),
      line({ documentType: 'PO-FREIGHT-SPEND', supplier_ID: null, kgCO2eLocation: '0.5' }),
      line({ documentType: 'PO-ENERGY', supplier_ID: null, kgCO2eLocation: '0.0003' })
    ])
    // goods 3.0008 -> 3.001; transport 0.5004 -> 0.500; energy 0.0003 -> 0.000; all 3.5015 -> 3.502 (a tie: to even)
    expect(po).to.include({ kgCO2eGoods: '3.001', kgCO2eTransport: '0.500', kgCO2eEnergy: '0.000', kgCO2e: '3.502', itemCount: 2 })
  })

  it('is provisional while any line is, cancelled when all are, final otherwise', () => {
    const status = (...codes: string[]): unknown => purchaseOrderTotals(codes.map(c => line({ status_code: c })))[0].status
    expect([status('final', 'provisional'), status('cancelled', 'cancelled'), status('final', 'cancelled'), status('final')]).to.deep.equal(
      ['provisional', 'cancelled', 'final', 'final']
    )
    expect(purchaseOrderTotals([line({ status_code: 'cancelled' })])[0].statusCriticality).to.equal(0)
  })

  it('shows no figure while no line has one, and takes the earliest period and posting date', () => {
    const [po] = purchaseOrderTotals([
      line({ kgCO2eLocation: null, kgCO2eMarket: null, dqScore: null, fiscalPeriod: 3, postingDate: '2026-03-01' }),
      line({ kgCO2eLocation: null, kgCO2eMarket: null, dqScore: null })
    ])
    expect(po).to.include({
      kgCO2e: null,
      kgCO2eMarket: null,
      kgCO2eGoods: null,
      kgCO2eTransport: null,
      kgCO2eEnergy: null,
      dqScore: null,
      fiscalPeriod: 2,
      postingDate: '2026-02-10'
    })
  })

  it('gives the same rows for the same lines in any order, one per purchase order in document order', () => {
    const lines = [
      line({}),
      line({ documentNumber: '4500000002', kgCO2eLocation: '2.5' }),
      line({ kgCO2eLocation: '0.25', status_code: 'provisional' })
    ]
    const rows = purchaseOrderTotals(lines)
    expect(rows.map(r => [r.documentNumber, r.kgCO2e, r.status])).to.deep.equal([
      ['4500000001', '1.250', 'provisional'],
      ['4500000002', '2.500', 'final']
    ])
    expect(purchaseOrderTotals([...lines].reverse())).to.deep.equal(rows)
  })
})
