import { skipped } from './helpers/services'

// Without this, cds.test does not load the .ts service implementations and actions answer 501.
process.env.CDS_TYPESCRIPT = 'true'
// The [test] profile (.cdsrc.json): in-memory database, in-process messaging, no mock S/4HANA started by the app.
process.env.CDS_ENV ??= 'test'
// The Fiori apps (cds-plugin-ui5) are served only where a test asks for them (the browser tests).
process.env.CDS_PLUGIN_UI5_ACTIVE ??= 'false'
// No OpenTelemetry in tests (the console exporter would print every span), nor in the apps they start, but where a
// test turns it on (test/integration/telemetry.test.ts).
process.env.NO_TELEMETRY ??= 'true'

/** per test file, the wall time from the end of the previous test to the end of its last one (hooks included) */
const timings = new Map<string, number>()
let last = Date.now()

/**
 * At the end of the run: the suites skipped for a missing service, so that a green run says what it did not cover;
 * with TEST_TIMINGS=1 also where the time went, per test file.
 */
export const mochaHooks = {
  afterEach(this: Mocha.Context): void {
    const file = this.currentTest?.file ?? '?'
    timings.set(file, (timings.get(file) ?? 0) + Date.now() - last)
    last = Date.now()
  },
  // (written to stdout directly: cds.test silences console.log in the suites it runs)
  afterAll(): void {
    const say = (text: string): boolean => process.stdout.write(`${text}\n`)
    if (process.env.TEST_TIMINGS) {
      const rows = [...timings].sort((a, b) => b[1] - a[1])
      say(
        `\n  Time per test file (s):\n${rows.map(([f, ms]) => `    ${(ms / 1000).toFixed(1).padStart(7)}  ${f.replace(process.cwd() + '/', '')}`).join('\n')}`
      )
    }
    if (skipped.length) say(`\n  Skipped ${skipped.length} suite(s) for a missing service:\n${skipped.map(s => `    - ${s}`).join('\n')}\n`)
    else say('\n  No suite skipped.\n')
  }
}
