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

/** what every line read by `orderLines` has: which line it is, its status, and where it was derived from */
const LINE_COLUMNS = ['ID', 'documentType', 'documentItem', 'status_code', 'activityCode', 'derivation', 'derivedFrom_ID']

/**
 * The activity lines of a purchase order: which line each is and where it came from, the given columns, and those of
 * each line's current figure (`current`), in the given order; `where` narrows them (e.g. to some document types).
 */
export async function orderLines(
  po: string,
  columns: string[],
  figure: string[],
  where: Record<string, unknown> = {},
  orderBy: string[] = ['documentItem']
): Promise<any[]> {
  const { Activities } = cds.entities('scope3')
  return await SELECT.from(Activities)
    .columns([
      ...[...LINE_COLUMNS, ...columns].map(c => ({ ref: [c] })),
      { ref: ['current'], expand: figure.map(c => ({ ref: [c] })) }
    ] as any)
    .where({ documentNumber: po, ...where })
    .orderBy(...orderBy)
}
