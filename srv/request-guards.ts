/**
 * What every request passes before the services see it: security headers (helmet, a content security policy that
 * SAPUI5 runs under), OData options within bounds, literals of the right kind, the company-code attribute in the
 * shape CAP's @restrict needs on every database, and a 405 instead of CAP's 501 for a direct change of a draft-enabled
 * entity; refused requests (401, 403) are security events for the audit log. Registered by srv/server.ts.
 */
import cds from '@sap/cds'
import helmet from 'helmet'
import { literalTypeProblem, queryOptionProblem } from './lib/odata-limits'

const LOG = cds.log('security')

/** deeper `$expand` trees are refused: each level is a join or a query per row */
const MAX_EXPAND_DEPTH = 3

/** the guards of the HTTP server, ahead of every service */
export function guardServer (app: any): void {
  app.use(helmet(HEADERS))
  app.use(checkQueryOptions)
  app.use(auditRefusals)
}

/**
 * Every request refused for missing or wrong authentication (401) or authorization (403) is a security event in the
 * audit log (@cap-js/audit-logging, through CAP's persistent queue: it survives a restart): who (the user the request
 * authenticated as, if any), what (method and path, no query values, which may hold data), from where (the client IP).
 */
function auditRefusals (req: any, res: any, next: () => void): void {
  const ip: string | undefined = req.ip ?? req.socket?.remoteAddress
  res.once('finish', () => {
    if (res.statusCode !== 401 && res.statusCode !== 403) return
    const user = req.user?.id ?? req.authInfo?.getLogonName?.() ?? 'anonymous'
    const data = { event: res.statusCode === 401 ? 'authentication failed' : 'authorization refused', status: res.statusCode, method: req.method, path: String(req.originalUrl ?? req.url).replace(/\?.*$/, ''), user }
    cds.spawn({ user: cds.User.privileged } as any, async () => {
      const audit = await cds.connect.to('audit-log')
      await audit.send('SecurityEvent', { user, data, ip })
    }).on('failed', (e: Error) => LOG.error(`security event not audit-logged: ${e.message}`, data))
  })
  next()
}

/** the guards of one application service */
export function guardService (srv: any): void {
  // ahead of CAP's own authorization checks, which run as its `_initial` handlers
  const handler = Object.assign((req: any) => { companyCodesAsList(req.user) }, { _initial: true })
  srv.prepend(() => srv.before('*', handler))
  srv.before('READ', '*', (req: any) => { refuseMistypedLiterals(req) })
  srv.on('error', (err: any, context: any) => { draftOnlyAsMethodNotAllowed(err, context) })
}

/** the ushell sandbox (a development tool: in production the launchpad is Work Zone's) bootstraps with inline scripts */
export const sandboxCsp = (): unknown => helmet.contentSecurityPolicy({ directives: { ...CSP, scriptSrc: [...CSP.scriptSrc, "'unsafe-inline'"] } })

/** 400 for `$filter` comparisons of numbers, dates or booleans with literals of another kind (srv/lib/odata-limits.ts) */
function refuseMistypedLiterals (req: any): void {
  const typeOf = (path: string[]): string | undefined => {
    let def: any = req.target
    for (const step of path) def = (def?.elements ?? def?._target?.elements)?.[step]
    return def?._type ?? def?.type
  }
  const problem = literalTypeProblem(req.query?.SELECT?.where, typeOf)
  if (problem !== undefined) req.reject(400, `$filter: ${problem.message}`, problem.target)
}

/**
 * A draft-enabled entity changes through its draft; CAP answers a PATCH or DELETE of the active row with 501 (not
 * implemented), which says "server fault" to a client: it is 405, with what to do instead. (CAP passes the
 * transaction's context here, not the request: the HTTP method tells the case.)
 */
function draftOnlyAsMethodNotAllowed (err: any, context: any): void {
  const method = context?.http?.req?.method
  if (Number(err.status ?? err.code) !== 501 || !['PATCH', 'PUT', 'DELETE'].includes(method as string)) return
  err.status = 405
  err.code = '405'
  err.message = 'This entity changes in a draft: edit it (draftEdit), then activate the draft'
}

/**
 * The attribute `CompanyCode` (srv/access-control.cds) as a list of at least two entries: CAP turns a single value
 * into a plain parameter, and PostgreSQL cannot type `$1 is null` (error 42P18); a list becomes `1 = 2` there and
 * `companyCode_code = a or companyCode_code = a`. Without the attribute the user sees every company code.
 * REVISIT: drop once CAP renders `$user.<attr> is null` for a single value itself.
 */
function companyCodesAsList (user: any): void {
  const list = companyCodesOf(user)
  if (list?.length === 1) user.attr.CompanyCode = [list[0], list[0]]
}

/** the company codes the user's roles limit them to; undefined: all */
export function companyCodesOf (user: any): string[] | undefined {
  const codes = user?.attr?.CompanyCode
  return codes == null ? undefined : [codes].flat()
}

/**
 * The content security policy SAPUI5 runs under: its own scripts only (no inline script; UI5 still evaluates some
 * modules, hence 'unsafe-eval'), inline styles (controls set them), images and fonts as data URIs.
 */
const CSP = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'", "'unsafe-eval'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:', 'blob:'],
  fontSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  frameAncestors: ["'self'"],
  objectSrc: ["'none'"]
}
/** helmet's headers (HSTS, nosniff, no X-Powered-By, ...) with that policy */
const HEADERS = { contentSecurityPolicy: { directives: CSP }, crossOriginEmbedderPolicy: false }

/** 400 for OData query options that are out of bounds (srv/lib/odata-limits.ts), before any query runs */
function checkQueryOptions (req: any, res: any, next: () => void): void {
  const query = String(req.url).split('?')[1]
  const problem = query === undefined ? undefined : queryOptionProblem(new URLSearchParams(query), MAX_EXPAND_DEPTH)
  if (problem === undefined) return next()
  res.status(400).json({ error: { code: '400', message: problem.message, target: problem.target } })
}

