import { parse } from 'csv-parse/sync'
import ExcelJS from 'exceljs'

/**
 * Reads an uploaded CSV or XLSX file into a header and rows of text cells, with the row numbers a spreadsheet
 * shows (the header is row 1). CSV must be UTF-8. XLSX: the sheet named like the template; formulas are never
 * evaluated (a cell with a formula is an error naming the cell: paste values), workbooks with macros are refused,
 * dates become YYYY-MM-DD (the calendar date the cell shows). Problems of the file as a whole throw a FileError.
 */

export interface Table { header: string[], rows: Array<{ row: number, values: Record<string, string> }>, cellErrors: Array<{ row: number, column: string, message: string }> }

export class FileError extends Error {}

/** the documented limit of one upload */
export const MAX_FILE_BYTES = 10 * 1024 * 1024
/** the most data rows one file may have */
export const MAX_ROWS = 200000

export async function readTable (fileName: string, content: Buffer, sheet: string): Promise<Table> {
  if (content.length === 0) throw new FileError(`${fileName} is empty`)
  if (content.length > MAX_FILE_BYTES) throw new FileError(`${fileName} has ${content.length} bytes; an upload may have at most ${MAX_FILE_BYTES} (10 MB)`)
  const extension = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase()
  if (extension === 'csv') return readCsv(fileName, content)
  if (extension === 'xlsx') return await readXlsx(fileName, content, sheet)
  if (extension === 'xlsm' || extension === 'xls' || extension === 'xlsb') throw new FileError(`${fileName}: .${extension} workbooks are not accepted (macros, binary format); save the sheet as .xlsx or .csv`)
  throw new FileError(`${fileName}: only .csv and .xlsx files are accepted`)
}

function readCsv (fileName: string, content: Buffer): Table {
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(content)
  } catch {
    throw new FileError(`${fileName} is not UTF-8 text: save the CSV as UTF-8`)
  }
  let records: string[][]
  try {
    records = parse(text, { bom: true, skip_empty_lines: true, trim: true, relax_column_count: true })
  } catch (e: any) {
    throw new FileError(`${fileName} is not a readable CSV file: ${String(e.message)}`)
  }
  if (records.length === 0) throw new FileError(`${fileName} has no header row`)
  return table(records[0], records.slice(1).map((cells, i) => ({ row: i + 2, cells })), [])
}

async function readXlsx (fileName: string, content: Buffer, sheet: string): Promise<Table> {
  const workbook = new ExcelJS.Workbook()
  try {
    await workbook.xlsx.load(content as any)
  } catch {
    throw new FileError(`${fileName} is not a readable .xlsx workbook`)
  }
  if ((workbook as any).model?.media?.some?.((m: any) => /vba/i.test(String(m.name))) === true || content.includes('vbaProject.bin')) {
    throw new FileError(`${fileName} contains macros; upload a workbook without macros`)
  }
  const worksheet = workbook.getWorksheet(sheet)
  if (!worksheet) throw new FileError(`${fileName} has no sheet '${sheet}' (it has ${workbook.worksheets.map(w => `'${w.name}'`).join(', ')})`)
  const cellErrors: Table['cellErrors'] = []
  const records: Array<{ row: number, cells: string[] }> = []
  let header: string[] | undefined
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = []
    row.eachCell({ includeEmpty: true }, (cell, colNumber) => {
      const text = cellText(cell)
      if (text === undefined) cellErrors.push({ row: rowNumber, column: header?.[colNumber - 1] ?? cell.address, message: `cell ${cell.address} holds a formula; formulas are not evaluated: paste the values` })
      cells[colNumber - 1] = text ?? ''
    })
    if (header === undefined) header = Array.from(cells, c => c ?? '')
    else records.push({ row: rowNumber, cells: Array.from(cells, c => c ?? '') })
  })
  if (header === undefined) throw new FileError(`${fileName}: the sheet '${sheet}' is empty`)
  return table(header, records, cellErrors)
}

/** A cell's stored value as text; undefined for a formula. */
function cellText (cell: ExcelJS.Cell): string | undefined {
  const v: any = cell.value
  if (v === null || v === undefined) return ''
  if (typeof v === 'object' && ('formula' in v || 'sharedFormula' in v)) return undefined
  if (v instanceof Date) return v.toISOString().slice(0, 10) // Excel dates carry no zone: exceljs reads them as UTC
  if (typeof v === 'object' && Array.isArray(v.richText)) return v.richText.map((t: any) => t.text).join('').trim()
  if (typeof v === 'object' && 'text' in v) return String(v.text).trim() // hyperlink
  return String(v).trim()
}

function table (headerCells: string[], records: Array<{ row: number, cells: string[] }>, cellErrors: Table['cellErrors']): Table {
  const header = headerCells.map(h => h.trim())
  if (records.length > MAX_ROWS) throw new FileError(`the file has ${records.length} rows; an upload may have at most ${MAX_ROWS}`)
  const rows = records
    .filter(({ cells }) => cells.some(c => c !== ''))
    .map(({ row, cells }) => ({ row, values: Object.fromEntries(header.map((h, i) => [h, cells[i] ?? ''])) }))
  return { header, rows, cellErrors }
}

/** A cell of exported text: one starting with =, +, - or @ would be a formula in a spreadsheet, so it is quoted with '. */
export const safeCell = (text: string): string => /^[=+\-@\t\r]/.test(text) ? `'${text}` : text
