import cds from '@sap/cds'
import { expect } from 'chai'
import http from 'node:http'
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { startMockS4, type MockS4 } from '../helpers/s4-mock'
import { deployTo, startApp, eventually, type AppProcess } from '../helpers/app-process'
import { freePort } from '../helpers/services'

const PO_CREATED = 'sap.s4.beh.purchaseorder.v1.PurchaseOrder.Created.v1'

/**
 * The production profile's telemetry (@cap-js/telemetry, `telemetry-to-otlp`) exported over OTLP/HTTP to a
 * collector this test stands in for: one S/4HANA event is found by its CloudEvents id in a trace that holds its
 * S/4HANA reads and the writes of its attributions; the inbox metrics arrive.
 */
describe('Telemetry: one S/4HANA event followed through inbox, S/4HANA reads, attribution and storage', function () {
  this.timeout(180000)
  const dir = mkdtempSync(path.join(os.tmpdir(), 'scope3-otel-'))
  let mockPort: number
  const box = path.join(dir, 'messages')
  const received: Array<{ url: string; body: any }> = []
  let collector: http.Server
  let mock: MockS4
  let app: AppProcess

  before(async () => {
    collector = http.createServer((req, res) => {
      let text = ''
      req.on('data', chunk => {
        text += String(chunk)
      })
      req.on('end', () => {
        received.push({ url: req.url ?? '', body: JSON.parse(text || '{}') })
        res.setHeader('content-type', 'application/json')
        res.end('{}')
      })
    })
    await new Promise<void>(resolve => collector.listen(0, '127.0.0.1', resolve))
    deployTo(path.join(dir, 'app.sqlite'))
    mockPort = await freePort()
    mock = await startMockS4({ port: mockPort, purchaseOrders: 5 })
    app = await startApp(
      await freePort(),
      {
        requires: {
          db: { kind: 'sqlite', credentials: { url: path.join(dir, 'app.sqlite') } },
          messaging: { kind: 'file-based-messaging', format: 'cloudevents', file: box },
          // outside production the plugin exports span by span (SimpleSpanProcessor): allow as many at once as come
          telemetry: {
            kind: 'telemetry-to-otlp',
            tracing: {
              exporter: {
                module: '@opentelemetry/exporter-trace-otlp-http',
                class: 'OTLPTraceExporter',
                config: { concurrencyLimit: 100000 }
              }
            },
            metrics: { config: { exportIntervalMillis: 1000 } }
          }
        }
      },
      {
        NO_TELEMETRY: 'false',
        destinations: JSON.stringify([{ name: 'S4HANA', url: `http://localhost:${mockPort}` }]),
        OTEL_EXPORTER_OTLP_ENDPOINT: `http://127.0.0.1:${(collector.address() as any).port as number}`,
        OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json',
        OTEL_BSP_SCHEDULE_DELAY: '200'
      }
    )
  })
  after(async () => {
    await app?.kill()
    await mock?.stop()
    collector?.close()
    rmSync(dir, { recursive: true, force: true })
  })

  const spans = (): any[] =>
    received
      .filter(r => r.url === '/v1/traces')
      .flatMap(r => r.body.resourceSpans.flatMap((rs: any) => rs.scopeSpans.flatMap((ss: any) => ss.spans)))
  const attribute = (span: any, key: string): any => span.attributes?.find((a: any) => a.key === key)?.value
  const metricNames = (): Set<string> =>
    new Set(
      received
        .filter(r => r.url === '/v1/metrics')
        .flatMap(r => r.body.resourceMetrics.flatMap((rm: any) => rm.scopeMetrics.flatMap((sm: any) => sm.metrics.map((m: any) => m.name))))
    )

  it('exports a trace per inbox batch that holds the event id, its S/4HANA reads and its database writes', async () => {
    const broker = await cds.connect.to('telemetry-broker', {
      kind: 'file-based-messaging',
      format: 'cloudevents',
      file: box,
      outboxed: false
    } as any)
    await broker.emit({
      event: PO_CREATED,
      data: { PurchaseOrder: '4500000001' },
      headers: { id: 'otel-1', source: '/default/sap.s4.beh/MOCKS4', type: PO_CREATED }
    } as any)
    await eventually(
      async () => (await app.get("/odata/v4/ingestion/InboundEvents?$filter=eventId eq 'otel-1'")).value?.[0]?.status === 'processed',
      60000,
      'the event processed'
    )
    const batch = await eventually(
      async () =>
        spans().find(
          s =>
            s.name === 'inbox batch' && attribute(s, 'scope3.event_ids')?.arrayValue?.values?.some((v: any) => v.stringValue === 'otel-1')
        ),
      30000,
      'the span of the batch'
    ).catch(e => {
      throw new Error(
        `${(e as Error).message}; spans: ${[
          ...new Set(
            spans()
              .map(s => String(s.name))
              .filter(n => !/^(@cap-js|db - )/.test(n))
          )
        ]
          .join(' | ')
          .slice(0, 1500)}`
      )
    })
    const trace = await eventually(
      async () => {
        const inTrace = spans().filter(s => s.traceId === batch.traceId)
        const names = inTrace.map(s => String(s.name))
        return (
          names.some(n => n.includes('API_PURCHASEORDER_PROCESS_SRV - READ')) &&
          names.some(n => /CREATE scope3\.Attributions|INSERT scope3\.Attributions/.test(n)) &&
          inTrace
        )
      },
      30000,
      "S/4HANA reads and attribution writes in the batch's trace"
    )
    const names = (trace as any[]).map((s: any) => String(s.name))
    expect(names).to.include.members(['inbox batch'])
    expect(names.some((n: string) => n.includes('API_MATERIAL_DOCUMENT_SRV - READ'))).to.equal(true)
    expect(names.some((n: string) => /scope3\.Activities/.test(n))).to.equal(true)
    // every span of the trace hangs below the batch
    const ids = new Set((trace as any[]).map((s: any) => s.spanId))
    for (const s of trace as any[]) if (s !== batch) expect(ids.has(s.parentSpanId), String(s.name)).to.equal(true)
  })

  it('exports the inbox metrics: depth, dead letters and processing latency', async () => {
    await eventually(
      async () => {
        const names = metricNames()
        return ['scope3.inbox.depth', 'scope3.inbox.dead_letters', 'scope3.inbox.latency'].every(n => names.has(n))
      },
      30000,
      'the inbox metrics'
    ).catch(e => {
      throw new Error(`${(e as Error).message}; metrics: ${[...metricNames()].join(', ')}`)
    })
    const latest = (name: string): any =>
      received
        .filter(r => r.url === '/v1/metrics')
        .flatMap(r => r.body.resourceMetrics.flatMap((rm: any) => rm.scopeMetrics.flatMap((sm: any) => sm.metrics)))
        .filter((m: any) => m.name === name)
        .at(-1)
    // the processed event was measured; nothing waits and nothing is dead
    expect(Number(latest('scope3.inbox.latency').histogram.dataPoints[0].count)).to.be.at.least(1)
    const gauge = (name: string): unknown => {
      const point = latest(name).gauge.dataPoints[0]
      return point.asInt ?? point.asDouble
    }
    expect(gauge('scope3.inbox.depth')).to.not.equal(undefined)
    expect(Number(gauge('scope3.inbox.depth'))).to.equal(0)
    expect(Number(gauge('scope3.inbox.dead_letters'))).to.equal(0)
  })
})
