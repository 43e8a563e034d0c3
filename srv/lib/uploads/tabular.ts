import { Readable } from 'node:stream'
import { parse as parseStream } from 'csv-parse'
import ExcelJS from 'exceljs'
import { XLSX_LIMITS, zipProblem } from '../common/zip-limits'

/**
 * Reads an uploaded CSV or XLSX file into a header and rows of text cells, with the row numbers a spreadsheet
 * shows (the header is row 1). CSV must be UTF-8. XLSX: the sheet named like the template; formulas are never
 * evaluated (a cell with a formula is an error naming the cell: paste values), nor is text a spreadsheet would run as
 * one (starting with =, @, or + or - unless a plain number: an error of its row, in CSV too), workbooks with macros are refused,
 * dates become YYYY-MM-DD (the calendar date the cell shows). Problems of the file as a whole throw a FileError.
 */

export interface TableRow {
  row: number
  values: Record<string, string>
}
export interface CellError {
  row: number
  column: string
  message: string
}

/**
 * A file opened for reading: its header, how many data rows it has (for progress), and its rows in chunks. CSV is
 * parsed as a stream, chunk by chunk; an XLSX workbook is read whole (exceljs), then handed out in chunks.
 */
export interface Table {
  header: string[]
  rowCount: number
  chunks: (size: number) => AsyncGenerator<{ rows: TableRow[]; cellErrors: CellError[] }>
}

export class FileError extends Error {}

/** the documented limit of one upload */
export const MAX_FILE_BYTES = 10 * 1024 * 1024
/** the most data rows one file may have */
export const MAX_ROWS = 200000

export async function openTable(fileName: string, content: Buffer, sheet: string): Promise<Table> {
  if (content.length === 0) throw new FileError(`${fileName} is empty`)
  if (content.length > MAX_FILE_BYTES)
    throw new FileError(`${fileName} has ${content.length} bytes; an upload may have at most ${MAX_FILE_BYTES} (10 MB)`)
  const extension = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase()
  if (extension === 'csv') return await openCsv(fileName, content)
  if (extension === 'xlsx') return await readXlsx(fileName, content, sheet)
  if (extension === 'xlsm' || extension === 'xls' || extension === 'xlsb')
    throw new FileError(`${fileName}: .${extension} workbooks are not accepted (macros, binary format); save the sheet as .xlsx or .csv`)
  throw new FileError(`${fileName}: only .csv and .xlsx files are accepted`)
}

/** A table of rows given as values (rows an integration pushes). */
export function tableOf(header: string[], rows: TableRow[]): Table {
  return {
    header,
    rowCount: rows.length,
    chunks: async function* (size) {
      for (let i = 0; i < rows.length; i += size) yield { rows: rows.slice(i, i + size), cellErrors: [] }
    }
  }
}

const CSV_OPTIONS = { bom: true, skip_empty_lines: true, trim: true, relax_column_count: true }

async function openCsv(fileName: string, content: Buffer): Promise<Table> {
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(content)
  } catch {
    throw new FileError(`${fileName} is not UTF-8 text: save the CSV as UTF-8`)
  }
  /** the records of the file, parsed as a stream (the text in slices, so that no record list of the whole file is built) */
  async function* records(): AsyncGenerator<string[]> {
    const slices = function* (): Generator<string> {
      for (let i = 0; i < text.length; i += 65536) yield text.slice(i, i + 65536)
    }
    try {
      for await (const record of Readable.from(slices()).pipe(parseStream(CSV_OPTIONS))) yield record as string[]
    } catch (e: any) {
      throw new FileError(`${fileName} is not a readable CSV file: ${String(e.message)}`)
    }
  }
  const first = records()
  const head = await first.next()
  await first.return(undefined)
  if (head.done === true) throw new FileError(`${fileName} has no header row`)
  const header = head.value.map(h => h.trim())
  const rowCount = dataLines(text)
  if (rowCount > MAX_ROWS) throw new FileError(`the file has ${rowCount} rows; an upload may have at most ${MAX_ROWS}`)
  return {
    header,
    rowCount,
    chunks: async function* (size) {
      let index = -1
      let rows: TableRow[] = []
      let cellErrors: CellError[] = []
      for await (const cells of records()) {
        if (index++ < 0) continue // the header
        if (!cells.some(c => c !== '')) continue
        rows.push({ row: index + 1, values: valuesOf(header, cells) })
        cells.forEach((c, i) => {
          if (formulaLike(c)) cellErrors.push(formulaLikeError(index + 1, header[i] ?? `column ${i + 1}`, c))
        })
        if (rows.length === size) {
          yield { rows, cellErrors }
          rows = []
          cellErrors = []
        }
      }
      if (rows.length) yield { rows, cellErrors }
    }
  }
}

