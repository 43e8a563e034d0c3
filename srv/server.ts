/**
 * The CAP server: the request guards (srv/common/request-guards.ts), company-code isolation
 * (srv/common/company-code-isolation.ts) and the PACT host API (srv/pact/pact-api.ts, over TLS on its own port outside
 * production: srv/pact/pact-tls.ts) in every profile; outside production also the local launchpad's
 * configuration (in production the launchpad is SAP Build Work Zone's, behind its app router), and on SQLite
 * row-by-row inserts (srv/common/sqlite-rows.ts).
 */
import cds from '@sap/cds'
import path from 'node:path'
import { launchpadConfig, launchpadOf, openInS4, S4_PURCHASE_ORDER_INTENT, type Launchpad } from './common/launchpad-config'
import { BASE_PATH, loadDemoFootprints, pactRouter } from './pact/pact-api'
import { servePactOverTls } from './pact/pact-tls'
import { checkBindings, isolateService } from './common/company-code-isolation'
import { guardServer, guardService, sandboxCsp } from './common/request-guards'
import { insertRowByRow } from './common/sqlite-rows'
import { settings } from './common/settings'

/** SAPUI5's own files as an app's UI5 tooling serves them */
const UI5_RESOURCES = /^\/[\w-]+\/(test-)?resources\//

// on SQLite, bulk inserts of rows run row by row with bound parameters (srv/common/sqlite-rows.ts)
cds.on('connect', (srv: any) => {
  if (srv.options?.kind === 'sqlite') insertRowByRow(srv)
})
cds.on('serving', (srv: any) => {
  if (!(srv instanceof cds.ApplicationService)) return
  guardService(srv)
  // company codes: one declaration (db/company-codes.cds), checked and enforced for every service
  checkBindings(srv)
  isolateService(srv)
})

cds.on('bootstrap', (app: any) => {
  // the client's address (audit events, lockouts) from X-Forwarded-For only across the configured proxies: in
  // production Cloud Foundry's router (scope3.trustedProxyHops, .cdsrc.json); elsewhere the socket's address
  const hops = settings().trustedProxyHops
  if (hops > 0) app.set('trust proxy', hops)
  guardServer(app)
  app.use(BASE_PATH, pactRouter())
  if (cds.env.profiles?.includes('production') === true) return
  app.use('/launchpad', sandboxCsp())
  // SAPUI5's files do not change within its pinned version, and the UI5 tooling's server sends no caching headers:
  // the browser keeps them for a day instead of asking again for each of its ~1,800 modules on every page load
  // (tested on the URL: Express 5 no longer matches a regular expression given to app.use as a path prefix)
  app.use((req: any, res: any, next: () => void) => {
    if (UI5_RESOURCES.test(req.path as string)) res.setHeader('Cache-Control', 'private, max-age=86400')
    next()
  })
  // the apps' data sources are relative (`odata/v4/...`), which SAP Build Work Zone's app router resolves through
  // each app's xs-app.json; here an app's `/<mount path>/odata/...` is the server's own `/odata/...`
  app.use((req: any, _res: any, next: () => void) => {
    const inApp = /^\/[\w-]+(\/odata\/.*)$/.exec(req.url as string)
    if (inApp) req.url = inApp[1]
    next()
  })
  // where the ushell sandbox (test-resources/sap/ushell/bootstrap/sandbox.js) reads its application configuration:
  // built for the signed-in user (CAP's own authentication first), so it holds the tiles of the apps their roles open
  // (the apps' manifests and the roles that open each read once, at the first request: the model is loaded by then)
  const appFolder = path.join(cds.root, cds.env.folders.app)
  let launchpad: Launchpad | undefined
  // "Open in S/4HANA" in the sandbox: on to S/4HANA's launchpad with the order's number in the hash
  app.get(`/launchpad/s4/${S4_PURCHASE_ORDER_INTENT}`, (req: any, res: any) => {
    const s4 = settings().s4Launchpad.url
    const target = s4 ? openInS4(s4, req.query.PurchaseOrder) : undefined
    if (!target)
      return res.status(s4 ? 400 : 404).json({ error: { message: s4 ? 'PurchaseOrder: a purchase order number' : 'no S/4HANA launchpad' } })
    res.redirect(302, target)
  })
  app.get('/appconfig/fioriSandboxConfig.json', ...cds.middlewares.before, (_req: any, res: any) => {
    launchpad ??= launchpadOf(appFolder, cds.model, settings().s4Launchpad.url)
    res.setHeader('Cache-Control', 'no-store')
    res.json(launchpadConfig(launchpad, cds.context!.user as any))
  })
})

cds.on('served', () => loadDemoFootprints())
cds.on('listening', () => {
  servePactOverTls(cds.app).catch((e: Error) => {
    cds.log('pact').error(`PACT API over HTTPS not served: ${e.message}`)
  })
})

export default cds.server
