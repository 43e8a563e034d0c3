/**
 * OpenTelemetry for the inbox (@cap-js/telemetry sets up the SDK and exports: console in development, OTLP in
 * production). CAP's own spans cover each service call, query and S/4HANA request; the inbox processes events in
 * batches outside any request, so each batch gets a span of its own that those calls nest in, carrying the
 * CloudEvents ids of its events: one event's way (inbox, S/4HANA reads, attribution, storage) is the trace whose
 * `scope3.event_ids` hold its id. Metrics: inbox depth, dead letters, processing latency, hand-overs to the queue.
 * Without the plugin (tests, NO_TELEMETRY) the API is a no-op. Log lines about one event carry its CloudEvents id as
 * their correlation id (`logEvent`).
 */
import cds from '@sap/cds'
import { context, metrics, trace, SpanStatusCode, type Span } from '@opentelemetry/api'
import { InboundEvents } from '#cds-models/scope3'
import { privileged } from '../common/database'

// (asked for when used: the plugin registers the SDK's providers as the server starts, after this module loads)
const tracer = (): ReturnType<typeof trace.getTracer> => trace.getTracer('scope3-s4.inbox')
const meter = metrics.getMeter('scope3-s4.inbox')

const LOG = cds.log('ingestion')

/**
 * A log line about one S/4HANA event under that event's correlation id, its CloudEvents id: `correlation_id` of the
 * JSON log line in production, the id that the batch span's `scope3.event_ids` hold. (The line is written in a
 * nested context; the caller's context and transaction stay as they are.)
 */
export function logEvent(eventId: string | undefined, level: 'info' | 'warn' | 'error', message: string): void {
  if (!eventId) {
    LOG[level](message)
    return
  }
  const outer = cds.context
  // REVISIT: cds._with(context, fn) is what `cds.context = ...` uses, scoped to fn; CAP has no public API for it
  ;(cds as any)._with(new cds.EventContext({ id: eventId, tenant: outer?.tenant, user: outer?.user } as any), () => LOG[level](message))
}

/** seconds from an event's receipt to its processing */
const latency = meter.createHistogram('scope3.inbox.latency', {
  unit: 's',
  description: 'from the receipt of an S/4HANA event to its processing'
})
/** batches that failed and went to the persistent queue, event by event (retries follow there) */
const handOvers = meter.createCounter('scope3.inbox.handovers', {
  description: 'inbound events handed to the persistent queue for retries'
})

let observing = false
/** inbox depth and dead letters, read from the database at each export (every instance reports the shared figures) */
export function observeInbox(): void {
  if (observing) return
  observing = true
  const maxAttempts = Number(cds.env.requires.queue?.maxAttempts ?? 20)
  meter
    .createObservableGauge('scope3.inbox.depth', { description: 'S/4HANA events received and not yet processed' })
    .addCallback(async result => {
      result.observe(await countOf(InboundEvents, { status: 'received' }))
    })
  meter
    .createObservableGauge('scope3.inbox.dead_letters', { description: 'inbound events the queue gave up on' })
    .addCallback(async result => {
      result.observe(await countOf('cds.outbox.Messages', { attempts: { '>=': maxAttempts } }))
    })
}

const countOf = async (entity: any, where: object): Promise<number> =>
  await privileged(async () => Number(((await SELECT.one.from(entity).columns('count(1) as n').where(where)) as any)?.n ?? 0)).catch(
    () => 0
  )

/** a span for one batch of inbound events; `run` calls nest in it */
export function batchSpan(events: Array<{ eventId: string; type: string }>): {
  run: <T>(fn: () => Promise<T>) => Promise<T>
  end: (error?: Error) => void
} {
  // a trace of its own: the batch is not part of whichever event's delivery started it
  const span: Span = tracer().startSpan('inbox batch', {
    root: true,
    attributes: {
      'scope3.event_ids': events.map(e => e.eventId),
      'scope3.event_types': [...new Set(events.map(e => e.type))],
      'scope3.batch_size': events.length
    }
  })
  const active = trace.setSpan(context.active(), span)
  return {
    run: async fn => await context.with(active, fn),
    end: error => {
      if (error) {
        span.recordException(error)
        span.setStatus({ code: SpanStatusCode.ERROR, message: error.message })
      }
      span.end()
    }
  }
}

export function recordProcessed(receivedAt: string | undefined, at = Date.now()): void {
  if (receivedAt) latency.record(Math.max(0, (at - Date.parse(receivedAt)) / 1000))
}

export function recordHandOver(count: number): void {
  handOvers.add(count)
}
