import cds from '@sap/cds'
import { appendLog } from '../common/calculation-log'
import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { FactorSets, EmissionFactors, FactorGasValues, FactorImportSkips, Units, ExchangeRates, PriceIndexes } from '#cds-models/scope3'
import { UnitCatalog, type UnitRow } from '../lib/common/units'
import { MoneyConverter, type ExchangeRateRow, type PriceIndexRow } from '../lib/common/money'
import { parseDesnz, parseEpaSupplyChain, IMPORT_VERSION, type ParsedFactorSet } from '../lib/factors/factor-import'
import { type EngineContext, type Factor } from '../lib/attribution/engine'
import { toEngineFactor, type LibraryFactorRow } from '../lib/attribution/attribution'
import { settings } from '../common/settings'

const LOG = cds.log('factor-library')

export interface ImportReport {
  setCode: string
  fileName: string
  checksum: string
  unchanged: boolean
  rowsRead: number
  rowsLoaded: number
  factorsLoaded: number
  gasValuesLoaded: number
  rowsSkipped: number
  skipped: Array<{ reason: string; count: number }>
}

/** The class of expected import failures, answered as 4xx by the service. */
export class ImportError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly target: string
  ) {
    super(message)
  }
}

/** The units, exchange rates and price indexes that the engine needs, read from the database. */
export async function loadEngineContext(): Promise<EngineContext> {
  return engineContextOf(await loadEngineContextRows())
}

/** The rows the engine context is made of: units, exchange rates, price indexes (a closed period pins them). */
export interface EngineContextRows {
  units: UnitRow[]
  rates: ExchangeRateRow[]
  indexes: PriceIndexRow[]
}

export async function loadEngineContextRows(): Promise<EngineContextRows> {
  const [units, rates, indexes] = await Promise.all([
    SELECT.from(Units).columns('code', 'symbol', 'dimension_code', 'toBase', 'aliases'),
    SELECT.from(ExchangeRates).columns('fromCurrency_code', 'toCurrency_code', 'year', 'rate'),
    SELECT.from(PriceIndexes).columns('currency_code', 'year', 'value')
  ])
  return { units, rates, indexes } as unknown as EngineContextRows
}

export function engineContextOf({ units, rates, indexes }: EngineContextRows): EngineContext {
  return { units: new UnitCatalog(units), money: new MoneyConverter(rates, indexes) }
}

/** Columns of a library factor, flattened with its set, as the engine's toEngineFactor takes them. */
export const FACTOR_COLUMNS = (f: any): void => {
  f.ID
  f.family
  f.value
  f.producerPriceValue
  f.wttValue
  f.unit_code
  f.currency_code
  f.biogenicCO2
  f.region_code
  f.year
  f.validFrom
  f.validTo
  f.basis_code
  f.dqTechnological
  f.dqCompleteness
  f.dqReliability
  f.uncertainty
  f.factorSet.code.as('setCode')
  f.factorSet.version.as('setVersion')
  f.factorSet.currencyYear.as('currencyYear')
  f.gases((g: any) => {
    g.gas_code
    g.value
  })
}

/** Library factors by id, in one query per 1,000 ids. */
export async function loadFactors(ids: string[], units: UnitCatalog): Promise<Map<string, Factor>> {
  const factors = new Map<string, Factor>()
  const unique = [...new Set(ids)]
  for (let i = 0; i < unique.length; i += 1000) {
    const rows = await SELECT.from(EmissionFactors)
      .columns(FACTOR_COLUMNS)
      .where({ ID: { in: unique.slice(i, i + 1000) } })
    for (const row of rows as unknown as LibraryFactorRow[]) factors.set(row.ID, toEngineFactor(row, units))
  }
  return factors
}

const PARSERS: Record<string, (text: string, units: UnitCatalog) => ParsedFactorSet> = {
  'epa-supply-chain': parseEpaSupplyChain,
  'desnz-flat': parseDesnz
}

/**
 * Loads a factor set from its published file under db/sources. Idempotent: the same file (by sha256) is not
 * loaded twice; a changed file replaces the set's factors in one transaction, keeping their stable ids.
 */
