/**
 * `npm run import:factors [-- <set code> ...]` (re)loads published factor sets into the configured database
 * (db.sqlite in development) and prints each import report. Idempotent: an unchanged file is not loaded again.
 */
import cds from '@sap/cds'
import { FactorSets } from '#cds-models/scope3'
import { importFactorSet } from '../srv/factors/factor-library'

async function main(): Promise<void> {
  cds.model = cds.compile.for.nodejs(await cds.load('*'))
  await cds.connect.to('db')
  const requested = process.argv.slice(2)
  const codes = requested.length
    ? requested
    : (
        await SELECT.from(FactorSets)
          .columns('code')
          .where({ importFormat: { '!=': null } })
      ).map(s => s.code!)
  for (const code of codes) {
    const report = await cds.tx(() => importFactorSet(code))
    process.stdout.write(
      `${code}: ${report.unchanged ? 'unchanged' : 'loaded'}; ${report.rowsRead} rows read, ${report.rowsLoaded} loaded ` +
        `(${report.factorsLoaded} factors, ${report.gasValuesLoaded} gas values), ${report.rowsSkipped} skipped\n`
    )
    for (const s of report.skipped) process.stdout.write(`  ${s.count} × ${s.reason}\n`)
  }
}

main().catch(e => {
  process.stderr.write(`${e.message}\n`)
  process.exit(1)
})
