import { expect } from 'chai'
import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { createPostgresDatabase, dropPostgresDatabase, requireService } from '../helpers/services'

/**
 * The `[pg]` profile against this machine's PostgreSQL server (127.0.0.1:5432, user postgres): the suites of the
 * engine-facing persistence, the S/4HANA processing and the period close run again, each in its own process on a
 * database of its own that is created, deployed with `cds deploy` and dropped here. Nothing SQLite-only may hide
 * in the app or these suites.
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
  'test/common/company-code-isolation.test.ts'
]

describe('PostgreSQL profile: the persistence-facing suites on a real PostgreSQL server', function () {
  this.timeout(600000)
  const root = path.join(__dirname, '..', '..')

  before(async function () {
    await requireService(this, 'PostgreSQL', 5432)
  })

  for (const suite of SUITES) {
    it(`passes ${path.basename(suite)} on PostgreSQL`, () => {
      const database = `scope3_${path.basename(suite, '.test.ts').replace(/\W/g, '_')}_${process.pid}`
      const config = createPostgresDatabase(root, database)
      try {
        // the pg profile first: it wins over the test profile's SQLite; the rest of the test profile stays
        const env = { ...process.env, CDS_ENV: 'pg,test', CDS_CONFIG: JSON.stringify(config) }
        const run = spawnSync(
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
          { cwd: root, env, encoding: 'utf8' }
        )
        const report = `${run.stdout}\n${run.stderr}`
          .split('\n')
          .filter(l => !/WARN/.test(l))
          .join('\n')
        expect(run.status, report.slice(-6000)).to.equal(0)
        expect(report).to.match(/\d+ passing/)
        expect(report).not.to.match(/\d+ pending/)
      } finally {
        dropPostgresDatabase(database)
      }
    })
  }
})
