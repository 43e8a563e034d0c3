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
/** CPU seconds (user + system) a process has used so far */
const cpuSeconds = (pid: number): number =>
  readFileSync(`/proc/${pid}/stat`, 'utf8')
    .split(') ')[1]
    .split(' ')
    .slice(11, 13)
    .reduce((sum, ticks) => sum + Number(ticks), 0) / 100
const percentile = (sorted: number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]

async function main(): Promise<void> {
  console.log(
    `machine: ${os.cpus().length} x ${os.cpus()[0].model}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node.js ${process.version}`
  )
  const profile = process.env.BENCH_PROFILE // a folder: CPU profiles of the app and the mock go there
  const mock = await startMockS4({
    port: 4700,
    messaging: 'redis-messaging',
    purchaseOrders: COUNT,
    itemsPerOrder: 5,
    nodeArgs: profile ? ['--cpu-prof', `--cpu-prof-dir=${profile}/mock`] : []
  })
  const app = await startApp(
    4701,
    {},
    { CDS_ENV: 'redis,test', destinations: JSON.stringify([{ name: 'S4HANA', url: mock.url }]) },
    profile ? ['--cpu-prof', `--cpu-prof-dir=${profile}/app`] : []
  ).catch(async e => {
    await mock.stop()
    throw e
  })
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
    const cpu = { app: cpuSeconds(app.process.pid!), mock: cpuSeconds(mock.process.pid!) }
    const started = Date.now()
    const { sent, seconds } = await mock.post('/mock/publish-orders', { count: COUNT, perSecond: RATE })
    // light polling (a count), so that the benchmark does not load the app it measures; the rows once at the end
    while (Date.now() - started < 600000) {
      if (Number(await app.get("/odata/v4/ingestion/InboundEvents/$count?$filter=status ne 'received'")) >= COUNT) break
      await new Promise(resolve => setTimeout(resolve, 250))
    }
    const processed: any[] = []
    for (let page: any[] = []; processed.length === 0 || page.length === 1000;) {
      // the service pages at 1,000 rows
      page = (
        await app.get(
          `/odata/v4/ingestion/InboundEvents?$select=eventId,processedAt,status&$filter=status ne 'received'&$orderby=ID&$top=1000&$skip=${processed.length}`
        )
      ).value
      processed.push(...page)
      if (!page.length) break
    }
    const finished = Math.max(...processed.map((e: any) => Date.parse(e.processedAt)))
    done = true
    await sampler
    const latencies = processed
      .filter((e: any) => sent[e.eventId])
      .map((e: any) => (Date.parse(e.processedAt) - sent[e.eventId]) as number)
      .sort((a: number, b: number) => a - b)
    const attributions = await app.get('/odata/v4/accounting/CurrentAttributions/$count')
    console.log(`published ${COUNT} PO events (5 items each) at ${RATE}/s target, ${(COUNT / seconds).toFixed(0)}/s achieved`)
    console.log(
      `processed ${processed.length} in ${((finished - started) / 1000).toFixed(1)} s: sustained ${(processed.length / ((finished - started) / 1000)).toFixed(0)} events/s, ${attributions} current attributions`
    )
    console.log(
      `latency published → processed: median ${percentile(latencies, 0.5)} ms, p95 ${percentile(latencies, 0.95)} ms, max ${latencies.at(-1)} ms`
    )
    console.log(
      `CPU used meanwhile: app ${(cpuSeconds(app.process.pid!) - cpu.app).toFixed(1)} s, mock S/4HANA ${(cpuSeconds(mock.process.pid!) - cpu.mock).toFixed(1)} s (of ${os.cpus().length} cores)`
    )
    console.log(
      `largest inbox backlog ${backlog} events; app RSS peak ${peakRss.toFixed(0)} MB, at the end ${rssMb(app.process.pid!).toFixed(0)} MB`
    )
  } finally {
    await app.kill('SIGTERM')
    await mock.stop()
  }
}

main().catch(e => {
  console.error(e)
  process.exit(1)
})
