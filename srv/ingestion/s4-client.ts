import cds from '@sap/cds'
import { resilience } from '@sap-cloud-sdk/resilience'
import { setLogLevel } from '@sap-cloud-sdk/util'
import { type PurchaseOrderDocuments } from '../lib/ingestion/s4-mapping'
import { settings } from '../common/settings'

const LOG = cds.log('s4')
// the Cloud SDK logs every destination lookup at info level: one line per S/4HANA call is noise
setLogLevel('warn', 'env-destination-accessor')
export const PO = 'API_PURCHASEORDER_PROCESS_SRV'
export const INVOICES = 'API_SUPPLIERINVOICE_PROCESS_SRV'
export const GOODS = 'API_MATERIAL_DOCUMENT_SRV'
export const PARTNERS = 'API_BUSINESS_PARTNER'

/** An S/4HANA answer that no retry will change (e.g. 404): the caller decides what it means. */
export class S4NotFound extends Error {}

/**
 * Combines the Cloud SDK's resilience middlewares (retry with exponential backoff on 5xx and network errors,
 * circuit breaker per destination, timeout per attempt) into the one middleware slot that CAP's remote service
 * fills for each request. Settings: scope3.s4Resilience (.cdsrc.json).
 */
function resilient(): any {
  const { timeout, retry, circuitBreaker } = settings().s4Resilience
  const middlewares = resilience({ timeout, retry, circuitBreaker }) as any[]
  return (options: any) => middlewares.reduce((fn, middleware) => middleware({ ...options, fn }), options.fn)
}

const connected = new Map<string, Promise<cds.Service>>()
/** The CAP remote service of an S/4HANA API (destination `S4HANA`), with resilience mounted. */
export function api(name: string): Promise<cds.Service> {
  if (!connected.has(name)) {
    connected.set(
      name,
      cds.connect.to(name).then(srv => {
        const remote = srv as any
        if (remote.middlewares) remote.middlewares.timeout = resilient()
        return srv
      })
    )
  }
  return connected.get(name)!
}

async function read(name: string, query: any): Promise<any[]> {
  try {
    const rows = await (await api(name)).run(query)
    return Array.isArray(rows) ? rows : rows ? [rows] : []
  } catch (e: any) {
    const status = e.reason?.response?.status ?? e.statusCode ?? e.status
    if (status === 404) throw new S4NotFound(`${name}: not found`)
    LOG.warn(`${name} read failed (${status ?? e.code ?? 'no answer'}): ${e.message}`)
    throw e
  }
}

/** The purchase order with its items and the goods movements and supplier invoices that reference it. */
export async function readPurchaseOrder(purchaseOrder: string): Promise<PurchaseOrderDocuments | undefined> {
  return (await readPurchaseOrders([purchaseOrder])).get(purchaseOrder)
}

/** purchase orders per OData request: keeps the $filter of an `in` list well under URL length limits */
const ORDERS_PER_READ = 50

/** the fields the mapping uses (srv/lib/ingestion/s4-mapping.ts), read with $select: a fraction of the payload of whole rows */
const FIELDS = {
  A_PurchaseOrder: [
    'PurchaseOrder',
    'CompanyCode',
    'Supplier',
    'DocumentCurrency',
    'PurchaseOrderDate',
    'CreationDate',
    'PurchasingDocumentDeletionCode',
    'PurchaseOrderType',
    'IncotermsClassification'
  ],
  A_PurchaseOrderItem: [
    'PurchaseOrder',
    'PurchaseOrderItem',
    'Material',
    'MaterialGroup',
    'Plant',
    'PurchaseOrderItemText',
    'OrderQuantity',
    'PurchaseOrderQuantityUnit',
    'NetPriceAmount',
    'NetPriceQuantity',
    'DocumentCurrency',
    'PurchasingDocumentDeletionCode',
    'IncotermsClassification',
    'ItemNetWeight',
    'ItemWeightUnit'
  ],
  A_MaterialDocumentItem: [
    'MaterialDocument',
    'MaterialDocumentYear',
    'MaterialDocumentItem',
    'PurchaseOrder',
    'PurchaseOrderItem',
    'GoodsMovementType',
    'QuantityInEntryUnit',
    'GoodsMovementIsCancelled',
    'ReversedMaterialDocument'
  ],
  A_SuplrInvcItemPurOrdRef: [
    'SupplierInvoice',
    'FiscalYear',
    'SupplierInvoiceItem',
    'PurchaseOrder',
    'PurchaseOrderItem',
    'SupplierInvoiceItemAmount',
    'DocumentCurrency',
    'QuantityInPurchaseOrderUnit'
  ],
  A_MaterialDocumentHeader: ['MaterialDocument', 'MaterialDocumentYear', 'PostingDate'],
  A_SupplierInvoice: ['SupplierInvoice', 'FiscalYear', 'PostingDate', 'IsReversed', 'IsReversal']
}

