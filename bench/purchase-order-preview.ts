/**
 * `npm run bench:preview`: latency of the purchase order estimate (EmissionsService.previewPurchaseOrder) for a draft
 * of 100 items in every demo material group, with and without alternatives, against a real server (in-memory SQLite,
 * demo data and factor library loaded). Prints figures; asserts nothing. Goal (issue 28): < 300 ms for 100 lines.
 */
import os from 'node:os'
import { performance } from 'node:perf_hooks'
import { generate } from '../srv/external/mock/demo-data'
import { serveInMemory } from './http'

/** 100 items of the mock S/4HANA's demo orders, as one draft of Nordzement AG (DE) for plant 1010, EXW */
function draft(): unknown {
  const items = generate({ purchaseOrders: 60 }).A_PurchaseOrderItem.slice(0, 100)
  return {
    companyCode: '1010',
    supplier: '17300001',
    currency: 'EUR',
    incoterms: 'EXW',
    orderDate: '2026-11-20',
    items: items.map((i, n) => ({
      item: String((n + 1) * 10).padStart(5, '0'),
      material: i.Material,
      materialGroup: i.MaterialGroup,
      plant: '1010',
      quantity: i.OrderQuantity,
      unit: i.PurchaseOrderQuantityUnit,
      netPrice: i.NetPriceAmount,
      priceQuantity: i.NetPriceQuantity,
      netWeight: i.ItemNetWeight,
      weightUnit: i.ItemWeightUnit
    }))
  }
}

async function main(): Promise<void> {
  console.log(
    `machine: ${os.cpus().length} x ${os.cpus()[0].model}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node.js ${process.version}`
  )
  const server = await serveInMemory(4950 + Math.floor(Math.random() * 40))
  try {
    const order = draft()
    for (const alternatives of [true, false]) {
      const body = JSON.stringify({ order, alternatives })
      let lines = 0
      let listed = 0
      const call = async (): Promise<number> => {
        const t0 = performance.now()
        const res = await fetch(`${server.url}/odata/v4/emissions/previewPurchaseOrder`, {
          method: 'POST',
          body,
          headers: { 'content-type': 'application/json', authorization: 'Basic ' + Buffer.from('alice:').toString('base64') }
        })
        const json = (await res.json()) as { lines: Array<{ kgCO2e: string | null; alternatives: unknown[] }> }
        if (res.status !== 200) throw new Error(`unexpected answer ${res.status}: ${JSON.stringify(json)}`)
        lines = json.lines.length
        listed = json.lines.reduce((n, l) => n + l.alternatives.length, 0)
        return performance.now() - t0
      }
      await call() // warm-up: the attribution context is loaded once
      const times: number[] = []
      for (let i = 0; i < 20; i++) times.push(await call())
      times.sort((a, b) => a - b)
      console.log(
        `preview: 100 items (${lines} lines, ${listed} alternatives listed), alternatives ${alternatives ? 'on' : 'off'}, 20 calls: ` +
          `median ${Math.round(times[10])} ms, best ${Math.round(times[0])} ms, worst ${Math.round(times[19])} ms`
      )
    }
  } finally {
    server.stop()
  }
}

main().catch(e => {
  console.error(e)
  process.exit(1)
})
