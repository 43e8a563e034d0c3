/**
 * `npm run bench:estimate`: throughput of the pure engine, and latency of the estimate API for 10,000 activities
 * per call against a real server (in-memory SQLite, factor library loaded). Prints figures; asserts nothing.
 */
import os from 'node:os'
import { performance } from 'node:perf_hooks'
import { csv } from '../test/lib/fixtures'
import { Decimal } from '../srv/lib/common/decimal'
import { UnitCatalog, type UnitRow } from '../srv/lib/common/units'
import { MoneyConverter, type ExchangeRateRow, type PriceIndexRow } from '../srv/lib/common/money'
import { estimate, type EstimateActivity } from '../srv/lib/attribution/estimate'
import { type Factor } from '../srv/lib/attribution/engine'
import { serveInMemory } from './http'

/** A realistic mix: average-data, distance-based, spend-based with currency and inflation, library and explicit factors. */
function activities(n: number): EstimateActivity[] {
  const kinds: Array<(i: number) => EstimateActivity> = [
    i => ({ ref: `m${i}`, quantity: String(100 + (i % 997)), unit: 'kg', factor: { value: '0.15', unit: 'kgCO2e/kg' } }),
    i => ({
      ref: `d${i}`,
      quantity: String(1 + (i % 17)),
      unit: 't',
      distance: String(50 + (i % 3000)),
      distanceUnit: 'km',
      factor: { id: 'UK-DESNZ-2025/27_304_3112_14_1' }
    }),
    i => ({
      ref: `s${i}`,
      amount: String(1000 + (i % 5000)) + '.25',
      currency: 'EUR',
      spendYear: 2024,
      factor: { id: 'US-EPA-SCGHG-1.3/327310' }
    }),
    i => ({ ref: `e${i}`, quantity: String(10 + (i % 400)), unit: 'MWh', factor: { id: 'UK-DESNZ-2025/7_400_4000_5_1' } })
  ]
  return Array.from({ length: n }, (_, i) => kinds[i % kinds.length](i))
}

function engineThroughput(): void {
  const units = new UnitCatalog(csv<UnitRow>('db/data/scope3-Units.csv'))
  const money = new MoneyConverter(
    csv<ExchangeRateRow>('db/data/scope3-ExchangeRates.csv') as any,
    csv<PriceIndexRow>('db/data/scope3-PriceIndexes.csv') as any
  )
  const library = new Map<string, Factor>([
    [
      'UK-DESNZ-2025/27_304_3112_14_1',
      { id: 'UK-DESNZ-2025/27_304_3112_14_1', value: new Decimal('0.52761'), per: { unit: units.get('t.km', 'unit') } }
    ],
    ['US-EPA-SCGHG-1.3/327310', { id: 'US-EPA-SCGHG-1.3/327310', value: new Decimal('3.924'), per: { currency: 'USD', year: 2022 } }],
    [
      'UK-DESNZ-2025/7_400_4000_5_1',
      { id: 'UK-DESNZ-2025/7_400_4000_5_1', value: new Decimal('0.177'), per: { unit: units.get('kWh', 'unit') } }
    ]
  ])
  const ctx = { units, money }
  const input = activities(200000)
  for (const a of input.slice(0, 20000)) estimate(a, ctx, id => library.get(id)) // warm-up
  const runs: number[] = []
  for (let r = 0; r < 3; r++) {
    const t0 = performance.now()
    for (const a of input) estimate(a, ctx, id => library.get(id))
    runs.push(input.length / ((performance.now() - t0) / 1000))
  }
  console.log(
    `engine: ${input.length} activities x 3 runs, best ${Math.round(Math.max(...runs)).toLocaleString('en')} activities/s, worst ${Math.round(Math.min(...runs)).toLocaleString('en')} activities/s`
  )
}

async function apiLatency(): Promise<void> {
  const server = await serveInMemory(4900 + Math.floor(Math.random() * 50))
  try {
    const body = JSON.stringify({ activities: activities(10000) })
    const call = async (): Promise<number> => {
      const t0 = performance.now()
      const res = await fetch(`${server.url}/odata/v4/calculation/estimate`, {
        method: 'POST',
        body,
        headers: { 'content-type': 'application/json', authorization: 'Basic ' + Buffer.from('alice:').toString('base64') }
      })
      const json = (await res.json()) as { value: Array<{ error: unknown }> }
      if (res.status !== 200 || json.value.length !== 10000 || json.value.some(r => r.error))
        throw new Error(`unexpected answer ${res.status}`)
      return performance.now() - t0
    }
    await call() // warm-up
    const times = []
    for (let i = 0; i < 10; i++) times.push(await call())
    times.sort((a, b) => a - b)
    console.log(
      `estimate API: 10,000 activities per call (${(body.length / 1e6).toFixed(1)} MB), 10 calls: ` +
        `median ${Math.round(times[5])} ms, best ${Math.round(times[0])} ms, worst ${Math.round(times[9])} ms`
    )
  } finally {
    server.stop()
  }
}

async function main(): Promise<void> {
  console.log(
    `machine: ${os.cpus().length} x ${os.cpus()[0].model}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node.js ${process.version}`
  )
  engineThroughput()
  await apiLatency()
}

main().catch(e => {
  console.error(e)
  process.exit(1)
})
