import cds from '@sap/cds'
import path from 'node:path'
import fs from 'node:fs'
import { parse } from 'csv-parse/sync'
import { Decimal, roundKg } from '../../srv/lib/common/decimal'
import { generate } from '../../srv/external/mock/demo-data'
import { upsertSupplier } from '../../srv/ingestion/purchase-order-sync'
import { applyOrders, orderLines } from '../helpers/purchase-orders'
import { epaFactor, usd2022 } from '../helpers/epa'
import { type PurchaseOrderDocuments } from '../../srv/lib/ingestion/s4-mapping'

/**
 * The estimate before the order (srv/reporting/purchase-order-estimate.ts): a requisition or order draft gets, line by
 * line, the figure its posting will get, and each item the suppliers or materials of the same kind that would emit
 * less; nothing is written.
 */
describe('Purchase order estimate: figures before the order, greener alternatives, supplier intensities', () => {
  const { POST, GET, expect, axios } = cds.test(path.join(__dirname, '..', '..'))
  axios.defaults.auth = { username: 'erin', password: '' }
  axios.defaults.validateStatus = (s: number) => s < 500
  const service = '/odata/v4/emissions'
  const preview = async (order: unknown, alternatives = true, user = 'erin'): Promise<any> =>
    await POST(`${service}/previewPurchaseOrder`, { order, alternatives }, { auth: { username: user, password: '' } })

  const root = path.join(__dirname, '..', '..', 'db')
  const csvOf = (file: string): any[] => parse(fs.readFileSync(path.join(root, 'data', file)), { columns: true })
  const footprint = (id: string): string => csvOf('scope3-EmissionFactors.csv').find(f => f.ID === id).value
  const share = '0.05' // settings: upstreamTransport.freightCostShare

  /** steel plate, as a buyer enters it: 10 t from Acier Rhône (FR), carriage paid by the supplier */
  const steel = (supplier: string, price: string, companyCode = '1010', plant = '1010'): unknown => ({
    companyCode,
    supplier,
    currency: 'EUR',
    incoterms: 'DAP',
    orderDate: '2026-11-20',
    items: [
      {
        material: 'ST-S355-PLATE',
        plant,
        quantity: '10000',
        unit: 'KG',
        netPrice: price,
        priceQuantity: '1',
        netWeight: '10000',
        weightUnit: 'KG'
      }
    ]
  })

  const counts = async (): Promise<number[]> => {
    const { Activities, Attributions, CalculationLog } = cds.entities('scope3')
    return await Promise.all(
      [Activities, Attributions, CalculationLog].map(async e => Number((await SELECT.one.from(e).columns('count(1) as n')).n))
    )
  }

  it('lists a supplier with a product footprint only where its figure is lower than the line’s', async () => {
    // Acier Rhône: spend-based (EPA 331110, purchaser price); Midwest Steel has a cradle-to-gate footprint of the plate
    const pcf = footprint('DEMO-SUPPLIER-PCF/17300003-ST-S355-PLATE')
    for (const price of ['0.25', '5']) {
      const { status, data } = await preview(steel('17300002', price))
      expect(status, JSON.stringify(data)).to.equal(200)
      const [goods, ...others] = data.lines
      expect(others).to.deep.equal([]) // DAP, spend-based: the carriage is in the price, no line of its own
      const amount = new Decimal(price).times(10000)
      const current = roundKg(usd2022(amount).times(epaFactor('331110')))
      expect(goods).to.include({ kind: 'goods', method: 'spend-based', factor: 'US-EPA-SCGHG-1.3/331110', category: 1 })
      expect(new Decimal(goods.kgCO2e).toString()).to.equal(current.toString())
      // from Midwest Steel: the footprint × 10 t, and the transport to the plant (not in a cradle-to-gate figure):
      // no lane from the US to plant 1010, so 5 % of the spend, EPA 484121
      const alternative = new Decimal(10000).times(pcf).plus(roundKg(usd2022(amount.times(share)).times(epaFactor('484121'))))
      const listed = goods.alternatives.find((a: any) => a.supplier === '17300003')
      if (alternative.lessThan(current)) {
        expect(listed, `${price} EUR/kg: ${alternative.toString()} < ${current.toString()}`).to.include({
          rank: 1,
          basis: 'supplier product footprint',
          method: 'supplier-specific',
          factor: 'DEMO-SUPPLIER-PCF/17300003-ST-S355-PLATE',
          supplierName: 'Midwest Steel Corp.',
          worseData: false
        })
        expect(new Decimal(listed.kgCO2e).toString()).to.equal(alternative.toString())
        expect(new Decimal(listed.savingKgCO2e).toString()).to.equal(current.minus(alternative).toString())
        expect(new Decimal(listed.dqScore).lessThan(goods.dqScore)).to.equal(true)
        expect(new Decimal(data.bestSavingKgCO2e).toString()).to.equal(current.minus(alternative).toString())
      } else {
        expect(listed, `${price} EUR/kg: ${alternative.toString()} ≥ ${current.toString()}`).to.equal(undefined)
        expect(goods.alternativesNote).to.match(/1 candidate for material ST-S355-PLATE: 0 lower, 0 the same, 1 higher/)
      }
    }
    // both cases happened: a cheap order beats the footprint, an expensive one does not
    const cheap = roundKg(usd2022(new Decimal('0.25').times(10000)).times(epaFactor('331110')))
    expect(cheap.lessThan(new Decimal(10000).times(pcf))).to.equal(true)
    const dear = roundKg(usd2022(new Decimal(5).times(10000)).times(epaFactor('331110')))
    expect(dear.greaterThan(new Decimal(10000).times(pcf).times(2))).to.equal(true)
  })

  it('ranks a lower figure from worse data after the line, with a caution, and explains ties of average data', async () => {
    // ordered from Midwest Steel itself (its footprint); Acier Rhône's spend figure of a cheap order is lower, on worse data
    const { data } = await preview(steel('17300003', '0.25'))
    const [goods] = data.lines
    expect(goods).to.include({ method: 'supplier-specific', factor: 'DEMO-SUPPLIER-PCF/17300003-ST-S355-PLATE' })
    const rhone = goods.alternatives.find((a: any) => a.supplier === '17300002')
    expect(rhone).to.include({ basis: 'average data', method: 'spend-based', worseData: true })
    expect(new Decimal(rhone.dqScore).greaterThan(goods.dqScore)).to.equal(true)
    expect(rhone.note).to.match(/its data is worse \(DQ .* against .*\): the difference may lie in the data/)
    expect(data.bestSavingKgCO2e, 'a saving on worse data is not the best alternative').to.equal(null)

    // road freight from Alpen Logistik or Baltic Freight: both spend-based with the same factor and price
    const freight = {
      companyCode: '1010',
      supplier: '17300005',
      currency: 'EUR',
      incoterms: 'DAP',
      orderDate: '2026-11-20',
      items: [{ material: 'FRT-ROAD', plant: '1010', quantity: '1', unit: 'ST', netAmount: '4000' }]
    }
    const { data: tie } = await preview(freight)
    expect(tie.lines[0].alternatives).to.deep.equal([])
    expect(tie.lines[0].alternativesNote).to.include('1 candidate for material FRT-ROAD: 0 lower, 1 the same, 0 higher')
    expect(tie.lines[0].alternativesNote).to.include(
      'the same average factor applies to them: they have no data of their own (supplier 17300009)'
    )
  })

  it('estimates what is unknown with a warning naming it, and refuses bad input with the field', async () => {
    const before = await counts()
    const { status, data } = await preview({
      companyCode: '1010',
      supplier: '99999999',
      orderDate: '2026-11-20',
      currency: 'EUR',
      items: [
        { material: 'NEW-MAT', materialGroup: 'ZPACK', plant: '9999', quantity: '100', unit: 'ST', netPrice: '2' },
        { material: 'CEM-I-425', plant: '1010', quantity: '1000', unit: 'KG', netPrice: '0.12' }
      ]
    })
    expect(status, JSON.stringify(data)).to.equal(200)
    expect(data.warnings.map((w: any) => [w.code, w.target])).to.deep.equal([['UNKNOWN_SUPPLIER', 'order/supplier']])
    const [newMat, cement] = data.lines.filter((l: any) => l.kind === 'goods')
    expect(newMat.warnings.map((w: any) => [w.code, w.target])).to.deep.include.members([
      ['UNKNOWN_MATERIAL', 'order/items[0]/material'],
      ['UNKNOWN_PLANT', 'order/items[0]/plant']
    ])
    // still estimated: the group's spend factor, 200 EUR
    expect(newMat).to.include({ method: 'spend-based', factor: 'US-EPA-SCGHG-1.3/322211', error: null })
    expect(new Decimal(newMat.kgCO2e).toString()).to.equal(roundKg(usd2022(200).times(epaFactor('322211'))).toString())
    expect(cement.warnings.map((w: any) => w.code)).to.include('MATERIAL_GROUP_OF_MATERIAL')
    // a line nothing can figure (no material, group, price or currency): its error, the other line its figure
    const { data: partly } = await preview({
      companyCode: '1010',
      orderDate: '2026-11-20',
      items: [
        { quantity: '5', unit: 'ST' },
        { material: 'RC-C30', plant: '1010', quantity: '10', unit: 'TO' }
      ]
    })
    const [unfigured, figured] = partly.lines.filter((l: any) => l.kind === 'goods')
    expect(unfigured.kgCO2e).to.equal(null)
    expect(unfigured.error.code, JSON.stringify(unfigured)).to.be.a('string')
    expect(unfigured.error.target).to.equal('order/items[0]')
    expect(figured).to.include({ error: null, method: 'average-data' })
    expect(await counts()).to.deep.equal(before)

    const bad: Array<[unknown, number, string]> = [
      [undefined, 400, 'order'],
      [{ items: [{ quantity: 1 }] }, 400, 'order/companyCode'],
      [{ companyCode: '1010', items: [] }, 400, 'order/items'],
      [{ companyCode: '0000', items: [{ quantity: 1 }] }, 400, 'order/companyCode'],
      [{ companyCode: '1010', items: [{ quantity: '-5' }] }, 400, 'order/items[0]/quantity'],
      [{ companyCode: '1010', items: [{ quantity: 1 }, { quantity: 'ten' }] }, 400, 'order/items[1]/quantity'],
      [{ companyCode: '1010', orderDate: 'tomorrow', items: [{ quantity: 1 }] }, 400, 'order/orderDate'],
      [{ companyCode: '1010', items: [{ item: '10' }, { item: '10' }] }, 400, 'order/items[1]/item']
    ]
    for (const [order, code, target] of bad) {
      const res = await preview(order)
      expect(res.status, JSON.stringify(order)).to.equal(code)
      expect(res.data.error.target ?? res.data.error.details?.[0]?.target, JSON.stringify(res.data)).to.equal(target)
    }
    const many = await preview({ companyCode: '1010', items: Array.from({ length: 1001 }, () => ({ quantity: 1 })) })
    expect(many.status).to.equal(400)
    expect(await counts()).to.deep.equal(before)
  })

  it('keeps a user limited to a company code in theirs: their company code only, and history of theirs only', async () => {
    // ella (ERP user of 1710): no estimate for 1010
    const foreign = await preview(steel('17300002', '1'), true, 'ella')
    expect(foreign.status).to.equal(403)
    expect(foreign.data.error.target).to.equal('order/companyCode')
    // Lone Star Chemicals (US) ordering plate for Palo Alto: Midwest Steel has a rule of its own; Acier Rhône was
    // bought from only by 1010, which ella does not see
    const order = steel('17300010', '1', '1710', '1710')
    const { data: all } = await preview(order, true, 'erin')
    expect(all.lines[0].alternativesNote).to.match(/^2 candidates for material ST-S355-PLATE/)
    const { status, data: own } = await preview(order, true, 'ella')
    expect(status).to.equal(200)
    expect(own.lines[0].alternativesNote).to.match(/^1 candidate for material ST-S355-PLATE/)
    expect(JSON.stringify(own)).to.not.include('17300002')
  })

  it('ranks the suppliers of a material group by emissions × uncertainty, with intensities and requests', async () => {
    const { Activities } = cds.entities('scope3')
    const lines = await SELECT.from(Activities)
      .columns((a: any) => {
        a.supplier_ID
        a.companyCode_code
        a.quantity
        a.unit_code
        a.amount
        a.currency_code
        a.current((c: any) => {
          c.kgCO2eLocation
          c.dqScore
          c.method_code
        })
      })
      .where({
        documentType: 'PurchaseOrderItem',
        materialGroup_code: 'ZSTEEL',
        status_code: { '!=': 'cancelled' },
        postingDate: { between: '2026-01-01', and: '2026-06-30' }
      })
    // a request already asking Acier Rhône for a footprint of its steel
    const { SupplierDataRequests } = cds.entities('scope3')
    const request = cds.utils.uuid()
    await INSERT.into(SupplierDataRequests).entries({ ID: request, supplier_ID: '17300002', materialGroup_code: 'ZSTEEL', status: 'sent' })
    const url = `${service}/supplierIntensities(materialGroup='ZSTEEL',fromDate=2026-01-01,toDate=2026-06-30)`
    for (const [user, codes] of [
      ['erin', undefined],
      ['ella', ['1710']]
    ] as const) {
      const { status, data } = await GET(url, { auth: { username: user, password: '' } })
      expect(status, JSON.stringify(data)).to.equal(200)
      const mine = lines.filter((l: any) => (!codes || (codes as readonly string[]).includes(l.companyCode_code)) && l.current)
      const suppliers = [...new Set(mine.map((l: any) => l.supplier_ID as string))]
      expect(data.value.map((r: any) => r.supplier).sort()).to.deep.equal(suppliers.sort())
      for (const row of data.value) {
        const own = mine.filter((l: any) => l.supplier_ID === row.supplier)
        const kg = own.reduce((s: Decimal, l: any) => s.plus(l.current.kgCO2eLocation), new Decimal(0))
        const qty = own.reduce((s: Decimal, l: any) => s.plus(l.quantity), new Decimal(0))
        const dq = own
          .reduce((s: Decimal, l: any) => s.plus(new Decimal(l.current.kgCO2eLocation).times(l.current.dqScore)), new Decimal(0))
          .div(kg)
          .toDecimalPlaces(2)
        const primary = own.filter((l: any) => l.current.method_code === 'supplier-specific').length === own.length ? 100 : 0
        expect(new Decimal(row.kgCO2e).toString()).to.equal(kg.toString())
        // the list's tonnes: the kg / 1000, half to even to 3 decimals
        expect(new Decimal(row.tCO2e).toFixed(3)).to.equal(kg.div(1000).toDecimalPlaces(3, Decimal.ROUND_HALF_EVEN).toFixed(3))
        expect(new Decimal(row.kgCO2ePerUnit).toString()).to.equal(kg.div(qty).toDecimalPlaces(6).toString())
        expect(row.unit).to.equal('KGM')
        expect(new Decimal(row.dqScore).toString()).to.equal(dq.toString())
        expect(Number(row.primaryDataPercent)).to.equal(primary)
        expect(new Decimal(row.askPriority).toString()).to.equal(kg.times(dq.minus(1)).div(4).toDecimalPlaces(6).toString())
      }
      const rhone = data.value.find((r: any) => r.supplier === '17300002')
      if (user === 'erin') expect(rhone).to.include({ openRequests: 1, requestStatus: 'sent', latestRequest: request })
      const priorities = data.value.map((r: any) => new Decimal(r.askPriority))
      expect(priorities.every((p: Decimal, i: number) => i === 0 || p.lte(priorities[i - 1]))).to.equal(true)
    }
    const missing = await GET(`${service}/supplierIntensities(materialGroup='ZSTEEL',fromDate=2026-06-30,toDate=2026-01-01)`)
    expect(missing.status).to.equal(400)

    // the same ranking as the entity set of the Supplier Intensity Ranking app: the fiscal year is the calendar year
    const year = (await GET(`${service}/supplierIntensities(materialGroup='ZSTEEL',fromDate=2026-01-01,toDate=2026-12-31)`)).data.value
    const ranking = `${service}/SupplierIntensityRanking`
    const { status, data: list } = await GET(
      `${ranking}?$filter=materialGroup_code eq 'ZSTEEL' and fiscalYear eq '2026'&$count=true&$top=1`
    )
    expect(status, JSON.stringify(list)).to.equal(200)
    expect(list['@odata.count']).to.equal(year.length)
    expect(list.value.map((r: any) => [r.supplier_ID, r.kgCO2e, r.tCO2e, r.askPriority])).to.deep.equal([
      [year[0].supplier, year[0].kgCO2e, year[0].tCO2e, year[0].askPriority]
    ])
    const byKg = (await GET(`${ranking}?$filter=materialGroup_code eq 'ZSTEEL' and fiscalYear eq '2026'&$orderby=kgCO2e asc`)).data.value
    const kgs = byKg.map((r: any) => new Decimal(r.kgCO2e))
    expect(kgs.every((k: Decimal, i: number) => i === 0 || k.gte(kgs[i - 1]))).to.equal(true)
    const one = await GET(`${ranking}(materialGroup_code='ZSTEEL',fiscalYear='2026',supplier_ID='17300003')`)
    expect(one.data).to.include({ supplier_ID: '17300003', supplierName: 'Midwest Steel Corp.', primaryDataPercent: '100.0' })
    for (const [query, target] of [
      ['', 'materialGroup_code'],
      ["?$filter=materialGroup_code eq 'ZSTEEL'", 'fiscalYear']
    ]) {
      const refused = await GET(`${ranking}${query}`)
      expect(refused.status).to.equal(400)
      expect(refused.data.error.target).to.equal(target)
    }
  })

  it('keeps a buyer’s draft and fills its figures on every read, as the estimate gives them', async () => {
    const erin = { auth: { username: 'erin', password: '' } }
    const { status, data: draft } = await POST(
      `${service}/OrderEstimates`,
      {
        title: 'Plate for Hamburg',
        companyCode_code: '1010',
        supplier_ID: '17300002',
        currency_code: 'EUR',
        incoterms: 'DAP',
        orderDate: '2026-11-20'
      },
      erin
    )
    expect(status, JSON.stringify(draft)).to.equal(201)
    const key = `(ID=${draft.ID as string},IsActiveEntity=false)`
    const empty = (await GET(`${service}/OrderEstimates${key}`, erin)).data
    expect(empty).to.include({ kgCO2e: null, estimateNote: 'not estimated yet: order/items: the order has no items' })
    const item = await POST(
      `${service}/OrderEstimates${key}/items`,
      {
        item: '00010',
        material_ID: 'ST-S355-PLATE',
        plant_code: '1010',
        quantity: 10000,
        unit: 'KG',
        netPrice: 5,
        netWeight: 10000,
        weightUnit: 'KG'
      },
      erin
    )
    expect(item.status, JSON.stringify(item.data)).to.equal(201)
    const expected = (await preview(steel('17300002', '5'))).data
    const check = async (k: string): Promise<void> => {
      const { data: header } = await GET(`${service}/OrderEstimates${k}`, erin)
      expect(new Decimal(header.kgCO2e).toString()).to.equal(new Decimal(expected.kgCO2e).toString())
      expect(new Decimal(header.bestSavingKgCO2e).toString()).to.equal(new Decimal(expected.bestSavingKgCO2e).toString())
      // the list's and header's tonnes: the exact kg / 1000, half to even to 3 decimals (by hand, not the helper)
      const tonnes = (kg: string): string => new Decimal(kg).dividedBy(1000).toDecimalPlaces(3, Decimal.ROUND_HALF_EVEN).toFixed(3)
      for (const [t, kg] of [
        ['tCO2e', 'kgCO2e'],
        ['tCO2eGoods', 'kgCO2eGoods'],
        ['tCO2eTransport', 'kgCO2eTransport'],
        ['tCO2eEnergy', 'kgCO2eEnergy'],
        ['bestSavingTCO2e', 'bestSavingKgCO2e']
      ])
        expect(new Decimal(header[t]).toFixed(3), t).to.equal(tonnes(expected[kg]))
      const { data: items } = await GET(`${service}/OrderEstimates${k}/items`, erin)
      const [line] = expected.lines
      expect(new Decimal(items.value[0].tCO2e).toFixed(3)).to.equal(tonnes(line.kgCO2e))
      expect(items.value[0]).to.include({ method: line.method, factor: line.factor, rule: line.rule, bestSupplier: '17300003' })
      expect(new Decimal(items.value[0].kgCO2e).toString()).to.equal(new Decimal(line.kgCO2e).toString())
      expect(items.value[0].alternativesText).to.match(
        /^1\. Midwest Steel Corp\.: .* kg CO2e \(−.* kg, −.* %\), supplier product footprint, DQ 1\.40$/
      )
    }
    await check(key)
    // saved: the active order estimate reads the same
    expect((await POST(`${service}/OrderEstimates${key}/EmissionsService.draftActivate`, {}, erin)).status).to.equal(201)
    await check(`(ID=${draft.ID as string},IsActiveEntity=true)`)
    // only buyers keep drafts; a user of another company code does not see them
    expect(
      (await POST(`${service}/OrderEstimates`, { companyCode_code: '1010' }, { auth: { username: 'carol', password: '' } })).status
    ).to.equal(403)
    expect(
      (await GET(`${service}/OrderEstimates(ID=${draft.ID as string},IsActiveEntity=true)`, { auth: { username: 'ella', password: '' } }))
        .status
    ).to.equal(404)
  })

  it('estimates each line of the demo purchase orders with the figure their posting gets, and writes nothing', async () => {
    const data = generate({ purchaseOrders: 40 })
    // the suppliers as the posting reads them from S/4HANA, known before both
    const known = new Set((await SELECT.from(cds.entities('scope3').Suppliers).columns('ID')).map((s: any) => s.ID))
    await cds.tx(async () => {
      for (const bp of data.A_BusinessPartner.filter(b => !known.has(b.BusinessPartner))) {
        const address = data.A_BusinessPartnerAddress.find(a => a.BusinessPartner === bp.BusinessPartner)
        await upsertSupplier({ ID: bp.BusinessPartner, name: bp.BusinessPartnerFullName, country: address.Country })
      }
    })
    const orders = data.A_PurchaseOrder.filter(po => po.PurchasingDocumentDeletionCode !== 'L')
    const before = await counts()
    const previews = new Map<string, any>()
    for (const po of orders) {
      const items = data.A_PurchaseOrderItem.filter(i => i.PurchaseOrder === po.PurchaseOrder)
      const { status, data: estimate } = await preview(
        {
          purchaseOrder: po.PurchaseOrder,
          companyCode: po.CompanyCode,
          supplier: po.Supplier,
          currency: po.DocumentCurrency,
          incoterms: po.IncotermsClassification,
          orderDate: po.PurchaseOrderDate,
          items: items.map(i => ({
            item: i.PurchaseOrderItem,
            material: i.Material,
            materialGroup: i.MaterialGroup,
            plant: i.Plant,
            description: i.PurchaseOrderItemText,
            quantity: i.OrderQuantity,
            unit: i.PurchaseOrderQuantityUnit,
            netPrice: i.NetPriceAmount,
            priceQuantity: i.NetPriceQuantity,
            currency: i.DocumentCurrency,
            netWeight: i.ItemNetWeight,
            weightUnit: i.ItemWeightUnit
          }))
        },
        po === orders[0]
      )
      expect(status, JSON.stringify(estimate)).to.equal(200)
      previews.set(po.PurchaseOrder, estimate)
    }
    expect(await counts(), 'the estimate writes nothing').to.deep.equal(before)

    // then the same orders are posted (as S/4HANA gives them before any goods receipt or invoice)
    const docs: PurchaseOrderDocuments[] = orders.map(po => ({
      header: po,
      items: data.A_PurchaseOrderItem.filter(i => i.PurchaseOrder === po.PurchaseOrder),
      goodsMovements: [],
      invoiceItems: []
    }))
    await applyOrders(...docs)
    let compared = 0
    const kinds = new Set<string>()
    for (const po of orders) {
      const estimate = previews.get(po.PurchaseOrder)
      const posted = await orderLines(
        po.PurchaseOrder,
        ['ghgScope'],
        ['kgCO2eLocation', 'kgCO2eMarket', 'category_code', 'method_code', 'factor_ID', 'dqScore', 'explanation']
      )
      const key = (l: { documentType: string; documentItem?: string; line?: string }): string =>
        `${l.documentType} ${l.documentItem ?? l.line}`
      expect(estimate.lines.map(key).sort(), po.PurchaseOrder).to.deep.equal(posted.map(key).sort())
      let total = new Decimal(0)
      for (const line of posted) {
        const e = estimate.lines.find((l: any) => key(l) === key(line))
        const c = line.current
        expect(e.kgCO2e == null, `${po.PurchaseOrder} ${key(line)}`).to.equal(c == null)
        if (!c) continue
        expect(new Decimal(e.kgCO2e).toString(), `${po.PurchaseOrder} ${key(line)}`).to.equal(new Decimal(c.kgCO2eLocation).toString())
        expect(new Decimal(e.kgCO2eMarket).toString()).to.equal(new Decimal(c.kgCO2eMarket).toString())
        expect(new Decimal(e.dqScore).toString()).to.equal(new Decimal(c.dqScore).toString())
        expect([e.category, e.method, e.factor, e.explanation]).to.deep.equal([c.category_code, c.method_code, c.factor_ID, c.explanation])
        total = total.plus(c.kgCO2eLocation)
        kinds.add(e.kind)
        compared++
      }
      expect(new Decimal(estimate.kgCO2e).toString()).to.equal(total.toString())
    }
    expect(compared).to.be.greaterThan(orders.length)
    expect([...kinds].sort()).to.deep.equal(['goods', 'transport'])
  })
})
