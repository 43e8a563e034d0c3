/**
 * `npm run bench:auth-flood` (`BENCH_FLOOD`, concurrent attackers, default 32; `BENCH_SECONDS` per phase, default 8):
 * how much a flood of bad credentials slows authorised users. In process on a new SQLite database file with the demo
 * data, an authorised user reads purchase orders over OData and gets PACT tokens, one request after another, while
 * the attackers send, as fast as they can:
 *   1. nothing (the baseline);
 *   2. wrong OData credentials (401, no audit write beyond the per-address budget, srv/common/request-guards.ts);
 *   3. wrong PACT client secrets, lockout as configured (429 after 100 failures of the address, srv/pact/pact-api.ts);
 *   4. the same with the PACT lockout lifted (the address lockout of srv/common/request-guards.ts still holds);
 *   5. wrong OData credentials from a new address every 10 requests (a botnet: no address is ever locked out).
 * The attackers run in a process of their own (as they would on other machines), each from its own address as seen
 * behind Cloud Foundry's router (X-Forwarded-For, one trusted hop). Prints median and 95th percentile of the
 * authorised requests per phase and the slowdown against the baseline. Asserts nothing.
 */
import { fork } from 'node:child_process'
import fs from 'node:fs'
import http from 'node:http'
import https from 'node:https'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { settings } from '../srv/common/settings'

const ATTACKERS = Number(process.env.BENCH_FLOOD ?? 32)
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8)
const WORK = process.env.BENCH_ATTACK ? '' : fs.mkdtempSync(path.join(os.tmpdir(), 'scope3-bench-flood-'))
const DB = path.join(WORK, 'bench.sqlite')
process.env.CDS_ENV = 'development'
process.env.CDS_TYPESCRIPT = 'true'
process.env.NO_TELEMETRY = 'true'
process.env.CDS_PLUGIN_UI5_ACTIVE = 'false'
process.env.PACT_PORT = '0'
process.env.PACT_TLS_DIR = path.join(WORK, 'tls')

const quantile = (xs: number[], q: number): number => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * q))]
const basic = (user: string, password: string): string => `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`

/** the attackers' process: `BENCH_FLOOD` loops against one URL until told to stop, then reports their count */
async function attack(): Promise<void> {
  const { url, kind, spread } = JSON.parse(process.env.BENCH_ATTACK!) as { url: string; kind: 'odata' | 'pact'; spread?: boolean }
  const secure = url.startsWith('https:')
  const agent = secure
    ? new https.Agent({ keepAlive: true, rejectUnauthorized: false, maxSockets: ATTACKERS })
    : new http.Agent({ keepAlive: true, maxSockets: ATTACKERS })
  let running = true
  let sent = 0
  process.on('message', () => {
    running = false
  })
  const one = async (a: number, i: number): Promise<void> =>
    await new Promise(resolve => {
      // one address per attacker, or (spread) a new address for every 10 requests: no address is ever locked out
      const from = spread ? `10.${a}.${Math.floor(i / 10 / 250) % 250}.${Math.floor(i / 10) % 250}` : `198.51.100.${a}`
      const headers: Record<string, string> = {
        authorization: basic(`mallory${kind === 'pact' ? i % 50 : i}`, `guess${i}`),
        'x-forwarded-for': from
      }
      if (kind === 'pact') headers['content-type'] = 'application/x-www-form-urlencoded'
      const req = (secure ? https : http).request(url, { method: kind === 'pact' ? 'POST' : 'GET', agent, headers }, res => {
        res.resume()
        res.on('end', resolve)
      })
      req.on('error', () => resolve())
      req.end(kind === 'pact' ? 'grant_type=client_credentials' : undefined)
    })
  await Promise.all(
    Array.from({ length: ATTACKERS }, async (_, a) => {
      for (let i = 0; running; i++) {
        await one(a, i)
        sent++
      }
    })
  )
  process.send!(sent)
  agent.destroy()
}

