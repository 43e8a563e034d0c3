import { expect } from 'chai'
import { Decimal } from '../../srv/lib/common/decimal'
import { startMockS4, type MockS4 } from '../helpers/s4-mock'
import { startApp, eventually, type AppProcess } from '../helpers/app-process'
import { freePort, requireService, reachable, restartRedis } from '../helpers/services'

const PO_CHANGED = 'sap.s4.beh.purchaseorder.v1.PurchaseOrder.Changed.v1'

describe('Ingestion over a real broker: Redis', function () {
  let mockPort: number
  let mock: MockS4
  let app: AppProcess

  before(async function () {
    await requireService(this, 'Redis', 6379)
    mockPort = await freePort()
    mock = await startMockS4({ port: mockPort, messaging: 'redis-messaging', purchaseOrders: 20 })
    app = await startApp(
      await freePort(),
      {},
      { CDS_ENV: 'redis,test', destinations: JSON.stringify([{ name: 'S4HANA', url: `http://localhost:${mockPort}` }]) }
    )
  })
  after(async () => {
    if (!(await reachable(6379))) restartRedis().start()
    await app?.kill()
    await mock?.stop()
  })

  const inbox = async (): Promise<Record<string, number>> => {
    const { value } = await app.get('/odata/v4/ingestion/InboundEvents?$apply=groupby((status),aggregate($count as n))')
    return Object.fromEntries(value.map((r: any) => [r.status, r.n]))
  }
  const total = async (): Promise<string> => {
    const { value } = await app.get(
      "/odata/v4/accounting/CurrentAttributions?$filter=activity/documentType eq 'PurchaseOrderItem'&$select=kgCO2eLocation"
    )
    return value.reduce((s: Decimal, r: any) => s.plus(r.kgCO2eLocation), new Decimal(0)).toString()
  }

  it('receives S/4HANA events published to Redis and processes every one', async () => {
    const { published } = await mock.post('/mock/publish')
    expect(published).to.be.greaterThan(20)
    await eventually(
      async () => {
        const s = await inbox()
        return (s.processed ?? 0) + (s.skipped ?? 0) === published && !s.received
      },
      120000,
      `all ${published} events processed`
    )
    // nothing was lost: reconciliation against S/4HANA finds nothing to change
    const run = await app.post('/odata/v4/ingestion/reconcile')
    expect(run).to.include({ status: 'succeeded', purchaseOrders: 20, changed: 0, failed: 0 })
  })

  it('reconnects after Redis restarts; what was published meanwhile is caught by reconciliation', async () => {
    const before = await total()
    const redisServer = restartRedis()
    redisServer.stop()
    // a change in S/4HANA whose event is lost: the broker is down
    await mock.post('/mock/documents/A_PurchaseOrderItem', {
      PurchaseOrder: '4500000002',
      PurchaseOrderItem: '00010',
      OrderQuantity: '123456'
    })
    await mock.post('/mock/documents/A_PurchaseOrder', { PurchaseOrder: '4500000002' })
    await mock.post('/mock/emit', { topic: PO_CHANGED, data: { PurchaseOrder: '4500000002' }, id: 'lost-1' })
    redisServer.start()
    await eventually(() => reachable(6379), 10000, 'Redis back')
    // the app reconnected: a new event arrives and is processed
    await eventually(
      async () => {
        await mock.post('/mock/emit', { topic: PO_CHANGED, data: { PurchaseOrder: '4500000003' }, id: `after-restart-${Date.now()}` })
        const { value } = await app.get("/odata/v4/ingestion/InboundEvents?$filter=startswith(eventId,'after-restart')")
        return value.some((e: any) => e.status === 'processed')
      },
      60000,
      'an event after the restart'
    )
    // whether or not the event of the change during the outage got through, after reconciliation the figures are S/4HANA's
    const run = await app.post('/odata/v4/ingestion/reconcile')
    expect(run).to.include({ status: 'succeeded', failed: 0 })
    const {
      value: [line]
    } = await app.get("/odata/v4/accounting/Activities?$filter=documentNumber eq '4500000002' and documentItem eq '00010'")
    expect(Number(line.quantity) === 123456 || line.status_code === 'final').to.equal(true)
    // the totals equal what a clean run over S/4HANA's current state gives: a second reconciliation changes nothing
    const after = await total()
    expect(after).to.not.equal(before)
    const again = await app.post('/odata/v4/ingestion/reconcile')
    expect(again).to.include({ status: 'succeeded', changed: 0 })
    expect(await total()).to.equal(after)
  })
})
