import cds from '@sap/cds'
import { asCurrentUser } from '../common/company-code-isolation'
import { Readable } from 'node:stream'
import ExcelJS from 'exceljs'
import {
  CategoryExclusions,
  CategoryScreenings,
  CompanyCodes,
  FactorSets,
  FiscalPeriods,
  PeriodTotals,
  Scope3Categories
} from '#cds-models/scope3'
import { disclosureCsv, disclosureXlsx, inventoryCsv, inventoryXlsx } from '#cds-models/InventoryService'
import { disclosures, disclosureCsv as csvOfDisclosures, disclosureXlsx as xlsxOfDisclosures } from './disclosure-outputs'
import { Decimal } from '../lib/common/decimal'
import { csvCell, isDecimalText, safeValue } from '../lib/common/csv'
import { momentsOf, PRIMARY_METHOD, weightedScore } from '../lib/close/ledger'
import { CALCULATION_VERSION } from '../lib/attribution/attribution'
import { BASIC_VARIANCE, intervalOf, UNCERTAINTY_METHOD, UNKNOWN_METHOD_VARIANCE } from '../lib/attribution/uncertainty'

interface InventoryLine {
  reportingYear: number
  category: number
  categoryName: string
  status: 'calculated' | 'excluded' | 'notCalculated'
  tCO2eLocation: string | null
  /** the 95 % interval of tCO2eLocation (docs/reporting.md, "Uncertainty") */
  tCO2eLow: string | null
  tCO2eHigh: string | null
  /** what the interval assumes beyond the method, where anything: e.g. a method without a basic uncertainty */
  uncertaintyNote: string | null
  tCO2eMarket: string | null
  biogenicTCO2: string | null
  wellToTankTCO2e: string | null
  wellToTank: string
  primaryDataShare: string | null
  dqScore: string | null
  lines: number
  methods: string
  factorSources: string
  excluded: boolean
  justification: string | null
  previousTCO2eLocation: string | null
  changePercent: string | null
}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
const D = (v: unknown): Decimal => new Decimal((v as string | number | null) ?? 0)
/** kg to tonnes: exact (a shift of three decimals), kept with 9 decimals */
const tonnes = (kg: Decimal): string => kg.div(1000).toFixed(9)

export class InventoryService extends cds.ApplicationService {
  async init(): Promise<void> {
    this.on('READ', 'Inventory', async (req: cds.Request) => {
      const year = reportingYearOf(req)
      if (!year) return req.reject(400, 'read the inventory of one reporting year: $filter=reportingYear eq <year>', 'reportingYear')
      const { lines } = await inventory(year)
      const category = req.params?.[0]?.category ?? valueOf(req.query?.SELECT?.where, 'category')
      if (category) return lines.find(l => l.category === Number(category))
      const { rows, offset } = req.query?.SELECT?.limit ?? {}
      const skip = Number(offset?.val ?? 0)
      return lines.slice(skip, rows?.val != null ? skip + Number(rows.val) : undefined)
    })
    this.on(inventoryCsv, async req => {
      const year = req.data.reportingYear!
      return download(csvOf(year, await inventory(year)), 'text/csv', `scope3-inventory-${year}.csv`)
    })
    this.on(inventoryXlsx, async req => {
      const year = req.data.reportingYear!
      return download(await xlsxOf(year, await inventory(year)), XLSX, `scope3-inventory-${year}.xlsx`)
    })
    this.on('READ', 'Disclosures', async (req: cds.Request) => {
      const year = reportingYearOf(req)
      if (!year) return req.reject(400, 'read the disclosures of one reporting year: $filter=reportingYear eq <year>', 'reportingYear')
      const rows = (await disclosures(year)) ?? []
      const framework = valueOf(req.query?.SELECT?.where, 'framework')
      return framework === undefined ? rows : rows.filter(r => r.framework === framework)
    })
    /** the disclosures of a year as a file; 409 naming the year without a closed period */
    const disclosureFile = async (req: cds.Request, as: 'csv' | 'xlsx'): Promise<any> => {
      const year = req.data.reportingYear as number
      const rows = await disclosures(year)
      if (!rows) return req.reject(409, `no closed period in ${year}: disclosures come from closed periods' snapshots`, 'reportingYear')
      return as === 'csv'
        ? download(csvOfDisclosures(rows), 'text/csv', `scope3-disclosures-${year}.csv`)
        : download(await xlsxOfDisclosures(rows), XLSX, `scope3-disclosures-${year}.xlsx`)
    }
    this.on(disclosureCsv, async req => disclosureFile(req, 'csv'))
    this.on(disclosureXlsx, async req => disclosureFile(req, 'xlsx'))
    return super.init()
  }
}

