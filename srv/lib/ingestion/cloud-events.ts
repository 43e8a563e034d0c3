/**
 * Checks an inbound S/4HANA business event before it enters the inbox: CloudEvents attributes id, source and
 * type must be there, and the data must carry exactly the document key this event type defines (strings of at
 * most their S/4HANA length). Returns the problem, or undefined when the event is well-formed.
 */
export const EVENT_KEYS: Record<string, Record<string, number>> = {
  'PurchaseOrder.Created': { PurchaseOrder: 10 },
  'PurchaseOrder.Changed': { PurchaseOrder: 10 },
  'PurchaseOrder.ItemCreated': { PurchaseOrder: 10, PurchaseOrderItem: 5 },
  'PurchaseOrder.ItemChanged': { PurchaseOrder: 10, PurchaseOrderItem: 5 },
  'PurchaseOrder.ItemDeleted': { PurchaseOrder: 10, PurchaseOrderItem: 5 },
  'SupplierInvoice.Created': { SupplierInvoice: 10, FiscalYear: 4 },
  'SupplierInvoice.Canceled': { SupplierInvoice: 10, FiscalYear: 4 },
  'MaterialDocument.Created': { MaterialDocument: 10, MaterialDocumentYear: 4 },
  'MaterialDocument.Canceled': { MaterialDocument: 10, MaterialDocumentYear: 4 },
  'BusinessPartner.Created': { BusinessPartner: 10 },
  'BusinessPartner.Changed': { BusinessPartner: 10 }
}

/** Larger events are refused: S/4HANA's carry a document key, a few hundred bytes. */
export const MAX_EVENT_BYTES = 16 * 1024

export function checkEvent(
  event: string,
  headers: Record<string, unknown> | undefined,
  data: unknown,
  expectedType?: string
): string | undefined {
  for (const attribute of ['id', 'source', 'type']) {
    const value = headers?.[attribute]
    if (typeof value !== 'string' || !value) return `CloudEvents attribute '${attribute}' is missing`
  }
  // an event of another type on a subscribed topic (a shared queue, a misrouted publisher) is not this app's
  if (expectedType && headers!.type !== expectedType)
    return `event type '${String(headers!.type)}' is not one this app processes on this topic`
  const size = Buffer.byteLength(JSON.stringify(data ?? null))
  if (size > MAX_EVENT_BYTES) return `data is ${size} bytes, more than ${MAX_EVENT_BYTES}`
  const keys = EVENT_KEYS[event]
  if (!keys) return `event '${event}' is not one this app processes`
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return 'data must be an object'
  for (const [key, length] of Object.entries(keys)) {
    const value = (data as Record<string, unknown>)[key]
    if (typeof value !== 'string' || !value || value.length > length) return `data/${key} must be a string of 1 to ${length} characters`
  }
  const extra = Object.keys(data).filter(k => !(k in keys))
  if (extra.length) return `data has unexpected properties: ${extra.join(', ')}`
  return undefined
}
