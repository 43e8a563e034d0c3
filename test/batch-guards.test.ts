import cds from '@sap/cds'
import path from 'node:path'
import { expect } from 'chai'

/**
 * Guards inside `$batch` (issue 23): CAP hands each part to the service's router past the server's middleware, so the
 * per-request bounds are checked again for each part (srv/request-guards.ts checkPartOptions), and a batch has at most
 * `odata.batch_limit` parts (.cdsrc.json). A refused part fails alone; the others are answered.
 */
describe('Request safety: the per-request guards hold inside $batch', () => {
  const { POST, axios } = cds.test(path.join(__dirname, '..'))
  axios.defaults.validateStatus = () => true
  axios.defaults.auth = { username: 'alice', password: '' }
  const batch = async (requests: Array<{ url: string }>): Promise<{ status: number, data: any }> =>
    await POST('/odata/v4/emissions/$batch', { requests: requests.map((r, i) => ({ id: String(i + 1), method: 'GET', ...r })) }, { headers: { 'content-type': 'application/json' } })
  const statuses = (data: any): number[] => data.responses.sort((a: any, b: any) => Number(a.id) - Number(b.id)).map((r: any) => r.status)

  it('answers a good batch part by part', async () => {
    const { status, data } = await batch([{ url: 'PurchaseOrders?$top=1' }, { url: 'PurchaseOrders?$top=2&$skip=1' }])
    expect(status).to.equal(200)
    expect(statuses(data)).to.deep.equal([200, 200])
  })

  it('refuses a part whose $expand nests too deep, or whose $top or $skip is no non-negative integer or too large; the other parts are answered', async () => {
    const { status, data } = await batch([
      { url: 'PurchaseOrders?$top=1' },
      { url: 'PurchaseOrders?$expand=a($expand=b($expand=c($expand=d)))' }, // (CAP refuses the unknown navigation first)
      { url: 'PurchaseOrders?$top=-1' },
      { url: 'PurchaseOrders?$skip=99999999999999999999999' },
      { url: 'PurchaseOrders?$top=1' }
    ])
    expect(status).to.equal(200)
    expect(statuses(data)).to.deep.equal([200, 400, 400, 400, 200])
    const bodies = data.responses.sort((a: any, b: any) => Number(a.id) - Number(b.id)).slice(1, 4).map((r: any) => r.body.error)
    expect(bodies.map((e: any) => e.target)).to.deep.equal([undefined, '$top', '$skip'])
    // a real navigation nested four deep reaches the service, which refuses the part at $expand
    const deep = 'Attributions?$top=1&$expand=supersedes($expand=supersedes($expand=supersedes($expand=supersedes)))'
    const inventory = await POST('/odata/v4/inventory/$batch', { requests: [{ id: '1', method: 'GET', url: deep }, { id: '2', method: 'GET', url: 'Attributions?$top=1&$expand=supersedes' }] }, { headers: { 'content-type': 'application/json' } })
    const parts = inventory.data.responses.sort((a: any, b: any) => Number(a.id) - Number(b.id))
    expect(parts.map((r: any) => r.status)).to.deep.equal([400, 200])
    expect(parts[0].body.error).to.include({ target: '$expand', message: '$expand nests deeper than 3 levels' })
  })

  it('refuses a batch of more than 100 parts as a whole', async () => {
    const { status, data } = await batch(Array.from({ length: 101 }, () => ({ url: 'PurchaseOrders?$top=1' })))
    expect(status).to.equal(429)
    expect(data.error.message).to.match(/BATCH_TOO_MANY_REQ|too many/i)
    expect((await batch(Array.from({ length: 100 }, () => ({ url: 'PurchaseOrders?$top=1' })))).status).to.equal(200)
  })
})
