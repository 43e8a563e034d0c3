/**
 * `npm run bench:start`: the launchpad's first paint after a server start, in Debian's Chromium. Starts the app as
 * `npm start` does (SQLite file with the demo data, SAPUI5 served by the UI5 tooling with the bundles and themes of
 * `app/launchpad/tooling/framework-cache.js`) and opens the launchpad in a browser with an empty cache, three times:
 * 1. the first start after an install: the framework cache (node_modules/.cache/scope3-ui5) emptied first, so the
 *    server builds the bundles and themes the page asks for;
 * 2. a later server start: a new server process, the bundles and themes from the disk cache;
 * 3. the same server again, with a new browser.
 * Each prints the time from the page's request to the first tile on screen, and the requests the page made; and the
 * time from the server's start to its first answer. `BENCH_VERBOSE=1` adds the requests by folder. Asserts nothing;
 * needs Chromium.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import type { Browser } from 'playwright-core'
import { deployTo, startApp, type AppProcess } from '../test/helpers/app-process'
import { chromiumPath, launch, pageAs } from '../test/helpers/browser'

process.env.CDS_ENV = 'test'
const DB = path.join(os.tmpdir(), `scope3-bench-start-${process.pid}.sqlite`)
const CACHE = path.join(__dirname, '..', 'node_modules', '.cache', 'scope3-ui5')
const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`

async function server(): Promise<AppProcess> {
  const t = performance.now()
  const app = await startApp(
    5500 + Math.floor(Math.random() * 400),
    { requires: { db: { kind: 'sqlite', credentials: { url: DB } } } },
    { CDS_PLUGIN_UI5_ACTIVE: 'true' }
  )
  console.log(`server start to its first answer: ${seconds(performance.now() - t)}`)
  return app
}

/** a new browser (empty cache) opens the launchpad: time to the first tile */
async function firstPaint(executable: string, app: AppProcess, what: string): Promise<void> {
  const browser: Browser = await launch(executable)
  try {
    const page = await pageAs(browser, 'alice')
    let requests = 0
    const byFolder = new Map<string, number>()
    page.on('requestfinished', r => {
      requests++
      const folder = new URL(r.url()).pathname.split('/').slice(0, 6).join('/')
      byFolder.set(folder, (byFolder.get(folder) ?? 0) + 1)
    })
    const t = performance.now()
    await page.goto(`${app.url}/launchpad/index.html`, { waitUntil: 'domcontentloaded' })
    await page.locator('.sapMGT').first().waitFor({ timeout: 300000 })
    console.log(`${what}: launchpad → first tile on screen ${seconds(performance.now() - t)} (${requests} requests)`)
    if (process.env.BENCH_VERBOSE)
      console.log(
        [...byFolder]
          .sort((a, b) => b[1] - a[1])
          .slice(0, 25)
          .map(([folder, n]) => `  ${n} ${folder}`)
          .join('\n')
      )
  } finally {
    await browser.close()
  }
}

async function main(): Promise<void> {
  const executable = chromiumPath()
  if (!executable) throw new Error('Chromium is not installed (apt-get install -y chromium)')
  console.log(`machine: ${os.cpus().length} x ${os.cpus()[0].model}, Node.js ${process.version}`)
  deployTo(DB)
  fs.rmSync(CACHE, { recursive: true, force: true })
  try {
    let app = await server()
    await firstPaint(executable, app, 'first start after an install (bundles and themes built)')
    await app.kill()
    app = await server()
    try {
      await firstPaint(executable, app, 'a later server start (bundles and themes from the disk cache)')
      await firstPaint(executable, app, 'the same server, a new browser')
    } finally {
      await app.kill()
    }
  } finally {
    for (const file of [DB, `${DB}-wal`, `${DB}-shm`]) fs.rmSync(file, { force: true })
  }
}

main().catch(error => {
  console.error(error)
  process.exit(1)
})
