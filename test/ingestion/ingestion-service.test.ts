import cds from '@sap/cds'
import path from 'node:path'
import { Decimal } from '../../srv/lib/common/decimal'
import { startMockS4, type MockS4 } from '../helpers/s4-mock'

// S/4HANA is another system: a mock S/4HANA process, reached through the S4HANA destination
const PORT = 4600 + Math.floor(Math.random() * 200)
process.env.destinations = JSON.stringify([{ name: 'S4HANA', url: `http://localhost:${PORT}` }])

describe('IngestionService: S/4HANA business events in', () => {
  const { GET, POST, expect, axios } = cds.test(path.join(__dirname, '..', '..'))
  axios.defaults.auth = { username: 'alice', password: '' }
  axios.defaults.validateStatus = (s: number) => s < 500

  const SOURCE = '/default/sap.s4.beh/MOCKS4'
  const PO_CREATED = 'sap.s4.beh.purchaseorder.v1.PurchaseOrder.Created.v1'
  const PO_CHANGED = 'sap.s4.beh.purchaseorder.v1.PurchaseOrder.Changed.v1'
  const V2 = '/sap/opu/odata/sap'

  let mock: MockS4
  let sequence = 0

  /** Delivers an event the way the broker does, and waits until the inbox has processed (or refused) it. */
  async function deliver(type: string, data: Record<string, string>, headers: Record<string, unknown> = {}): Promise<void> {
    const messaging = await cds.connect.to('messaging')
    const id = (headers.id as string) ?? `evt-${++sequence}-${Date.now()}`
    await messaging.emit({ event: type, data, headers: { id, source: SOURCE, type, ...headers } } as any)
    await settled()
  }

  /** Waits until no inbox entry is waiting for processing. */
  async function settled(timeoutMs = 30000): Promise<void> {
    const { InboundEvents } = cds.entities('scope3')
    const until = Date.now() + timeoutMs
    while (Date.now() < until) {
      const waiting = await SELECT.one.from(InboundEvents).columns('count(1) as n').where({ status: 'received' })
      if (!waiting.n) return
      await new Promise(resolve => setTimeout(resolve, 50))
    }
    throw new Error('inbox did not settle')
  }

  const s4 = async (p: string): Promise<any[]> => (await mock.get(`${V2}${p}${p.includes('?') ? '&' : '?'}$format=json`)).d.results

  /** the lines of a purchase order's items (with transport: also those derived from them, srv/ingestion/purchase-order-transport.ts) */
  async function activitiesOf(po: string, transport = false): Promise<any[]> {
    const { data } = await GET(
      `/odata/v4/accounting/Activities?$filter=documentNumber eq '${po}'${transport ? '' : " and documentType eq 'PurchaseOrderItem'"}&$orderby=documentType,documentItem`
    )
    return data.value
  }

  async function currentOf(po: string, transport = false): Promise<any[]> {
    const { data } = await GET(
      `/odata/v4/accounting/CurrentAttributions?$filter=activity/documentNumber eq '${po}'${transport ? '' : " and activity/documentType eq 'PurchaseOrderItem'"}&$expand=activity($select=documentType,documentItem)`
    )
    const key = (a: any): string => `${a.activity.documentType as string} ${a.activity.documentItem as string}`
    return data.value.sort((a: any, b: any) => (key(a) < key(b) ? -1 : 1))
  }

  const total = (rows: Array<{ kgCO2eLocation: string }>): string =>
    rows.reduce((s, r) => s.plus(r.kgCO2eLocation), new Decimal(0)).toString()

  before(async () => {
    mock = await startMockS4({ port: PORT, purchaseOrders: 40 })
  })
  after(async () => {
    await mock?.stop()
  })

  it('re-reads a purchase order on its event and attributes every item', async () => {
    await deliver(PO_CREATED, { PurchaseOrder: '4500000001' })
    const items = await s4("/API_PURCHASEORDER_PROCESS_SRV/A_PurchaseOrderItem?$filter=PurchaseOrder eq '4500000001'")
    const activities = await activitiesOf('4500000001')
    expect(activities.map(a => a.documentItem)).to.deep.equal(items.map(i => i.PurchaseOrderItem).sort())
    expect(activities[0]).to.include({ sourceSystem: 'S4HANA', documentType: 'PurchaseOrderItem' })
    expect(activities[0].payloadHash).to.match(/^[0-9a-f]{64}$/)
    const current = await currentOf('4500000001')
    expect(current).to.have.length(items.length)
    for (const c of current) expect(new Decimal(c.kgCO2eLocation).gt(0), c.explanation).to.equal(true)
    // the incoterms decide whether the buyer's upstream transport is derived (srv/lib/attribution/upstream-transport.ts)
    const [header] = await s4("/API_PURCHASEORDER_PROCESS_SRV/A_PurchaseOrder?$filter=PurchaseOrder eq '4500000001'")
    expect(activities[0]).to.include({ incoterms: header.IncotermsClassification })
    const transport = (await activitiesOf('4500000001', true)).filter(a => a.documentType !== 'PurchaseOrderItem')
    expect(transport.length > 0).to.equal(['EXW', 'FCA', 'FAS', 'FOB'].includes(header.IncotermsClassification as string))
    // ERP users see the purchase order, its figure the sum of its lines
    const po = (await GET("/odata/v4/emissions/PurchaseOrders('4500000001')")).data
    expect(po).to.include({ itemCount: items.length, supplier_ID: header.Supplier })
    expect(new Decimal(po.kgCO2e).toString()).to.equal(
      new Decimal(total(await currentOf('4500000001', true))).toDecimalPlaces(3, Decimal.ROUND_HALF_EVEN).toString()
    )
    const statuses = (await activitiesOf('4500000001', true)).map(a => a.status_code as string)
    expect(po.status).to.equal(
      statuses.includes('provisional') ? 'provisional' : statuses.every(s => s === 'cancelled') ? 'cancelled' : 'final'
    )
    const { data } = await GET("/odata/v4/ingestion/InboundEvents?$filter=businessKeys eq '4500000001'")
    expect(data.value[0]).to.include({ status: 'processed', type: PO_CREATED, source: SOURCE })
  })

  it('takes quantities from goods receipts and amounts from invoices once they exist (final), else from the PO (provisional)', async () => {
    const invoiced = (await s4('/API_SUPPLIERINVOICE_PROCESS_SRV/A_SuplrInvcItemPurOrdRef?$top=200')).filter(
      i => i.PurchaseOrder <= '4500000040'
    )
    const ref = invoiced[0]
    const invoices = await s4(`/API_SUPPLIERINVOICE_PROCESS_SRV/A_SupplierInvoice?$filter=SupplierInvoice eq '${ref.SupplierInvoice}'`)
    await deliver('sap.s4.beh.supplierinvoice.v1.SupplierInvoice.Created.v1', {
      SupplierInvoice: ref.SupplierInvoice,
      FiscalYear: ref.FiscalYear
    })
    const line = (await activitiesOf(ref.PurchaseOrder)).find(a => a.documentItem === ref.PurchaseOrderItem)
    expect(line.status_code).to.equal(invoices[0].IsReversed ? line.status_code : 'final')
    if (!invoices[0].IsReversed) expect(new Decimal(line.amount).toString()).to.equal(new Decimal(ref.SupplierInvoiceItemAmount).toString())
    const provisional = (await s4("/API_PURCHASEORDER_PROCESS_SRV/A_PurchaseOrder?$filter=PurchaseOrder eq '4500000002'")).length
    expect(provisional).to.equal(1)
  })

  it('processes the same event delivered 3 times once', async () => {
    await deliver(PO_CREATED, { PurchaseOrder: '4500000003' }, { id: 'dup-1' })
    const before = await currentOf('4500000003', true)
    await deliver(PO_CREATED, { PurchaseOrder: '4500000003' }, { id: 'dup-1' })
    await deliver(PO_CREATED, { PurchaseOrder: '4500000003' }, { id: 'dup-1' })
    const { data } = await GET("/odata/v4/ingestion/InboundEvents?$filter=eventId eq 'dup-1'")
    expect(data.value).to.have.length(1)
    expect(await currentOf('4500000003', true)).to.deep.equal(before)
    const { data: all } = await GET("/odata/v4/accounting/Attributions/$count?$filter=activity/documentNumber eq '4500000003'")
    expect(all).to.equal(before.length)
  })

  it('processes a burst of events in batches: stored together, documents read together, every event processed once, no queue task left', async () => {
    const orders = Array.from({ length: 12 }, (_, i) => String(4500000021 + i))
    const before = await mock.get('/mock/requests')
    let inserts = 0
    let counting = true
    cds.db.before('CREATE', '*', (req: any) => {
      if (counting && req.target?.name === 'scope3.InboundEvents') inserts++
    })
    const messaging = await cds.connect.to('messaging')
    // the first event twice within the burst: stored once
    await Promise.all(
      [...orders, orders[0]].map(po =>
        messaging.emit({
          event: PO_CREATED,
          data: { PurchaseOrder: po },
          headers: { id: `burst-${po}`, source: SOURCE, type: PO_CREATED }
        } as any)
      )
    )
    await settled()
    counting = false
    // the inbox stores the events arriving together in one transaction, not one each
    expect(inserts).to.be.greaterThan(0).and.lessThan(orders.length)
    const after = await mock.get('/mock/requests')
    // one event at a time would read the items of each order separately
    expect(after.A_PurchaseOrderItem - (before.A_PurchaseOrderItem ?? 0))
      .to.be.greaterThan(0)
      .and.lessThan(orders.length)
    for (const po of orders) {
      const items = await s4(`/API_PURCHASEORDER_PROCESS_SRV/A_PurchaseOrderItem?$filter=PurchaseOrder eq '${po}'`)
      expect(await currentOf(po), po).to.have.length(items.length)
    }
    const { data } = await GET("/odata/v4/ingestion/InboundEvents?$filter=startswith(eventId,'burst-')")
    expect(data.value.map((e: any) => e.status)).to.deep.equal(orders.map(() => 'processed'))
    const { data: tasks } = await GET('/odata/v4/ingestion/QueuedTasks')
    expect(tasks.value.filter((t: any) => data.value.some((e: any) => t.msg.includes(e.ID)))).to.deep.equal([])
  })

  it('converges to the same figures whatever the order of events, counting nothing twice', async () => {
    const orders = ['4500000004', '4500000005', '4500000006', '4500000007']
    const movements = (await s4('/API_MATERIAL_DOCUMENT_SRV/A_MaterialDocumentItem?$top=500')).filter(m => orders.includes(m.PurchaseOrder))
    const invoices = (await s4('/API_SUPPLIERINVOICE_PROCESS_SRV/A_SuplrInvcItemPurOrdRef?$top=500')).filter(i =>
      orders.includes(i.PurchaseOrder)
    )
    const events: Array<[string, Record<string, string>]> = [
      ...orders.map(po => [PO_CREATED, { PurchaseOrder: po }] as [string, Record<string, string>]),
      ...movements.map(
        m =>
          [
            'sap.s4.beh.materialdocument.v1.MaterialDocument.Created.v1',
            { MaterialDocument: m.MaterialDocument, MaterialDocumentYear: m.MaterialDocumentYear }
          ] as [string, Record<string, string>]
      ),
      ...invoices.map(
        i =>
          [
            'sap.s4.beh.supplierinvoice.v1.SupplierInvoice.Created.v1',
            { SupplierInvoice: i.SupplierInvoice, FiscalYear: i.FiscalYear }
          ] as [string, Record<string, string>]
      )
    ]
    expect(movements.length + invoices.length).to.be.greaterThan(0)
    for (const [type, data] of events) await deliver(type, data)
    const clean = await Promise.all(orders.map(async po => await currentOf(po, true)))
    const ordersIn = `PurchaseOrder in (${orders.map(o => `'${o}'`).join(',')})`
    const {
      data: { value: cleanOrders }
    } = await GET(`/odata/v4/emissions/PurchaseOrders?$filter=${ordersIn}&$orderby=PurchaseOrder`)
    // forget everything about these orders, then deliver the same events newest first, each twice
    const { Activities } = cds.entities('scope3')
    const ids = (
      await SELECT.from(Activities)
        .columns('ID')
        .where({ documentNumber: { in: orders } })
    ).map((a: any) => a.ID)
    // the app never deletes attributions (the period guard refuses it), so the test does it behind its back, in SQL
    const list = ids.map((id: string) => `'${id}'`).join(',')
    await cds.db.run(`UPDATE scope3_Attributions SET supersedes_ID = NULL, supersededBy_ID = NULL WHERE activity_ID IN (${list})`)
    await cds.db.run(`DELETE FROM scope3_Attributions WHERE activity_ID IN (${list})`)
    await DELETE.from(Activities).where({ ID: { in: ids } })
    for (const [type, data] of [...events].reverse()) {
      await deliver(type, data)
      await deliver(type, data)
    }
    const replayed = await Promise.all(orders.map(async po => await currentOf(po, true)))
    const figures = (runs: any[][]): string[][] =>
      runs.map(rows =>
        rows.map(r => `${r.activity.documentType as string} ${r.activity.documentItem as string}:${r.kgCO2eLocation}:${r.method_code}`)
      )
    expect(figures(replayed)).to.deep.equal(figures(clean))
    expect(total(replayed.flat())).to.equal(total(clean.flat()))
    const { data: count } = await GET(
      `/odata/v4/accounting/Attributions/$count?$filter=activity/documentNumber in (${orders.map(o => `'${o}'`).join(',')})`
    )
    expect(count).to.equal(replayed.flat().length)
    // the purchase orders' pre-aggregated totals converge too, and equal what a rebuild from the lines gives
    const {
      data: { value: replayedOrders }
    } = await GET(`/odata/v4/emissions/PurchaseOrders?$filter=${ordersIn}&$orderby=PurchaseOrder`)
    expect(replayedOrders).to.deep.equal(cleanOrders)
    expect(replayedOrders.map((o: any) => o.kgCO2e)).to.deep.equal(clean.map(rows => new Decimal(total(rows)).toFixed(3)))
    const {
      data: { value: everyOrder }
    } = await GET('/odata/v4/emissions/PurchaseOrders?$orderby=PurchaseOrder')
    const { backfillPurchaseOrderTotals, refreshAllPurchaseOrders } = await import('../../srv/attribution/purchase-order-totals.js')
    await cds.tx(() => refreshAllPurchaseOrders())
    expect((await GET('/odata/v4/emissions/PurchaseOrders?$orderby=PurchaseOrder')).data.value).to.deep.equal(everyOrder)
    // a database from before the totals gets them at start-up, the same rows
    await cds.tx(() => DELETE.from(cds.entities('scope3').PurchaseOrderTotals))
    expect((await GET('/odata/v4/emissions/PurchaseOrders/$count')).data).to.equal(0)
    await backfillPurchaseOrderTotals()
    expect((await GET('/odata/v4/emissions/PurchaseOrders?$orderby=PurchaseOrder')).data.value).to.deep.equal(everyOrder)
  })

  it("skips an event for a document S/4HANA no longer has, with its reason, a log line under the event's id and no rows", async () => {
    // the JSON log format of production, whose lines carry the correlation id
    const LOG = cds.log('ingestion')
    const lines: any[] = []
    const json = (cds.log as any).formatters.json
    const state = {}
    LOG.setFormat((label: string, level: number, ...args: unknown[]) => {
      const out = json.call(state, label, level, ...args)
      lines.push(JSON.parse(out[0] as string))
      return out
    })
    try {
      await deliver(PO_CREATED, { PurchaseOrder: '4599999999' }, { id: 'gone-1' })
    } finally {
      LOG.setFormat((cds.log as any).format)
    }
    const { data } = await GET("/odata/v4/ingestion/InboundEvents?$filter=eventId eq 'gone-1'")
    expect(data.value[0]).to.include({ status: 'skipped', lastError: 'purchase order 4599999999 does not exist in S/4HANA' })
    expect(await activitiesOf('4599999999')).to.deep.equal([])
    const line = lines.find(l => String(l.msg).includes('skipped'))
    expect(line, JSON.stringify(lines)).to.include({ correlation_id: 'gone-1', level: 'warn', logger: 'ingestion' })
    expect(line.msg).to.contain('4599999999 does not exist')
  })

  it('refuses malformed CloudEvents, acknowledges them and writes nothing', async () => {
    const { data: before } = await GET('/odata/v4/ingestion/InboundEvents/$count')
    const messaging = await cds.connect.to('messaging')
    const bad: Array<[Record<string, unknown>, unknown]> = [
      [{ source: SOURCE, type: PO_CREATED }, { PurchaseOrder: '4500000008' }], // no id
      [{ id: 'x1', type: PO_CREATED }, { PurchaseOrder: '4500000008' }], // no source
      [{ id: 'x2', source: SOURCE, type: PO_CREATED }, { Order: '4500000008' }], // wrong key
      [{ id: 'x3', source: SOURCE, type: PO_CREATED }, { PurchaseOrder: '45000000081234' }], // too long
      [
        { id: 'x4', source: SOURCE, type: PO_CREATED },
        { PurchaseOrder: '4500000008', padding: 'x'.repeat(20000) }
      ], // oversized
      [{ id: 'x5', source: SOURCE, type: 'sap.s4.beh.unknown.v1.Thing.Happened.v1' }, { PurchaseOrder: '4500000008' }] // unknown type
    ]
    for (const [headers, data] of bad) await messaging.emit({ event: PO_CREATED, data, headers } as any)
    await settled()
    const { data: after } = await GET('/odata/v4/ingestion/InboundEvents/$count')
    expect(after).to.equal(before)
    expect(await activitiesOf('4500000008')).to.deep.equal([])
  })

  const faults: Array<[string, Record<string, number>, string, RegExp]> = [
    ['fails (5xx)', { status: 503 }, '4500000009', /503|mock S\/4HANA fault|status code/i],
    ['is too slow (timeout)', { delayMs: 5000 }, '4500000015', /timed out|timeout/i]
  ]
  for (const [what, fault, po, error] of faults) {
    it(`retries while S/4HANA ${what} and processes the event once it answers again`, async () => {
      await mock.post('/mock/faults', fault)
      const id = `fault-${po}`
      const messaging = await cds.connect.to('messaging')
      await messaging.emit({ event: PO_CREATED, data: { PurchaseOrder: po }, headers: { id, source: SOURCE, type: PO_CREATED } } as any)
      const { InboundEvents } = cds.entities('scope3')
      const until = Date.now() + 30000
      let tasks: any[] = []
      while (Date.now() < until && !tasks.some(t => t.attempts > 0 && error.test(t.lastError ?? ''))) {
        tasks = (await GET('/odata/v4/ingestion/QueuedTasks')).data.value
        await new Promise(resolve => setTimeout(resolve, 100))
      }
      expect(
        tasks.some(t => t.attempts > 0 && error.test(t.lastError ?? '')),
        JSON.stringify(tasks)
      ).to.equal(true)
      expect((await SELECT.one.from(InboundEvents).where({ eventId: id })).status).to.equal('received')
      expect(await activitiesOf(po)).to.deep.equal([])
      await mock.post('/mock/faults', {})
      await settled(90000)
      expect((await SELECT.one.from(InboundEvents).where({ eventId: id })).status).to.equal('processed')
      const items = await s4(`/API_PURCHASEORDER_PROCESS_SRV/A_PurchaseOrderItem?$filter=PurchaseOrder eq '${po}'`)
      expect(await activitiesOf(po)).to.have.length(items.length)
    })
  }

  it('keeps serving database reads while S/4HANA does not answer: they finish before the hanging read gives up', async () => {
    await mock.post('/mock/faults', { delayMs: 60000 })
    try {
      const before = (await mock.get('/mock/requests')).A_PurchaseOrder ?? 0
      const messaging = await cds.connect.to('messaging')
      const id = `stall-${Date.now()}`
      await messaging.emit({
        event: PO_CREATED,
        data: { PurchaseOrder: '4500000016' },
        headers: { id, source: SOURCE, type: PO_CREATED }
      } as any)
      // the app is now waiting for S/4HANA (which holds the request for a minute; the app gives up after its timeout)
      for (let i = 0; i < 200 && ((await mock.get('/mock/requests')).A_PurchaseOrder ?? 0) <= before; i++)
        await new Promise(resolve => setTimeout(resolve, 25))
      const started = Date.now()
      const latencies: number[] = []
      for (let i = 0; i < 5; i++) {
        const t = Date.now()
        expect((await GET('/odata/v4/emissions/PurchaseOrders?$top=5')).status).to.equal(200)
        expect((await GET("/odata/v4/accounting/Activities?$top=5&$filter=documentNumber eq '4500000001'")).status).to.equal(200)
        latencies.push(Date.now() - t)
      }
      // none of the reads waited for S/4HANA: the event's first attempt has not ended (no error recorded yet)
      const { InboundEvents } = cds.entities('scope3')
      const entry = await SELECT.one.from(InboundEvents).where({ eventId: id })
      const tasks = (await GET('/odata/v4/ingestion/QueuedTasks')).data.value
      process.stdout.write(`      reads while S/4HANA hangs: ${latencies.join(', ')} ms (all within ${Date.now() - started} ms)\n`)
      expect(entry?.status ?? 'received').to.equal('received')
      expect(
        tasks.filter((t: any) => t.attempts > 0 && /timed out|timeout/i.test(t.lastError ?? '')),
        JSON.stringify(tasks)
      ).to.deep.equal([])
      // the persistent queue's retry of the event hangs the same way: reads still pass it
      let retried: any[] = []
      for (let i = 0; i < 600 && !retried.length; i++) {
        retried = (await GET('/odata/v4/ingestion/QueuedTasks')).data.value.filter((t: any) => t.attempts > 0)
        await new Promise(resolve => setTimeout(resolve, 50))
      }
      expect(retried.length, 'the queue took the event over').to.be.above(0)
      const calls = (await mock.get('/mock/requests')).A_PurchaseOrder ?? 0
      for (let i = 0; i < 400 && ((await mock.get('/mock/requests')).A_PurchaseOrder ?? 0) <= calls; i++)
        await new Promise(resolve => setTimeout(resolve, 25))
      const attempts = retried[0].attempts
      const again: number[] = []
      for (let i = 0; i < 5; i++) {
        const t = Date.now()
        expect((await GET('/odata/v4/emissions/PurchaseOrders?$top=5')).status).to.equal(200)
        again.push(Date.now() - t)
      }
      const now = (await GET('/odata/v4/ingestion/QueuedTasks')).data.value.find((t: any) => t.ID === retried[0].ID)
      process.stdout.write(`      reads while the queue's retry hangs: ${again.join(', ')} ms\n`)
      expect(now?.attempts, 'the retry had not ended when the reads were answered').to.equal(attempts)
    } finally {
      await mock.post('/mock/faults', {})
    }
    await settled(90000)
  })

  it('reverses the figures of a cancelled purchase order and keeps the originals', async () => {
    await deliver(PO_CREATED, { PurchaseOrder: '4500000010' })
    const before = await currentOf('4500000010')
    expect(before.length).to.be.greaterThan(0)
    expect((await GET("/odata/v4/emissions/PurchaseOrders('4500000010')")).data.status).to.not.equal('cancelled')
    await mock.post('/mock/documents/A_PurchaseOrder', { PurchaseOrder: '4500000010', PurchasingDocumentDeletionCode: 'L' })
    await deliver(PO_CHANGED, { PurchaseOrder: '4500000010' })
    expect((await activitiesOf('4500000010')).map(a => a.status_code)).to.deep.equal(before.map(() => 'cancelled'))
    const after = await currentOf('4500000010')
    expect(after.map(a => [a.isReversal, new Decimal(a.kgCO2eLocation).toString()])).to.deep.equal(before.map(() => [true, '0']))
    expect(after.map(a => a.supersedes_ID).sort()).to.deep.equal(before.map(b => b.ID).sort())
    const { data: originals } = await GET(`/odata/v4/accounting/Attributions?$filter=ID in (${before.map(b => b.ID).join(',')})`)
    expect(originals.value.map((o: any) => o.kgCO2eLocation).sort()).to.deep.equal(before.map(b => b.kgCO2eLocation).sort())
    // the ERP user's list shows the order cancelled, at 0 kg CO2e
    expect((await GET("/odata/v4/emissions/PurchaseOrders('4500000010')")).data).to.include({
      status: 'cancelled',
      statusCriticality: 0,
      kgCO2e: '0.000'
    })
  })

  it('reconciliation processes the documents whose events never arrived, and logs its runs', async () => {
    const missed = ['4500000012', '4500000013', '4500000014']
    for (const po of missed) expect(await activitiesOf(po)).to.deep.equal([])
    const { status, data: first } = await POST('/odata/v4/ingestion/reconcile', {})
    expect(status).to.equal(200)
    expect(first).to.include({ trigger: 'admin', status: 'succeeded', changedSince: null, purchaseOrders: 40, failed: 0 })
    expect(first.changed).to.be.greaterThan(missed.length - 1)
    for (const po of missed) {
      const items = await s4(`/API_PURCHASEORDER_PROCESS_SRV/A_PurchaseOrderItem?$filter=PurchaseOrder eq '${po}'`)
      const activities = await activitiesOf(po)
      expect(activities.length, po).to.equal(items.length)
      // a PO deleted before we ever saw it has nothing to reverse
      expect((await currentOf(po)).length, po).to.equal(activities.filter(a => a.status_code !== 'cancelled').length)
    }
    // the next run reads from the watermark: nothing changed, nothing written
    const { data: second } = await POST('/odata/v4/ingestion/reconcile', {})
    expect(second).to.include({ status: 'succeeded', changedSince: first.watermark, changed: 0, failed: 0 })
    // a change whose event is lost is found by the next run
    const [item] = await s4("/API_PURCHASEORDER_PROCESS_SRV/A_PurchaseOrderItem?$filter=PurchaseOrder eq '4500000012'")
    await mock.post('/mock/documents/A_PurchaseOrderItem', {
      PurchaseOrder: '4500000012',
      PurchaseOrderItem: item.PurchaseOrderItem,
      NetPriceAmount: '999.000'
    })
    await mock.post('/mock/documents/A_PurchaseOrder', { PurchaseOrder: '4500000012' })
    const { data: third } = await POST('/odata/v4/ingestion/reconcile', {})
    expect(third).to.include({ status: 'succeeded', changed: 1 })
    const { data: runs } = await GET('/odata/v4/ingestion/ReconciliationRuns?$orderby=startedAt')
    expect(runs.value.map((r: any) => r.status)).to.deep.equal(['succeeded', 'succeeded', 'succeeded'])
  })

  it('a scheduled reconciliation runs detached from the task that triggers it, and is logged as such', async () => {
    const ingestion = await cds.connect.to('IngestionService')
    await cds.tx({ user: cds.User.privileged }, () => ingestion.send('reconcile', {}))
    const { ReconciliationRuns } = cds.entities('scope3')
    const until = Date.now() + 30000
    let run: any
    while (Date.now() < until && run?.status !== 'succeeded') {
      run = await SELECT.one.from(ReconciliationRuns).where({ trigger: 'schedule' })
      await new Promise(resolve => setTimeout(resolve, 100))
    }
    expect(run).to.include({ trigger: 'schedule', status: 'succeeded', failed: 0 })
  })

  it('answers bad input to the admin synchronisation with 400 naming the field', async () => {
    for (const body of [{}, { purchaseOrder: '' }, { purchaseOrder: '45000000011234' }]) {
      const { status, data } = await POST('/odata/v4/ingestion/syncPurchaseOrder', body)
      expect(status, JSON.stringify(body)).to.equal(400)
      expect(data.error.target).to.equal('purchaseOrder')
    }
    const { data } = await POST('/odata/v4/ingestion/syncPurchaseOrder', { purchaseOrder: '4599999998' })
    expect(data).to.include({ purchaseOrder: '4599999998', found: false, changed: 0 })
  })

  it('fetches a supplier unknown at attribution time from S/4HANA', async () => {
    const [po] = await s4("/API_PURCHASEORDER_PROCESS_SRV/A_PurchaseOrder?$filter=PurchaseOrder eq '4500000011'")
    const { Suppliers } = cds.entities('scope3')
    await DELETE.from(Suppliers).where({ ID: po.Supplier })
    await deliver(PO_CREATED, { PurchaseOrder: '4500000011' })
    const [bp] = await s4(`/API_BUSINESS_PARTNER/A_BusinessPartner?$filter=BusinessPartner eq '${po.Supplier}'`)
    const supplier = await SELECT.one.from(Suppliers, po.Supplier)
    expect(supplier).to.include({ name: bp.BusinessPartnerFullName })
    expect(supplier.country_code).to.match(/^[A-Z]{2}$/)
  })
})
