import { expect } from 'chai'
import { execFileSync, spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { startApp, eventually, type AppProcess } from '../helpers/app-process'
import { createEmptyPostgresDatabase, dropPostgresDatabase, freePort, reachable, requireService, skipOrFail } from '../helpers/services'

/**
 * PACT conformance, proven on every change: WBCSD's official conformance runner (wbcsd/pact-conformance-service,
 * unchanged, in ../shared/tools/pact-conformance or where PACT_CONFORMANCE_RUNNER says) runs in its service mode
 * against the app's PACT v3.0 host API, as it does for any company that applies for conformance. Nothing of the
 * runner is copied into this repository: the test copies it to a scratch folder, installs its own packages from its
 * own package-lock.json (`npm ci`), gives it a PostgreSQL database of its own (its migrations), and starts its server,
 * whose listener receives the app's asynchronous answers (test cases 13 and 14.B). The app runs as `npm start` runs
 * it (development profile, demo client `pact-demo`, demo footprints) with its PACT API over TLS on a free port, and
 * its demo customer's destination pointed at the runner's listener with the runner's published client credentials.
 */
describe("PACT conformance: WBCSD's official runner, every mandatory v3.0 test case", function () {
  this.timeout(600000)
  const root = path.join(__dirname, '..', '..')
  const source = runnerFolder(root)
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'scope3-pact-conformance-'))
  const runnerDir = path.join(work, 'runner')
  const appDb = path.join(work, 'db.sqlite')
  const database = `pact_conformance_${process.pid}`
  let app: AppProcess | undefined
  let runner: ChildProcess | undefined
  let runnerUrl = ''
  let pactBase = ''
  let runnerLog = ''

  /** the runner's test cases for v3.0, read from its own source: every one must be in a run's results */
  const v3TestKeys = (): string[] =>
    [...fs.readFileSync(path.join(source, 'src/test-cases/v3-test-cases.ts'), 'utf8').matchAll(/testKey:\s*"(TESTCASE#[\w.]+)"/g)].map(
      m => m[1]
    )

  before(async function () {
    if (!fs.existsSync(path.join(source, 'package-lock.json')))
      skipOrFail(this, `WBCSD's PACT conformance runner is not at ${source} (set PACT_CONFORMANCE_RUNNER to its folder)`)
    await requireService(this, 'PostgreSQL (the conformance runner keeps its test runs there)', 5432)

    // the runner as published, in a scratch copy with its own locked packages and its own database
    fs.cpSync(source, runnerDir, { recursive: true, filter: p => !p.includes(`${path.sep}node_modules`) })
    const runnerPort = await freePort()
    runnerUrl = `http://localhost:${runnerPort}`
    // (not the settings of the npm that runs these tests, e.g. `npm_config_*`)
    const inherited = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.toLowerCase().startsWith('npm_')))
    const env = {
      ...inherited,
      NODE_ENV: 'production', // plain logs, no pretty-printing worker
      LOG_OUTPUT: 'console',
      PORT: String(runnerPort),
      DB_CONNECTION_STRING: `postgres://postgres@127.0.0.1:5432/${database}`,
      CONFORMANCE_API: runnerUrl,
      JWT_SECRET: 'pact-conformance-test-only'
    }
    const run = (command: string, args: string[]): void => {
      try {
        execFileSync(command, args, { cwd: runnerDir, env, stdio: 'pipe' })
      } catch (e: any) {
        throw new Error(`the conformance runner's \`${command} ${args.join(' ')}\` failed: ${String(e.stderr ?? e.message).slice(-3000)}`)
      }
    }
    run('npm', ['ci', '--include=dev', '--no-audit', '--no-fund'])
    createEmptyPostgresDatabase(database)
    run('npm', ['run', 'db:migrate'])

    // the app as `npm start` serves it, its demo customer's answers going to the runner's listener
    const { CDS_ENV, ...withoutProfile } = process.env
    execFileSync(path.join(root, 'node_modules/.bin/cds'), ['deploy', '--to', `sqlite:${appDb}`], {
      cwd: root,
      env: withoutProfile,
      stdio: 'pipe'
    })
    const pactPort = await freePort()
    const tls = path.join(work, 'tls')
    app = await startApp(
      await freePort(),
      {
        requires: { db: { credentials: { url: appDb } }, messaging: { file: path.join(work, 'messages') } },
        scope3: { s4mock: { autoStart: false }, pact: { port: pactPort, tls: { folder: tls }, demoCustomer: { url: runnerUrl } } }
      },
      { CDS_ENV: 'development', destinations: '[]' }
    )
    pactBase = `https://localhost:${pactPort}/pact`
    // (the certificate is made on first start, and the TLS port opens after the app's)
    await eventually(async () => fs.existsSync(path.join(tls, 'cert.pem')) && (await reachable(pactPort)), 60000, "the app's PACT port")

    // the runner's server, trusting the app's self-signed certificate (as a partner trusts a company's CA)
    runner = spawn(path.join(runnerDir, 'node_modules/.bin/ts-node'), ['src/server.ts'], {
      cwd: runnerDir,
      env: { ...env, NODE_EXTRA_CA_CERTS: path.join(tls, 'cert.pem'), TS_NODE_TRANSPILE_ONLY: 'true' },
      stdio: ['ignore', 'pipe', 'pipe']
    })
    runner.stdout!.on('data', (chunk: Buffer) => (runnerLog += chunk.toString()))
    runner.stderr!.on('data', (chunk: Buffer) => (runnerLog += chunk.toString()))
    await eventually(
      async () => {
        if (runner!.exitCode !== null) throw new Error(`the conformance runner exited with ${runner!.exitCode}: ${runnerLog.slice(-3000)}`)
        return (await fetch(`${runnerUrl}/health-check`)).ok
      },
      60000,
      "the conformance runner's server"
    )
  })

  after(async () => {
    runner?.kill('SIGKILL')
    await app?.kill('SIGTERM')
    try {
      dropPostgresDatabase(database)
    } catch {
      // (the server was never reached: nothing to drop)
    }
    fs.rmSync(work, { recursive: true, force: true })
  })

  /** A test run of the runner against the app's PACT API, waited for until no case is pending (13 and 14.B come by event). */
  const testRun = async (testCaseNumbers?: number[]): Promise<{ status: string; results: RunnerResult[] }> => {
    const started = await fetch(`${runnerUrl}/testruns`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        baseUrl: pactBase,
        version: 'V3.0',
        clientId: 'pact-demo',
        clientSecret: 'pact-demo-secret',
        organizationName: 'scope3-s4 (CI)',
        adminEmail: 'ci@scope3-s4.invalid',
        adminName: 'CI',
        testCaseNumbers
      })
    })
    const body: any = await started.json()
    if (!started.ok)
      throw new Error(`the runner did not start a test run (${started.status}): ${JSON.stringify(body)}\n${runnerLog.slice(-3000)}`)
    return await eventually(
      async () => {
        const run: any = await (await fetch(`${runnerUrl}/testruns/${body.testRunId as string}`)).json()
        return run.status !== 'PENDING' && !run.results.some((r: RunnerResult) => r.status === 'PENDING') ? run : undefined
      },
      60000,
      `test run ${body.testRunId as string} without pending cases`
    )
  }

  it('passes all mandatory test cases for v3.0, the asynchronous 13 (fulfilled) and 14.B (rejected) included', async () => {
    const run = await testRun()
    process.stdout.write(resultTable(run.results))
    const failed = run.results.filter(r => r.mandatory && r.status !== 'SUCCESS')
    expect(failed.map(r => `${r.testKey} ${r.name}: ${r.status} ${r.errorMessage ?? ''}`)).to.deep.equal([])
    expect(run.results.map(r => r.testKey)).to.have.members(v3TestKeys())
    expect(run.results.filter(r => r.mandatory).map(r => r.testKey)).to.include.members(['TESTCASE#13', 'TESTCASE#14.B'])
    expect(run.status).to.equal('PASS')
  })

  it("fails, naming the case and the runner's message, when a served footprint lacks a required field", async () => {
    // tamper with the first footprint the API lists (the one test case 3 gets): its company name removed
    // (in a process of its own: a database service connected in this one would outlive the app it belongs to)
    const removed = execFileSync(
      process.execPath,
      [
        '-e',
        `const db = new (require('better-sqlite3'))(process.argv[1])
         const first = db.prepare("SELECT ID, document FROM scope3_ProductFootprints WHERE origin = 'own' ORDER BY ID LIMIT 1").get()
         const { companyName, ...broken } = JSON.parse(first.document)
         db.prepare('UPDATE scope3_ProductFootprints SET document = ? WHERE ID = ?').run(JSON.stringify(broken), first.ID)
         process.stdout.write(String(companyName))`,
        appDb
      ],
      { cwd: root, encoding: 'utf8' }
    )
    expect(removed).to.equal('Scope3 Demo Deutschland GmbH')
    const run = await testRun([3, 4])
    process.stdout.write(resultTable(run.results))
    expect(run.status).to.equal('FAIL')
    // both GetFootprint and ListFootprints fail the v3.0 schema, and the runner's message names the field
    for (const key of ['TESTCASE#3', 'TESTCASE#4']) {
      const result = run.results.find(r => r.testKey === key)
      expect(result, key).to.include({ status: 'FAILURE', mandatory: true })
      expect(result!.errorMessage, key).to.contain("must have required property 'companyName'")
    }
  })
})

