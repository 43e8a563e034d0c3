/**
 * The PACT v3.0 host API (data owner) under `/pact`: OAuth 2.0 client credentials (`POST /auth/token`, with an
 * OpenID Connect discovery document), `GET /3/footprints` with the spec's filters and `Link` pagination and
 * `GET /3/footprints/{id}` over the company's own footprints, and `POST /3/events` (Action Events,
 * srv/pact/pact-exchange.ts). It answers over HTTPS only: behind the BTP app router
 * the forwarded protocol counts (`scope3.pact.trustForwardedProto`, production), and outside production `npm start` serves
 * it over TLS on `$PACT_PORT` (default 4443) with a self-signed certificate made on first start (srv/pact/pact-tls.ts).
 * The protocol itself (errors, query, pagination) is srv/lib/pact/protocol.ts.
 */
import cds from '@sap/cds'
import crypto from 'node:crypto'
import express, { type NextFunction, type Request, type Response } from 'express'
import { PactAccessTokens, PactClients, ProductFootprints } from '#cds-models/scope3'
import fs from 'node:fs'
import path from 'node:path'
import { nextLink, parseEvent, parseListQuery, PactError } from '../lib/pact/protocol'
import { findFootprints, receiveEvent } from './pact-exchange'
import { importFootprints } from './supplier-footprints'
import { addLocalDestination } from '../common/local-destinations'
import { FailureLockout, keptWhileUnchanged, retryAfterSeconds } from '../lib/common/rate-limits'
import { settings, type Settings } from '../common/settings'

const LOG = cds.log('pact')
export const BASE_PATH = '/pact'

export function pactRouter(): express.Router {
  const router = express.Router()
  router.use(httpsOnly)
  router.get('/.well-known/openid-configuration', discovery)
  router.post('/auth/token', express.urlencoded({ extended: false, limit: '10kb' }), token)
  router.get('/3/footprints', authenticated, listFootprints)
  router.get('/3/footprints/:id', authenticated, getFootprint)
  // any content type is read as JSON here, so that parseEvent can name a wrong one
  router.post('/3/events', authenticated, express.json({ type: () => true, limit: '5mb' }), events)
  router.use((_req: Request, _res: Response, next: NextFunction) => {
    next(new PactError('NotFound', 'no such PACT endpoint'))
  })
  router.use(answerError)
  return router
}

/**
 * Guessing secrets is slow: failed token requests lock out their client id from that address, and the address as a
 * whole, for the rest of the window (429 with `Retry-After`), before any secret is hashed. Kept per app instance;
 * made again when the settings change (tests).
 */
const lockoutsOf = keptWhileUnchanged((config: Settings['pact']['lockout']) => ({
  client: new FailureLockout(config.perClient, config.windowSeconds * 1000),
  address: new FailureLockout(config.perAddress, config.windowSeconds * 1000)
}))

/** Plain HTTP gets no token and no data: the spec's hosts answer over HTTPS only. */
function httpsOnly(req: Request, _res: Response, next: NextFunction): void {
  const tls = (req.socket as any).encrypted === true
  const forwarded =
    settings().pact.trustForwardedProto &&
    String(req.headers['x-forwarded-proto'] ?? '')
      .split(',')[0]
      .trim() === 'https'
  next(tls || forwarded ? undefined : new PactError('AccessDenied', 'the PACT API answers over HTTPS only'))
}

/**
 * The base URL the client used, for discovery and `Link` headers. The forwarded host counts only behind the
 * configured proxy (`trustForwardedProto`, production): anyone else could point the links at a host of their own.
 */
const HOST = /^[A-Za-z0-9.-]+(:\d{1,5})?$/
function baseUrl(req: Request): string {
  const forwarded = settings().pact.trustForwardedProto
    ? String(req.headers['x-forwarded-host'] ?? '')
        .split(',')[0]
        .trim()
    : ''
  const host = [forwarded, req.headers.host ?? ''].find(h => HOST.test(h)) ?? 'localhost'
  return `https://${host}${req.baseUrl}`
}

function discovery(req: Request, res: Response): void {
  const base = baseUrl(req)
  res.json({
    issuer: base,
    token_endpoint: `${base}/auth/token`,
    grant_types_supported: ['client_credentials'],
    token_endpoint_auth_methods_supported: ['client_secret_basic'],
    response_types_supported: ['token'],
    scopes_supported: []
  })
}

