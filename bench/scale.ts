/**
 * `npm run bench:scale` (`BENCH_LINES`, default 1,000,000; `BENCH_DB`: `file` for a new SQLite file in the temp
 * folder (default), `pg` for a new database on this machine's PostgreSQL server, dropped at the end): the app at
 * enterprise scale, in process. Seeds the purchase-order lines by SQL (copies of the demo lines, spread over the twelve
 * periods of 2026, quantities and amounts varied deterministically; not through the app), then times, each with its
 * peak RSS:
 * - the first attribution of every line (keyset pages of 5,000 lines, each recomputed in a transaction of its own, as
 *   the bulk paths of the app do),
 * - the recompute of every line after a factor change (a supplier PCF used by a tenth of the lines),
 * - the close of December (readiness checks waived, recompute of what is not current, snapshot, lock),
 * - the inventory report of the year,
 * - a full run of the data-quality agent,
 * - the first page of the purchase-order list in the OData API (`$top=50`, with `$count`).
 * The last line is exactly `scale: <N> lines, recompute <s> s (<lines/s> lines/s), peak RSS <MB> MB` (the recompute
 * after the factor change; the process's highest RSS, the kernel's high-water mark), for tools to read. A step's own
 * peak is sampled while it runs and at its end. Asserts nothing.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { appClient } from './http'
import { createPostgresDatabase, dropPostgresDatabase } from '../test/helpers/services'

const LINES = Number(process.env.BENCH_LINES ?? 1000000)
const PAGE = 5000
const PG = process.env.BENCH_DB === 'pg'
const DB = PG ? `scope3_bench_scale_${process.pid}` : path.join(os.tmpdir(), `scope3-bench-scale-${process.pid}.sqlite`)
process.env.CDS_ENV = PG ? 'pg,test' : 'test'
process.env.CDS_TYPESCRIPT = 'true'
process.env.NO_TELEMETRY = 'true'
process.env.CDS_PLUGIN_UI5_ACTIVE = 'false'
if (PG) process.env.CDS_CONFIG = JSON.stringify(createPostgresDatabase(path.join(__dirname, '..'), DB))
/** the factor the bench changes: Nordzement's PCF of its cement (rule PCF-CEMENT, a tenth of the demo lines) */
const CHANGED_FACTOR = 'DEMO-SUPPLIER-PCF/17300001-CEM-I-425'

async function main(): Promise<void> {
  const cds = (await import('@sap/cds')).default as any
  cds.root = path.join(__dirname, '..')
  console.log(
    `machine: ${os.cpus().length} x ${os.cpus()[0].model}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node.js ${process.version}; ${LINES.toLocaleString('en')} lines, ${PG ? 'PostgreSQL' : 'SQLite file'}`
  )
  let peak = 0
  let highest = 0
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss)
  }, 50)
  const mb = (bytes: number): string => (bytes / 2 ** 20).toFixed(0)
  /** one step: its time and the peak RSS while it ran */
  const step = async <T>(what: string, run: () => Promise<T>, detail: (r: T, s: number) => string = () => ''): Promise<number> => {
    peak = process.memoryUsage().rss
    const t = performance.now()
    const result = await run()
    const seconds = (performance.now() - t) / 1000
    // (also at the end: a step that holds the event loop, e.g. in SQLite, leaves the sampler no turn while it runs)
    peak = Math.max(peak, process.memoryUsage().rss)
    highest = Math.max(highest, peak)
    console.log(`${what}: ${seconds.toFixed(1)} s, peak RSS ${mb(peak)} MB${detail(result, seconds)}`)
    return seconds
  }
  if (!PG) {
    fs.rmSync(DB, { force: true })
    cds.env.requires.db.credentials.url = DB
    await cds.deploy('*').to(`sqlite:${DB}`)
  }
  const { url } = await cds.exec('--port', '0')
  const call = appClient(url)
  const { recompute } = require('../srv/attribution/attribute-lines') as typeof import('../srv/attribution/attribute-lines')
  const { runDataQuality } = require('../srv/quality/data-quality-agent') as typeof import('../srv/quality/data-quality-agent')
  const { Activities, EmissionFactors } = cds.entities('scope3')

  await step(
    'seed by SQL',
    async () => await cds.tx(async () => await seed(cds)),
    () => `, ${LINES.toLocaleString('en')} lines`
  )

  /** every seeded line through recompute, a keyset page of 5,000 per transaction */
  const recomputeAll = async (): Promise<{ created: number; unchanged: number; failed: number }> => {
    const sums = { created: 0, unchanged: 0, failed: 0 }
    let after = ''
    for (;;) {
      const ids = (
        await SELECT.from(Activities)
          .columns('ID')
          .where({ ID: { '>': after }, documentNumber: { like: '7%' } })
          .orderBy('ID')
          .limit(PAGE)
      ).map((a: any) => a.ID as string)
      if (!ids.length) return sums
      const report = await cds.tx({ user: new cds.User.Privileged() }, () => recompute(ids))
      sums.created += report.created
      sums.unchanged += report.unchanged
      sums.failed += report.failed
      after = ids[ids.length - 1]
    }
  }
  const rate = (s: number): number => Math.round(LINES / s)
  const summary = (r: { created: number; unchanged: number; failed: number }, s: number): string =>
    `, ${rate(s).toLocaleString('en')} lines/s; ${r.created.toLocaleString('en')} new, ${r.unchanged.toLocaleString('en')} unchanged, ${r.failed} failed`
  await step('first attribution', recomputeAll, summary)

  // a supplier's PCF revised: its lines get new figures, the others are run through the engine and stay as they are
  await cds.tx({ user: new cds.User.Privileged() }, async () => {
    const { value } = await SELECT.one.from(EmissionFactors).columns('value').where({ ID: CHANGED_FACTOR })
    await UPDATE(EmissionFactors, CHANGED_FACTOR).with({ value: (Number(value) * 1.05).toFixed(6) })
  })
  const recomputed = await step('recompute after a factor change', recomputeAll, summary)

  const P = `/odata/v4/period-close/FiscalPeriods(companyCode_code='1010',fiscalYear=2026,fiscalPeriod=12)`
  await step(
    'close of December',
    async () => {
      await call('POST', '/odata/v4/period-close/FiscalPeriods', { companyCode_code: '1010', fiscalYear: 2026, fiscalPeriod: 12 }).catch(
        () => undefined
      )
      const waivers = (await call('GET', `${P}/runChecks()`)).value
        .filter((c: any) => !c.passed)
        .map((c: any) => ({ check: c.check, reason: 'benchmark' }))
      let state = await call('POST', `${P}/close`, { waivers })
      while (state.status === 'running') {
        await new Promise(resolve => setTimeout(resolve, 100))
        state = await call('GET', `/odata/v4/period-close/PeriodJobs(${state.ID as string})`)
      }
      return state
    },
    (s: any) => `, ${s.status as string}: ${s.message as string}`
  )
  await step('inventory report of the year', async () => await call('GET', '/odata/v4/inventory/Inventory?$filter=reportingYear eq 2026'))
  await step(
    'data-quality agent, full run',
    async () => await cds.tx({ user: cds.User.privileged }, () => runDataQuality('manual')),
    (r: any) => `, ${Number(r?.linesChecked ?? 0).toLocaleString('en')} lines checked, ${r?.raised ?? 0} findings raised`
  )
  await step(
    'purchase-order list, first page',
    async () => await call('GET', '/odata/v4/emissions/PurchaseOrders?$top=50&$count=true&$orderby=PurchaseOrder'),
    (r: any) => `, ${r.value.length} of ${Number(r['@odata.count']).toLocaleString('en')} orders`
  )
  clearInterval(sampler)
  await cds.shutdown()
  if (PG) dropPostgresDatabase(DB)
  else for (const suffix of ['', '-wal', '-shm']) fs.rmSync(DB + suffix, { force: true })
  // the process's high-water mark as the kernel counts it (also what no sample saw)
  highest = Math.max(highest, process.resourceUsage().maxRSS * 1024)
  console.log(`scale: ${LINES} lines, recompute ${recomputed.toFixed(1)} s (${rate(recomputed)} lines/s), peak RSS ${mb(highest)} MB`)
  process.exit(0)
}

