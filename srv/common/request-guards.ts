/**
 * What every request passes before the services see it: security headers (helmet, a content security policy that
 * SAPUI5 runs under), OData options within bounds, literals of the right kind, a request rate per user, and a 405
 * instead of CAP's 501 for a direct change of a draft-enabled entity; refused requests (401, 403) are security events
 * for the audit log. Registered by srv/server.ts.
 */
import cds from '@sap/cds'
import helmet from 'helmet'
import { headerSafe, literalTypeProblem, queryOptionProblem, textProblem } from '../lib/common/odata-limits'
import { FailureLockout, keptWhileUnchanged, retryAfterSeconds, TokenBucket } from '../lib/common/rate-limits'
import { settings, type Settings } from './settings'

const LOG = cds.log('security')

/** deeper `$expand` trees are refused: each level is a join or a query per row */
const MAX_EXPAND_DEPTH = 3

/** the guards of the HTTP server, ahead of every service */
export function guardServer(app: any): void {
  app.use(refuseFailingAddresses)
  app.use(guardResponses)
  app.use(helmet(HEADERS))
  app.use(checkQueryOptions)
  app.use(auditRefusals)
}

/**
 * An address whose requests failed authentication `scope3.authFailures.perAddress` times within `windowSeconds`
 * (default 10 in 60 s) gets 429 with `Retry-After` before anything else runs (no headers middleware, no
 * authentication, no service), answered after a second: a flood of bad credentials costs the server almost nothing
 * once it is recognised, and users at other addresses do not wait behind it. Behind Cloud Foundry's router the
 * address is the client's (`scope3.trustedProxyHops`). Kept per app instance.
 */
const authLockout = keptWhileUnchanged(
  (config: Settings['authFailures']) => new FailureLockout(config.perAddress, config.windowSeconds * 1000)
)
const authFailures = (): FailureLockout => authLockout(settings().authFailures)

const TARPIT_MS = 1000
const MAX_HELD = 1000
let held = 0

function refuseFailingAddresses(req: any, res: any, next: () => void): void {
  const address: string = req.ip ?? req.socket?.remoteAddress ?? 'unknown'
  const lockout = authFailures()
  const wait = lockout.retryAfter(address, Date.now())
  if (wait > 0) {
    const refuse = (): void => {
      res.writeHead(429, {
        'Retry-After': String(retryAfterSeconds(wait)),
        'Content-Type': 'application/json',
        'Cache-Control': 'no-store',
        Connection: 'close'
      })
      res.end('{"error":{"code":"429","message":"too many failed sign-ins from this address"}}')
    }
    // the answer takes a second (a tarpit): a flooding client waits instead of keeping the server busy; beyond
    // MAX_HELD waiting answers, at once
    if (held >= MAX_HELD) return refuse()
    held++
    setTimeout(
      () => {
        held--
        refuse()
      },
      Math.min(wait, TARPIT_MS)
    ).unref()
    return
  }
  res.once('finish', () => {
    if (res.statusCode === 401 && req.headers.authorization !== undefined) lockout.fail(address, Date.now())
  })
  next()
}

/**
 * Requests refused for wrong authentication (401) or authorization (403) are security events in the audit log
 * (@cap-js/audit-logging, through CAP's persistent queue: it survives a restart): who (the user the request
 * authenticated as, if any), what (method and path, no query values, which may hold data), from where (the client IP).
 * A request without any credentials is no event (a browser's first request, or a scan: nothing was tried), and a
 * flood from one address writes at most `scope3.securityEvents.perAddressPerMinute` events a minute (default 60); the
 * next event written says how many were left out, so that a flood of bad credentials costs no database write per
 * request.
 */
const auditBucket = keptWhileUnchanged((perMinute: number) => new TokenBucket(perMinute, 60_000, perMinute))
const leftOut = new Map<string, number>()
const auditedRefusals = (): TokenBucket => auditBucket(settings().securityEvents.perAddressPerMinute)

function auditRefusals(req: any, res: any, next: () => void): void {
  const ip: string | undefined = req.ip ?? req.socket?.remoteAddress
  res.once('finish', () => {
    if (res.statusCode !== 401 && res.statusCode !== 403) return
    if (res.statusCode === 401 && req.headers.authorization === undefined) return
    const address = ip ?? 'unknown'
    if (auditedRefusals().take(address, Date.now()) > 0) {
      if (leftOut.size >= 10_000 && !leftOut.has(address)) leftOut.delete(leftOut.keys().next().value!)
      leftOut.set(address, (leftOut.get(address) ?? 0) + 1)
      return
    }
    const user = req.user?.id ?? req.authInfo?.getLogonName?.() ?? 'anonymous'
    const data: Record<string, unknown> = {
      event: res.statusCode === 401 ? 'authentication failed' : 'authorization refused',
      status: res.statusCode,
      method: req.method,
      path: String(req.originalUrl ?? req.url).replace(/\?.*$/, ''),
      user
    }
    const skipped = leftOut.get(address)
    if (skipped) {
      data.refusalsNotLogged = skipped
      leftOut.delete(address)
    }
    cds
      .spawn({ user: cds.User.privileged } as any, async () => {
        const audit = await cds.connect.to('audit-log')
        await audit.send('SecurityEvent', { user, data, ip })
      })
      .on('failed', (e: Error) => LOG.error(`security event not audit-logged: ${e.message}`, data))
  })
  next()
}