async function main(): Promise<void> {
  const cds = (await import('@sap/cds')).default as any
  cds.root = path.join(__dirname, '..')
  console.log(
    `machine: ${os.cpus().length} x ${os.cpus()[0].model}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node.js ${process.version}; ${ATTACKERS} attackers, ${SECONDS} s per phase`
  )
  cds.env.requires.db = { kind: 'sqlite', credentials: { url: DB } }
  cds.env.scope3.trustedProxyHops = 1
  // as behind Cloud Foundry's router: the attackers and the user come from addresses of their own (X-Forwarded-For)
  cds.env.scope3.trustedProxyHops = 1
  await cds.deploy('*').to(`sqlite:${DB}`)
  const listening = new Promise<any>(resolve => cds.once('listening', ({ server }: any) => resolve(server)))
  await cds.exec('--port', '0')
  const port = (await listening).address().port as number
  const { hashSecret } = require('../srv/pact/pact-api') as typeof import('../srv/pact/pact-api')
  const { tls } = require('../srv/pact/pact-tls') as typeof import('../srv/pact/pact-tls')
  await INSERT.into(cds.entities('scope3').PactClients).entries({
    clientId: 'bench',
    name: 'Benchmark',
    secretHash: hashSecret('bench-secret')
  })
  while (!tls.server?.listening) await new Promise(resolve => setTimeout(resolve, 50))
  const pact = `https://localhost:${(tls.server.address() as any).port as number}/pact/auth/token`
  const ca = fs.readFileSync(path.join(WORK, 'tls', 'cert.pem'))
  const httpAgent = new http.Agent({ keepAlive: true, maxSockets: ATTACKERS + 4 })
  const httpsAgent = new https.Agent({ keepAlive: true, ca, maxSockets: ATTACKERS + 4 })

  const send = async (url: string, authorization: string, body?: string, from = '192.0.2.1'): Promise<number> =>
    await new Promise((resolve, reject) => {
      const secure = url.startsWith('https:')
      const headers: Record<string, string> = {
        authorization,
        'x-forwarded-for': from,
        ...(body ? { 'content-type': 'application/x-www-form-urlencoded' } : {})
      }
      const req = (secure ? https : http).request(
        url,
        { method: body ? 'POST' : 'GET', agent: secure ? httpsAgent : httpAgent, headers },
        res => {
          res.resume()
          res.on('end', () => resolve(res.statusCode!))
        }
      )
      req.on('error', reject)
      req.end(body)
    })
  const odata = `http://localhost:${port}/odata/v4/emissions/PurchaseOrders?$top=10`
  const tokenBody = 'grant_type=client_credentials'

  /** the authorised user's requests while the attackers' process floods one endpoint */
  async function phase(
    name: string,
    target?: { url: string; kind: 'odata' | 'pact'; spread?: boolean }
  ): Promise<{ name: string; read: number[]; token: number[]; attacks: number }> {
    const attackers = target
      ? fork(__filename, [], { execArgv: ['--import', 'tsx'], env: { ...process.env, BENCH_ATTACK: JSON.stringify(target) } })
      : undefined
    const sent = attackers ? new Promise<number>(resolve => attackers.once('message', n => resolve(Number(n)))) : Promise.resolve(0)
    if (attackers) await new Promise(resolve => setTimeout(resolve, 1000)) // the attack under way
    const read: number[] = []
    const token: number[] = []
    const until = performance.now() + SECONDS * 1000
    while (performance.now() < until) {
      let t = performance.now()
      if ((await send(odata, basic('alice', ''))) !== 200) throw new Error('authorised read refused')
      read.push(performance.now() - t)
      t = performance.now()
      if ((await send(pact, basic('bench', 'bench-secret'), tokenBody)) !== 200) throw new Error('authorised token refused')
      token.push(performance.now() - t)
    }
    attackers?.send('stop')
    const attacks = await sent
    await new Promise(resolve => (attackers ? attackers.once('exit', resolve) : resolve(undefined)))
    return { name, read, token, attacks }
  }

  const results = []
  results.push(await phase('no attack'))
  const only = process.env.BENCH_PHASES?.split(',')
  if (!only || only.includes('odata')) results.push(await phase('wrong OData credentials', { url: odata, kind: 'odata' }))
  if (!only || only.includes('pact')) results.push(await phase('wrong PACT secrets, lockout on', { url: pact, kind: 'pact' }))
  settings().pact.lockout = { perClient: 1e9, perAddress: 1e9, windowSeconds: 1 }
  if (!only || only.includes('pact-unlocked')) results.push(await phase('wrong PACT secrets, lockout off', { url: pact, kind: 'pact' }))
  if (!only || only.includes('spread'))
    results.push(await phase('wrong OData credentials, new addresses', { url: odata, kind: 'odata', spread: true }))

  const [base] = results
  const f = (x: number): string => `${x.toFixed(1)} ms`
  console.log('phase                              attacks/s  OData read p50 / p95      slowdown   PACT token p50 / p95      slowdown')
  for (const r of results) {
    const readSlow = quantile(r.read, 0.5) / quantile(base.read, 0.5)
    const tokenSlow = quantile(r.token, 0.5) / quantile(base.token, 0.5)
    console.log(
      `${r.name.padEnd(34)} ${String(Math.round(r.attacks / (SECONDS + 1))).padStart(9)}  ${f(quantile(r.read, 0.5)).padStart(9)} / ${f(quantile(r.read, 0.95)).padStart(9)}  ${readSlow.toFixed(2).padStart(8)}x  ${f(quantile(r.token, 0.5)).padStart(9)} / ${f(quantile(r.token, 0.95)).padStart(9)}  ${tokenSlow.toFixed(2).padStart(8)}x`
    )
  }
  httpAgent.destroy()
  httpsAgent.destroy()
}

if (process.env.BENCH_ATTACK)
  attack().then(
    () => process.exit(0),
    e => {
      console.error(e)
      process.exit(1)
    }
  )
else
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
