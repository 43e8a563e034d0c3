/**
 * `npm run bench:ingestion`: end-to-end from a purchase-order event published to its attributions stored, against
 * the mock S/4HANA on this machine, through Redis (the real broker). Publishes PO events (5 items each) at a
 * steady rate, then reports the latency (published → inbox entry processed), the sustained rate, the largest
 * inbox backlog and the app's memory. Prints figures; asserts nothing.
 */
import os from 'node:os'
import { readFileSync } from 'node:fs'
import { startMockS4 } from '../test/helpers/s4-mock'
import { startApp } from '../test/helpers/app-process'

const COUNT = Number(process.env.BENCH_ORDERS ?? 1000)
const RATE = Number(process.env.BENCH_RATE ?? 200)

const rssMb = (pid: number): number => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) / 1024
const percentile = (sorted: number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]

async function main (): Promise<void> {
  console.log(`machine: ${os.cpus().length} x ${os.cpus()[0].model}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node.js ${process.version}`)
  const mock = await startMockS4({ port: 4700, messaging: 'redis-messaging', purchaseOrders: COUNT, itemsPerOrder: 5 })
  const app = await startApp(4701, {}, { CDS_ENV: 'redis,test', destinations: JSON.stringify([{ name: 'S4HANA', url: mock.url }]) }, process.env.BENCH_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE}`] : [])
  try {
    let backlog = 0
    let peakRss = 0
    let done = false
    const sampler = (async () => {
      while (!done) {
        const waiting = await app.get("/odata/v4/ingestion/InboundEvents/$count?$filter=status eq 'received'").catch(() => 0)
        backlog = Math.max(backlog, Number(waiting))
        peakRss = Math.max(peakRss, rssMb(app.process.pid!))
        await new Promise(resolve => setTimeout(resolve, 250))
      }
    })()
    const started = Date.now()
    const { sent, seconds } = await mock.post('/mock/publish-orders', { count: COUNT, perSecond: RATE })
    let processed: any[] = []
    while (Date.now() - started < 600000) {
      const { value } = await app.get(`/odata/v4/ingestion/InboundEvents?$select=eventId,processedAt,status&$filter=status ne 'received'&$top=${COUNT * 2}`)
      processed = value
      if (processed.length >= COUNT) break
      await new Promise(resolve => setTimeout(resolve, 250))
    }
    const finished = Math.max(...processed.map(e => Date.parse(e.processedAt)))
    done = true
    await sampler
    const latencies = processed.filter(e => sent[e.eventId]).map(e => Date.parse(e.processedAt) - sent[e.eventId]).sort((a, b) => a - b)
    const attributions = await app.get('/odata/v4/accounting/CurrentAttributions/$count')
    console.log(`published ${COUNT} PO events (5 items each) at ${RATE}/s target, ${(COUNT / seconds).toFixed(0)}/s achieved`)
    console.log(`processed ${processed.length} in ${((finished - started) / 1000).toFixed(1)} s: sustained ${(processed.length / ((finished - started) / 1000)).toFixed(0)} events/s, ${attributions} current attributions`)
    console.log(`latency published → processed: median ${percentile(latencies, 0.5)} ms, p95 ${percentile(latencies, 0.95)} ms, max ${latencies.at(-1)} ms`)
    console.log(`largest inbox backlog ${backlog} events; app RSS peak ${peakRss.toFixed(0)} MB, at the end ${rssMb(app.process.pid!).toFixed(0)} MB`)
  } finally {
    await app.kill('SIGTERM')
    await mock.stop()
  }
}

main().catch(e => { console.error(e); process.exit(1) })
