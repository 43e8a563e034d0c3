import { expect } from 'chai'
import cds from '@sap/cds'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import type { Browser, Locator, Page } from 'playwright-core'
import ExcelJS from 'exceljs'
import { Decimal, type DecimalInput } from '../../srv/lib/common/decimal'
import { deployTo, eventually, startApp, type AppProcess } from '../helpers/app-process'
import { launchpadApps } from '../../srv/common/launchpad-config'
import { launch, numberIn, pageAs, requireChromium, screenshots } from '../helpers/browser'
import { freePort } from '../helpers/services'
import { startMockS4, type MockS4 } from '../helpers/s4-mock'
import { basic, pactRequest } from '../helpers/pact'

/** the tiles the launchpad must show: one per inbound of every app's manifest */
const apps = launchpadApps(path.join(__dirname, '..', '..', 'app'))
const applications = Object.fromEntries(apps.map(a => [a.intent, a]))
const inbounds = apps

describe('Fiori apps in the local launchpad (real browser)', function () {
  // the first load compiles UI5 on the fly: tests wait on content, never on fixed sleeps
  this.timeout(300000)
  const db = path.join(os.tmpdir(), `scope3-browser-${process.pid}.sqlite`)
  const tlsDir = path.join(os.tmpdir(), `scope3-browser-tls-${process.pid}`)
  let pactPort = 0
  /**
   * S/4HANA (test/helpers/s4-mock.ts, its own HTTP server): the documents and events of a few purchase orders beside
   * the demo's, over CAP's file-based messaging, and its launchpad, where "Open in S/4HANA" lands
   */
  let s4: MockS4 | undefined
  let s4Url = ''
  const messageBox = path.join(os.tmpdir(), `scope3-browser-messages-${process.pid}`)
  let app: AppProcess
  let browser: Browser
  let page: Page

  before(async function () {
    const executable = requireChromium(this)
    deployTo(db)
    pactPort = await freePort()
    const s4Port = await freePort()
    const messaging = { kind: 'file-based-messaging', format: 'cloudevents', file: messageBox }
    s4 = await startMockS4({
      port: s4Port,
      messaging: 'file-based-messaging',
      purchaseOrders: 2,
      env: { CDS_CONFIG: JSON.stringify({ requires: { messaging } }) }
    })
    s4Url = `http://localhost:${s4Port}`
    app = await startApp(
      await freePort(),
      {
        requires: { db: { kind: 'sqlite', credentials: { url: db } }, messaging },
        scope3: { s4Launchpad: { url: `${s4Url}/sap/bc/ui2/flp` } }
      },
      {
        CDS_PLUGIN_UI5_ACTIVE: 'true',
        PACT_PORT: String(pactPort),
        PACT_TLS_DIR: tlsDir,
        destinations: JSON.stringify([{ name: 'S4HANA', url: s4Url }])
      }
    )
    browser = await launch(executable)
    page = await pageAs(browser, 'alice')
    // the demo purchase orders are attributed after start-up
    await eventually(
      async () => (await app.get('/odata/v4/emissions/PurchaseOrders?$filter=kgCO2e ne null&$top=1')).value?.length > 0,
      60000,
      'attributed purchase orders'
    )
  })
  after(async () => {
    await browser?.close()
    await app?.kill()
    await s4?.stop()
    fs.rmSync(messageBox, { force: true })
    for (const file of [db, `${db}-wal`, `${db}-shm`]) fs.rmSync(file, { force: true })
    fs.rmSync(tlsDir, { recursive: true, force: true })
  })

  /**
   * Clicks until what the click should bring about holds: a Fiori elements page can take a first click on an action
   * before it is ready, and ignore it.
   */
  async function clickUntil(target: Locator, done: () => Promise<boolean>, tries = 4): Promise<void> {
    for (let i = 0; i < tries; i++) {
      await target.click()
      for (let w = 0; w < 40; w++) {
        if (await done()) return
        await new Promise(resolve => setTimeout(resolve, 250))
      }
    }
    throw new Error(`clicking ${target.toString()} had no effect`)
  }

  /**
   * whether a figure on screen ("16.241 t CO2e") is these kilograms in tonnes to three decimals: within half of its
   * last digit (the service rounds to the scale it declares, the screen shows that)
   */
  const inTonnes = (shown: string, kg: DecimalInput): boolean =>
    /^-?[\d,]+\.\d{3}$/.test(numberIn(shown) ?? '') &&
    new Decimal(numberIn(shown)!).minus(new Decimal(kg).dividedBy(1000)).abs().lte('0.0005')

  /** the figure a header shows under its title ("Goods" → "12.345 t CO2e"), from the header's text */
  function figureUnder(text: string, title: string): string | undefined {
    const lines = text
      .split('\n')
      .map(l => l.trim())
      .filter(Boolean)
    const at = lines.findIndex(l => l === title || l === `${title}:`)
    return at < 0 ? undefined : lines.slice(at + 1).find(l => /CO2e/.test(l))
  }

  /** whether an action's button can be pressed: an action the object's state does not allow is hidden or disabled */
  const offered = async (button: Locator): Promise<boolean> => (await button.isVisible()) && (await button.isEnabled())

  /** until the launchpad's loading placeholder no longer covers the app (it fades out after the app rendered) */
  async function placeholderGone(p: Page): Promise<void> {
    for (let i = 0; i < 240 && (await p.locator('.sapFePlaceholderContainer:visible').count()) > 0; i++)
      await new Promise(resolve => setTimeout(resolve, 250))
  }

  const shot = async (name: string): Promise<void> => {
    await page.screenshot({ path: path.join(screenshots, `${name}.png`) })
  }
  /** the page a test works in, for the screenshot of a failure */
  let current: Page | undefined
  afterEach(async function () {
    // (a page that stalls must not fail the hook as well: that would skip the remaining tests)
    if (this.currentTest?.state === 'failed')
      await (current ?? page)
        ?.screenshot({
          path: path.join(screenshots, `failed-${this.currentTest.title.slice(0, 40).replace(/\W+/g, '-')}.png`),
          timeout: 10000
        })
        .catch(() => {})
  })

  it("shows one tile per inbound of the apps' manifests", async () => {
    expect(inbounds.length).to.be.greaterThan(0)
    expect(inbounds.map(i => i.title)).to.include('Purchase Order Emissions')
    await page.goto(`${app.url}/launchpad/index.html`, { waitUntil: 'domcontentloaded' })
    for (const { title } of inbounds) await page.locator('.sapMGT', { hasText: title }).first().waitFor({ timeout: 180000 })
    expect(await page.locator('.sapMGT').count()).to.equal(inbounds.length)
    await shot('launchpad')
    // SAPUI5's files are cached by the browser (a warm start asks the server for none of them), the app's own are not
    const cacheOf = async (p: string): Promise<string | null> =>
      (await fetch(`${app.url}${p}`, { headers: { authorization: basic('alice', '') } })).headers.get('cache-control')
    expect(await cacheOf('/launchpad/resources/sap-ui-version.json')).to.match(/max-age=86400/)
    expect(await cacheOf('/po-emissions/resources/sap/ui/core/Core.js')).to.match(/max-age=86400/)
    expect((await cacheOf('/po-emissions/manifest.json')) ?? '').to.not.match(/max-age/)
  })

  /**
   * The apps each persona's roles open, read off srv/access-control.cds by hand: ERPUser reads EmissionsService and
   * AnalyticsService; Controller also PeriodCloseService, DataQualityService and UploadService; Approver
   * PeriodCloseService and DataQualityService; SustainabilityAdmin all but PeriodCloseService.
   */
  const EMISSIONS = ['Scope 3 Analytics', 'Estimate Order Emissions', 'Purchase Order Emissions', 'Supplier Intensity Ranking']
  const CONTROLLING = [
    ...EMISSIONS,
    'Close Emission Periods',
    'Data Quality Worklist',
    'Manage Agents',
    'Supplier Data Requests',
    'Upload Activity Data'
  ]
  const personas: Record<string, { name: string; roles: string; tiles: string[] }> = {
    erin: { name: 'Erin Ernst', roles: 'ERPUser', tiles: EMISSIONS },
    carol: { name: 'Carol Klein', roles: 'Controller', tiles: CONTROLLING },
    bob: { name: 'Bob Becker', roles: 'Approver, Controller', tiles: CONTROLLING },
    sam: {
      name: 'Sam Sommer',
      roles: 'SustainabilityAdmin',
      tiles: inbounds.map(i => i.title).filter(t => t !== 'Close Emission Periods')
    },
    nora: { name: 'Nora Nolan', roles: 'none', tiles: [] }
  }

  /** a JSON read of the app as one of the mocked users */
  const getAs = async (user: string, p: string): Promise<any> =>
    await (await fetch(`${app.url}${p}`, { headers: { authorization: basic(user, '') } })).json()

  it('shows each person the tiles their roles open, with the figures that matter, and their name and roles', async function () {
    this.timeout(600000)
    // what the figures must say, from the lines and rows each person may read (decimal sums by hand)
    const lines = (await getAs('erin', '/odata/v4/analytics/EmissionLines?$select=fiscalYear,kgCO2eLocation')).value as any[]
    const year = Math.max(...lines.map(l => l.fiscalYear as number).filter(y => y <= new Date().getUTCFullYear()))
    const tonnes = lines
      .filter(l => l.fiscalYear === year)
      .reduce((sum: Decimal, l: any) => sum.plus(l.kgCO2eLocation ?? 0), new Decimal(0))
      .div(1000)
      .toDecimalPlaces(3, Decimal.ROUND_HALF_EVEN)
    const month = new Date().getUTCFullYear() * 100 + new Date().getUTCMonth() + 1
    const periods = (await getAs('carol', '/odata/v4/period-close/FiscalPeriods?$select=fiscalYear,fiscalPeriod,status')).value as any[]
    const toClose = periods.filter(p => p.status !== 'closed' && p.fiscalYear * 100 + p.fiscalPeriod < month).length
    const findings = (
      await getAs('carol', "/odata/v4/quality/Findings?$filter=status eq 'open' or status eq 'waiverRequested'&$count=true&$top=0")
    )['@odata.count']

    for (const [user, persona] of Object.entries(personas)) {
      const p = (current = await pageAs(browser, user))
      await p.goto(`${app.url}/launchpad/index.html`, { waitUntil: 'domcontentloaded' })
      // (a user without any role gets one tile that says so)
      const expected = persona.tiles.length ? persona.tiles : ['No apps for you yet']
      for (const title of expected) await p.locator('.sapMGT', { hasText: title }).first().waitFor({ timeout: 180000 })
      const shown = (await p.locator('.sapMGT .sapMGTHdrTxt').allInnerTexts()).map(t => t.trim())
      expect(shown.sort(), user).to.deep.equal([...expected].sort())
      const tile = (title: string): Locator => p.locator('.sapMGT', { hasText: title }).first()
      const figure = async (title: string, text: string): Promise<string> => {
        await tile(title).locator('.sapMTileCntFtrTxt', { hasText: text }).waitFor({ timeout: 60000 })
        return (await tile(title).innerText()).replace(/\s+/g, ' ')
      }
      if (persona.tiles.includes('Scope 3 Analytics')) {
        const text = await figure('Scope 3 Analytics', `${year} to date`)
        expect(text, user).to.include('t CO2e')
        expect(numberIn(await tile('Scope 3 Analytics').locator('.sapMNCValue').innerText()), text).to.equal(tonnes.toFixed(3))
      }
      if (user === 'carol') {
        const text = await figure('Close Emission Periods', toClose ? 'to close' : 'nothing waiting')
        expect(text).to.include(toClose ? `${toClose} to close` : 'nothing waiting')
        expect(await figure('Data Quality Worklist', 'to work on')).to.match(new RegExp(`\\b${findings as number} findings? to work on`))
      }
      await p.screenshot({ path: path.join(screenshots, `launchpad-${user}.png`) })
      // the user menu names the person and their roles
      await p.locator('#userActionsMenuHeaderButton').click()
      await p.getByText(persona.name).first().waitFor({ timeout: 30000 })
      await p.getByText(`Roles: ${persona.roles}`).first().waitFor({ timeout: 30000 })
      if (user === 'carol') await p.screenshot({ path: path.join(screenshots, 'launchpad-user-menu.png') })
      await p.keyboard.press('Escape')
      if (user === 'nora') {
        await p.locator('.sapMGT', { hasText: 'No apps for you yet' }).click()
        await p
          .getByText(/You are not authorised to use this app \(role Approver, Auditor, Controller, ERPUser or SustainabilityAdmin needed\)/)
          .waitFor({ timeout: 60000 })
      }
      // an app the roles do not open says which role it needs, instead of "Could not open app"
      if (user === 'erin') {
        await p.evaluate(() => {
          window.location.hash = '#EmissionPeriod-manage'
        })
        await p
          .getByText('You are not authorised to use this app (role Controller, Approver or Auditor needed)')
          .waitFor({ timeout: 60000 })
        await p.screenshot({ path: path.join(screenshots, 'launchpad-not-authorised.png') })
      }
      await p.close()
      current = undefined
    }
  })

  it('opens every app from its tile: its intent, and a list report with its table or chart', async function () {
    this.timeout(120000 * inbounds.length)
    // one tab for all tiles, back to the launchpad's home in between (SAPUI5 stays loaded); should the home not come
    // back (the unload of an app stalled once in CI), the tab loads the launchpad afresh
    const user = (current = await pageAs(browser, 'alice'))
    const home = async (): Promise<void> => {
      await user.goto(`${app.url}/launchpad/index.html`, { waitUntil: 'domcontentloaded', timeout: 180000 })
      await user.locator('.sapMGT').first().waitFor({ timeout: 180000 })
    }
    await home()
    for (const [intent, { title }] of Object.entries(applications)) {
      await user.locator('.sapMGT', { hasText: title }).first().click({ timeout: 60000 })
      await user.waitForURL(url => url.hash.startsWith(`#${intent}`), { timeout: 60000, waitUntil: 'commit' })
      // the app's list report has rendered its table (with rows, or saying it has none), or its first view's chart
      await user
        .locator('.sapMListTbl tr.sapMLIB, .sapMListTbl .sapMListNoData, .sapUiMDCChart svg.v-m-root')
        .first()
        .waitFor({ timeout: 180000 })
      await user.evaluate(() => {
        window.location.hash = '#Shell-home'
      })
      await user.locator('.sapMGT', { hasText: title }).first().waitFor({ timeout: 30000 }).catch(home)
    }
    await user.close()
    current = undefined
  })

  it("opens Purchase Order Emissions from its tile with the service's figures on screen", async () => {
    const {
      value: [latest]
    } = await app.get('/odata/v4/emissions/PurchaseOrders?$orderby=PurchaseOrder desc&$top=1')
    const t = performance.now()
    await page.locator('.sapMGT', { hasText: 'Purchase Order Emissions' }).click()
    const row = page.locator('tr.sapMListTblRow', { hasText: latest.PurchaseOrder })
    await row.waitFor({ timeout: 180000 })
    console.log(`      (launchpad tile to the list with its rows, warm UI5 cache: ${((performance.now() - t) / 1000).toFixed(1)} s)`)
    const cells = await row.locator('td').allInnerTexts()
    // in tonnes to three decimals, the unit beside it; the fiscal year as a year (no grouping separator)
    const shown = cells.map(c => c.trim()).find(c => /t\s*CO2e/.test(c))
    expect(shown, `row ${cells.join(' | ')}`).to.be.a('string')
    expect(inTonnes(shown!, latest.kgCO2e), `${shown!} vs ${latest.kgCO2e as string} kg`).to.equal(true)
    await shot('po-emissions-list')
  })

  it("opens a purchase order's object page by intent: its goods, transport and energy apart and their sum, in t CO2e", async () => {
    // the order with the most upstream transport (the demo's orders are figured from their items alone; the service
    // suite test/ingestion/purchase-order-transport.test.ts has orders whose transport the company pays)
    const {
      value: [po]
    } = await app.get(
      '/odata/v4/emissions/PurchaseOrders?$filter=kgCO2e ne null&$orderby=kgCO2eTransport desc,PurchaseOrder&$top=1' +
        '&$expand=items($select=kgCO2e),transport($select=kgCO2e),energy($select=kgCO2e)'
    )
    const t = performance.now()
    await page.goto(`${app.url}/launchpad/index.html#PurchaseOrder-displayEmissions?PurchaseOrder=${po.PurchaseOrder as string}`, {
      waitUntil: 'domcontentloaded'
    })
    const objectPage = page.locator('[id$="PurchaseOrdersObjectPage"]')
    const title = objectPage.locator('.sapFDynamicPageTitle', { hasText: po.PurchaseOrder })
    await title.first().waitFor({ timeout: 180000 })
    // the header, read before a scroll to the sections collapses it
    const headerContent = objectPage.locator('[id$="PurchaseOrdersObjectPage--fe::ObjectPage-OPHeaderContent"]')
    await headerContent.locator('.sapMObjectNumber', { hasText: 't CO2e' }).first().waitFor({ timeout: 60000 })
    const header = await headerContent.innerText()
    const sumOf = (lines: Array<{ kgCO2e: string | null }>): Decimal => lines.reduce((s, l) => s.plus(l.kgCO2e ?? 0), new Decimal(0))
    const [goods, transport, energy] = [sumOf(po.items), sumOf(po.transport), sumOf(po.energy)]
    const expected: Record<string, Decimal> = {
      Emissions: goods.plus(transport).plus(energy),
      Goods: goods,
      'Upstream Transport': transport,
      'Upstream of Energy': energy
    }
    for (const [label, kg] of Object.entries(expected)) {
      const shown = figureUnder(header, label)
      expect(shown, `${label} in the header:\n${header}`).to.match(/\d\.\d{3}\s*t CO2e/)
      expect(inTonnes(shown!, kg), `${label}: ${shown!} vs ${kg.toString()} kg`).to.equal(true)
    }
    // the total is the service's figure to the gram: the exact sum of the lines, rounded once
    expect(goods.plus(transport).plus(energy).toDecimalPlaces(3, Decimal.ROUND_HALF_EVEN).equals(new Decimal(po.kgCO2e))).to.equal(true)
    const items = objectPage.locator('[id*="fe::table::items"] tr.sapMLIB')
    // rows render one after another: wait for the last one the service has, then count
    await items.nth(po.items.length - 1).waitFor({ timeout: 60000 })
    console.log(
      `      (page load of the launchpad URL with the intent to the object page with items, warm UI5 cache: ${((performance.now() - t) / 1000).toFixed(1)} s)`
    )
    expect(await items.count(), (await items.allInnerTexts()).join('\n')).to.equal(po.items.length)
    // each item in tonnes with its unit; its quantity with the unit's symbol, not its UN/CEFACT code (a figure with
    // its unit renders a moment after its row)
    await items
      .first()
      .locator('td', { hasText: /t\s*CO2e/ })
      .first()
      .waitFor({ timeout: 30000 })
    const firstItem = await items.first().innerText()
    expect(firstItem).to.match(/\d\.\d{3}\s*t CO2e/)
    expect(firstItem).not.to.match(/\b(KGM|TNE|LTR|H87)\b/)
    await shot('po-emissions-object-page')
  })

  it('opens the purchase order in S/4HANA from its object page, with its number (Manage Purchase Orders)', async () => {
    const {
      value: [po]
    } = await app.get('/odata/v4/emissions/PurchaseOrders?$filter=kgCO2e ne null&$orderby=PurchaseOrder&$top=1&$select=PurchaseOrder')
    const buyer = (current = await pageAs(browser, 'alice'))
    await buyer.goto(`${app.url}/launchpad/index.html#PurchaseOrder-displayEmissions?PurchaseOrder=${po.PurchaseOrder as string}`, {
      waitUntil: 'domcontentloaded'
    })
    const open = buyer.getByRole('button', { name: 'Open in S/4HANA' })
    await open.waitFor({ timeout: 180000 })
    // S/4HANA's launchpad opens in a window of its own, at the intent with the order's number
    const [s4Page] = await Promise.all([buyer.context().waitForEvent('page', { timeout: 60000 }), open.click()])
    await s4Page.waitForLoadState('domcontentloaded')
    // (the sandbox hands the intent to the server, which leads on to S/4HANA's launchpad with the number in the hash)
    await s4Page.waitForURL(url => url.href.startsWith(`${s4Url}/sap/bc/ui2/flp#PurchaseOrder-manage?`), { timeout: 30000 })
    expect(s4Page.url()).to.equal(`${s4Url}/sap/bc/ui2/flp#PurchaseOrder-manage?PurchaseOrder=${po.PurchaseOrder as string}`)
    expect(await s4Page.locator('h1').innerText()).to.include('Manage Purchase Orders')
    expect(await s4Page.locator('#document').innerText()).to.equal(po.PurchaseOrder)
    await s4Page.close()
    await buyer.close()
  })

  it("follows an item's lineage by link: the factor applied with its value, the factor's and the rule's own pages", async () => {
    const {
      value: [item]
    } = await app.get(
      '/odata/v4/emissions/PurchaseOrderItems?$filter=factor_ID ne null and rule_ID ne null&$orderby=PurchaseOrder&$top=1' +
        '&$select=ID,PurchaseOrder,factor_ID,rule_ID&$expand=factor($select=description,value,unit_code,currency_code;$expand=unit($select=symbol)),rule($select=name,ruleKey)'
    )
    const viewer = (current = await pageAs(browser, 'alice'))
    await viewer.goto(
      `${app.url}/launchpad/index.html#PurchaseOrder-displayEmissions&/PurchaseOrders('${item.PurchaseOrder as string}')/items(${item.ID as string})`,
      { waitUntil: 'domcontentloaded' }
    )
    const calculation = viewer.locator('[id$="PurchaseOrderItemsObjectPage--fe::FormContainer::Calculation"]')
    await calculation.waitFor({ timeout: 180000 })
    await placeholderGone(viewer)
    // the factor's value with what it is per, beside the link to the factor
    const per = `kg CO2e / ${(item.factor.unit?.symbol ?? item.factor.currency_code) as string}`
    await calculation.locator('.sapMObjectNumber, .sapMText, span', { hasText: per }).first().waitFor({ timeout: 30000 })
    const text = await calculation.innerText()
    const shownValue = new RegExp(`(\\d[\\d,]*\\.\\d+)\\s*${per.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}`).exec(text)?.[1]
    expect(shownValue, text).to.be.a('string')
    expect(
      new Decimal(shownValue!.replace(/,/g, '')).minus(item.factor.value).abs().lte('0.0000005'),
      `${shownValue!} vs ${item.factor.value as string}`
    ).to.equal(true)
    const factorLink = calculation.locator('a', { hasText: item.factor_ID })
    const ruleLink = calculation.locator('a', { hasText: item.rule.name })
    const [toFactor, toRule] = [await factorLink.getAttribute('href'), await ruleLink.getAttribute('href')]
    expect(toFactor).to.match(
      /^#EmissionFactor-manage&\/FactorSets\(code='[^']+',IsActiveEntity=true\)\/factors\(ID='[^']+',IsActiveEntity=true\)$/
    )
    expect(toRule).to.equal(`#AttributionRule-manage&/AttributionRules(ID=${item.rule_ID as string},IsActiveEntity=true)`)
    await viewer.screenshot({ path: path.join(screenshots, 'po-emissions-item-lineage.png') })
    // the calculation history has the line's calculations (its current one at least)
    const { value: calculations } = await app.get(`/odata/v4/emissions/PurchaseOrderItems(${item.ID as string})/attributions?$select=ID`)
    expect(calculations.length).to.be.greaterThan(0)
    const history = viewer.locator('[id*="fe::table::attributions"]').first()
    await history.scrollIntoViewIfNeeded()
    await history
      .locator('tr.sapMLIB')
      .nth(calculations.length - 1)
      .waitFor({ timeout: 30000 })
    // the factor's page: its description, id and value; the rule's page: its name and key
    await factorLink.click()
    await viewer.waitForURL(url => url.hash.startsWith('#EmissionFactor-manage'), { timeout: 60000 })
    const factorTitle = viewer.locator('[id$="ObjectPageDynamicHeaderTitle"]', { hasText: item.factor_ID })
    await factorTitle.first().waitFor({ timeout: 180000 })
    expect(await factorTitle.first().innerText()).to.include(item.factor.description.slice(0, 30))
    // the event that brought a line: S/4HANA announces a purchase order (the demo's lines came without events); the
    // line links to its inbox entry (what arrived, when, and what became of it)
    const broker = await cds.connect.to('browser-test-s4-events', {
      kind: 'file-based-messaging',
      format: 'cloudevents',
      file: messageBox,
      outboxed: false
    } as any)
    const eventId = `browser-lineage-${process.pid}`
    const created = 'sap.s4.beh.purchaseorder.v1.PurchaseOrder.Created.v1'
    await broker.emit({
      event: created,
      data: { PurchaseOrder: '4500000001' },
      headers: { id: eventId, source: '/default/sap.s4.beh/MOCKS4', type: created }
    } as any)
    const withEvent = await eventually(
      async () =>
        (
          await app.get(
            `/odata/v4/emissions/PurchaseOrderItems?$filter=sourceEventId eq '${eventId}' and kgCO2e ne null&$top=1&$select=ID,PurchaseOrder,sourceEventId,eventLink` +
              '&$expand=sourceEvent($select=ID,type,status,eventId)'
          )
        ).value?.[0],
      90000,
      'the announced purchase order, attributed'
    )
    expect(withEvent.eventLink).to.equal(`#PurchaseOrder-displayEmissions&/InboundEvents(${withEvent.sourceEvent.ID as string})`)
    await viewer.goto(
      `${app.url}/launchpad/index.html#PurchaseOrder-displayEmissions&/PurchaseOrders('${withEvent.PurchaseOrder as string}')/items(${withEvent.ID as string})`,
      { waitUntil: 'domcontentloaded' }
    )
    const eventLink = viewer.locator('[id$="PurchaseOrderItemsObjectPage--fe::FormContainer::Lineage"] a', {
      hasText: withEvent.sourceEventId
    })
    await eventLink.first().waitFor({ timeout: 180000 })
    await eventLink.first().click()
    // titled by the document it led to, its type below
    const eventTitle = viewer
      .locator('[id$="InboundEventsObjectPage"] [id$="ObjectPageDynamicHeaderTitle"]', { hasText: withEvent.PurchaseOrder })
      .filter({ hasText: withEvent.sourceEvent.type })
    await eventTitle.first().waitFor({ timeout: 180000 })
    const eventPage = await viewer.locator('[id$="InboundEventsObjectPage"]').first().innerText()
    expect(eventPage).to.include(withEvent.sourceEvent.eventId)
    expect(eventPage).to.include(withEvent.sourceEvent.status)
    await viewer.screenshot({ path: path.join(screenshots, 'po-emissions-inbound-event.png') })
    await viewer.goto(`${app.url}/launchpad/index.html${toRule!}`, { waitUntil: 'domcontentloaded' })
    await viewer
      .locator('[id$="ObjectPageDynamicHeaderTitle"]', { hasText: item.rule.ruleKey })
      .filter({ hasText: item.rule.name })
      .first()
      .waitFor({ timeout: 180000 })
    await viewer.close()
  })

  it('estimates an order draft before it is ordered, with the greener alternative in its own section', async () => {
    // a buyer's order draft, kept through the service (the app's Create does the same); the estimate it must show
    const order = { companyCode: '1010', supplier: '17300002', currency: 'EUR', incoterms: 'DAP', orderDate: '2026-11-20' }
    const item = {
      material: 'ST-S355-PLATE',
      plant: '1010',
      quantity: '10000',
      unit: 'KG',
      netPrice: '5',
      netWeight: '10000',
      weightUnit: 'KG'
    }
    const expected = await app.post('/odata/v4/emissions/previewPurchaseOrder', { order: { ...order, items: [item] } })
    const [line] = expected.lines
    expect(line.alternatives[0]).to.include({ supplierName: 'Midwest Steel Corp.' })
    const draft = await app.post('/odata/v4/emissions/OrderEstimates', {
      title: 'Steel plate for Hamburg',
      companyCode_code: order.companyCode,
      supplier_ID: order.supplier,
      currency_code: order.currency,
      incoterms: order.incoterms,
      orderDate: order.orderDate
    })
    const key = `(ID=${draft.ID as string},IsActiveEntity=false)`
    await app.post(`/odata/v4/emissions/OrderEstimates${key}/items`, {
      item: '00010',
      material_ID: item.material,
      plant_code: item.plant,
      quantity: 10000,
      unit: item.unit,
      netPrice: 5,
      netWeight: 10000,
      weightUnit: 'KG'
    })
    await app.post(`/odata/v4/emissions/OrderEstimates${key}/EmissionsService.draftActivate`, {})

    const buyer = (current = await pageAs(browser, 'erin'))
    await buyer.goto(`${app.url}/launchpad/index.html#PurchaseOrder-estimateEmissions`, { waitUntil: 'domcontentloaded' })
    const row = buyer.locator('tr.sapMListTblRow', { hasText: 'Steel plate for Hamburg' })
    await row.waitFor({ timeout: 180000 })
    // (a figure with its unit renders a moment after the row) in tonnes, three decimals, from the exact kg
    const shown = await row
      .locator('td', { hasText: /t\s*CO2e/ })
      .first()
      .innerText({ timeout: 60000 })
    expect(inTonnes(shown, expected.kgCO2e), `${shown} vs ${expected.kgCO2e as string} kg`).to.equal(true)
    await row.click()
    const objectPage = buyer.locator('[id$="OrderEstimatesObjectPage"]')
    // the items with their figure and the best supplier; the header with the order's figure and the best saving
    const itemRow = objectPage.locator('[id*="fe::table::items"] tr.sapMLIB', { hasText: 'Midwest Steel Corp.' })
    await itemRow.waitFor({ timeout: 60000 })
    const headerContent = objectPage.locator('[id$="OrderEstimatesObjectPage--fe::ObjectPage-OPHeaderContent"]')
    await headerContent.locator('.sapMObjectNumber', { hasText: 't CO2e' }).first().waitFor({ timeout: 60000 })
    const header = await headerContent.innerText()
    // the order's figure, its goods, transport and energy apart, and the best saving, each in tonnes from the exact kg
    for (const [label, kg] of [
      ['Estimated Emissions', expected.kgCO2e],
      ['Goods', expected.kgCO2eGoods],
      ['Upstream Transport', expected.kgCO2eTransport],
      ['Upstream of Energy', expected.kgCO2eEnergy],
      ['Best Saving', expected.bestSavingKgCO2e]
    ] as Array<[string, string]>) {
      const figure = figureUnder(header, label)
      expect(figure, `${label} in the header:\n${header}`).to.match(/\d\.\d{3}\s*t CO2e/)
      expect(inTonnes(figure!, kg), `${label}: ${figure!} vs ${kg} kg`).to.equal(true)
    }
    expect(await itemRow.innerText()).to.match(/\d\.\d{3}\s*t CO2e/)
    await placeholderGone(buyer)
    await buyer.screenshot({ path: path.join(screenshots, 'order-estimates-object-page.png') })
    // the item's own page: its estimate and the section of greener alternatives, ranked, with their basis
    await itemRow.click()
    const itemPage = buyer.locator('[id$="OrderEstimateItemsObjectPage"]')
    const section = itemPage.locator('[id$="fe::FacetSection::Alternatives"]')
    await section.locator('text=supplier product footprint').first().waitFor({ timeout: 60000 })
    expect(await section.innerText()).to.include('1. Midwest Steel Corp.')
    expect(await itemPage.innerText()).to.include(line.factor)
    await placeholderGone(buyer)
    await buyer.screenshot({ path: path.join(screenshots, 'order-estimates-alternatives.png') })
    await buyer.close()
  })

  it('renders the estimate card (sap.ui.integration) as SAP Build Work Zone or an S/4HANA extension embeds it', async () => {
    const manifestPath = path.join(__dirname, '..', '..', 'app/order-estimates/webapp/cards/purchase-order-estimate/manifest.json')
    const parameters = JSON.parse(fs.readFileSync(manifestPath, 'utf8'))['sap.card'].configuration.parameters
    const value = (name: string): string => parameters[name].value
    // what the card must show: the estimate of its default draft, asked for here directly
    const expected = await app.post('/odata/v4/emissions/previewPurchaseOrder', {
      order: {
        companyCode: value('companyCode'),
        supplier: value('supplier'),
        currency: value('currency'),
        incoterms: value('incoterms'),
        items: [
          {
            material: value('material'),
            plant: value('plant'),
            quantity: value('quantity'),
            unit: value('unit'),
            netPrice: value('netPrice')
          }
        ]
      }
    })
    const best = expected.lines[0].alternatives[0]
    expect(best, JSON.stringify(expected.lines[0])).to.not.equal(undefined)
    const host = (current = await pageAs(browser, 'erin'))
    // a host page on the app's origin (as a launchpad would be), with UI5 from the app's resources and the card in it
    const page = `${app.url}/order-estimates/card-host.html`
    await host.route(page, route =>
      route.fulfill({
        contentType: 'text/html',
        body: `<!DOCTYPE html><html><head><meta charset="utf-8">
<script id="sap-ui-bootstrap" src="resources/sap-ui-core.js" data-sap-ui-libs="sap.m,sap.ui.integration"
  data-sap-ui-theme="sap_horizon" data-sap-ui-async="true" data-sap-ui-compat-version="edge" data-sap-ui-on-init="module:scope3/cardhost"
  data-sap-ui-resource-roots='{"scope3": "./"}'></script>
<script>sap.ui.define('scope3/cardhost', ['sap/ui/integration/widgets/Card'], function (Card) {
  new Card({ manifest: './cards/purchase-order-estimate/manifest.json', width: '480px' }).placeAt('card')
})</script></head><body class="sapUiBody"><div id="card"></div></body></html>`
      })
    )
    await host.goto(page, { waitUntil: 'domcontentloaded' })
    const card = host.locator('.sapFCard')
    await card.locator('.sapFCardNumericHeader').waitFor({ timeout: 120000 })
    await card.locator('.sapMLIB', { hasText: best.supplierName }).first().waitFor({ timeout: 60000 })
    const number = await card.locator('.sapMNCValue, .sapMNCValueScr, .sapMNCInner').first().innerText()
    expect(
      new Decimal(numberIn(number)!).equals(new Decimal(expected.kgCO2e).toDecimalPlaces(3, Decimal.ROUND_HALF_EVEN)),
      number
    ).to.equal(true)
    const text = await card.innerText()
    expect(text).to.include('Estimated Order Emissions')
    expect(text).to.include(`Best alternative: ${best.supplierName as string}`)
    expect(text).to.include(best.basis)
    await card.screenshot({ path: path.join(screenshots, 'order-estimates-card.png') })
    await host.close()
  })

  it('ranks the suppliers of a material group in Supplier Intensity Ranking, opened by intent with its filters', async () => {
    const { value: expected } = await app.get(
      "/odata/v4/emissions/supplierIntensities(materialGroup='ZSTEEL',fromDate=2026-01-01,toDate=2026-12-31)"
    )
    expect(expected.length).to.be.greaterThan(1)
    const manager = (current = await pageAs(browser, 'erin'))
    await manager.goto(`${app.url}/launchpad/index.html#Supplier-rankByIntensity?materialGroup_code=ZSTEEL&fiscalYear=2026`, {
      waitUntil: 'domcontentloaded'
    })
    const rows = manager.locator('[id*="SupplierIntensityRankingList"] tr.sapMLIB')
    await rows.nth(expected.length - 1).waitFor({ timeout: 180000 })
    expect(await rows.count()).to.equal(expected.length)
    // highest ask priority first, with its name, figure and data quality
    const first = await rows.first().innerText()
    expect(first).to.include(expected[0].supplierName)
    expect(first).to.include(new Decimal(expected[0].dqScore).toFixed(2))
    await placeholderGone(manager)
    await manager.screenshot({ path: path.join(screenshots, 'supplier-intensities.png') })
    await manager.close()
  })

  it("closes a period through the app as a controller, and reopens it with a second person's approval", async () => {
    const key = "companyCode_code='1010',fiscalYear=2026,fiscalPeriod=1"
    await app.post('/odata/v4/period-close/FiscalPeriods', { companyCode_code: '1010', fiscalYear: 2026, fiscalPeriod: 1 })
    const controller = (current = await pageAs(browser, 'alice'))
    await controller.goto(`${app.url}/launchpad/index.html#EmissionPeriod-manage&/FiscalPeriods(${key})`, { waitUntil: 'domcontentloaded' })
    const action = (name: string): Locator =>
      controller.locator(`[id$="FiscalPeriodsObjectPage--fe::DataFieldForAction::PeriodCloseService.${name}"]`)
    // the page is ready when its title shows the period's company code and its (still empty) checks table
    await controller
      .locator('[id$="FiscalPeriodsObjectPage--fe::ObjectPageDynamicHeaderTitle"]', { hasText: 'Scope3 Demo Deutschland GmbH' })
      .waitFor({ timeout: 180000 })
    await controller.locator('[id*="fe::table::checks"]', { hasText: 'No items available' }).first().waitFor({ timeout: 60000 })
    const provisional = controller.locator('[id*="fe::table::checks"] tr.sapMLIB', { hasText: 'provisionalActivities' })
    await clickUntil(action('checkReadiness'), async () => await provisional.isVisible())
    // the failing check leads to its lines in the app that fixes them, filtered to the period
    const fixLink = provisional.locator('a', { hasText: 'Purchase Order Emissions' })
    const href = await fixLink.getAttribute('href')
    expect(href).to.equal('#PurchaseOrder-displayEmissions?companyCode_code=1010&fiscalYear=2026&fiscalPeriod=1&status=provisional')
    const fixer = await pageAs(browser, 'alice')
    await fixer.goto(`${app.url}/launchpad/index.html${href!}`, { waitUntil: 'domcontentloaded' })
    const { value: provisionalOrders } = await app.get(
      "/odata/v4/emissions/PurchaseOrders?$filter=companyCode_code eq '1010' and fiscalYear eq '2026' and fiscalPeriod eq 1 and status eq 'provisional'"
    )
    expect(provisionalOrders.length).to.be.greaterThan(0)
    const listed = fixer.locator('[id*="PurchaseOrdersList"] tr.sapMListTblRow')
    await listed.nth(provisionalOrders.length - 1).waitFor({ timeout: 180000 })
    // the table's title counts what the filters let through: the period's provisional orders, no more
    await fixer
      .locator('[id*="PurchaseOrdersList"] .sapMTitle', { hasText: `Purchase Orders (${provisionalOrders.length as number})` })
      .waitFor()
    for (const order of provisionalOrders) await listed.filter({ hasText: order.PurchaseOrder }).first().waitFor()
    await fixer.close()
    // a recompute lists its job; a close the failing check refuses says why, and leaves the tables as they were
    const jobRows = controller.locator('[id*="fe::table::jobs"] tr.sapMLIB')
    await action('recompute').click()
    await controller.locator('.sapMDialog', { hasText: 'Recompute every line' }).locator('button', { hasText: /^OK$/ }).click()
    await jobRows.first().waitFor({ timeout: 60000 })
    const jobsBefore = await eventually(
      async () => {
        const { value } = await app.get(`/odata/v4/period-close/FiscalPeriods(${key})/jobs?$select=ID,status`)
        return value.every((j: any) => j.status !== 'running') && value.length
      },
      60000,
      'the recompute job'
    )
    await action('close').click()
    await controller.locator('.sapMDialog', { hasText: 'Close this period?' }).locator('button', { hasText: /^OK$/ }).click()
    const refusal = controller.locator('.sapMDialog', { hasText: 'cannot close' })
    await refusal.waitFor({ timeout: 30000 })
    expect(await refusal.innerText()).to.include('provisionalActivities')
    await refusal.locator('button', { hasText: /^Close$/ }).click()
    await jobRows.nth(jobsBefore - 1).waitFor({ timeout: 30000 })
    expect(await controller.locator('[id*="fe::table::jobs"] .sapMListNoData:visible').count()).to.equal(0)
    expect(await jobRows.count()).to.equal(jobsBefore)
    expect(await provisional.isVisible()).to.equal(true)
    // the failing check is waived in its row, with a reason
    await provisional.locator('.sapMCb').first().click()
    await controller.locator('[id$="fe::table::checks::LineItem::DataFieldForAction::PeriodCloseService.waive"]').click()
    await controller.locator('.sapMDialog textarea').fill('demo purchase orders have no goods receipts yet')
    await controller.locator('.sapMDialog button', { hasText: 'Waive' }).click()
    await provisional.locator('td', { hasText: 'demo purchase orders' }).waitFor({ timeout: 30000 })
    // the period's title says which period it is; an action its state does not allow is not offered
    await controller
      .locator('[id$="FiscalPeriodsObjectPage--fe::ObjectPageDynamicHeaderTitle"]', { hasText: '1010 · 2026 / 001' })
      .waitFor()
    expect(await offered(action('requestReopen'))).to.equal(false)
    // Close asks for confirmation first
    await action('close').click()
    const confirm = controller.locator('.sapMDialog', { hasText: 'Close this period?' })
    await confirm.waitFor({ timeout: 30000 })
    await controller.screenshot({ path: path.join(screenshots, 'period-close-confirm.png') })
    await confirm.locator('button', { hasText: /^OK$/ }).click()
    const period = await eventually(
      async () => {
        const p = await app.get(`/odata/v4/period-close/FiscalPeriods(${key})?$expand=snapshot`)
        return p.status === 'closed' ? p : undefined
      },
      60000,
      'the close job'
    )
    // the job ran in the background: the page follows it by itself, says so, and shows the frozen figure
    await controller.locator('.sapMMessageToast', { hasText: 'is closed' }).waitFor({ timeout: 30000 })
    await controller
      .locator('[id$="FiscalPeriodsObjectPage--fe::ObjectPage-OPHeaderContent"]', { hasText: 'closed' })
      .waitFor({ timeout: 30000 })
    await controller.locator('[id$="FiscalPeriodsObjectPage--fe::ObjectPage-OPHeaderContent"]', { hasText: period.snapshot.hash }).waitFor()
    const header = await controller.locator('[id$="FiscalPeriodsObjectPage--fe::ObjectPage-OPHeaderContent"]').innerText()
    // the frozen figure in tonnes to three decimals
    const figure = figureUnder(header, 'Closed Figure')
    expect(figure, header).to.match(/t CO2e/)
    expect(inTonnes(figure!, period.snapshot.kgCO2eLocation), `${header} vs ${period.snapshot.kgCO2eLocation as string} kg`).to.equal(true)
    expect(await offered(action('close'))).to.equal(false)
    expect(await offered(action('requestReopen'))).to.equal(true)
    await controller.screenshot({ path: path.join(screenshots, 'period-close-object-page.png') })
    // the frozen totals per category: named as reports name them, in tonnes
    await controller.locator('[id*="fe::table::totals"]').first().scrollIntoViewIfNeeded()
    const category1 = controller.locator('[id*="fe::table::totals"] tr.sapMLIB', { hasText: '1 Purchased goods and services' })
    await category1.first().waitFor({ timeout: 30000 })
    // (its figure with the unit renders a moment after the row)
    await category1
      .first()
      .locator('td', { hasText: /t\s*CO2e/ })
      .first()
      .waitFor({ timeout: 30000 })
    expect(await category1.first().innerText()).to.match(/\d\.\d{3}\s*t CO2e/)
    // the inventory of the period's year, downloaded from the header: the service's CSV, and the same as XLSX
    const inventoryCsv = await (
      await fetch(`${app.url}/odata/v4/inventory/inventoryCsv(reportingYear=2026)`, { headers: { authorization: basic('alice', '') } })
    ).text()
    const downloaded = async (label: string): Promise<{ name: string; content: Buffer }> => {
      const [file] = await Promise.all([
        controller.waitForEvent('download', { timeout: 60000 }),
        controller.locator('.sapFDynamicPageTitle button', { hasText: label }).first().click()
      ])
      return { name: file.suggestedFilename(), content: fs.readFileSync((await file.path())!) }
    }
    const csv = await downloaded('Inventory (CSV)')
    expect(csv.name).to.equal('scope3-inventory-2026.csv')
    expect(csv.content.toString('utf8')).to.equal(inventoryCsv)
    const xlsx = await downloaded('Inventory (XLSX)')
    expect(xlsx.name).to.equal('scope3-inventory-2026.xlsx')
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(xlsx.content as any)
    const sheet = workbook.getWorksheet('Inventory 2026')!
    const csvRows = inventoryCsv.trim().split('\r\n')
    expect(sheet.rowCount).to.equal(csvRows.length)
    // the total row: the same figure as the CSV's, as an Excel number shown to three decimals
    const columns = (sheet.getRow(1).values as unknown[]).slice(1)
    const column = columns.indexOf('tCO2eLocation') + 1
    const totalCell = sheet.getRow(sheet.rowCount).getCell(column)
    expect(totalCell.value).to.equal(Number(csvRows.at(-1)!.split(',')[column - 1]))
    expect(totalCell.numFmt).to.equal('#,##0.000')
    // the year's disclosures from its closed periods (ESRS E1-6, CDP, GHG Protocol): the service's CSV, and XLSX by framework
    const disclosuresCsv = await (
      await fetch(`${app.url}/odata/v4/inventory/disclosureCsv(reportingYear=2026)`, { headers: { authorization: basic('alice', '') } })
    ).text()
    expect(disclosuresCsv).to.match(/^framework,datapoint,label,category,value,unit/)
    const disclosed = await downloaded('Disclosures (CSV)')
    expect(disclosed.name).to.equal('scope3-disclosures-2026.csv')
    expect(disclosed.content.toString('utf8')).to.equal(disclosuresCsv)
    const byFramework = new ExcelJS.Workbook()
    await byFramework.xlsx.load((await downloaded('Disclosures (XLSX)')).content as any)
    expect(byFramework.worksheets.map(w => w.name)).to.deep.equal(['CDP', 'ESRS-E1-6', 'GHG-PROTOCOL'])
    const esrsTotal = disclosuresCsv.split('\r\n').find(l => l.startsWith('ESRS-E1-6,E1-6_44c,'))!
    expect(byFramework.getWorksheet('ESRS-E1-6')!.getRow(2).getCell(5).value).to.equal(Number(/,([\d.]+),t CO2e,/.exec(esrsTotal)![1]))
    // (sections below the fold render when they come into view; the header collapses)
    const jobs = controller.locator('[id*="fe::table::jobs"]').first()
    await jobs.scrollIntoViewIfNeeded()
    await jobs.locator('tr.sapMLIB', { hasText: /close\s*succeeded/ }).waitFor({ timeout: 30000 })
    await controller.locator('[id*="fe::table::totals"]').first().scrollIntoViewIfNeeded()
    await controller.locator('[id*="fe::table::totals"] tr.sapMLIB').first().waitFor({ timeout: 30000 })
    await action('requestReopen').click()
    const reason = controller.locator('.sapMDialog textarea')
    await reason.fill('Supplier sent primary data for January')
    await reason.press('Tab')
    await controller.locator('.sapMDialog button', { hasText: 'Request Reopen' }).click()
    await eventually(
      async () =>
        (await app.get(`/odata/v4/period-close/FiscalPeriods(${key})/restatements?$filter=status eq 'requested'`)).value?.length === 1,
      30000,
      'the restatement request'
    )
    // (sections below the fold render when they come into view)
    await controller.locator('[id*="fe::table::restatements"]').first().scrollIntoViewIfNeeded()
    await controller.locator('[id*="fe::table::restatements"] tr.sapMLIB', { hasText: 'requested' }).waitFor({ timeout: 30000 })
    // four eyes: another controller approves in their own session
    const approver = (current = await pageAs(browser, 'bob'))
    await approver.goto(`${app.url}/launchpad/index.html#EmissionPeriod-manage&/FiscalPeriods(${key})`, { waitUntil: 'domcontentloaded' })
    const request = approver.locator('[id*="fe::table::restatements"] tr.sapMLIB', { hasText: 'Supplier sent primary data' })
    await approver
      .locator('[id$="FiscalPeriodsObjectPage--fe::ObjectPage-OPHeaderContent"]', { hasText: 'closed' })
      .waitFor({ timeout: 180000 })
    await approver.locator('[id*="fe::table::restatements"]').first().scrollIntoViewIfNeeded()
    await request.waitFor({ timeout: 60000 })
    await request.locator('.sapMCb').first().click()
    await approver.locator('[id$="fe::table::restatements::LineItem::DataFieldForAction::PeriodCloseService.approve"]').click()
    await approver.locator('.sapMDialog input').first().fill('checked the supplier data')
    await approver.locator('.sapMDialog button', { hasText: 'Approve' }).click()
    await request.locator('td', { hasText: 'approved' }).waitFor({ timeout: 30000 })
    expect((await app.get(`/odata/v4/period-close/FiscalPeriods(${key})`)).status).to.equal('reopened')
    // a decided request is not decided again: approve is no longer offered on it
    const approve = approver.locator('[id$="fe::table::restatements::LineItem::DataFieldForAction::PeriodCloseService.approve"]')
    await eventually(async () => !(await offered(approve)), 30000, 'approve no longer offered')
    await approver.close()
    await controller.close()
  })

  it("creates and publishes a factor set draft as an admin; the service's validation shows at the field", async () => {
    const admin = (current = await pageAs(browser, 'sam'))
    await admin.goto(`${app.url}/launchpad/index.html#EmissionFactor-manage`, { waitUntil: 'domcontentloaded' })
    const create = admin.locator('[id$="FactorSetsList--fe::table::FactorSets::LineItem::StandardAction::Create"]')
    await admin.locator('[id*="FactorSetsList"] tr.sapMLIB', { hasText: 'US-EPA-SCGHG-1.3' }).waitFor({ timeout: 180000 })
    await admin.screenshot({ path: path.join(screenshots, 'manage-factors-list.png') })
    await create.click()
    // the key is asked for first, then the draft opens in edit mode
    await admin.locator('.sapMDialog input').fill('BROWSER-PCF')
    await admin.locator('.sapMDialog button', { hasText: 'Continue' }).click()
    const field = (name: string): Locator => admin.locator(`[id$="FormElement::DataField::${name}::Field-edit-inner"]`)
    await field('title').waitFor({ timeout: 60000 })
    await field('title').fill('Supplier footprints entered in the browser')
    await field('publisher').fill('Browser Test GmbH')
    await field('version').fill('2026.1')
    await admin.locator('[id$="fe::table::factors::LineItem::StandardAction::Create"]').click()
    const factor = admin.locator('[id*="fe::table::factors"] tr.sapMLIB').first()
    await factor.waitFor({ timeout: 30000 })
    const cells = factor.locator('input:not([type=checkbox])')
    await cells.nth(0).fill('Steel coil, cradle-to-gate')
    await cells.nth(1).fill('1.85')
    await cells.nth(2).fill('NOPE')
    await cells.nth(2).press('Tab')
    const save = admin.locator('[id$="FactorSetsObjectPage--fe::FooterBar::StandardAction::Save"]')
    await save.click()
    // the service refuses the unknown unit; Fiori elements marks the unit cell of that row and names it
    await admin
      .locator('.sapMMsgPopover, .sapMMessageView', { hasText: 'Unknown unit of measure NOPE' })
      .first()
      .waitFor({ timeout: 30000 })
    expect(await factor.locator('.sapMInputBaseContentWrapperError').count()).to.equal(1)
    await admin.screenshot({ path: path.join(screenshots, 'manage-factors-field-message.png') })
    expect((await app.get("/odata/v4/admin/FactorSets(code='BROWSER-PCF',IsActiveEntity=true)")).error?.code).to.equal('404')
    await admin.keyboard.press('Escape')
    await cells.nth(2).fill('KGM')
    await cells.nth(2).press('Tab')
    await save.click()
    const publish = admin.locator('[id$="FactorSetsObjectPage--fe::DataFieldForAction::AdminService.publish"]')
    await eventually(async () => await publish.isEnabled(), 60000, 'the saved set')
    await publish.click()
    const saved = await eventually(
      async () => {
        const set = await app.get("/odata/v4/admin/FactorSets(code='BROWSER-PCF',IsActiveEntity=true)?$expand=factors")
        return set.status_code === 'published' ? set : undefined
      },
      30000,
      'the published set'
    )
    expect(saved.factors.map((f: any) => [f.ID, f.unit_code, Number(f.value)])).to.deep.equal([['BROWSER-PCF/F001', 'KGM', 1.85]])
    await admin
      .locator('[id$="FactorSetsObjectPage--fe::DataFieldForAction::AdminService.deprecate"]:not([disabled])')
      .waitFor({ timeout: 30000 })
    await admin.close()
  })

  it('drafts the next version of a rule that attributions used, from its object page', async () => {
    const {
      value: [rule]
    } = await app.get('/odata/v4/admin/AttributionRules?$filter=inUse eq true and IsActiveEntity eq true&$top=1')
    let admin = (current = await pageAs(browser, 'sam'))
    await admin.goto(`${app.url}/launchpad/index.html#AttributionRule-manage`, { waitUntil: 'domcontentloaded' })
    await admin.locator('[id*="AttributionRulesList"] tr.sapMLIB').first().waitFor({ timeout: 180000 })
    await admin.screenshot({ path: path.join(screenshots, 'manage-rules-list.png') })
    // (a second goto that changes only the hash does not reload the app: the object page opens in a new tab)
    const tab = await pageAs(browser, 'sam')
    await admin.close()
    admin = current = tab
    await admin.goto(
      `${app.url}/launchpad/index.html#AttributionRule-manage&/AttributionRules(ID=${rule.ID as string},IsActiveEntity=true)`,
      { waitUntil: 'domcontentloaded' }
    )
    const newVersion = admin.locator('[id$="AttributionRulesObjectPage--fe::DataFieldForAction::AdminService.newVersion"]')
    await newVersion.waitFor({ timeout: 60000 })
    // a used version is not edited in place: no Edit button, only New Version
    expect(await admin.locator('[id$="AttributionRulesObjectPage--fe::StandardAction::Edit"]').isVisible()).to.equal(false)
    await admin
      .locator('[id$="AttributionRulesObjectPage--fe::ObjectPage-OPHeaderContent"]', { hasText: 'Used by Attributions' })
      .waitFor({ timeout: 60000 })
    await clickUntil(newVersion, async () => /IsActiveEntity=false/.test(admin.url()))
    await admin.locator('[id$="AttributionRulesObjectPage--fe::FooterBar::StandardAction::Save"]').waitFor({ timeout: 30000 })
    // the draft of the next version, with the rule's key
    const header = admin.locator('[id$="AttributionRulesObjectPage--fe::ObjectPage-OPHeaderContent"]')
    await header.filter({ hasText: new RegExp(`Rule Version:\\s*${(rule.version + 1) as number}`) }).waitFor({ timeout: 30000 })
    await admin
      .locator('[id$="AttributionRulesObjectPage--fe::ObjectPageDynamicHeaderTitle"]', { hasText: rule.ruleKey })
      .waitFor({ timeout: 30000 })
    await admin.close()
  })

  it('creates a transport lane with a leg in Manage Transport Lanes as an admin', async () => {
    const admin = (current = await pageAs(browser, 'sam'))
    await admin.goto(`${app.url}/launchpad/index.html#TransportLane-manage`, { waitUntil: 'domcontentloaded' })
    const create = admin.locator('[id$="TransportLanesList--fe::table::TransportLanes::LineItem::StandardAction::Create"]')
    await admin
      .locator('[id*="TransportLanesList"] .sapMListNoData, [id*="TransportLanesList"] tr.sapMLIB')
      .first()
      .waitFor({ timeout: 180000 })
    // (the app's loading placeholder may still lie over the list)
    await admin.locator('[id$="appContent--placeholder"]').waitFor({ state: 'hidden', timeout: 60000 })
    await clickUntil(create, async () => /IsActiveEntity=false/.test(admin.url()))
    const field = (name: string): Locator => admin.locator(`[id$="FormElement::DataField::${name}::Field-edit-inner"]`)
    await field('name').waitFor({ timeout: 60000 })
    // each value is typed until the draft holds it: on a busy machine a page can still be rendering the field it
    // was typed into, and drop the value
    const draft = async (): Promise<any> =>
      (await getAs('sam', '/odata/v4/admin/TransportLanes?$filter=IsActiveEntity eq false&$expand=legs')).value?.[0]
    const typeUntilSaved = async (input: Locator, value: string, saved: (d: any) => boolean): Promise<void> => {
      for (let attempt = 0; attempt < 3; attempt++) {
        await input.fill(value)
        await input.press('Tab')
        const held = await eventually(async () => ((d => d && saved(d))(await draft()) ? true : undefined), 10000, value).catch(() => false)
        if (held) return
      }
      throw new Error(`the draft did not take ${value}`)
    }
    await typeUntilSaved(field('name'), 'Browser lane FR → Munich', d => d.name === 'Browser lane FR → Munich')
    // (fields with a value help wrap their input)
    await typeUntilSaved(field('supplierCountry_code').locator('input'), 'FR', d => d.supplierCountry_code === 'FR')
    await typeUntilSaved(field('plant_code').locator('input'), '1020', d => d.plant_code === '1020')
    await admin.locator('[id$="fe::table::legs::LineItem::StandardAction::Create"]').click()
    const leg = admin.locator('[id*="fe::table::legs"] tr.sapMLIB').first()
    await leg.waitFor({ timeout: 30000 })
    const cells = leg.locator('input:not([type=checkbox])')
    await typeUntilSaved(cells.nth(1), 'road', d => d.legs?.[0]?.mode === 'road')
    await typeUntilSaved(cells.nth(2), '880', d => Number(d.legs?.[0]?.distanceKm) === 880)
    await admin.locator('[id$="TransportLanesObjectPage--fe::FooterBar::StandardAction::Save"]').click()
    const saved = await eventually(
      async () =>
        (await app.get("/odata/v4/admin/TransportLanes?$filter=name eq 'Browser lane FR → Munich' and IsActiveEntity eq true&$expand=legs"))
          .value?.[0],
      60000,
      'the saved lane'
    )
    expect(saved).to.include({ supplierCountry_code: 'FR', plant_code: '1020', active: true })
    expect(saved.legs.map((l: any) => [l.sequence, l.mode, Number(l.distanceKm)])).to.deep.equal([[1, 'road', 880]])
    await admin.locator('[id$="TransportLanesObjectPage--fe::StandardAction::Edit"]').waitFor({ timeout: 30000 })
    await admin.screenshot({ path: path.join(screenshots, 'transport-lanes-object-page.png') })
    await admin.close()
  })

  it('works the findings in the Data Quality Worklist: the agent runs, a finding is waived with a reason; the run shows in Manage Agents', async () => {
    // a stricter policy than the default: the demo lines' EPA factors (2022) are stale for 2026
    const auth = { authorization: `Basic ${Buffer.from('sam:').toString('base64')}`, 'content-type': 'application/json' }
    const agent = (active: boolean): string => `${app.url}/odata/v4/quality/Agents(code='data-quality',IsActiveEntity=${String(active)})`
    await fetch(`${agent(true)}/DataQualityService.draftEdit`, { method: 'POST', headers: auth, body: '{"PreserveChanges":true}' })
    await fetch(agent(false), { method: 'PATCH', headers: auth, body: JSON.stringify({ policy: '{"staleFactorYears":3}' }) })
    await fetch(`${agent(false)}/DataQualityService.draftActivate`, { method: 'POST', headers: auth, body: '{}' })
    const report = await (await fetch(`${agent(true)}/DataQualityService.run`, { method: 'POST', headers: auth, body: '{}' })).json()
    expect(report.raised, JSON.stringify(report)).to.be.greaterThan(0)
    const {
      value: [finding]
    } = await app.get("/odata/v4/quality/Findings?$filter=findingType eq 'staleFactor' and status eq 'open'&$orderby=documentNumber&$top=1")
    const admin = (current = await pageAs(browser, 'sam'))
    await admin.goto(`${app.url}/launchpad/index.html#DataQualityFinding-manage`, { waitUntil: 'domcontentloaded' })
    const row = admin
      .locator('[id*="FindingsList"] tr.sapMLIB', { hasText: finding.documentNumber })
      .filter({ hasText: 'staleFactor' })
      .first()
    await row.waitFor({ timeout: 180000 })
    // the line's figure to the gram, with its unit (the service keeps six decimals)
    expect(finding.kgCO2e, 'a stale factor finding names its figure').to.be.a('string')
    const kgShown = /(-?[\d,]+\.\d+)\s*kg CO2e/.exec(await row.innerText())?.[1]
    expect(kgShown).to.match(/\.\d{3}$/)
    expect(
      new Decimal(kgShown!.replace(/,/g, '')).minus(finding.kgCO2e).abs().lte('0.0005'),
      `${kgShown!} vs ${finding.kgCO2e as string}`
    ).to.equal(true)
    await admin.screenshot({ path: path.join(screenshots, 'quality-worklist.png') })
    // (one finding at a time: the table selects by radio button)
    await row.locator('.sapMRb, .sapMCb').first().click()
    const dialog = admin.locator('.sapMDialog', { hasText: 'Reason' })
    await clickUntil(
      admin.locator('[id$="fe::table::Findings::LineItem::DataFieldForAction::DataQualityService.waive"]'),
      async () => await dialog.isVisible()
    )
    await dialog.locator('textarea, input').first().fill('EPA v1.3 is the newest spend dataset; supplier data requested')
    await dialog.locator('button', { hasText: /^Waive$/ }).click()
    const decided = await eventually(
      async () => {
        const f = await app.get(`/odata/v4/quality/Findings(${finding.ID as string})`)
        return f.status !== 'open' ? f : undefined
      },
      60000,
      'the waived finding'
    )
    expect(decided.status).to.be.oneOf(['waived', 'waiverRequested'])
    expect(decided.waiverRequestedBy).to.equal('sam')
    // above the materiality the policy agent says who decides; the list shows the finding's new status
    const info = admin.locator('.sapMDialog', { hasText: 'approver' })
    if (decided.status === 'waiverRequested') await info.locator('button', { hasText: 'OK' }).click()
    await row.locator('td', { hasText: decided.status }).waitFor({ timeout: 30000 })
    await admin.close()
    // the run and its decisions in Manage Agents
    const steward = (current = await pageAs(browser, 'sam'))
    await steward.goto(`${app.url}/launchpad/index.html#Agent-manage&/Agents(code='data-quality',IsActiveEntity=true)`, {
      waitUntil: 'domcontentloaded'
    })
    await steward.locator('[id*="fe::table::runs"] tr.sapMLIB', { hasText: 'manual' }).first().waitFor({ timeout: 180000 })
    await steward.screenshot({ path: path.join(screenshots, 'manage-agents-object-page.png') })
    await steward.close()
  })

  it("sends the remediation agent's first request in Supplier Data Requests as an admin", async () => {
    const auth = { authorization: `Basic ${Buffer.from('sam:').toString('base64')}`, 'content-type': 'application/json' }
    const report = await (
      await fetch(`${app.url}/odata/v4/quality/Agents(code='remediation',IsActiveEntity=true)/DataQualityService.run`, {
        method: 'POST',
        headers: auth,
        body: '{}'
      })
    ).json()
    expect(report.raised, JSON.stringify(report)).to.be.greaterThan(0)
    const {
      value: [first]
    } = await app.get("/odata/v4/quality/SupplierDataRequests?$filter=status eq 'proposed'&$orderby=priority desc&$top=1")
    const admin = (current = await pageAs(browser, 'sam'))
    await admin.goto(`${app.url}/launchpad/index.html#SupplierDataRequest-manage`, { waitUntil: 'domcontentloaded' })
    const row = admin.locator('[id*="RequestsList"] tr.sapMLIB', { hasText: first.supplier_ID }).filter({ hasText: 'proposed' }).first()
    await row.waitFor({ timeout: 180000 })
    await admin.screenshot({ path: path.join(screenshots, 'supplier-requests.png') })
    await row.locator('.sapMRb, .sapMCb').first().click()
    const send = admin.locator('[id$="fe::table::SupplierDataRequests::LineItem::DataFieldForAction::DataQualityService.send"]')
    await clickUntil(send, async () => (await app.get(`/odata/v4/quality/SupplierDataRequests(${first.ID as string})`)).status === 'sent')
    const sent = await app.get(`/odata/v4/quality/SupplierDataRequests(${first.ID as string})`)
    expect(sent).to.include({ status: 'sent', sentBy: 'sam' })
    expect(JSON.parse(sent.requestEvent).type).to.equal('org.wbcsd.pact.ProductFootprint.RequestCreatedEvent.3')
    await admin
      .locator('[id*="RequestsList"] tr.sapMLIB', { hasText: first.supplier_ID })
      .filter({ hasText: 'sent' })
      .first()
      .waitFor({ timeout: 30000 })
    await admin.close()
  })

  it('uploads a flights file in Upload Activity Data, shows its preview total and commits it', async () => {
    const year = new Date().getUTCFullYear() - 1
    const file =
      [
        'date,travellerRef,origin,destination,cabinClass,trip',
        `${year}-05-04,T-4711,FRA,JFK,economy,return`,
        `${year}-05-06,T-4712,LHR,CDG,business,one-way`,
        `${year}-05-07,T-4713,MUC,XXX,economy,one-way`
      ].join('\n') + '\n'
    const admin = (current = await pageAs(browser, 'sam'))
    await admin.goto(`${app.url}/launchpad/index.html#ActivityData-upload`, { waitUntil: 'domcontentloaded' })
    const uploadButton = admin.locator('button', { hasText: 'Upload File' })
    await uploadButton.waitFor({ timeout: 180000 })
    await admin.locator('[id*="BatchesList"] .sapMListNoData, [id*="BatchesList"] tr.sapMLIB').first().waitFor({ timeout: 60000 })
    const dialog = admin.locator('.sapMDialog', { hasText: 'Upload Activity Data' })
    await clickUntil(uploadButton, async () => await dialog.isVisible())
    await dialog.locator('input[type=file]').setInputFiles({ name: 'browser-flights.csv', mimeType: 'text/csv', buffer: Buffer.from(file) })
    await dialog.locator('button', { hasText: /^Upload$/ }).click()
    // the upload says what it read and previews the figure in t CO2e
    const uploadedToast = admin.locator('.sapMMessageToast', { hasText: /3 rows, 1 with errors, preview [\d,]+\.\d{3} t CO2e/ })
    await uploadedToast.waitFor({ timeout: 60000 })
    // the batch: validated, one row refused (unknown airport), a preview of the other two
    const batch = await eventually(
      async () => (await app.get("/odata/v4/uploads/Batches?$filter=fileName eq 'browser-flights.csv'")).value?.[0],
      60000,
      'the uploaded batch'
    )
    expect(batch).to.include({ status: 'validated', rowsRead: 3, rowsValid: 2, rowsWithErrors: 1, activityType: 'flights' })
    const row = admin.locator('[id*="BatchesList"] tr.sapMLIB', { hasText: 'browser-flights.csv' })
    await row.waitFor({ timeout: 60000 })
    // the row's figure renders after the row (in one CI run the row showed first with an empty figure cell)
    await row.locator('td', { hasText: 't CO2e' }).first().waitFor({ timeout: 30000 })
    const cells = await row.locator('td').allInnerTexts()
    const shown = cells.find(c => /t CO2e/.test(c))
    expect(shown, `row ${cells.join(' | ')}`).to.be.a('string')
    expect(inTonnes(shown!, batch.kgCO2eLocation), `${shown!} vs ${batch.kgCO2eLocation as string} kg`).to.equal(true)
    await admin.screenshot({ path: path.join(screenshots, 'upload-data-list.png') })
    // its object page names the refused row and column; Commit asks whether to leave that row out
    await row.click()
    const messages = admin.locator('[id*="fe::table::messages"] tr.sapMLIB', { hasText: 'destination' })
    await messages.first().waitFor({ timeout: 60000 })
    expect(await messages.first().innerText()).to.match(/4[\s\S]*XXX/)
    await admin.screenshot({ path: path.join(screenshots, 'upload-data-object-page.png') })
    // one row has an error: Commit is not offered, Commit Valid Rows is, and asks for confirmation
    const commit = admin.locator('[id$="BatchesObjectPage--fe::DataFieldForAction::UploadService.commit"]')
    const commitValid = admin.locator('[id$="BatchesObjectPage--fe::DataFieldForAction::UploadService.commitValidRows"]')
    await commitValid.waitFor({ timeout: 30000 })
    expect(await offered(commit)).to.equal(false)
    const confirm = admin.locator('.sapMDialog', { hasText: 'Commit the valid rows of this upload?' })
    await clickUntil(commitValid, async () => await confirm.isVisible())
    await confirm.locator('button', { hasText: /^OK$/ }).click()
    // the result in a message toast: the rows and the figure committed, in t CO2e
    const tonnes = new Decimal(batch.kgCO2eLocation).div(1000).toDecimalPlaces(3, Decimal.ROUND_HALF_EVEN).toFixed(3)
    await admin
      .locator('.sapMMessageToast', { hasText: `2 row(s) committed: ${tonnes} t CO2e (location-based); 1 row(s) with errors left out` })
      .waitFor({ timeout: 30000 })
    const committed = await eventually(
      async () => {
        const b = await app.get(`/odata/v4/uploads/Batches(${batch.ID as string})`)
        return b.status === 'committed' ? b : undefined
      },
      60000,
      'the committed batch'
    )
    expect(committed).to.include({ rowsCommitted: 2 })
    expect(new Decimal(committed.kgCO2eLocation).equals(new Decimal(batch.kgCO2eLocation))).to.equal(
      true,
      `${committed.kgCO2eLocation as string} vs ${batch.kgCO2eLocation as string}`
    )
    await admin
      .locator('[id$="BatchesObjectPage--fe::ObjectPage-OPHeaderContent"]', { hasText: 'committed' })
      .first()
      .waitFor({ timeout: 60000 })
    await admin.close()
  })

  it('charts Scope 3 Analytics: the total, categories as a donut, the trend by period, the largest suppliers and groups, the lines', async () => {
    const analytics = '/odata/v4/analytics/EmissionLines'
    const { value: totals } = await app.get(
      `${analytics}?$apply=groupby((category_code,categoryName),aggregate(kgCO2eLocation with sum as total))`
    )
    const analyst = (current = await pageAs(browser, 'alice'))
    await analyst.goto(`${app.url}/launchpad/index.html#EmissionLine-analyze`, { waitUntil: 'domcontentloaded' })
    const chartTypes = async (): Promise<string[]> =>
      await analyst.evaluate(() => {
        const Element = (window as any).sap.ui.require('sap/ui/core/Element')
        return Element.registry.filter((e: any) => e.isA('sap.chart.Chart')).map((c: any) => c.getChartType())
      })
    const view = async (tab: string): Promise<void> => {
      await analyst
        .locator('.sapMITBText', { hasText: new RegExp(`^${tab}$`) })
        .first()
        .click()
    }
    /** the labels of a view's chart's categories as drawn, in their order (its category axis) */
    const axisLabels = async (viewKey: string): Promise<string[]> => {
      const labels = analyst.locator(`[id$="fe::Chart::${viewKey}::Chart"] .v-m-categoryAxis .v-axis-label-wrapper`)
      await labels.first().waitFor({ timeout: 60000 })
      return (await labels.allTextContents()).map(l => l.trim())
    }
    // the header's total: every line the user may read, all periods, in t CO2e to three decimals
    const all = totals.reduce((sum: Decimal, t: any) => sum.plus(t.total), new Decimal(0))
    const kpi = analyst.locator('.sapMGenericTag', { hasText: 'TOT' }).first()
    await kpi.waitFor({ timeout: 180000 })
    await analyst.waitForFunction((tag: Element | null) => /\d\.\d{3}/.test(tag?.textContent ?? ''), await kpi.elementHandle(), {
      timeout: 60000
    })
    const kpiText = await kpi.innerText()
    expect(kpiText).to.include('t CO2e')
    const kpiFigure = /-?[\d,]+\.\d{3}/.exec(kpiText)![0]
    expect(inTonnes(kpiFigure, all.toString()), `${kpiFigure} vs ${all.toString()} kg`).to.equal(true)
    // the first view: one slice per category the service aggregates, named as reports name it
    for (const t of totals) {
      expect(t.categoryName).to.equal(
        `${t.category_code as number} ${(await app.get(`/odata/v4/analytics/Scope3Categories(${t.category_code as number})`)).name as string}`
      )
      await analyst.locator('svg text', { hasText: t.categoryName }).first().waitFor({ timeout: 60000 })
    }
    expect(await chartTypes()).to.include('donut')
    await analyst.screenshot({ path: path.join(screenshots, 'analytics.png') })
    // by period: the trend, oldest period first, each column stacked by category
    const { value: periods } = await app.get(`${analytics}?$apply=groupby((yearPeriod,yearPeriodText))&$orderby=yearPeriod`)
    expect(periods.length).to.be.greaterThan(2)
    await view('By Period')
    await analyst.waitForFunction(
      () =>
        (window as any).sap.ui
          .require('sap/ui/core/Element')
          .registry.filter((e: any) => e.isA('sap.chart.Chart'))
          .some((c: any) => c.getChartType() === 'stacked_column'),
      undefined,
      { timeout: 60000 }
    )
    expect(await axisLabels('byPeriod')).to.deep.equal(periods.map((p: any) => p.yearPeriodText))
    await analyst.screenshot({ path: path.join(screenshots, 'analytics-by-period.png') })
    // the largest suppliers and material groups first
    const largestFirst = async (dimension: string, name: string): Promise<string[]> => {
      const { value } = await app.get(`${analytics}?$apply=groupby((${dimension},${name}),aggregate(kgCO2eLocation with sum as kg))`)
      return [...value]
        .filter((r: any) => r[dimension] != null)
        .sort((a: any, b: any) => new Decimal(b.kg).comparedTo(new Decimal(a.kg)))
        .map((r: any) => r[name] as string)
    }
    for (const [tab, key, names] of [
      ['By Supplier', 'bySupplier', await largestFirst('supplier_ID', 'supplierName')],
      ['By Material Group', 'byMaterialGroup', await largestFirst('materialGroup_code', 'materialGroupName')]
    ] as Array<[string, string, string[]]>) {
      await view(tab)
      await analyst
        .locator('.sapMTitle:visible', { hasText: tab === 'By Supplier' ? 'Largest Suppliers' : 'Largest Material Groups' })
        .first()
        .waitFor({ timeout: 60000 })
      const labels = (await axisLabels(key)).filter(l => l !== 'No value')
      // each bar labelled with its name (and id); the largest at the top
      expect(labels.length, labels.join(' | ')).to.equal(names.length)
      labels.forEach((label, i) => expect(label, `${tab}: ${labels.join(' | ')}`).to.include(names[i].slice(0, 12)))
    }
    // the lines: the emission columns shown, in t CO2e, the biggest line first (the service's largest, in tonnes)
    await view('Lines')
    const rows = analyst.locator('[id*="EmissionLinesList"] tr.sapMLIB')
    await rows.first().waitFor({ timeout: 60000 })
    const {
      value: [largest]
    } = await app.get(`${analytics}?$orderby=kgCO2eLocation desc&$top=1&$select=kgCO2eLocation`)
    await rows
      .first()
      .locator('td', { hasText: /t\s*CO2e/ })
      .first()
      .waitFor({ timeout: 30000 })
    const first = await rows.first().innerText()
    const figure = /-?[\d,]+\.\d{3}\s*t CO2e/.exec(first)?.[0]
    expect(figure, first).to.be.a('string')
    expect(inTonnes(figure!, largest.kgCO2eLocation), `${figure!} vs ${largest.kgCO2eLocation as string} kg`).to.equal(true)
    // the uncertainty: each category of a year and company code with its 95 % interval around the figure, newest year first
    await view('Uncertainty')
    const intervals = analyst.locator('[id*="uncertainty"] tr.sapMLIB:visible')
    await intervals.first().waitFor({ timeout: 60000 })
    await intervals
      .first()
      .locator('td', { hasText: /t\s*CO2e/ })
      .first()
      .waitFor({ timeout: 30000 })
    const { value: expected } = await app.get('/odata/v4/analytics/CategoryIntervals?$top=1')
    const shown = (await intervals.first().innerText()).replace(/\s+/g, ' ')
    const tonnesText = (t: string): string =>
      `${Number(t).toLocaleString('en-US', { minimumFractionDigits: 3, maximumFractionDigits: 3 })} t CO2e`
    expect(shown).to.include(
      `${expected[0].fiscalYearText as string} ${expected[0].companyCode_code as string} ${expected[0].categoryName as string}`
    )
    expect(shown).to.include(
      [expected[0].tCO2eLow, expected[0].tCO2eLocation, expected[0].tCO2eHigh].map((t: string) => tonnesText(t)).join(' ')
    )
    expect(Number(expected[0].tCO2eLow)).to.be.lessThan(Number(expected[0].tCO2eLocation))
    // how far it reaches, below and above, in the row's pop-in
    expect((await analyst.locator('[id*="uncertainty"] tr.sapMListTblSubRow:visible').first().innerText()).replace(/\s+/g, ' ')).to.include(
      expected[0].range
    )
    await analyst.screenshot({ path: path.join(screenshots, 'analytics-uncertainty.png') })
    // a reduction target: its pathway from the base year's figure to 25 % less by 2030, and the year's figure, per year
    const target = await app.post('/odata/v4/period-close/ReductionTargets', {
      name: 'Group near-term',
      baseYear: 2026,
      targetYear: 2030,
      reductionPercent: 25
    })
    expect(target.ID, JSON.stringify(target)).to.be.a('string')
    await view('Targets')
    await analyst
      .locator('[id$="fe::Chart::targets::Chart"] .v-m-categoryAxis .v-axis-label-wrapper')
      .nth(4)
      .waitFor({ state: 'attached', timeout: 60000 })
    expect(await axisLabels('targets')).to.deep.equal(['2026', '2027', '2028', '2029', '2030'])
    const legend = ((await analyst.locator('[id$="fe::Chart::targets::Chart"] .v-m-legend').first().textContent()) ?? '').replace(
      /\s+/g,
      ' '
    )
    expect(legend).to.include('Group near-term / Figure').and.to.include('Group near-term / Pathway')
    // one line point per year of the pathway, and the base year's figure
    const { value: progress } = await app.get(`/odata/v4/analytics/TargetProgress?$filter=target_ID eq ${target.ID as string}`)
    expect(progress.map((r: any) => r.pathway !== null)).to.deep.equal([true, true, true, true, true])
    expect(Number(progress[4].pathway)).to.be.closeTo(Number(progress[0].pathway) * 0.75, 0.002)
    expect(await analyst.locator('[id$="fe::Chart::targets::Chart"] .v-datapoint').count()).to.equal(6)
    await analyst.screenshot({ path: path.join(screenshots, 'analytics-targets.png') })
    // each closed period of a target against the pathway: a table of the year to date (no period after 2026 is closed here)
    await view('Targets by Period')
    const periodTable = analyst.locator('[id*="targetPeriods"] table:visible').first()
    await periodTable.waitFor({ timeout: 60000 })
    const headers = ((await periodTable.locator('thead').innerText()) ?? '').replace(/\s+/g, ' ')
    for (const column of ['Reduction Target', 'Period', 'Figure to Date', 'Pathway to Date', 'Gap to Date', 'On Track'])
      expect(headers, headers).to.include(column)
    const { value: periodRows } = await app.get(`/odata/v4/analytics/TargetPeriodProgress?$filter=target_ID eq ${target.ID as string}`)
    expect(periodRows).to.deep.equal([])
    // a click on the total shows its trend by period in a card, one column per period, labelled in the periods' order
    // (the chart draws every label; in the card's narrow width it hides some that would overlap)
    await kpi.click()
    const card = analyst.locator('.sapMPopover .sapFCard').first()
    await card.waitFor({ timeout: 60000 })
    const cardLabels = card.locator('.v-m-categoryAxis .v-axis-label-wrapper')
    await cardLabels.nth(periods.length - 1).waitFor({ state: 'attached', timeout: 60000 })
    expect((await cardLabels.allTextContents()).map(l => l.trim())).to.deep.equal(periods.map((p: any) => p.yearPeriodText))
    expect(await card.innerText()).to.include('Emissions by Period (t CO2e')
    await analyst.screenshot({ path: path.join(screenshots, 'analytics-total.png') })
    await analyst.keyboard.press('Escape')
    await analyst.close()
  })

  it('publishes a saved footprint draft to customers in Own Product Footprints', async () => {
    const auth = { authorization: `Basic ${Buffer.from('sam:').toString('base64')}`, 'content-type': 'application/json' }
    const post = async (p: string, body: unknown): Promise<any> =>
      await (await fetch(app.url + p, { method: 'POST', headers: auth, body: JSON.stringify(body) })).json()
    const draft = await post('/odata/v4/pact/OwnFootprints', {
      companyName: 'Scope3 Demo Deutschland GmbH',
      companyIds: 'urn:pact:company-id:lei:5299009DEMO0000000001',
      productIds: 'urn:gtin:4012345000079',
      productNameCompany: 'Hinge HG-7',
      productDescription: 'Stainless steel hinge HG-7',
      declaredUnit: 'kilogram',
      productMassPerDeclaredUnit: '1',
      referencePeriodStart: '2025-01-01',
      referencePeriodEnd: '2026-01-01',
      geographyCountry: 'DE',
      pcfExcludingBiogenicUptake: '4.118',
      pcfIncludingBiogenicUptake: '4.118',
      fossilGhgEmissions: '4.1'
    })
    await post(`/odata/v4/pact/OwnFootprints(ID=${draft.ID as string},IsActiveEntity=false)/PactService.draftActivate`, {})
    const admin = (current = await pageAs(browser, 'sam'))
    await admin.goto(`${app.url}/launchpad/index.html#ProductFootprint-manage`, { waitUntil: 'domcontentloaded' })
    const row = admin.locator('[id*="OwnFootprintsList"] tr.sapMLIB', { hasText: 'Hinge HG-7' }).first()
    await row.waitFor({ timeout: 180000 })
    await row.locator('.sapMRb, .sapMCb').first().click()
    const publish = admin.locator('[id$="fe::table::OwnFootprints::LineItem::DataFieldForAction::PactService.publish"]')
    const stored = async (): Promise<any> => await app.get(`/odata/v4/pact/OwnFootprints(ID=${draft.ID as string},IsActiveEntity=true)`)
    await clickUntil(publish, async () => (await stored()).status === 'published')
    expect(await stored()).to.include({ status: 'published', version: 1 })
    expect(
      JSON.parse((await app.get(`/odata/v4/pact/ProductFootprints(${draft.ID as string})`)).document).pcf.pcfExcludingBiogenicUptake
    ).to.equal('4.118')
    await admin
      .locator('[id*="OwnFootprintsList"] tr.sapMLIB', { hasText: 'Hinge HG-7' })
      .filter({ hasText: 'published' })
      .first()
      .waitFor({ timeout: 30000 })
    await admin.screenshot({ path: path.join(screenshots, 'own-footprints.png') })
    await admin.close()
  })

  it("shows a new partner secret once and rejects a customer's footprint request in PACT Partners", async () => {
    const auth = { authorization: `Basic ${Buffer.from('sam:').toString('base64')}`, 'content-type': 'application/json' }
    const post = async (p: string, body: unknown = {}): Promise<any> =>
      await (await fetch(app.url + p, { method: 'POST', headers: auth, body: JSON.stringify(body) })).json()
    await post('/odata/v4/pact/Clients', { clientId: 'globex', name: 'Globex Corporation' })
    await post("/odata/v4/pact/Clients(clientId='globex',IsActiveEntity=false)/PactService.draftActivate")
    const admin = (current = await pageAs(browser, 'sam'))
    await admin.goto(`${app.url}/launchpad/index.html#PactPartner-manage&/Clients(clientId='globex',IsActiveEntity=true)`, {
      waitUntil: 'domcontentloaded'
    })
    // a new secret, shown once in a message: it is the one the token endpoint takes
    await admin
      .locator('[id$="ClientsObjectPage--fe::ObjectPage-OPHeaderContent"], .sapUxAPObjectPageHeaderTitle', {
        hasText: 'Globex Corporation'
      })
      .first()
      .waitFor({ timeout: 180000 })
    const message = admin.locator('.sapMMessageToast, .sapMDialog', { hasText: 'New secret of globex' })
    await clickUntil(
      admin.locator('[id$="ClientsObjectPage--fe::DataFieldForAction::PactService.newSecret"]'),
      async () => await message.first().isVisible()
    )
    const secret = /New secret of globex: ([\w-]+)/.exec(await message.first().innerText())![1]
    const ca = fs.readFileSync(path.join(tlsDir, 'cert.pem'), 'utf8')
    const base = `https://localhost:${pactPort}/pact`
    const token = await pactRequest(`${base}/auth/token`, {
      method: 'POST',
      headers: { authorization: basic('globex', secret) },
      body: 'grant_type=client_credentials',
      ca
    })
    expect(token.status, JSON.stringify(token.body)).to.equal(200)
    const dialogOk = admin.locator('.sapMDialog button', { hasText: /^(OK|Close)$/ })
    if (await dialogOk.first().isVisible()) await dialogOk.first().click()
    // the customer asks for a footprint the company has not published: the task waits for a person, who rejects it
    const requestId = 'globex-request-1'
    const asked = await pactRequest(`${base}/3/events`, {
      method: 'POST',
      ca,
      headers: { authorization: `Bearer ${token.body.access_token as string}`, 'content-type': 'application/cloudevents+json' },
      body: {
        specversion: '1.0',
        id: requestId,
        source: 'https://globex.example.com/pact',
        type: 'org.wbcsd.pact.ProductFootprint.RequestCreatedEvent.3',
        data: { productId: ['urn:gtin:0000000000000'], comment: 'Footprint of your product 0000' }
      }
    })
    expect(asked.status, JSON.stringify(asked.body)).to.equal(200)
    await admin.reload({ waitUntil: 'domcontentloaded' })
    const row = admin.locator('[id*="fe::table::tasks"] tr.sapMLIB', { hasText: 'Footprint of your product 0000' }).first()
    await row.waitFor({ timeout: 180000 })
    await row.locator('.sapMRb, .sapMCb').first().click()
    const dialog = admin.locator('.sapMDialog', { hasText: 'Rejection Message' })
    await clickUntil(
      admin.locator('[id$="fe::table::tasks::LineItem::DataFieldForAction::PactService.reject"]'),
      async () => await dialog.isVisible()
    )
    // (each field by its label: the code's field can briefly have a second input of its suggestions in the DOM)
    const code = dialog.locator('input').first()
    await code.fill('NotFound')
    await code.press('Tab')
    const text = dialog.getByRole('textbox', { name: /Rejection Message/ })
    await text.fill('We do not make product 0000.')
    await text.press('Tab')
    // (a busy page can swallow the first click: click until the dialog closes)
    await clickUntil(
      dialog.locator('footer button, .sapMDialogFooter button', { hasText: /^Reject$/ }),
      async () => !(await dialog.isVisible())
    )
    const task = await eventually(
      async () => {
        const {
          value: [t]
        } = await app.get(`/odata/v4/pact/FulfilmentTasks?$filter=requestEventId eq '${requestId}'`)
        return t?.status === 'rejected' ? t : undefined
      },
      60000,
      'the rejected task'
    )
    expect(task).to.include({ rejectionCode: 'NotFound', rejectionText: 'We do not make product 0000.', answeredBy: 'sam' })
    await admin.screenshot({ path: path.join(screenshots, 'pact-partners-object-page.png') })
    await admin.close()
  })
})
