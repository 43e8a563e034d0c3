import { expect } from 'chai'
import { startMockS4, type MockS4 } from '../../helpers/s4-mock'
import { freePort } from '../../helpers/services'

const V2 = '/sap/opu/odata/sap'

/** the JSON parts of a multipart/mixed batch answer */
const batchParts = (text: string): unknown[] => [...text.matchAll(/^(\{.*\})\r?$/gm)].map(m => JSON.parse(m[1]))

describe('Mock S/4HANA: reads of entity sets answered without the OData V2 adapter', () => {
  let mock: MockS4
  before(async () => {
    mock = await startMockS4({ port: await freePort(), purchaseOrders: 30 })
  })
  after(async () => {
    await mock?.stop()
  })

  const get = async (p: string): Promise<any> => await (await fetch(`${mock.url}${V2}${p}`)).json()
  /** the same read through CAP's OData V2 adapter: a query option the direct reads leave to it (as S/4HANA takes sap-client) */
  const viaAdapter = async (p: string): Promise<any> => await get(`${p}${p.includes('?') ? '&' : '?'}sap-client=100`)

  const READS = [
    "/API_PURCHASEORDER_PROCESS_SRV/A_PurchaseOrderItem?$select=PurchaseOrder,PurchaseOrderItem,OrderQuantity,NetPriceAmount&$filter=(PurchaseOrder eq '4500000001' or PurchaseOrder eq '4500000002')&$orderby=PurchaseOrder asc,PurchaseOrderItem asc&$top=1000&$skip=0",
    '/API_PURCHASEORDER_PROCESS_SRV/A_PurchaseOrder?$top=3&$skip=4',
    "/API_PURCHASEORDER_PROCESS_SRV/A_PurchaseOrder?$select=PurchaseOrder,LastChangeDateTime&$filter=LastChangeDateTime ge datetimeoffset'2026-01-01T00:00:00Z'&$orderby=PurchaseOrder desc&$top=5&$inlinecount=allpages",
    "/API_MATERIAL_DOCUMENT_SRV/A_MaterialDocumentHeader?$filter=PostingDate ge datetime'2026-02-01T00:00:00' and not (MaterialDocumentYear eq '2025')&$top=4",
    '/API_SUPPLIERINVOICE_PROCESS_SRV/A_SupplierInvoice?$select=SupplierInvoice,FiscalYear,PostingDate,IsReversed,IsReversal&$filter=IsReversed eq false&$top=3',
    "/API_BUSINESS_PARTNER/A_BusinessPartnerAddress?$select=Country&$filter=BusinessPartner ne ''&$top=2"
  ]

  it('answers each read exactly as the V2 adapter does: values, V2 dates, decimals as text, keys, __metadata and deferred navigation', async () => {
    for (const read of READS) {
      const direct = await get(read)
      expect(direct.d?.results?.length, read).to.be.greaterThan(0)
      expect(direct, read).to.deep.equal(await viaAdapter(read))
    }
    // the direct reads answered these; the adapter the others
    const served = await mock.get('/mock/requests')
    expect(served['A_PurchaseOrder (direct)']).to.equal(2)
    expect(served.A_PurchaseOrder).to.equal(4)
  })

  it('answers a batch of reads (how CAP sends a GET with a long URL) with the same results as single reads', async () => {
    const read = READS[0]
    const body = `--batch1\r\nContent-Type: application/http\r\nContent-Transfer-Encoding: binary\r\n\r\nGET ${encodeURI(read.split('/').slice(2).join('/')).replace(/'/g, '%27')} HTTP/1.1\r\naccept: application/json\r\n\r\n\r\n--batch1--\r\n`
    const answer = await fetch(`${mock.url}${V2}/API_PURCHASEORDER_PROCESS_SRV/$batch`, {
      method: 'POST',
      headers: { 'content-type': 'multipart/mixed; boundary=batch1' },
      body
    })
    expect(answer.status).to.equal(202)
    expect(answer.headers.get('content-type')).to.match(/^multipart\/mixed; boundary=/)
    const text = await answer.text()
    expect((await mock.get('/mock/requests'))['A_PurchaseOrderItem (direct)']).to.equal(2)
    expect(text).to.match(/HTTP\/1\.1 200 OK/)
    expect(batchParts(text)).to.deep.equal([await viaAdapter(read)])
  })

  it('leaves what it does not cover to the adapter: functions in filters, single entities, unknown properties', async () => {
    const {
      d: { results: found }
    } = await get(
      "/API_PURCHASEORDER_PROCESS_SRV/A_PurchaseOrder?$filter=startswith(PurchaseOrder,'450000000') eq true&$select=PurchaseOrder&$top=100"
    )
    expect(found.map((r: any) => r.PurchaseOrder))
      .to.include('4500000009')
      .and.not.include('4500000010')
    const { d: order } = await get("/API_PURCHASEORDER_PROCESS_SRV/A_PurchaseOrder('4500000001')")
    expect(order.PurchaseOrder).to.equal('4500000001')
    const unknown = await fetch(`${mock.url}${V2}/API_PURCHASEORDER_PROCESS_SRV/A_PurchaseOrder?$filter=Nope eq 1`)
    expect(unknown.status).to.equal(400)
    expect((await unknown.json()).error.message.value).to.match(/Nope/)
  })
})
