/**
 * The protocol of the PACT Technical Specifications v3.0 (WBCSD, public: wbcsd/data-exchange-protocol), without
 * HTTP or database: the error responses, the query of ListFootprints with its filters and pagination, and the
 * CloudEvents of Action Events. srv/pact/pact-api.ts serves them.
 */

/** The spec's error codes and their HTTP status (v3.0 names `NotFound` what v2 called `NoSuchFootprint`). */
export const ERRORS = {
  BadRequest: 400,
  AccessDenied: 403,
  NotFound: 404,
  TokenExpired: 401,
  NotImplemented: 400,
  InternalError: 500
} as const
export type ErrorCode = keyof typeof ERRORS

export class PactError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string
  ) {
    super(message)
  }
  get status(): number {
    return ERRORS[this.code]
  }
  toJSON(): { code: ErrorCode; message: string } {
    return { code: this.code, message: this.message }
  }
}

export const LIST_FILTERS = [
  'productId',
  'companyId',
  'geography',
  'classification',
  'validOn',
  'validAfter',
  'validBefore',
  'status'
] as const
export type ListFilter = (typeof LIST_FILTERS)[number]
const DATE_FILTERS: ListFilter[] = ['validOn', 'validAfter', 'validBefore']
export const PAGE_SIZE = { default: 100, max: 1000 }
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
const DATE_TIME = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$/

/**
 * A ListFootprints query: per filter the values asked for (a repeated parameter means any of them, different
 * parameters must all hold), dates as UTC ISO timestamps; the page size; and where the page starts (`after`: the id
 * the previous page ended with, from the `Link` header). Parameters the spec does not define are ignored.
 */
export interface ListQuery {
  filters: Partial<Record<ListFilter, string[]>>
  limit: number
  after?: string
}

export function parseListQuery(params: URLSearchParams): ListQuery {
  const filters: ListQuery['filters'] = {}
  for (const name of LIST_FILTERS) {
    const values = params.getAll(name)
    if (!values.length) continue
    if (values.some(v => !v.trim())) throw new PactError('BadRequest', `the filter ${name} is empty`)
    filters[name] = DATE_FILTERS.includes(name) ? values.map(v => utc(name, v)) : values
  }
  const limit = params.get('limit')
  if (limit !== null && !(/^\d+$/.test(limit) && Number(limit) >= 1 && Number(limit) <= PAGE_SIZE.max)) {
    throw new PactError('BadRequest', `limit must be a whole number from 1 to ${PAGE_SIZE.max}, not ${JSON.stringify(limit)}`)
  }
  const after = params.get('after') ?? undefined
  if (after !== undefined && !UUID.test(after))
    throw new PactError('BadRequest', `after must be a footprint id from a Link header, not ${JSON.stringify(after)}`)
  return { filters, limit: limit === null ? PAGE_SIZE.default : Number(limit), after: after?.toLowerCase() }
}

function utc(name: string, value: string): string {
  const [y, m, d] = value.slice(0, 10).split('-').map(Number)
  // Date.parse rolls 2026-02-30 over into March: the day must exist in its month
  const t = DATE_TIME.test(value) && new Date(Date.UTC(y, m - 1, d)).getUTCDate() === d && m <= 12 ? Date.parse(value) : NaN
  if (Number.isNaN(t))
    throw new PactError('BadRequest', `${name} must be an ISO 8601 date-time such as 2025-01-01T00:00:00Z, not ${JSON.stringify(value)}`)
  return new Date(t).toISOString()
}

/** The `Link` header of a page that has a next one: the same query, starting after the page's last footprint. */
export function nextLink(baseUrl: string, params: URLSearchParams, lastId: string): string {
  const next = new URLSearchParams()
  for (const [k, v] of params) if (k !== 'after') next.append(k, v)
  next.set('after', lastId)
  return `<${baseUrl}?${next.toString()}>; rel="next"`
}

/**
 * The validity of a footprint as the filters read it: its validity period, or without one the three years from
 * the end of its reference period (Tech Specs v3.0, "validityPeriodStart": "If not defined, the validity period
 * is ... referencePeriodEnd plus 3 years").
 */
export function validityOf(f: { validityPeriodStart?: string; validityPeriodEnd?: string; referencePeriodEnd: string }): {
  validFrom: string
  validTo: string
} {
  if (f.validityPeriodStart && f.validityPeriodEnd)
    return { validFrom: new Date(f.validityPeriodStart).toISOString(), validTo: new Date(f.validityPeriodEnd).toISOString() }
  const end = new Date(f.referencePeriodEnd)
  const to = new Date(end)
  to.setUTCFullYear(end.getUTCFullYear() + 3)
  return {
    validFrom: f.validityPeriodStart ? new Date(f.validityPeriodStart).toISOString() : end.toISOString(),
    validTo: f.validityPeriodEnd ? new Date(f.validityPeriodEnd).toISOString() : to.toISOString()
  }
}

/** The event types of Action Events (v3.0). */
export const EVENT_TYPES = {
  requestCreated: 'org.wbcsd.pact.ProductFootprint.RequestCreatedEvent.3',
  requestFulfilled: 'org.wbcsd.pact.ProductFootprint.RequestFulfilledEvent.3',
  requestRejected: 'org.wbcsd.pact.ProductFootprint.RequestRejectedEvent.3',
  published: 'org.wbcsd.pact.ProductFootprint.PublishedEvent.3'
} as const
export type EventKind = keyof typeof EVENT_TYPES

