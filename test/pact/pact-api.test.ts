import cds from '@sap/cds'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import crypto from 'node:crypto'
import { hashSecret } from '../../srv/pact/pact-api'
import { tls } from '../../srv/pact/pact-tls'
import { connect } from 'node:tls'
import { eventually } from '../helpers/app-process'
import { basic, ownFootprint, pactFootprint, pactRequest, type PactResponse } from '../helpers/pact'
import { settings } from '../../srv/common/settings'

/**
 * The PACT v3.0 host API (srv/pact/pact-api.ts) over HTTPS with the app's self-signed certificate (srv/pact/pact-tls.ts): OAuth
 * client credentials, ListFootprints with every filter and the Link pagination, GetFootprint, the spec's error
 * responses, and plain HTTP refused. Mirrors the synchronous test cases of WBCSD's conformance runner
 * (wbcsd/pact-conformance-service, v3.0) where they apply.
 */
describe('PACT host API', () => {
  const tlsDir = fs.mkdtempSync(path.join(os.tmpdir(), 'scope3-pact-tls-'))
  before(() => {
    process.env.PACT_PORT = '0'
    process.env.PACT_TLS_DIR = tlsDir
  })
  const { POST, expect, axios } = cds.test(path.join(__dirname, '..', '..'))
  axios.defaults.auth = { username: 'sam', password: '' }
  axios.defaults.validateStatus = (s: number) => s < 500
  after(() => {
    delete process.env.PACT_PORT
    delete process.env.PACT_TLS_DIR
    fs.rmSync(tlsDir, { recursive: true, force: true })
  })

  let base = ''
  let ca = ''
  const call = async (
    p: string,
    options: { method?: string; headers?: Record<string, string>; body?: unknown } = {}
  ): Promise<PactResponse> => await pactRequest(p.startsWith('https:') ? p : base + p, { ...options, ca })
  const tokenFor = async (id = 'acme', secret = 'acme-secret-1'): Promise<PactResponse> =>
    await call('/auth/token', { method: 'POST', headers: { authorization: basic(id, secret) }, body: 'grant_type=client_credentials' })
  let bearer: Record<string, string> = {}
  const list = async (query = ''): Promise<any[]> => {
    const res = await call(`/3/footprints${query}`, { headers: bearer })
    expect(res.status, JSON.stringify(res.body)).to.equal(200)
    return res.body.data.map((f: any) => f.id)
  }
  const id = (n: number): string => ownFootprint(n).id

  before(async () => {
    await eventually(async () => tls.server?.listening, 10000, 'the TLS server')
    base = `https://localhost:${(tls.server!.address() as any).port as number}/pact`
    ca = fs.readFileSync(path.join(tlsDir, 'cert.pem'), 'utf8')
    const { PactClients } = cds.entities('scope3')
    await INSERT.into(PactClients).entries([
      { clientId: 'acme', name: 'ACME Corp', secretHash: hashSecret('acme-secret-1') },
      { clientId: 'retired', name: 'Former customer', secretHash: hashSecret('retired-secret'), active: false }
    ])
    // own footprints: 1 (DE) is succeeded by 2; 3 is American and valid from 2027; a supplier's footprint is never served
    const own = [
      ownFootprint(1, { validityPeriodStart: '2025-01-01T00:00:00Z', validityPeriodEnd: '2026-01-01T00:00:00Z' }),
      ownFootprint(2, { precedingPfIds: [id(1)], productIds: ownFootprint(1).productIds }),
      ownFootprint(
        3,
        {
          companyIds: ['urn:pact:company-id:lei:5299009DEMO0000000002'],
          productClassifications: ['urn:pact:productclassification:cpc:43320'],
          validityPeriodStart: '2027-01-01T00:00:00Z',
          validityPeriodEnd: '2030-01-01T00:00:00Z'
        },
        { geographyCountry: 'US' }
      ),
      ...[4, 5, 6, 7].map(n => ownFootprint(n))
    ]
    const imported = await POST('/odata/v4/quality/importFootprints', { document: JSON.stringify(own), origin: 'own' })
    expect(imported.status, JSON.stringify(imported.data)).to.equal(200)
    expect(
      (await POST('/odata/v4/quality/importFootprints', { document: JSON.stringify(pactFootprint()), supplier: '17300002' })).status
    ).to.equal(200)
    const token = await tokenFor()
    bearer = { authorization: `Bearer ${token.body.access_token as string}` }
  })

  it('offers TLS 1.2 and 1.3 only, and in TLS 1.2 forward-secret suites only', async () => {
    const port = (tls.server!.address() as any).port as number
    const handshake = async (options: Record<string, unknown>): Promise<{ protocol?: string | null; cipher?: string; error?: string }> =>
      await new Promise(resolve => {
        const socket = connect({ host: '127.0.0.1', port, servername: 'localhost', ca, ...options }, () => {
          resolve({ protocol: socket.getProtocol(), cipher: socket.getCipher().name })
          socket.end()
        })
        socket.on('error', (e: any) => resolve({ error: String(e.code ?? e.message) }))
      })
    expect(await handshake({ maxVersion: 'TLSv1.1', minVersion: 'TLSv1' })).to.have.property('error')
    expect(await handshake({ maxVersion: 'TLSv1.2', ciphers: 'AES128-GCM-SHA256:AES256-SHA' })).to.have.property('error') // RSA key exchange: no forward secrecy
    const tls12 = await handshake({ maxVersion: 'TLSv1.2' })
    expect(tls12.protocol).to.equal('TLSv1.2')
    expect(tls12.cipher).to.match(/^ECDHE-/)
    expect((await handshake({})).protocol).to.equal('TLSv1.3')
  })

  describe('authentication (OAuth 2.0 client credentials)', () => {
    it('issues a bearer token for valid client credentials, and names its endpoint in the OpenID Connect discovery document', async () => {
      const res = await tokenFor()
      expect(res.status).to.equal(200)
      expect(res.body).to.include({ token_type: 'Bearer', expires_in: 3600 })
      expect(res.body.access_token).to.match(/^[\w-]{40,}$/)
      expect(res.headers['cache-control']).to.equal('no-store')
      const discovery = await call('/.well-known/openid-configuration')
      expect(discovery.body.token_endpoint).to.equal(`${base}/auth/token`)
      // a forwarded host counts only behind the configured proxy (production), not from any client
      const spoofed = await call('/.well-known/openid-configuration', { headers: { 'x-forwarded-host': 'evil.example' } })
      expect(spoofed.body.token_endpoint).to.equal(`${base}/auth/token`)
      expect(discovery.body.grant_types_supported).to.deep.equal(['client_credentials'])
    })

    it('refuses a wrong secret, an unknown or deactivated client and a missing authorization with 401 invalid_client', async () => {
      for (const [client, secret] of [
        ['acme', 'acme-secret-2'],
        ['nobody', 'acme-secret-1'],
        ['retired', 'retired-secret']
      ]) {
        const res = await tokenFor(client, secret)
        expect(res.status, `${client}:${secret}`).to.equal(401)
        expect(res.body).to.deep.include({ error: 'invalid_client' })
        expect(res.body).not.to.have.property('access_token')
      }
      const none = await call('/auth/token', { method: 'POST', body: 'grant_type=client_credentials' })
      expect(none.status).to.equal(401)
      expect(none.headers['www-authenticate']).to.match(/^Basic/)
    })

    it('locks a client id out from an address after repeated wrong secrets (429, Retry-After), other clients not', async () => {
      const configured = settings().pact.lockout
      settings().pact.lockout = { perClient: 3, perAddress: 100, windowSeconds: 60 }
      try {
        for (let i = 0; i < 3; i++) expect((await tokenFor('acme', `guess-${i}`)).status).to.equal(401)
        const locked = await tokenFor('acme', 'guess-3')
        expect(locked.status).to.equal(429)
        expect(Number(locked.headers['retry-after'])).to.be.within(1, 60)
        expect(locked.body.error).to.equal('invalid_client')
        // the right secret waits too: the lockout is decided before any secret is checked
        expect((await tokenFor()).status).to.equal(429)
        await INSERT.into(cds.entities('scope3').PactClients).entries({
          clientId: 'globex',
          name: 'Globex',
          secretHash: hashSecret('globex-secret')
        })
        expect((await tokenFor('globex', 'globex-secret')).status).to.equal(200)
      } finally {
        settings().pact.lockout = configured
      }
      expect((await tokenFor()).status, 'a new window once the settings change').to.equal(200)
    })

    it('takes a new secret at once and the old one no more, however often the old one was used', async () => {
      const { PactClients } = cds.entities('scope3')
      for (let i = 0; i < 3; i++) expect((await tokenFor()).status).to.equal(200)
      await UPDATE(PactClients, 'acme').with({ secretHash: hashSecret('acme-secret-2') })
      try {
        expect((await tokenFor('acme', 'acme-secret-1')).status).to.equal(401)
        expect((await tokenFor('acme', 'acme-secret-2')).status).to.equal(200)
      } finally {
        await UPDATE(PactClients, 'acme').with({ secretHash: hashSecret('acme-secret-1') })
      }
      expect((await tokenFor()).status).to.equal(200)
    })

    it('refuses another grant type with 400 unsupported_grant_type', async () => {
      const res = await call('/auth/token', {
        method: 'POST',
        headers: { authorization: basic('acme', 'acme-secret-1') },
        body: 'grant_type=password&username=a&password=b'
      })
      expect(res.status).to.equal(400)
      expect(res.body.error).to.equal('unsupported_grant_type')
    })

    it('answers an invalid or missing token with 400 BadRequest and an expired one with 401 TokenExpired', async () => {
      const wrong: Array<Record<string, string>> = [
        { authorization: 'Bearer very-invalid-access-token' },
        {},
        { authorization: basic('acme', 'acme-secret-1') }
      ]
      for (const headers of wrong) {
        for (const p of ['/3/footprints', `/3/footprints/${id(2)}`]) {
          const res = await call(p, { headers })
          expect(res.status, `${p} ${JSON.stringify(headers)}`).to.equal(400)
          expect(res.body.code).to.equal('BadRequest')
          expect(res.body).not.to.have.property('data')
        }
      }
      const token = (await tokenFor()).body.access_token as string
      const { PactAccessTokens } = cds.entities('scope3')
      await UPDATE(PactAccessTokens)
        .set({ expiresAt: new Date(Date.now() - 1000).toISOString() })
        .where({ tokenHash: crypto.createHash('sha256').update(token).digest('hex') })
      const expired = await call('/3/footprints', { headers: { authorization: `Bearer ${token}` } })
      expect(expired.status).to.equal(401)
      expect(expired.body).to.deep.equal({ code: 'TokenExpired', message: 'the access token has expired: request a new one' })
    })

    it('refuses plain HTTP: no token and no data without TLS', async () => {
      const http = `${axios.defaults.baseURL as string}/pact`
      const token = await fetch(`${http}/auth/token`, {
        method: 'POST',
        headers: { authorization: basic('acme', 'acme-secret-1'), 'content-type': 'application/x-www-form-urlencoded' },
        body: 'grant_type=client_credentials'
      })
      expect(token.status).to.equal(403)
      expect(await token.json()).to.deep.equal({ code: 'AccessDenied', message: 'the PACT API answers over HTTPS only' })
      for (const p of ['/3/footprints', `/3/footprints/${id(2)}`]) {
        const res = await fetch(http + p, { headers: bearer })
        expect(res.status).to.equal(403)
        expect(await res.json()).not.to.have.property('data')
      }
    })
  })

  describe('ListFootprints and GetFootprint', () => {
    it("lists the company's own footprints in id order, each as published with its current status, and no supplier's", async () => {
      const res = await call('/3/footprints', { headers: bearer })
      expect(res.status).to.equal(200)
      expect(res.body.data.map((f: any) => f.id)).to.deep.equal([1, 2, 3, 4, 5, 6, 7].map(id))
      expect(res.body.data[0]).to.include({ status: 'Deprecated', specVersion: '3.0.0', companyName: 'Scope3 Demo Deutschland GmbH' })
      expect(res.body.data[1]).to.deep.include({ status: 'Active', precedingPfIds: [id(1)] })
      expect(res.body.data[1].pcf).to.deep.include(ownFootprint(2).pcf)
      expect(res.headers).not.to.have.property('link')
    })

    it('filters by productId, companyId, geography, classification and status; repeated parameters OR, different ones AND', async () => {
      const product1 = ownFootprint(1).productIds[0] as string
      expect(await list(`?productId=${encodeURIComponent(product1)}`)).to.deep.equal([id(1), id(2)])
      expect(await list(`?productId=${encodeURIComponent(product1)}&status=Active`)).to.deep.equal([id(2)])
      expect(
        await list(`?productId=${encodeURIComponent(product1)}&productId=${encodeURIComponent(ownFootprint(4).productIds[0] as string)}`)
      ).to.deep.equal([id(1), id(2), id(4)])
      expect(
        await list('?companyId=urn:pact:company-id:lei:5299009DEMO0000000002&companyId=urn:bogus:1&companyId=urn:bogus:2')
      ).to.deep.equal([id(3)])
      expect(await list('?geography=US')).to.deep.equal([id(3)])
      expect(await list(`?classification=${encodeURIComponent('urn:pact:productclassification:cpc:43320')}`)).to.deep.equal([id(3)])
      expect(await list('?status=Deprecated')).to.deep.equal([id(1)])
      // a supplier's footprint matches none of the filters
      expect(await list(`?productId=${encodeURIComponent(pactFootprint().productIds[0] as string)}`)).to.deep.equal([])
      for (const bogus of [
        'productId=urn:bogus:product:x',
        'companyId=urn:bogus:company:x',
        'geography=XX',
        'classification=urn:bogus:c',
        'status=BogusStatus',
        `companyId=urn:bogus:c&productId=${encodeURIComponent(product1)}`
      ]) {
        expect(await list(`?${bogus}`), bogus).to.deep.equal([])
      }
    })

    it('filters by validity: validOn inside it, validAfter before its start, validBefore after its end', async () => {
      expect(await list('?validOn=2025-06-01T00:00:00Z')).to.deep.equal([id(1)])
      expect(await list('?validOn=2027-06-01T00:00:00.000Z')).to.deep.equal([2, 3, 4, 5, 6, 7].map(id))
      expect(await list('?validOn=2025-06-01T00:00:00Z&validOn=2029-06-01T00:00:00Z')).to.deep.equal([id(1), id(3)])
      expect(await list('?validAfter=2026-06-01T00:00:00Z')).to.deep.equal([id(3)])
      expect(await list('?validBefore=2026-01-02T00:00:00Z')).to.deep.equal([id(1)])
      expect(await list('?validBefore=2029-01-02T00:00:00%2B01:00&validAfter=2025-06-01T00:00:00Z')).to.deep.equal([2, 4, 5, 6, 7].map(id))
      for (const none of ['validOn=1900-01-01T00:00:00Z', 'validAfter=2099-12-31T23:59:59Z', 'validBefore=1900-01-01T00:00:00Z'])
        expect(await list(`?${none}`), none).to.deep.equal([])
    })

    it('pages with limit and a Link header (rel="next") that keeps the filters, until every footprint came once', async () => {
      const seen: string[] = []
      let next: string | undefined = `${base}/3/footprints?limit=2&status=Active`
      let pages = 0
      while (next) {
        const res = await call(next, { headers: bearer })
        expect(res.status).to.equal(200)
        expect(res.body.data.length).to.be.at.most(2)
        seen.push(...res.body.data.map((f: any) => f.id))
        next = /<([^>]+)>;\s*rel="next"/.exec(String(res.headers.link ?? ''))?.[1]
        if (next) expect(next).to.match(/^https:\/\/localhost:\d+\/pact\/3\/footprints\?limit=2&status=Active&after=/)
        pages++
      }
      expect(seen).to.deep.equal([2, 3, 4, 5, 6, 7].map(id))
      expect(pages).to.equal(3)
    })

    it('answers a bad limit, a bad date and a bad page start with 400 BadRequest naming the parameter', async () => {
      for (const [query, word] of [
        ['limit=0', 'limit'],
        ['limit=abc', 'limit'],
        ['limit=1001', 'limit'],
        ['validOn=yesterday', 'validOn'],
        ['validAfter=2026-13-45T00:00:00Z', 'validAfter'],
        ['after=not-an-id', 'after'],
        ['status=', 'status']
      ]) {
        const res = await call(`/3/footprints?${query}`, { headers: bearer })
        expect(res.status, query).to.equal(400)
        expect(res.body.code).to.equal('BadRequest')
        expect(res.body.message).to.include(word)
      }
    })

    it("gets one footprint by id, and answers an unknown id (or a supplier's footprint) with 404 NotFound", async () => {
      const res = await call(`/3/footprints/${id(3).toUpperCase()}`, { headers: bearer })
      expect(res.status).to.equal(200)
      expect(res.body.data).to.deep.include({ id: id(3), status: 'Active', productIds: ownFootprint(3).productIds })
      for (const unknown of ['00000000-0000-0000-0000-000000000000', 'non-existent-id', pactFootprint().id]) {
        const missing = await call(`/3/footprints/${unknown as string}`, { headers: bearer })
        expect(missing.status, unknown).to.equal(404)
        expect(missing.body.code).to.equal('NotFound')
      }
    })
  })

  describe('Action Events (POST /3/events)', () => {
    const CE = 'application/cloudevents+json; charset=UTF-8'
    const post = async (event: unknown, headers: Record<string, string> = bearer, contentType = CE): Promise<PactResponse> =>
      await call('/3/events', {
        method: 'POST',
        headers: { ...headers, 'content-type': contentType },
        body: typeof event === 'string' ? event : JSON.stringify(event)
      })
    const event = (type: string, data: unknown, id: string = crypto.randomUUID()): Record<string, unknown> => ({
      specversion: '1.0',
      id,
      source: 'https://customer.example.com/pact',
      time: '2026-11-30T10:00:00Z',
      type: `org.wbcsd.pact.ProductFootprint.${type}.3`,
      data
    })
    const Pact = '/odata/v4/pact'
    const taskOf = async (requestEventId: string): Promise<any[]> =>
      (await cds.run(SELECT.from('scope3.PactFulfilmentTasks').where({ requestEventId }))) as any[]
    let acier: Record<string, string> = {}
    const request = async (status = 'sent', pactClient = 'acier'): Promise<string> => {
      const ID = crypto.randomUUID()
      await INSERT.into('scope3.SupplierDataRequests').entries({
        ID,
        supplier_ID: '17300002',
        material_ID: 'ST-S355-PLATE',
        referenceYear: 2026,
        dueDate: '2026-12-31',
        status,
        pactClient_clientId: pactClient,
        sentAt: '2026-11-01T00:00:00Z'
      })
      return ID
    }

    before(async () => {
      const { PactClients } = cds.entities('scope3')
      await INSERT.into(PactClients).entries({
        clientId: 'acier',
        name: 'Acier Rhône SA',
        secretHash: hashSecret('acier-secret'),
        supplier_ID: '17300002'
      })
      acier = { authorization: `Bearer ${(await tokenFor('acier', 'acier-secret')).body.access_token as string}` }
    })

    it("opens a fulfilment task for a customer's request, which the fulfilment agent answers with the matching active footprints", async () => {
      const id = crypto.randomUUID()
      const res = await post(
        event('RequestCreatedEvent', { productId: ownFootprint(1).productIds, comment: 'Please send PCF data for this year.' }, id)
      )
      expect(res.status, JSON.stringify(res.body)).to.equal(200)
      const [task] = await taskOf(id)
      expect(task).to.include({
        client_clientId: 'acme',
        status: 'fulfilled',
        footprints: ownFootprint(2).id,
        answeredBy: 'pact-fulfilment',
        comment: 'Please send PCF data for this year.'
      })
      const decision = await SELECT.one.from('scope3.AgentDecisions').where({ agent: 'pact-fulfilment', subject: task.ID })
      expect(decision).to.include({ decision: 'fulfil' })
      expect(JSON.parse(decision.inputs).matches).to.deep.equal([ownFootprint(2).id])
    })

    it('leaves a request that matches no active footprint to a person, who rejects it with a reason', async () => {
      const id = crypto.randomUUID()
      expect((await post(event('RequestCreatedEvent', { productId: ['urn:pact:null'] }, id))).status).to.equal(200)
      const [task] = await taskOf(id)
      expect(task.status).to.equal('open')
      expect(
        await SELECT.one.from('scope3.AgentDecisions').columns('decision').where({ agent: 'pact-fulfilment', subject: task.ID })
      ).to.deep.equal({ decision: 'refer' })
      const rejected = await POST(`${Pact}/FulfilmentTasks(${task.ID as string})/PactService.reject`, {
        code: 'NotFound',
        message: 'We do not make this product.'
      })
      expect(rejected.status, JSON.stringify(rejected.data)).to.equal(200)
      expect(rejected.data).to.include({ status: 'rejected', rejectionCode: 'NotFound', answeredBy: 'sam' })
      expect(
        (await POST(`${Pact}/FulfilmentTasks(${task.ID as string})/PactService.fulfil`, { footprints: [ownFootprint(2).id] })).status
      ).to.equal(409)
    })

    it('rejects a request that matches no active footprint at once with NotFound where the policy says so (rejectUnmatched)', async () => {
      const policy = settings().pact.fulfilment
      settings().pact.fulfilment = { ...policy, rejectUnmatched: true }
      try {
        const id = crypto.randomUUID()
        expect((await post(event('RequestCreatedEvent', { productId: ['urn:pact:null'] }, id))).status).to.equal(200)
        const [task] = await taskOf(id)
        expect(task).to.include({ status: 'rejected', rejectionCode: 'NotFound', answeredBy: 'pact-fulfilment' })
        const decision = await SELECT.one
          .from('scope3.AgentDecisions')
          .columns('decision', 'inputs')
          .where({ agent: 'pact-fulfilment', subject: task.ID })
        expect(decision.decision).to.equal('reject')
        expect(JSON.parse(decision.inputs)).to.include({ rejectUnmatched: true })
      } finally {
        settings().pact.fulfilment = policy
      }
    })

    it("accepts a customer's PublishedEvent (nothing to pull from a customer) and records it", async () => {
      const published = event('PublishedEvent', { pfIds: ['3a6c14a7-4deb-498a-b5ea-16ce2535b576'] })
      expect((await post(published)).status).to.equal(200)
      const kept = await SELECT.one.from('scope3.PactInboundEvents').where({ client_clientId: 'acme', eventId: published.id })
      expect(kept).to.include({ type: 'published' })
      expect(kept.outcome).to.match(/no supplier we pull from/)
    })

    it('ignores a replayed event: 200, and nothing happens twice', async () => {
      const replay = event('RequestCreatedEvent', { productId: ownFootprint(4).productIds }, crypto.randomUUID())
      expect((await post(replay)).status).to.equal(200)
      expect((await post(replay)).status).to.equal(200)
      expect(await taskOf(replay.id as string)).to.have.length(1)
    })

    it('answers malformed CloudEvents with 400 BadRequest naming the field, and unknown event types with NotImplemented', async () => {
      const good = event('PublishedEvent', { pfIds: [crypto.randomUUID()] })
      const cases: Array<[unknown, string, string?]> = [
        [good, 'application/json', 'application/cloudevents+json'],
        ['{not json', 'not JSON'],
        [{ ...good, specversion: '0.3' }, 'specversion'],
        [{ ...good, id: undefined }, 'id is missing'],
        [{ ...good, source: '' }, 'source'],
        [{ ...good, time: 'yesterday' }, 'time'],
        [{ ...good, data: undefined }, 'data'],
        [event('PublishedEvent', { pfIds: ['urn:gtin:4712345060507'] }), 'data.pfIds[0]'],
        [event('RequestCreatedEvent', { comment: 'anything' }), 'no criterion'],
        [event('RequestFulfilledEvent', { requestEventId: 'x', pfs: [] }), 'data.pfs'],
        [event('RequestRejectedEvent', { requestEventId: 'x' }), 'data.error']
      ]
      for (const [body, word, contentType] of cases) {
        const res = await post(body, bearer, contentType === undefined ? CE : word)
        expect(res.status, `${JSON.stringify(body)}`).to.equal(400)
        expect(res.body.code).to.equal('BadRequest')
        expect(res.body.message).to.include(contentType ?? word)
      }
      const unknown = await post({ ...good, type: 'org.wbcsd.pact.ProductFootprint.SomethingElse.3' })
      expect(unknown.status).to.equal(400)
      expect(unknown.body.code).to.equal('NotImplemented')
      const invalidToken = await post(good, { authorization: 'Bearer very-invalid-access-token' })
      expect(invalidToken.status).to.equal(400)
      expect(invalidToken.body.code).to.equal('BadRequest')
    })

    it("imports a supplier's fulfilled answer to our request as supplier-specific factor, once; refuses other clients, unknown requests and invalid footprints", async () => {
      const { SupplierDataRequests, ProductFootprints, EmissionFactors } = cds.entities('scope3')
      const ID = await request()
      const footprint = pactFootprint({ id: crypto.randomUUID() })
      const fulfilled = (requestEventId: string, pfs: unknown[] = [footprint]): Record<string, unknown> =>
        event('RequestFulfilledEvent', { requestEventId, pfs })
      // a request never made, another client's request, an invalid footprint: refused, nothing imported
      const never = await post(fulfilled(crypto.randomUUID()), acier)
      expect([never.status, never.body.code]).to.deep.equal([400, 'BadRequest'])
      const other = await post(fulfilled(ID), bearer)
      expect([other.status, other.body.code]).to.deep.equal([403, 'AccessDenied'])
      const { productNameCompany: _, ...unnamed } = footprint
      const schemaFailures: Array<[unknown, string]> = [
        [{ ...footprint, pcf: { ...footprint.pcf, pcfExcludingBiogenicUptake: '-1' } }, 'pcfExcludingBiogenicUptake'],
        [
          { ...footprint, pcf: { ...footprint.pcf, dqi: { technologicalDQR: '7', temporalDQR: '1', geographicalDQR: '1' } } },
          'technologicalDQR'
        ],
        [unnamed, 'productNameCompany is mandatory']
      ]
      for (const [pf, word] of schemaFailures) {
        const invalid = await post(fulfilled(ID, [pf]), acier)
        expect([invalid.status, invalid.body.code], word).to.deep.equal([400, 'BadRequest'])
        expect(invalid.body.message).to.include(word)
      }
      expect(await SELECT.one.from(ProductFootprints).where({ ID: footprint.id })).to.equal(undefined)
      expect((await SELECT.one.from(SupplierDataRequests, ID)).status).to.equal('sent')
      // the supplier's answer
      const answer = fulfilled(ID)
      const ok = await post(answer, acier)
      expect(ok.status, JSON.stringify(ok.body)).to.equal(200)
      const stored = await SELECT.one.from(ProductFootprints).where({ ID: footprint.id })
      expect(stored).to.include({ origin: 'supplier', supplier_ID: '17300002', material_ID: 'ST-S355-PLATE', request_ID: ID })
      expect(Number((await SELECT.one.from(EmissionFactors, stored.factor_ID)).value)).to.equal(1.234)
      expect(await SELECT.one.from(SupplierDataRequests, ID)).to.include({ status: 'answered', footprint_ID: footprint.id })
      // replayed: accepted and ignored; answered again under a new event id: refused, the request is closed
      expect((await post(answer, acier)).status).to.equal(200)
      const again = await post(fulfilled(ID), acier)
      expect([again.status, again.body.code]).to.deep.equal([400, 'BadRequest'])
    })

    it("records a supplier's rejection of our request on the request", async () => {
      const { SupplierDataRequests } = cds.entities('scope3')
      const ID = await request()
      const res = await post(
        event('RequestRejectedEvent', {
          requestEventId: ID,
          error: { code: 'NotFound', message: 'The requested footprint could not be found.' }
        }),
        acier
      )
      expect(res.status).to.equal(200)
      expect(await SELECT.one.from(SupplierDataRequests, ID)).to.include({
        status: 'rejected',
        rejectionCode: 'NotFound',
        rejectionText: 'The requested footprint could not be found.',
        escalations: 1
      })
    })
  })
})
