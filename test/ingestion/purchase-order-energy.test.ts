import cds from '@sap/cds'
import path from 'node:path'
import { Decimal, roundKg } from '../../srv/lib/common/decimal'
import { type PurchaseOrderDocuments } from '../../srv/lib/ingestion/s4-mapping'
import { desnzValue } from '../helpers/desnz'
import { applyOrders, orderLines, purchaseOrder } from '../helpers/purchase-orders'

/**
 * Energy bought on purchase orders (srv/ingestion/purchase-order-energy.ts): an item of a material group that is fuel
 * or electricity is Scope 1 or 2 and has no Scope 3 figure; its upstream is category 3, derived as lines of its own
 * with the DESNZ factors. Expected figures from the DESNZ 2025 source rows.
 */
describe('Energy bought on purchase orders: Scope 1 or 2 itself, its upstream category 3', () => {
  const { GET, expect, axios } = cds.test(path.join(__dirname, '..', '..'))
  axios.defaults.auth = { username: 'sam', password: '' }
  axios.defaults.validateStatus = (s: number) => s < 500

  const dieselWtt = desnzValue('WTT- fuels › Liquid fuels › Diesel (average biofuel blend)', 'litres')
  const electricityUpstream = [
    'WTT- UK electricity › WTT- UK electricity (generation) › Electricity: UK › kWh',
    'Transmission and distribution › T&D- UK electricity › Electricity: UK › kWh',
    'WTT- UK electricity › WTT- UK electricity (T&D) › Electricity: UK › kWh'
  ].map(p => desnzValue(p, 'kWh'))

  const order = (po: string, incoterms: string, items: Array<Partial<PurchaseOrderDocuments['items'][number]>>): PurchaseOrderDocuments =>
    purchaseOrder(po, '17300001', incoterms, items)
  const diesel = { MaterialGroup: 'ZDIESEL', OrderQuantity: '2000', PurchaseOrderQuantityUnit: 'L', NetPriceAmount: '1.5' }
  const power = { MaterialGroup: 'ZPOWER', OrderQuantity: '50', PurchaseOrderQuantityUnit: 'MWH', NetPriceAmount: '180' }
  const apply = applyOrders
  const linesOf = async (po: string): Promise<any[]> =>
    await orderLines(
      po,
      ['ghgScope', 'quantity', 'unit_code'],
      ['kgCO2eLocation', 'category_code', 'method_code', 'factor_ID', 'isReversal']
    )

  before(async () => {
    const { MaterialGroups } = cds.entities('scope3')
    await INSERT.into(MaterialGroups).entries([
      { code: 'ZDIESEL', name: 'Diesel for the fleet', energyType: 'diesel' },
      { code: 'ZPOWER', name: 'Electricity', energyType: 'electricity' }
    ])
  })

  it("takes a diesel item out of Scope 3 and derives its well-to-tank: 2,000 L × DESNZ's factor, category 3, no transport", async () => {
    // EXW: the buyer pays the carriage, but a fuel's delivery is in its well-to-tank
    await apply(order('4500095001', 'EXW', [diesel]))
    const [item, ...derived] = await linesOf('4500095001')
    expect(item).to.include({ documentType: 'PurchaseOrderItem', ghgScope: 1 })
    expect(item.current, 'a Scope 1 item has no Scope 3 figure').to.equal(null)
    expect(derived.map(l => l.documentType)).to.deep.equal(['PO-ENERGY'])
    const [wtt] = derived
    expect(wtt).to.include({ documentItem: '00010/E1', derivedFrom_ID: item.ID, unit_code: 'LTR' })
    expect(wtt.derivation).to.match(/Scope 1.*well-to-tank is category 3/)
    expect(wtt.current).to.include({ category_code: 3, method_code: 'average-data' })
    expect(new Decimal(wtt.current.kgCO2eLocation).equals(new Decimal(2000).times(dieselWtt)), wtt.current.kgCO2eLocation).to.equal(true)
    const po = (await GET(`/odata/v4/emissions/PurchaseOrders('4500095001')?$expand=energy`)).data
    expect(po.kgCO2e).to.equal(roundKg(new Decimal(2000).times(dieselWtt)).toFixed(3))
    expect(Number(po.kgCO2eTransport ?? 0)).to.equal(0)
    expect(po.energy.map((l: any) => l.line)).to.deep.equal(['00010/E1'])
  })

  it("takes electricity out of Scope 3 and derives generation's upstream, grid losses and their upstream at a German plant (UK proxy, said)", async () => {
    await apply(order('4500095002', 'DAP', [power]))
    const [item, ...derived] = await linesOf('4500095002')
    expect(item).to.include({ ghgScope: 2 })
    expect(item.current).to.equal(null)
    expect(derived.map(l => l.documentItem)).to.deep.equal(['00010/E1', '00010/E2', '00010/E3'])
    const kWh = new Decimal(50).times(1000)
    derived.forEach((line, i) => {
      expect(line.current).to.include({ category_code: 3 })
      expect(new Decimal(line.current.kgCO2eLocation).equals(kWh.times(electricityUpstream[i])), `${line.documentItem as string}`).to.equal(
        true
      )
      expect(line.derivation).to.include('they apply to DE as a proxy')
    })
    const total = electricityUpstream.reduce((s, f) => s.plus(kWh.times(f)), new Decimal(0))
    const po = (await GET(`/odata/v4/emissions/PurchaseOrders('4500095002')`)).data
    expect(po.kgCO2e).to.equal(roundKg(total).toFixed(3))
  })

  it('moves the item back to Scope 3 when its group is no energy any more: the energy lines are cancelled, the item gets a figure', async () => {
    const { MaterialGroups } = cds.entities('scope3')
    await UPDATE(MaterialGroups, 'ZDIESEL').with({ energyType: null })
    await apply(order('4500095001', 'EXW', [diesel]))
    const [item, ...derived] = await linesOf('4500095001')
    const wtt = derived.find(l => l.documentType === 'PO-ENERGY')
    expect(item.ghgScope).to.equal(null)
    // a purchased good of an EXW order again: its transport is derived (from spend, no lane leads from this supplier)
    expect(derived.map(l => l.documentType)).to.include('PO-FREIGHT-SPEND')
    expect(item.current.category_code).to.equal(1)
    expect(wtt.status_code).to.equal('cancelled')
    expect(wtt.current.isReversal).to.equal(true)
    await UPDATE(MaterialGroups, 'ZDIESEL').with({ energyType: 'diesel' })
    await apply(order('4500095001', 'EXW', [diesel]))
    const [again, ...lines] = await linesOf('4500095001')
    expect(again.ghgScope).to.equal(1)
    expect(again.current.isReversal, 'its category 1 figure is reversed').to.equal(true)
    expect(lines.find(l => l.documentType === 'PO-FREIGHT-SPEND').status_code, 'and its transport with it').to.equal('cancelled')
    expect(lines.find(l => l.documentType === 'PO-ENERGY').status_code).to.not.equal('cancelled')
  })

  it('keeps energy it cannot price by quantity (pieces) a Scope 3 line of category 1, and says why in its lineage', async () => {
    await apply(order('4500095003', 'DAP', [{ ...diesel, OrderQuantity: '4', PurchaseOrderQuantityUnit: 'ST' }]))
    const [item, ...derived] = await linesOf('4500095003')
    expect(item.ghgScope).to.equal(null)
    expect(derived.filter(l => l.documentType === 'PO-ENERGY')).to.deep.equal([])
    expect(item.derivation).to.match(/^diesel: diesel is bought in units of energy, volume or mass, not /)
    expect(item.current.category_code).to.equal(1)
    const { data } = await GET(`/odata/v4/accounting/CurrentAttributions?$filter=activity_ID eq ${item.ID as string}&$select=lineage`)
    expect(data.value[0].lineage).to.include('derivation: diesel: diesel is bought in units of energy')
  })
})
