import { expect } from 'chai'
import { parseFootprints, pedigreeOf, productCodesIn } from '../../../srv/lib/pact/footprints'
import { pactFootprint } from '../../helpers/pact'

describe('PACT v3.0 footprints: validation with the path of every problem', () => {
  const problemsOf = (doc: unknown): string[] =>
    parseFootprints(typeof doc === 'string' ? doc : JSON.stringify(doc)).problems.map(p => `${p.path}: ${p.message}`)

  it('reads a valid footprint, one, as array or as list response, with the fields the app works with', () => {
    for (const doc of [pactFootprint(), [pactFootprint()], { data: [pactFootprint()] }]) {
      const { footprints, problems } = parseFootprints(JSON.stringify(doc))
      expect(problems).to.deep.equal([])
      expect(footprints).to.have.length(1)
      expect(footprints[0]).to.include({
        id: '3f2b5c1e-8a4d-4e6f-9b7a-1c2d3e4f5a6b',
        status: 'Active',
        declaredUnit: 'kilogram',
        pcfExcludingBiogenicUptake: '1.234',
        geography: 'FR',
        primaryDataShare: '62.5',
        verified: false
      })
      expect(footprints[0].document).to.deep.equal(pactFootprint())
    }
    // JSON numbers are taken as the decimals they are written as
    expect(
      parseFootprints(JSON.stringify(pactFootprint({}, { pcfExcludingBiogenicUptake: 0.1 }))).footprints[0].pcfExcludingBiogenicUptake
    ).to.equal('0.1')
  })

  it('names every missing mandatory field', () => {
    const doc = pactFootprint()
    delete doc.specVersion
    delete doc.companyIds
    delete doc.pcf.declaredUnitOfMeasurement
    delete doc.pcf.referencePeriodEnd
    expect(problemsOf(doc)).to.have.members([
      'specVersion: is mandatory',
      'companyIds: is mandatory',
      'pcf.declaredUnitOfMeasurement: is mandatory',
      'pcf.referencePeriodEnd: is mandatory'
    ])
    expect(problemsOf(pactFootprint({ pcf: undefined }))).to.deep.equal(['pcf: is mandatory'])
  })

  it('refuses data quality ratings outside 1 to 5, a wrong declared unit, negative figures and wrong formats', () => {
    expect(problemsOf(pactFootprint({}, { dqi: { technologicalDQR: '0.5', temporalDQR: '6', geographicalDQR: '2' } }))).to.deep.equal([
      'pcf.dqi.technologicalDQR: 0.5 is outside 1 to 5 (data quality ratings are 1, very good, to 5, very poor)',
      'pcf.dqi.temporalDQR: 6 is outside 1 to 5 (data quality ratings are 1, very good, to 5, very poor)'
    ])
    expect(problemsOf(pactFootprint({}, { declaredUnitOfMeasurement: 'kg' }))[0]).to.match(
      /^pcf.declaredUnitOfMeasurement: "kg" is not one of liter, kilogram/
    )
    expect(
      problemsOf(pactFootprint({}, { pcfExcludingBiogenicUptake: '-0.2', fossilGhgEmissions: '-1', declaredUnitAmount: '0' }))
    ).to.deep.equal([
      'pcf.declaredUnitAmount: 0 must be greater than 0',
      'pcf.pcfExcludingBiogenicUptake: -0.2 must be at least 0',
      'pcf.fossilGhgEmissions: -1 must be at least 0'
    ])
    expect(
      problemsOf(
        pactFootprint(
          { id: 'PCF-1', specVersion: '2.3.0', status: 'active', companyIds: ['17300002'] },
          { primaryDataShare: '120', referencePeriodEnd: '2024-12-31T00:00:00Z' }
        )
      )
    ).to.deep.equal([
      'id: "PCF-1" is not a UUID',
      'specVersion: 2.3.0 is not a version 3.x of the PACT Technical Specifications',
      'status: "active" is not one of Active, Deprecated',
      'companyIds[0]: "17300002" is not a URN (urn:...)',
      'pcf.referencePeriodEnd: is not after referencePeriodStart',
      'pcf.primaryDataShare: 120 must be at most 100'
    ])
    expect(problemsOf(pactFootprint({}, { pcfIncludingBiogenicUptake: '1,2' }))).to.deep.equal([
      'pcf.pcfIncludingBiogenicUptake: "1,2" is not a decimal number (a string such as "1.25")'
    ])
  })

  it('refuses malformed JSON, an empty list and duplicate ids, with the index of the footprint', () => {
    expect(problemsOf('{"id": "3f2b5c1e-')[0]).to.match(/^: not JSON/)
    expect(problemsOf({ data: [] })).to.deep.equal(['data: holds no footprint'])
    expect(problemsOf([pactFootprint(), pactFootprint({ status: 'Deprecated' })])).to.deep.equal([
      '[1].id: 3f2b5c1e-8a4d-4e6f-9b7a-1c2d3e4f5a6b is the id of footprint 1 too: ids are unique'
    ])
    expect(
      problemsOf({ data: [pactFootprint(), pactFootprint({ id: '5d1e6b2a-0000-4000-8000-000000000001' }, { geographyCountry: 'France' })] })
    ).to.deep.equal(['data[1].pcf.geographyCountry: "France" is not an ISO 3166-1 alpha-2 country code'])
    // nothing of a document with one problem is taken
    expect(parseFootprints(JSON.stringify([pactFootprint(), { id: 'x' }])).footprints).to.deep.equal([])
  })

  it("rates the pedigree from the DQRs, the primary data share and verification, and finds the buyer's codes", () => {
    const [f] = parseFootprints(JSON.stringify(pactFootprint())).footprints
    expect(pedigreeOf(f)).to.deep.equal({ dqTechnological: 2, dqTemporal: 1, dqGeographical: 3, dqCompleteness: 2, dqReliability: 3 })
    expect(pedigreeOf({ primaryDataShare: '0', verified: true })).to.deep.equal({
      dqTechnological: 2,
      dqTemporal: 2,
      dqGeographical: 2,
      dqCompleteness: 5,
      dqReliability: 2
    })
    expect(productCodesIn(f.productIds, 'buyer-assigned')).to.deep.equal(['ST-S355-PLATE'])
    expect(productCodesIn(f.companyIds, 'buyer-assigned')).to.deep.equal(['17300002'])
  })
})
