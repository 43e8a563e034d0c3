import { expect } from 'chai'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import type { Browser, Page } from 'playwright-core'
import { Decimal } from '../../srv/lib/decimal'
import { deployTo, eventually, startApp, type AppProcess } from '../helpers/app-process'
import { launchpadConfig } from '../../srv/launchpad'
import { launch, numberIn, pageAs, requireChromium, screenshots } from '../helpers/browser'

/** the tiles the launchpad must show: one per inbound of every app's manifest */
const inbounds = Object.values<any>((launchpadConfig(path.join(__dirname, '..', '..', 'app')) as any).applications)

describe('Fiori apps in the local launchpad (real browser)', function () {
  // the first load compiles UI5 on the fly: tests wait on content, never on fixed sleeps
  this.timeout(300000)
  const port = 5300 + Math.floor(Math.random() * 100)
  const db = path.join(os.tmpdir(), `scope3-browser-${process.pid}.sqlite`)
  let app: AppProcess
  let browser: Browser
  let page: Page

  before(async function () {
    const executable = requireChromium(this)
    deployTo(db)
    app = await startApp(port, { requires: { db: { kind: 'sqlite', credentials: { url: db } } } }, { CDS_PLUGIN_UI5_ACTIVE: 'true' })
    browser = await launch(executable)
    page = await pageAs(browser, 'alice')
    // the demo purchase orders are attributed after start-up
    await eventually(async () => (await app.get('/odata/v4/emissions/PurchaseOrders?$filter=kgCO2e ne null&$top=1')).value?.length > 0, 60000, 'attributed purchase orders')
  })
  after(async () => {
    await browser?.close()
    await app?.kill()
    fs.rmSync(db, { force: true })
  })

  const shot = async (name: string): Promise<void> => { await page.screenshot({ path: path.join(screenshots, `${name}.png`) }) }
  afterEach(async function () {
    if (this.currentTest?.state === 'failed') await page?.screenshot({ path: path.join(screenshots, `failed-${this.currentTest.title.slice(0, 40).replace(/\W+/g, '-')}.png`) })
  })

  it('shows one tile per inbound of the apps\' manifests', async () => {
    expect(inbounds.length).to.be.greaterThan(0)
    expect(inbounds.map(i => i.title)).to.include('Purchase Order Emissions')
    await page.goto(`${app.url}/launchpad/index.html`, { waitUntil: 'domcontentloaded' })
    for (const { title } of inbounds) await page.locator('.sapMGT', { hasText: title }).first().waitFor({ timeout: 180000 })
    expect(await page.locator('.sapMGT').count()).to.equal(inbounds.length)
    await shot('launchpad')
  })

  it('opens Purchase Order Emissions from its tile with the service\'s figures on screen', async () => {
    const { value: [latest] } = await app.get('/odata/v4/emissions/PurchaseOrders?$orderby=PurchaseOrder desc&$top=1')
    await page.locator('.sapMGT', { hasText: 'Purchase Order Emissions' }).click()
    const row = page.locator('tr.sapMListTblRow', { hasText: latest.PurchaseOrder })
    await row.waitFor({ timeout: 180000 })
    const cells = await row.locator('td').allInnerTexts()
    const shown = cells.map(c => c.trim()).find(c => /kg\s*CO2e/.test(c))
    expect(shown, `row ${cells.join(' | ')}`).to.be.a('string')
    expect(new Decimal(numberIn(shown!)!).equals(new Decimal(latest.kgCO2e)), `${shown!} vs ${latest.kgCO2e as string}`).to.equal(true)
    await shot('po-emissions-list')
  })

  it('opens a purchase order\'s object page directly by intent with its number', async () => {
    const { value: [po] } = await app.get('/odata/v4/emissions/PurchaseOrders?$filter=kgCO2e ne null&$orderby=PurchaseOrder&$top=1&$expand=items($select=kgCO2e)')
    const t = performance.now()
    await page.goto(`${app.url}/launchpad/index.html#PurchaseOrder-displayEmissions?PurchaseOrder=${po.PurchaseOrder as string}`, { waitUntil: 'domcontentloaded' })
    const objectPage = page.locator('[id$="PurchaseOrdersObjectPage"]')
    const title = objectPage.locator('.sapFDynamicPageTitle', { hasText: po.PurchaseOrder })
    await title.first().waitFor({ timeout: 180000 })
    const items = objectPage.locator('[id*="fe::table::items"] tr.sapMLIB')
    // rows render one after another: wait for the last one the service has, then count
    await items.nth(po.items.length - 1).waitFor({ timeout: 60000 })
    console.log(`      (launchpad to object page with items, warm UI5 cache: ${((performance.now() - t) / 1000).toFixed(1)} s)`)
    expect(await items.count(), (await items.allInnerTexts()).join('\n')).to.equal(po.items.length)
    // the header figure is the sum of the items' figures, to the gram
    const header = await objectPage.locator('.sapMObjectNumber', { hasText: 'kg' }).first().innerText()
    const itemSum = po.items.reduce((s: Decimal, i: any) => s.plus(i.kgCO2e ?? 0), new Decimal(0))
    expect(new Decimal(numberIn(header)!).equals(new Decimal(po.kgCO2e)), `${header} vs ${po.kgCO2e as string}`).to.equal(true)
    expect(itemSum.toDecimalPlaces(3, Decimal.ROUND_HALF_UP).equals(new Decimal(po.kgCO2e))).to.equal(true)
    await shot('po-emissions-object-page')
  })
})
