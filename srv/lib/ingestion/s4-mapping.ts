import { createHash } from 'node:crypto'
import { Decimal } from '../common/decimal'

/** The S/4HANA documents of one purchase order, as read over the OData APIs (V2 field names). */
export interface PurchaseOrderDocuments {
  header: {
    PurchaseOrder: string
    CompanyCode: string
    Supplier?: string | null
    DocumentCurrency?: string | null
    PurchaseOrderDate?: string | null
    CreationDate?: string | null
    PurchasingDocumentDeletionCode?: string | null
    PurchaseOrderType?: string | null
    IncotermsClassification?: string | null
  }
  items: Array<{
    PurchaseOrderItem: string
    Material?: string | null
    MaterialGroup?: string | null
    Plant?: string | null
    PurchaseOrderItemText?: string | null
    OrderQuantity?: string | number | null
    PurchaseOrderQuantityUnit?: string | null
    NetPriceAmount?: string | number | null
    NetPriceQuantity?: string | number | null
    DocumentCurrency?: string | null
    PurchasingDocumentDeletionCode?: string | null
    IncotermsClassification?: string | null
    ItemNetWeight?: string | number | null
    ItemWeightUnit?: string | null
  }>
  /** goods movements referencing the PO's items */
  goodsMovements: Array<{
    MaterialDocument: string
    MaterialDocumentYear: string
    PurchaseOrderItem: string
    GoodsMovementType?: string | null
    QuantityInEntryUnit?: string | number | null
    GoodsMovementIsCancelled?: boolean | null
    ReversedMaterialDocument?: string | null
    PostingDate?: string | null
  }>
  /** supplier invoice items referencing the PO's items, with their invoice's status */
  invoiceItems: Array<{
    SupplierInvoice: string
    FiscalYear: string
    PurchaseOrderItem: string
    SupplierInvoiceItemAmount?: string | number | null
    DocumentCurrency?: string | null
    QuantityInPurchaseOrderUnit?: string | number | null
    IsReversed?: boolean | null
    IsReversal?: boolean | null
    PostingDate?: string | null
  }>
}

/** An activity row as this app stores it (see db/accounting.cds), without ID and audit fields. */
export interface ActivityValues {
  sourceSystem: string
  documentType: string
  documentNumber: string
  documentItem: string
  fiscalYear: number
  fiscalPeriod: number
  postingDate: string
  companyCode_code: string
  supplier_ID: string | null
  material_ID: string | null
  materialGroup_code: string | null
  plant_code: string | null
  description: string | null
  quantity: string | null
  unit_code: string | null
  amount: string | null
  currency_code: string | null
  status_code: 'provisional' | 'final' | 'cancelled'
  incoterms: string | null
  netWeightKg: string | null
  payloadHash: string
}

export const PURCHASE_ORDER_ITEM = 'PurchaseOrderItem'
/** kg per SAP weight unit (ISO codes as S/4HANA's APIs give them) */
const KG_PER_WEIGHT_UNIT: Record<string, string> = {
  KG: '1',
  KGM: '1',
  G: '0.001',
  GRM: '0.001',
  TO: '1000',
  TNE: '1000',
  LB: '0.45359237',
  LBR: '0.45359237'
}

/** The item's net weight in kg, 3 decimals; null where S/4HANA gives none or in a unit that is not a weight. */
function netWeightKg(weight: string | number | null | undefined, unit: string | null | undefined): string | null {
  const perUnit = KG_PER_WEIGHT_UNIT[(unit ?? '').toUpperCase()]
  if (weight == null || weight === '' || !perUnit) return null
  return new Decimal(weight).times(perUnit).toDecimalPlaces(3, Decimal.ROUND_HALF_EVEN).toFixed(3)
}
const num = (v: string | number | null | undefined): Decimal => new Decimal(v == null || v === '' ? 0 : v)
const latest = (dates: Array<string | null | undefined>): string | undefined => dates.filter(Boolean).sort().at(-1) ?? undefined

