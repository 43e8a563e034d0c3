import cds from '@sap/cds'
import { InboundEvents, type InboundEvent } from '#cds-models/scope3'
import * as s4 from './s4-client'
import { privileged } from '../common/database'
import * as sync from './purchase-order-sync'
import { companyCodeOfKeys, companyCodesOfOrders } from '../attribution/purchase-order-totals'
import { type PurchaseOrderDocuments } from '../lib/ingestion/s4-mapping'
import { batchSpan, logEvent, recordHandOver, recordProcessed } from './inbox-telemetry'
import { settings } from '../common/settings'
import type { Row } from '../common/model-types'

const LOG = cds.log('ingestion')

type Entry = Row<InboundEvent, 'ID' | 'eventId' | 'type' | 'data'> & { receivedAt?: string }
type Partner = Awaited<ReturnType<typeof s4.readBusinessPartner>>
interface Reads {
  orders: Map<string, string[]>
  partners: Map<string, Partner>
  documents: Map<string, PurchaseOrderDocuments | undefined>
  suppliers: Map<string, Partner>
  ms: number
}

/**
 * The fast path of the inbox. CAP's persistent queue handles one event at a time, and each event costs several
 * S/4HANA reads; here the waiting entries are taken in batches: the documents of all their purchase orders are read
 * together (a handful of OData requests per batch, before the database is touched), then one transaction claims the
 * entries that are still waiting, applies the orders set-based and marks the entries.
 * A batch that fails (S/4HANA down, a database error) is handed to the queue event by event, which retries each and
 * keeps those that keep failing as dead letters.
 * One batch runs at a time per instance; across instances the claim (select for update on status `received`)
 * keeps an entry from being processed twice.
 */
export class InboxBatches {
  /** entries this instance received and has not taken into a batch yet */
  private readonly pending: Entry[] = []
  /** entries in a batch now: not taken again from the database */
  private readonly inFlight = new Set<string>()
  private running = false
  private again = false

  constructor(
    private readonly handOver: (entries: Entry[], error: Error) => Promise<void>,
    private readonly size: number = settings().inbox.batchSize
  ) {}

  /** An entry was received (its transaction committed): process it with the next batch. */
  add(entry: Entry): void {
    this.pending.push(entry)
    this.trigger()
  }

  /** Something arrived (or the app started): process what waits, now or right after the running batch. */
  trigger(): void {
    if (this.running) {
      this.again = true
      return
    }
    this.running = true
    this.drain()
      .catch(e => LOG.error('inbox batch processing stopped:', e))
      .finally(() => {
        this.running = false
      })
  }

  /**
   * Two stages: while one batch writes to the database, the next one reads S/4HANA. Batches come from what this
   * instance received; when none is pending, from the database (entries received before a restart or by another
   * instance). Entries with an attempt behind them belong to the queue.
   */
  private async drain(): Promise<void> {
    let writing: Promise<void> = Promise.resolve()
    do {
      this.again = false
      let entries = this.pending.splice(0, this.size)
      if (!entries.length) {
        await writing
        entries = (
          (await privileged(() =>
            SELECT.from(InboundEvents)
              .columns('ID', 'eventId', 'type', 'data', 'receivedAt')
              .where({ status: 'received', attempts: 0 })
              .orderBy('receivedAt', 'ID')
              .limit(this.size + this.inFlight.size)
          )) as unknown as Entry[]
        )
          .filter(e => !this.inFlight.has(e.ID))
          .slice(0, this.size)
      }
      if (!entries.length) break
      for (const e of entries) this.inFlight.add(e.ID)
      const release = (): void => {
        for (const e of entries) this.inFlight.delete(e.ID)
      }
      const span = batchSpan(entries)
      const failed = async (e: any): Promise<void> => {
        LOG.warn(`batch of ${entries.length} inbound events handed to the queue event by event: ${e.message}`)
        for (const { eventId, type } of entries) logEvent(eventId, 'warn', `event ${eventId} (${type}) handed to the queue: ${e.message}`)
        recordHandOver(entries.length)
        span.end(e)
        await this.handOver(entries, e)
      }
      const read = await span
        .run(async () => await this.read(entries))
        .catch(async e => {
          await failed(e)
          release()
        })
      if (read) {
        await writing // one writer at a time
        writing = span
          .run(async () => {
            await this.write(entries, read)
            span.end()
          })
          .catch(failed)
          .finally(release)
      }
      if (entries.length === this.size || this.pending.length) this.again = true
    } while (this.again)
    await writing
  }

