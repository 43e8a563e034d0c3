import { expect } from 'chai'
import { checkEvent } from '../../../srv/lib/ingestion/cloud-events'

const TYPE = 'sap.s4.beh.purchaseorder.v1.PurchaseOrder.Created.v1'
const headers = { id: 'e1', source: '/default/sap.s4.beh/S4', type: TYPE }

describe('CloudEvents checks of inbound S/4HANA events', () => {
  it('accepts a well-formed event', () => {
    expect(checkEvent('PurchaseOrder.Created', headers, { PurchaseOrder: '4500000001' }, TYPE)).to.equal(undefined)
    expect(
      checkEvent('SupplierInvoice.Created', { ...headers, type: 'x' }, { SupplierInvoice: '5105600001', FiscalYear: '2026' })
    ).to.equal(undefined)
  })

  it('names what is wrong', () => {
    const check = (h: Record<string, unknown>, data: unknown, event = 'PurchaseOrder.Created'): string | undefined =>
      checkEvent(event, h, data, TYPE)
    expect(check({ ...headers, id: undefined }, { PurchaseOrder: '1' })).to.equal("CloudEvents attribute 'id' is missing")
    expect(check({ ...headers, source: '' }, { PurchaseOrder: '1' })).to.equal("CloudEvents attribute 'source' is missing")
    expect(check({ ...headers, type: 'sap.s4.beh.other.v1.X.Y.v1' }, { PurchaseOrder: '1' })).to.equal(
      "event type 'sap.s4.beh.other.v1.X.Y.v1' is not one this app processes on this topic"
    )
    expect(check(headers, ['4500000001'])).to.equal('data must be an object')
    expect(check(headers, { PurchaseOrder: 4500000001 })).to.equal('data/PurchaseOrder must be a string of 1 to 10 characters')
    expect(check(headers, { PurchaseOrder: '45000000011' })).to.equal('data/PurchaseOrder must be a string of 1 to 10 characters')
    expect(check(headers, { PurchaseOrder: '1', Extra: 'x' })).to.equal('data has unexpected properties: Extra')
    expect(check(headers, { PurchaseOrder: '1', padding: 'x'.repeat(17000) })).to.match(/^data is \d+ bytes, more than 16384$/)
    expect(check(headers, { X: '1' }, 'Thing.Happened')).to.equal("event 'Thing.Happened' is not one this app processes")
  })
})