export type PactEvent =
  | { kind: 'requestCreated'; id: string; source: string; time?: string; criteria: ListQuery['filters']; comment?: string }
  | { kind: 'requestFulfilled'; id: string; source: string; time?: string; requestEventId: string; pfs: unknown[] }
  | { kind: 'requestRejected'; id: string; source: string; time?: string; requestEventId: string; error: { code: string; message: string } }
  | { kind: 'published'; id: string; source: string; time?: string; pfIds: string[] }

/**
 * A CloudEvent (structured mode, `application/cloudevents+json`, CloudEvents 1.0) of one of the four v3.0 types,
 * checked field by field: BadRequest names the field that is missing or wrong, NotImplemented an unknown type.
 * The footprints of a fulfilled event are validated where they are imported (srv/lib/pact/footprints.ts).
 */
export function parseEvent(contentType: string | undefined, body: unknown): PactEvent {
  if (!/^application\/cloudevents\+json\b/i.test(contentType ?? ''))
    throw new PactError('BadRequest', `events come as application/cloudevents+json, not ${contentType ?? 'without a content type'}`)
  if (!isObject(body)) throw new PactError('BadRequest', 'the event is not a JSON object')
  const text = (field: string, value: unknown = body[field]): string => {
    if (typeof value !== 'string' || !value.trim())
      throw new PactError('BadRequest', `${field} is ${value === undefined ? 'missing' : 'not a non-empty string'}`)
    return value
  }
  if (body.specversion !== '1.0') throw new PactError('BadRequest', `specversion must be "1.0", not ${JSON.stringify(body.specversion)}`)
  const head = { id: text('id'), source: text('source'), time: body.time === undefined ? undefined : text('time') }
  if (head.time !== undefined && (!DATE_TIME.test(head.time) || Number.isNaN(Date.parse(head.time))))
    throw new PactError('BadRequest', `time must be an RFC 3339 timestamp, not ${JSON.stringify(head.time)}`)
  const type = text('type')
  const kind = (Object.keys(EVENT_TYPES) as EventKind[]).find(k => EVENT_TYPES[k] === type)
  if (!kind)
    throw new PactError('NotImplemented', `event type ${type} is not supported (supported: ${Object.values(EVENT_TYPES).join(', ')})`)
  const data = body.data
  if (!isObject(data)) throw new PactError('BadRequest', 'data is missing or not an object')
  switch (kind) {
    case 'requestCreated': {
      const criteria: ListQuery['filters'] = {}
      for (const name of LIST_FILTERS) {
        const v = data[name]
        if (v === undefined) continue
        const values = Array.isArray(v) ? v : [v]
        if (!values.length || values.some(x => typeof x !== 'string' || !x.trim()))
          throw new PactError('BadRequest', `data.${name} must be a non-empty string or list of strings`)
        criteria[name] = DATE_FILTERS.includes(name) ? values.map(x => utc(`data.${name}`, x)) : values
      }
      if (!Object.keys(criteria).length)
        throw new PactError('BadRequest', `data names no criterion: at least one of ${LIST_FILTERS.join(', ')}`)
      if (data.comment !== undefined && typeof data.comment !== 'string') throw new PactError('BadRequest', 'data.comment is not a string')
      return { kind, ...head, criteria, comment: data.comment as string | undefined }
    }
    case 'requestFulfilled':
      if (!Array.isArray(data.pfs) || !data.pfs.length)
        throw new PactError('BadRequest', 'data.pfs must be a non-empty list of ProductFootprints')
      return { kind, ...head, requestEventId: text('data.requestEventId', data.requestEventId), pfs: data.pfs }
    case 'requestRejected': {
      const error = data.error
      if (!isObject(error)) throw new PactError('BadRequest', 'data.error is missing or not an object')
      return {
        kind,
        ...head,
        requestEventId: text('data.requestEventId', data.requestEventId),
        error: { code: text('data.error.code', error.code), message: text('data.error.message', error.message) }
      }
    }
    case 'published': {
      const pfIds = data.pfIds
      if (!Array.isArray(pfIds) || !pfIds.length) throw new PactError('BadRequest', 'data.pfIds must be a non-empty list of footprint ids')
      pfIds.forEach((p, i) => {
        if (typeof p !== 'string' || !UUID.test(p))
          throw new PactError('BadRequest', `data.pfIds[${i}] is not a footprint id (UUID): ${JSON.stringify(p)}`)
      })
      return { kind, ...head, pfIds: (pfIds as string[]).map(p => p.toLowerCase()) }
    }
  }
}

const isObject = (v: unknown): v is Record<string, any> => typeof v === 'object' && v !== null && !Array.isArray(v)

/** An outgoing CloudEvent of one of the v3.0 types; the caller gives id and time (this module has no clock). */
export const cloudEvent = (
  kind: EventKind,
  id: string,
  source: string,
  time: string,
  data: Record<string, unknown>
): Record<string, unknown> => ({ specversion: '1.0', id, source, time, type: EVENT_TYPES[kind], datacontenttype: 'application/json', data })
