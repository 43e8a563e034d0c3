/**
 * A cell of exported text (CSV, XLSX): one starting with =, +, - or @ (or a tab or carriage return) would be run as a
 * formula by a spreadsheet, so it is quoted with ' (CSV injection). Decimal figures are not text: leave them as they are.
 */
export const safeCell = (text: string): string => (/^[=+\-@\t\r]/.test(text) ? `'${text}` : text)

/** a decimal figure written as text ("-12.5"): a number to a spreadsheet, not text */
export const isDecimalText = (value: unknown): value is string => typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value)

/** a value of an exported table: text made safe (safeCell), decimal figures (-12.5) and everything else as it is */
export const safeValue = <T>(value: T): T | string => (typeof value === 'string' && !isDecimalText(value) ? safeCell(value) : value)

/** A value as a CSV cell (RFC 4180): empty for none, quoted where it holds a quote, comma, semicolon or line break. */
export const csvCell = (v: unknown): string =>
  v == null ? '' : /[",\n;]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : String(v)