/**
 * One activity per PO item: the inventory basis of the item, never counted twice. Precedence, documented in the
 * README: the quantity is what goods receipts say (net of cancelled receipts and returns) once there is one, else the
 * ordered quantity; the amount is what valid supplier invoices say once there is one, else ordered quantity × net
 * price. The item is `final` once a receipt or an invoice exists, `provisional` before, `cancelled` when the PO or
 * the item is deleted. It is dated by the document that made it final (the latest invoice, else receipt), else the
 * PO date; fiscal year and period are the calendar year and month of that date.
 */
export function purchaseOrderActivities(
  docs: PurchaseOrderDocuments,
  unitOf: (sapUnit: string | null | undefined) => string | null
): ActivityValues[] {
  const { header } = docs
  return docs.items.map(item => {
    const receipts = docs.goodsMovements.filter(m => m.PurchaseOrderItem === item.PurchaseOrderItem)
    const valid = receipts.filter(m => m.GoodsMovementType === '101' && !m.GoodsMovementIsCancelled)
    // a reversal (102) of a cancelled receipt is already out through the cancelled flag; other 102s are returns
    const returns = receipts.filter(m => m.GoodsMovementType === '102' && !m.ReversedMaterialDocument)
    const invoices = docs.invoiceItems.filter(i => i.PurchaseOrderItem === item.PurchaseOrderItem && !i.IsReversed && !i.IsReversal)
    const deleted = header.PurchasingDocumentDeletionCode === 'L' || item.PurchasingDocumentDeletionCode === 'L'
    const received = valid.length > 0
    const invoiced = invoices.length > 0
    const quantity = received
      ? valid
          .reduce((s, m) => s.plus(num(m.QuantityInEntryUnit)), new Decimal(0))
          .minus(returns.reduce((s, m) => s.plus(num(m.QuantityInEntryUnit)), new Decimal(0)))
      : num(item.OrderQuantity)
    const amount = invoiced
      ? invoices.reduce((s, i) => s.plus(num(i.SupplierInvoiceItemAmount)), new Decimal(0))
      : num(item.OrderQuantity)
          .times(num(item.NetPriceAmount))
          .div(num(item.NetPriceQuantity).isZero() ? 1 : num(item.NetPriceQuantity))
    const postingDate =
      latest(invoices.map(i => i.PostingDate)) ??
      latest(valid.map(m => m.PostingDate)) ??
      header.PurchaseOrderDate ??
      header.CreationDate ??
      ''
    const values: Omit<ActivityValues, 'payloadHash'> = {
      sourceSystem: 'S4HANA',
      documentType: PURCHASE_ORDER_ITEM,
      documentNumber: header.PurchaseOrder,
      documentItem: item.PurchaseOrderItem,
      fiscalYear: Number(postingDate.slice(0, 4)),
      fiscalPeriod: Number(postingDate.slice(5, 7)),
      postingDate,
      companyCode_code: header.CompanyCode,
      supplier_ID: header.Supplier || null,
      material_ID: item.Material || null,
      materialGroup_code: item.MaterialGroup || null,
      plant_code: item.Plant || null,
      description: item.PurchaseOrderItemText || null,
      quantity: quantity.toString(),
      unit_code: unitOf(item.PurchaseOrderQuantityUnit),
      amount: amount.toDecimalPlaces(2, Decimal.ROUND_HALF_EVEN).toFixed(2),
      currency_code: (invoices[0]?.DocumentCurrency ?? item.DocumentCurrency ?? header.DocumentCurrency) || null,
      status_code: deleted ? 'cancelled' : received || invoiced ? 'final' : 'provisional',
      // the item's incoterms override the header's
      incoterms: item.IncotermsClassification || header.IncotermsClassification || null,
      netWeightKg: netWeightKg(item.ItemNetWeight, item.ItemWeightUnit)
    }
    return { ...values, payloadHash: createHash('sha256').update(JSON.stringify(values)).digest('hex') }
  })
}
