/** A supplier's footprint in the PACT v3.0 data model, as the tests and the demo use it. */
export function pactFootprint(overrides: Record<string, unknown> = {}, pcf: Record<string, unknown> = {}): Record<string, any> {
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

export interface PactResponse {
  status: number
  headers: Record<string, string | string[] | undefined>
  body: any
}

/**
 * One HTTPS request to a PACT API that trusts only the given certificate (the app's self-signed one, srv/pact/pact-tls.ts),
 * as a PACT client would: no certificate check is switched off. The body is form data for the token endpoint
 * (a string) or JSON.
 */
export async function pactRequest(
  url: string,
  { method = 'GET', headers = {}, body, ca }: { method?: string; headers?: Record<string, string>; body?: unknown; ca: string }
): Promise<PactResponse> {
  const payload = body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body)
  const { request } = await import('node:https')
  return await new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method,
        ca,
        headers: {
          ...(payload !== undefined && !headers['content-type']
            ? { 'content-type': typeof body === 'string' ? 'application/x-www-form-urlencoded' : 'application/json' }
            : {}),
          ...headers
        }
      },
      res => {
        let text = ''
        res.setEncoding('utf8')
        res.on('data', (c: string) => {
          text += c
        })
        res.on('end', () => {
          let parsed: unknown = text
          try {
            parsed = JSON.parse(text)
          } catch {
            /* not JSON: the text itself */
          }
          resolve({ status: res.statusCode!, headers: res.headers, body: parsed })
        })
      }
    )
    req.on('error', reject)
    req.end(payload)
  })
}

/** HTTP Basic authorization of a PACT client (id and secret form-urlencoded, RFC 6749 2.3.1). */
export const basic = (id: string, secret: string): string =>
  `Basic ${Buffer.from(`${encodeURIComponent(id)}:${encodeURIComponent(secret)}`).toString('base64')}`

/** One of the company's own footprints, as the PACT API tests publish them. */
export function ownFootprint(n: number, overrides: Record<string, unknown> = {}, pcf: Record<string, unknown> = {}): Record<string, any> {
  const hex = n.toString(16).padStart(12, '0')
  return pactFootprint(
    {
      id: `7a1e0000-0000-4000-8000-${hex}`,
      companyName: 'Scope3 Demo Deutschland GmbH',
      companyIds: ['urn:pact:company-id:lei:5299009DEMO0000000001'],
      productIds: [`urn:gtin:40123450${String(n).padStart(5, '0')}`],
      productClassifications: ['urn:pact:productclassification:cpc:42190'],
      productNameCompany: `Product ${n}`,
      productDescription: `Demo product ${n}`,
      validityPeriodStart: '2026-01-01T00:00:00Z',
      validityPeriodEnd: '2029-01-01T00:00:00Z',
      ...overrides
    },
    { geographyCountry: 'DE', ...pcf }
  )
}
