import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
import { skipOrFail } from './services'

/** Where the browser tests leave their screenshots (not committed; the README's are copied from here). */
export const screenshots = path.join(__dirname, '..', '..', 'test-output', 'screenshots')

/** Debian's Chromium (`apt-get install -y chromium`, done by .ci/run); never a downloaded browser. */
export function chromiumPath(): string | undefined {
  try {
    return execFileSync('sh', ['-c', 'command -v chromium'], { encoding: 'utf8' }).trim() || undefined
  } catch {
    return undefined
  }
}

/** Debian's Chromium for a browser suite, which is skipped or failed without it (`skipOrFail`). */
export function requireChromium(ctx: Mocha.Context): string {
  return chromiumPath() ?? skipOrFail(ctx, 'Chromium is not installed (apt-get install -y chromium)')
}

export async function launch(executablePath: string): Promise<Browser> {
  fs.mkdirSync(screenshots, { recursive: true })
  return await chromium.launch({
    executablePath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run'
    ]
  })
}

const sessions = new WeakMap<Browser, Promise<BrowserContext>>()

/**
 * A page logged in as one of the mocked users of .cdsrc.json (Basic authentication, empty password). The pages of
 * all users share one browser context, so that SAPUI5, loaded once, comes from the browser's cache afterwards (the
 * development server lets the browser cache the framework's resources, srv/server.ts); each page sends its own
 * user's credentials. Close the page when done, not its context.
 */
export async function pageAs(browser: Browser, user: string): Promise<Page> {
  if (!sessions.has(browser)) sessions.set(browser, browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'en-US' }))
  const page = await (await sessions.get(browser)!).newPage()
  await page.setExtraHTTPHeaders({ authorization: `Basic ${Buffer.from(`${user}:`).toString('base64')}` })
  return page
}

/** The first decimal number in a text as the UI shows it ("7,490.776 kg CO2e" → "7490.776"). */
export function numberIn(text: string): string | undefined {
  return /-?\d[\d,]*(\.\d+)?/.exec(text)?.[0].replace(/,/g, '')
}
