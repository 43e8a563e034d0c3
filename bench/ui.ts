/**
 * `npm run bench:ui` (`BENCH_LINES`, default 100,000): the Fiori apps in Debian's Chromium against a SQLite database
 * file with that many attributed document lines (copies of the demo purchase-order lines). Prints
 * - launchpad → Purchase Order Emissions list with rows, with a warm UI5 cache (the browser's and the server's), median
 *   of 5: as a page load of the launchpad URL with the app's intent, and as a click on its tile in the loaded launchpad;
 * - Scope 3 Analytics over all lines: time to the chart and the first rows (page load, and from its tile), the rows the
 *   browser received (paging),
 *   a filter applied in the filter bar (answered by the server) and the next page of rows.
 * Asserts nothing; needs Chromium (`apt-get install -y chromium`).
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { deployTo, startApp } from '../test/helpers/app-process'
import { chromiumPath, launch, pageAs } from '../test/helpers/browser'
import { seedPurchaseOrderLines } from './seed'

process.env.CDS_ENV = 'test'
process.env.CDS_TYPESCRIPT = 'true'
process.env.NO_TELEMETRY = 'true'
const LINES = Number(process.env.BENCH_LINES ?? 100000)
const DB = path.join(os.tmpdir(), `scope3-bench-ui-${process.pid}.sqlite`)
const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]

/** The lines, attributed, in the database file (in this process; the app then runs as its own process). */
async function seed(): Promise<void> {
  deployTo(DB)
  const cds = (await import('@sap/cds')).default as any
  cds.root = path.join(__dirname, '..')
  cds.env.requires.db.credentials.url = DB
  // served in this process (no UI5) only to seed; it idles while the app runs as its own process on the same file
  process.env.CDS_PLUGIN_UI5_ACTIVE = 'false'
  await cds.exec('--port', '0')
  const { Activities, Agents } = cds.entities('scope3')
  // the agents off: their runs over all lines would compete with the browser for the two cores (bench:quality measures them)
  await UPDATE(Agents).set({ enabled: false })
  let t = performance.now()
  await seedPurchaseOrderLines(cds, LINES)
  const { recompute } = require('../srv/attribution/attribute-lines') as typeof import('../srv/attribution/attribute-lines')
  const ids = (await SELECT.from(Activities).columns('ID')).map((a: any) => a.ID)
  for (let i = 0; i < ids.length; i += 5000) await cds.tx({ user: new cds.User.Privileged() }, () => recompute(ids.slice(i, i + 5000)))
  console.log(`seeded and attributed ${ids.length.toLocaleString('en')} lines in ${seconds(performance.now() - t)}`)
  // the purchase order totals are refreshed with each attribution; what building them all from the lines takes
  // (what a database from before them does once at start-up)
  const { refreshAllPurchaseOrders } =
    require('../srv/attribution/purchase-order-totals') as typeof import('../srv/attribution/purchase-order-totals')
  t = performance.now()
  await cds.tx({ user: new cds.User.Privileged() }, () => refreshAllPurchaseOrders())
  console.log(`purchase order totals of all lines built again in ${seconds(performance.now() - t)}`)
}

