/**
 * `npm run bench:quality` (`BENCH_LINES`, default 1,000,000): the data-quality agent over that many purchase order
 * lines on a SQLite file. The lines and their current figures are copies of the attributed demo lines with varied
 * quantities and amounts (by two primes near 10,000, so equal lines, which the duplicate check finds, stay rare),
 * written by SQL (the engine's first attribution is what bench:close measures), one in
 * 50,000 with a unit price 1,000 times too high. Times a full run of the agent, a second run that finds the same
 * (nothing raised), and the time from a new purchase order's attribution to its findings (the event path, through
 * the persistent queue). Prints the figures, the first run's decisions hash (the same lines give the same decisions)
 * and the peak memory. Asserts nothing.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { settings } from '../srv/common/settings'

process.env.CDS_ENV = 'test'
process.env.CDS_TYPESCRIPT = 'true'
process.env.NO_TELEMETRY = 'true'
process.env.CDS_PLUGIN_UI5_ACTIVE = 'false'
const LINES = Number(process.env.BENCH_LINES ?? 1000000)
const DB = path.join(os.tmpdir(), `scope3-bench-quality-${process.pid}.sqlite`)

async function main(): Promise<void> {
  const cds = (await import('@sap/cds')).default as any
  cds.root = path.join(__dirname, '..')
  console.log(
    `machine: ${os.cpus().length} x ${os.cpus()[0].model}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node.js ${process.version}; ${LINES.toLocaleString('en')} lines`
  )
  let peak = 0
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss)
  }, 100)
  cds.env.requires.db.credentials.url = DB
  await cds.deploy('*').to(`sqlite:${DB}`)
  await cds.exec('--port', '0')
  const { runDataQuality } = await import('../srv/quality/data-quality-agent.js')
  const { applyPurchaseOrders } = await import('../srv/ingestion/purchase-order-sync.js')
  let t = performance.now()
  // copies of the 20 attributed demo lines: IDs from the row number, quantities and amounts varied deterministically
  await cds.tx(async () => {
    await cds.db
      .run(`CREATE TEMP TABLE templates AS SELECT ROW_NUMBER() OVER (ORDER BY a.ID) - 1 AS k, a.*, t.ID AS tID, t.category_code, t.method_code, t.factor_ID, t.rule_ID,
      t.kgCO2eLocation, t.kgCO2eMarket, t.dqScore FROM scope3_Activities a JOIN scope3_Attributions t ON t.activity_ID = a.ID AND t.supersededBy_ID IS NULL WHERE a.documentType = 'PurchaseOrderItem'`)
    const { n } = (await cds.db.run('SELECT count(*) AS n FROM templates'))[0]
    // (the WITH inside the INSERT: CAP runs a statement that starts with WITH as a query)
    await cds.db
      .run(`INSERT INTO scope3_Activities (ID, sourceSystem, documentType, documentNumber, documentItem, fiscalYear, fiscalPeriod, postingDate, companyCode_code, supplier_ID, material_ID,
        materialGroup_code, plant_code, description, quantity, unit_code, amount, currency_code, status_code)
      WITH RECURSIVE seq(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM seq WHERE i < ${LINES - 1})
      SELECT printf('b0000000-0000-4000-8000-%012d', i), 'S4HANA', 'PurchaseOrderItem', CAST(7000000000 + i / 10 AS TEXT), printf('%05d', (i % 10 + 1) * 10), fiscalYear,
        1 + (i / 7) % 12, printf('2026-%02d-%02d', 1 + (i / 7) % 12, 1 + i % 28), companyCode_code, supplier_ID, material_ID, materialGroup_code, plant_code, description,
        round(quantity * (0.5 + (i % 9973) / 9973.0), 3), unit_code,
        round(amount * (0.5 + (i % 9973) / 9973.0) * (0.9 + (i % 9967) / 49835.0) * (CASE WHEN i % 50000 = 7 THEN 1000 ELSE 1 END), 2), currency_code, 'final'
      FROM seq JOIN templates ON k = i % ${Number(n)}`)
    await cds.db
      .run(`INSERT INTO scope3_Attributions (ID, activity_ID, companyCode_code, fiscalYear, fiscalPeriod, category_code, method_code, factor_ID, rule_ID, kgCO2eLocation, kgCO2eMarket, dqScore, isReversal, isAdjustment)
      SELECT replace(a.ID, 'b0000000', 'c0000000'), a.ID, a.companyCode_code, a.fiscalYear, a.fiscalPeriod, t.category_code, t.method_code, t.factor_ID, t.rule_ID,
        round(t.kgCO2eLocation * a.amount / t.amount, 6), round(t.kgCO2eMarket * a.amount / t.amount, 6), t.dqScore, 0, 0
      FROM scope3_Activities a JOIN templates t ON a.description = t.description AND a.material_ID IS t.material_ID AND a.unit_code = t.unit_code
      WHERE a.ID LIKE 'b0000000-%' GROUP BY a.ID`)
  })
  console.log(`seed ${LINES.toLocaleString('en')} lines with their figures: ${((performance.now() - t) / 1000).toFixed(1)} s`)
  const before = process.memoryUsage().rss
  t = performance.now()
  const first = await cds.tx({ user: cds.User.privileged }, () => runDataQuality('manual'))
  console.log(
    `full run: ${((performance.now() - t) / 1000).toFixed(1)} s; ${first!.linesChecked.toLocaleString('en')} lines checked, ${first!.raised} findings raised (decisions hash ${first!.decisionsHash?.slice(0, 16) ?? '-'})`
  )
  t = performance.now()
  const second = await cds.tx({ user: cds.User.privileged }, () => runDataQuality('schedule'))
  console.log(
    `second run over the same lines: ${((performance.now() - t) / 1000).toFixed(1)} s; ${second!.raised} raised, ${second!.kept} kept`
  )
  // a new purchase order with a unit price 1,000 times the material's: attributed, then checked by the event path
  settings().dataQuality.onEvents = true
  const { Findings } = cds.entities('scope3')
  const latencies: number[] = []
  for (let r = 0; r < 5; r++) {
    const po = String(4600099900 + r)
    const docs: any = {
      header: {
        PurchaseOrder: po,
        CompanyCode: '1010',
        Supplier: '17300003',
        DocumentCurrency: 'EUR',
        PurchaseOrderDate: '2026-11-20',
        IncotermsClassification: 'DAP'
      },
      items: [
        {
          PurchaseOrderItem: '00010',
          Material: 'ST-S355-PLATE',
          MaterialGroup: 'ZSTEEL',
          Plant: '1010',
          OrderQuantity: '1000',
          PurchaseOrderQuantityUnit: 'KG',
          NetPriceAmount: '1200',
          NetPriceQuantity: '1',
          DocumentCurrency: 'EUR'
        }
      ],
      goodsMovements: [],
      invoiceItems: []
    }
    const started = performance.now()
    await cds.tx({ user: cds.User.privileged }, () => applyPurchaseOrders([{ purchaseOrder: po, docs }]))
    const attributed = performance.now()
    for (;;) {
      const found = await cds.tx({ user: cds.User.privileged }, () =>
        SELECT.one
          .from(Findings)
          .columns('ID')
          .where({ 'activity.documentNumber': po } as any)
      )
      if (found) break
      await new Promise(resolve => setTimeout(resolve, 10))
    }
    latencies.push(performance.now() - attributed)
    if (r === 0)
      console.log(`  (first event: ${((performance.now() - started) / 1000).toFixed(2)} s from the purchase order's write to its findings)`)
  }
  const sorted = [...latencies].sort((a, b) => a - b)
  console.log(
    `new purchase order: findings ${sorted.map(l => `${l.toFixed(0)} ms`).join(', ')} after its attribution (median ${sorted[2].toFixed(0)} ms)`
  )
  console.log(`peak memory ${(peak / 2 ** 20).toFixed(0)} MB (${((peak - before) / 2 ** 20).toFixed(0)} MB above the seeded server)`)
  clearInterval(sampler)
  for (const f of [DB, `${DB}-wal`, `${DB}-shm`]) fs.rmSync(f, { force: true })
  process.exit(0)
}

main().catch(e => {
  console.error(e)
  process.exit(1)
})
