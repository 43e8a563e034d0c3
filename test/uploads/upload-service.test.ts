import cds from '@sap/cds'
import path from 'node:path'
import fs from 'node:fs'
import ExcelJS from 'exceljs'
import { parse } from 'csv-parse/sync'
import { Decimal, roundKg } from '../../srv/lib/common/decimal'
import { desnzWtt, desnzWttOf } from '../helpers/desnz'

/**
 * Activity data uploads (srv/uploads/upload-service.ts): every template with the real DESNZ 2025 factor its rows name,
 * row-level validation, preview, all-or-nothing commit, idempotency by content, reversal, and the API for integrations.
 */
describe('UploadService: flights, hotel nights, freight and waste from files and integrations', () => {
  const { GET, POST, PATCH, expect, axios } = cds.test(path.join(__dirname, '..', '..'))
  axios.defaults.validateStatus = () => true
  axios.defaults.auth = { username: 'sam', password: '' }
  const U = '/odata/v4/uploads'
  const year = new Date().getUTCFullYear() - 1

  /** the DESNZ 2025 source row of a factor code: its value as published (db/sources) */
  const desnz = new Map(
    (
      parse(fs.readFileSync(path.join(__dirname, '..', '..', 'db/sources/DESNZ_GHG_conversion_factors_2025_flat_v1.csv')), {
        columns: true,
        bom: true
      }) as any[]
    ).map(r => [r.ID as string, r])
  )
  const factorValue = (code: string): string => desnz.get(code)['GHG Conversion Factor 2025']
  /** the airports as published (db/sources), for distances computed here with the spherical law of cosines */
  const airports = new Map(
    (parse(fs.readFileSync(path.join(__dirname, '..', '..', 'db/sources/airports-major.csv')), { columns: true }) as any[]).map(a => [
      a.iata_code as string,
      a
    ])
  )
  function kmBetween(a: string, b: string): number {
    const [p, q] = [airports.get(a), airports.get(b)]
    const rad = (d: string): number => (Number(d) * Math.PI) / 180
    const cos =
      Math.sin(rad(p.latitude_deg)) * Math.sin(rad(q.latitude_deg)) +
      Math.cos(rad(p.latitude_deg)) * Math.cos(rad(q.latitude_deg)) * Math.cos(rad(q.longitude_deg) - rad(p.longitude_deg))
    return Math.acos(cos) * 6371.0088
  }

  const cell = (text: string): string => (/[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text)
  const csv = (rows: string[][]): string => Buffer.from(rows.map(r => r.map(cell).join(',')).join('\n') + '\n').toString('base64')
  async function upload(activityType: string, fileName: string, content: string, companyCode = '1010'): Promise<any> {
    return await POST(`${U}/upload`, { activityType, companyCode, fileName, content })
  }
  const messagesOf = async (batch: string): Promise<any[]> => (await GET(`${U}/Batches(${batch})/messages?$orderby=row,column`)).data.value
  const rowsOf = async (batch: string): Promise<any[]> => {
    const { data } = await GET(`${U}/Batches(${batch})/rows?$orderby=row`)
    if (!data.value) throw new Error(JSON.stringify(data))
    return data.value
  }
  const countOf = async (entity: string): Promise<number> => Number((await SELECT.one.from(entity).columns('count(1) as n')).n)
  async function attributionsOf(batch: string): Promise<any[]> {
    const { Activities, Attributions } = cds.entities('scope3')
    return await SELECT.from(Attributions).where({
      supersededBy_ID: null,
      activity_ID: { in: SELECT.from(Activities).columns('ID').where({ upload_ID: batch }) }
    })
  }

  it('offers a CSV template per activity type, and the columns of each', async () => {
    const { data } = await GET(`${U}/template(activityType='flights')`)
    expect(data.value.split('\n')[0]).to.equal('date,travellerRef,origin,destination,cabinClass,trip,passengers')
    const columns = (await GET(`${U}/templates()`)).data.value
    expect(new Set(columns.map((c: any) => c.activityType))).to.deep.equal(
      new Set(['flights', 'hotels', 'travel', 'commuting', 'freight', 'waste', 'energy'])
    )
    expect(columns.find((c: any) => c.column === 'cabinClass').values).to.contain('premium economy')
    expect(Object.fromEntries(columns.map((c: any) => [c.activityType, c.category]))).to.deep.equal({
      flights: 6,
      hotels: 6,
      travel: 6,
      commuting: 7,
      freight: 4,
      waste: 5,
      energy: 3
    })
    expect((await GET(`${U}/template(activityType='trains')`)).status).to.equal(400)
  })

  it("computes a FRA→JFK economy return flight from the great circle with 8% uplift and DESNZ's international (to/from non-UK) economy factor", async () => {
    const { status, data: batch } = await upload(
      'flights',
      'flights-q1.csv',
      csv([
        ['date', 'travellerRef', 'origin', 'destination', 'cabinClass', 'trip'],
        [`${year}-03-10`, 'T-0815', 'FRA', 'JFK', 'economy', 'return']
      ])
    )
    expect(status, JSON.stringify(batch)).to.equal(200)
    expect(batch).to.include({ status: 'validated', rowsRead: 1, rowsValid: 1, rowsWithErrors: 0 })
    const flown = new Decimal(kmBetween('FRA', 'JFK').toFixed(3)).times('1.08').times(2)
    const [row] = await rowsOf(batch.ID)
    // neither end in the UK: International, to/from non-UK › Economy class › With RF (before: the long-haul to/from UK factor)
    expect(row.factorID).to.equal('UK-DESNZ-2025/21_316_3180_11_1')
    expect(desnz.get('21_316_3180_11_1')).to.include({
      'Level 3': 'International, to/from non-UK',
      'Level 4': 'Economy class',
      'Column Text': 'With RF'
    })
    // with its well-to-tank (DESNZ "WTT- flights", same class), which the company code's policy includes by default
    const expected = roundKg(flown.times(factorValue('21_316_3180_11_1')).plus(flown.times(desnzWtt('21_316_3180_11_1'))))
    expect(Number(row.kgCO2eLocation)).to.be.closeTo(expected.toNumber(), 0.01) // the distance here comes from another formula
    expect(row.derivation).to.match(/great circle FRA–JFK 6\d{3}\.\d{3} km × 1\.08 uplift × 2 leg\(s\)/)
    expect(row.derivation).to.contain('DESNZ International, to/from non-UK: neither end in the UK (DE–US)')
    expect(Number(batch.kgCO2eLocation)).to.equal(Number(row.kgCO2eLocation))
    // nothing is stored as activity before the commit
    const { Activities } = cds.entities('scope3')
    expect(await SELECT.from(Activities).where({ upload_ID: batch.ID })).to.deep.equal([])

    const committed = await POST(`${U}/Batches(${batch.ID as string})/commit`, {})
    expect(committed.status, JSON.stringify(committed.data)).to.equal(200)
    expect(committed.data).to.include({ status: 'committed', rowsCommitted: 1, committedBy: 'sam' })
    const [attribution] = await attributionsOf(batch.ID)
    expect(attribution).to.include({
      factor_ID: 'UK-DESNZ-2025/21_316_3180_11_1',
      category_code: 6,
      method_code: 'distance-based',
      convertedUnit: 'pkm'
    })
    expect(attribution.kgCO2eLocation).to.equal(row.kgCO2eLocation) // the preview is what is stored
    expect(new Decimal(attribution.convertedQuantity).toFixed(3)).to.equal(new Decimal(row.derivation.match(/= ([\d.]+) km/)[1]).toFixed(3))
    const linkedResponse = (await GET(`${U}/Batches(${batch.ID as string})/rows?$expand=activities($select=ID,documentType)`)).data
    expect(linkedResponse.value, JSON.stringify(linkedResponse)).to.be.an('array')
    const linked = linkedResponse.value[0]
    expect(linked.activities).to.have.length(1)
    expect(linked.activities[0]).to.include({ documentType: 'FLIGHT' })
    const [activity] = await SELECT.from(Activities).where({ upload_ID: batch.ID })
    expect(activity).to.include({
      sourceSystem: 'UPLOAD',
      documentType: 'FLIGHT',
      uploadRow: 2,
      companyCode_code: '1010',
      fiscalYear: year,
      fiscalPeriod: 3,
      status_code: 'final'
    })
    expect(JSON.parse(attribution.lineage as string).join(' ')).to.contain('named by the activity')
  })

  it('computes hotel nights, rail and car travel, commuting, freight (by distance, and by fuel when given), waste and energy with their DESNZ factors', async () => {
    const cases: Array<{ type: string; rows: string[][]; factors: string[]; quantity: Decimal; category: number; method: string }> = [
      {
        type: 'hotels',
        rows: [
          ['date', 'country', 'nights', 'rooms'],
          [`${year}-04-02`, 'DE', '3', '2']
        ],
        factors: ['29_600_4017_13_1'],
        quantity: new Decimal(6),
        category: 6,
        method: 'average-data'
      },
      {
        type: 'travel',
        rows: [
          ['date', 'mode', 'distance', 'passengers'],
          [`${year}-04-02`, 'rail-national', '420', '2']
        ],
        factors: ['25_315_3147_11_1'],
        quantity: new Decimal(840),
        category: 6,
        method: 'distance-based'
      },
      {
        type: 'travel',
        rows: [
          ['date', 'mode', 'distance', 'distanceUnit'],
          [`${year}-04-02`, 'car-medium-diesel', '100', 'mi']
        ],
        factors: ['25_301_3053_4_1'],
        quantity: new Decimal('160.9344'),
        category: 6,
        method: 'distance-based'
      },
      {
        type: 'commuting',
        rows: [
          ['date', 'site', 'mode', 'employees', 'daysPerEmployee', 'oneWayKm'],
          [`${year}-03-31`, 'Hamburg', 'car-average-petrol', '120', '20', '18.5']
        ],
        factors: ['25_301_3070_4_1'],
        quantity: new Decimal(88800),
        category: 7,
        method: 'average-data'
      },
      {
        type: 'freight',
        rows: [
          ['date', 'mode', 'mass', 'massUnit', 'distanceKm', 'carrier'],
          [`${year}-04-03`, 'road', '12.5', 't', '640', 'Alpen Logistik GmbH']
        ],
        factors: ['27_304_3140_14_1'],
        quantity: new Decimal('12.5').times(640),
        category: 4,
        method: 'distance-based'
      },
      {
        type: 'freight',
        rows: [
          ['date', 'mode', 'mass', 'massUnit', 'distanceKm', 'fuel', 'fuelLitres'],
          [`${year}-04-04`, 'road', '8', 't', '300', 'diesel', '95.5']
        ],
        factors: ['1_101_1011_8_1'],
        quantity: new Decimal('95.5'),
        category: 4,
        method: 'fuel-based'
      },
      {
        type: 'waste',
        rows: [
          ['date', 'wasteType', 'treatment', 'mass', 'massUnit'],
          [`${year}-04-05`, 'Commercial and industrial waste', 'landfill', '2400', 'kg']
        ],
        factors: ['20_507_5313_15_1'],
        quantity: new Decimal('2.4'),
        category: 5,
        method: 'waste-type-specific'
      },
      {
        type: 'energy',
        rows: [
          ['date', 'energyType', 'quantity', 'unit'],
          [`${year}-04-30`, 'natural-gas', '50000', 'kWh']
        ],
        factors: ['11_100_1004_6_1'],
        quantity: new Decimal(50000),
        category: 3,
        method: 'average-data'
      },
      // electricity: upstream of generation, grid losses and their upstream, three activities of one row
      {
        type: 'energy',
        rows: [
          ['date', 'energyType', 'quantity', 'unit', 'country'],
          [`${year}-04-30`, 'electricity', '125', 'MWh', 'GB']
        ],
        factors: ['15_917_4000_5_1', '13_402_4000_5_1', '15_918_4000_5_1'],
        quantity: new Decimal(125000),
        category: 3,
        method: 'average-data'
      }
    ]
    for (const c of cases) {
      const { status, data: batch } = await upload(c.type, `${c.type}-${c.method}-${c.factors[0]}.csv`, csv(c.rows))
      expect(status, JSON.stringify(batch)).to.equal(200)
      expect(batch.rowsWithErrors, `${c.type}: ${JSON.stringify(await messagesOf(batch.ID))}`).to.equal(0)
      expect((await POST(`${U}/Batches(${batch.ID as string})/commit`, {})).status).to.equal(200)
      const stored = await attributionsOf(batch.ID)
      expect(
        stored.map(a => a.factor_ID).sort(),
        `${c.type}: ${c.factors.map(f => String(desnz.get(f)?.['Level 3'])).join(', ')}`
      ).to.deep.equal(c.factors.map(f => `UK-DESNZ-2025/${f}`).sort())
      for (const a of stored) expect(a, c.type).to.include({ category_code: c.category, method_code: c.method })
      const total = stored.reduce((sum, a) => sum.plus(a.kgCO2eLocation), new Decimal(0))
      // travel and freight (categories 4, 6, 7) with DESNZ's well-to-tank of the same activity, added before rounding
      const wtt = (f: string): Decimal => ([4, 6, 7].includes(c.category) ? c.quantity.times(desnzWttOf(f) ?? 0) : new Decimal(0))
      const expected = c.factors.reduce((sum, f) => sum.plus(roundKg(c.quantity.times(factorValue(f)).plus(wtt(f)))), new Decimal(0))
      expect(total.toFixed(6), c.type).to.equal(expected.toFixed(6))
      expect(Number(batch.kgCO2eLocation), `${c.type}: preview`).to.equal(total.toNumber())
    }
  })

  it('reads XLSX workbooks by their stored values, and refuses formulas, macros and a wrong sheet', async () => {
    const workbook = async (sheet: string, rows: unknown[][], formulaAt?: string): Promise<string> => {
      const wb = new ExcelJS.Workbook()
      const ws = wb.addWorksheet(sheet)
      rows.forEach(r => ws.addRow(r))
      if (formulaAt) ws.getCell(formulaAt).value = { formula: 'C2*2', result: 6 } as any
      return Buffer.from(await wb.xlsx.writeBuffer()).toString('base64')
    }
    const header = ['date', 'travellerRef', 'country', 'nights']
    const good = await upload(
      'hotels',
      'hotels.xlsx',
      await workbook('hotels', [header, [new Date(Date.UTC(year, 4, 6)), 'T-1', 'FR', 2], [`${year}-05-07`, 'T-2', 'JP', 1]])
    )
    expect(good.status, JSON.stringify(good.data)).to.equal(200)
    expect(good.data).to.include({ rowsValid: 2, rowsWithErrors: 0 })
    expect((await rowsOf(good.data.ID)).map(r => JSON.parse(r.cells).date)).to.deep.equal([`${year}-05-06`, `${year}-05-07`])

    const formula = await upload('hotels', 'formula.xlsx', await workbook('hotels', [header, [`${year}-05-08`, 'T-3', 'FR', 3]], 'D2'))
    expect(formula.data).to.include({ rowsValid: 0, rowsWithErrors: 1 })
    expect((await messagesOf(formula.data.ID))[0]).to.include({ row: 2, column: 'nights', severity: 'error' })
    expect((await messagesOf(formula.data.ID))[0].message).to.match(/cell D2 holds a formula/)

    const wrongSheet = await upload('hotels', 'other.xlsx', await workbook('Sheet1', [header]))
    expect(wrongSheet.status).to.equal(400)
    expect(wrongSheet.data.error.message).to.match(/no sheet 'hotels' \(it has 'Sheet1'\)/)
    const macros = await upload('hotels', 'macros.xlsm', await workbook('hotels', [header]))
    expect(macros.status).to.equal(400)
    expect(macros.data.error.message).to.match(/macros/)
  })

  it('names row and column of every bad cell, previews the rest, and commits nothing from a file with errors unless asked', async () => {
    const { FiscalPeriods } = cds.entities('scope3')
    await INSERT.into(FiscalPeriods).entries({ companyCode_code: '1010', fiscalYear: year, fiscalPeriod: 1, status: 'closed' })
    const future = new Date(Date.now() + 3 * 86400000).toISOString().slice(0, 10)
    const { data: batch } = await upload(
      'flights',
      'bad-flights.csv',
      csv([
        ['date', 'travellerRef', 'origin', 'destination', 'cabinClass', 'trip', 'passengers'],
        [`${year}-06-01`, 'T-1', 'LHR', 'CDG', 'business', 'one-way', '1'], // 2: valid
        [`${year}-06-01`, 'T-2', 'XXX', 'CDG', 'economy', 'one-way', '1'], // 3: unknown airport
        [future, 'T-3', 'LHR', 'CDG', 'economy', 'one-way', '1'], // 4: future
        [`${year}-01-15`, 'T-4', 'LHR', 'CDG', 'economy', 'one-way', '1'], // 5: closed period
        [`${year}-06-01`, 'T-1', 'LHR', 'CDG', 'business', 'one-way', '1'], // 6: duplicates row 2
        [`${year}-06-02`, 'T-5', 'LHR', 'CDG', 'sofa', 'one-way', '-2'], // 7: bad class, negative passengers
        [`${year}-13-40`, 'T-6', 'LHR', 'LHR', 'economy', 'twice', '1'], // 8: bad date, same airport, bad trip
        [`${year}-06-03`, 'T'.repeat(101), 'LHR', 'CDG', 'economy', 'one-way', '1'] // 9: reference too long
      ])
    )
    expect(batch).to.include({ rowsRead: 8, rowsValid: 1, rowsWithErrors: 7 })
    const messages = await messagesOf(batch.ID)
    const at = (row: number, column: string): string =>
      messages
        .filter(m => m.row === row && m.column === column)
        .map(m => m.message)
        .join('; ')
    expect(at(3, 'origin')).to.match(/'XXX' is not an IATA code/)
    expect(at(4, 'date')).to.match(/is in the future/)
    expect(at(5, 'date')).to.match(/falls in period 1010 \d{4}\/1, which is closed/)
    expect(at(6, 'date')).to.equal('duplicates row 2')
    expect(at(7, 'cabinClass')).to.match(/'sofa' is not one of: average, economy/)
    expect(at(7, 'passengers')).to.match(/must be greater than 0/)
    expect(at(8, 'date')).to.match(/not a date/)
    expect(at(8, 'trip')).to.match(/'twice' is not one of/)
    expect(at(9, 'travellerRef')).to.equal('more than 100 characters')
    expect(messages.every(m => m.severity === 'error')).to.equal(true)

    const { Activities } = cds.entities('scope3')
    const before = await countOf('scope3.Activities')
    const refused = await POST(`${U}/Batches(${batch.ID as string})/commit`, {})
    expect(refused.status).to.equal(400)
    expect(refused.data.error).to.include({ target: 'validRowsOnly' })
    expect(refused.data.error.message).to.match(/7 row\(s\) with errors/)
    expect(await countOf('scope3.Activities')).to.equal(before)
    // the app's one button, Commit Valid Rows, is commit with validRowsOnly; it says what it committed
    const partial = await POST(`${U}/Batches(${batch.ID as string})/commitValidRows`, {})
    expect(partial.data).to.include({ status: 'committed', rowsCommitted: 1 })
    const tonnes = new Decimal(partial.data.kgCO2eLocation).div(1000).toDecimalPlaces(3, Decimal.ROUND_HALF_EVEN).toFixed(3)
    expect(JSON.parse(partial.headers['sap-messages'] as string)[0].message).to.equal(
      `1 row(s) committed: ${tonnes} t CO2e (location-based); 7 row(s) with errors left out`
    )
    expect(tonnes).to.not.equal('0.000')
    expect((await POST(`${U}/Batches(${batch.ID as string})/commitValidRows`, {})).status).to.equal(409)
    expect((await SELECT.from(Activities).columns('uploadRow').where({ upload_ID: batch.ID })).map((a: any) => a.uploadRow)).to.deep.equal([
      2
    ])
  })

  it('refuses a whole file with a clear message and writes nothing: empty, not UTF-8, wrong columns, too large, no rows', async () => {
    const before = await countOf('scope3.UploadBatches')
    const cases: Array<[string, string, RegExp, string?]> = [
      ['empty.csv', '', /missing value/, 'content'],
      ['blank.csv', Buffer.from('\n\n').toString('base64'), /no header row/],
      ['latin1.csv', Buffer.from('date,country,nights\n2025-01-02,DE,2\nM\xfcnchen\n', 'latin1').toString('base64'), /not UTF-8/],
      [
        'columns.csv',
        csv([
          ['date', 'land', 'nights'],
          [`${year}-02-01`, 'DE', '1']
        ]),
        /needs the column\(s\) country/,
        'country'
      ],
      ['header.csv', csv([['date', 'country', 'nights']]), /no data rows/],
      ['notes.txt', csv([['date']]), /only \.csv and \.xlsx/],
      ['big.csv', Buffer.alloc(11 * 1024 * 1024, 'a').toString('base64'), /at most 10485760 \(10 MB\)/],
      ['huge.csv', Buffer.alloc(21 * 1024 * 1024, 'a').toString('base64'), /too large/]
    ]
    for (const [fileName, content, message, target] of cases) {
      const { status, data } = await upload('hotels', fileName, content)
      expect(status, fileName).to.be.oneOf([400, 413])
      expect(data.error.message, fileName).to.match(message)
      if (target) expect(data.error.target, fileName).to.equal(target)
    }
    expect((await upload('hotels', 'x.csv', csv([['date'], ['x']]), '9999')).data.error).to.include({ target: 'companyCode' })
    expect((await upload('boats', 'x.csv', csv([['date'], ['x']]))).data.error).to.include({ target: 'activityType' })
    expect(await countOf('scope3.UploadBatches')).to.equal(before)
  })

  it("shows what a row assumed as a warning at its column, and keeps it in the committed figure's lineage", async () => {
    // Iceland has no DESNZ hotel factor (the UK's applies); Frankfurt–Munich is no UK domestic flight; DESNZ has no
    // business class for UK domestic flights; recycling without closed- or open-loop takes closed-loop
    const hotel = (
      await upload(
        'hotels',
        'iceland.csv',
        csv([
          ['date', 'country', 'nights'],
          [`${year}-06-03`, 'IS', '2']
        ])
      )
    ).data
    expect(hotel).to.include({ rowsValid: 1, rowsWithErrors: 0 })
    expect((await messagesOf(hotel.ID)).map(m => [m.row, m.column, m.severity, m.message])).to.deep.equal([
      [2, 'country', 'warning', 'DESNZ 2025 has no hotel factor for IS: the UK factor applies as a proxy']
    ])
    const [hotelRow] = await rowsOf(hotel.ID)
    expect(hotelRow.factorID).to.equal('UK-DESNZ-2025/29_600_4000_13_1')
    expect(desnz.get('29_600_4000_13_1')['Level 3']).to.equal('UK')
    expect(hotelRow.kgCO2eLocation).to.equal(roundKg(new Decimal(2).times(factorValue('29_600_4000_13_1'))).toFixed(6))

    const flights = (
      await upload(
        'flights',
        'domestic.csv',
        csv([
          ['date', 'origin', 'destination', 'cabinClass'],
          [`${year}-06-04`, 'FRA', 'MUC', 'economy'],
          [`${year}-06-05`, 'LHR', 'EDI', 'business']
        ])
      )
    ).data
    expect(flights).to.include({ rowsValid: 2, rowsWithErrors: 0 })
    expect((await messagesOf(flights.ID)).map(m => [m.row, m.column, m.severity])).to.deep.equal([
      [2, 'destination', 'warning'],
      [3, 'cabinClass', 'warning']
    ])
    const [muc, edi] = await rowsOf(flights.ID)
    const code = (r: any): any => desnz.get(r.factorID.split('/')[1])
    expect(code(muc)).to.include({ 'Level 3': 'International, to/from non-UK', 'Level 4': 'Economy class', 'Column Text': 'With RF' })
    expect(code(edi)).to.include({ 'Level 3': 'Domestic, to/from UK', 'Level 4': 'Average passenger', 'Column Text': 'With RF' })
    const mucKm = new Decimal(kmBetween('FRA', 'MUC').toFixed(3)).times('1.08')
    expect(Number(muc.kgCO2eLocation)).to.be.closeTo(
      mucKm
        .times(code(muc)['GHG Conversion Factor 2025'])
        .plus(mucKm.times(desnzWtt(code(muc).ID)))
        .toNumber(),
      0.01
    )

    const waste = (
      await upload(
        'waste',
        'recycling.csv',
        csv([
          ['date', 'wasteType', 'treatment', 'mass', 'massUnit'],
          [`${year}-06-06`, 'Paper and board: mixed', 'recycling', '2', 't']
        ])
      )
    ).data
    expect((await messagesOf(waste.ID)).map(m => [m.column, m.severity, m.message])).to.deep.equal([
      ['treatment', 'warning', 'recycling without closed-loop or open-loop: closed-loop is assumed']
    ])
    expect(code((await rowsOf(waste.ID))[0])).to.include({ 'Level 3': 'Paper and board: mixed', 'Column Text': 'Closed-loop' })

    // committed, the assumption stays with the figure: in the attribution's lineage
    expect((await POST(`${U}/Batches(${flights.ID as string})/commit`, {})).data.status).to.equal('committed')
    const lineages = (await attributionsOf(flights.ID)).map(a => JSON.parse(a.lineage as string).join('\n'))
    expect(
      lineages.some(l =>
        l.includes(
          'assumption: DESNZ has no domestic flight class outside the UK: a flight within DE takes the class International, to/from non-UK'
        )
      )
    ).to.equal(true)
    expect(
      lineages.some(l =>
        l.includes('assumption: DESNZ publishes no business factor for Domestic, to/from UK: the average passenger factor applies')
      )
    ).to.equal(true)
    // geographical data quality from where the flight departs against the factor's region: LHR (GB) with a UK
    // factor is 1; FRA (DE) with DESNZ's world-wide non-UK class is 4 (DE → EU → Europe → world: three steps up)
    const geo = (await attributionsOf(flights.ID)).map(a => [a.factor_ID, a.dqGeographical]).sort()
    expect(geo).to.deep.equal([
      ['UK-DESNZ-2025/21_316_3160_11_1', 1],
      ['UK-DESNZ-2025/21_316_3180_11_1', 4]
    ])
  })

  it("counts the well-to-tank of travel by the company code's policy: included by default, left out where the policy says so", async () => {
    const row = [
      ['date', 'origin', 'destination', 'cabinClass'],
      [`${year}-06-10`, 'LHR', 'JFK', 'business']
    ]
    // Scope3 Demo UK Ltd leaves it out (a sustainability admin's policy); its flight is tank-to-wheel only
    expect((await PATCH("/odata/v4/admin/CompanyCodes('2010')", { wellToTank: false })).status).to.equal(200)
    // its master data comes from S/4HANA: read-only here, ignored in a change
    await PATCH("/odata/v4/admin/CompanyCodes('2010')", { name: 'renamed' })
    expect((await GET("/odata/v4/admin/CompanyCodes('2010')")).data).to.include({ name: 'Scope3 Demo UK Ltd', wellToTank: false })
    const without = (await upload('flights', 'uk-policy.csv', csv(row), '2010')).data
    const included = (await upload('flights', 'de-policy.csv', csv(row), '1010')).data
    for (const b of [without, included])
      expect((await POST(`${U}/Batches(${b.ID as string})/commit`, {})).data.status).to.equal('committed')
    const [uk] = await attributionsOf(without.ID)
    const [de] = await attributionsOf(included.ID)
    const pkm = new Decimal(uk.convertedQuantity)
    expect(uk.factor_ID).to.equal('UK-DESNZ-2025/21_316_3174_11_1') // Long-haul, to/from UK › Business class › With RF
    expect(uk).to.include({ kgCO2eWTT: null, kgCO2eLocation: roundKg(pkm.times(factorValue('21_316_3174_11_1'))).toFixed(6) })
    expect(JSON.parse(uk.lineage as string).join('\n')).to.contain('well-to-tank: left out by the policy of company code 2010')
    expect(new Decimal(de.kgCO2eWTT).toString()).to.equal(roundKg(pkm.times(desnzWtt('21_316_3174_11_1'))).toString())
    expect(new Decimal(de.kgCO2eLocation).toString()).to.equal(
      roundKg(pkm.times(new Decimal(factorValue('21_316_3174_11_1')).plus(desnzWtt('21_316_3174_11_1')))).toString()
    )
    // the inventory discloses the choice
    const { data: inventory } = await GET(`/odata/v4/inventory/Inventory?$filter=reportingYear eq ${year}`, {
      auth: { username: 'alice', password: '' }
    })
    expect(inventory.value[0].wellToTank).to.match(/included for 1010.*, left out for 2010$/)
    expect((await PATCH("/odata/v4/admin/CompanyCodes('2010')", { wellToTank: true })).status).to.equal(200)
  })

  it("keeps the file's name without the client's folders, and refuses names with control characters", async () => {
    const file = csv([
      ['date', 'country', 'nights'],
      [`${year}-06-11`, 'FR', '1']
    ])
    const { data } = await upload('hotels', 'C:\\Users\\x\\..\\../etc/hotels-june.csv', file)
    expect(data.fileName).to.equal('hotels-june.csv')
    const bad = await upload(
      'hotels',
      'hotels\u0000.csv',
      csv([
        ['date', 'country', 'nights'],
        [`${year}-06-12`, 'FR', '1']
      ])
    )
    expect(bad.status).to.equal(400)
    expect(bad.data.error.target).to.equal('fileName')
    expect((await upload('hotels', '../', file)).data.error).to.include({ target: 'fileName', message: 'fileName names no file' })
  })

  it('takes the same file twice as one upload, and reverses a committed one as a whole with reversing entries', async () => {
    const file = csv([
      ['date', 'wasteType', 'treatment', 'mass', 'massUnit'],
      [`${year}-07-01`, 'Paper and board: mixed', 'recycling', '1.2', 't'],
      [`${year}-07-02`, 'Glass', 'landfill', '0.4', 't']
    ])
    const first = (await upload('waste', 'waste-july.csv', file)).data
    const again = await upload('waste', 'waste-july (copy).csv', file)
    expect(again.status).to.equal(200)
    expect(again.data.ID).to.equal(first.ID)
    expect(JSON.parse(again.headers['sap-messages'] as string)[0].message).to.match(/uploaded before/)
    expect((await POST(`${U}/Batches(${first.ID as string})/commit`, {})).data.status).to.equal('committed')
    expect((await POST(`${U}/Batches(${first.ID as string})/commit`, {})).status).to.equal(409)
    const totalBefore = (await attributionsOf(first.ID)).reduce((s, a) => s.plus(a.kgCO2eLocation), new Decimal(0))
    expect(totalBefore.greaterThan(0)).to.equal(true)

    expect((await POST(`${U}/Batches(${first.ID as string})/reverse`, {})).status).to.equal(400) // a reason is required
    const reversed = await POST(`${U}/Batches(${first.ID as string})/reverse`, { reason: 'contractor sent the wrong month' })
    expect(reversed.data).to.include({ status: 'reversed', reversedBy: 'sam', reversalReason: 'contractor sent the wrong month' })
    const current = await attributionsOf(first.ID)
    expect(current.every(a => a.isReversal === true && Number(a.kgCO2eLocation) === 0)).to.equal(true)
    const { Activities, Attributions } = cds.entities('scope3')
    const all = await SELECT.from(Attributions).where({
      activity_ID: { in: SELECT.from(Activities).columns('ID').where({ upload_ID: first.ID }) }
    })
    expect(all).to.have.length(4) // nothing deleted: the originals and their reversals
    expect((await POST(`${U}/Batches(${first.ID as string})/reverse`, { reason: 'again' })).status).to.equal(409)
    // once reversed, the same file may come again, as a new upload
    const third = (await upload('waste', 'waste-july.csv', file)).data
    expect(third.ID).not.to.equal(first.ID)
  })

  it('takes rows from an integration with the same validation, idempotent by its batch id', async () => {
    const rows = [
      { date: `${year}-08-01`, mode: 'sea-container', mass: '20', massUnit: 't', distanceKm: '11000', carrier: 'Example Line' },
      { date: `${year}-08-02`, mode: 'air', mass: '500', massUnit: 'kg', origin: 'FRA', destination: 'SIN' }
    ]
    const { status, data } = await POST(`${U}/submitRows`, {
      activityType: 'freight',
      companyCode: '1010',
      batchId: 'TMS-2026-0001',
      rows,
      commit: true
    })
    expect(status, JSON.stringify(data)).to.equal(200)
    expect(data).to.include({ status: 'committed', rowsCommitted: 2, fileName: 'API', externalId: 'TMS-2026-0001' })
    const factors = (await attributionsOf(data.ID)).map(a => a.factor_ID).sort()
    // FRA → SIN, neither end in the UK: international (to/from non-UK) air freight with RF (before: long-haul to/from UK); container ship
    expect(factors).to.deep.equal(['UK-DESNZ-2025/27_317_3158_14_1', 'UK-DESNZ-2025/27_320_3235_14_1'])
    expect(desnz.get('27_317_3158_14_1')).to.include({
      'Level 2': 'Freight flights',
      'Level 3': 'International, to/from non-UK',
      'Column Text': 'With RF'
    })
    const repeated = await POST(`${U}/submitRows`, {
      activityType: 'freight',
      companyCode: '1010',
      batchId: 'TMS-2026-0001',
      rows,
      commit: true
    })
    expect(repeated.data.ID).to.equal(data.ID)
    expect(await attributionsOf(data.ID)).to.have.length(2)
    // the same batch id with other rows: the caller's mistake, nothing changes
    const before = await countOf('scope3.UploadBatches')
    const conflict = await POST(`${U}/submitRows`, {
      activityType: 'freight',
      companyCode: '1010',
      batchId: 'TMS-2026-0001',
      rows: [rows[0]],
      commit: true
    })
    expect(conflict.status).to.equal(409)
    expect(conflict.data.error).to.include({ target: 'batchId' })
    expect(await countOf('scope3.UploadBatches')).to.equal(before)
    expect(await attributionsOf(data.ID)).to.have.length(2)
    const bad = await POST(`${U}/submitRows`, {
      activityType: 'freight',
      companyCode: '1010',
      batchId: 'TMS-2026-0002',
      rows: [{ ...rows[0], mass: '-5' }],
      commit: true
    })
    expect(bad.data).to.include({ status: 'validated', rowsWithErrors: 1 })
    expect((await messagesOf(bad.data.ID))[0]).to.include({ row: 1, column: 'mass' })
  })

  it('refuses text a spreadsheet would run as a formula in a file, at its row and column', async () => {
    const { data: batch } = await upload(
      'hotels',
      'formula-text.csv',
      csv([
        ['date', 'travellerRef', 'country', 'nights'],
        [`${year}-09-01`, '=HYPERLINK("http://x")', 'ES', '2'],
        [`${year}-09-02`, '-2+3', 'ES', '2'],
        [`${year}-09-03`, 'T-1', 'ES', '2'],
        [`${year}-09-04`, 'T-2', 'ES', '-2']
      ])
    )
    expect(batch).to.include({ rowsValid: 1, rowsWithErrors: 3 })
    const messages = await messagesOf(batch.ID)
    expect(messages.filter(m => m.column === 'travellerRef').map(m => [m.row, m.message])).to.deep.equal([
      [2, "travellerRef starts with '=': text a spreadsheet would run as a formula is not accepted"],
      [3, "travellerRef starts with '-': text a spreadsheet would run as a formula is not accepted"]
    ])
    // a negative number is no formula: it is refused as a number
    expect(messages.find(m => m.row === 5)).to.include({ column: 'nights' })
  })

  it('exports the rows with figures and messages, escaping text a spreadsheet would run (rows from an integration)', async () => {
    const submitted = await POST(`${U}/submitRows`, {
      activityType: 'hotels',
      companyCode: '1010',
      batchId: 'INJECTION-1',
      rows: [
        { date: `${year}-09-01`, travellerRef: '=HYPERLINK("http://x")', country: 'ES', nights: '2' },
        { date: `${year}-09-02`, travellerRef: '@SUM(A1)', country: 'ES', nights: 'two' }
      ]
    })
    expect(submitted.status, JSON.stringify(submitted.data)).to.equal(200)
    const batch = submitted.data
    const { data } = await GET(`${U}/Batches(${batch.ID as string})/rowsCsv()`)
    expect(data.value, JSON.stringify(data) + JSON.stringify(batch)).to.be.a('string')
    const rows = parse(data.value as string, { columns: true }) as any[]
    expect(rows.map(r => r.travellerRef)).to.deep.equal(['\'=HYPERLINK("http://x")', "'@SUM(A1)"])
    expect(rows[1].messages).to.match(/^nights: 'two' is not a number/)
    expect(Number(rows[0].kgCO2eLocation)).to.equal(Number(new Decimal(2).times(factorValue('29_600_4047_13_1')))) // Spain
  })

  it('validates and commits a large file in background jobs with progress, reading it in chunks; duplicates across chunks too', async () => {
    // the test profile: more than 100 rows go to a background job, which reads 50 rows per step (.cdsrc.json)
    const routes = [
      ['FRA', 'JFK'],
      ['LHR', 'CDG'],
      ['MUC', 'BER'],
      ['AMS', 'MAD'],
      ['ZRH', 'SIN']
    ]
    const rows = [['date', 'travellerRef', 'origin', 'destination', 'cabinClass', 'trip']]
    for (let i = 0; i < 130; i++)
      rows.push([`${year}-04-${String(1 + (i % 28)).padStart(2, '0')}`, `T-${i}`, ...routes[i % routes.length], 'economy', 'one-way'])
    rows.push(rows[3]) // spreadsheet row 132 repeats row 4, two chunks apart
    const started = await upload('flights', 'flights-large.csv', csv(rows))
    expect(started.status, JSON.stringify(started.data)).to.equal(200)
    expect(started.data).to.include({ status: 'validating', rowsTotal: 131, progress: 0 })
    const settled = async (ID: string, status: string): Promise<any> => {
      for (let i = 0; i < 200; i++) {
        const { data } = await GET(`${U}/Batches(${ID})`)
        if (data.status === status) return data
        await new Promise(resolve => setTimeout(resolve, 100))
      }
      throw new Error(`upload ${ID} did not become ${status}`)
    }
    const validated = await settled(started.data.ID, 'validated')
    expect(validated).to.include({ rowsRead: 131, rowsValid: 130, rowsWithErrors: 1, progress: 100 })
    const messages = await messagesOf(validated.ID)
    expect(messages.filter(m => m.severity === 'error').map(m => [m.row, m.column, m.message])).to.deep.equal([
      [132, 'date', 'duplicates row 4']
    ])
    // MUC–BER, every fifth row: a domestic flight outside the UK, said on its row
    expect(messages.filter(m => m.severity === 'warning').map(m => m.row)).to.deep.equal(Array.from({ length: 26 }, (_, i) => 4 + 5 * i))
    const previews = (await rowsOf(validated.ID)).filter(r => r.valid)
    expect(previews).to.have.length(130)
    const previewTotal = previews.reduce((sum, r) => sum.plus(r.kgCO2eLocation), new Decimal(0))
    expect(previewTotal.toFixed(6)).to.equal(new Decimal(validated.kgCO2eLocation).toFixed(6))
    // the commit: one transaction in a job of its own
    const committing = await POST(`${U}/Batches(${validated.ID as string})/commit`, { validRowsOnly: true })
    expect(committing.data).to.include({ status: 'committing' })
    expect((await POST(`${U}/Batches(${validated.ID as string})/commit`, { validRowsOnly: true })).status).to.equal(409)
    const committed = await settled(validated.ID, 'committed')
    expect(committed).to.include({ rowsCommitted: 130, progress: 100, message: null })
    const attributions = await attributionsOf(validated.ID)
    expect(attributions).to.have.length(130)
    expect(attributions.reduce((sum, a) => sum.plus(a.kgCO2eLocation), new Decimal(0)).toFixed(6)).to.equal(previewTotal.toFixed(6))
  })

  it('lets only sustainability admins upload, commit and reverse; controllers and auditors read', async () => {
    const as = (username: string): any => ({ auth: { username, password: '' } })
    expect(
      (
        await POST(
          `${U}/upload`,
          { activityType: 'hotels', companyCode: '1010', fileName: 'x.csv', content: csv([['date'], ['x']]) },
          as('carol')
        )
      ).status
    ).to.equal(403)
    expect((await GET(`${U}/Batches`, as('carol'))).status).to.equal(200)
    expect((await GET(`${U}/Batches`, as('audrey'))).status).to.equal(200)
    expect((await GET(`${U}/Batches`, as('erin'))).status).to.equal(403)
    // a controller limited to company code 1010 sees that company's uploads only
    const other = await upload(
      'hotels',
      'us-hotels.csv',
      csv([
        ['date', 'country', 'nights'],
        [`${year}-10-01`, 'US', '1']
      ]),
      '1710'
    )
    expect(other.status).to.equal(200)
    const seen = (await GET(`${U}/Batches?$select=companyCode_code`, as('cora'))).data.value.map((b: any) => b.companyCode_code)
    expect(seen).to.include('1010')
    expect(seen).not.to.include('1710')
    expect((await GET(`${U}/Batches(${other.data.ID as string})/messages`, as('cora'))).data.value ?? []).to.deep.equal([])
    // the launchpad tile: validated uploads with valid rows, not committed yet, of the user's company codes
    const batches = (await GET(`${U}/Batches?$select=status,rowsValid,companyCode_code&$top=10000`)).data.value as any[]
    const waiting = (code?: string): number =>
      batches.filter(b => b.status === 'validated' && b.rowsValid > 0 && (!code || b.companyCode_code === code)).length
    expect(waiting('1710')).to.be.greaterThan(0)
    const tile = async (username: string): Promise<any> => (await GET(`${U}/batchesAwaitingCommitTile()`, as(username))).data
    expect(await tile('sam')).to.include({ number: waiting(), numberState: 'Critical' })
    expect((await tile('sam')).info).to.match(/^uploads? to commit$/)
    expect((await tile('cora')).number).to.equal(waiting('1010'))
  })
})
