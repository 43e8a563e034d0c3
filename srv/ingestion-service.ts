import cds from '@sap/cds'
import { InboundEvents } from '#cds-models/scope3'
import { processInbound, syncPurchaseOrder, reconcile } from '#cds-models/IngestionService'
import { checkEvent, EVENT_KEYS } from './lib/cloud-events'
import * as s4 from './s4-client'
import * as sync from './purchase-order-sync'
import * as reconciliation from './reconciliation'

const LOG = cds.log('ingestion')

/** Which imported API declares which events (srv/external/s4-events.cds). */
const EVENTS_BY_API: Record<string, string[]> = {
  [s4.PO]: Object.keys(EVENT_KEYS).filter(e => e.startsWith('PurchaseOrder.')),
  [s4.INVOICES]: Object.keys(EVENT_KEYS).filter(e => e.startsWith('SupplierInvoice.')),
  [s4.GOODS]: Object.keys(EVENT_KEYS).filter(e => e.startsWith('MaterialDocument.')),
  [s4.PARTNERS]: Object.keys(EVENT_KEYS).filter(e => e.startsWith('BusinessPartner.'))
}

const isUniqueViolation = (e: any): boolean => /unique/i.test(`${e.code} ${e.message}`)

export class IngestionService extends cds.ApplicationService {
  async init (): Promise<void> {
    this.mockInDevelopment()
    await this.subscriptions()
    this.processing()
    this.synchronisation()
    this.reconciliation()
    this.recovery()
    return super.init()
  }

  /** `npm start` runs against a mock S/4HANA process that it starts itself. */
  mockInDevelopment (): void {
    if (cds.env.requires.s4mock?.autoStart) cds.once('listening', () => require('./external/mock/autostart').autostartMock())
  }

  /** Every S/4HANA event enters the inbox once (by CloudEvents source and id) and is queued for processing. */
  async subscriptions (): Promise<void> {
    if (!cds.env.requires.messaging) return
    for (const [api, events] of Object.entries(EVENTS_BY_API)) {
      const remote = await s4.api(api)
      for (const event of events) remote.on(event, (msg: any) => this.receive(event, msg))
    }
  }

  async receive (event: string, msg: { data: unknown, headers?: Record<string, unknown> }): Promise<void> {
    const problem = checkEvent(event, msg.headers, msg.data)
    if (problem) return LOG.warn(`event refused and acknowledged (${event}, id ${String(msg.headers?.id ?? '-')}): ${problem}`)
    const ID = cds.utils.uuid()
    try {
      const { id, source, type } = msg.headers as Record<string, string>
      await INSERT.into(InboundEvents).entries({ ID, eventId: id, source, type, data: JSON.stringify(msg.data), receivedAt: new Date().toISOString() } as any)
    } catch (e) {
      if (isUniqueViolation(e)) return LOG.info(`duplicate event ${String(msg.headers!.id)} from ${String(msg.headers!.source)}: already in the inbox`)
      throw e
    }
    await cds.queued(this).send(processInbound, { ID })
  }

  /** Processing by business key: re-read the current documents, so repeats and reordering converge. */
  processing (): void {
    this.on(processInbound, async req => {
      const entry = await SELECT.one.from(InboundEvents, req.data.ID!)
      if (!entry || entry.status === 'processed' || entry.status === 'skipped') return
      const data = JSON.parse(entry.data ?? '{}')
      const type = entry.type ?? ''
      try {
        const keys = await this.process(type, data, entry.eventId!)
        await UPDATE(InboundEvents, entry.ID!).with({ status: 'processed', processedAt: new Date().toISOString(), attempts: (entry.attempts ?? 0) + 1, businessKeys: keys.join(',') })
      } catch (e: any) {
        if (!(e instanceof s4.S4NotFound)) throw e // the queue retries, then keeps it as a dead letter
        LOG.warn(`event ${entry.eventId} (${type}) skipped: ${e.message}`)
        await UPDATE(InboundEvents, entry.ID!).with({ status: 'skipped', processedAt: new Date().toISOString(), attempts: (entry.attempts ?? 0) + 1, lastError: e.message })
      }
    })
  }

  async process (type: string, data: Record<string, string>, eventId: string): Promise<string[]> {
    if (type.includes('.businesspartner.')) {
      await sync.syncSupplier(data.BusinessPartner)
      return [data.BusinessPartner]
    }
    const orders = type.includes('.purchaseorder.') ? [data.PurchaseOrder]
      : await s4.purchaseOrdersOf(type.includes('.materialdocument.') ? 'materialDocument' : 'supplierInvoice', data)
    for (const po of orders) await sync.syncPurchaseOrder(po, eventId)
    return orders
  }

  /** What events missed, reconciliation finds: on a schedule (cds.requires.reconciliation.every) and on demand. */
  reconciliation (): void {
    this.on(reconcile, req => reconciliation.reconcile(req.http ? 'admin' : 'schedule'))
    const every = cds.env.requires.reconciliation?.every
    if (every) cds.once('served', () => (this.schedule(reconcile) as any).every(every).asTask('reconcile'))
  }

  /** After a crash or restart, inbox entries whose processing did not finish are processed (the queue keeps them). */
  recovery (): void {
    // not awaited: start-up does not wait for the backlog
    cds.once('served', () => { void cds.queued(this).flush() })
  }

  /** Admins bring one purchase order up to date on demand. */
  synchronisation (): void {
    this.on(syncPurchaseOrder, async req => {
      try {
        return await sync.syncPurchaseOrder(req.data.purchaseOrder!)
      } catch (e) {
        if (e instanceof s4.S4NotFound) return { purchaseOrder: req.data.purchaseOrder, found: false, items: 0, changed: 0 }
        throw e
      }
    })
  }
}