async function main(): Promise<void> {
  const executable = chromiumPath()
  if (!executable) throw new Error('Chromium is not installed (apt-get install -y chromium)')
  console.log(
    `machine: ${os.cpus().length} x ${os.cpus()[0].model}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node.js ${process.version}; ${LINES.toLocaleString('en')} lines`
  )
  await seed()
  const app = await startApp(
    5400 + Math.floor(Math.random() * 100),
    { requires: { db: { kind: 'sqlite', credentials: { url: DB } } } },
    { CDS_PLUGIN_UI5_ACTIVE: 'true' }
  )
  const browser = await launch(executable)
  try {
    const page = await pageAs(browser, 'alice')
    const rows = page.locator('[id*="PurchaseOrdersList"] tr.sapMLIB')
    // the first load compiles UI5 in the server and fills the browser's cache
    let t = performance.now()
    await page.goto(`${app.url}/launchpad/index.html#PurchaseOrder-displayEmissions`, { waitUntil: 'domcontentloaded' })
    await rows.first().waitFor({ timeout: 300000 })
    console.log(`first load (cold UI5 cache): launchpad → purchase order list with rows in ${seconds(performance.now() - t)}`)
    const warm: number[] = []
    // what a warm load asks for
    let requests = 0
    page.on('requestfinished', () => {
      requests++
    })
    for (let i = 0; i < 5; i++) {
      await page.goto('about:blank')
      requests = 0
      t = performance.now()
      await page.goto(`${app.url}/launchpad/index.html#PurchaseOrder-displayEmissions`, { waitUntil: 'domcontentloaded' })
      await rows.first().waitFor({ timeout: 120000 })
      warm.push(performance.now() - t)
    }
    console.log(
      `warm UI5 cache, page load: launchpad URL with the intent → purchase order list with rows, median ${seconds(median(warm))} (runs: ${warm.map(seconds).join(', ')})`
    )
    console.log(`  last run: ${requests} requests (SAPUI5's modules one by one, from the browser's cache)`)
    page.removeAllListeners('requestfinished')
    // from the launchpad: its home loaded, the tile clicked, until the app's table shows rows
    const fromTile = async (title: string, shown: () => Promise<unknown>, firstRows?: () => Promise<unknown>): Promise<string> => {
      const runs: number[] = []
      const rowRuns: number[] = []
      for (let i = 0; i < 5; i++) {
        await page.goto('about:blank')
        await page.goto(`${app.url}/launchpad/index.html`, { waitUntil: 'domcontentloaded' })
        const tile = page.locator('.sapMGT', { hasText: title }).first()
        await tile.waitFor({ timeout: 120000 })
        const start = performance.now()
        await tile.click()
        if (firstRows) {
          await firstRows()
          rowRuns.push(performance.now() - start)
        }
        await shown()
        runs.push(performance.now() - start)
      }
      const rowsFirst = rowRuns.length
        ? `; its first view alone (the chart) median ${seconds(median(rowRuns))} (runs: ${rowRuns.map(seconds).join(', ')})`
        : ''
      return `median ${seconds(median(runs))} (runs: ${runs.map(seconds).join(', ')})${rowsFirst}`
    }
    console.log(
      `warm UI5 cache, in the launchpad: tile → purchase order list with rows, ${await fromTile('Purchase Order Emissions', async () => await rows.first().waitFor({ timeout: 120000 }))}`
    )

    // Scope 3 Analytics over all lines: what the browser asks for, and how long it takes
    const asks: string[] = []
    page.on('request', r => {
      if (r.url().includes('/odata/v4/analytics/$batch')) asks.push(r.postData() ?? '')
    })
    const lines = page.locator('[id*="EmissionLinesList"] tr.sapMLIB')
    // the app opens on its view by category (a donut); the lines are the view "Lines"
    const donut = async (): Promise<void> =>
      await page.locator('svg text', { hasText: 'Purchased goods and services' }).first().waitFor({ timeout: 300000 })
    const linesView = async (): Promise<void> => {
      await page
        .locator('.sapMITBText', { hasText: /^Lines$/ })
        .first()
        .click()
      await lines.first().waitFor({ timeout: 120000 })
    }
    await page.goto('about:blank')
    t = performance.now()
    await page.goto(`${app.url}/launchpad/index.html#EmissionLine-analyze`, { waitUntil: 'domcontentloaded' })
    await donut()
    await linesView()
    console.log(
      `analytics: chart, then the view of the lines with its first rows, over ${LINES.toLocaleString('en')} lines in ${seconds(performance.now() - t)}; rows in the browser: ${await lines.count()}`
    )
    const asked = asks.join('\n').match(/GET [^\s]*/g) ?? []
    console.log(`  requests: ${asked.map(r => decodeURIComponent(r).slice(0, 160)).join('\n            ')}`)
    const chartAndRows = async (): Promise<void> => {
      await donut()
      await linesView()
    }
    console.log(
      `  in the launchpad: tile → chart, then the lines view with rows, ${await fromTile('Scope 3 Analytics', chartAndRows, donut)}`
    )
    // a filter: the supplier's lines, answered by the server (the chart and the table ask again)
    asks.length = 0
    t = performance.now()
    const supplier = page.locator('[id$="fe::FilterBar::EmissionLines::FilterField::supplier_ID-inner-inner"]')
    await supplier.fill('17300001')
    await supplier.press('Enter')
    await page.locator('[id$="fe::FilterBar::EmissionLines-btnSearch"]').click()
    await page.waitForResponse(r => r.url().includes('/odata/v4/analytics/$batch'), { timeout: 120000 })
    await lines.first().waitFor({ timeout: 120000 })
    console.log(
      `  filter on one supplier: rows again in ${seconds(performance.now() - t)}; ${asks.length} request(s), filter sent to the server: ${asks.some(b => b.includes('17300001'))}`
    )
    // the next page of rows (growing), on the page loaded again, once it has settled
    await page.goto('about:blank')
    await page.goto(`${app.url}/launchpad/index.html#EmissionLine-analyze`, { waitUntil: 'domcontentloaded' })
    await chartAndRows()
    await page.waitForLoadState('networkidle')
    const before = await lines.count()
    t = performance.now()
    // (the table grows when its end scrolls into view: the page's scroll containers scrolled to their end)
    await page.evaluate(() => {
      for (const e of document.querySelectorAll('*')) {
        if (e.scrollHeight > e.clientHeight + 10 && /auto|scroll/.test(getComputedStyle(e).overflowY)) e.scrollTop = e.scrollHeight
      }
    })
    const grown = await page
      .waitForFunction(n => document.querySelectorAll('[id*="EmissionLinesList"] tr.sapMLIB').length > n, before, { timeout: 60000 })
      .then(
        () => true,
        () => false
      )
    console.log(
      grown
        ? `  next page: ${before} → ${await lines.count()} rows in ${seconds(performance.now() - t)}`
        : '  next page: the table did not grow on scrolling (not measured)'
    )
  } finally {
    await browser.close()
    await app.kill()
    for (const file of [DB, `${DB}-wal`, `${DB}-shm`]) fs.rmSync(file, { force: true })
  }
}

main().then(
  () => process.exit(0),
  e => {
    console.error(e)
    process.exit(1)
  }
)
