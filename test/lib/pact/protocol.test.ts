import { expect } from 'chai'
import { nextLink, parseEvent, parseListQuery, validityOf, PactError } from '../../../srv/lib/pact/protocol'

/** The PACT v3.0 protocol without HTTP (srv/lib/pact/protocol.ts): ListFootprints queries, Link pages, validity, CloudEvents. */
describe('PACT protocol', () => {
  const refusal = (fn: () => unknown): PactError => {
    try {
      fn()
    } catch (e) {
      if (e instanceof PactError) return e
      throw e
    }
    throw new Error('not refused')
  }

  it('reads the filters of ListFootprints: repeated values kept in order, dates as UTC, limit and page start', () => {
    const q = parseListQuery(
      new URLSearchParams(
        'productId=urn:a&productId=urn:b&validOn=2026-01-01T01:00:00%2B01:00&limit=50&after=7A1E0000-0000-4000-8000-000000000001&unknown=x'
      )
    )
    expect(q).to.deep.equal({
      filters: { productId: ['urn:a', 'urn:b'], validOn: ['2026-01-01T00:00:00.000Z'] },
      limit: 50,
      after: '7a1e0000-0000-4000-8000-000000000001'
    })
    expect(parseListQuery(new URLSearchParams('')).limit).to.equal(100)
    for (const [query, field] of [
      ['limit=0', 'limit'],
      ['limit=1.5', 'limit'],
      ['validBefore=2026-02-30', 'validBefore'],
      ['after=1', 'after'],
      ['geography=', 'geography']
    ]) {
      const e = refusal(() => parseListQuery(new URLSearchParams(query)))
      expect([e.code, e.status]).to.deep.equal(['BadRequest', 400])
      expect(e.message).to.include(field)
    }
  })

  it('links the next page with the same query, starting after the last id', () => {
    expect(nextLink('https://h/pact/3/footprints', new URLSearchParams('status=Active&limit=2&after=x'), 'abc')).to.equal(
      '<https://h/pact/3/footprints?status=Active&limit=2&after=abc>; rel="next"'
    )
  })

  it('takes the validity period, or the three years after the reference period without one', () => {
    expect(
      validityOf({
        validityPeriodStart: '2025-01-01T00:00:00Z',
        validityPeriodEnd: '2026-01-01T00:00:00Z',
        referencePeriodEnd: '2024-01-01T00:00:00Z'
      })
    ).to.deep.equal({ validFrom: '2025-01-01T00:00:00.000Z', validTo: '2026-01-01T00:00:00.000Z' })
    expect(validityOf({ referencePeriodEnd: '2024-02-29T00:00:00Z' })).to.deep.equal({
      validFrom: '2024-02-29T00:00:00.000Z',
      validTo: '2027-03-01T00:00:00.000Z'
    })
  })

  it('reads the four event types and refuses malformed CloudEvents by field', () => {
    const ce = 'application/cloudevents+json; charset=UTF-8'
    const base = { specversion: '1.0', id: 'e1', source: 'https://x', type: 'org.wbcsd.pact.ProductFootprint.RequestCreatedEvent.3' }
    expect(
      parseEvent(ce, { ...base, data: { productId: ['urn:a'], validAfter: '2026-01-01T00:00:00Z', comment: 'please' } })
    ).to.deep.equal({
      kind: 'requestCreated',
      id: 'e1',
      source: 'https://x',
      time: undefined,
      criteria: { productId: ['urn:a'], validAfter: ['2026-01-01T00:00:00.000Z'] },
      comment: 'please'
    })
    expect(
      parseEvent(ce, {
        ...base,
        type: 'org.wbcsd.pact.ProductFootprint.PublishedEvent.3',
        data: { pfIds: ['3A6C14A7-4DEB-498A-B5EA-16CE2535B576'] }
      })
    )
      .to.include({ kind: 'published' })
      .and.to.deep.include({ pfIds: ['3a6c14a7-4deb-498a-b5ea-16ce2535b576'] })
    expect(
      parseEvent(ce, {
        ...base,
        type: 'org.wbcsd.pact.ProductFootprint.RequestRejectedEvent.3',
        data: { requestEventId: 'r', error: { code: 'NotFound', message: 'm' } }
      })
    ).to.deep.include({ kind: 'requestRejected', requestEventId: 'r', error: { code: 'NotFound', message: 'm' } })
    const cases: Array<[string | undefined, unknown, string, string]> = [
      ['application/json', base, 'BadRequest', 'cloudevents'],
      [ce, [], 'BadRequest', 'not a JSON object'],
      [ce, { ...base, specversion: 1 }, 'BadRequest', 'specversion'],
      [ce, { ...base, source: 3 }, 'BadRequest', 'source'],
      [ce, { ...base, type: 'com.example.Other' }, 'NotImplemented', 'com.example.Other'],
      [ce, { ...base, data: { productId: [] } }, 'BadRequest', 'data.productId'],
      [ce, { ...base, data: { validOn: 'soon' } }, 'BadRequest', 'data.validOn'],
      [
        ce,
        { ...base, type: 'org.wbcsd.pact.ProductFootprint.RequestFulfilledEvent.3', data: { pfs: [{}] } },
        'BadRequest',
        'data.requestEventId'
      ]
    ]
    for (const [contentType, body, code, word] of cases) {
      const e = refusal(() => parseEvent(contentType, body))
      expect(e.code, JSON.stringify(body)).to.equal(code)
      expect(e.message).to.include(word)
    }
  })
})
