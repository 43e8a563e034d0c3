import { expect } from 'chai'
import { execFileSync, spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import https from 'node:https'
import os from 'node:os'
import path from 'node:path'
import YAML from 'yaml'
import { deployTo } from '../helpers/app-process'

/**
 * What a BTP admin deploys: `npm run build` (cds build --production and the TypeScript compiled) and mta.yaml; then
 * the built service started in production mode with XSUAA authentication, against a local JSON Web Key set that
 * this test serves over HTTPS and signs its own tokens for (`mbt` cannot be installed here: its installer
 * downloads a binary).
 */
describe('Deployment: cds build --production, mta.yaml, the production profile with XSUAA tokens', function () {
  this.timeout(300000)
  const root = path.join(__dirname, '..', '..')
  const gen = path.join(root, 'gen')

  before(() => {
    fs.rmSync(gen, { recursive: true, force: true })
    // (the build's own profile: not the test profile this process runs in)
    const { CDS_ENV, ...env } = process.env
    execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'pipe', env })
  })

  describe('cds build --production', () => {
    it('produces the HDI artefacts: a table per persisted entity, views, indexes and the seed data', () => {
      const src = path.join(gen, 'db', 'src', 'gen')
      const files = fs.readdirSync(src)
      for (const table of [
        'scope3.Activities',
        'scope3.Attributions',
        'scope3.FiscalPeriods',
        'scope3.CalculationLog',
        'scope3.InboundEvents'
      ]) {
        expect(files, table).to.include(`${table}.hdbtable`)
      }
      expect(files).to.include('EmissionsService.PurchaseOrders.hdbview')
      expect(files.filter(f => f.endsWith('.hdbindex')).length).to.be.above(0)
      const data = fs.readdirSync(path.join(src, 'data'))
      expect(data).to.include.members(['scope3-CompanyCodes.csv', 'scope3-Units.csv'])
      expect(data.some(f => f.endsWith('.hdbtabledata'))).to.equal(true)
      const deployer = JSON.parse(fs.readFileSync(path.join(gen, 'db', 'package.json'), 'utf8'))
      expect(deployer.dependencies).to.have.property('@sap/hdi-deploy')
      const hdbtable = fs.readFileSync(path.join(src, 'scope3.Attributions.hdbtable'), 'utf8')
      expect(hdbtable).to.match(/COLUMN TABLE scope3_Attributions/)
    })

    it('compiles the service to JavaScript with its model and a production package.json', () => {
      const srv = path.join(gen, 'srv')
      expect(fs.existsSync(path.join(srv, 'srv', 'csn.json'))).to.equal(true)
      for (const ts of fs.readdirSync(path.join(root, 'srv')).filter(f => f.endsWith('.ts'))) {
        expect(fs.existsSync(path.join(srv, 'srv', ts.replace(/\.ts$/, '.js'))), ts).to.equal(true)
      }
      const pkg = JSON.parse(fs.readFileSync(path.join(srv, 'package.json'), 'utf8'))
      expect(pkg.scripts).to.deep.equal({ start: 'cds-serve' })
      expect(pkg).not.to.have.property('devDependencies')
      expect(pkg).not.to.have.property('workspaces')
      for (const dep of ['@sap/cds', '@sap/xssec', '@cap-js/hana', 'helmet']) expect(pkg.dependencies, dep).to.have.property(dep)
      const cdsrc = JSON.parse(fs.readFileSync(path.join(srv, '.cdsrc.json'), 'utf8'))
      expect(cdsrc.requires['[production]']).to.include({ auth: 'xsuaa' })
      expect(cdsrc.requires['[production]'].db.kind).to.equal('hana')
    })
  })

  describe('mta.yaml', () => {
    const mta = YAML.parse(fs.readFileSync(path.join(root, 'mta.yaml'), 'utf8'))
    const modules: any[] = mta.modules
    const resources: any[] = mta.resources
    const provided = new Set(modules.flatMap(m => (m.provides ?? []).map((p: any) => p.name)))
    const resourceNames = new Set(resources.map(r => r.name))

    it('points every module at a folder that the build fills, and names only resources and modules that exist', () => {
      for (const m of modules) {
        if (m['build-parameters']?.['no-source'] === true) continue
        expect(fs.existsSync(path.join(root, m.path)), `${m.name as string}: ${m.path as string}`).to.equal(true)
        for (const r of m.requires ?? [])
          expect(resourceNames.has(r.name) || provided.has(r.name), `${m.name as string} requires ${r.name as string}`).to.equal(true)
        for (const r of m['build-parameters']?.requires ?? [])
          expect(
            modules.map(x => x.name),
            `${m.name as string} takes ${r.name as string}`
          ).to.include(r.name)
      }
      for (const r of resources)
        for (const q of r.requires ?? []) expect(provided.has(q.name), `${r.name as string} requires ${q.name as string}`).to.equal(true)
    })

    it('deploys the service with HANA, XSUAA, Event Mesh and the S/4HANA destination, and the HDI deployer', () => {
      const byService = (service: string): any => resources.find(r => r.parameters?.service === service)
      const srv = modules.find(m => m.type === 'nodejs')
      expect(srv.path).to.equal('gen/srv')
      const needs = new Set(srv.requires.map((r: any) => r.name))
      for (const service of ['xsuaa', 'enterprise-messaging', 'destination', 'auditlog'])
        expect(needs.has(byService(service).name), service).to.equal(true)
      const hdi = resources.find(r => r.type === 'com.sap.xs.hdi-container')
      expect(needs.has(hdi.name)).to.equal(true)
      const deployer = modules.find(m => m.type === 'hdb')
      expect(deployer.path).to.equal('gen/db')
      expect(deployer.requires.map((r: any) => r.name)).to.include(hdi.name)
      expect(byService('xsuaa').parameters.path).to.equal('./xs-security.json')
      expect(fs.existsSync(path.join(root, 'xs-security.json'))).to.equal(true)
      expect(byService('enterprise-messaging').parameters.config.rules.topicRules.subscribeFilter.join()).to.match(/sap\/s4\/beh/)
    })

    it('deploys every Fiori app to the HTML5 application repository as the zip its ui5 build makes', () => {
      const apps = fs.readdirSync(path.join(root, 'app')).filter(a => fs.existsSync(path.join(root, 'app', a, 'xs-app.json')))
      expect(apps.length).to.be.above(4)
      const content = modules.find(m => m.type === 'com.sap.application.content' && m['build-parameters']?.requires)
      expect(content.requires.map((r: any) => r.name)).to.include(resources.find(r => r.parameters?.['service-plan'] === 'app-host').name)
      for (const app of apps) {
        const module = modules.find(m => m.type === 'html5' && m.path === `app/${app}`)
        expect(module, app).to.not.equal(undefined)
        const manifest = JSON.parse(fs.readFileSync(path.join(root, 'app', app, 'webapp', 'manifest.json'), 'utf8'))
        const zip = `${(manifest['sap.app'].id as string).replace(/\./g, '')}.zip`
        expect(fs.readFileSync(path.join(root, 'app', app, 'ui5.yaml'), 'utf8'), app).to.include(`archiveName: ${zip.slice(0, -4)}`)
        const taken = content['build-parameters'].requires.find((r: any) => r.name === module.name)
        expect(taken?.artifacts, app).to.deep.equal([zip])
        expect(manifest['sap.cloud']).to.deep.equal({ public: true, service: 'scope3.s4' })
        for (const source of Object.values<any>(manifest['sap.app'].dataSources ?? {}))
          expect(source.uri, `${app}: relative, for the app router`).to.match(/^odata\//)
        const xsApp = JSON.parse(fs.readFileSync(path.join(root, 'app', app, 'xs-app.json'), 'utf8'))
        const api = xsApp.routes.find((r: any) => r.source.includes('odata'))
        expect(api).to.include({ destination: 'scope3-s4-srv', authenticationType: 'xsuaa', csrfProtection: true })
      }
    })
  })

  describe('production profile: XSUAA tokens checked by @sap/xssec', () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'scope3-xsuaa-'))
    let jose: typeof import('jose', { with: { 'resolution-mode': 'import' } })
    let key: CryptoKey
    let forger: CryptoKey
    let uaa: https.Server
    /** what the app sent to the audit log service */
    const auditLog: Array<{ path: string; authorization?: string; body: any }> = []
    let app: ChildProcess
    const port = 4700 + Math.floor(Math.random() * 200)
    const base = `http://localhost:${port}`
    const xsappname = 'scope3-s4!t42'
    const clientid = 'sb-scope3-s4!t42'
    let uaadomain = ''

    /** a token as XSUAA issues it for a user with the given scopes */
    async function token(scopes: string[], opts: { exp?: number; signer?: CryptoKey; attributes?: object } = {}): Promise<string> {
      const now = Math.floor(Date.now() / 1000)
      return await new jose.SignJWT({
        user_name: 'jane.doe@example.com',
        email: 'jane.doe@example.com',
        origin: 'test',
        zid: 'test-zone',
        ext_attr: { enhancer: 'XSUAA' },
        scope: ['openid', ...scopes.map(s => `${xsappname}.${s}`)],
        client_id: clientid,
        cid: clientid,
        azp: clientid,
        grant_type: 'authorization_code',
        'xs.user.attributes': opts.attributes ?? {}
      })
        .setProtectedHeader({ alg: 'RS256', kid: 'key-1', jku: `https://${uaadomain}/token_keys` })
        .setSubject('jane')
        .setIssuer(`https://${uaadomain}/oauth/token`)
        .setAudience([clientid, xsappname])
        .setIssuedAt(now - 60)
        .setExpirationTime(opts.exp ?? now + 600)
        .sign(opts.signer ?? key)
    }
    const call = async (p: string, jwt?: string, init: RequestInit = {}): Promise<Response> =>
      await fetch(base + p, {
        ...init,
        headers: { ...(jwt ? { authorization: `Bearer ${jwt}` } : {}), 'content-type': 'application/json' }
      })

    before(async () => {
      jose = await import('jose')
      // XSUAA's key set, served over HTTPS with a certificate made for this run (xssec fetches https://<uaadomain>/token_keys)
      execFileSync(
        'openssl',
        [
          'req',
          '-x509',
          '-newkey',
          'rsa:2048',
          '-nodes',
          '-keyout',
          path.join(tmp, 'key.pem'),
          '-out',
          path.join(tmp, 'cert.pem'),
          '-days',
          '1',
          '-subj',
          '/CN=localhost',
          '-addext',
          'subjectAltName=DNS:localhost'
        ],
        { stdio: 'ignore' }
      )
      const pair = await jose.generateKeyPair('RS256', { extractable: true })
      key = pair.privateKey
      forger = (await jose.generateKeyPair('RS256')).privateKey
      const jwk = { ...(await jose.exportJWK(pair.publicKey)), kid: 'key-1', alg: 'RS256', use: 'sig' }
      // the same server plays the SAP Audit Log Service (oauth2 plan): its token endpoint and its REST API v2
      uaa = https.createServer(
        { key: fs.readFileSync(path.join(tmp, 'key.pem')), cert: fs.readFileSync(path.join(tmp, 'cert.pem')) },
        (req, res) => {
          res.setHeader('content-type', 'application/json')
          let body = ''
          req.on('data', (chunk: Buffer) => {
            body += chunk.toString()
          })
          req.on('end', () => {
            if (req.url?.startsWith('/token_keys') === true) return res.end(JSON.stringify({ keys: [jwk] }))
            if (req.url === '/oauth/token') return res.end(JSON.stringify({ access_token: 'audit-log-token', expires_in: 3600 }))
            if (req.url?.startsWith('/audit-log/oauth2/v2/') === true) {
              auditLog.push({ path: req.url, authorization: req.headers.authorization, body: JSON.parse(body) })
              res.statusCode = 201
            }
            res.end('{}')
          })
        }
      )
      await new Promise<void>(resolve => uaa.listen(0, '127.0.0.1', resolve))
      uaadomain = `localhost:${(uaa.address() as any).port as number}`

      // the built service (gen/srv) as Cloud Foundry starts it, with an XSUAA binding; SQLite stands in for HANA
      deployTo(path.join(tmp, 'db.sqlite'))
      const credentials = { clientid, xsappname, uaadomain, url: `https://${uaadomain}`, clientsecret: 'not-used-here' }
      const config = {
        requires: {
          auth: { kind: 'xsuaa', credentials },
          db: { kind: 'sqlite', credentials: { url: path.join(tmp, 'db.sqlite') } },
          messaging: { kind: 'local-messaging', format: 'cloudevents' },
          'audit-log': {
            kind: 'audit-log-to-restv2',
            credentials: {
              url: `https://${uaadomain}`,
              uaa: { url: `https://${uaadomain}`, clientid: 'sb-auditlog', clientsecret: 'not-used-here', tenantid: 'test-zone' }
            }
          }
        },
        scope3: { reconciliation: { every: null } }
      }
      app = spawn(process.execPath, [path.join(root, 'node_modules/@sap/cds/bin/serve.js'), '--port', String(port)], {
        cwd: path.join(gen, 'srv'),
        env: {
          PATH: process.env.PATH,
          HOME: process.env.HOME,
          NODE_ENV: 'production',
          CDS_CONFIG: JSON.stringify(config),
          NODE_EXTRA_CA_CERTS: path.join(tmp, 'cert.pem')
        },
        stdio: ['ignore', 'pipe', 'pipe']
      })
      let output = ''
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`production server did not start: ${output}`)), 60000)
        const collect = (chunk: Buffer): void => {
          output += chunk.toString()
          if (output.includes('server listening')) {
            clearTimeout(timer)
            resolve()
          }
        }
        app.stdout!.on('data', collect)
        app.stderr!.on('data', collect)
        app.on('exit', code => {
          clearTimeout(timer)
          reject(new Error(`production server exited with ${String(code)}: ${output.slice(-3000)}`))
        })
      })
    })

    after(async () => {
      if (app?.exitCode === null) {
        const exited = new Promise(resolve => app.once('exit', resolve))
        app.kill('SIGKILL')
        await exited
      }
      uaa?.close()
      fs.rmSync(tmp, { recursive: true, force: true })
    })

    it('answers 401 without a token, with a forged one, an expired one and one for another application', async () => {
      const url = '/odata/v4/admin/FactorSets'
      expect((await call(url)).status).to.equal(401)
      expect((await call(url, await token(['Auditor'], { signer: forger }))).status).to.equal(401)
      expect((await call(url, await token(['Auditor'], { exp: Math.floor(Date.now() / 1000) - 120 }))).status).to.equal(401)
      expect((await call(url, 'not.a.token')).status).to.equal(401)
      const other = await new jose.SignJWT({
        scope: ['other!t1.Auditor'],
        cid: 'sb-other!t1',
        client_id: 'sb-other!t1',
        zid: 'test-zone',
        user_name: 'x'
      })
        .setProtectedHeader({ alg: 'RS256', kid: 'key-1' })
        .setAudience(['sb-other!t1'])
        .setIssuedAt()
        .setExpirationTime('10m')
        .sign(key)
      expect((await call(url, other)).status).to.equal(401)
    })

    it('answers 403 for a valid token without the scope, 200 with it', async () => {
      expect((await call('/odata/v4/admin/FactorSets', await token(['ERPUser']))).status).to.equal(403)
      expect((await call('/odata/v4/admin/FactorSets', await token([]))).status).to.equal(403)
      const auditor = await call('/odata/v4/admin/FactorSets', await token(['Auditor']))
      expect(auditor.status).to.equal(200)
      expect((await auditor.json()).value).to.be.an('array')
      expect(
        (await call('/odata/v4/admin/FactorSets', await token(['Auditor']), { method: 'POST', body: JSON.stringify({ code: 'X' }) })).status
      ).to.equal(403)
      expect(
        (await call('/odata/v4/emissions/PurchaseOrders', await token(['ERPUser'], { attributes: { CompanyCode: ['1010'] } }))).status
      ).to.equal(200)
    })

    it('writes security events and changes of personal data to the SAP Audit Log Service', async () => {
      const waitFor = async (match: (e: (typeof auditLog)[number]) => boolean): Promise<(typeof auditLog)[number]> => {
        for (let i = 0; i < 100 && !auditLog.some(match); i++) await new Promise(resolve => setTimeout(resolve, 100))
        const found = auditLog.find(match)
        expect(found, JSON.stringify(auditLog)).not.to.equal(undefined)
        return found!
      }
      expect((await call('/odata/v4/admin/SupplierContacts', await token(['ERPUser']))).status).to.equal(403)
      const refused = await waitFor(
        e => e.path.endsWith('/security-events') && JSON.parse(e.body.data as string).path === '/odata/v4/admin/SupplierContacts'
      )
      expect(refused.authorization).to.equal('Bearer audit-log-token')
      expect(JSON.parse(refused.body.data as string)).to.include({
        event: 'authorization refused',
        status: 403,
        user: 'jane.doe@example.com'
      })
      // the client's address across Cloud Foundry's router (one trusted hop): the entry the router added, not one the client made up
      const forwarded = await fetch(`${base}/odata/v4/admin/SupplierContacts?via=proxy`, {
        headers: { authorization: `Bearer ${await token(['ERPUser'])}`, 'x-forwarded-for': '198.51.100.9, 203.0.113.7' }
      })
      expect(forwarded.status).to.equal(403)
      const proxied = await waitFor(e => e.path.endsWith('/security-events') && JSON.stringify(e.body).includes('203.0.113.7'))
      expect(JSON.stringify(proxied.body)).not.to.include('198.51.100.9')

      const created = await call('/odata/v4/admin/SupplierContacts', await token(['SustainabilityAdmin']), {
        method: 'POST',
        body: JSON.stringify({ supplier_ID: '17300001', lastName: 'Keller', email: 'j.keller@nordzement.example' })
      })
      expect(created.status).to.equal(201)
      const { ID } = await created.json()
      const modified = await waitFor(e => e.path.endsWith('/data-modifications') && e.body.object?.id?.ID === ID)
      expect(modified.body.data_subject).to.deep.include({ role: 'Supplier contact', id: { ID } })
      expect(modified.body.attributes).to.deep.include({ name: 'email', new: 'j.keller@nordzement.example' })
      expect(modified.body.user).to.equal('jane.doe@example.com')
    })

    it('sends security headers and hides internals in error responses', async () => {
      const response = await call('/odata/v4/admin/FactorSets?$filter=code eq', await token(['Auditor']))
      expect(response.status).to.equal(400)
      const text = await response.text()
      expect(text).not.to.match(/\bat [\w.<>]+ \(|SELECT |sqlite|node_modules/i)
      expect(response.headers.get('x-content-type-options')).to.equal('nosniff')
      expect(response.headers.get('strict-transport-security')).to.match(/max-age=/)
      expect(response.headers.get('content-security-policy')).to.match(/default-src 'self'/)
      expect(response.headers.get('x-powered-by')).to.equal(null)
      const deep = await call(
        '/odata/v4/admin/FactorSets?$expand=factors($expand=factorSet($expand=factors($expand=factorSet)))',
        await token(['Auditor'])
      )
      expect(deep.status).to.equal(400)
      expect((await deep.json()).error.message).to.match(/\$expand nests deeper than 3/)
      const huge = await call('/odata/v4/calculation/estimate', await token(['Auditor']), {
        method: 'POST',
        body: JSON.stringify({ activities: [], pad: 'x'.repeat(21 * 1024 * 1024) })
      })
      expect(huge.status).to.equal(413)
    })

    it('answers every class of error without SQL, stack traces or file paths', async () => {
      const auditor = await token(['Auditor', 'ERPUser'])
      const batch = (n: number, url = 'PurchaseOrders?$top=1'): RequestInit => ({
        method: 'POST',
        body: JSON.stringify({ requests: Array.from({ length: n }, (_, i) => ({ id: String(i), method: 'GET', url })) })
      })
      const cases: Array<[string, number, Promise<Response>]> = [
        ['bad $filter', 400, call('/odata/v4/admin/FactorSets?$filter=code eq', auditor)],
        ['unsupported $apply', 400, call('/odata/v4/analytics/EmissionLines?$apply=topcount(2,kgCO2eLocation)', auditor)],
        ['$skip beyond an integer', 400, call('/odata/v4/analytics/EmissionLines?$skip=99999999999999999999999', auditor)],
        ['literal of the wrong kind', 400, call("/odata/v4/analytics/EmissionLines?$filter=kgCO2eLocation gt 'abc'", auditor)],
        ['no token', 401, call('/odata/v4/admin/FactorSets')],
        ['no role', 403, call('/odata/v4/admin/FactorSets', await token(['ERPUser']))],
        ['no such row', 404, call("/odata/v4/admin/FactorSets(code='NOPE',IsActiveEntity=true)", auditor)],
        ['read-only entity', 405, call('/odata/v4/emissions/PurchaseOrders', auditor, { method: 'POST', body: '{}' })],
        [
          'body too large',
          413,
          call('/odata/v4/calculation/estimate', auditor, { method: 'POST', body: JSON.stringify({ pad: 'x'.repeat(21 * 1024 * 1024) }) })
        ],
        ['too many $batch parts', 429, call('/odata/v4/emissions/$batch', auditor, batch(101))],
        ['unknown path', 404, call('/odata/v4/nowhere', auditor)]
      ]
      for (const [name, expected, pending] of cases) {
        const response = await pending
        const text = await response.text()
        expect(response.status, `${name}: ${text.slice(0, 300)}`).to.equal(expected)
        expect(text, name).not.to.match(/\bat [\w.<>]+ \(|SELECT |sqlite|node_modules|\/srv\/|\.[jt]s:\d/i)
      }
      // a $batch part's error is answered the same way
      const parts = await (await call('/odata/v4/emissions/$batch', auditor, batch(1, 'PurchaseOrders?$filter=kgCO2e gt'))).text()
      expect(parts).to.match(/"status":400/)
      expect(parts).not.to.match(/\bat [\w.<>]+ \(|SELECT |sqlite|node_modules/i)
    })

    it("limits a user to the company codes of the token's attribute CompanyCode, in every service", async () => {
      const all = await (await call('/odata/v4/emissions/PurchaseOrderItems?$top=1000', await token(['ERPUser']))).json()
      const limited = await (
        await call('/odata/v4/emissions/PurchaseOrderItems?$top=1000', await token(['ERPUser'], { attributes: { CompanyCode: ['1010'] } }))
      ).json()
      expect(limited.value.length).to.be.above(0).and.below(all.value.length)
      expect(new Set(limited.value.map((i: any) => i.companyCode_code))).to.deep.equal(new Set(['1010']))
      const lines = await (
        await call(
          '/odata/v4/accounting/Activities?$top=1000&$expand=attributions',
          await token(['Controller'], { attributes: { CompanyCode: ['1010'] } })
        )
      ).json()
      expect(lines.value.length).to.be.above(0)
      expect(new Set(lines.value.map((a: any) => a.companyCode_code))).to.deep.equal(new Set(['1010']))
    })
  })
})
