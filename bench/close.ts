/**
 * `npm run bench:close` (`BENCH_LINES`, default 100,000): the close of a period with many activity lines, in
 * process on in-memory SQLite (`BENCH_DB=file`: a new database file in the temp folder; or a file's path, recreated;
 * `BENCH_DB=pg`: a new database on this machine's PostgreSQL server, the `[pg]` profile, dropped at the end) with the
 * factor library loaded. Seeds the lines (copies of the demo purchase-order lines), attributes
 * them, then times the close job (recompute of unchanged lines + snapshot + lock) and the inventory report of the
 * year, again after copying the period's attributions by SQL into benchmark company codes (`BENCH_REPORT`
 * attributions in the year, default 5,000,000, at most 99 copies); prints the figures and the peak memory of the
 * whole run and of the close alone. Asserts nothing.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { appClient } from './http'
import { seedPurchaseOrderLines } from './seed'
import { createPostgresDatabase, dropPostgresDatabase } from '../test/helpers/services'

const LINES = Number(process.env.BENCH_LINES ?? 100000)
/** attributions in the year for the second report (`BENCH_REPORT`): at most 99 copies of the closed period */
const REPORT = Number(process.env.BENCH_REPORT ?? 5000000)
const PG = process.env.BENCH_DB === 'pg'
const DB = PG
  ? `scope3_bench_close_${process.pid}`
  : process.env.BENCH_DB === 'file'
    ? path.join(os.tmpdir(), `scope3-bench-close-${process.pid}.sqlite`)
    : (process.env.BENCH_DB ?? ':memory:')
process.env.CDS_ENV = PG ? 'pg,test' : 'test'
process.env.CDS_TYPESCRIPT = 'true'
process.env.NO_TELEMETRY = 'true'
process.env.CDS_PLUGIN_UI5_ACTIVE = 'false'
if (PG) process.env.CDS_CONFIG = JSON.stringify(createPostgresDatabase(path.join(__dirname, '..'), DB))
const PERIOD = { companyCode_code: '1010', fiscalYear: 2026, fiscalPeriod: 12 }