/**
 * Several purchase orders with their items, goods movements and supplier invoices, read together: two rounds of
 * parallel reads with `in` filters (the documents referencing the orders, then the headers of those documents),
 * whatever the number of orders. Orders S/4HANA does not have map to undefined.
 */
export async function readPurchaseOrders(orders: string[]): Promise<Map<string, PurchaseOrderDocuments | undefined>> {
  const unique = [...new Set(orders)]
  const chunks = Array.from({ length: Math.ceil(unique.length / ORDERS_PER_READ) }, (_, i) =>
    unique.slice(i * ORDERS_PER_READ, (i + 1) * ORDERS_PER_READ)
  )
  return new Map((await Promise.all(chunks.map(readChunk))).flatMap(chunk => [...chunk]))
}

async function readChunk(orders: string[]): Promise<Map<string, PurchaseOrderDocuments | undefined>> {
  const byOrder = { PurchaseOrder: { in: orders } }
  const [headers, items, movements, invoiceItems] = await Promise.all([
    readAll(PO, () => SELECT.from(`${PO}.A_PurchaseOrder`).columns(FIELDS.A_PurchaseOrder).where(byOrder).orderBy('PurchaseOrder')),
    readAll(PO, () =>
      SELECT.from(`${PO}.A_PurchaseOrderItem`)
        .columns(FIELDS.A_PurchaseOrderItem)
        .where(byOrder)
        .orderBy('PurchaseOrder', 'PurchaseOrderItem')
    ),
    readAll(GOODS, () =>
      SELECT.from(`${GOODS}.A_MaterialDocumentItem`)
        .columns(FIELDS.A_MaterialDocumentItem)
        .where(byOrder)
        .orderBy('MaterialDocumentYear', 'MaterialDocument', 'MaterialDocumentItem')
    ),
    readAll(INVOICES, () =>
      SELECT.from(`${INVOICES}.A_SuplrInvcItemPurOrdRef`)
        .columns(FIELDS.A_SuplrInvcItemPurOrdRef)
        .where(byOrder)
        .orderBy('FiscalYear', 'SupplierInvoice', 'SupplierInvoiceItem')
    )
  ])
  const documentHeaders = async (
    name: string,
    entity: 'A_MaterialDocumentHeader' | 'A_SupplierInvoice',
    [id, year]: [string, string],
    rows: any[]
  ): Promise<Map<string, any>> => {
    const ids = [...new Set(rows.map(r => r[id]))]
    if (!ids.length) return new Map()
    const found = await readAll(name, () =>
      SELECT.from(`${name}.${entity}`)
        .columns(FIELDS[entity])
        .where({ [id]: { in: ids } })
        .orderBy(year, id)
    )
    return new Map(found.map(h => [`${h[id]}/${h[year]}`, h]))
  }
  const [materialDocs, invoices] = await Promise.all([
    documentHeaders(GOODS, 'A_MaterialDocumentHeader', ['MaterialDocument', 'MaterialDocumentYear'], movements),
    documentHeaders(INVOICES, 'A_SupplierInvoice', ['SupplierInvoice', 'FiscalYear'], invoiceItems)
  ])
  const of = <T extends { PurchaseOrder?: string }>(rows: T[], po: string): T[] => rows.filter(r => r.PurchaseOrder === po)
  const result = new Map<string, PurchaseOrderDocuments | undefined>(orders.map(po => [po, undefined]))
  for (const header of headers) {
    const po = header.PurchaseOrder as string
    result.set(po, {
      header,
      items: of(items, po),
      goodsMovements: of(movements, po).map(m => ({
        ...m,
        PostingDate: materialDocs.get(`${m.MaterialDocument}/${m.MaterialDocumentYear}`)?.PostingDate
      })),
      invoiceItems: of(invoiceItems, po).map(i => {
        const invoice = invoices.get(`${i.SupplierInvoice}/${i.FiscalYear}`)
        return { ...i, PostingDate: invoice?.PostingDate, IsReversed: invoice?.IsReversed, IsReversal: invoice?.IsReversal }
      })
    })
  }
  return result
}

