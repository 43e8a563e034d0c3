/**
 * `npm run bench:pact` (`BENCH_FOOTPRINTS`, default 100,000): the PACT host API (srv/pact/pact-api.ts) over HTTPS, in
 * process on a new SQLite database file, with that many own product footprints (generated from one PACT v3.0
 * document: 50 companies, 20 countries, 400 classifications, validity periods over ten years, one in ten deprecated),
 * stored as an import stores them. Prints per filter the time to the first page (default page size, median of 15
 * requests on a kept-alive connection, the client holding a token), and the full paged read with `limit=1000`
 * following the `Link` headers. Asserts nothing.
 */
import fs from 'node:fs'
import https from 'node:https'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { ownFootprint } from '../test/helpers/pact'

const FOOTPRINTS = Number(process.env.BENCH_FOOTPRINTS ?? 100000)
const WORK = fs.mkdtempSync(path.join(os.tmpdir(), 'scope3-bench-pact-'))
const DB = path.join(WORK, 'bench.sqlite')
process.env.CDS_ENV = 'test'
process.env.CDS_TYPESCRIPT = 'true'
process.env.NO_TELEMETRY = 'true'
process.env.CDS_PLUGIN_UI5_ACTIVE = 'false'
process.env.PACT_PORT = '0'
process.env.PACT_TLS_DIR = path.join(WORK, 'tls')
const COUNTRIES = ['DE', 'FR', 'US', 'CN', 'IN', 'GB', 'IT', 'ES', 'PL', 'NL', 'BE', 'SE', 'CZ', 'AT', 'JP', 'KR', 'BR', 'MX', 'TR', 'CA']
const ms = (t: number): string => `${t.toFixed(1)} ms`
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
const uuid = (n: number): string => `b3c1a000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`

/** The footprints as rows of ProductFootprints and ProductFootprintIds, as srv/pact/supplier-footprints.ts stores an import. */
function footprintsFrom(from: number, count: number): { rows: any[]; ids: any[] } {
  const rows: any[] = []
  const ids: any[] = []
  for (let n = from; n < from + count; n++) {
    const year = 2020 + (n % 10)
    const doc = ownFootprint(
      n,
      {
        id: uuid(n),
        companyIds: [`urn:pact:company-id:lei:BENCH${String(n % 50).padStart(15, '0')}`],
        productIds: [`urn:gtin:${String(4000000000000 + n)}`],
        productClassifications: [`urn:pact:productclassification:cpc:${40000 + (n % 400)}`],
        status: n % 10 === 9 ? 'Deprecated' : 'Active',
        validityPeriodStart: `${year}-01-01T00:00:00Z`,
        validityPeriodEnd: `${year + 3}-01-01T00:00:00Z`
      },
      { geographyCountry: COUNTRIES[n % COUNTRIES.length] }
    )
    rows.push({
      ID: doc.id,
      origin: 'own',
      specVersion: '3.0.0',
      status: doc.status,
      created: doc.created,
      validityPeriodStart: doc.validityPeriodStart,
      validityPeriodEnd: doc.validityPeriodEnd,
      validFrom: new Date(doc.validityPeriodStart).toISOString(),
      validTo: new Date(doc.validityPeriodEnd).toISOString(),
      companyName: doc.companyName,
      productNameCompany: doc.productNameCompany,
      productDescription: doc.productDescription,
      productIds: doc.productIds.join(' '),
      companyIds: doc.companyIds.join(' '),
      declaredUnit: 'kilogram',
      declaredUnitAmount: '1',
      productMassPerDeclaredUnit: '1',
      referencePeriodStart: doc.pcf.referencePeriodStart,
      referencePeriodEnd: doc.pcf.referencePeriodEnd,
      geography: doc.pcf.geographyCountry,
      pcfExcludingBiogenicUptake: doc.pcf.pcfExcludingBiogenicUptake,
      pcfIncludingBiogenicUptake: doc.pcf.pcfIncludingBiogenicUptake,
      fossilGhgEmissions: doc.pcf.fossilGhgEmissions,
      document: JSON.stringify(doc),
      documentHash: String(n)
    })
    ids.push(
      { footprint_ID: doc.id, idType: 'product', urn: doc.productIds[0] },
      { footprint_ID: doc.id, idType: 'company', urn: doc.companyIds[0] },
      { footprint_ID: doc.id, idType: 'classification', urn: doc.productClassifications[0] }
    )
  }
  return { rows, ids }
}

