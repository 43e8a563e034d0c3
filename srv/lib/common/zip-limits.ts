import { inflateRawSync } from 'node:zlib'

/**
 * Bounded work for an uploaded ZIP container (an .xlsx workbook): refused by what it declares and by what it really
 * inflates to, before a parser holds it in memory. A small file that inflates to hundreds of megabytes (a "zip
 * bomb") is refused after inflating at most the budget, whatever its headers claim. Pure: Buffer in, reason out.
 */

export interface ZipLimits {
  /** the most entries (files) in the container */
  maxEntries: number
  /** the most bytes all entries may inflate to, together */
  maxUncompressedBytes: number
}

/** about ten times the 10 MB an upload may have: far beyond any sheet of 200,000 rows, far below what hurts a server */
export const XLSX_LIMITS: ZipLimits = { maxEntries: 1000, maxUncompressedBytes: 100 * 1024 * 1024 }

const EOCD = 0x06054b50
const CENTRAL = 0x02014b50
const LOCAL = 0x04034b50
const ZIP64 = 0xffffffff

const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`

/** Why the container must not be opened, or undefined: not a ZIP, too many entries, too large when inflated. */
export function zipProblem(content: Buffer, limits: ZipLimits): string | undefined {
  // the end of central directory record: 22 bytes, followed by a comment of at most 65,535 bytes
  let end = -1
  for (let i = content.length - 22; i >= Math.max(0, content.length - 22 - 65535); i--) {
    if (content.readUInt32LE(i) === EOCD) {
      end = i
      break
    }
  }
  if (end < 0) return 'is not a ZIP container (an .xlsx workbook is one)'
  const entries = content.readUInt16LE(end + 10)
  const directory = content.readUInt32LE(end + 16)
  if (entries > limits.maxEntries) return `has ${entries} parts; a workbook may have at most ${limits.maxEntries}`
  if (directory === ZIP64 || directory >= content.length) return 'has a ZIP directory this reader does not take (ZIP64 or damaged)'
  let declared = 0
  let inflated = 0
  let at = directory
  for (let n = 0; n < entries; n++) {
    if (at + 46 > content.length || content.readUInt32LE(at) !== CENTRAL) return 'has a damaged ZIP directory'
    const method = content.readUInt16LE(at + 10)
    const compressed = content.readUInt32LE(at + 20)
    const size = content.readUInt32LE(at + 24)
    const nameLength = content.readUInt16LE(at + 28)
    const local = content.readUInt32LE(at + 42)
    if (compressed === ZIP64 || size === ZIP64 || local === ZIP64) return 'has a ZIP directory this reader does not take (ZIP64 or damaged)'
    declared += size
    if (declared > limits.maxUncompressedBytes)
      return `would inflate to more than ${mb(limits.maxUncompressedBytes)} (its parts declare ${mb(declared)} so far)`
    // what the part really inflates to: headers may lie, so inflate it, never past the budget left
    if (local + 30 > content.length || content.readUInt32LE(local) !== LOCAL) return 'has a damaged ZIP part'
    const start = local + 30 + content.readUInt16LE(local + 26) + content.readUInt16LE(local + 28)
    const data = content.subarray(start, start + compressed)
    if (method === 0) inflated += data.length
    else if (method === 8) {
      const budget = limits.maxUncompressedBytes - inflated
      try {
        inflated += inflateRawSync(data, { maxOutputLength: Math.max(1, budget) }).length
      } catch (e: any) {
        if (e?.code === 'ERR_BUFFER_TOO_LARGE' || e instanceof RangeError)
          return `inflates to more than ${mb(limits.maxUncompressedBytes)} (its parts claim ${mb(declared)})`
        return `has a part that does not inflate (${String(e?.code ?? e?.message ?? 'damaged')})`
      }
    } else return `has a part compressed with method ${method}, which workbooks do not use`
    at += 46 + nameLength + content.readUInt16LE(at + 30) + content.readUInt16LE(at + 32)
  }
  if (inflated > limits.maxUncompressedBytes) return `inflates to more than ${mb(limits.maxUncompressedBytes)}`
  return undefined
}
