import cds from '@sap/cds'
import { InboundEvents } from '#cds-models/scope3'
import { processInbound, syncPurchaseOrder, reconcile } from '#cds-models/IngestionService'
import { checkEvent, EVENT_KEYS } from '../lib/ingestion/cloud-events'
import { type PurchaseOrderDocuments } from '../lib/ingestion/s4-mapping'
import * as s4 from './s4-client'
import * as sync from './purchase-order-sync'
import { companyCodeOfKeys, companyCodesOfOrders } from '../attribution/purchase-order-totals'
import * as reconciliation from './reconciliation'
import { InboxBatches } from './inbox-processing'
import { InboxWriter } from './inbox-intake'
import { logEvent, observeInbox } from './inbox-telemetry'
import { privileged } from '../common/database'
import { settings } from '../common/settings'

/** what an event's processing read from S/4HANA before its transaction */
interface Prefetched {
  documents: Map<string, PurchaseOrderDocuments | undefined>
  suppliers: Map<string, sync.Partner>
}

const LOG = cds.log('ingestion')

/** Which imported API declares which events (srv/external/s4-events.cds). */
const EVENTS_BY_API: Record<string, string[]> = {
  [s4.PO]: Object.keys(EVENT_KEYS).filter(e => e.startsWith('PurchaseOrder.')),
  [s4.INVOICES]: Object.keys(EVENT_KEYS).filter(e => e.startsWith('SupplierInvoice.')),
  [s4.GOODS]: Object.keys(EVENT_KEYS).filter(e => e.startsWith('MaterialDocument.')),
  [s4.PARTNERS]: Object.keys(EVENT_KEYS).filter(e => e.startsWith('BusinessPartner.'))
}

/** an entry still waiting after this long is handed to the persistent queue (scope3.inbox.handOverAfter) */
const HAND_OVER_AFTER: string = settings().inbox.handOverAfter
/** the queue task of an inbox entry: one per entry, however often it is handed over */
const taskOf = (ID: string): string => `inbound:${ID}`

export class IngestionService extends cds.ApplicationService {
  batches!: InboxBatches
  readonly inbox = new InboxWriter()

  async init(): Promise<void> {
    this.mockInDevelopment()
    await this.subscriptions()
    this.processing()
    this.synchronisation()
    this.reconciliation()
    this.recovery()
    return super.init()
  }

  /** `npm start` runs against a mock S/4HANA process that it starts itself. */
  mockInDevelopment(): void {
    if (settings().s4mock.autoStart) cds.once('listening', () => require('../external/mock/autostart').autostartMock())
  }

  /** Every S/4HANA event enters the inbox once (by CloudEvents source and id) and is queued for processing. */
  async subscriptions(): Promise<void> {
    if (!cds.env.requires.messaging) return
    for (const [api, events] of Object.entries(EVENTS_BY_API)) {
      const remote = await s4.api(api)
      for (const event of events) {
        const type = (remote as any).model?.definitions?.[`${api}.${event}`]?.['@topic'] as string | undefined
        remote.on(event, (msg: any) => this.receive(event, msg, type))
      }
    }
  }

  async receive(event: string, msg: { data: unknown; headers?: Record<string, unknown> }, topic?: string): Promise<void> {
    const problem = checkEvent(event, msg.headers, msg.data, topic)
    if (problem)
      return logEvent(
        msg.headers?.id as string | undefined,
        'warn',
        `event refused and acknowledged (${event}, id ${String(msg.headers?.id ?? '-')}): ${problem}`
      )
    const { id: eventId, source, type } = msg.headers as Record<string, string>
    const entry = { ID: cds.utils.uuid(), eventId, source, type, data: JSON.stringify(msg.data), receivedAt: new Date().toISOString() }
    // committed (together with the events arriving meanwhile) before the broker gets its acknowledgement
    if (!(await this.inbox.add(entry))) return logEvent(eventId, 'info', `duplicate event ${eventId} from ${source}: already in the inbox`)
    this.batches.add(entry) // processed in the next batch
  }

