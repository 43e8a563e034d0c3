import cds from '@sap/cds'
import { expect } from 'chai'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { certificate } from '../../srv/pact/pact-tls'
import { deployTo, eventually, startApp, type AppProcess } from '../helpers/app-process'
import { pactFootprint } from '../helpers/pact'

/**
 * Two companies, one test: a buyer and a supplier, each the app as its own server process with its own database,
 * exchange a product footprint over HTTPS by PACT v3.0 (srv/pact/pact-exchange.ts). The buyer's remediation agent asks
 * for the footprint of steel plate; the request goes to the supplier's PACT API as RequestCreatedEvent; the
 * supplier's fulfilment agent answers with its own footprint; the answer arrives at the buyer's PACT API and the
 * buyer's figures for that steel change from spend-based to supplier-specific, with the lineage naming the
 * supplier's footprint. Each side knows the other as PACT client (credentials it issued) and destination
 * (the other's API and the credentials it was given): both configured through the apps' own APIs.
 */
describe('PACT between two companies: a buyer requests a footprint, the supplier fulfils it over HTTPS', function () {
  this.timeout(300000)
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'scope3-pact-2co-'))
  const tlsDir = path.join(work, 'tls')
  const port = 5600 + Math.floor(Math.random() * 300)
  const ports = { buyer: port, buyerTls: port + 1, supplier: port + 2, supplierTls: port + 3 }
  const db = { buyer: path.join(work, 'buyer.sqlite'), supplier: path.join(work, 'supplier.sqlite') }
  const apps: AppProcess[] = []
  const buyerDestinations: unknown[] = []
  let buyer: AppProcess
  let supplier: AppProcess
  // the supplier's own footprint of the plate it sells, under the ids its customer knows it by
  const footprint = pactFootprint(
    { id: '5d0c9a7e-4b1f-4c2d-9e8f-0a1b2c3d4e5f' },
    { pcfExcludingBiogenicUptake: '1.482', pcfIncludingBiogenicUptake: '1.482', fossilGhgEmissions: '1.47' }
  )

  /** one company: its database, its PACT port (TLS with the shared localhost certificate, trusted by both) */
  const start = async (
    who: 'buyer' | 'supplier',
    destinations: unknown[] = [],
    requires: Record<string, unknown> = {}
  ): Promise<AppProcess> => {
    const app = await startApp(
      ports[who],
      {
        requires: { db: { kind: 'sqlite', credentials: { url: db[who] } }, ...requires },
        scope3: { pact: { source: `urn:scope3-s4:${who}` } }
      },
      {
        PACT_PORT: String(ports[`${who}Tls`]),
        PACT_TLS_DIR: tlsDir,
        NODE_EXTRA_CA_CERTS: path.join(tlsDir, 'cert.pem'),
        destinations: JSON.stringify(destinations)
      }
    )
    apps.push(app)
    return app
  }
  const destination = (name: string, tlsPort: number, clientId: string, clientSecret: string): Record<string, string> => ({
    name,
    url: `https://localhost:${tlsPort}/pact`,
    authentication: 'OAuth2ClientCredentials',
    tokenServiceUrl: `https://localhost:${tlsPort}/pact/auth/token`,
    clientId,
    clientSecret
  })
  /** a PACT client in an app, and the secret the app issued for it */
  const client = async (app: AppProcess, clientId: string, fields: Record<string, unknown>): Promise<string> => {
    const created = await app.post('/odata/v4/pact/Clients', { clientId, ...fields })
    expect(created.clientId, JSON.stringify(created)).to.equal(clientId)
    expect(
      (await app.post(`/odata/v4/pact/Clients(clientId='${clientId}',IsActiveEntity=false)/PactService.draftActivate`)).IsActiveEntity
    ).to.equal(true)
    const secret = await app.post(`/odata/v4/pact/Clients(clientId='${clientId}',IsActiveEntity=true)/PactService.newSecret`)
    expect(secret.value).to.match(/^[\w-]{30,}$/)
    return secret.value
  }
  const steel = async (): Promise<any[]> =>
    (
      await buyer.get(
        "/odata/v4/emissions/Attributions?$filter=activity/supplier_ID eq '17300002' and activity/material_ID eq 'ST-S355-PLATE' and supersededBy_ID eq null&$select=activity_ID,method_code,factor_ID,kgCO2eLocation&$orderby=activity_ID"
      )
    ).value

  before(async () => {
    await certificate(tlsDir)
    deployTo(db.buyer)
    deployTo(db.supplier)
    // the supplier publishes its footprint and issues credentials to its customer
    supplier = await start('supplier')
    const own = await supplier.post('/odata/v4/quality/importFootprints', { document: JSON.stringify(footprint), origin: 'own' })
    expect(own.imported, JSON.stringify(own)).to.equal(1)
    const buyerAtSupplier = await client(supplier, 'scope3-demo-de', { name: 'Scope3 Demo Deutschland GmbH (customer)' })
    // the buyer knows the supplier as PACT partner: a client (for the supplier's answers) with a destination to it
    buyerDestinations.push(destination('ACIER_PACT', ports.supplierTls, 'scope3-demo-de', buyerAtSupplier))
    buyer = await start('buyer', buyerDestinations)
    const supplierAtBuyer = await client(buyer, 'acier-rhone', {
      name: 'Acier Rhône SA (supplier)',
      supplier_ID: '17300002',
      destination: 'ACIER_PACT'
    })
    // the supplier's administrator configures the destination back to its customer and restarts
    await supplier.kill('SIGTERM')
    // (one delivery attempt per event, so that the last test can lose one)
    supplier = await start('supplier', [destination('SCOPE3_DEMO_PACT', ports.buyerTls, 'acier-rhone', supplierAtBuyer)], {
      queue: { maxAttempts: 1 }
    })
    const customer = "/odata/v4/pact/Clients(clientId='scope3-demo-de',IsActiveEntity=false)"
    await supplier.post("/odata/v4/pact/Clients(clientId='scope3-demo-de',IsActiveEntity=true)/PactService.draftEdit", {
      PreserveChanges: true
    })
    const patched = await fetch(supplier.url + customer, {
      method: 'PATCH',
      headers: { authorization: 'Basic ' + Buffer.from('alice:').toString('base64'), 'content-type': 'application/json' },
      body: JSON.stringify({ destination: 'SCOPE3_DEMO_PACT' })
    })
    expect(patched.status).to.equal(200)
    expect((await supplier.post(`${customer}/PactService.draftActivate`)).destination).to.equal('SCOPE3_DEMO_PACT')
  })
  after(async () => {
    for (const app of apps) await app.kill()
    fs.rmSync(work, { recursive: true, force: true })
  })

  it("moves the buyer's steel plate from spend-based to the supplier's footprint, with the footprint in the lineage", async () => {
    const before = await steel()
    expect(before.length).to.be.above(0)
    for (const a of before) expect(a.method_code).to.equal('spend-based')
    // the remediation agent proposes the request; a person sends it, and it travels to the supplier's PACT API
    await buyer.post("/odata/v4/quality/Agents(code='remediation',IsActiveEntity=true)/DataQualityService.run", {})
    const requests = await buyer.get(
      "/odata/v4/quality/SupplierDataRequests?$filter=supplier_ID eq '17300002' and material_ID eq 'ST-S355-PLATE' and status eq 'proposed'"
    )
    expect(requests.value, JSON.stringify(requests)).to.have.length(1)
    const request = requests.value[0]
    const sent = await buyer.post(`/odata/v4/quality/SupplierDataRequests(${request.ID as string})/DataQualityService.send`, {})
    expect(sent.status, JSON.stringify(sent)).to.equal('sent')
    // the supplier's fulfilment agent answered with its footprint
    const task = await eventually(
      async () => (await supplier.get(`/odata/v4/pact/FulfilmentTasks?$filter=requestEventId eq '${request.ID as string}'`)).value[0],
      60000,
      'the request at the supplier'
    )
    expect(task).to.include({ client_clientId: 'scope3-demo-de' })
    await eventually(
      async () => (await supplier.get(`/odata/v4/pact/FulfilmentTasks(${task.ID as string})`)).status === 'fulfilled',
      30000,
      'the fulfilment'
    )
    // and the buyer took it: the request is answered by the supplier's footprint, the figures follow it
    const answered = await eventually(
      async () => {
        const r = await buyer.get(`/odata/v4/quality/SupplierDataRequests(${request.ID as string})`)
        return r.status === 'answered' ? r : undefined
      },
      60000,
      'the answer at the buyer'
    )
    expect(answered.footprint_ID).to.equal(footprint.id)
    const after = await steel()
    expect(after.map(a => a.activity_ID)).to.deep.equal(before.map(a => a.activity_ID))
    for (const a of after) {
      expect(a).to.include({ method_code: 'supplier-specific', factor_ID: `SUPPLIER-PACT/${footprint.id as string}` })
    }
    const lines = await buyer.get(
      `/odata/v4/emissions/PurchaseOrderItems?$filter=supplier_ID eq '17300002' and material_ID eq 'ST-S355-PLATE'&$select=ID,quantity`
    )
    for (const a of after) {
      const quantity = Number(lines.value.find((l: any) => l.ID === a.activity_ID)?.quantity)
      expect(Number(a.kgCO2eLocation)).to.be.closeTo(quantity * 1.482, 1e-6)
    }
    const factor = await buyer.get(`/odata/v4/emissions/EmissionFactors('SUPPLIER-PACT%2F${footprint.id as string}')`)
    expect(factor.sourcePath).to.equal(`PACT 3.0.0 footprint ${footprint.id as string}`)
    // the event log of each side
    const received = await buyer.get("/odata/v4/pact/InboundEvents?$filter=client_clientId eq 'acier-rhone'")
    expect(received.value.map((e: any) => e.type)).to.deep.equal(['requestFulfilled'])
  })

  it("sends the supplier's changed footprint to the subscribed buyer, who pulls it and moves its figures to it", async () => {
    // a successor with a lower footprint: the supplier publishes it, the buyer is told (PublishedEvent) and pulls it by id
    const successor = pactFootprint(
      { id: '5d0c9a7e-4b1f-4c2d-9e8f-0a1b2c3d4e60', precedingPfIds: [footprint.id] },
      { pcfExcludingBiogenicUptake: '1.305', pcfIncludingBiogenicUptake: '1.305', fossilGhgEmissions: '1.29' }
    )
    const own = await supplier.post('/odata/v4/quality/importFootprints', { document: JSON.stringify(successor), origin: 'own' })
    expect(own.imported, JSON.stringify(own)).to.equal(1)
    const after = await eventually(
      async () => {
        const rows = await steel()
        return rows.every(a => a.factor_ID === `SUPPLIER-PACT/${successor.id as string}`) ? rows : undefined
      },
      60000,
      'the successor at the buyer'
    )
    const lines = await buyer.get(
      "/odata/v4/emissions/PurchaseOrderItems?$filter=supplier_ID eq '17300002' and material_ID eq 'ST-S355-PLATE'&$select=ID,quantity"
    )
    for (const a of after!)
      expect(Number(a.kgCO2eLocation)).to.be.closeTo(Number(lines.value.find((l: any) => l.ID === a.activity_ID)?.quantity) * 1.305, 1e-6)
    expect((await buyer.get(`/odata/v4/quality/ProductFootprints(${footprint.id as string})`)).status).to.equal('Deprecated')
    const received = await buyer.get("/odata/v4/pact/InboundEvents?$filter=client_clientId eq 'acier-rhone'&$orderby=receivedAt")
    expect(received.value.map((e: any) => e.type)).to.deep.equal(['requestFulfilled', 'published'])
  })

  it('pulls what it was not told: a successor published while the buyer was down reaches it by the scheduled pull', async () => {
    await buyer.kill('SIGTERM')
    const third = pactFootprint(
      { id: '5d0c9a7e-4b1f-4c2d-9e8f-0a1b2c3d4e61', precedingPfIds: ['5d0c9a7e-4b1f-4c2d-9e8f-0a1b2c3d4e60'] },
      { pcfExcludingBiogenicUptake: '1.25', pcfIncludingBiogenicUptake: '1.25', fossilGhgEmissions: '1.24' }
    )
    expect(
      (await supplier.post('/odata/v4/quality/importFootprints', { document: JSON.stringify(third), origin: 'own' })).imported
    ).to.equal(1)
    // the supplier's one attempt to tell the buyer failed: its PublishedEvent is in the queue's dead letters
    const queue = await cds.connect.to('supplier-queue', { kind: 'sqlite', credentials: { url: db.supplier } } as any)
    await eventually(
      async () =>
        ((await queue.run("select attempts, msg from cds_outbox_Messages where msg like '%PublishedEvent%'")) as any[]).some(
          m => m.attempts >= 1 && String(m.msg).includes(third.id as string)
        ),
      30000,
      'the failed delivery'
    )
    await (queue as any).disconnect?.()
    buyer = await start('buyer', buyerDestinations)
    const pulled = await buyer.post('/odata/v4/pact/pullFromSuppliers', {})
    expect(pulled).to.include({ partners: 1, imported: 1 })
    for (const a of await steel()) expect(a.factor_ID).to.equal(`SUPPLIER-PACT/${third.id as string}`)
    expect((await buyer.get(`/odata/v4/quality/ProductFootprints(${'5d0c9a7e-4b1f-4c2d-9e8f-0a1b2c3d4e60'})`)).status).to.equal(
      'Deprecated'
    )
    // nothing arrived by event, and a second pull finds nothing new
    expect(await buyer.get("/odata/v4/pact/InboundEvents/$count?$filter=client_clientId eq 'acier-rhone'")).to.equal(2)
    expect(await buyer.post('/odata/v4/pact/pullFromSuppliers', {})).to.include({ imported: 0 })
  })
})
