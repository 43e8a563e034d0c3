/**
 * `npm run bench:uploads` (`BENCH_ROWS`, default 100,000): a flight file of that many rows (random routes between
 * the listed airports, cabin classes, one-way and return), uploaded as CSV to the app in process on a SQLite file:
 * validation and preview (a background job for a file this large), then the commit (activities and their
 * attributions, a background job too). Prints the times, the peak memory of the process and its growth over the
 * run. Asserts nothing.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { deployTo } from '../test/helpers/app-process'

process.env.CDS_ENV = 'test'
process.env.CDS_TYPESCRIPT = 'true'
process.env.NO_TELEMETRY = 'true'
process.env.CDS_PLUGIN_UI5_ACTIVE = 'false'
const ROWS = Number(process.env.BENCH_ROWS ?? 100000)

async function main(): Promise<void> {
  const cds = (await import('@sap/cds')).default as any
  cds.root = path.join(__dirname, '..')
  console.log(
    `machine: ${os.cpus().length} x ${os.cpus()[0].model}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node.js ${process.version}; ${ROWS.toLocaleString('en')} flight rows`
  )
  let peak = 0
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss)
  }, 100)
  const db = path.join(os.tmpdir(), `scope3-bench-uploads-${process.pid}.sqlite`)
  deployTo(db)
  // (the test profile's small chunks are for tests: the defaults here)
  process.env.CDS_CONFIG = JSON.stringify({
    requires: { db: { kind: 'sqlite', credentials: { url: db } }, uploads: { syncRows: 5000, chunkRows: 2000 } }
  })
  const { url } = await cds.exec('--port', '0')
  const base = process.memoryUsage().rss
  const auth = `Basic ${Buffer.from('sam:').toString('base64')}`
  const call = async (method: string, p: string, body?: unknown): Promise<any> => {
    const res = await fetch(url + p, {
      method,
      headers: { authorization: auth, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body)
    })
    const text = await res.text()
    if (res.status >= 400) throw new Error(`${method} ${p}: ${res.status} ${text.slice(0, 500)}`)
    return text ? JSON.parse(text) : undefined
  }
  // a deterministic file: the same routes on every run
  const codes = fs
    .readFileSync(path.join(__dirname, '../db/sources/airports-major.csv'), 'utf8')
    .split('\n')
    .slice(1)
    .filter(Boolean)
    .map(l => l.slice(0, 3))
  const cabins = ['economy', 'economy', 'economy', 'premium economy', 'business', 'first']
  let seed = 42
  const next = (n: number): number => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31
    return seed % n
  }
  const lines = ['date,travellerRef,origin,destination,cabinClass,trip']
  const year = new Date().getUTCFullYear() - 1
  for (let i = 0; i < ROWS; i++) {
    const from = codes[next(codes.length)]
    let to = codes[next(codes.length)]
    if (to === from) to = codes[(codes.indexOf(from) + 1) % codes.length]
    lines.push(
      `${year}-${String(1 + next(12)).padStart(2, '0')}-${String(1 + next(28)).padStart(2, '0')},T-${i},${from},${to},${cabins[next(cabins.length)]},${next(2) === 0 ? 'return' : 'one-way'}`
    )
  }
  const file = Buffer.from(lines.join('\n') + '\n')
  console.log(`file: ${(file.length / 2 ** 20).toFixed(1)} MB`)
  /** the batch once its job has ended, with the progress seen on the way */
  const settled = async (ID: string, status: string): Promise<any> => {
    for (;;) {
      const b = await call('GET', `/odata/v4/uploads/Batches(${ID})`)
      if (b.status === status) return b
      if (b.status === 'failed') throw new Error(b.message)
      process.stdout.write(`  ${b.status as string} ${String(b.progress ?? '')}%\r`)
      await new Promise(resolve => setTimeout(resolve, 500))
    }
  }
  let t = performance.now()
  const started = await call('POST', '/odata/v4/uploads/upload', {
    activityType: 'flights',
    companyCode: '1010',
    fileName: 'flights.csv',
    content: file.toString('base64')
  })
  const batch = await settled(started.ID, 'validated')
  const validated = (performance.now() - t) / 1000
  console.log(
    `validate and preview: ${validated.toFixed(1)} s (${batch.rowsValid as number} valid, ${batch.rowsWithErrors as number} with errors, ${Number(batch.kgCO2eLocation).toFixed(0)} kg CO2e)`
  )
  t = performance.now()
  await call('POST', `/odata/v4/uploads/Batches(${batch.ID as string})/commit`, { validRowsOnly: true })
  const committed = await settled(batch.ID, 'committed')
  const commit = (performance.now() - t) / 1000
  console.log(
    `commit (activities and attributions): ${commit.toFixed(1)} s; ${committed.rowsCommitted as number} rows, ${Number(committed.kgCO2eLocation).toFixed(0)} kg CO2e`
  )
  console.log(
    `total ${(validated + commit).toFixed(1)} s; peak memory ${(peak / 2 ** 20).toFixed(0)} MB (${((peak - base) / 2 ** 20).toFixed(0)} MB above the started server)`
  )
  clearInterval(sampler)
  for (const f of [db, `${db}-wal`, `${db}-shm`]) fs.rmSync(f, { force: true })
  process.exit(0)
}

main().catch(e => {
  console.error(e)
  process.exit(1)
})
