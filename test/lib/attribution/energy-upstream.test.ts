import { expect } from 'chai'
import { energyUpstream, ENERGY_LINE, ENERGY_TYPES } from '../../../srv/lib/attribution/energy-upstream'

describe('Energy bought on purchase orders: its upstream as category 3 lines (srv/lib/attribution/energy-upstream.ts)', () => {
  it('takes a fuel out of Scope 3 (Scope 1) and derives its well-to-tank in the factor unit of its dimension', () => {
    const diesel = energyUpstream({ documentItem: '00010', energyType: 'diesel', quantity: '2000.000', unit: 'LTR', dimension: 'volume' })
    expect(diesel.scope).to.equal(1)
    expect(diesel.lines).to.have.length(1)
    expect(diesel.lines[0]).to.include({
      documentItem: '00010/E1',
      factorPath: 'WTT- fuels › Liquid fuels › Diesel (average biofuel blend)',
      factorUnit: 'LTR',
      quantity: '2000',
      unit: 'LTR'
    })
    expect(diesel.lines[0].derivation).to.match(/Scope 1.*category 3/)
    // natural gas by volume is priced per cubic metre, fuels by energy per kWh (gross CV), by mass per tonne
    expect(
      energyUpstream({ documentItem: '1', energyType: 'natural-gas', quantity: '5', unit: 'MTQ', dimension: 'volume' }).lines[0].factorUnit
    ).to.equal('MTQ')
    expect(
      energyUpstream({ documentItem: '1', energyType: 'natural-gas', quantity: '5', unit: 'MWH', dimension: 'energy' }).lines[0].factorUnit
    ).to.equal('KWH')
    expect(
      energyUpstream({ documentItem: '1', energyType: 'fuel-oil', quantity: '5', unit: 'KGM', dimension: 'mass' }).lines[0].factorUnit
    ).to.equal('TNE')
  })

  it("takes electricity out of Scope 3 (Scope 2) and derives generation's upstream, grid losses and their upstream, the UK's as a proxy elsewhere", () => {
    const power = energyUpstream({
      documentItem: '00020',
      energyType: 'electricity',
      quantity: '50',
      unit: 'MWH',
      dimension: 'energy',
      plantCountry: 'DE'
    })
    expect(power.scope).to.equal(2)
    expect(power.lines.map(l => l.documentItem)).to.deep.equal(['00020/E1', '00020/E2', '00020/E3'])
    expect(power.lines.map(l => l.factorPath)).to.deep.equal([
      'WTT- UK electricity › WTT- UK electricity (generation) › Electricity: UK › kWh',
      'Transmission and distribution › T&D- UK electricity › Electricity: UK › kWh',
      'WTT- UK electricity › WTT- UK electricity (T&D) › Electricity: UK › kWh'
    ])
    expect(power.lines.every(l => l.factorUnit === 'KWH' && l.quantity === '50' && l.unit === 'MWH')).to.equal(true)
    for (const l of power.lines)
      expect(l.derivation).to.include('assumption: DESNZ has upstream and grid-loss factors for UK electricity only: they apply to DE')
    const uk = energyUpstream({
      documentItem: '1',
      energyType: 'electricity',
      quantity: '1',
      unit: 'KWH',
      dimension: 'energy',
      plantCountry: 'GB'
    })
    expect(uk.lines[0].derivation).to.not.include('assumption')
  })

  it('derives nothing, and keeps the item in Scope 3, where the quantity cannot be priced: it says why', () => {
    for (const item of [
      { energyType: 'diesel', quantity: null, unit: 'LTR', dimension: 'volume' },
      { energyType: 'diesel', quantity: '0', unit: 'LTR', dimension: 'volume' },
      { energyType: 'electricity', quantity: '10', unit: 'LTR', dimension: 'volume' },
      { energyType: 'petrol', quantity: '10', unit: 'EA', dimension: 'count' },
      { energyType: 'coal', quantity: '10', unit: 'TNE', dimension: 'mass' }
    ]) {
      const derived = energyUpstream({ documentItem: '1', ...item })
      expect(derived.scope, JSON.stringify(item)).to.equal(undefined)
      expect(derived.lines).to.deep.equal([])
      expect(derived.problem).to.be.a('string')
    }
  })

  it('names the energy types of the DESNZ well-to-tank table and electricity, and its own document type', () => {
    expect([...ENERGY_TYPES].sort()).to.deep.equal(['diesel', 'electricity', 'fuel-oil', 'lpg', 'natural-gas', 'petrol'])
    expect(ENERGY_LINE).to.equal('PO-ENERGY')
  })
})