/** The purchase orders a goods movement or supplier invoice refers to. */
export async function purchaseOrdersOf(kind: 'materialDocument' | 'supplierInvoice', key: Record<string, string>): Promise<string[]> {
  const rows =
    kind === 'materialDocument'
      ? await read(
          GOODS,
          SELECT.from(`${GOODS}.A_MaterialDocumentItem`)
            .columns('PurchaseOrder')
            .where({ MaterialDocument: key.MaterialDocument, MaterialDocumentYear: key.MaterialDocumentYear })
        )
      : await read(
          INVOICES,
          SELECT.from(`${INVOICES}.A_SuplrInvcItemPurOrdRef`)
            .columns('PurchaseOrder')
            .where({ SupplierInvoice: key.SupplierInvoice, FiscalYear: key.FiscalYear })
        )
  return [...new Set(rows.map(r => r.PurchaseOrder).filter(Boolean))]
}

/** The purchase orders a purchase-order, goods-movement or supplier-invoice event is about. */
export async function ordersOfEvent(type: string, key: Record<string, string>): Promise<string[]> {
  if (type.includes('.purchaseorder.')) return [key.PurchaseOrder]
  return await purchaseOrdersOf(type.includes('.materialdocument.') ? 'materialDocument' : 'supplierInvoice', key)
}

/** A business partner with its country (from its first address). */
export async function readBusinessPartner(id: string): Promise<{ ID: string; name: string; country: string | null } | undefined> {
  const [bp] = await read(PARTNERS, SELECT.from(`${PARTNERS}.A_BusinessPartner`).where({ BusinessPartner: id }))
  if (!bp) return undefined
  const [address] = await read(
    PARTNERS,
    SELECT.from(`${PARTNERS}.A_BusinessPartnerAddress`).columns('Country').where({ BusinessPartner: id })
  )
  return { ID: id, name: bp.BusinessPartnerFullName ?? bp.BusinessPartnerName, country: address?.Country ?? null }
}

/** Reads all pages of a query (S/4HANA pages large results). */
async function readAll(name: string, query: () => any, pageSize = 1000): Promise<any[]> {
  const rows: any[] = []
  for (let skip = 0; ; skip += pageSize) {
    const page = await read(name, query().limit(pageSize, skip))
    rows.push(...page)
    if (page.length < pageSize) return rows
  }
}

/**
 * The purchase orders changed since a point in time: by their own LastChangeDateTime, and through goods movements
 * and supplier invoices posted since that day. Without a point in time: all of them.
 */
export async function changedPurchaseOrders(since?: string): Promise<string[]> {
  const day = since?.slice(0, 10)
  const [orders, movements, invoices] = await Promise.all([
    readAll(PO, () =>
      SELECT.from(`${PO}.A_PurchaseOrder`)
        .columns('PurchaseOrder')
        .where(since ? { LastChangeDateTime: { '>=': since } } : {})
        .orderBy('PurchaseOrder')
    ),
    day
      ? readAll(GOODS, () =>
          SELECT.from(`${GOODS}.A_MaterialDocumentHeader`)
            .columns('MaterialDocument', 'MaterialDocumentYear')
            .where({ PostingDate: { '>=': day } })
            .orderBy('MaterialDocument')
        )
      : [],
    day
      ? readAll(INVOICES, () =>
          SELECT.from(`${INVOICES}.A_SupplierInvoice`)
            .columns('SupplierInvoice', 'FiscalYear')
            .where({ PostingDate: { '>=': day } })
            .orderBy('SupplierInvoice')
        )
      : []
  ])
  const referenced = await Promise.all([
    ...movements.map(m => purchaseOrdersOf('materialDocument', m)),
    ...invoices.map(i => purchaseOrdersOf('supplierInvoice', i))
  ])
  return [...new Set([...orders.map(o => o.PurchaseOrder as string), ...referenced.flat()])].sort()
}