/** a file for an OData function's response: its content, media type and the name a browser saves it under */
function download(content: string | Buffer, mediaType: string, filename: string): any {
  return { value: Readable.from([content]), $mediaContentType: mediaType, $mediaContentDispositionFilename: filename }
}

/**
 * The assumptions behind a category's interval, as the inventory names them: a method without a basic uncertainty,
 * and kg counted without spread (figures made before intervals existed until a recompute supersedes them, and
 * figures at or below 0, e.g. of returns).
 */
function uncertaintyNote(unknownMethods: string[], withoutSpread: Decimal): string | null {
  const notes = []
  if (unknownMethods.length)
    notes.push(
      `${unknownMethods.join(', ')}: no basic uncertainty for the method, that of spend-based data (σ² ${UNKNOWN_METHOD_VARIANCE}) assumed`
    )
  if (!withoutSpread.isZero())
    notes.push(
      `${tonnes(withoutSpread)} t CO2e of lines without a spread (made before intervals existed, or at or below 0) counted as exact`
    )
  return notes.length ? notes.join('; ') : null
}

/** the value compared with `element` in a where clause (`element = value`), if any */
function valueOf(where: any[] | undefined, element: string): unknown {
  for (let i = 0; where && i < where.length - 2; i++) {
    if (where[i]?.ref?.[0] === element && where[i + 1] === '=' && where[i + 2]?.val !== undefined) return where[i + 2].val
    if (Array.isArray(where[i]?.xpr)) {
      const v = valueOf(where[i].xpr, element)
      if (v !== undefined) return v
    }
  }
  return undefined
}

function reportingYearOf(req: cds.Request): number | undefined {
  const year =
    req.params?.[0]?.reportingYear ??
    valueOf(req.query?.SELECT?.where, 'reportingYear') ??
    valueOf((req.query?.SELECT?.from as { ref?: Array<{ where?: any[] }> } | undefined)?.ref?.[0]?.where, 'reportingYear')
  return year ? Number(year) : undefined
}

/** The disclosure of the company codes' well-to-tank policy (CompanyCodes.wellToTank) for travel and freight. */
function wellToTankPolicy(policies: Array<{ code?: string | null; wellToTank?: boolean | null }>): string {
  const included = policies.filter(p => p.wellToTank !== false).map(p => p.code)
  const excluded = policies.filter(p => p.wellToTank === false).map(p => p.code)
  if (!excluded.length) return 'well-to-tank of travel and freight (categories 4, 6, 7, 9) included'
  if (!included.length) return 'well-to-tank of travel and freight left out'
  return `well-to-tank of travel and freight (categories 4, 6, 7, 9) included for ${included.join(', ')}, left out for ${excluded.join(', ')}`
}

/** the inventory of a year: a line per category, and the total's 95 % interval (from every line's moments, not a sum of intervals) */
interface InventoryReport {
  lines: InventoryLine[]
  tCO2eLow: string | null
  tCO2eHigh: string | null
}

/**
 * The inventory of a reporting year from the pre-aggregated period totals (srv/attribution/period-totals.ts): every category,
 * the excluded ones with their justification. Sums are exact decimals; tonnes are kg / 1000 with 9 decimals;
 * shares are rounded half-even (primary data 4 decimals, change 2, data quality 3); intervals are those of the sums
 * of independent lognormal lines (srv/lib/attribution/uncertainty.ts), kg rounded half-even to 6 decimals.
 */