/**
 * The lines, by SQL: copies of the demo purchase-order lines (documents 7000000000 on, ten items each), spread over
 * the twelve periods of 2026 of company code 1010, quantities and amounts varied by two primes near 10,000.
 */
async function seed(cds: any): Promise<void> {
  const last = LINES - 1
  await cds.db.run(
    `CREATE TEMP TABLE bench_templates AS SELECT ROW_NUMBER() OVER (ORDER BY ID) - 1 AS k, supplier_ID, material_ID, materialGroup_code,
       plant_code, description, quantity, unit_code, amount, currency_code FROM scope3_Activities WHERE documentType = 'PurchaseOrderItem'`
  )
  const { n } = (await cds.db.run('SELECT count(*) AS n FROM bench_templates'))[0]
  const columns = `ID, sourceSystem, documentType, documentNumber, documentItem, fiscalYear, fiscalPeriod, postingDate, companyCode_code, supplier_ID,
    material_ID, materialGroup_code, plant_code, description, quantity, unit_code, amount, currency_code, status_code`
  if (PG)
    await cds.db.run(
      `INSERT INTO scope3_Activities (${columns})
       SELECT 'b0000000-0000-4000-8000-' || lpad(i::text, 12, '0'), 'S4HANA', 'PurchaseOrderItem', (7000000000 + i / 10)::text,
         lpad(((i % 10 + 1) * 10)::text, 5, '0'), 2026, 1 + (i / 7) % 12,
         ('2026-' || lpad((1 + (i / 7) % 12)::text, 2, '0') || '-' || lpad((1 + i % 28)::text, 2, '0'))::date, '1010', supplier_ID,
         material_ID, materialGroup_code, plant_code, description, round(quantity * (0.5 + (i % 9973) / 9973.0), 3), unit_code,
         round(amount * (0.5 + (i % 9973) / 9973.0) * (0.9 + (i % 9967) / 49835.0), 2), currency_code, 'final'
       FROM generate_series(0, ${last}) AS i JOIN bench_templates ON k = i % ${Number(n)}`
    )
  else
    // (the WITH inside the INSERT: CAP runs a statement that starts with WITH as a query)
    await cds.db.run(
      `INSERT INTO scope3_Activities (${columns})
       WITH RECURSIVE seq(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM seq WHERE i < ${last})
       SELECT printf('b0000000-0000-4000-8000-%012d', i), 'S4HANA', 'PurchaseOrderItem', CAST(7000000000 + i / 10 AS TEXT),
         printf('%05d', (i % 10 + 1) * 10), 2026, 1 + (i / 7) % 12, printf('2026-%02d-%02d', 1 + (i / 7) % 12, 1 + i % 28), '1010',
         supplier_ID, material_ID, materialGroup_code, plant_code, description, round(quantity * (0.5 + (i % 9973) / 9973.0), 3), unit_code,
         round(amount * (0.5 + (i % 9973) / 9973.0) * (0.9 + (i % 9967) / 49835.0), 2), currency_code, 'final'
       FROM seq JOIN bench_templates ON k = i % ${Number(n)}`
    )
  await cds.db.run('DROP TABLE bench_templates')
}

main().catch(e => {
  console.error(e)
  process.exit(1)
})