/**
 * Requests per signed-in user and app instance (`scope3.requestRate`: `perMinute`, `burst`; 0 or unset: no limit; on
 * in production, .cdsrc.json): beyond it, 429 with `Retry-After`. Each part of a `$batch` counts. The app's own
 * technical users are not limited. The buckets are made again when the settings change (tests).
 */
const requestBucket = keptWhileUnchanged(
  (config: Settings['requestRate']) => new TokenBucket(config.perMinute, 60_000, config.burst || config.perMinute)
)
function limitRequestRate(req: any): void {
  const config = settings().requestRate
  const perMinute = config.perMinute
  const user = req.user
  if (!(perMinute > 0) || user == null || user._is_privileged === true || user.is?.('internal-user') === true) return
  const wait = requestBucket(config).take(String(user.id), Date.now())
  if (wait === 0) return
  const res = req.http?.res
  if (res && !res.headersSent) res.setHeader('Retry-After', String(retryAfterSeconds(wait)))
  req.reject(429, `too many requests: retry after ${retryAfterSeconds(wait)} s`)
}

/** the guards of one application service */
export function guardService(srv: any): void {
  srv.before('*', (req: any) => {
    limitRequestRate(req)
  })
  srv.before('READ', '*', (req: any) => {
    refuseMistypedLiterals(req)
  })
  srv.before('*', (req: any) => {
    checkPartOptions(req)
  })
  srv.before('*', (req: any) => {
    refuseUnsafeText(srv, req)
  })
  srv.before('*', (req: any) => {
    limitRequestTime(req)
  })
  srv.on('error', (err: any, context: any) => {
    draftOnlyAsMethodNotAllowed(err, context)
  })
}

/**
 * Nothing written to a response stops the server: a header value Node refuses (a key with a character outside
 * Latin-1 in the `Location` CAP writes after a create) is sent percent-encoded instead, and any other error while
 * writing ends this response (the socket closes) and is logged, where it would otherwise reach the process as an
 * unhandled rejection, which `cds serve` answers with a shutdown.
 */
function guardResponses(req: any, res: any, next: () => void): void {
  const where = (): string => `${String(req.method)} ${String(req.originalUrl ?? req.url).replace(/\?.*$/, '')}`
  const setHeader = res.setHeader
  res.setHeader = function (name: string, value: unknown) {
    try {
      return setHeader.call(this, name, value)
    } catch (e: any) {
      if (e?.code !== 'ERR_INVALID_CHAR' || (typeof value !== 'string' && !Array.isArray(value))) return failed(this, e)
      LOG.warn(`header ${name} of ${where()} held characters a header cannot: sent percent-encoded`)
      const isUrl = name.toLowerCase() === 'location'
      return setHeader.call(this, name, Array.isArray(value) ? value.map(v => headerSafe(String(v), isUrl)) : headerSafe(value, isUrl))
    }
  }
  for (const method of ['writeHead', 'write', 'end'] as const) {
    const original = res[method]
    res[method] = function (...args: unknown[]) {
      try {
        return original.apply(this, args)
      } catch (e) {
        return failed(this, e)
      }
    }
  }
  function failed(response: any, e: any): unknown {
    LOG.error(`response to ${where()} failed and was ended: ${String(e?.message ?? e)}`)
    response.destroy?.()
    return response
  }
  next()
}

/**
 * 400 for text that cannot be stored safely (srv/lib/common/odata-limits.ts textProblem): in the data of a create, update
 * or draft change (keys take no control characters at all) and in the parameters of an action, before any handler
 * writes; deep inserts are walked along their compositions.
 */
function refuseUnsafeText(srv: any, req: any): void {
  if (req.event === 'READ' || req.event === 'DELETE' || req.data == null || typeof req.data !== 'object') return
  const operation = req.target?.actions?.[req.event] ?? srv.actions?.[req.event] ?? srv.operations?.[req.event]
  const elements = operation ? operation.params : req.target?.elements
  const problem = unsafeTextIn(req.data, elements, '')
  if (problem) req.reject(400, `${problem.target}: ${problem.message}`, problem.target)
}