interface RunnerResult {
  testKey: string
  name: string
  status: string
  mandatory: boolean
  errorMessage?: string
}

/** The runner's results as a table in the test output: case, mandatory, result, and the runner's message for a failure. */
function resultTable(results: RunnerResult[]): string {
  const order = (key: string): number =>
    parseFloat(
      key
        .replace(/^TESTCASE#/, '')
        .replace(/\.A$/, '.1')
        .replace(/\.B$/, '.2')
    )
  const rows = [...results]
    .sort((a, b) => order(a.testKey) - order(b.testKey))
    .map(
      r =>
        `    ${r.testKey.replace('TESTCASE#', '').padEnd(5)} ${(r.mandatory ? 'mandatory' : 'optional').padEnd(10)} ${r.status.padEnd(8)} ${r.name}` +
        (r.status === 'SUCCESS'
          ? ''
          : `\n          ${String(r.errorMessage ?? '')
              .replace(/<br\/>/g, ' ')
              .slice(0, 400)}`)
    )
  const passed = results.filter(r => r.mandatory && r.status === 'SUCCESS').length
  const mandatory = results.filter(r => r.mandatory).length
  return `\n    WBCSD PACT conformance runner, V3.0: ${passed} of ${mandatory} mandatory test cases passed\n${rows.join('\n')}\n\n`
}

/**
 * Where the runner is: PACT_CONFORMANCE_RUNNER, else `shared/tools/pact-conformance` beside the checkout (../shared)
 * or beside one of its parent folders (a CI checkout one level deeper).
 */
function runnerFolder(root: string): string {
  if (process.env.PACT_CONFORMANCE_RUNNER) return path.resolve(root, process.env.PACT_CONFORMANCE_RUNNER)
  const beside = (dir: string): string => path.join(dir, 'shared', 'tools', 'pact-conformance')
  for (let dir = path.dirname(root); dir !== path.dirname(dir); dir = path.dirname(dir))
    if (fs.existsSync(path.join(beside(dir), 'package-lock.json'))) return beside(dir)
  return beside(path.dirname(root))
}
