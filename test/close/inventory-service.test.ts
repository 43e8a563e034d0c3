import cds from '@sap/cds'
import path from 'node:path'
import { parse } from 'csv-parse/sync'
import ExcelJS from 'exceljs'
import { Decimal } from '../../srv/lib/common/decimal'

describe('InventoryService: the Scope 3 inventory of a year, its CSV and its lineage', () => {
  const { GET, POST, expect, axios } = cds.test(path.join(__dirname, '..', '..'))
  axios.defaults.auth = { username: 'alice', password: '' }
  axios.defaults.validateStatus = () => true

  /** Σ over the attributions posted to the year of (value − value of the one superseded), independently */
  async function ledger(year: number): Promise<Map<number, Decimal>> {
    const { data } = await GET(
      `/odata/v4/inventory/Attributions?$filter=fiscalYear eq ${year}&$expand=supersedes($select=kgCO2eLocation,category_code)&$top=10000`
    )
    const sums = new Map<number, Decimal>()
    const add = (c: number, v: string | Decimal): void => {
      sums.set(c, (sums.get(c) ?? new Decimal(0)).plus(v))
    }
    for (const a of data.value) {
      if (a.category_code != null) add(a.category_code, a.kgCO2eLocation)
      if (a.supersedes) add(a.supersedes.category_code, new Decimal(a.supersedes.kgCO2eLocation).neg())
    }
    return sums
  }

  it('answers bad input with 400 naming the reporting year', async () => {
    const { status, data } = await GET('/odata/v4/inventory/Inventory')
    expect(status).to.equal(400)
    expect(data.error.target).to.equal('reportingYear')
  })

  it('totals per category equal the sum of the attributions exactly, also after figures were superseded', async () => {
    // supersede some figures: a new version of the steel rule with another factor, recomputed
    const { AttributionRules } = cds.entities('scope3')
    const rule = await SELECT.one.from(AttributionRules).where({ ruleKey: 'MG-ZSTEEL' })
    await INSERT.into(AttributionRules).entries({ ...rule, ID: cds.utils.uuid(), version: 2, factor_ID: 'US-EPA-SCGHG-1.3/327310' })
    expect((await POST('/odata/v4/accounting/recompute', {})).data.created).to.be.greaterThan(0)
    const { status, data } = await GET('/odata/v4/inventory/Inventory?$filter=reportingYear eq 2026')
    expect(status).to.equal(200)
    expect(data.value).to.have.length(15)
    const sums = await ledger(2026)
    expect([...sums.values()].some(s => !s.isZero())).to.equal(true)
    for (const line of data.value) {
      const kg = sums.get(line.category)
      if (line.lines > 0) {
        expect(line.status, `category ${line.category as number}`).to.equal('calculated')
        expect(new Decimal(line.tCO2eLocation).times(1000).toFixed(6), `category ${line.category as number}`).to.equal(kg!.toFixed(6))
      } else {
        // a category without lines shows no figure at all, never a 0 that looks calculated
        expect(kg, `category ${line.category as number}`).to.equal(undefined)
        expect(line, `category ${line.category as number}`).to.include({ status: 'notCalculated', tCO2eLocation: null, tCO2eMarket: null })
      }
    }
    expect(data.value.filter((l: any) => l.status === 'calculated').map((l: any) => l.category)).to.deep.equal(
      [...sums.keys()].sort((a, b) => a - b)
    )
    const purchased = data.value.find((l: any) => l.category === 1)
    expect(purchased.methods).to.match(/spend-based [\d.]+ %/)
    expect(purchased.factorSources).to.match(/US-EPA-SCGHG-1\.3 1\.3\.0 \(U\.S\. Environmental Protection Agency\)/)
    expect(Number(purchased.primaryDataShare)).to.be.within(0, 100)
    expect(purchased.previousTCO2eLocation).to.equal(null)
  })

  it('shows excluded categories with their justification', async () => {
    const { status } = await POST('/odata/v4/inventory/CategoryExclusions', {
      reportingYear: 2026,
      category_code: 14,
      justification: 'no franchises'
    })
    expect(status).to.equal(201)
    const { data } = await GET('/odata/v4/inventory/Inventory?$filter=reportingYear eq 2026')
    expect(data.value.find((l: any) => l.category === 14)).to.include({
      excluded: true,
      status: 'excluded',
      justification: 'no franchises',
      tCO2eLocation: null
    })
    expect((await POST('/odata/v4/inventory/CategoryExclusions', { reportingYear: 2026, category_code: 13 })).status).to.equal(400)
  })

  it('exports a justification a spreadsheet would run as a formula as text (CSV and XLSX)', async () => {
    const formula = '=HYPERLINK("http://example.com","not relevant")'
    expect(
      (await POST('/odata/v4/inventory/CategoryExclusions', { reportingYear: 2026, category_code: 13, justification: formula })).status
    ).to.equal(201)
    const csv = (await GET('/odata/v4/inventory/inventoryCsv(reportingYear=2026)')).data as string
    const rows: string[][] = parse(csv, { relax_column_count: false })
    const column = rows[0].indexOf('justification')
    const row = rows.find(r => r[rows[0].indexOf('category')] === '13')!
    // quoted with ': a spreadsheet shows the text and runs nothing; the API keeps what was written
    expect(row[column]).to.equal(`'${formula}`)
    const { data } = await GET('/odata/v4/inventory/Inventory?$filter=reportingYear eq 2026 and category eq 13')
    expect(data.value[0].justification).to.equal(formula)
    const xlsx = await GET('/odata/v4/inventory/inventoryXlsx(reportingYear=2026)', { responseType: 'arraybuffer' })
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(xlsx.data)
    const sheet = workbook.getWorksheet('Inventory 2026')!
    const cell = sheet.getRow(rows.indexOf(row) + 1).getCell(column + 1)
    expect(cell.value).to.equal(`'${formula}`)
    expect(cell.formula).to.equal(undefined)
  })

  it('downloads the inventory as XLSX: the CSV as a sheet, figures as numbers, t CO2e shown to three decimals', async () => {
    const csv = (await GET('/odata/v4/inventory/inventoryCsv(reportingYear=2026)')).data as string
    const { status, headers, data } = await GET('/odata/v4/inventory/inventoryXlsx(reportingYear=2026)', { responseType: 'arraybuffer' })
    expect(status).to.equal(200)
    expect(headers['content-type']).to.match(/spreadsheetml/)
    expect(headers['content-disposition']).to.match(/scope3-inventory-2026\.xlsx/)
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(data)
    const sheet = workbook.getWorksheet('Inventory 2026')!
    const rows: string[][] = parse(csv, { relax_column_count: false })
    expect(sheet.rowCount).to.equal(rows.length)
    rows.forEach((row, r) => {
      const values = (sheet.getRow(r + 1).values as unknown[]).slice(1)
      row.forEach((text, c) => {
        const value = values[c]
        // an empty CSV cell is an empty cell; a decimal is the same number (Excel keeps 15 significant digits)
        if (text === '') expect(value ?? '', `row ${r + 1} column ${c + 1}`).to.equal('')
        else if (typeof value === 'number') expect(value, `row ${r + 1} column ${c + 1}`).to.equal(Number(text))
        else expect(String(value), `row ${r + 1} column ${c + 1}`).to.equal(text)
      })
    })
    const tonnes = rows[0].indexOf('tCO2eLocation') + 1
    expect(sheet.getColumn(tonnes).numFmt).to.equal('#,##0.000')
  })

  it('downloads the inventory as CSV whose total equals the sum of the lines', async () => {
    const { status, headers, data } = await GET('/odata/v4/inventory/inventoryCsv(reportingYear=2026)')
    expect(status).to.equal(200)
    expect(headers['content-type']).to.match(/text\/csv/)
    const rows: string[][] = parse(String(data), { relax_column_count: false })
    expect(rows[0].slice(0, 5)).to.deep.equal(['reportingYear', 'category', 'categoryName', 'status', 'tCO2eLocation'])
    expect(rows).to.have.length(17) // header, 15 categories, total
    // categories without figures have an empty cell, not 0
    for (const r of rows.slice(1, 16)) expect(r[4] === '', `category ${r[1]}`).to.equal(r[3] !== 'calculated')
    const total = rows.slice(1, 16).reduce((s, r) => s.plus(r[4] || 0), new Decimal(0))
    expect(rows[16][4]).to.equal(total.toFixed(9))
    // the total line names how the figures are made
    expect(rows[0].at(-1)).to.equal('methodology')
    // the total line names how the figures are made, and discloses the well-to-tank policy
    expect(rows[16].at(-1)).to.match(
      /^docs\/methodology\.md; calculation \d+\.\d+\.\d+; tCO2eLow … tCO2eHigh: 95 % interval of tCO2eLocation \(pedigree-lognormal\/1: pedigree matrix, lines independent and lognormal; docs\/reporting\.md\); well-to-tank of travel and freight \(categories 4, 6, 7, 9\) included$/
    )
    const wtt = rows[0].indexOf('wellToTankTCO2e')
    expect(rows[16][wtt]).to.equal(
      rows
        .slice(1, 16)
        .reduce((s, r) => s.plus(r[wtt] || 0), new Decimal(0))
        .toFixed(9)
    )
    const { data: lines } = await GET('/odata/v4/inventory/Inventory?$filter=reportingYear eq 2026')
    expect(rows[1][4]).to.equal(lines.value[0].tCO2eLocation)
  })

  // by hand, from docs/reporting.md: σ² = basic (method) + pedigree terms (Weidema et al. 2013, table 10.3)
  const basic: Record<string, number> = {
    'supplier-specific': 0.0006,
    'fuel-based': 0.0006,
    hybrid: 0.002,
    'distance-based': 0.002,
    'waste-type-specific': 0.04,
    'average-data': 0.04,
    'spend-based': 0.12
  }
  const pedigree = {
    dqReliability: [0, 0.0006, 0.002, 0.008, 0.04],
    dqCompleteness: [0, 0.0001, 0.0006, 0.002, 0.008],
    dqTemporal: [0, 0.0002, 0.002, 0.008, 0.04],
    dqGeographical: [0, 0.000025, 0.0001, 0.0006, 0.002],
    dqTechnological: [0, 0.0006, 0.008, 0.04, 0.12]
  }
  const z = 1.959963984540054
  const varianceOf = (a: any): number =>
    basic[a.method_code] + Object.entries(pedigree).reduce((s, [field, terms]) => s + terms[a[field] - 1], 0)
  /** the 95 % interval of a lognormal with mean M and variance V, shifted by the kg without spread */
  const interval = ({ M, V, exact = 0 }: { M: number; V: number; exact?: number }): [number, number] => {
    if (M <= 0) return [exact, exact]
    const s2 = Math.log(1 + V / M ** 2)
    const mu = Math.log(M) - s2 / 2
    return [Math.exp(mu - z * Math.sqrt(s2)) + exact, Math.exp(mu + z * Math.sqrt(s2)) + exact]
  }

  it("gives each category and the total a 95 % interval from its lines' method and data quality, computed by hand", async () => {
    const { data } = await GET(
      '/odata/v4/inventory/Attributions?$filter=fiscalYear eq 2026 and supersededBy_ID eq null and isReversal eq false&$top=10000'
    )
    expect(data.value.length).to.be.greaterThan(10)
    const moments = new Map<number, { M: number; V: number }>()
    const all = { M: 0, V: 0 }
    for (const a of data.value) {
      const s2 = varianceOf(a)
      const m = Number(a.kgCO2eLocation)
      // each line's own interval: figure ÷ / × e^(1.96 σ)
      expect(Number(a.uncertaintyVariance)).to.be.closeTo(s2, 1e-12)
      if (m > 0) {
        expect(Number(a.kgCO2eLow) / (m / Math.exp(z * Math.sqrt(s2)))).to.be.closeTo(1, 1e-6)
        expect(Number(a.kgCO2eHigh) / (m * Math.exp(z * Math.sqrt(s2)))).to.be.closeTo(1, 1e-6)
      }
      const c = moments.get(a.category_code) ?? { M: 0, V: 0 }
      for (const sum of [c, all]) {
        sum.M += m * Math.exp(s2 / 2)
        sum.V += m ** 2 * Math.exp(s2) * (Math.exp(s2) - 1)
      }
      moments.set(a.category_code, c)
    }
    const { data: inventory } = await GET('/odata/v4/inventory/Inventory?$filter=reportingYear eq 2026')
    for (const line of inventory.value.filter((l: any) => l.status === 'calculated')) {
      const [low, high] = interval(moments.get(line.category)!)
      expect(Number(line.tCO2eLow) / (low / 1000), `category ${line.category as number}`).to.be.closeTo(1, 1e-6)
      expect(Number(line.tCO2eHigh) / (high / 1000), `category ${line.category as number}`).to.be.closeTo(1, 1e-6)
      expect(Number(line.tCO2eLow)).to.be.lessThan(Number(line.tCO2eLocation))
      expect(Number(line.tCO2eHigh)).to.be.greaterThan(Number(line.tCO2eLocation))
      expect(line.uncertaintyNote).to.equal(null)
    }
    for (const line of inventory.value.filter((l: any) => l.status !== 'calculated'))
      expect([line.tCO2eLow, line.tCO2eHigh]).to.deep.equal([null, null])
    // the total's interval is that of all lines, not the sum of the categories' intervals (narrower: independent lines)
    const rows: string[][] = parse(String((await GET('/odata/v4/inventory/inventoryCsv(reportingYear=2026)')).data))
    const [low, high] = interval(all)
    const at = (name: string): number => rows[0].indexOf(name)
    expect(Number(rows[16][at('tCO2eLow')]) / (low / 1000)).to.be.closeTo(1, 1e-6)
    expect(Number(rows[16][at('tCO2eHigh')]) / (high / 1000)).to.be.closeTo(1, 1e-6)
    const summedHighs = rows.slice(1, 16).reduce((s, r) => s + Number(r[at('tCO2eHigh')] || 0), 0)
    expect(Number(rows[16][at('tCO2eHigh')])).to.be.lessThan(summedHighs)
    expect(rows[1][at('tCO2eLow')]).to.equal(inventory.value[0].tCO2eLow)
  })

  it('keeps intervals right on a database upgraded from before intervals: old figures exact until a recompute supersedes them', async () => {
    const { Activities, PeriodTotals } = cds.entities('scope3')
    // what an upgrade leaves (as the schema migration does it, in SQL: the app itself never changes an attribution):
    // figures without σ², the totals' moment columns added as 0
    await cds.db.run(
      'UPDATE scope3_Attributions SET uncertaintyVariance = NULL, kgCO2eLow = NULL, kgCO2eHigh = NULL WHERE fiscalYear = 2026'
    )
    await UPDATE(PeriodTotals).set({ kgMean: '0', kgVariance: '0', kgWithSpread: '0' }).where({ fiscalYear: 2026 })
    const inventory = async (): Promise<any[]> => (await GET('/odata/v4/inventory/Inventory?$filter=reportingYear eq 2026')).data.value
    for (const line of (await inventory()).filter(l => l.status === 'calculated')) {
      expect([line.tCO2eLow, line.tCO2eHigh], `category ${line.category as number}`).to.deep.equal([line.tCO2eLocation, line.tCO2eLocation])
      expect(line.uncertaintyNote).to.equal(
        `${line.tCO2eLocation as string} t CO2e of lines without a spread (made before intervals existed, or at or below 0) counted as exact`
      )
    }
    // half of category 1's figures recomputed (their inputs changed): they get a σ², the others stay exact
    const current = (
      await GET(
        '/odata/v4/inventory/Attributions?$filter=fiscalYear eq 2026 and category_code eq 1 and supersededBy_ID eq null and isReversal eq false&$select=ID,activity_ID&$orderby=ID&$top=10000'
      )
    ).data.value
    const redone = current.slice(0, Math.ceil(current.length / 2))
    expect(redone.length).to.be.greaterThan(1)
    const list = redone.map((a: any) => `'${a.ID as string}'`).join(',')
    await cds.db.run(`UPDATE scope3_Attributions SET inputHash = 'before intervals' WHERE ID IN (${list})`)
    await UPDATE(Activities)
      .set({ attributedWith: null })
      .where({ ID: { in: redone.map((a: any) => a.activity_ID) } })
    const { data: report } = await POST('/odata/v4/accounting/recompute', { activities: redone.map((a: any) => a.activity_ID) })
    expect(report.created).to.equal(redone.length)
    // by hand: the lines with σ² as a lognormal sum, the others (old figures) added as they are
    const { data } = await GET(
      '/odata/v4/inventory/Attributions?$filter=fiscalYear eq 2026 and category_code eq 1 and supersededBy_ID eq null and isReversal eq false&$top=10000'
    )
    type Sums = { M: number; V: number; exact: number }
    const sums: Sums = { M: 0, V: 0, exact: 0 }
    const byCompanyCode = new Map<string, Sums>()
    let spread = 0
    for (const a of data.value) {
      const m = Number(a.kgCO2eLocation)
      const own = byCompanyCode.get(a.companyCode_code) ?? { M: 0, V: 0, exact: 0 }
      byCompanyCode.set(a.companyCode_code, own)
      for (const sum of [sums, own]) {
        if (a.uncertaintyVariance == null || m <= 0) {
          sum.exact += m
          continue
        }
        const s2 = varianceOf(a)
        sum.M += m * Math.exp(s2 / 2)
        sum.V += m ** 2 * Math.exp(s2) * (Math.exp(s2) - 1)
      }
      if (a.uncertaintyVariance != null) spread++
    }
    expect(spread).to.equal(redone.length)
    expect(sums.exact).to.be.greaterThan(0)
    const [low, high] = interval(sums)
    const purchased = (await inventory()).find(l => l.category === 1)
    expect(Number(purchased.tCO2eLow) / (low / 1000)).to.be.closeTo(1, 1e-6)
    expect(Number(purchased.tCO2eHigh) / (high / 1000)).to.be.closeTo(1, 1e-6)
    expect(Number(purchased.tCO2eLow)).to.be.lessThan(Number(purchased.tCO2eLocation))
    expect(purchased.uncertaintyNote).to.equal(
      `${(sums.exact / 1000).toFixed(9)} t CO2e of lines without a spread (made before intervals existed, or at or below 0) counted as exact`
    )
    // and Analytics per company code, from the same totals (t CO2e to 3 decimals)
    const { data: intervals } = await GET('/odata/v4/analytics/CategoryIntervals?$filter=fiscalYear eq 2026 and category_code eq 1')
    expect(intervals.value.map((r: any) => r.companyCode_code).sort()).to.deep.equal([...byCompanyCode.keys()].sort())
    for (const row of intervals.value) {
      const [l, h] = interval(byCompanyCode.get(row.companyCode_code)!)
      expect(Number(row.tCO2eLow), row.companyCode_code).to.be.closeTo(l / 1000, 0.0005)
      expect(Number(row.tCO2eHigh), row.companyCode_code).to.be.closeTo(h / 1000, 0.0005)
    }
  })

  it('walks from a figure to its activity, document, factor set with licence, and rule version', async () => {
    const { data } = await GET(
      '/odata/v4/inventory/Attributions?$filter=fiscalYear eq 2026 and category_code eq 1&$top=1&$expand=activity($select=documentNumber,documentItem,sourceEventId),factor($expand=factorSet($select=code,version,licence)),rule($select=ruleKey,version)'
    )
    const a = data.value[0]
    expect(a.activity.documentNumber).to.match(/^45/)
    expect(a.factor.factorSet.licence).to.be.a('string').and.not.equal('')
    expect(a.rule).to.have.property('version')
    expect(a.inputs).to.be.a('string')
  })
})
