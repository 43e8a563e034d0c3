import cds from '@sap/cds'
import { createHash } from 'node:crypto'
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

/**
 * One mocha process deploys the same model to a new in-memory database for every suite (cds.test); compiling it to
 * SQL took 2.5-3 s of each suite's start. The statements are kept per model and options (the model's JSON as key),
 * so the second suite on the same model deploys without compiling it again. Only this process, only in tests.
 */
function compileToSqlOnce(): void {
  const compiled = new Map<string, string[]>()
  const original = cds.compile.to.sql
  cds.compile.to.sql = new Proxy(original, {
    apply(target, self, args: [unknown, Record<string, unknown> | undefined]) {
      let key: string | undefined
      try {
        key = createHash('sha256')
          .update(JSON.stringify(args[0]))
          .update(JSON.stringify(args[1] ?? {}))
          .digest('hex')
      } catch {
        return Reflect.apply(target, self, args)
      }
      const known = compiled.get(key)
      if (known) return [...known]
      const result = Reflect.apply(target, self, args)
      if (Array.isArray(result)) compiled.set(key, [...(result as string[])])
      return result
    }
  })
}
compileToSqlOnce()

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
