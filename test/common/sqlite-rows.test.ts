import cds from '@sap/cds'
import path from 'node:path'
import { insertRows } from '../../srv/common/database'

/**
 * Row-by-row inserts on SQLite (srv/common/sqlite-rows.ts): rows inserted as columns and rows are stored exactly as CAP
 * stores the same values given as entries (CAP's own JSON path): every column's value and SQLite type, with
 * defaults and managed fields; and the handlers of the database service still run.
 */
describe('SQLite: inserts of rows one by one with bound parameters', () => {
  const { expect } = cds.test(path.join(__dirname, '..', '..'))

  /** every column of the rows with these keys, with its SQLite storage type */
  async function stored(table: string, where: string): Promise<Array<Record<string, unknown>>> {
    const columns = ((await cds.run(`PRAGMA table_info(${table})`)) as Array<{ name: string }>).map(c => c.name)
    const rows = (await cds.run(
      `SELECT ${columns.map(c => `"${c}", typeof("${c}") AS "${c}:type"`).join(', ')} FROM ${table} WHERE ${where} ORDER BY rowid`
    )) as Array<Record<string, unknown>>
    return rows
  }

  /** the SQL statements SQLite prepares until stop() */
  function spyOnPrepare(): { stop: () => string[] } {
    const Database = require('better-sqlite3')
    const original = Database.prototype.prepare
    const seen: string[] = []
    Database.prototype.prepare = function (sql: string) {
      seen.push(sql)
      return original.call(this, sql)
    }
    return {
      stop: () => {
        Database.prototype.prepare = original
        return seen
      }
    }
  }

  it('stores what CAP stores for entries: texts, integers, decimals, booleans, dates, timestamps, JSON, nulls, managed fields', async () => {
    const { Activities, UploadRows } = cds.entities('scope3')
    const activity = (ID: string): Record<string, unknown> => ({
      ID,
      sourceSystem: 'TEST',
      documentType: 'PurchaseOrderItem',
      documentNumber: '4599000001',
      documentItem: '00010',
      postingDate: '2026-03-04',
      fiscalYear: 2026,
      fiscalPeriod: 3,
      companyCode_code: '1010',
      quantity: '12.5',
      unit_code: 'KG',
      amount: '1000',
      currency_code: 'EUR',
      description: 'ready-mix concrete',
      distance: null,
      payloadHash: 'a'.repeat(64)
    })
    const upload = (row: number): Record<string, unknown> => ({
      batch_ID: '00000000-0000-4000-8000-000000000001',
      row,
      cells: { date: '2026-03-04', origin: 'FRA' },
      valid: row % 2 === 0,
      kgCO2eLocation: '123.456789',
      description: null
    })
    const a = activity('00000000-0000-4000-8000-0000000000a1')
    const b = { ...activity('00000000-0000-4000-8000-0000000000b1'), documentItem: '00020' }
    const prepared = spyOnPrepare()
    await insertRows(Activities, [a]) // as columns and rows, with the managed fields

    // CAP's statement for the row, with parameters instead of JSON values
    expect(prepared.stop().filter(sql => /^INSERT INTO scope3_Activities/.test(sql)))
      .to.have.length(1)
      .and.satisfy((l: string[]) => !/json_each/.test(l[0]))
    await INSERT.into(Activities).entries(b)
    const [byRow, byEntry] = await stored('scope3_Activities', "documentNumber = '4599000001'")
    for (const [column, value] of Object.entries(byEntry)) {
      if (['ID', 'documentItem', 'createdAt', 'modifiedAt'].includes(column)) continue // (the time of each insert)
      expect(byRow[column], column).to.deep.equal(value)
    }
    expect(byRow.createdAt).to.match(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/)
    expect(byRow['quantity:type']).to.equal('real')
    expect(byRow['fiscalYear:type']).to.equal('integer')

    await insertRows(UploadRows, [upload(2), upload(3)])
    await INSERT.into(UploadRows).entries([upload(4), upload(5)])
    const all = await stored('scope3_UploadRows', "batch_ID = '00000000-0000-4000-8000-000000000001'")
    expect(all).to.have.length(4)
    const without = (r: Record<string, unknown>): Record<string, unknown> =>
      Object.fromEntries(Object.entries(r).filter(([k]) => k !== 'row'))
    expect(without(all[0])).to.deep.equal(without(all[2]))
    expect(without(all[1])).to.deep.equal(without(all[3]))
    expect(all[0]).to.include({
      valid: 1,
      'valid:type': 'integer',
      cells: '{"date":"2026-03-04","origin":"FRA"}',
      'description:type': 'null'
    })
  })

  it('still runs the database handlers: an attribution for a closed period is refused as with entries', async () => {
    const { Attributions, FiscalPeriods } = cds.entities('scope3')
    await UPSERT.into(FiscalPeriods).entries({ companyCode_code: '1010', fiscalYear: 2019, fiscalPeriod: 1, status: 'closed' })
    const row = {
      ID: '00000000-0000-4000-8000-0000000000c1',
      activity_ID: '00000000-0000-4000-8000-0000000000a1',
      companyCode_code: '1010',
      fiscalYear: 2019,
      fiscalPeriod: 1,
      kgCO2eLocation: '1'
    }
    const refused = async (q: any): Promise<string> =>
      await q.then(
        () => 'stored',
        (e: Error) => e.message
      )
    const asRows = await refused(
      INSERT.into(Attributions)
        .columns(Object.keys(row))
        .rows([Object.values(row)])
    )
    const asEntries = await refused(INSERT.into(Attributions).entries(row))
    expect(asRows).to.not.equal('stored')
    expect(asRows).to.equal(asEntries)
  })
})
