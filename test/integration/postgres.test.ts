import { expect } from 'chai'
import { spawn } from 'node:child_process'
import path from 'node:path'
import { copyPostgresDatabase, createPostgresDatabase, dropPostgresDatabase, requireService } from '../helpers/services'

/**
 * The `[pg]` profile against this machine's PostgreSQL server (127.0.0.1:5432, user postgres): the suites of the
 * engine-facing persistence, the S/4HANA processing and the period close run again, each in its own process on a
 * database of its own: a copy of one deployed with `cds deploy` here, dropped after the suite. Two suites run at a
 * time. Nothing SQLite-only may hide in the app or these suites.
 */
const SUITES = [
  'test/attribution/accounting-service.test.ts',
  'test/ingestion/ingestion-service.test.ts',
  'test/ingestion/ingestion-recovery.test.ts',
  'test/close/period-close-service.test.ts',
  'test/close/inventory-service.test.ts',
  'test/admin/admin-service.test.ts',
  'test/uploads/upload-service.test.ts',
  'test/ingestion/purchase-order-transport.test.ts',
  'test/ingestion/purchase-order-energy.test.ts',
  'test/quality/data-quality-service.test.ts',
  'test/quality/remediation.test.ts',
  'test/pact/pact-api.test.ts',
  'test/pact/pact-service.test.ts',
  'test/common/access-control.test.ts',
  'test/common/company-code-isolation.test.ts',
  'test/reporting/purchase-order-estimate.test.ts'
]

describe('PostgreSQL profile: the persistence-facing suites on a real PostgreSQL server', function () {
  this.timeout(900000)
  const root = path.join(__dirname, '..', '..')
  /** the model deployed once; each suite runs on a copy of it, two suites at a time (this machine has two cores) */
  const template = `scope3_pg_template_${process.pid}`
  const LANES = 2
  const results = new Map<string, Promise<{ status: number | null; report: string }>>()

  /** one suite in a mocha process of its own, on its own copy of the deployed database */
  const run = async (suite: string): Promise<{ status: number | null; report: string }> => {
    const database = `scope3_${path.basename(suite, '.test.ts').replace(/\W/g, '_')}_${process.pid}`
    const config = copyPostgresDatabase(template, database)
    try {
      // the pg profile first: it wins over the test profile's SQLite; the rest of the test profile stays
      const env = { ...process.env, CDS_ENV: 'pg,test', CDS_CONFIG: JSON.stringify(config) }
      const child = spawn(
        process.execPath,
        [
          path.join(root, 'node_modules/mocha/bin/mocha.js'),
          '--no-config',
          '--node-option',
          'import=tsx',
          '--require',
          'test/setup.ts',
          '--timeout',
          '120000',
          '--exit',
          suite
        ],
        { cwd: root, env }
      )
      let output = ''
      child.stdout.on('data', chunk => (output += String(chunk)))
      child.stderr.on('data', chunk => (output += String(chunk)))
      const status = await new Promise<number | null>(resolve => child.on('close', resolve))
      const report = output
        .split('\n')
        .filter(l => !/WARN/.test(l))
        .join('\n')
      return { status, report }
    } finally {
      dropPostgresDatabase(database)
    }
  }

  before(async function () {
    await requireService(this, 'PostgreSQL', 5432)
    createPostgresDatabase(root, template)
    // the suites in lanes: each lane takes the next suite when its last one ends
    const queue = [...SUITES]
    const started = new Map<string, (r: { status: number | null; report: string }) => void>()
    for (const suite of SUITES) results.set(suite, new Promise(resolve => started.set(suite, resolve)))
    const lane = async (): Promise<void> => {
      for (let suite = queue.shift(); suite; suite = queue.shift()) {
        started.get(suite)!(await run(suite).catch((e: Error) => ({ status: null, report: String(e.stack ?? e) })))
      }
    }
    void Promise.all(Array.from({ length: LANES }, lane))
  })
  after(() => {
    dropPostgresDatabase(template)
  })

  for (const suite of SUITES) {
    it(`passes ${path.basename(suite)} on PostgreSQL`, async () => {
      const { status, report } = await results.get(suite)!
      expect(status, report.slice(-6000)).to.equal(0)
      expect(report).to.match(/\d+ passing/)
      expect(report).not.to.match(/\d+ pending/)
    })
  }
})
