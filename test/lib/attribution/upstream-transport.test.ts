import { expect } from 'chai'
import {
  upstreamTransport,
  laneFor,
  weightOf,
  BUYER_PAID_INCOTERMS,
  SELLER_PAID_INCOTERMS,
  type Lane,
  type PurchasedItem
} from '../../../srv/lib/attribution/upstream-transport'
import { FREIGHT_MODES } from '../../../srv/lib/factors/activity-templates'

describe('upstream transport from purchase order items (incoterms, lanes, weights)', () => {
  const item = (extra: Partial<PurchasedItem> = {}): PurchasedItem => ({
    documentNumber: '4500000001',
    documentItem: '00010',
    postingDate: '2026-03-10',
    incoterms: 'EXW',
    supplier: 'S1',
    supplierCountry: 'DE',
    plant: '1010',
    plantCountry: 'DE',
    netWeightKg: '12000',
    amount: '8000.00',
    currency: 'EUR',
    ...extra
  })
  const lane = (extra: Partial<Lane> = {}): Lane => ({
    ID: 'L-DE',
    name: 'DE → Hamburg',
    supplierCountry: 'DE',
    plant: '1010',
    legs: [{ sequence: 1, mode: 'road', distanceKm: '290' }],
    ...extra
  })
  const options = { freightCostShare: '0.05' }

  it("counts the E and F incoterms as buyer-paid main carriage, the C and D terms as the seller's", () => {
    for (const terms of BUYER_PAID_INCOTERMS)
      expect(upstreamTransport(item({ incoterms: terms }), [lane()], options).lines).to.have.length(1)
    for (const terms of SELLER_PAID_INCOTERMS) {
      const d = upstreamTransport(item({ incoterms: terms }), [lane()], options)
      expect(d.lines, terms).to.deep.equal([])
      expect(d.reason).to.equal(`incoterms ${terms}: the supplier pays the main carriage`)
    }
    expect(upstreamTransport(item({ incoterms: null }), [lane()], options).reason).to.contain('no incoterms')
    expect(upstreamTransport(item({ incoterms: 'fca' }), [lane()], options).lines).to.have.length(1)
    // a cradle-to-gate figure holds no transport: derived whoever pays (by the leg, not the payer)
    for (const terms of [...SELLER_PAID_INCOTERMS, null]) {
      const d = upstreamTransport(item({ incoterms: terms, cradleToGate: true }), [lane()], options)
      expect(d.lines, String(terms)).to.have.length(1)
      expect(d.lines[0].derivation).to.contain(
        "but the item's figure is cradle-to-gate: its transport to the plant is category 4 whoever pays"
      )
    }
  })

  it("makes one distance-based line per leg of the lane: the weight in kg over the leg's distance, with the DESNZ factor of the mode", () => {
    const legs = [
      { sequence: 2, mode: 'sea-container', distanceKm: '19800' },
      { sequence: 1, mode: 'road', distanceKm: '60' },
      { sequence: 3, mode: 'road', distanceKm: '15' }
    ]
    const { lines, finding } = upstreamTransport(item({ supplierCountry: 'CN' }), [lane({ supplierCountry: 'CN', legs })], options)
    expect(finding).to.equal(undefined)
    expect(lines.map(l => [l.documentType, l.documentItem, l.transportMode, l.transportMass, l.distance, l.factorPath])).to.deep.equal([
      ['PO-FREIGHT', '00010/1', 'ROAD', '12000', '60', FREIGHT_MODES.road],
      ['PO-FREIGHT', '00010/2', 'SEA-CONT', '12000', '19800', FREIGHT_MODES['sea-container']],
      ['PO-FREIGHT', '00010/3', 'ROAD', '12000', '15', FREIGHT_MODES.road]
    ])
    expect(lines[1].derivation).to.equal(
      'incoterms EXW (buyer pays the main carriage); lane DE → Hamburg (L-DE) from supplier S1 (CN) to plant 1010, leg 2: sea-container 19800 km; 12000 kg (net weight of the purchase order item) = 237600 t.km'
    )
  })

  it("takes air legs in DESNZ's route classes from the supplier's and the plant's country (one end in the UK, both, or neither)", () => {
    const air = (km: string, supplierCountry: string | null, plantCountry: string | null): any => {
      const line = upstreamTransport(
        item({ supplierCountry, plantCountry }),
        [lane({ supplier: 'S1', supplierCountry, legs: [{ sequence: 1, mode: 'air', distanceKm: km }] })],
        options
      ).lines[0]
      return { path: line.factorPath, derivation: line.derivation, assumptions: (line.assumptions ?? []).map(a => a.code) }
    }
    expect(air('9000', 'GB', 'DE').path).to.equal('Freighting goods › Freight flights › Long-haul, to/from UK › With RF')
    expect(air('3699.9', 'DE', 'GB').path).to.equal('Freighting goods › Freight flights › Short-haul, to/from UK › With RF')
    expect(air('3700', 'DE', 'GB').path).to.equal('Freighting goods › Freight flights › Long-haul, to/from UK › With RF')
    expect(air('500', 'GB', 'GB').path).to.equal('Freighting goods › Freight flights › Domestic, to/from UK › With RF')
    // neither end in the UK: one class for all distances (before, JP → DE took a to/from-UK factor, DE → DE the UK domestic one)
    const jp = air('9000', 'JP', 'DE')
    expect(jp.path).to.equal('Freighting goods › Freight flights › International, to/from non-UK › With RF')
    expect(jp.derivation).to.contain('air (DESNZ International, to/from non-UK: neither end in the UK (JP–DE)) 9000 km')
    expect(jp.assumptions).to.deep.equal([])
    const de = air('600', 'DE', 'DE')
    expect(de.path).to.equal('Freighting goods › Freight flights › International, to/from non-UK › With RF')
    expect(de.assumptions).to.deep.equal(['AIR_NON_UK_DOMESTIC'])
    expect(de.derivation).to.contain('; assumption: DESNZ has no domestic flight class outside the UK')
    // a country not maintained is said, not guessed silently
    expect(air('600', null, 'GB')).to.deep.include({
      path: 'Freighting goods › Freight flights › Short-haul, to/from UK › With RF',
      assumptions: ['AIR_COUNTRY_UNKNOWN']
    })
  })

  it("prefers the supplier's own lane to its country's, valid on the item's date, to the item's plant", () => {
    const own = lane({
      ID: 'L-S1',
      name: 'S1 by rail',
      supplier: 'S1',
      supplierCountry: null,
      legs: [{ sequence: 1, mode: 'rail', distanceKm: '300' }]
    })
    const expired = lane({ ID: 'L-OLD', supplier: 'S1', supplierCountry: null, validTo: '2025-12-31' })
    expect(laneFor(item(), [lane(), own, expired])?.ID).to.equal('L-S1')
    expect(laneFor(item({ supplier: 'S2' }), [lane(), own])?.ID).to.equal('L-DE')
    expect(laneFor(item({ plant: '1020' }), [lane(), own])).to.equal(undefined)
    expect(laneFor(item(), [expired])).to.equal(undefined)
    expect(laneFor(item(), [lane({ validFrom: '2026-04-01' })])).to.equal(undefined)
  })

  it("weighs the item by its net weight, else the material master's weight × quantity, else a quantity that is a mass", () => {
    expect(weightOf(item())?.source).to.equal('net weight of the purchase order item')
    expect(weightOf(item({ netWeightKg: '0', materialWeightKg: '350' }))).to.deep.include({
      source: 'material master net weight × quantity'
    })
    expect(weightOf(item({ netWeightKg: null, quantityKg: '5000' }))?.kg.toString()).to.equal('5000')
    expect(weightOf(item({ netWeightKg: null }))).to.equal(undefined)
  })

  it("falls back to spend (a share of the item value at the EPA factor of the mode's industry) with a finding when the lane or the weight is missing", () => {
    const noLane = upstreamTransport(item({ supplierCountry: 'JP' }), [lane()], options)
    expect(noLane.lines).to.deep.equal([
      {
        documentType: 'PO-FREIGHT-SPEND',
        documentItem: '00010/1',
        description: 'Transport of PO 4500000001/00010 (estimated from spend)',
        derivation:
          'incoterms EXW (buyer pays the main carriage); no lane: 0.05 × item value 8000.00 EUR = 400.00 EUR transport spend, EPA industry 484121 (road freight assumed)',
        transportMode: undefined,
        naicsCode: '484121',
        amount: '400.00',
        currency: 'EUR'
      }
    ])
    expect(noLane.finding).to.deep.include({
      findingType: 'missingLane',
      proposal: 'maintain a transport lane from supplier S1 or country JP to plant 1010'
    })
    const sea = lane({
      legs: [
        { sequence: 1, mode: 'road', distanceKm: '90' },
        { sequence: 2, mode: 'sea-container', distanceKm: '19800' }
      ]
    })
    const noWeight = upstreamTransport(item({ netWeightKg: null }), [sea], options)
    expect(noWeight.lines[0]).to.include({
      documentType: 'PO-FREIGHT-SPEND',
      naicsCode: '483111',
      transportMode: 'SEA-CONT',
      amount: '400.00'
    })
    expect(noWeight.finding?.findingType).to.equal('missingWeight')
  })

  it('derives nothing for services (quantities in time) and is deterministic', () => {
    expect(upstreamTransport(item({ isService: true }), [lane()], options).lines).to.deep.equal([])
    expect(JSON.stringify(upstreamTransport(item(), [lane()], options))).to.equal(
      JSON.stringify(upstreamTransport(item(), [lane()], options))
    )
  })
})