  /** S/4HANA first, before the database is touched: which orders each event is about, then all of their documents at once. */
  private async read(entries: Entry[]): Promise<Reads> {
    const started = Date.now()
    const orders = new Map<string, string[]>()
    const partners = new Map<string, Partner>()
    await Promise.all(
      entries.map(async ({ ID, type, data }) => {
        const key = JSON.parse(data ?? '{}')
        if (type.includes('.businesspartner.')) partners.set(key.BusinessPartner, await s4.readBusinessPartner(key.BusinessPartner))
        else orders.set(ID, await s4.ordersOfEvent(type, key))
      })
    )
    const documents = await s4.readPurchaseOrders([...orders.values()].flat())
    const suppliers = await sync.prefetchSuppliers([...documents.values()].filter((d): d is PurchaseOrderDocuments => d !== undefined))
    return { orders, partners, documents, suppliers, ms: Date.now() - started }
  }

  /** One transaction: claims the entries still waiting, applies their orders set-based, marks them. */
  private async write(entries: Entry[], { orders, partners, documents, suppliers, ms }: Reads): Promise<void> {
    const started = Date.now()
    const done = await privileged(async () => {
      const waiting = new Set(
        (
          await SELECT.from(InboundEvents)
            .columns('ID')
            .where({ ID: { in: entries.map(e => e.ID) }, status: 'received' })
            .forUpdate()
        ).map(e => e.ID)
      )
      const claimed = entries.filter(e => waiting.has(e.ID))
      const apply = new Map<string, { purchaseOrder: string; docs: PurchaseOrderDocuments; eventId: string }>()
      for (const { ID, eventId } of claimed) {
        for (const po of orders.get(ID) ?? []) {
          const docs = documents.get(po)
          if (docs) apply.set(po, { purchaseOrder: po, docs, eventId })
        }
      }
      await sync.applyPurchaseOrders([...apply.values()], suppliers)
      for (const partner of partners.values()) if (partner) await sync.upsertSupplier(partner)
      const processedAt = new Date().toISOString()
      const companyCodes = await companyCodesOfOrders([...apply.keys()])
      const outcomes = claimed.map(({ ID, eventId, type, data }) => {
        const keys = type.includes('.businesspartner.') ? [JSON.parse(data).BusinessPartner] : orders.get(ID)!
        const partner = type.includes('.businesspartner.')
        const missing = partner ? !partners.get(keys[0]) : keys.length > 0 && keys.every(po => !documents.get(po))
        const reason = `${partner ? 'business partner' : 'purchase order'} ${keys.join(', ')} does not exist in S/4HANA`
        if (missing) logEvent(eventId, 'warn', `event ${eventId} (${type}) skipped: ${reason}`)
        return missing
          ? { ID, status: 'skipped' as const, processedAt, attempts: 1, lastError: reason, businessKeys: null, companyCode: null }
          : {
              ID,
              status: 'processed' as const,
              processedAt,
              attempts: 1,
              lastError: null,
              businessKeys: keys.join(','),
              companyCode: partner ? null : companyCodeOfKeys(keys, companyCodes)
            }
      })
      // the claimed entries exist (locked above): one statement updates them all
      if (outcomes.length) await UPSERT.into(InboundEvents).entries(outcomes)
      return claimed
    })
    for (const e of done) recordProcessed(e.receivedAt)
    LOG.debug(
      `inbox batch: ${entries.length} events, ${documents.size} purchase orders; S/4HANA reads ${ms} ms, database ${Date.now() - started} ms`
    )
  }
}
