import cds from '@sap/cds'
import { expect } from 'chai'
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { startMockS4, type MockS4 } from '../helpers/s4-mock'
import { deployTo, startApp, eventually, type AppProcess } from '../helpers/app-process'
import { freePort } from '../helpers/services'

const PO_CREATED = 'sap.s4.beh.purchaseorder.v1.PurchaseOrder.Created.v1'

describe('Ingestion: a crash between receiving and processing loses nothing', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'scope3-crash-'))
  let mockPort: number
  let appPort: number
  const box = path.join(dir, 'messages')
  // a real database file and a broker both processes share (CAP's file-based messaging)
  const config = {
    requires: {
      db: { kind: 'sqlite', credentials: { url: path.join(dir, 'app.sqlite') } },
      messaging: { kind: 'file-based-messaging', format: 'cloudevents', file: box }
    }
  }
  const env = (): Record<string, string> => ({ destinations: JSON.stringify([{ name: 'S4HANA', url: `http://localhost:${mockPort}` }]) })
  let mock: MockS4
  let app: AppProcess | undefined

  before(async () => {
    deployTo(path.join(dir, 'app.sqlite'))
    ;[mockPort, appPort] = [await freePort(), await freePort()]
    mock = await startMockS4({ port: mockPort, purchaseOrders: 10 })
  })
  after(async () => {
    await app?.kill()
    await mock?.stop()
    rmSync(dir, { recursive: true, force: true })
  })

  it('processes the received event after a restart', async () => {
    app = await startApp(appPort, config, env())
    await mock.post('/mock/faults', { status: 503 }) // S/4HANA down: the event is received but cannot be processed
    const broker = await cds.connect.to('test-broker', {
      kind: 'file-based-messaging',
      format: 'cloudevents',
      file: box,
      outboxed: false
    } as any)
    await broker.emit({
      event: PO_CREATED,
      data: { PurchaseOrder: '4500000001' },
      headers: { id: 'crash-1', source: '/default/sap.s4.beh/MOCKS4', type: PO_CREATED }
    } as any)
    await eventually(
      async () => (await app!.get("/odata/v4/ingestion/InboundEvents?$filter=eventId eq 'crash-1'")).value?.[0]?.status === 'received',
      30000,
      'the event in the inbox'
    )
    await app.kill('SIGKILL') // crash
    await mock.post('/mock/faults', {})
    app = await startApp(appPort, config, env())
    const entry = await eventually(
      async () => {
        const [e] = (await app!.get("/odata/v4/ingestion/InboundEvents?$filter=eventId eq 'crash-1'")).value
        return e?.status === 'processed' && e
      },
      60000,
      'processing after the restart'
    )
    expect(entry).to.include({ businessKeys: '4500000001' })
    const items = (
      await mock.get(
        "/sap/opu/odata/sap/API_PURCHASEORDER_PROCESS_SRV/A_PurchaseOrderItem?$filter=PurchaseOrder eq '4500000001'&$format=json"
      )
    ).d.results
    const { value: current } = await app.get(
      "/odata/v4/accounting/CurrentAttributions?$filter=activity/documentNumber eq '4500000001' and activity/documentType eq 'PurchaseOrderItem'"
    )
    expect(current).to.have.length(items.length)
    const { value: events } = await app.get("/odata/v4/ingestion/InboundEvents?$filter=eventId eq 'crash-1'")
    expect(events).to.have.length(1)
  })
})
