import cds from '@sap/cds'
import path from 'node:path'
import { expect } from 'chai'
import { headerSafe, textProblem } from '../../srv/lib/common/odata-limits'

/**
 * Nothing a client sends stops the server (issue 23): keys and strings with control characters or lone surrogates
 * are refused with 400 before anything is written, a key outside Latin-1 is stored and its `Location` sent
 * percent-encoded, and an error while writing a response ends that response only (srv/common/request-guards.ts). The walk
 * covers every entity with a string key and every unbound action with a string parameter of every served service,
 * so new ones are covered without editing this test.
 */
describe('Request safety: no character in a key or string stops the server or half-writes', () => {
  const { GET, POST, axios } = cds.test(path.join(__dirname, '..', '..'))
  axios.defaults.validateStatus = () => true
  // alice holds every business role (.cdsrc.json)
  axios.defaults.auth = { username: 'alice', password: '' }

  const REFUSED: Record<string, string> = {
    NUL: 'A\u0000B',
    CR: 'A\rB',
    LF: 'A\nB',
    'other C0 (BEL)': 'A\u0007B',
    'C1 (NEL)': 'A\u0085B',
    'lone high surrogate': 'A\uD800B',
    'lone low surrogate': 'A\uDC00B'
  }

  it('tells keys and text with such characters apart, and makes any header value sendable (pure)', () => {
    for (const [name, value] of Object.entries(REFUSED)) expect(textProblem(value, true), name).to.be.a('string')
    expect(textProblem('A\u0000B', false)).to.equal('holds the control character U+0000')
    expect(textProblem('line one\r\nline two\tend', false)).to.equal(undefined) // free text keeps tabs and line breaks
    expect(textProblem('Ωmega 🚚 Zürich', true)).to.equal(undefined)
    expect(headerSafe("/odata/v4/admin/FactorSets('Ω 🚚')", true)).to.equal("/odata/v4/admin/FactorSets('%CE%A9%20%F0%9F%9A%9A')")
    expect(headerSafe('a\u0000b Zürich', false)).to.equal('a%00b Zürich')
    expect(headerSafe('x\uD800', true)).to.equal('x%EF%BF%BD')
  })

  /** an application service (an `instanceof` would narrow `any` to CAP's class, which types no `path`) */
  const isApplicationService = (srv: unknown): boolean => srv instanceof cds.ApplicationService

  /** the OData entity sets of the served application services with a key of type String (not UUID) */
  function stringKeyedSets(): Array<{ service: string; path: string; name: string; key: string; entity: any }> {
    const sets: Array<{ service: string; path: string; name: string; key: string; entity: any }> = []
    for (const srv of cds.services as any) {
      if (!isApplicationService(srv) || !srv.path || !(srv.endpoints ?? [{ kind: 'odata' }]).some((e: any) => e.kind === 'odata')) continue
      for (const entity of srv.entities as any) {
        if (
          entity['@readonly'] ||
          entity['@cds.autoexposed'] ||
          entity.name.endsWith('.drafts') ||
          entity.query?._target?.['@cds.persistence.skip']
        )
          continue
        const keys = Object.values(entity.keys ?? {}).filter((k: any) => !k.isAssociation && k.name !== 'IsActiveEntity') as any[]
        const key = keys.find(k => k.type === 'cds.String')
        if (key && keys.length === 1)
          sets.push({ service: srv.name, path: srv.path, name: entity.name.slice(srv.name.length + 1), key: key.name, entity })
      }
    }
    return sets
  }

  it('refuses every class of character in a string key of every creatable entity with 400, writes nothing, and keeps serving', async () => {
    const sets = stringKeyedSets()
    expect(sets.length, 'entities with a string key').to.be.greaterThan(3)
    let refused = 0
    for (const set of sets) {
      const count = async (): Promise<number> => Number((await SELECT.one.from(set.entity).columns('count(1) as n'))?.n ?? 0)
      const before = await count()
      for (const [name, value] of Object.entries(REFUSED)) {
        const { status, data } = await POST(`${set.path}/${set.name}`, { [set.key]: value })
        expect(status, `${set.service}.${set.name} ${name}: ${JSON.stringify(data)}`).to.be.oneOf([400, 401, 403, 405])
        if (status === 400) {
          refused++
          expect(data.error.message, `${set.service}.${set.name} ${name}`).to.match(/control character|surrogate/)
        }
      }
      expect(await count(), `${set.service}.${set.name}: nothing written`).to.equal(before)
    }
    expect(refused).to.be.greaterThan(0)
    expect((await GET('/odata/v4/admin/FactorSets?$top=1')).status).to.equal(200)
  })

  it('refuses them in the string parameters of every unbound action, before its handler runs', async () => {
    let checked = 0
    for (const srv of cds.services as any) {
      if (!isApplicationService(srv) || !srv.path) continue
      for (const [name, action] of Object.entries(srv.actions ?? {}) as Array<[string, any]>) {
        if (action.kind !== 'action') continue
        const params = Object.entries(action.params ?? {}) as Array<[string, any]>
        const strings = params.filter(([, p]) => p.type === 'cds.String' || p.type === 'cds.LargeString')
        if (!strings.length) continue
        const { status, data } = await POST(`${srv.path as string}/${name}`, Object.fromEntries(strings.map(([p]) => [p, REFUSED.NUL])))
        expect(status, `${srv.name as string}.${name}: ${JSON.stringify(data)}`).to.be.oneOf([400, 401, 403])
        // where CAP's own check of a mandatory parameter of another type answers first, that is a 400 too
        const othersMandatory = params.some(([, p]) => !strings.some(([s]) => s === p.name) && (p['@mandatory'] || p.notNull))
        if (status === 400 && !othersMandatory) {
          expect(data.error.message, `${srv.name as string}.${name}`).to.match(/control character/)
          checked++
        }
      }
    }
    expect(checked).to.be.greaterThan(2)
  })

  it('stores a key outside Latin-1 and answers with a valid, percent-encoded Location', async () => {
    const { status, headers, data } = await POST(
      '/odata/v4/admin/FactorSets',
      { code: 'Ω-SET', title: 'Omega', publisher: 'Test', version: '1' },
      { auth: { username: 'sam', password: '' } }
    )
    expect(status, JSON.stringify(data)).to.equal(201)
    // a draft of the draft-enabled factor sets, as CAP names it
    expect(headers.location).to.match(/FactorSets(\.drafts)?\('%CE%A9-SET'\)$/)
    expect(await SELECT.one.from('AdminService.FactorSets.drafts').where({ code: 'Ω-SET' })).to.include({ title: 'Omega' })
  })

  it('limits the requests of each user (scope3.requestRate) with 429 and Retry-After, each $batch part counted, others unaffected', async () => {
    const env = cds.env as any
    const configured = env.scope3.requestRate
    env.scope3.requestRate = { perMinute: 6, burst: 4 }
    try {
      const erin = { auth: { username: 'erin', password: '' } }
      for (let i = 0; i < 4; i++) expect((await GET('/odata/v4/emissions/PurchaseOrders?$top=1', erin)).status).to.equal(200)
      const limited = await GET('/odata/v4/emissions/PurchaseOrders?$top=1', erin)
      expect(limited.status).to.equal(429)
      expect(Number(limited.headers['retry-after'])).to.be.within(1, 10)
      expect(limited.data.error.message).to.match(/too many requests/)
      expect(
        (await GET('/odata/v4/emissions/PurchaseOrders?$top=1', { auth: { username: 'audrey', password: '' } })).status,
        'another user'
      ).to.equal(200)
      const batch = await POST(
        '/odata/v4/emissions/$batch',
        { requests: [1, 2, 3].map(id => ({ id: String(id), method: 'GET', url: 'PurchaseOrders?$top=1' })) },
        { auth: { username: 'ella', password: '' } }
      )
      expect(batch.data.responses.map((r: any) => r.status)).to.deep.equal([200, 200, 200])
      const second = await POST(
        '/odata/v4/emissions/$batch',
        { requests: [1, 2].map(id => ({ id: String(id), method: 'GET', url: 'PurchaseOrders?$top=1' })) },
        { auth: { username: 'ella', password: '' } }
      )
      expect(second.data.responses.map((r: any) => r.status)).to.deep.equal([200, 429])
    } finally {
      env.scope3.requestRate = configured
    }
    expect(
      (await GET('/odata/v4/emissions/PurchaseOrders?$top=1', { auth: { username: 'erin', password: '' } })).status,
      'off again'
    ).to.equal(200)
  })

  it('answers an address with repeated failed sign-ins 429 before anything else runs (scope3.authFailures)', async () => {
    const env = cds.env as any
    const configured = env.scope3.authFailures
    env.scope3.authFailures = { perAddress: 3, windowSeconds: 60 }
    try {
      for (let i = 0; i < 3; i++)
        expect((await GET('/odata/v4/emissions/PurchaseOrders', { auth: { username: 'mallory', password: `guess${i}` } })).status).to.equal(
          401
        )
      const locked = await GET('/odata/v4/emissions/PurchaseOrders', { auth: { username: 'mallory', password: 'guess3' } })
      expect(locked.status).to.equal(429)
      expect(Number(locked.headers['retry-after'])).to.be.within(1, 60)
      expect(locked.data.error.message).to.equal('too many failed sign-ins from this address')
      // the address is locked as a whole, whoever signs in from it
      expect((await GET('/odata/v4/emissions/PurchaseOrders?$top=1')).status).to.equal(429)
    } finally {
      env.scope3.authFailures = configured
    }
    expect((await GET('/odata/v4/emissions/PurchaseOrders?$top=1')).status, 'a new window once the settings change').to.equal(200)
  })

  it('stops a request that runs longer than scope3.requestTimeoutSeconds with 503 and keeps nothing of it', async () => {
    const env = cds.env as any
    const configured = env.scope3.requestTimeoutSeconds
    const { Attributions, CalculationLog } = cds.entities('scope3')
    const count = async (entity: any): Promise<number> => Number((await SELECT.one.from(entity).columns('count(1) as n')).n)
    const before = [await count(Attributions), await count(CalculationLog)]
    env.scope3.requestTimeoutSeconds = 0.001
    let stopped: any
    try {
      // a recompute of every line: many statements, each a chance to notice the rollback
      stopped = await POST('/odata/v4/accounting/recompute', {})
    } finally {
      env.scope3.requestTimeoutSeconds = configured
    }
    expect(stopped.status, JSON.stringify(stopped.data)).to.equal(503)
    expect(stopped.data.error.message).to.equal('the request took longer than 0.001 s and was stopped; nothing it changed was kept')
    expect(stopped.headers['retry-after']).to.equal('60')
    expect([await count(Attributions), await count(CalculationLog)]).to.deep.equal(before)
    expect((await POST('/odata/v4/accounting/recompute', {})).status, 'served again').to.equal(200)
  })
})
