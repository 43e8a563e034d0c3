import { expect } from 'chai'
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { startApp, eventually, type AppProcess } from '../helpers/app-process'
import { freePort } from '../helpers/services'
import { pactRequest } from '../helpers/pact'

/**
 * The front door (`npm start`): the development profile deploys the seed and demo data to a SQLite file and serves
 * the app with the mock S/4HANA that it starts itself, whose events flow into attributions; the PACT API serves the
 * demo footprints to the demo client over HTTPS. Here on a file and ports of the test's own.
 */
describe('npm start: the development profile with its demo data', function () {
  this.timeout(300000)
  const root = path.join(__dirname, '..', '..')
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'scope3-development-'))
  const db = path.join(dir, 'db.sqlite')
  let app: AppProcess
  let pactPort: number

  before(async () => {
    // as `npm start` does: `cds deploy` in the development profile (not the test profile this process runs in)
    const { CDS_ENV, ...env } = process.env
    execFileSync(path.join(root, 'node_modules/.bin/cds'), ['deploy', '--to', `sqlite:${db}`], { cwd: root, env, stdio: 'pipe' })
    pactPort = await freePort()
    const config = {
      // a message file of its own: ~/.cds-msg-box is shared with any other app on the machine (a developer's npm start)
      requires: { db: { credentials: { url: db } }, messaging: { file: path.join(dir, 'messages') } },
      scope3: {
        s4mock: { port: await freePort(), publishRate: 100 },
        pact: { port: pactPort, tls: { folder: path.join(dir, 'tls') } }
      }
    }
    // (no destinations from other suites of this process: the app names its own, as with npm start)
    app = await startApp(await freePort(), config, { CDS_ENV: 'development', destinations: '[]' })
  })
  // SIGTERM: the app ends the mock S/4HANA it started
  after(async () => {
    await app?.kill('SIGTERM')
    fs.rmSync(dir, { recursive: true, force: true })
  })

  it('deploys and serves the demo data: open periods, transport lanes, and the PACT demo client with its destination', async () => {
    const periods = (await app.get('/odata/v4/period-close/FiscalPeriods?$select=companyCode_code,fiscalYear,fiscalPeriod,status')).value
    expect(periods.length).to.be.greaterThan(0)
    expect(await app.get('/odata/v4/accounting/TransportLanes/$count')).to.be.greaterThan(0)
    const {
      value: [client]
    } = await app.get("/odata/v4/pact/Clients?$filter=clientId eq 'pact-demo' and IsActiveEntity eq true")
    expect(client).to.include({ clientId: 'pact-demo', destination: 'PACT-DEMO-CUSTOMER', active: true })
  })

  it('starts the mock S/4HANA, whose business events become activities and attributions', async () => {
    const fromS4 = async (): Promise<number> =>
      Number(
        await app.get(
          "/odata/v4/accounting/CurrentAttributions/$count?$filter=activity/sourceSystem eq 'S4HANA' and activity/sourceEventId ne null"
        )
      )
    await eventually(
      async () => Number(await app.get("/odata/v4/ingestion/InboundEvents/$count?$filter=status eq 'processed'")) > 0,
      120000,
      'S/4HANA events processed'
    )
    await eventually(async () => (await fromS4()) > 0, 60000, 'attributions of lines from S/4HANA events')
  })

  it('serves the demo footprints to the demo client over HTTPS with its documented secret', async () => {
    const cert = path.join(dir, 'tls', 'cert.pem')
    await eventually(async () => fs.existsSync(cert), 30000, 'the TLS certificate')
    const ca = fs.readFileSync(cert, 'utf8')
    const base = `https://localhost:${pactPort}/pact`
    const token = await pactRequest(`${base}/auth/token`, {
      method: 'POST',
      ca,
      body: 'grant_type=client_credentials',
      headers: { authorization: `Basic ${Buffer.from('pact-demo:pact-demo-secret').toString('base64')}` }
    })
    expect(token.status, JSON.stringify(token.body)).to.equal(200)
    const list = async (): Promise<any> =>
      await pactRequest(`${base}/3/footprints`, { ca, headers: { authorization: `Bearer ${token.body.access_token as string}` } })
    await eventually(async () => (await list()).body?.data?.length >= 2, 30000, 'the demo footprints')
    const { status, body } = await list()
    expect(status).to.equal(200)
    expect(body.data.map((f: any) => f.companyName)).to.satisfy((names: string[]) => names.every(n => n.length > 0))
  })
})