function unsafeTextIn(data: unknown, elements: any, prefix: string): { target: string; message: string } | undefined {
  if (Array.isArray(data)) {
    for (const [i, item] of data.entries()) {
      const found = unsafeTextIn(item, elements, `${prefix}${i}/`)
      if (found) return found
    }
    return undefined
  }
  if (data == null || typeof data !== 'object') return undefined
  for (const [name, value] of Object.entries(data)) {
    const element = elements?.[name]
    if (typeof value === 'string') {
      const message = textProblem(value, element?.key === true)
      if (message) return { target: `${prefix}${name}`, message }
    } else if (value !== null && typeof value === 'object') {
      const inner = element?._target?.elements ?? element?.items?.elements ?? element?.elements ?? element?.items?._type?.elements
      const found = unsafeTextIn(value, inner, `${prefix}${name}/`)
      if (found) return found
    }
  }
  return undefined
}

/** the ushell sandbox (a development tool: in production the launchpad is Work Zone's) bootstraps with inline scripts */
export const sandboxCsp = (): unknown =>
  helmet.contentSecurityPolicy({ directives: { ...CSP, scriptSrc: [...CSP.scriptSrc, "'unsafe-inline'"] } })

/** 400 for `$filter` comparisons of numbers, dates or booleans with literals of another kind (srv/lib/common/odata-limits.ts) */
function refuseMistypedLiterals(req: any): void {
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
/**
 * A request's work is bounded in time (`scope3.requestTimeoutSeconds`; production 120 s, off in development and tests):
 * the first database statement it runs past its deadline fails with 503 and `Retry-After`, and the request's
 * transaction is rolled back with it, so nothing it did is kept. Long work runs as jobs with progress (close,
 * recompute of a period, upload commit), outside the request, as does the app's own work (queue tasks, technical
 * users); computation between two statements, and a single statement, run to their end (their inputs are bounded).
 */
function limitRequestTime(req: any): void {
  const seconds = settings().requestTimeoutSeconds
  const root = cds.context as any
  if (!(seconds > 0) || !root || root._deadlineAt !== undefined) return
  // the app's own work (queue tasks, jobs) is no client's request
  if (req.user?._is_privileged === true || req.user?.is?.('internal-user') === true) return
  root._deadline = seconds
  root._deadlineAt = Date.now() + seconds * 1000
  watchStatements()
}

const TRANSACTION_EVENTS = new Set(['BEGIN', 'COMMIT', 'ROLLBACK'])
let watched: unknown
function watchStatements(): void {
  if (watched === cds.db || !cds.db) return
  watched = cds.db
  cds.db.before('*', (req: any) => {
    const root = cds.context as any
    if (root?._deadlineAt === undefined || Date.now() <= root._deadlineAt) return
    if (TRANSACTION_EVENTS.has(req.event as string)) return // the rollback must run
    const res = root.http?.res
    if (res && !res.headersSent) res.setHeader('Retry-After', '60')
    LOG.warn(`a request ran longer than ${String(root._deadline)} s: stopped and rolled back`)
    throw Object.assign(
      new Error(`the request took longer than ${String(root._deadline)} s and was stopped; nothing it changed was kept`),
      { status: 503 }
    )
  })
}

function draftOnlyAsMethodNotAllowed(err: any, context: any): void {
  const method = context?.http?.req?.method
  if (Number(err.status ?? err.code) !== 501 || !['PATCH', 'PUT', 'DELETE'].includes(method as string)) return
  err.status = 405
  err.code = '405'
  err.message = 'This entity changes in a draft: edit it (draftEdit), then activate the draft'
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

/**
 * The same bounds for each part of a `$batch`: CAP hands the parts to the service's own router, past the server's
 * middleware (checkQueryOptions), so a part is checked here, before its query runs; a refused part fails alone.
 */
function checkPartOptions(req: any): void {
  // the part's own HTTP request (req.http is the batch's)
  const http = req._?.req
  if (http?._subrequest !== true) return
  const query = String(http.url ?? '').split('?')[1]
  const problem = query === undefined ? undefined : queryOptionProblem(new URLSearchParams(query), MAX_EXPAND_DEPTH)
  if (problem) req.reject(400, problem.message, problem.target)
}

/** 400 for OData query options that are out of bounds (srv/lib/common/odata-limits.ts), before any query runs */
function checkQueryOptions(req: any, res: any, next: () => void): void {
  const query = String(req.url).split('?')[1]
  const problem = query === undefined ? undefined : queryOptionProblem(new URLSearchParams(query), MAX_EXPAND_DEPTH)
  if (problem === undefined) return next()
  res.status(400).json({ error: { code: '400', message: problem.message, target: problem.target } })
}