export async function importFactorSet(setCode: string): Promise<ImportReport> {
  // the set's row locked: an import of the same set by another instance waits, then finds the file loaded
  const set = await SELECT.one.from(FactorSets, setCode).forUpdate()
  if (!set) throw new ImportError(404, `Factor set '${setCode}' does not exist`, 'setCode')
  if (!set.fileName || !set.importFormat || !PARSERS[set.importFormat])
    throw new ImportError(409, `Factor set '${setCode}' has no importable source file`, 'setCode')
  const file = path.join(cds.root, settings().factorLibrary.folder, set.fileName)
  const text = await readFile(file, 'utf8')
  const checksum = createHash('sha256').update(text).digest('hex')
  const report = { setCode, fileName: set.fileName, checksum }
  if (set.fileChecksum === checksum && set.rowsLoaded != null && set.importVersion === IMPORT_VERSION) {
    const skipped = await SELECT.from(FactorImportSkips)
      .columns('reason', 'count(1) as count')
      .where({ factorSet_code: setCode })
      .groupBy('reason')
      .orderBy('reason')
    const { factors } = (await SELECT.one
      .from(EmissionFactors)
      .columns('count(1) as factors')
      .where({ factorSet_code: setCode })) as unknown as { factors: number }
    return {
      ...report,
      unchanged: true,
      rowsRead: set.rowsRead!,
      rowsLoaded: set.rowsLoaded,
      factorsLoaded: factors,
      gasValuesLoaded: set.rowsLoaded - factors,
      rowsSkipped: set.rowsSkipped!,
      skipped: skipped as any
    }
  }
  const { units } = await loadEngineContext()
  const parsed = PARSERS[set.importFormat](text, units)
  await replaceFactors(setCode, parsed)
  const rowsLoaded = parsed.factors.length + parsed.gasRows
  await UPDATE(FactorSets, setCode).with({
    fileChecksum: checksum,
    importVersion: IMPORT_VERSION,
    importedAt: new Date().toISOString(),
    rowsRead: parsed.rowsRead,
    rowsLoaded,
    rowsSkipped: parsed.skipped.length
  })
  await appendLog({
    action: 'factorSetPublication',
    subject: `${setCode} ${set.version ?? ''}`.trim(),
    details: `${set.fileName}: ${parsed.factors.length} factors loaded, ${parsed.skipped.length} rows skipped`,
    inputs: checksum,
    outputs: parsed.factors.map(f => [f.code, f.value])
  })
  const counts = new Map<string, number>()
  for (const s of parsed.skipped) counts.set(s.reason, (counts.get(s.reason) ?? 0) + 1)
  LOG.info(`${setCode}: ${rowsLoaded} rows loaded (${parsed.factors.length} factors), ${parsed.skipped.length} skipped`)
  return {
    ...report,
    unchanged: false,
    rowsRead: parsed.rowsRead,
    rowsLoaded,
    factorsLoaded: parsed.factors.length,
    gasValuesLoaded: parsed.gasRows,
    rowsSkipped: parsed.skipped.length,
    skipped: [...counts].sort(([a], [b]) => (a < b ? -1 : 1)).map(([reason, count]) => ({ reason, count }))
  }
}

async function replaceFactors(setCode: string, parsed: ParsedFactorSet): Promise<void> {
  const id = (code: string): string => `${setCode}/${code}`
  await DELETE.from(FactorGasValues).where({ factor_ID: { like: `${setCode}/%` } })
  await DELETE.from(EmissionFactors).where({ factorSet_code: setCode })
  await DELETE.from(FactorImportSkips).where({ factorSet_code: setCode })
  const factors = parsed.factors.map(({ gases, ...f }) => ({ ...f, ID: id(f.code), factorSet_code: setCode, basis_code: 'location' }))
  const gases = parsed.factors.flatMap(f => f.gases.map(g => ({ ...g, factor_ID: id(f.code) })))
  const skips = parsed.skipped.map(s => ({ ...s, factorSet_code: setCode }))
  for (const [entity, rows] of [
    [EmissionFactors, factors],
    [FactorGasValues, gases],
    [FactorImportSkips, skips]
  ] as const) {
    if (rows.length) await INSERT.into(entity).entries(rows as any[])
  }
}

/** Imports every set with a source file that has not been loaded yet, or by an older parser (development and test start-up). */
export async function importMissingFactorSets(): Promise<ImportReport[]> {
  const sets = (
    await SELECT.from(FactorSets)
      .columns('code', 'rowsLoaded', 'importVersion')
      .where({ importFormat: { '!=': null } })
  ).filter(s => s.rowsLoaded == null || s.importVersion !== IMPORT_VERSION)
  const reports: ImportReport[] = []
  for (const { code } of sets) reports.push(await cds.tx(() => importFactorSet(code!)))
  return reports
}

/** the published UK DESNZ 2025 set: uploads, derived transport and energy lines name its factors by path */
export const DESNZ_SET = 'UK-DESNZ-2025'

/** The factors of a published set by their path in the dataset (segments may be `*`), and unit. */
export async function factorsByPath(
  setCode: string
): Promise<{ find: (factorPath: string, unit?: string) => { ID: string; code: string } | undefined }> {
  const rows = (await SELECT.from(EmissionFactors)
    .columns('ID', 'code', 'sourcePath', 'unit_code')
    .where({ factorSet_code: setCode, 'factorSet.status_code': 'published' } as any)) as Array<{
    ID: string
    code: string
    sourcePath: string
    unit_code: string
  }>
  const byPath = new Map<string, typeof rows>()
  for (const r of rows) byPath.set(r.sourcePath, [...(byPath.get(r.sourcePath) ?? []), r])
  const pick = (candidates: typeof rows | undefined, unit?: string): { ID: string; code: string } | undefined =>
    candidates?.filter(c => !unit || c.unit_code === unit).sort((a, b) => (a.code < b.code ? -1 : 1))[0]
  return {
    find(factorPath, unit) {
      if (!factorPath.includes('*')) return pick(byPath.get(factorPath), unit)
      const pattern = new RegExp(
        `^${factorPath
          .split(' › ')
          .map(s => (s === '*' ? '[^›]+' : s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
          .join(' › ')}$`
      )
      return pick(
        rows.filter(r => pattern.test(r.sourcePath)),
        unit
      )
    }
  }
}
