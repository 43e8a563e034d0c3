import cds from '@sap/cds'
import path from 'node:path'
import fs from 'node:fs'
import { parse } from 'csv-parse/sync'
import { Decimal, roundKg } from '../../srv/lib/common/decimal'
import { desnzWtt } from '../helpers/desnz'
import { epaFactor, usd2022 } from '../helpers/epa'
import { applyOrders, orderLines, purchaseOrder } from '../helpers/purchase-orders'

/**
 * Upstream transport derived from purchasing (srv/ingestion/purchase-order-transport.ts): purchase order items whose incoterms make
 * the buyer pay the main carriage get a freight line per leg of their transport lane (distance-based, DESNZ), or one
 * estimated from spend (EPA) with a data-quality finding when the lane or the weight is missing; lanes are kept in
 * drafts, and saving one derives the plant's items again.
 */
describe('Upstream transport from purchase orders: incoterms, transport lanes, fallback with a finding', () => {
  const { GET, POST, PATCH, expect, axios } = cds.test(path.join(__dirname, '..', '..'))
  axios.defaults.auth = { username: 'sam', password: '' }
  axios.defaults.validateStatus = (s: number) => s < 500
  const admin = '/odata/v4/admin'

  const root = path.join(__dirname, '..', '..', 'db', 'sources')
  const desnz = new Map(
    (parse(fs.readFileSync(path.join(root, 'DESNZ_GHG_conversion_factors_2025_flat_v1.csv')), { columns: true, bom: true }) as any[])
      .filter(r => r['GHG/Unit'] === 'kg CO2e' && r.UOM === 'tonne.km')
      .map(r => [[r['Level 1'], r['Level 2'], r['Level 3'], r['Level 4'], r['Column Text']].filter(Boolean).join(' › '), r])
  )
  /**
   * per tonne.km: tank-to-wheel plus DESNZ's well-to-tank of the same mode ("WTT- delivery vehs & freight"), which the
   * policy includes by default
   */
  const withWtt = (row: Record<string, string>): Decimal => new Decimal(row['GHG Conversion Factor 2025']).plus(desnzWtt(row.ID))
  const roadFactor = withWtt(desnz.get('Freighting goods › HGV (all diesel) › All HGVs › Average laden'))
  const seaFactor = withWtt(desnz.get('Freighting goods › Cargo ship › Container ship › Average'))

  const order = purchaseOrder
  const cement = {
    Material: 'CEM-I-425',
    MaterialGroup: 'ZCEMENT',
    OrderQuantity: '12000',
    PurchaseOrderQuantityUnit: 'KG',
    NetPriceAmount: '0.12',
    ItemNetWeight: '12000',
    ItemWeightUnit: 'KG'
  }
  /** corrugated boxes without a supplier footprint: spend-based (EPA 322211) */
  const boxes = {
    MaterialGroup: 'ZPACK',
    OrderQuantity: '1000',
    PurchaseOrderQuantityUnit: 'KG',
    NetPriceAmount: '2',
    ItemNetWeight: '1000',
    ItemWeightUnit: 'KG'
  }
  const apply = applyOrders
  const linesOf = async (po: string): Promise<any[]> =>
    await orderLines(
      po,
      ['transportMode', 'transportMass', 'distance', 'amount', 'currency_code'],
      ['ID', 'kgCO2eLocation', 'category_code', 'method_code', 'factor_ID', 'lineage', 'isReversal'],
      { documentType: { in: ['PO-FREIGHT', 'PO-FREIGHT-SPEND'] } },
      ['documentType', 'documentItem']
    )
  const findingsOf = async (activity: string): Promise<any[]> =>
    (await GET(`/odata/v4/accounting/Findings?$filter=activity_ID eq ${activity}`, { auth: { username: 'carol', password: '' } })).data
      .value

  /** a lane as the Manage Transport Lanes app saves it: a draft, its legs, activation */
  async function lane(
    fields: Record<string, unknown>,
    legs: Array<{ mode: string; distanceKm: string | number }>
  ): Promise<{ status: number; data: any }> {
    const draft = await POST(`${admin}/TransportLanes`, { active: true, validFrom: '2025-01-01', ...fields })
    expect(draft.status, JSON.stringify(draft.data)).to.equal(201)
    const at = `${admin}/TransportLanes(ID=${draft.data.ID as string},IsActiveEntity=false)`
    for (const [i, leg] of legs.entries()) expect((await POST(`${at}/legs`, { sequence: i + 1, ...leg })).status).to.equal(201)
    return await POST(`${at}/AdminService.draftActivate`, {})
  }

  before(async () => {
    expect(
      (await lane({ name: 'DE → Hamburg', supplierCountry_code: 'DE', plant_code: '1010' }, [{ mode: 'road', distanceKm: 290 }])).status
    ).to.equal(201)
    expect(
      (
        await lane({ name: 'CN → Hamburg by sea', supplierCountry_code: 'CN', plant_code: '1010' }, [
          { mode: 'road', distanceKm: 60 },
          { mode: 'sea-container', distanceKm: 19800 },
          { mode: 'road', distanceKm: 15 }
        ])
      ).status
    ).to.equal(201)
  })

  it("derives an EXW item's road transport from its lane and weight: 12 t × 290 km × the DESNZ HGV factor, category 4, with the lineage", async () => {
    await apply(order('4500090001', '17300001', 'EXW', [cement]))
    const [line] = await linesOf('4500090001')
    expect(line).to.include({
      documentType: 'PO-FREIGHT',
      documentItem: '00010/1',
      status_code: 'provisional',
      transportMode: 'ROAD',
      activityCode: '27_304_3140_14_1'
    })
    expect([Number(line.transportMass), Number(line.distance)]).to.deep.equal([12000, 290])
    expect(line.current).to.include({ category_code: 4, method_code: 'distance-based', factor_ID: 'UK-DESNZ-2025/27_304_3140_14_1' })
    expect(new Decimal(line.current.kgCO2eLocation).toString()).to.equal(roundKg(new Decimal(12).times(290).times(roadFactor)).toString())
    expect(line.derivation).to.match(
      /^incoterms EXW \(buyer pays the main carriage\); lane DE → Hamburg \(.+\) from supplier 17300001 \(DE\) to plant 1010, leg 1: road 290 km; 12000 kg \(net weight of the purchase order item\) = 3480 t.km$/
    )
    const { Activities } = cds.entities('scope3')
    const item = await SELECT.one.from(Activities).where({ documentNumber: '4500090001', documentType: 'PurchaseOrderItem' })
    expect(line.derivedFrom_ID).to.equal(item.ID)
    expect(item).to.include({ incoterms: 'EXW' })
    expect(await findingsOf(line.ID)).to.deep.equal([])
    // the purchase order's figure holds its items and the transport it pays, the transport on its own as well
    const po = (
      await GET("/odata/v4/emissions/PurchaseOrders('4500090001')?$expand=transport", { auth: { username: 'erin', password: '' } })
    ).data
    expect(po).to.include({ itemCount: 1, supplier_ID: '17300001' })
    expect(Number(po.kgCO2eTransport)).to.equal(Number(roundKg(new Decimal(12).times(290).times(roadFactor)).toFixed(3)))
    expect(po.transport.map((t: any) => t.line)).to.deep.equal(['00010/1'])
    // the goods apart (the item's figure to the gram), and the total their sum; in tonnes for the app's lists
    const [goods] = await orderLines('4500090001', [], ['kgCO2eLocation'], { documentType: 'PurchaseOrderItem' })
    expect(po.kgCO2eGoods).to.equal(new Decimal(goods.current.kgCO2eLocation).toFixed(3, Decimal.ROUND_HALF_EVEN))
    expect(po.kgCO2eEnergy).to.equal('0.000')
    // each part rounded from its exact sum, the total from the exact sum of all lines
    expect(po.kgCO2e).to.equal(
      new Decimal(goods.current.kgCO2eLocation).plus(line.current.kgCO2eLocation).toFixed(3, Decimal.ROUND_HALF_EVEN)
    )
    // (the service gives tonnes to its 3 decimals)
    expect(new Decimal(po.tCO2e).minus(new Decimal(po.kgCO2e).dividedBy(1000)).abs().lte('0.0005'), po.tCO2e).to.equal(true)
  })

  it('derives nothing where the seller pays the carriage into a spend figure (DAP, CIF...) or nothing is shipped (a service in days)', async () => {
    await apply(
      order('4500090002', '17300001', 'DAP', [boxes]),
      order('4500090003', '17300001', 'CIF', [boxes]),
      order('4500090004', '17300001', 'FCA', [
        {
          Material: 'IT-CONSULT',
          MaterialGroup: 'ZITSERV',
          OrderQuantity: '5',
          PurchaseOrderQuantityUnit: 'TAG',
          NetPriceAmount: '1150',
          ItemNetWeight: '0',
          ItemWeightUnit: 'KG'
        }
      ])
    )
    for (const po of ['4500090002', '4500090003', '4500090004']) expect(await linesOf(po), po).to.deep.equal([])
  })

  it("derives the inbound transport of a cradle-to-gate item whoever pays: the supplier's footprint stops at its gate", async () => {
    // Nordzement's cement has a supplier PCF (cradle-to-gate): under DAP the supplier pays the carriage, which the
    // footprint does not hold; the GHG Protocol counts it in category 4 by the leg, not by the payer
    await apply(order('4500090008', '17300001', 'DAP', [cement]))
    const [line] = await linesOf('4500090008')
    expect(line).to.include({ documentType: 'PO-FREIGHT', transportMode: 'ROAD' })
    expect(line.derivation).to.match(
      /^incoterms DAP, but the item's figure is cradle-to-gate: its transport to the plant is category 4 whoever pays; lane DE → Hamburg/
    )
    expect(new Decimal(line.current.kgCO2eLocation).toString()).to.equal(roundKg(new Decimal(12).times(290).times(roadFactor)).toString())
    // Midwest Steel's plate (a supplier footprint too), DAP from the US, where no lane leads yet: estimated from spend
    await apply(
      order(
        '4500090009',
        '17300003',
        'DAP',
        [
          {
            Material: 'ST-S355-PLATE',
            MaterialGroup: 'ZSTEEL',
            OrderQuantity: '2000',
            PurchaseOrderQuantityUnit: 'KG',
            NetPriceAmount: '1.1',
            ItemNetWeight: '2000',
            ItemWeightUnit: 'KG'
          }
        ],
        '2026-05-10'
      )
    )
    expect((await linesOf('4500090009')).map(l => [l.documentType, l.status_code])).to.deep.equal([['PO-FREIGHT-SPEND', 'provisional']])
  })

  it('makes a line per leg of a multi-leg lane; their sum is the transport', async () => {
    await apply(order('4500090005', '17300004', 'FOB', [{ ...cement, ItemNetWeight: '2', ItemWeightUnit: 'TO' }]))
    const lines = await linesOf('4500090005')
    expect(lines.map(l => [l.documentItem, l.transportMode, Number(l.distance)])).to.deep.equal([
      ['00010/1', 'ROAD', 60],
      ['00010/2', 'SEA-CONT', 19800],
      ['00010/3', 'ROAD', 15]
    ])
    const expected = [
      roundKg(new Decimal(2).times(60).times(roadFactor)),
      roundKg(new Decimal(2).times(19800).times(seaFactor)),
      roundKg(new Decimal(2).times(15).times(roadFactor))
    ]
    expect(lines.map(l => new Decimal(l.current.kgCO2eLocation).toString())).to.deep.equal(expected.map(e => e.toString()))
  })

  it('falls back to spend with a finding where no lane leads to the plant, and moves to the lane once one is saved', async () => {
    // Kansai Electronics (JP): no lane from Japan to plant 1010 yet; 400 pieces without a weight in the material master
    await apply(
      order('4500090006', '17300007', 'EXW', [
        {
          Material: 'PCB-X',
          MaterialGroup: 'ZELEC',
          OrderQuantity: '400',
          PurchaseOrderQuantityUnit: 'ST',
          NetPriceAmount: '20',
          ItemNetWeight: '48',
          ItemWeightUnit: 'KG'
        }
      ])
    )
    const [spend] = await linesOf('4500090006')
    expect(spend).to.include({ documentType: 'PO-FREIGHT-SPEND', documentItem: '00010/1', currency_code: 'EUR', activityCode: '484121' })
    expect(Number(spend.amount)).to.equal(400)
    expect(spend.current).to.include({ category_code: 4, method_code: 'spend-based', factor_ID: 'US-EPA-SCGHG-1.3/484121' })
    // 5% of 8,000 EUR, at the 2026 rate into USD, deflated to 2022 USD, × the EPA factor
    expect(new Decimal(spend.current.kgCO2eLocation).toString()).to.equal(roundKg(usd2022(400).times(epaFactor('484121'))).toString())
    const [finding] = await findingsOf(spend.ID)
    expect(finding).to.include({
      findingType: 'missingLane',
      status: 'open',
      severity: 'medium',
      fiscalYear: 2026,
      fiscalPeriod: 3,
      companyCode_code: '1010'
    })
    expect(finding.proposal).to.equal('maintain a transport lane from supplier 17300007 or country JP to plant 1010')
    // the period's readiness names the open finding (not blocking: the policy lets the close go on)
    await POST(
      '/odata/v4/period-close/FiscalPeriods',
      { companyCode_code: '1010', fiscalYear: 2026, fiscalPeriod: 3 },
      { auth: { username: 'carol', password: '' } }
    )
    const checks = (
      await GET("/odata/v4/period-close/FiscalPeriods(companyCode_code='1010',fiscalYear=2026,fiscalPeriod=3)/runChecks()", {
        auth: { username: 'carol', password: '' }
      })
    ).data.value
    expect(checks.find((c: any) => c.check === 'openDataQualityFindings')).to.include({
      passed: true,
      count: 0,
      message: '1 open data-quality finding(s), 0 of them blocking the close (the policy says which block)'
    })

    // a lane by air for this supplier: saving it replaces the estimate by three distance-based legs
    const saved = await lane(
      { name: 'Kansai Electronics by air', supplier_ID: '17300007', plant_code: '1010', carrier: 'Kansai Air Cargo' },
      [
        { mode: 'road', distanceKm: 50 },
        { mode: 'air', distanceKm: 9000 },
        { mode: 'road', distanceKm: 20 }
      ]
    )
    expect(saved.status, JSON.stringify(saved.data)).to.equal(201)
    const after = await linesOf('4500090006')
    expect(after.map(l => [l.documentType, l.documentItem, l.status_code])).to.deep.equal([
      ['PO-FREIGHT', '00010/1', 'provisional'],
      ['PO-FREIGHT', '00010/2', 'provisional'],
      ['PO-FREIGHT', '00010/3', 'provisional'],
      ['PO-FREIGHT-SPEND', '00010/1', 'cancelled']
    ])
    // JP → DE: neither end in the UK, DESNZ's international to/from non-UK freight flight
    const airFactor = withWtt(desnz.get('Freighting goods › Freight flights › International, to/from non-UK › With RF'))
    expect(new Decimal(after[1].current.kgCO2eLocation).toString()).to.equal(
      roundKg(new Decimal('0.048').times(9000).times(airFactor)).toString()
    )
    // the estimate is reversed, not deleted; its finding is resolved
    expect(after[3].current).to.include({ isReversal: true })
    expect((await findingsOf(spend.ID))[0]).to.include({ status: 'resolved' })
  })

  it("falls back to the mode's spend factor when the lane is known but no weight is", async () => {
    await apply(
      order('4500090007', '17300004', 'FCA', [
        { Material: 'GADGET-9', MaterialGroup: 'ZELEC', OrderQuantity: '100', PurchaseOrderQuantityUnit: 'ST', NetPriceAmount: '10' }
      ])
    )
    const [spend] = await linesOf('4500090007')
    // the longest leg of the CN lane is by sea: EPA deep sea freight
    expect(spend).to.include({ documentType: 'PO-FREIGHT-SPEND', transportMode: 'SEA-CONT', activityCode: '483111' })
    expect(Number(spend.amount)).to.equal(50)
    expect((await findingsOf(spend.ID))[0]).to.include({ findingType: 'missingWeight', status: 'open' })
  })

  it("counts transport once: an item whose transport has its own lines takes EPA's producer price, a spend estimate leaves the item's spend", async () => {
    const { Activities } = cds.entities('scope3')
    const itemOf = async (po: string): Promise<any> =>
      await SELECT.one
        .from(Activities)
        .columns((a: any) => {
          a.ID
          a.amount
          a.current((c: any) => {
            c.kgCO2eLocation
            c.category_code
            c.method_code
            c.factor_ID
            c.lineage
          })
        })
        .where({ documentNumber: po, documentType: 'PurchaseOrderItem' })
    // 2,000 EUR of packaging in 2026, as 2022 USD (demo rate and US CPI): the spend that EPA's factors take
    const withMargins = epaFactor('322211')
    const withoutMargins = epaFactor('322211', 'without')
    expect(new Decimal(withoutMargins).lessThan(withMargins)).to.equal(true)

    // DAP: the supplier pays the carriage, which is in the price: purchaser price, "with margins"
    await apply(order('4500090011', '17300001', 'DAP', [boxes]))
    const dap = await itemOf('4500090011')
    expect(dap.current).to.include({ category_code: 1, method_code: 'spend-based', factor_ID: 'US-EPA-SCGHG-1.3/322211' })
    expect(new Decimal(dap.current.kgCO2eLocation).toString()).to.equal(roundKg(usd2022(2000).times(withMargins)).toString())

    // EXW with a lane and a weight: the road leg is category 4, the goods at producer price, "without margins"
    await apply(order('4500090012', '17300001', 'EXW', [boxes]))
    const exw = await itemOf('4500090012')
    expect(new Decimal(exw.current.kgCO2eLocation).toString()).to.equal(roundKg(usd2022(2000).times(withoutMargins)).toString())
    expect(JSON.parse(exw.current.lineage).join('\n')).to.contain(
      `EPA's "without margins" column ${withoutMargins} instead of "with margins" ${withMargins}`
    )

    // EXW from the US, no lane to the plant: 5 % of the value is the transport's spend (category 4), the rest the goods'
    await apply(order('4500090013', '17300003', 'EXW', [boxes]))
    const [estimate] = await linesOf('4500090013')
    expect(Number(estimate.amount)).to.equal(100)
    expect(estimate).to.include({ documentType: 'PO-FREIGHT-SPEND' })
    const us = await itemOf('4500090013')
    expect(new Decimal(us.current.kgCO2eLocation).toString()).to.equal(roundKg(usd2022(1900).times(withoutMargins)).toString())
    expect(JSON.parse(us.current.lineage).join('\n')).to.contain("moved out of the item's spend: 2000 − 100 = 1900 EUR")
    // the spend of goods and transport adds up to the item's value: nothing counted twice, nothing lost
    expect(new Decimal(us.amount).toString()).to.equal('2000')

    // a lane saved later replaces the estimate by distance-based legs: the item takes its whole spend again
    expect(
      (await lane({ name: 'Midwest by sea', supplier_ID: '17300003', plant_code: '1010' }, [{ mode: 'sea-container', distanceKm: 7000 }]))
        .status
    ).to.equal(201)
    const after = await itemOf('4500090013')
    expect(new Decimal(after.current.kgCO2eLocation).toString()).to.equal(roundKg(usd2022(2000).times(withoutMargins)).toString())
    // the same lane reaches the seller-paid plate with a supplier footprint (cradle-to-gate): derived again by distance
    expect((await linesOf('4500090009')).map(l => [l.documentType, l.status_code, Number(l.distance ?? 0)])).to.deep.equal([
      ['PO-FREIGHT', 'provisional', 7000],
      ['PO-FREIGHT-SPEND', 'cancelled', 0]
    ])
  })

  it('is idempotent, and cancels the transport with its item', async () => {
    const { Activities, Attributions } = cds.entities('scope3')
    const count = async (entity: any): Promise<number> => Number((await SELECT.one.from(entity).columns('count(1) as n')).n)
    const before = [await count(Activities), await count(Attributions)]
    await apply(
      order('4500090001', '17300001', 'EXW', [cement]),
      order('4500090005', '17300004', 'FOB', [{ ...cement, ItemNetWeight: '2', ItemWeightUnit: 'TO' }])
    )
    expect([await count(Activities), await count(Attributions)]).to.deep.equal(before)
    // the buyer no longer pays the carriage, into a spend figure: the transport line is reversed
    await apply(order('4500090001', '17300001', 'DDP', [boxes]))
    const [line] = await linesOf('4500090001')
    expect(line).to.include({ status_code: 'cancelled' })
    expect(line.current).to.include({ isReversal: true })
    expect(Number(line.current.kgCO2eLocation)).to.equal(0)
  })

  it('refuses bad lanes at the field: both a supplier and a country, no legs, a negative distance, an overlapping lane', async () => {
    const activate = async (fields: Record<string, unknown>, legs: Array<{ mode: string; distanceKm: number }>): Promise<any> => {
      const { status, data } = await lane(fields, legs)
      expect(status).to.equal(400)
      return [data.error, ...(data.error.details ?? [])].map((e: any) => [e.target, e.message])
    }
    expect(
      await activate({ name: 'both', supplier_ID: '17300001', supplierCountry_code: 'DE', plant_code: '1020' }, [
        { mode: 'road', distanceKm: 10 }
      ])
    ).to.deep.include(['in/supplierCountry_code', 'A lane starts either at a supplier or at a supplier country (any supplier there)'])
    expect(await activate({ name: 'no legs', supplierCountry_code: 'FR', plant_code: '1020' }, [])).to.deep.include([
      'in/legs',
      'A lane has at least one leg: add its mode and distance'
    ])
    const negative = await activate({ name: 'negative', supplierCountry_code: 'FR', plant_code: '1020' }, [
      { mode: 'road', distanceKm: -5 }
    ])
    expect(negative.map((m: any) => m[1])).to.include('A leg is between 0.1 and 40,000 km long')
    expect(
      await activate({ name: 'again', supplierCountry_code: 'DE', plant_code: '1010' }, [{ mode: 'rail', distanceKm: 300 }])
    ).to.deep.include([
      'in/validFrom',
      'Lane DE → Hamburg has the same start and plant on overlapping dates: end it first or change the dates'
    ])
    // controllers and auditors read lanes, only sustainability admins change them
    expect(
      (await GET(`${admin}/TransportLanes?$filter=IsActiveEntity eq true`, { auth: { username: 'audrey', password: '' } })).data.value
        .length
    ).to.be.greaterThan(2)
    expect((await POST(`${admin}/TransportLanes`, { name: 'x' }, { auth: { username: 'audrey', password: '' } })).status).to.equal(403)
    expect(
      (
        await PATCH(
          `${admin}/TransportLanes(ID=${cds.utils.uuid()},IsActiveEntity=false)`,
          { name: 'x' },
          { auth: { username: 'audrey', password: '' } }
        )
      ).status
    ).to.be.oneOf([403, 404])
  })
})
