import cds from '@sap/cds'
import path from 'node:path'
import { expect } from 'chai'

/**
 * Guards inside `$batch` (issue 23): CAP hands each part to the service's router past the server's middleware, so the
 * per-request bounds are checked again for each part (srv/common/request-guards.ts checkPartOptions), and a batch has at most
 * `odata.batch_limit` parts (.cdsrc.json). A refused part fails alone; the others are answered.
 */
describe('Request safety: the per-request guards hold inside $batch', () => {
  const { POST, axios } = cds.test(path.join(__dirname, '..', '..'))
  axios.defaults.validateStatus = () => true
  axios.defaults.auth = { username: 'alice', password: '' }
  const batch = async (requests: Array<{ url: string }>): Promise<{ status: number; data: any }> =>
    await POST(
      '/odata/v4/emissions/$batch',
      { requests: requests.map((r, i) => ({ id: String(i + 1), method: 'GET', ...r })) },
      { headers: { 'content-type': 'application/json' } }
    )
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
    const bodies = data.responses
      .sort((a: any, b: any) => Number(a.id) - Number(b.id))
      .slice(1, 4)
      .map((r: any) => r.body.error)
    expect(bodies.map((e: any) => e.target)).to.deep.equal([undefined, '$top', '$skip'])
    // a real navigation nested four deep reaches the service, which refuses the part at $expand
    const deep = 'Attributions?$top=1&$expand=supersedes($expand=supersedes($expand=supersedes($expand=supersedes)))'
    const inventory = await POST(
      '/odata/v4/inventory/$batch',
      {
        requests: [
          { id: '1', method: 'GET', url: deep },
          { id: '2', method: 'GET', url: 'Attributions?$top=1&$expand=supersedes' }
        ]
      },
      { headers: { 'content-type': 'application/json' } }
    )
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

  it('refuses a part that asks for another format than JSON, without data; the other parts are answered', async () => {
    // a single request gets 400 at $format from the server's guard; a part never passes the server's middleware,
    // and CAP's OData parser refuses it with 501 Not Implemented before any handler runs
    const { status, data } = await batch([{ url: 'PurchaseOrders?$top=1&$format=xml' }, { url: 'PurchaseOrders?$top=1&$format=json' }])
    expect(status).to.equal(200)
    expect(statuses(data)).to.deep.equal([501, 200])
    expect(data.responses.find((r: any) => r.id === '1').body).not.to.have.property('value')
    const single = await axios.get('/odata/v4/emissions/PurchaseOrders?$top=1&$format=xml')
    expect(single.status).to.equal(400)
    expect(single.data.error.target).to.equal('$format')
  })

  it('bounds the estimate activities of a whole $batch as of a single call (10,000)', async () => {
    const activities = (n: number): unknown[] =>
      Array.from({ length: n }, (_, i) => ({
        ref: `a${i}`,
        amount: '100',
        currency: 'USD',
        spendYear: 2022,
        factor: { id: 'US-EPA-SCGHG-1.3/327310' }
      }))
    const part = (id: string, n: number): unknown => ({
      id,
      method: 'POST',
      url: 'estimate',
      headers: { 'content-type': 'application/json' },
      body: { activities: activities(n) }
    })
    const { status, data } = await POST(
      '/odata/v4/calculation/$batch',
      { requests: [part('1', 6000), part('2', 4000), part('3', 1)] },
      { headers: { 'content-type': 'application/json' } }
    )
    expect(status).to.equal(200)
    const parts = data.responses.sort((a: any, b: any) => Number(a.id) - Number(b.id))
    expect(parts.map((r: any) => r.status)).to.deep.equal([200, 200, 400])
    expect(parts[0].body.value).to.have.length(6000)
    expect(parts[2].body.error).to.include({ target: 'activities' })
    expect(parts[2].body.error.message).to.match(/at most 10000 activities per \$batch/)
  })
})
