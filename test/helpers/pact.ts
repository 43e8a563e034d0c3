/** A supplier's footprint in the PACT v3.0 data model, as the tests and the demo use it. */
export function pactFootprint (overrides: Record<string, unknown> = {}, pcf: Record<string, unknown> = {}): Record<string, any> {
  return {
    id: '3f2b5c1e-8a4d-4e6f-9b7a-1c2d3e4f5a6b',
    specVersion: '3.0.0',
    created: '2026-02-01T09:00:00Z',
    status: 'Active',
    companyName: 'Acier Rhône SA',
    companyIds: ['urn:pact:company-id:buyer-assigned:17300002', 'urn:pact:company-id:lei:969500EXAMPLE0000001'],
    productDescription: 'Hot-rolled structural steel plate S355, 10 mm',
    productIds: ['urn:pact:product-id:buyer-assigned:ST-S355-PLATE', 'urn:pact:product-id:supplier-assigned:AR-S355-10'],
    productClassifications: ['urn:pact:productclassification:cpc:41231'],
    productNameCompany: 'Tôle S355 10 mm',
    comment: 'Cradle-to-gate, electric arc furnace route',
    pcf: {
      declaredUnitOfMeasurement: 'kilogram',
      declaredUnitAmount: '1',
      productMassPerDeclaredUnit: '1',
      referencePeriodStart: '2025-01-01T00:00:00Z',
      referencePeriodEnd: '2026-01-01T00:00:00Z',
      geographyCountry: 'FR',
      pcfExcludingBiogenicUptake: '1.234',
      pcfIncludingBiogenicUptake: '1.234',
      fossilGhgEmissions: '1.2',
      fossilCarbonContent: '0',
      ipccCharacterizationFactors: ['AR6'],
      crossSectoralStandards: ['ISO14067', 'GHGP-Product'],
      exemptedEmissionsPercent: '0.5',
      primaryDataShare: '62.5',
      dqi: { technologicalDQR: '1.6', temporalDQR: '1.2', geographicalDQR: '2.5' },
      ...pcf
    },
    ...overrides
  }
}