  /** Processing by business key: re-read the current documents, so repeats and reordering converge. */
  processing(): void {
    // the fast path: waiting inbox entries in batches, their documents read together (see srv/ingestion/inbox-processing.ts)
    this.batches = new InboxBatches(async (entries, error) => await this.handOver(entries, error))
    observeInbox()
    // one event, through the persistent queue: the safety net, retries and dead letters; admins may retry one
    this.on(processInbound, async req => {
      const { type = '', data: payload = '{}' } = req.data
      let prefetched: Prefetched | undefined
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
        const companyCode = (entry.type ?? '').includes('.businesspartner.')
          ? null
          : companyCodeOfKeys(keys, await companyCodesOfOrders(keys))
        await UPDATE(InboundEvents, entry.ID!).with({
          status: 'processed',
          processedAt: new Date().toISOString(),
          attempts: (entry.attempts ?? 0) + 1,
          businessKeys: keys.join(','),
          companyCode
        })
      } catch (e: any) {
        if (!(e instanceof s4.S4NotFound)) throw e // the queue retries, then keeps it as a dead letter
        logEvent(entry.eventId!, 'warn', `event ${entry.eventId} (${entry.type}) skipped: ${e.message}`)
        await UPDATE(InboundEvents, entry.ID!).with({
          status: 'skipped',
          processedAt: new Date().toISOString(),
          attempts: (entry.attempts ?? 0) + 1,
          lastError: e.message
        })
      }
    })
  }

  /** The S/4HANA reads of an event (documents, unknown suppliers), done before the database is touched. */
  async prefetch(type: string, data: Record<string, string>): Promise<Prefetched | undefined> {
    if (type.includes('.businesspartner.')) return undefined
    const documents = await s4.readPurchaseOrders(await s4.ordersOfEvent(type, data))
    const suppliers = await sync.prefetchSuppliers([...documents.values()].filter((d): d is PurchaseOrderDocuments => d !== undefined))
    return { documents, suppliers }
  }

  async process(type: string, data: Record<string, string>, eventId: string, prefetched?: Prefetched): Promise<string[]> {
    if (type.includes('.businesspartner.')) {
      await sync.syncSupplier(data.BusinessPartner)
      return [data.BusinessPartner]
    }
    const orders = prefetched ? [...prefetched.documents.keys()] : await s4.ordersOfEvent(type, data)
    for (const po of orders) {
      if (prefetched) await sync.applyPurchaseOrder(po, prefetched.documents.get(po), eventId, prefetched.suppliers)
      else await sync.syncPurchaseOrder(po, eventId)
    }
    return orders
  }

  /** What events missed, reconciliation finds: on a schedule (scope3.reconciliation.every) and on demand. */
  reconciliation(): void {
    this.on(reconcile, req => {
      if (req.http) return reconciliation.reconcile('admin')
      // the queue holds its transaction while a task runs; the run opens its own transactions, so it runs detached
      cds.spawn({}, () => reconciliation.reconcile('schedule'))
    })
    const every = settings().reconciliation.every
    if (every) cds.once('served', () => (this.schedule(reconcile) as any).after(every).every(every).asTask('reconcile'))
  }

  /**
   * Entries the batch processing could not process go to CAP's persistent queue, event by event, with retries and
   * then a dead letter. Type and data travel with the task, so that it reads S/4HANA before it opens the database.
   */
  async handOver(entries: Array<{ ID: string; type: string; data: string }>, error: Error): Promise<void> {
    await privileged(async () => {
      // one attempt is behind them: the batches leave them to the queue from now on
      await UPDATE(InboundEvents)
        .set({ attempts: 1, lastError: String(error.message).slice(0, 1000) })
        .where({ ID: { in: entries.map(e => e.ID) }, status: 'received' })
      for (const { ID, type, data } of entries) await (this.schedule(processInbound, { ID, type, data }) as any).asTask(taskOf(ID))
    })
  }

  /** After a crash or restart, inbox entries whose processing did not finish are processed (inbox and queue keep them). */
  recovery(): void {
    // not awaited: start-up does not wait for the backlog
    cds.once('served', () => {
      this.batches.trigger()
      void cds.queued(this).flush()
    })
    // the safety net: whatever the batches left waiting (e.g. their hand-over failed) goes to the queue
    const every: number = (cds.utils as any).ms4(HAND_OVER_AFTER)
    const timer = setInterval(() => {
      this.sweep(every).catch(e => LOG.error('inbox sweep failed:', e))
    }, every).unref()
    cds.once('shutdown', () => clearInterval(timer))
  }

  async sweep(olderThanMs: number): Promise<void> {
    const before = new Date(Date.now() - olderThanMs).toISOString()
    const waiting = (await privileged(
      async () =>
        await SELECT.from(InboundEvents)
          .columns('ID', 'type', 'data')
          .where({ status: 'received', attempts: 0, receivedAt: { '<': before } })
          .limit(1000)
    )) as any[]
    if (!waiting.length) return
    LOG.warn(`${waiting.length} inbound events waited longer than ${HAND_OVER_AFTER}: handed to the queue`)
    await this.handOver(waiting, new Error(`not processed within ${HAND_OVER_AFTER}`))
  }

  /** Admins bring one purchase order up to date on demand. */
  synchronisation(): void {
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
