import ExcelJS from 'exceljs'
import { DisclosureDatapoints, FiscalPeriods, PeriodSnapshots, Scope3Categories, SnapshotMethods, SnapshotTotals } from '#cds-models/scope3'
import { Decimal } from '../lib/common/decimal'
import { csvCell, isDecimalText, safeValue } from '../lib/common/csv'
import { disclosureRows, type CategoryFigures, type DatapointDefinition, type DisclosureRow } from '../lib/close/disclosures'
import { asCurrentUser } from '../common/company-code-isolation'
import { weightedScore } from '../lib/close/ledger'

/** a disclosure row with the way to the figures behind it: the year's closed periods with their snapshots' totals */
export type Disclosure = DisclosureRow & { reportingYear: number; lineage: string }

/**
 * The disclosures of a reporting year from the latest snapshots of its closed periods (the company codes the user may
 * see), by the datapoints of the mapping table (db/data/scope3-DisclosureDatapoints.csv); undefined without a
 * closed period. Each figure equals the sum of the snapshots' frozen figures.
 */
export async function disclosures(year: number): Promise<Disclosure[] | undefined> {
  const closed = await asCurrentUser(
    SELECT.from(FiscalPeriods)
      .columns('snapshot_ID')
      .where({ fiscalYear: year, status: 'closed', snapshot_ID: { '!=': null } })
  )
  const ids = closed.map(p => p.snapshot_ID!)
  if (!ids.length) return undefined
  const [definitions, names, totals, methods, snapshots] = await Promise.all([
    SELECT.from(DisclosureDatapoints),
    SELECT.from(Scope3Categories).columns('code', 'title').orderBy('code'),
    SELECT.from(SnapshotTotals).where({ snapshot_ID: { in: ids } }),
    SELECT.from(SnapshotMethods).where({ snapshot_ID: { in: ids } }),
    SELECT.from(PeriodSnapshots)
      .columns('ID', 'categories')
      .where({ ID: { in: ids } })
  ])
  const screened = snapshots.map(
    s => JSON.parse(s.categories ?? '[]') as Array<{ category: number; status: string; justification?: string }>
  )
  const categories: CategoryFigures[] = names.map(({ code, title }) => {
    const rows = totals.filter(t => t.category_code === code)
    const sum = (pick: (t: (typeof rows)[number]) => unknown): Decimal =>
      rows.reduce((s, t) => s.plus((pick(t) as string) ?? 0), new Decimal(0))
    const location = sum(t => t.kgCO2eLocation)
    const weight = rows.filter(t => t.dqScore != null).reduce((s, t) => s.plus(new Decimal(t.kgCO2eLocation ?? 0).abs()), new Decimal(0))
    const weighted = rows
      .filter(t => t.dqScore != null)
      .reduce((s, t) => s.plus(new Decimal(t.kgCO2eLocation ?? 0).abs().times(t.dqScore!)), new Decimal(0))
    const byMethod: Record<string, string> = {}
    for (const m of methods.filter(m => m.category_code === code))
      byMethod[m.method_code!] = new Decimal(byMethod[m.method_code!] ?? 0).plus(m.kgCO2eLocation ?? 0).toString()
    const lines = rows.reduce((n, t) => n + (t.lines ?? 0), 0)
    const marks = screened.map(s => s.find(c => c.category === code))
    const notRelevant = marks.length > 0 && marks.every(m => m?.status === 'notRelevant')
    return {
      category: code!,
      name: title ?? String(code),
      kgCO2eLocation: location.toString(),
      kgCO2eMarket: sum(t => t.kgCO2eMarket).toString(),
      biogenicCO2: sum(t => t.biogenicCO2).toString(),
      primaryKgCO2e: sum(t => t.primaryKgCO2e).toString(),
      lines,
      methods: byMethod,
      dqScore: weightedScore(weighted, weight),
      status: lines > 0 ? 'calculated' : notRelevant ? 'notRelevant' : 'notCalculated',
      justification: notRelevant ? [...new Set(marks.map(m => m?.justification).filter(Boolean))].join('; ') : null
    }
  })
  const periods = `/odata/v4/period-close/FiscalPeriods?$filter=fiscalYear eq ${year} and status eq 'closed'`
  return disclosureRows(definitions as unknown as DatapointDefinition[], categories).map(r => ({
    ...r,
    reportingYear: year,
    lineage:
      r.category == null
        ? `${periods}&$expand=snapshot($expand=totals)`
        : `${periods}&$expand=snapshot($expand=totals($filter=category_code eq ${r.category}),methods($filter=category_code eq ${r.category}))`
  }))
}

const COLUMNS: Array<keyof Disclosure> = [
  'framework',
  'datapoint',
  'label',
  'category',
  'value',
  'unit',
  'status',
  'methods',
  'supplierShare',
  'dqScore',
  'explanation',
  'lineage'
]

/** The disclosures as CSV (RFC 4180): a header and one row per datapoint, every framework, figures as exact decimals. */
export function disclosureCsv(rows: Disclosure[]): string {
  return [COLUMNS, ...rows.map(r => COLUMNS.map(c => safeValue(r[c])))].map(row => row.map(csvCell).join(',')).join('\r\n') + '\r\n'
}

/** The disclosures as XLSX: a sheet per framework with the CSV's columns, figures as Excel numbers. */
export async function disclosureXlsx(rows: Disclosure[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook()
  for (const framework of [...new Set(rows.map(r => r.framework))]) {
    const sheet = workbook.addWorksheet(framework, { views: [{ state: 'frozen', ySplit: 1 }] })
    sheet.addRow(COLUMNS).font = { bold: true }
    for (const r of rows.filter(r => r.framework === framework))
      sheet.addRow(COLUMNS.map(c => (c !== 'datapoint' && c !== 'label' && isDecimalText(r[c]) ? Number(r[c]) : safeValue(r[c]))))
    COLUMNS.forEach((name, i) => {
      sheet.getColumn(i + 1).width = name === 'label' || name === 'lineage' ? 60 : 16
    })
  }
  return Buffer.from(await workbook.xlsx.writeBuffer())
}
