import { expect } from 'chai'
import { deflateRawSync } from 'node:zlib'
import ExcelJS from 'exceljs'
import { zipProblem, XLSX_LIMITS } from '../../../srv/lib/common/zip-limits'
import { openTable, FileError } from '../../../srv/lib/uploads/tabular'

/** A ZIP container written here byte by byte (PKWARE APPNOTE 4.3): each part deflated, with the sizes it declares. */
function zip(parts: Array<{ name: string; data: Buffer; declare?: number }>): Buffer {
  const locals: Buffer[] = []
  const centrals: Buffer[] = []
  let offset = 0
  for (const { name, data, declare } of parts) {
    const packed = deflateRawSync(data)
    const fileName = Buffer.from(name)
    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034b50, 0)
    local.writeUInt16LE(20, 4)
    local.writeUInt16LE(8, 8)
    local.writeUInt32LE(packed.length, 18)
    local.writeUInt32LE(declare ?? data.length, 22)
    local.writeUInt16LE(fileName.length, 26)
    const central = Buffer.alloc(46)
    central.writeUInt32LE(0x02014b50, 0)
    central.writeUInt16LE(20, 4)
    central.writeUInt16LE(20, 6)
    central.writeUInt16LE(8, 10)
    central.writeUInt32LE(packed.length, 20)
    central.writeUInt32LE(declare ?? data.length, 24)
    central.writeUInt16LE(fileName.length, 28)
    central.writeUInt32LE(offset, 42)
    locals.push(local, fileName, packed)
    centrals.push(central, fileName)
    offset += local.length + fileName.length + packed.length
  }
  const directory = Buffer.concat(centrals)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(parts.length, 8)
  end.writeUInt16LE(parts.length, 10)
  end.writeUInt32LE(directory.length, 12)
  end.writeUInt32LE(offset, 16)
  return Buffer.concat([...locals, directory, end])
}

describe('uploads: bounded work for a workbook (zip bombs)', () => {
  // 300 MB of zeros deflate to about 300 KB: far below the 10 MB an upload may have
  const bomb = Buffer.alloc(300 * 1024 * 1024)

  it('refuses a container whose parts declare more than the budget, before inflating anything', () => {
    const file = zip([{ name: 'xl/worksheets/sheet1.xml', data: bomb }])
    expect(file.length).to.be.lessThan(1024 * 1024)
    expect(zipProblem(file, XLSX_LIMITS)).to.match(/^would inflate to more than 100\.0 MB \(its parts declare 300\.0 MB so far\)$/)
  })

  it('refuses one whose headers lie about its size, after inflating no more than the budget', () => {
    const file = zip([{ name: 'xl/worksheets/sheet1.xml', data: bomb, declare: 1024 }])
    expect(zipProblem(file, XLSX_LIMITS)).to.match(/^inflates to more than 100\.0 MB \(its parts claim 0\.0 MB\)$/)
    // many small lying parts add up the same way
    const parts = Array.from({ length: 12 }, (_, i) => ({ name: `xl/media/p${i}.bin`, data: Buffer.alloc(10 * 1024 * 1024), declare: 10 }))
    expect(zipProblem(zip(parts), XLSX_LIMITS)).to.match(/^inflates to more than 100\.0 MB/)
    expect(zipProblem(zip(parts.slice(0, 3)), { maxEntries: 2, maxUncompressedBytes: XLSX_LIMITS.maxUncompressedBytes })).to.equal(
      'has 3 parts; a workbook may have at most 2'
    )
  })

  it('takes a real workbook, and says what is wrong with what is not one', async () => {
    const wb = new ExcelJS.Workbook()
    wb.addWorksheet('hotels').addRow(['date', 'country', 'nights'])
    const real = Buffer.from(await wb.xlsx.writeBuffer())
    expect(zipProblem(real, XLSX_LIMITS)).to.equal(undefined)
    expect(zipProblem(Buffer.from('date,country\n'), XLSX_LIMITS)).to.equal('is not a ZIP container (an .xlsx workbook is one)')
    // the upload's reader refuses the bomb as a file problem, naming the file
    const error = await openTable('bomb.xlsx', zip([{ name: 'xl/worksheets/sheet1.xml', data: bomb }]), 'hotels').catch(e => e)
    expect(error).to.be.instanceOf(FileError)
    expect(error.message).to.match(/^bomb\.xlsx would inflate to more than 100\.0 MB/)
  })
})
