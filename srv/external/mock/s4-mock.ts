/**
 * A mock SAP S/4HANA for development and tests: a separate HTTP server process that serves the imported
 * OData V2 APIs (purchase orders, supplier invoices, material documents, business partners) at their S/4HANA
 * paths with deterministic demo data, and publishes the matching business events (CloudEvents) to a broker.
 *
 *   tsx srv/external/mock/s4-mock.ts [--port 4444] [--messaging file-based-messaging|redis-messaging|none] [--publish]
 *
 *   options (or S4MOCK_* variables): --suppliers 30, --purchase-orders 300, --items-per-order (default 1 to 5),
 *   --publish-rate N (events per second for --publish; default all at once)
 *
 * Control endpoints for demos and tests, under /mock: POST /mock/publish (all documents' Created events, oldest
 * first), POST /mock/publish-orders {count, perSecond} (paced PO events, for the benchmark), POST /mock/emit
 * {topic, data, id} (one event), POST /mock/faults {delayMs, status} (slow or failing OData answers),
 * POST /mock/documents/:entity (create or change rows; emits nothing), DELETE /mock/documents/:entity (remove rows
 * matching the body), GET /mock/requests (OData requests served per entity set, and how many of them were reads
 * answered directly, srv/external/mock/odata-v2-reads.ts). GET /sap/bc/ui2/flp stands in for S/4HANA's launchpad:
 * the apps' "Open in S/4HANA" (scope3.s4Launchpad.url) lands there.
 */
import cds from '@sap/cds'
import express from 'express'
import path from 'node:path'
import { generate } from './demo-data'
import { v2BatchedReads, v2Reads } from './odata-v2-reads'

const LOG = cds.log('s4-mock')
export const APIS = [
  'API_PURCHASEORDER_PROCESS_SRV',
  'API_SUPPLIERINVOICE_PROCESS_SRV',
  'API_MATERIAL_DOCUMENT_SRV',
  'API_BUSINESS_PARTNER'
]
export const SOURCE = '/default/sap.s4.beh/MOCKS4'