export async function inventory(year: number): Promise<InventoryReport> {
  // the company codes the user may see: the group's inventory for a user limited to some is theirs (db/company-codes.cds)
  const [totals, categories, exclusions, sets, screenings, periods, policies] = await Promise.all([
    asCurrentUser(SELECT.from(PeriodTotals).where({ fiscalYear: { in: [year, year - 1] } })),
    SELECT.from(Scope3Categories).columns('code', 'name').orderBy('code'),
    SELECT.from(CategoryExclusions).where({ reportingYear: year }),
    SELECT.from(FactorSets).columns('code', 'version', 'publisher'),
    asCurrentUser(
      SELECT.from(CategoryScreenings)
        .columns('companyCode_code', 'category_code', 'relevant', 'justification')
        .where({ reportingYear: year })
    ),
    asCurrentUser(SELECT.distinct.from(FiscalPeriods).columns('companyCode_code').where({ fiscalYear: year })),
    asCurrentUser(SELECT.from(CompanyCodes).columns('code', 'wellToTank').orderBy('code'))
  ])
  // the company codes the year's inventory covers: those with periods or figures in it
  const companyCodes = [
    ...new Set([...periods.map(p => p.companyCode_code!), ...totals.filter(t => t.fiscalYear === year).map(t => t.companyCode_code!)])
  ].sort()
  const wellToTank = wellToTankPolicy(policies.filter(p => companyCodes.includes(p.code!)))
  /** screened not relevant by every company code of the year (and at least one): excluded, with each one's justification */
  const screenedOut = (code: number): string | undefined => {
    const out = companyCodes.map(c => screenings.find(s => s.companyCode_code === c && s.category_code === code && s.relevant === false))
    return companyCodes.length && out.every(Boolean)
      ? out.map(s => `${s!.companyCode_code!}: ${s!.justification ?? ''}`).join('; ')
      : undefined
  }
  const setText = new Map(sets.map(s => [s.code!, `${s.code!} ${s.version ?? ''} (${s.publisher ?? 'unknown publisher'})`]))
  const ofYear = totals.filter(t => t.fiscalYear === year)
  const lines = categories.map(({ code, name }): InventoryLine => {
    const rows = totals.filter(t => t.category_code === code && t.fiscalYear === year)
    const sum = (field: string, of = rows): Decimal => of.reduce((s, r) => s.plus(D((r as any)[field])), D(0))
    const loc = sum('kgCO2eLocation')
    const previous = sum(
      'kgCO2eLocation',
      totals.filter(t => t.category_code === code && t.fiscalYear === year - 1)
    )
    const hadPrevious = totals.some(t => t.category_code === code && t.fiscalYear === year - 1)
    const byMethod = new Map<string, Decimal>()
    for (const r of rows) byMethod.set(r.method_code!, (byMethod.get(r.method_code!) ?? D(0)).plus(D(r.kgCO2eLocation)))
    const weight = sum('dqWeight')
    const exclusion = exclusions.find(e => e.category_code === code)?.justification ?? screenedOut(code!)
    const lines = rows.reduce((n, r) => n + (r.lines ?? 0), 0)
    // no figure is shown as a figure: a category without lines is excluded (with why) or not calculated yet
    const status = lines > 0 ? 'calculated' : exclusion !== undefined ? 'excluded' : 'notCalculated'
    const figure = (kg: Decimal): string | null => (status === 'calculated' ? tonnes(kg) : null)
    const moments = momentsOf(rows)
    const interval = intervalOf(moments)
    const unknown = [...byMethod.keys()].filter(m => BASIC_VARIANCE[m] === undefined).sort()
    return {
      reportingYear: year,
      category: code!,
      categoryName: name ?? '',
      status,
      tCO2eLocation: figure(loc),
      tCO2eLow: figure(interval.low),
      tCO2eHigh: figure(interval.high),
      uncertaintyNote: status === 'calculated' ? uncertaintyNote(unknown, moments.exact) : null,
      tCO2eMarket: figure(sum('kgCO2eMarket')),
      biogenicTCO2: figure(sum('biogenicCO2')),
      wellToTankTCO2e: figure(sum('kgCO2eWTT')),
      wellToTank,
      primaryDataShare: loc.isZero()
        ? null
        : (byMethod.get(PRIMARY_METHOD) ?? D(0)).div(loc).times(100).toDecimalPlaces(4, Decimal.ROUND_HALF_EVEN).toFixed(4),
      dqScore: weightedScore(sum('dqWeighted'), weight),
      lines,
      methods: [...byMethod]
        .filter(([, kg]) => !kg.isZero())
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(
          ([method, kg]) =>
            `${method} ${loc.isZero() ? '-' : kg.div(loc).times(100).toDecimalPlaces(4, Decimal.ROUND_HALF_EVEN).toFixed(4)} %`
        )
        .join('; '),
      factorSources: [...new Set(rows.filter(r => !D(r.kgCO2eLocation).isZero()).map(r => r.factorSet!))]
        .sort()
        .map(s => setText.get(s) ?? s)
        .join('; '),
      excluded: exclusion !== undefined,
      justification: exclusion ?? null,
      previousTCO2eLocation: hadPrevious ? tonnes(previous) : null,
      changePercent:
        hadPrevious && !previous.isZero()
          ? loc.minus(previous).div(previous).times(100).toDecimalPlaces(2, Decimal.ROUND_HALF_EVEN).toFixed(2)
          : null
    }
  })
  const total = intervalOf(momentsOf(ofYear))
  const calculated = lines.some(l => l.status === 'calculated')
  return { lines, tCO2eLow: calculated ? tonnes(total.low) : null, tCO2eHigh: calculated ? tonnes(total.high) : null }
}