/** OAuth 2.0 client credentials grant (RFC 6749 4.4) with HTTP Basic client authentication; errors as RFC 6749 5.2. */
async function token(req: Request, res: Response): Promise<void> {
  res.setHeader('Cache-Control', 'no-store')
  const oauthError = (status: number, error: string, description: string): void => {
    if (status === 401) res.setHeader('WWW-Authenticate', 'Basic realm="pact"')
    res.status(status).json({ error, error_description: description })
  }
  const credentials = basicCredentials(req.headers.authorization)
  if (!credentials)
    return oauthError(
      401,
      'invalid_client',
      'client authentication failed: HTTP Basic authentication with client id and secret is required'
    )
  if (req.body?.grant_type !== 'client_credentials')
    return oauthError(400, 'unsupported_grant_type', 'grant_type must be client_credentials')
  const address = req.ip ?? req.socket.remoteAddress ?? 'unknown'
  const limits = lockoutsOf(settings().pact.lockout)
  const clientKey = `${credentials.id}\n${address}`
  const wait = Math.max(limits.client.retryAfter(clientKey, Date.now()), limits.address.retryAfter(address, Date.now()))
  if (wait > 0) {
    res.setHeader('Retry-After', String(retryAfterSeconds(wait)))
    return oauthError(429, 'invalid_client', `too many failed attempts: retry after ${retryAfterSeconds(wait)} s`)
  }
  const client = await SELECT.one.from(PactClients).where({ clientId: credentials.id })
  // an unknown client costs the same as a wrong secret, so the answer's timing tells neither apart
  let valid: boolean
  try {
    valid = (await verifySecret(credentials.secret, client?.secretHash ?? DUMMY_HASH)) && client?.active === true
  } catch (e) {
    if (!(e instanceof Busy)) throw e
    res.setHeader('Retry-After', '1')
    return oauthError(503, 'temporarily_unavailable', 'too many token requests at once: retry in a second')
  }
  if (!valid || !client) {
    limits.client.fail(clientKey, Date.now())
    limits.address.fail(address, Date.now())
    LOG.warn(`PACT token refused for client ${JSON.stringify(credentials.id.slice(0, 80))}`)
    return oauthError(401, 'invalid_client', 'client authentication failed')
  }
  limits.client.succeed(clientKey)
  const accessToken = crypto.randomBytes(32).toString('base64url')
  const lifetime = settings().pact.tokenLifetime
  const now = Date.now()
  await INSERT.into(PactAccessTokens).entries({
    tokenHash: sha256(accessToken),
    client_clientId: client.clientId,
    issuedAt: new Date(now).toISOString(),
    expiresAt: new Date(now + lifetime * 1000).toISOString()
  })
  await DELETE.from(PactAccessTokens).where({ expiresAt: { '<': new Date(now - 86400000).toISOString() } })
  res.json({ access_token: accessToken, token_type: 'Bearer', expires_in: lifetime })
}

/** Client id and secret of a Basic authorization header (each form-urlencoded before base64, RFC 6749 2.3.1). */
function basicCredentials(header: string | undefined): { id: string; secret: string } | undefined {
  const m = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(header ?? '')
  if (!m) return undefined
  const decoded = Buffer.from(m[1], 'base64').toString('utf8')
  const colon = decoded.indexOf(':')
  if (colon < 1) return undefined
  try {
    const form = (s: string): string => decodeURIComponent(s.replace(/\+/g, ' '))
    return { id: form(decoded.slice(0, colon)), secret: form(decoded.slice(colon + 1)) }
  } catch {
    return undefined
  }
}

/** A client secret as stored: scrypt with a random salt, `scrypt$<salt>$<hash>` (base64). */
export function hashSecret(secret: string, salt = crypto.randomBytes(16)): string {
  return `scrypt$${salt.toString('base64')}$${crypto.scryptSync(secret, salt, 32).toString('base64')}`
}

/**
 * Checking a secret: scrypt on libuv's thread pool, not the request thread, at most `HASHING_AT_ONCE` at a time and
 * `HASHING_QUEUE` waiting (beyond: Busy, 503), so that a flood of guesses takes at most those threads, never the
 * server. A secret this instance verified before is recognised by a keyed SHA-256 of it and the stored hash (in
 * memory, with a key made at start), without scrypt: a customer's regular token requests cost microseconds.
 */
const HASHING_AT_ONCE = 2
const HASHING_QUEUE = 16
class Busy extends Error {}
let hashing = 0
const waiting: Array<() => void> = []
const VERIFIED_KEY = crypto.randomBytes(32)
const verified = new Map<string, Buffer>()
const fingerprint = (secret: string, stored: string): Buffer =>
  crypto.createHmac('sha256', VERIFIED_KEY).update(stored).update('\n').update(secret).digest()