const ENTITY_API: Record<string, string> = {
  A_PurchaseOrder: 'API_PURCHASEORDER_PROCESS_SRV',
  A_PurchaseOrderItem: 'API_PURCHASEORDER_PROCESS_SRV',
  A_SupplierInvoice: 'API_SUPPLIERINVOICE_PROCESS_SRV',
  A_SuplrInvcItemPurOrdRef: 'API_SUPPLIERINVOICE_PROCESS_SRV',
  A_MaterialDocumentHeader: 'API_MATERIAL_DOCUMENT_SRV',
  A_MaterialDocumentItem: 'API_MATERIAL_DOCUMENT_SRV',
  A_BusinessPartner: 'API_BUSINESS_PARTNER',
  A_BusinessPartnerAddress: 'API_BUSINESS_PARTNER',
  A_Supplier: 'API_BUSINESS_PARTNER'
}

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`)
  return i > 0 ? process.argv[i + 1] : (process.env[`S4MOCK_${name.toUpperCase()}`] ?? fallback)
}

/** The imported API models, served instead of called: not external, persisted in an in-memory database. */
async function model(): Promise<any> {
  for (const api of APIS) delete cds.env.requires[api] // served here, not called
  const csn = await cds.load(APIS.map(api => path.join(__dirname, '..', api)))
  for (const [name, def] of Object.entries(csn.definitions ?? {}) as Array<[string, any]>) {
    delete def['@cds.external']
    delete def['@cds.persistence.skip']
    if (APIS.includes(name)) def['@path'] = name
  }
  return cds.compile.for.nodejs(csn)
}

/** Business events of the documents, in the order they happened. */
async function documentEvents(): Promise<Array<{ at: string; topic: string; data: Record<string, string> }>> {
  const srv = (api: string): any => cds.services[api]
  const [bps, pos, grs, invoices] = await Promise.all([
    srv('API_BUSINESS_PARTNER').run(SELECT.from('API_BUSINESS_PARTNER.A_BusinessPartner').columns('BusinessPartner', 'CreationDate')),
    srv('API_PURCHASEORDER_PROCESS_SRV').run(
      SELECT.from('API_PURCHASEORDER_PROCESS_SRV.A_PurchaseOrder').columns('PurchaseOrder', 'CreationDate')
    ),
    srv('API_MATERIAL_DOCUMENT_SRV').run(
      SELECT.from('API_MATERIAL_DOCUMENT_SRV.A_MaterialDocumentHeader').columns('MaterialDocument', 'MaterialDocumentYear', 'PostingDate')
    ),
    srv('API_SUPPLIERINVOICE_PROCESS_SRV').run(
      SELECT.from('API_SUPPLIERINVOICE_PROCESS_SRV.A_SupplierInvoice').columns('SupplierInvoice', 'FiscalYear', 'PostingDate')
    )
  ])
  return [
    ...bps.map((b: any) => ({
      at: b.CreationDate,
      topic: 'sap.s4.beh.businesspartner.v1.BusinessPartner.Created.v1',
      data: { BusinessPartner: b.BusinessPartner }
    })),
    ...pos.map((p: any) => ({
      at: p.CreationDate,
      topic: 'sap.s4.beh.purchaseorder.v1.PurchaseOrder.Created.v1',
      data: { PurchaseOrder: p.PurchaseOrder }
    })),
    ...grs.map((m: any) => ({
      at: m.PostingDate,
      topic: 'sap.s4.beh.materialdocument.v1.MaterialDocument.Created.v1',
      data: { MaterialDocument: m.MaterialDocument, MaterialDocumentYear: m.MaterialDocumentYear }
    })),
    ...invoices.map((i: any) => ({
      at: i.PostingDate,
      topic: 'sap.s4.beh.supplierinvoice.v1.SupplierInvoice.Created.v1',
      data: { SupplierInvoice: i.SupplierInvoice, FiscalYear: i.FiscalYear }
    }))
  ].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0))
}

export async function start(port: number, messagingKind: string): Promise<{ url: string; close: () => Promise<void> }> {
  // a line per OData request is noise here (and costs the benchmark's CPU); warnings and errors still show
  for (const id of ['odata', 'cov2ap', 'remote']) cds.log(id, 'warn')
  cds.model = await model()
  cds.env.requires.db = { kind: 'sqlite', impl: '@cap-js/sqlite', credentials: { url: ':memory:' } } as any
  const db = await cds.connect.to('db')
  await (cds as any).deploy(cds.model).to(db)
  // as in S/4HANA, the documents referencing a purchase order, and material documents by number, are found by index, not by scanning
  for (const [table, column] of [
    ['API_MATERIAL_DOCUMENT_SRV_A_MaterialDocumentItem', 'PurchaseOrder'],
    ['API_SUPPLIERINVOICE_PROCESS_SRV_A_SuplrInvcItemPurOrdRef', 'PurchaseOrder'],
    ['API_MATERIAL_DOCUMENT_SRV_A_MaterialDocumentHeader', 'MaterialDocument']
  ]) {
    await db.run(`CREATE INDEX ${table}_${column} ON ${table} (${column})`)
  }
  const itemsPerOrder = option('items-per-order', '')
  const data = generate({
    suppliers: Number(option('suppliers', '30')),
    purchaseOrders: Number(option('purchase-orders', '300')),
    itemsPerOrder: itemsPerOrder ? Number(itemsPerOrder) : undefined
  })
  for (const [entity, rows] of Object.entries(data)) await INSERT.into(`${ENTITY_API[entity]}.${entity}`).entries(rows)
  const messaging =
    messagingKind === 'none'
      ? undefined
      : await cds.connect.to('s4-events', {
          kind: messagingKind,
          format: 'cloudevents',
          outboxed: false,
          // the app's own message file, where it names one (file-based messaging; default ~/.cds-msg-box)
          ...(cds.env.requires.messaging?.file ? { file: cds.env.requires.messaging.file } : {}),
          credentials: cds.env.requires.messaging?.credentials
        } as any)

  /** a business event as S/4HANA sends it: CloudEvents id, source and type; data with the document key */
  const publish = (topic: string, data: Record<string, string>, id: string = cds.utils.uuid()): Promise<unknown> | undefined =>
    messaging?.emit({ event: topic, data, headers: { id, source: SOURCE, type: topic } })

  const app = express()
  const faults = { delayMs: 0, status: 0 }
  app.use(express.json())
  app.post('/mock/faults', (req, res) => {
    Object.assign(faults, { delayMs: 0, status: 0 }, req.body)
    res.json(faults)
  })
  /** OData requests served, per entity set, and those of them read directly (GET /mock/requests): lets tests see how the app reads */
  const requests: Record<string, number> = {}
  const count = (key: string): void => {
    requests[key] = (requests[key] ?? 0) + 1
  }
  app.get('/mock/requests', (_req, res) => res.json(requests))
  // S/4HANA's Fiori launchpad, as far as the apps' links need it: the page names the app and the document the intent
  // in its hash opens (#PurchaseOrder-manage?PurchaseOrder=4500000001), as S/4HANA's Manage Purchase Orders would
  app.get('/sap/bc/ui2/flp', (_req, res) => {
    res.setHeader('Content-Type', 'text/html; charset=utf-8')
    res.end(
      '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>SAP S/4HANA (mock)</title></head><body>' +
        '<h1>SAP S/4HANA (mock): <span id="app"></span></h1><p>Purchase order <strong id="document"></strong></p>' +
        '<script>const [intent, query] = location.hash.slice(1).split("?");' +
        'document.getElementById("app").textContent = intent === "PurchaseOrder-manage" ? "Manage Purchase Orders" : intent;' +
        'document.getElementById("document").textContent = new URLSearchParams(query).get("PurchaseOrder") || "none";</script>' +
        '</body></html>'
    )
  })
  app.use('/sap/opu/odata', (req, res, next) => {
    const set = req.path.split('/').filter(Boolean).pop()?.replace(/\(.*$/, '') ?? ''
    count(set)
    if (faults.status)
      return res.status(faults.status).json({ error: { code: String(faults.status), message: { value: 'mock S/4HANA fault' } } })
    faults.delayMs ? setTimeout(next, faults.delayMs) : next()
  })
  app.post('/mock/publish', async (req, res) => {
    const events = await documentEvents()
    const { topics, perSecond } = (req.body ?? {}) as { topics?: string[]; perSecond?: number }
    const start = Date.now()
    let published = 0
    for (const e of events) {
      if (topics && !topics.includes(e.topic)) continue
      // paced when asked: S/4HANA sends events as documents are posted, not all at once
      const wait = perSecond ? start + (published * 1000) / perSecond - Date.now() : 0
      if (wait > 0) await new Promise(resolve => setTimeout(resolve, wait))
      await publish(e.topic, e.data)
      published++
    }
    res.json({ published })
  })
  app.post('/mock/emit', async (req, res) => {
    const { topic, data, id } = req.body
    // a broker that is down does not hold up the answer: the event may be lost, as it can be in reality
    const sent = publish(topic, data, id)?.then(
      () => true,
      () => false
    )
    res.json({ published: await Promise.race([sent, new Promise(resolve => setTimeout(resolve, 3000, false))]) })
  })
  // paced publication of purchase order events, for the benchmark: returns when each event was sent
  app.post('/mock/publish-orders', async (req, res) => {
    const { count = 100, perSecond = 100 } = req.body ?? {}
    const orders = await cds.services.API_PURCHASEORDER_PROCESS_SRV.run(
      SELECT.from('API_PURCHASEORDER_PROCESS_SRV.A_PurchaseOrder').columns('PurchaseOrder').orderBy('PurchaseOrder').limit(count)
    )
    const sent: Record<string, number> = {}
    const start = Date.now()
    for (let i = 0; i < orders.length; i++) {
      const wait = start + (i * 1000) / perSecond - Date.now()
      if (wait > 0) await new Promise(resolve => setTimeout(resolve, wait))
      const id = cds.utils.uuid()
      sent[id] = Date.now()
      await publish('sap.s4.beh.purchaseorder.v1.PurchaseOrder.Created.v1', { PurchaseOrder: orders[i].PurchaseOrder }, id)
    }
    res.json({ sent, seconds: (Date.now() - start) / 1000 })
  })
  app.post('/mock/documents/:entity', async (req, res) => {
    const entity = `${ENTITY_API[req.params.entity]}.${req.params.entity}`
    const rows = [req.body].flat()
    // as in S/4HANA, a change of a purchase order moves its LastChangeDateTime
    if (req.params.entity === 'A_PurchaseOrder') for (const row of rows) row.LastChangeDateTime ??= new Date().toISOString()
    await UPSERT.into(entity).entries(rows)
    res.json({ ok: true })
  })
  app.delete('/mock/documents/:entity', async (req, res) => {
    const deleted = await DELETE.from(`${ENTITY_API[req.params.entity]}.${req.params.entity}`).where(req.body)
    res.json({ deleted })
  })
  // OData V2 at the S/4HANA paths: reads of entity sets answered directly, the rest translated to the V4 services by CAP's OData V2 adapter
  const direct = (set: string): void => count(`${set} (direct)`)
  app.get('/sap/opu/odata/sap/:api/:set', v2Reads(APIS, direct))
  app.post('/sap/opu/odata/sap/:api/$batch', express.text({ type: 'multipart/mixed' }), v2BatchedReads(APIS, direct))
  const cov2ap = require('@cap-js-community/odata-v2-adapter')
  app.use(cov2ap({ model: APIS.map(api => path.join(__dirname, '..', api)), path: 'sap/opu/odata/sap', targetPath: 'odata/v4' }))
  await cds
    .serve('all')
    .from(cds.model as any)
    .in(app)
  const server = app.listen(port)
  await new Promise(resolve => server.once('listening', resolve))
  const url = `http://localhost:${port}`
  ;(cds as any).emit('listening', { server, url }) // the V2 adapter binds its routes then
  LOG.info(
    `mock S/4HANA on ${url}/sap/opu/odata/sap/<API>: ${data.A_PurchaseOrder.length} purchase orders, ${data.A_PurchaseOrderItem.length} items, ` +
      `${data.A_MaterialDocumentItem.length} goods movements, ${data.A_SupplierInvoice.length} supplier invoices, ${data.A_Supplier.length} suppliers; events: ${messagingKind}`
  )
  return {
    url,
    close: async () => {
      server.close()
      await (messaging as any)?.disconnect?.()
    }
  }
}

if (require.main === module) {
  process.once('SIGTERM', () => process.exit(0)) // a regular exit: e.g. --cpu-prof writes its profile
  start(Number(option('port', '4444')), option('messaging', cds.env.requires.messaging?.kind ?? 'file-based-messaging'))
    .then(async () => {
      if (!process.argv.includes('--publish')) return
      const perSecond = Number(option('publish-rate', '0')) || undefined
      await fetch(`http://localhost:${option('port', '4444')}/mock/publish`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ perSecond })
      })
    })
    .catch(e => {
      LOG.error(e)
      process.exit(1)
    })
}
