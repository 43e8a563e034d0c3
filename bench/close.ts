/**
 * `npm run bench:close` (`BENCH_LINES`, default 100,000): the close of a period with many activity lines, in
 * process on in-memory SQLite (`BENCH_DB=file`: a new database file in the temp folder; or a file's path, recreated) with the
 * factor library loaded. Seeds the lines (copies of the demo purchase-order lines), attributes
 * them, then times the close job (recompute of unchanged lines + snapshot + lock) and the inventory report of the
 * year; prints the figures and the peak memory of the whole run and of the close alone. Asserts nothing.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { seedPurchaseOrderLines } from './seed'

process.env.CDS_ENV = 'test'
process.env.CDS_TYPESCRIPT = 'true'
const LINES = Number(process.env.BENCH_LINES ?? 100000)
const DB = process.env.BENCH_DB === 'file' ? path.join(os.tmpdir(), `scope3-bench-close-${process.pid}.sqlite`) : process.env.BENCH_DB ?? ':memory:'
const PERIOD = { companyCode_code: '1010', fiscalYear: 2026, fiscalPeriod: 12 }

async function main (): Promise<void> {
  const cds = (await import('@sap/cds')).default as any
  cds.root = path.join(__dirname, '..')
  console.log(`machine: ${os.cpus().length} x ${os.cpus()[0].model}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node.js ${process.version}; ${LINES.toLocaleString('en')} lines, database ${DB}`)
  let peak = 0
  const sampler = setInterval(() => { peak = Math.max(peak, process.memoryUsage().rss) }, 100)
  if (DB !== ':memory:') {
    fs.rmSync(DB, { force: true })
    cds.env.requires.db.credentials.url = DB
    await cds.deploy('*').to(`sqlite:${DB}`)
  }
  const { url } = await cds.exec(...(DB === ':memory:' ? ['--in-memory?'] : []), '--port', '0')
  const auth = `Basic ${Buffer.from('alice:').toString('base64')}`
  const call = async (method: string, p: string, body?: unknown): Promise<any> => {
    const res = await fetch(url + p, { method, headers: { authorization: auth, 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) })
    const text = await res.text()
    if (res.status >= 400) throw new Error(`${method} ${p}: ${res.status} ${text}`)
    return text ? JSON.parse(text) : undefined
  }
  const { Activities } = cds.entities('scope3')
  let t = performance.now()
  await seedPurchaseOrderLines(cds, LINES, { ...PERIOD, postingDate: '2026-12-15' })
  console.log(`seeded ${LINES.toLocaleString('en')} activity lines in ${((performance.now() - t) / 1000).toFixed(1)} s`)
  const { recompute } = require('../srv/attribution-runner') as typeof import('../srv/attribution-runner')
  const ids = (await SELECT.from(Activities).columns('ID').where(PERIOD)).map((a: any) => a.ID)
  t = performance.now()
  for (let i = 0; i < ids.length; i += 5000) await cds.tx({ user: new cds.User.Privileged() }, () => recompute(ids.slice(i, i + 5000)))
  console.log(`first attribution of the lines: ${((performance.now() - t) / 1000).toFixed(1)} s`)
  await call('POST', '/odata/v4/period-close/FiscalPeriods', PERIOD)
  const P = `/odata/v4/period-close/FiscalPeriods(companyCode_code='1010',fiscalYear=2026,fiscalPeriod=12)`
  const checks = (await call('GET', `${P}/runChecks()`)).value.filter((c: any) => !c.passed).map((c: any) => ({ check: c.check, reason: 'benchmark' }))
  const peakBefore = peak
  peak = process.memoryUsage().rss
  t = performance.now()
  const job = await call('POST', `${P}/close`, { waivers: checks })
  let state = job
  while (state.status === 'running') {
    await new Promise(resolve => setTimeout(resolve, 100))
    state = await call('GET', `/odata/v4/period-close/PeriodJobs(${job.ID as string})`)
  }
  console.log(`close (recompute of unchanged lines + snapshot + lock): ${((performance.now() - t) / 1000).toFixed(1)} s, ${state.status as string}: ${state.message as string}`)
  const runs: number[] = []
  for (let i = 0; i < 5; i++) {
    t = performance.now()
    await call('GET', '/odata/v4/inventory/Inventory?$filter=reportingYear eq 2026')
    runs.push(performance.now() - t)
  }
  console.log(`inventory report of the year: median ${runs.sort((a, b) => a - b)[2].toFixed(0)} ms over 5 calls`)
  clearInterval(sampler)
  console.log(`peak RSS: close and report ${(peak / 2 ** 20).toFixed(0)} MB, whole run ${(Math.max(peak, peakBefore) / 2 ** 20).toFixed(0)} MB`)
  await cds.shutdown()
  if (process.env.BENCH_DB === 'file') fs.rmSync(DB, { force: true })
  process.exit(0)
}

main().catch(e => { console.error(e); process.exit(1) })