async function main(): Promise<void> {
  const cds = (await import('@sap/cds')).default as any
  cds.root = path.join(__dirname, '..')
  console.log(
    `machine: ${os.cpus().length} x ${os.cpus()[0].model}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node.js ${process.version}; ${LINES.toLocaleString('en')} lines, database ${DB}`
  )
  let peak = 0
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss)
  }, 100)
  if (!PG && DB !== ':memory:') {
    fs.rmSync(DB, { force: true })
    cds.env.requires.db.credentials.url = DB
    await cds.deploy('*').to(`sqlite:${DB}`)
  }
  const { url } = await cds.exec(...(DB === ':memory:' ? ['--in-memory?'] : []), '--port', '0')
  const call = appClient(url)
  const { Activities } = cds.entities('scope3')
  let t = performance.now()
  await seedPurchaseOrderLines(cds, LINES, { ...PERIOD, postingDate: '2026-12-15' })
  console.log(`seeded ${LINES.toLocaleString('en')} activity lines in ${((performance.now() - t) / 1000).toFixed(1)} s`)
  const { recompute } = require('../srv/attribution/attribute-lines') as typeof import('../srv/attribution/attribute-lines')
  const ids = (await SELECT.from(Activities).columns('ID').where(PERIOD)).map((a: any) => a.ID)
  t = performance.now()
  for (let i = 0; i < ids.length; i += 5000) await cds.tx({ user: new cds.User.Privileged() }, () => recompute(ids.slice(i, i + 5000)))
  console.log(`first attribution of the lines: ${((performance.now() - t) / 1000).toFixed(1)} s`)
  await call('POST', '/odata/v4/period-close/FiscalPeriods', PERIOD)
  const P = `/odata/v4/period-close/FiscalPeriods(companyCode_code='1010',fiscalYear=2026,fiscalPeriod=12)`
  const checks = (await call('GET', `${P}/runChecks()`)).value
    .filter((c: any) => !c.passed)
    .map((c: any) => ({ check: c.check, reason: 'benchmark' }))
  const peakBefore = peak
  peak = process.memoryUsage().rss
  t = performance.now()
  const job = await call('POST', `${P}/close`, { waivers: checks })
  let state = job
  while (state.status === 'running') {
    await new Promise(resolve => setTimeout(resolve, 100))
    state = await call('GET', `/odata/v4/period-close/PeriodJobs(${job.ID as string})`)
  }
  console.log(
    `close (recompute of unchanged lines + snapshot + lock): ${((performance.now() - t) / 1000).toFixed(1)} s, ${state.status as string}: ${state.message as string}`
  )
  /** the median time of 5 reads of the year's inventory, in ms */
  const reportMedian = async (): Promise<string> => {
    const runs: number[] = []
    for (let i = 0; i < 5; i++) {
      const start = performance.now()
      await call('GET', `/odata/v4/inventory/Inventory?$filter=reportingYear eq ${PERIOD.fiscalYear}`)
      runs.push(performance.now() - start)
    }
    return runs.sort((a, b) => a - b)[2].toFixed(0)
  }
  console.log(`inventory report of the year: median ${await reportMedian()} ms over 5 calls`)
  // the report with more attributions in the year (goal: 5 million): SQL copies of the period's attributions and of its
  // totals rows into the same period of benchmark company codes B001, B002, ... (exact: a copy's totals are the original's)
  const copies = Math.min(99, Math.ceil((REPORT - LINES) / LINES))
  if (copies > 0) {
    t = performance.now()
    const newId = PG ? 'gen_random_uuid()::text' : 'lower(hex(randomblob(16)))'
    for (let c = 1; c <= copies; c++) {
      const code = `B${String(c).padStart(3, '0')}`
      await cds.tx(async () => {
        await INSERT.into('scope3.CompanyCodes').entries({
          code,
          name: `Benchmark copy ${c} of ${PERIOD.companyCode_code}`,
          country_code: 'DE',
          currency_code: 'EUR'
        })
        await cds.db
          .run(`INSERT INTO scope3_Attributions (ID, activity_ID, companyCode_code, fiscalYear, fiscalPeriod, category_code, method_code, factor_ID, rule_ID, kgCO2eLocation, kgCO2eMarket, biogenicCO2, dqScore, isReversal, isAdjustment)
          SELECT ${newId}, activity_ID, '${code}', fiscalYear, fiscalPeriod, category_code, method_code, factor_ID, rule_ID, kgCO2eLocation, kgCO2eMarket, biogenicCO2, dqScore, isReversal, isAdjustment
          FROM scope3_Attributions WHERE companyCode_code = '${PERIOD.companyCode_code}' AND fiscalYear = ${PERIOD.fiscalYear} AND fiscalPeriod = ${PERIOD.fiscalPeriod}`)
        await cds.db
          .run(`INSERT INTO scope3_PeriodTotals (companyCode_code, fiscalYear, fiscalPeriod, category_code, method_code, factorSet, lines, kgCO2eLocation, kgCO2eMarket, biogenicCO2, dqWeighted, dqWeight)
          SELECT '${code}', fiscalYear, fiscalPeriod, category_code, method_code, factorSet, lines, kgCO2eLocation, kgCO2eMarket, biogenicCO2, dqWeighted, dqWeight
          FROM scope3_PeriodTotals WHERE companyCode_code = '${PERIOD.companyCode_code}' AND fiscalYear = ${PERIOD.fiscalYear} AND fiscalPeriod = ${PERIOD.fiscalPeriod}`)
      })
    }
    const { n } = (await cds.db.run(`SELECT count(*) AS n FROM scope3_Attributions WHERE fiscalYear = ${PERIOD.fiscalYear}`))[0]
    console.log(
      `copied the period's attributions into ${copies} more company code(s) in ${((performance.now() - t) / 1000).toFixed(1)} s: ${Number(n).toLocaleString('en')} attributions in the year`
    )
    console.log(
      `inventory report of the year with ${Number(n).toLocaleString('en')} attributions: median ${await reportMedian()} ms over 5 calls`
    )
  }
  clearInterval(sampler)
  console.log(
    `peak RSS: close and report ${(peak / 2 ** 20).toFixed(0)} MB, whole run ${(Math.max(peak, peakBefore) / 2 ** 20).toFixed(0)} MB`
  )
  await cds.shutdown()
  if (process.env.BENCH_DB === 'file') fs.rmSync(DB, { force: true })
  if (PG) dropPostgresDatabase(DB)
  process.exit(0)
}

main().catch(e => {
  console.error(e)
  process.exit(1)
})