const CSV_COLUMNS: Array<keyof InventoryLine> = [
  'reportingYear',
  'category',
  'categoryName',
  'status',
  'tCO2eLocation',
  'tCO2eLow',
  'tCO2eHigh',
  'tCO2eMarket',
  'biogenicTCO2',
  'wellToTankTCO2e',
  'primaryDataShare',
  'dqScore',
  'lines',
  'methods',
  'factorSources',
  'excluded',
  'justification',
  'previousTCO2eLocation',
  'changePercent',
  'uncertaintyNote'
]

/** where a reader of the CSV finds how each figure is made: the methodology documents, the engine's version, the interval's method */
const METHODOLOGY =
  `docs/methodology.md; calculation ${CALCULATION_VERSION}; ` +
  `tCO2eLow … tCO2eHigh: 95 % interval of tCO2eLocation (${UNCERTAINTY_METHOD}: pedigree matrix, lines independent and lognormal; docs/reporting.md)`

/**
 * The inventory as a table: a header, one row per category, and a total row that names the methodology; figures as
 * the exact decimal strings (null: no figure). The CSV and the XLSX file are this table.
 */
function inventoryTable(year: number, { lines, tCO2eLow, tCO2eHigh }: InventoryReport): Array<Array<string | number | boolean | null>> {
  const total = (field: 'tCO2eLocation' | 'tCO2eMarket' | 'biogenicTCO2' | 'wellToTankTCO2e'): string =>
    lines.reduce((s, l) => s.plus(l[field] ?? 0), D(0)).toFixed(9)
  const totalRow = [
    ...CSV_COLUMNS.map(c =>
      c === 'reportingYear'
        ? year
        : c === 'categoryName'
          ? 'Total Scope 3'
          : c === 'tCO2eLocation' || c === 'tCO2eMarket' || c === 'biogenicTCO2' || c === 'wellToTankTCO2e'
            ? total(c)
            : c === 'tCO2eLow'
              ? tCO2eLow
              : c === 'tCO2eHigh'
                ? tCO2eHigh
                : null
    ),
    `${METHODOLOGY}; ${lines[0]?.wellToTank ?? ''}`
  ]
  // text a person wrote (a justification) is made safe for spreadsheets: '=…' is not run as a formula
  return [[...CSV_COLUMNS, 'methodology'], ...lines.map(l => [...CSV_COLUMNS.map(c => safeValue(l[c])), null]), totalRow]
}

/** The inventory as CSV (RFC 4180), one line per category and a total line that names the methodology. */
export function csvOf(year: number, report: InventoryReport): string {
  return (
    inventoryTable(year, report)
      .map(row => row.map(csvCell).join(','))
      .join('\r\n') + '\r\n'
  )
}

/** the columns of figures in tonnes (their names say t CO2 or t CO2e): Excel numbers shown to three decimals (the CSV keeps all nine) */
const TONNE_COLUMNS = new Set<string>(CSV_COLUMNS.filter(c => /tCO2/i.test(c)))

/**
 * The inventory as an XLSX workbook: the CSV's table on a sheet "Inventory <year>", figures as numbers (Excel keeps 15
 * significant digits: the CSV has the exact decimals), t CO2e shown to three decimals, the header row bold and frozen.
 */
export async function xlsxOf(year: number, report: InventoryReport): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet(`Inventory ${year}`, { views: [{ state: 'frozen', ySplit: 1 }] })
  const [header, ...rows] = inventoryTable(year, report)
  sheet.addRow(header).font = { bold: true }
  for (const row of rows) {
    sheet.addRow(
      row.map((value, i) => {
        return isDecimalText(value) && header[i] !== 'categoryName' ? Number(value) : value
      })
    )
  }
  header.forEach((name, i) => {
    const column = sheet.getColumn(i + 1)
    column.width = Math.min(40, Math.max(12, String(name).length + 2))
    if (TONNE_COLUMNS.has(String(name))) column.numFmt = '#,##0.000'
  })
  return Buffer.from(await workbook.xlsx.writeBuffer())
}
