import cds from '@sap/cds'
import { applyPurchaseOrders } from '../../srv/ingestion/purchase-order-sync'
import { type PurchaseOrderDocuments } from '../../srv/lib/ingestion/s4-mapping'

/** A purchase order as the S/4HANA client reads it: company code 1010, plant 1010, EUR, items numbered 00010, 00020... */
export const purchaseOrder = (
  po: string,
  supplier: string,
  incoterms: string,
  items: Array<Partial<PurchaseOrderDocuments['items'][number]>>,
  date = '2026-03-10'
): PurchaseOrderDocuments => ({
  header: {
    PurchaseOrder: po,
    CompanyCode: '1010',
    Supplier: supplier,
    DocumentCurrency: 'EUR',
    PurchaseOrderDate: date,
    IncotermsClassification: incoterms
  },
  items: items.map((i, n) => ({
    PurchaseOrderItem: String((n + 1) * 10).padStart(5, '0'),
    Plant: '1010',
    DocumentCurrency: 'EUR',
    NetPriceQuantity: '1',
    ...i
  })) as PurchaseOrderDocuments['items'],
  goodsMovements: [],
  invoiceItems: []
})

/** Applies purchase orders as the inbox does, in a transaction of their own. */
export const applyOrders = async (...docs: PurchaseOrderDocuments[]): Promise<unknown> =>
  await cds.tx(() => applyPurchaseOrders(docs.map(d => ({ purchaseOrder: d.header.PurchaseOrder, docs: d }))))