async function main(): Promise<void> {
  const cds = (await import('@sap/cds')).default as any
  cds.root = path.join(__dirname, '..')
  console.log(
    `machine: ${os.cpus().length} x ${os.cpus()[0].model}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node.js ${process.version}; ${FOOTPRINTS.toLocaleString('en')} footprints, SQLite file`
  )
  cds.env.requires.db.credentials.url = DB
  await cds.deploy('*').to(`sqlite:${DB}`)
  await cds.exec('--port', '0')
  const { ProductFootprints, ProductFootprintIds, PactClients } = cds.entities('scope3')
  let t = performance.now()
  for (let i = 0; i < FOOTPRINTS; i += 5000) {
    const { rows, ids } = footprintsFrom(i, Math.min(5000, FOOTPRINTS - i))
    await cds.tx(async () => {
      await INSERT.into(ProductFootprints).entries(rows)
      await INSERT.into(ProductFootprintIds).entries(ids)
    })
  }
  console.log(`seeded ${FOOTPRINTS.toLocaleString('en')} footprints in ${((performance.now() - t) / 1000).toFixed(1)} s`)
  const { hashSecret } = require('../srv/pact/pact-api') as typeof import('../srv/pact/pact-api')
  const { tls } = require('../srv/pact/pact-tls') as typeof import('../srv/pact/pact-tls')
  await INSERT.into(PactClients).entries({ clientId: 'bench', name: 'Benchmark', secretHash: hashSecret('bench-secret') })
  while (!tls.server?.listening) await new Promise(resolve => setTimeout(resolve, 50))
  const base = `https://localhost:${(tls.server.address() as any).port as number}/pact`
  const agent = new https.Agent({ keepAlive: true, ca: fs.readFileSync(path.join(WORK, 'tls', 'cert.pem')) })
  const request = async (
    url: string,
    headers: Record<string, string>,
    body?: string
  ): Promise<{ status: number; link?: string; data: any }> =>
    await new Promise((resolve, reject) => {
      const req = https.request(url, { method: body ? 'POST' : 'GET', agent, headers }, res => {
        let text = ''
        res.setEncoding('utf8')
        res.on('data', (c: string) => {
          text += c
        })
        res.on('end', () => {
          resolve({ status: res.statusCode!, link: res.headers.link as string | undefined, data: JSON.parse(text) })
        })
      })
      req.on('error', reject)
      req.end(body)
    })
  const token = await request(
    `${base}/auth/token`,
    { authorization: `Basic ${Buffer.from('bench:bench-secret').toString('base64')}`, 'content-type': 'application/x-www-form-urlencoded' },
    'grant_type=client_credentials'
  )
  const bearer = { authorization: `Bearer ${token.data.access_token as string}` }
  const middle = Math.floor(FOOTPRINTS / 2)
  const queries: Array<[string, string]> = [
    ['no filter', ''],
    ['productId (one footprint)', `productId=urn:gtin:${String(4000000000000 + middle)}`],
    ['companyId (2 %)', 'companyId=urn:pact:company-id:lei:BENCH000000000000017'],
    ['classification (0.25 %)', `classification=urn:pact:productclassification:cpc:${40000 + 123}`],
    ['geography and status', 'geography=DE&status=Active'],
    ['validOn', 'validOn=2026-06-01T00:00:00Z'],
    ['validAfter and validBefore', 'validAfter=2025-06-01T00:00:00Z&validBefore=2030-06-01T00:00:00Z'],
    [
      'three productIds (OR) and status',
      `productId=urn:gtin:${String(4000000000000 + middle)}&productId=urn:gtin:${String(4000000000000 + middle + 1)}&productId=urn:gtin:${String(4000000000000 + 7)}&status=Active`
    ],
    ['productId that matches nothing', 'productId=urn:bogus:product:x'],
    ['geography that matches nothing', 'geography=XX'],
    ['validOn that matches nothing', 'validOn=1900-01-01T00:00:00Z']
  ]
  console.log('first page (default page size 100), median of 15:')
  for (const [name, query] of queries) {
    const times: number[] = []
    let rows = 0
    for (let i = 0; i < 15; i++) {
      t = performance.now()
      const res = await request(`${base}/3/footprints${query ? `?${query}` : ''}`, bearer)
      times.push(performance.now() - t)
      if (res.status !== 200) throw new Error(`${name}: ${res.status} ${JSON.stringify(res.data)}`)
      rows = res.data.data.length
    }
    console.log(
      `  ${name.padEnd(36)} ${ms(median(times)).padStart(9)} (best ${ms(Math.min(...times))}, worst ${ms(Math.max(...times))}), ${rows} footprint(s)`
    )
  }
  t = performance.now()
  let next: string | undefined = `${base}/3/footprints?limit=1000`
  let read = 0
  let pages = 0
  while (next) {
    const res = await request(next, bearer)
    read += res.data.data.length
    pages++
    next = /<([^>]+)>;\s*rel="next"/.exec(res.link ?? '')?.[1]
  }
  console.log(
    `full paged read (limit=1000): ${read.toLocaleString('en')} footprints in ${pages} pages, ${((performance.now() - t) / 1000).toFixed(1)} s`
  )
  agent.destroy()
}

main().then(
  () => {
    fs.rmSync(WORK, { recursive: true, force: true })
    process.exit(0)
  },
  e => {
    console.error(e)
    process.exit(1)
  }
)