async function verifySecret(secret: string, stored: string): Promise<boolean> {
  const [kind, salt, hash] = stored.split('$')
  if (kind !== 'scrypt' || !salt || !hash) return false
  const known = verified.get(stored)
  const print = fingerprint(secret, stored)
  if (known && crypto.timingSafeEqual(known, print)) return true
  if (hashing >= HASHING_AT_ONCE) {
    if (waiting.length >= HASHING_QUEUE) throw new Busy()
    await new Promise<void>(resolve => waiting.push(resolve))
  }
  hashing++
  try {
    const expected = Buffer.from(hash, 'base64')
    const actual = await new Promise<Buffer>((resolve, reject) => {
      crypto.scrypt(secret, Buffer.from(salt, 'base64'), expected.length, (e, key) => {
        if (e) reject(e)
        else resolve(key)
      })
    })
    const valid = crypto.timingSafeEqual(actual, expected)
    if (valid && stored !== DUMMY_HASH) {
      if (verified.size >= 10_000) verified.delete(verified.keys().next().value!)
      verified.set(stored, print)
    }
    return valid
  } finally {
    hashing--
    waiting.shift()?.()
  }
}
const DUMMY_HASH = hashSecret(crypto.randomBytes(16).toString('hex'))
const sha256 = (s: string): string => crypto.createHash('sha256').update(s).digest('hex')

/** The client of the request's bearer token: BadRequest for a missing or unknown token, TokenExpired after its expiry. */
async function authenticated(req: Request, res: Response, next: NextFunction): Promise<void> {
  const m = /^Bearer\s+(\S+)\s*$/i.exec(req.headers.authorization ?? '')
  if (!m) return next(new PactError('BadRequest', 'a bearer access token from POST /auth/token is required'))
  const found = await SELECT.one
    .from(PactAccessTokens)
    .columns('client_clientId', 'expiresAt')
    .where({ tokenHash: sha256(m[1]) })
  if (!found) return next(new PactError('BadRequest', 'invalid access token'))
  if (Date.parse(found.expiresAt!) <= Date.now())
    return next(new PactError('TokenExpired', 'the access token has expired: request a new one'))
  res.locals.client = found.client_clientId
  next()
}

/** A footprint as served: the document as kept, with its current status (a successor deprecates it). */
const served = (r: { document: string; status: string }): unknown => ({ ...JSON.parse(r.document), status: r.status })

async function listFootprints(req: Request, res: Response): Promise<void> {
  const params = new URL(req.originalUrl, 'https://localhost').searchParams
  const query = parseListQuery(params)
  const { rows, more } = await findFootprints(query)
  if (more) res.setHeader('Link', nextLink(`${baseUrl(req)}/3/footprints`, params, rows[rows.length - 1].ID))
  res.json({ data: rows.map(served) })
}

async function getFootprint(req: Request, res: Response): Promise<void> {
  const id = String(req.params.id).toLowerCase()
  const row = await SELECT.one.from(ProductFootprints).columns('document', 'status').where({ ID: id, origin: 'own' })
  if (!row) throw new PactError('NotFound', `no footprint with id ${req.params.id}`)
  res.json({ data: served(row as any) })
}

/** Action Events: the event is checked, then handled in one transaction (srv/pact/pact-exchange.ts); 200 when accepted. */
async function events(req: Request, res: Response): Promise<void> {
  const event = parseEvent(req.headers['content-type'], req.body)
  const client = res.locals.client as string
  await cds.tx({ user: new cds.User(`pact:${client}`) }, async () => await receiveEvent(client, event, req.body))
  res.status(200).end()
}

/**
 * The development profile's own footprints (`scope3.pact.demoFootprints`, db/demo/pact-footprints.json), imported
 * like any PACT document when the company has none yet, so that the API has something to serve after `npm start`;
 * and the destination of the demo client's own API, where the answers to its requests go.
 */
export async function loadDemoFootprints(): Promise<void> {
  // the demo client's own PACT API, where its answers go (scope3.pact.demoCustomer: a destination name and URL)
  const customer = settings().pact.demoCustomer
  if (customer?.destination)
    addLocalDestination({ name: customer.destination, url: customer.url, clientId: customer.clientId, clientSecret: customer.clientSecret })
  const file = settings().pact.demoFootprints
  if (!file || (await SELECT.one.from(ProductFootprints).columns('ID').where({ origin: 'own' }))) return
  const report = await cds.tx(
    { user: cds.User.privileged },
    async () => await importFootprints(fs.readFileSync(path.resolve(cds.root, file), 'utf8'), { origin: 'own' }, 'pact-demo')
  )
  LOG.info(`demo: ${report.imported} own product footprint(s) for the PACT API from ${file}`)
}

/** Errors as the spec's `{ code, message }` with its status; anything unexpected is an InternalError (and logged). */
function answerError(err: unknown, _req: Request, res: Response, _next: NextFunction): void {
  const status = Number((err as any)?.status)
  const message = (err as any)?.type === 'entity.parse.failed' ? `the body is not JSON: ${(err as Error).message}` : (err as Error)?.message
  const e =
    err instanceof PactError
      ? err
      : status >= 400 && status < 500
        ? new PactError('BadRequest', message)
        : new PactError('InternalError', 'the request could not be answered')
  if (e.code === 'InternalError') LOG.error('PACT request failed:', err)
  res.status(e.status).json(e.toJSON())
}