/** The lines after the header that hold a value (what progress counts; an estimate where quoted cells span lines). */
function dataLines(text: string): number {
  let count = 0
  let start = text.indexOf('\n') + 1
  while (start > 0 && start < text.length) {
    const end = text.indexOf('\n', start)
    const line = text.slice(start, end < 0 ? text.length : end)
    if (/[^\s,;"]/.test(line)) count++
    start = end < 0 ? text.length : end + 1
  }
  return count
}

const valuesOf = (header: string[], cells: string[]): Record<string, string> =>
  Object.fromEntries(header.map((h, i) => [h, cells[i] ?? '']))

async function readXlsx(fileName: string, content: Buffer, sheet: string): Promise<Table> {
  // bounded before the parser holds the workbook: its parts' declared and real inflated size (zip bombs)
  const problem = zipProblem(content, XLSX_LIMITS)
  if (problem) throw new FileError(`${fileName} ${problem}`)
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
  if (!worksheet)
    throw new FileError(`${fileName} has no sheet '${sheet}' (it has ${workbook.worksheets.map(w => `'${w.name}'`).join(', ')})`)
  const cellErrors: CellError[] = []
  const records: Array<{ row: number; cells: string[] }> = []
  let header: string[] | undefined
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = []
    row.eachCell({ includeEmpty: true }, (cell, colNumber) => {
      const text = cellText(cell)
      if (text === undefined)
        cellErrors.push({
          row: rowNumber,
          column: header?.[colNumber - 1] ?? cell.address,
          message: `cell ${cell.address} holds a formula; formulas are not evaluated: paste the values`
        })
      else if (header !== undefined && formulaLike(text))
        cellErrors.push(formulaLikeError(rowNumber, header[colNumber - 1] ?? cell.address, text))
      cells[colNumber - 1] = text ?? ''
    })
    if (header === undefined) header = Array.from(cells, c => (c ?? '').trim())
    else records.push({ row: rowNumber, cells: Array.from(cells, c => c ?? '') })
  })
  if (header === undefined) throw new FileError(`${fileName}: the sheet '${sheet}' is empty`)
  if (records.length > MAX_ROWS) throw new FileError(`the file has ${records.length} rows; an upload may have at most ${MAX_ROWS}`)
  const columns = header
  const rows = records.filter(({ cells }) => cells.some(c => c !== '')).map(({ row, cells }) => ({ row, values: valuesOf(columns, cells) }))
  return {
    header: columns,
    rowCount: rows.length,
    chunks: async function* (size) {
      for (let i = 0; i < rows.length; i += size) {
        const part = rows.slice(i, i + size)
        const [from, to] = [part[0].row, part[part.length - 1].row]
        yield { rows: part, cellErrors: cellErrors.filter(e => e.row >= from && e.row <= to) }
      }
    }
  }
}

/** A cell's stored value as text; undefined for a formula. */
function cellText(cell: ExcelJS.Cell): string | undefined {
  const v: any = cell.value
  if (v === null || v === undefined) return ''
  if (typeof v === 'object' && ('formula' in v || 'sharedFormula' in v)) return undefined
  if (v instanceof Date) return v.toISOString().slice(0, 10) // Excel dates carry no zone: exceljs reads them as UTC
  if (typeof v === 'object' && Array.isArray(v.richText))
    return v.richText
      .map((t: any) => t.text)
      .join('')
      .trim()
  if (typeof v === 'object' && 'text' in v) return String(v.text).trim() // hyperlink
  return String(v).trim()
}

/**
 * Text a spreadsheet would run as a formula when the file is opened again (CSV injection): it starts with =, @, a tab
 * or carriage return, or with + or - and is not a plain number. Such a cell is an error of its row, like a formula.
 */
export const formulaLike = (text: string): boolean =>
  /^[=@\t\r]/.test(text) || (/^[+-]/.test(text) && !/^[+-](\d+(\.\d*)?|\.\d+)$/.test(text))

const formulaLikeError = (row: number, column: string, text: string): CellError => ({
  row,
  column,
  message: `${column} starts with '${text[0].replace(/[\t\r]/, ' ')}': text a spreadsheet would run as a formula is not accepted`
})
