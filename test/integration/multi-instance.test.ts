import { expect } from 'chai'
import path from 'node:path'
import { startMockS4, type MockS4 } from '../helpers/s4-mock'
import { startApp, eventually, type AppProcess } from '../helpers/app-process'
import { createPostgresDatabase, dropPostgresDatabase, freePort, requireService } from '../helpers/services'

/**
 * On SAP BTP the service runs as several instances against one database. Two app processes share a PostgreSQL
 * database and a third runs alone on another; all three receive every S/4HANA event from the same broker (Redis
 * publishes to every subscriber, so each event reaches both instances of the pair, and the events are published
 * twice): the pair ends with exactly the figures of the single process, and two closes of one period started at the
 * same moment on both instances give one close.
 */
describe('Two instances on one PostgreSQL database give the figures of one', function () {
  this.timeout(600000)
  const root = path.join(__dirname, '..', '..')
  const shared = `scope3_pair_${process.pid}`
  const alone = `scope3_alone_${process.pid}`
  const configOf = (database: string): Record<string, unknown> => ({
    requires: { db: { credentials: { database } } },
    scope3: { reconciliation: { every: null } }
  })
  let mock: MockS4
  let pair: AppProcess[] = []
  let single: AppProcess

  before(async function () {
    await requireService(this, 'PostgreSQL', 5432)
    await requireService(this, 'Redis', 6379)
    for (const database of [shared, alone]) createPostgresDatabase(root, database)
    const mockPort = await freePort()
    const env = { CDS_ENV: 'pg,redis,test', destinations: JSON.stringify([{ name: 'S4HANA', url: `http://localhost:${mockPort}` }]) }
    mock = await startMockS4({ port: mockPort, messaging: 'redis-messaging', purchaseOrders: 20 })
    pair = await Promise.all([startApp(await freePort(), configOf(shared), env), startApp(await freePort(), configOf(shared), env)])
    single = await startApp(await freePort(), configOf(alone), env)
  })
  after(async () => {
    await Promise.all([...pair, single].map(async a => await a?.kill()))
    await mock?.stop()
    for (const database of [shared, alone]) dropPostgresDatabase(database)
  })

  const inbox = async (app: AppProcess): Promise<Record<string, number>> => {
    const { value } = await app.get('/odata/v4/ingestion/InboundEvents?$apply=groupby((status),aggregate($count as n))')
    return Object.fromEntries(value.map((r: any) => [r.status, Number(r.n)]))
  }
  /** every current figure by document line, sorted: what the inventory adds up */
  const figures = async (app: AppProcess): Promise<string[]> => {
    const { value } = await app.get(
      '/odata/v4/accounting/CurrentAttributions?$select=category_code,kgCO2eLocation,kgCO2eMarket,fiscalYear,fiscalPeriod&$expand=activity($select=documentType,documentNumber,documentItem)&$top=1000'
    )
    return value
      .map(
        (a: any) =>
          `${a.activity.documentType as string} ${a.activity.documentNumber as string}/${a.activity.documentItem as string} cat ${String(a.category_code)} ${String(a.fiscalYear)}-${String(a.fiscalPeriod)} ${String(a.kgCO2eLocation)} ${String(a.kgCO2eMarket)}`
      )
      .sort()
  }
  const count = async (app: AppProcess, entity: string): Promise<number> =>
    Number(
      await (
        await fetch(`${app.url}${entity}/$count`, { headers: { authorization: 'Basic ' + Buffer.from('alice:').toString('base64') } })
      ).text()
    )

  it("processes every event once in effect: the pair ends with the single instance's figures", async () => {
    const first = await mock.post('/mock/publish')
    const second = await mock.post('/mock/publish') // the same documents' events again, under new ids
    const published = Number(first.published) + Number(second.published)
    expect(first.published).to.be.greaterThan(10)
    for (const [name, app] of [
      ['the pair', pair[0]],
      ['the single instance', single]
    ] as const) {
      let last = {}
      await eventually(
        async () => {
          const s = (last = await inbox(app))
          return (s.processed ?? 0) + (s.skipped ?? 0) === published && !s.received
        },
        240000,
        `all ${published} events processed by ${name}`
      ).catch(e => {
        throw new Error(`${(e as Error).message}; inbox: ${JSON.stringify(last)}`)
      })
    }
    // each event is in the shared inbox once, although both instances received it
    expect(await count(pair[0], '/odata/v4/ingestion/InboundEvents')).to.equal(published)
    const [pairFigures, singleFigures] = [await figures(pair[1]), await figures(single)]
    expect(pairFigures.length).to.be.greaterThan(10)
    expect(pairFigures).to.deep.equal(singleFigures)
    // nothing superseded twice: as many attributions in all (first ones and successors) as alone
    expect(await count(pair[0], '/odata/v4/accounting/Attributions')).to.equal(await count(single, '/odata/v4/accounting/Attributions'))
    // no task left behind or dead in either queue
    expect(await count(pair[0], '/odata/v4/ingestion/QueuedTasks')).to.equal(0)
  })

  it('closes a period once when both instances are asked at the same moment', async () => {
    const periods = '/odata/v4/period-close/FiscalPeriods'
    const [a, b] = pair
    await a.post(periods, { companyCode_code: '1010', fiscalYear: 2026, fiscalPeriod: 1 })
    const period = `${periods}(companyCode_code='1010',fiscalYear=2026,fiscalPeriod=1)`
    const checks = await a.post(`${period}/checkReadiness`)
    const waivers = checks.value.filter((c: any) => !c.passed).map((c: any) => ({ check: c.check, reason: 'test of two instances' }))
    const auth = { authorization: 'Basic ' + Buffer.from('alice:').toString('base64'), 'content-type': 'application/json' }
    const close = async (app: AppProcess): Promise<number> =>
      (await fetch(`${app.url}${period}/close`, { method: 'POST', headers: auth, body: JSON.stringify({ waivers }) })).status
    const statuses = (await Promise.all([close(a), close(b)])).sort()
    expect(statuses).to.deep.equal([200, 409])
    await eventually(async () => (await b.get(period)).status === 'closed', 120000, 'the period closed')
    expect((await a.get(`${period}/snapshots`)).value).to.have.length(1)
    expect((await b.get(`${period}/jobs`)).value.map((j: any) => j.status)).to.deep.equal(['succeeded'])
  })
})
