import cds from '@sap/cds'
import { InboundEvents } from '#cds-models/scope3'
import { processInbound, syncPurchaseOrder, reconcile } from '#cds-models/IngestionService'
import { checkEvent, EVENT_KEYS } from './lib/cloud-events'
import { type PurchaseOrderDocuments } from './lib/s4-mapping'
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
      for (const event of events) {
        const type = (remote as any).model?.definitions?.[`${api}.${event}`]?.['@topic'] as string | undefined
        remote.on(event, (msg: any) => this.receive(event, msg, type))
      }
    }
  }

  async receive (event: string, msg: { data: unknown, headers?: Record<string, unknown> }, type?: string): Promise<void> {
    const problem = checkEvent(event, msg.headers, msg.data, type)
    if (problem) return LOG.warn(`event refused and acknowledged (${event}, id ${String(msg.headers?.id ?? '-')}): ${problem}`)
    const ID = cds.utils.uuid()
    try {
      const { id, source, type } = msg.headers as Record<string, string>
      await INSERT.into(InboundEvents).entries({ ID, eventId: id, source, type, data: JSON.stringify(msg.data), receivedAt: new Date().toISOString() } as any)
    } catch (e) {
      if (isUniqueViolation(e)) return LOG.info(`duplicate event ${String(msg.headers!.id)} from ${String(msg.headers!.source)}: already in the inbox`)
      throw e
    }
    // type and data travel with the task, so that processing reads S/4HANA before it opens the database
    await cds.queued(this).send(processInbound, { ID, type: msg.headers!.type as string, data: JSON.stringify(msg.data) })
  }

  /** Processing by business key: re-read the current documents, so repeats and reordering converge. */
  processing (): void {
    this.on(processInbound, async req => {
      const { type = '', data: payload = '{}' } = req.data
      let prefetched: Map<string, PurchaseOrderDocuments | undefined> | undefined
      try {
        if (type) prefetched = await this.prefetch(type, JSON.parse(payload!))
      } catch (e) {
        if (!(e instanceof s4.S4NotFound)) throw e
      }
      const entry = await SELECT.one.from(InboundEvents, req.data.ID!)
      if (!entry || entry.status === 'processed' || entry.status === 'skipped') return
      const data = JSON.parse(entry.data ?? '{}')
      try {
        const keys = await this.process(entry.type ?? '', data, entry.eventId!, prefetched)
        await UPDATE(InboundEvents, entry.ID!).with({ status: 'processed', processedAt: new Date().toISOString(), attempts: (entry.attempts ?? 0) + 1, businessKeys: keys.join(',') })
      } catch (e: any) {
        if (!(e instanceof s4.S4NotFound)) throw e // the queue retries, then keeps it as a dead letter
        LOG.warn(`event ${entry.eventId} (${entry.type}) skipped: ${e.message}`)
        await UPDATE(InboundEvents, entry.ID!).with({ status: 'skipped', processedAt: new Date().toISOString(), attempts: (entry.attempts ?? 0) + 1, lastError: e.message })
      }
    })
  }

  /** The purchase orders an event is about. */
  async ordersOf (type: string, data: Record<string, string>): Promise<string[]> {
    if (type.includes('.purchaseorder.')) return [data.PurchaseOrder]
    return await s4.purchaseOrdersOf(type.includes('.materialdocument.') ? 'materialDocument' : 'supplierInvoice', data)
  }

  /** The S/4HANA reads of an event, done before the database is touched. */
  async prefetch (type: string, data: Record<string, string>): Promise<Map<string, PurchaseOrderDocuments | undefined> | undefined> {
    if (type.includes('.businesspartner.')) return undefined
    const orders = await this.ordersOf(type, data)
    return new Map(await Promise.all(orders.map(async po => [po, await s4.readPurchaseOrder(po)] as const)))
  }

  async process (type: string, data: Record<string, string>, eventId: string, prefetched?: Map<string, PurchaseOrderDocuments | undefined>): Promise<string[]> {
    if (type.includes('.businesspartner.')) {
      await sync.syncSupplier(data.BusinessPartner)
      return [data.BusinessPartner]
    }
    const orders = prefetched ? [...prefetched.keys()] : await this.ordersOf(type, data)
    for (const po of orders) {
      if (prefetched) await sync.applyPurchaseOrder(po, prefetched.get(po), eventId)
      else await sync.syncPurchaseOrder(po, eventId)
    }
    return orders
  }

  /** What events missed, reconciliation finds: on a schedule (cds.requires.reconciliation.every) and on demand. */
  reconciliation (): void {
    this.on(reconcile, req => {
      if (req.http) return reconciliation.reconcile('admin')
      // the queue holds its transaction while a task runs; the run opens its own transactions, so it runs detached
      cds.spawn({}, () => reconciliation.reconcile('schedule'))
    })
    const every = cds.env.requires.reconciliation?.every
    if (every) cds.once('served', () => (this.schedule(reconcile) as any).after(every).every(every).asTask('reconcile'))
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
