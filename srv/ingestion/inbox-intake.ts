import { InboundEvents, type InboundEvent } from '#cds-models/scope3'
import { insertRows, isUniqueViolation, privileged } from '../common/database'
import type { Row } from '../common/model-types'

/** an S/4HANA event as the inbox stores it on receipt */
export type Received = Row<InboundEvent, 'ID' | 'eventId' | 'source' | 'type' | 'data' | 'receivedAt'>
interface Waiting {
  entry: Received
  done: (inserted: boolean) => void
  failed: (e: unknown) => void
}

/** the events that arrive while one insert runs go into the next one together, up to this many */
const GROUP = 500

/**
 * Group commit of the inbox. Each received event's handler waits until its entry is committed (the broker's
 * acknowledgement follows that, so nothing acknowledged is lost), but the events that arrive while one insert runs
 * are inserted together in the next transaction: at hundreds of events a second, a transaction per event cost more
 * than the rest of the event's processing. A single event waits for no one.
 */
export class InboxWriter {
  private readonly waiting: Waiting[] = []
  private running = false

  /** Resolves true once the entry is committed, false if the inbox has that event already (same source and id). */
  async add(entry: Received): Promise<boolean> {
    return await new Promise((resolve, reject) => {
      this.waiting.push({ entry, done: resolve, failed: reject })
      this.trigger()
    })
  }

  private trigger(): void {
    if (this.running) return
    this.running = true
    // the events of the same turn of the event loop join the first one
    setImmediate(() => {
      void this.drain().finally(() => {
        this.running = false
        if (this.waiting.length) this.trigger()
      })
    })
  }

  private async drain(): Promise<void> {
    while (this.waiting.length) {
      const group = this.waiting.splice(0, GROUP)
      try {
        settle(group, await insertNew(group.map(w => w.entry)))
      } catch (e) {
        if (!isUniqueViolation(e)) {
          for (const w of group) w.failed(e)
          continue
        }
        // another instance stored one of them in between: each on its own, so that the others are not refused with it;
        // alone, a unique violation means that another instance has just stored this one
        for (const w of group)
          await insertNew([w.entry]).then(
            inserted => settle([w], inserted),
            f => (isUniqueViolation(f) ? w.done(false) : w.failed(f))
          )
      }
    }
  }
}

function settle(group: Waiting[], inserted: Set<string>): void {
  for (const w of group) w.done(inserted.has(w.entry.ID))
}

/** Inserts the entries whose event the inbox does not have yet (nor the group twice), in one transaction; returns their IDs. */
async function insertNew(entries: Received[]): Promise<Set<string>> {
  return await privileged(async () => {
    const keyOf = (e: { source?: string | null; eventId?: string | null }): string => `${e.source ?? ''}\n${e.eventId ?? ''}`
    const known = new Set(
      (
        await SELECT.from(InboundEvents)
          .columns('source', 'eventId')
          .where({
            source: { in: [...new Set(entries.map(e => e.source))] },
            eventId: { in: entries.map(e => e.eventId) }
          })
      ).map(keyOf)
    )
    const fresh: Received[] = []
    for (const e of entries)
      if (!known.has(keyOf(e))) {
        known.add(keyOf(e))
        fresh.push(e)
      }
    await insertRows(
      InboundEvents,
      fresh.map(e => ({ ...e, status: 'received', attempts: 0 }))
    )
    return new Set(fresh.map(e => e.ID))
  })
}
