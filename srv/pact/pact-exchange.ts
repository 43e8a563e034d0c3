/**
 * PACT v3.0 Action Events between companies. Inbound (`POST /3/events`, srv/pact/pact-api.ts): a customer's request opens
 * a fulfilment task, which the fulfilment agent answers within its policy (footprints that match, else a person
 * decides); a supplier's answer to one of our requests imports its footprints as supplier-specific factors
 * (srv/pact/supplier-footprints.ts) or records its rejection; a published event pulls the footprints it names. Outbound: events
 * go to a partner's `/3/events` through CAP's persistent queue (PactService `deliver`, retried), over the partner's
 * BTP destination (SAP Cloud SDK), with an access token from the partner's token endpoint.
 */
import cds from '@sap/cds'
import { executeHttpRequest } from '@sap-cloud-sdk/http-client'
import { getDestination, type HttpDestination } from '@sap-cloud-sdk/connectivity'
import {
  AgentDecisions,
  PactClients,
  PactFulfilmentTasks,
  PactInboundEvents,
  ProductFootprintIds,
  ProductFootprints,
  SupplierDataRequests
} from '#cds-models/scope3'
import { cloudEvent, PactError, type PactEvent, type ListQuery } from '../lib/pact/protocol'
import { importFootprints, FootprintError } from './supplier-footprints'
import { hashOf } from '../common/calculation-log'
import { settings } from '../common/settings'

const LOG = cds.log('pact')
export const FULFILMENT_AGENT = 'pact-fulfilment'
const FULFILMENT_VERSION = 'pact-fulfilment/2'
const SOURCE = (): string => settings().pact.source
const OPEN_REQUESTS = ['sent', 'escalated']

const FILTER_KIND = { productId: 'product', companyId: 'company', classification: 'classification' } as const

/** The company's own footprints that match a query, one page (and whether another follows), in id order. */
export async function findFootprints({
  filters,
  limit,
  after
}: ListQuery): Promise<{ rows: Array<{ ID: string; document: string; status: string }>; more: boolean }> {
  const q = SELECT.from(ProductFootprints)
    .columns('ID', 'document', 'status')
    .where({ origin: 'own' })
    .orderBy('ID')
    .limit(limit + 1)
  if (after) q.where({ ID: { '>': after } })
  // validity as CXN tokens (the object notation has no `or`): repeated values are alternatives, the filters hold together
  const and = (tokens: unknown[]): void => {
    q.SELECT.where = [...(q.SELECT.where ?? []), 'and', { xpr: tokens }] as any
  }
  const anyOf = (conditions: unknown[][]): unknown[] => conditions.flatMap((c, i) => (i ? ['or', { xpr: c }] : [{ xpr: c }]))
  const compare = (element: string, op: string, value: string): unknown[] => [{ ref: [element] }, op, { val: value }]
  for (const [filter, idType] of Object.entries(FILTER_KIND)) {
    const values = filters[filter as keyof typeof FILTER_KIND]
    // a subquery on the URN index, not `exists` per footprint: a rare URN is found without reading every footprint
    if (values)
      q.where({
        ID: {
          in: SELECT.from(ProductFootprintIds)
            .columns('footprint_ID')
            .where({ idType, urn: { in: values } })
        }
      })
  }
  if (filters.geography) q.where({ geography: { in: filters.geography } })
  if (filters.status) q.where({ status: { in: filters.status } })
  if (filters.validOn) and(anyOf(filters.validOn.map(t => [...compare('validFrom', '<=', t), 'and', ...compare('validTo', '>=', t)])))
  if (filters.validAfter) and(anyOf(filters.validAfter.map(t => compare('validFrom', '>', t))))
  if (filters.validBefore) and(anyOf(filters.validBefore.map(t => compare('validTo', '<', t))))
  const rows = (await q) as any[]
  return { rows: rows.slice(0, limit), more: rows.length > limit }
}

/** What the API answers for an event: accepted (processed or, for a replay, ignored). */
export async function receiveEvent(client: string, event: PactEvent, body: unknown): Promise<string> {
  const known = await SELECT.one.from(PactInboundEvents).columns('outcome').where({ client_clientId: client, eventId: event.id })
  if (known) {
    LOG.info(`PACT event ${event.id} from ${client} again: ignored (${known.outcome ?? ''})`)
    return 'replay ignored'
  }
  const outcome = await handle(client, event)
  await INSERT.into(PactInboundEvents).entries({
    client_clientId: client,
    eventId: event.id,
    type: event.kind,
    source: event.source.slice(0, 500),
    receivedAt: new Date().toISOString(),
    outcome: outcome.slice(0, 500),
    body: JSON.stringify(body)
  })
  LOG.info(`PACT event ${event.kind} ${event.id} from ${client}: ${outcome}`)
  return outcome
}

async function handle(client: string, event: PactEvent): Promise<string> {
  switch (event.kind) {
    case 'requestCreated':
      return await openTask(client, event)
    case 'requestFulfilled':
      return await answered(client, event.requestEventId, async request => {
        try {
          const report = await importFootprints(JSON.stringify(event.pfs), { request: request.ID }, `pact:${client}`)
          return `request ${request.ID as string} answered: ${report.imported} footprint(s) imported, ${report.recomputed} line(s) recomputed`
        } catch (e) {
          if (e instanceof FootprintError) throw new PactError('BadRequest', e.message)
          throw e
        }
      })
    case 'requestRejected':
      return await answered(client, event.requestEventId, async request => {
        await UPDATE(SupplierDataRequests, request.ID).with({
          status: 'rejected',
          rejectionCode: event.error.code.slice(0, 40),
          rejectionText: event.error.message.slice(0, 500),
          escalations: (request.escalations ?? 0) + 1,
          escalatedAt: new Date().toISOString()
        })
        return `request ${request.ID as string} rejected by the supplier: ${event.error.code}`
      })
    case 'published': {
      const partner = await SELECT.one.from(PactClients).columns('supplier_ID', 'destination').where({ clientId: client })
      if (!partner?.supplier_ID || !partner.destination)
        return `published ${event.pfIds.length} footprint id(s): ${client} is no supplier we pull from`
      await cds.queued(await cds.connect.to('PactService')).send('pull', { client, pfIds: event.pfIds })
      return `published ${event.pfIds.length} footprint id(s): pull queued`
    }
  }
}

/**
 * A supplier's answer to one of our requests: the request must be ours, open, and sent to the supplier this client
 * speaks for (another client's token is refused).
 */
async function answered(client: string, requestEventId: string, then: (request: any) => Promise<string>): Promise<string> {
  const request = await SELECT.one.from(SupplierDataRequests).where({ ID: requestEventId.toLowerCase() }).forUpdate()
  if (!request?.pactClient_clientId) throw new PactError('BadRequest', `no request of ours has the event id ${requestEventId}`)
  if (request.pactClient_clientId !== client)
    throw new PactError('AccessDenied', `request ${requestEventId} was not sent to client ${client}`)
  if (!OPEN_REQUESTS.includes(request.status!))
    throw new PactError('BadRequest', `request ${requestEventId} is ${request.status ?? ''}: it takes no answer`)
  return await then(request)
}

/** A customer's request: a task, which the fulfilment agent answers at once when its policy lets it. */
async function openTask(client: string, event: Extract<PactEvent, { kind: 'requestCreated' }>): Promise<string> {
  const ID = cds.utils.uuid()
  await INSERT.into(PactFulfilmentTasks).entries({
    ID,
    client_clientId: client,
    requestEventId: event.id.slice(0, 200),
    source: event.source.slice(0, 500),
    criteria: JSON.stringify(event.criteria),
    comment: event.comment?.slice(0, 1000)
  })
  const decided = await fulfilmentAgent(ID)
  return `fulfilment task ${ID} opened${decided ? `; ${decided}` : ''}`
}

/**
 * The fulfilment agent: a task whose criteria match active footprints of the company is answered with them; one that
 * matches none is left to a person, or rejected with NotFound where the policy says so (`scope3.pact.fulfilment`:
 * `auto` false: every task waits for a person; `rejectUnmatched` true: the spec's RequestRejectedEvent at once).
 * Each decision is an agent decision with its inputs.
 */
async function fulfilmentAgent(taskId: string): Promise<string | undefined> {
  const policy = settings().pact.fulfilment
  if (policy.auto === false) return undefined
  const task = await SELECT.one.from(PactFulfilmentTasks, taskId)
  const matches = await matchesOf(task!)
  const inputs = {
    task: taskId,
    client: task!.client_clientId,
    criteria: JSON.parse(task!.criteria!),
    matches,
    rejectUnmatched: policy.rejectUnmatched === true
  }
  const decision = matches.length ? 'fulfil' : inputs.rejectUnmatched ? 'reject' : 'refer'
  const reason = {
    fulfil: `${matches.length} active footprint(s) match the request`,
    reject: NO_MATCH,
    refer: 'no active footprint matches the request: a person decides'
  }[decision]
  await INSERT.into(AgentDecisions).entries({
    ID: cds.utils.uuid(),
    agent: FULFILMENT_AGENT,
    decision,
    subject: taskId,
    confidence: '1.00',
    logicVersion: FULFILMENT_VERSION,
    inputs: JSON.stringify(inputs),
    inputHash: hashOf(inputs),
    dryRun: false,
    decidedAt: new Date().toISOString(),
    decidedBy: FULFILMENT_AGENT,
    reason
  } as any)
  if (decision === 'refer') return undefined
  if (decision === 'reject') {
    await reject(taskId, 'NotFound', NO_MATCH, FULFILMENT_AGENT)
    return 'rejected: no footprint matches'
  }
  await fulfil(taskId, matches, FULFILMENT_AGENT)
  return `fulfilled with ${matches.length} footprint(s)`
}

/** why the agent rejects a request that matches no footprint */
const NO_MATCH = 'no active product footprint of ours matches the request'

/** The ids of the company's active footprints that match a task's criteria (the first 100). */
async function matchesOf(task: { criteria?: string | null }): Promise<string[]> {
  const criteria = JSON.parse(task.criteria ?? '{}') as ListQuery['filters']
  return (await findFootprints({ filters: { ...criteria, status: ['Active'] }, limit: 100 })).rows.map(r => r.ID)
}

/** Answers an open task with own active footprints (those named, else those matching): a RequestFulfilledEvent to the customer, queued. */
export async function fulfil(taskId: string, footprintIds: string[], user: string): Promise<void> {
  const task = await openTaskFor(taskId)
  // none named: the active footprints that match the request
  const ids = footprintIds.length ? footprintIds.map(f => f.toLowerCase()) : await matchesOf(task)
  const rows = ids.length
    ? await SELECT.from(ProductFootprints)
        .columns('ID', 'document', 'status')
        .where({ ID: { in: ids }, origin: 'own', status: 'Active' })
    : []
  const missing = ids.filter(id => !rows.some(r => r.ID === id))
  if (!ids.length || missing.length)
    throw new FootprintError(
      400,
      ids.length
        ? `no active footprint of the company with id ${missing.join(', ')}`
        : "none of the company's active footprints matches the request: name the footprints to send",
      'footprints'
    )
  const pfs = ids.map(id => {
    const r = rows.find(x => x.ID === id)!
    return { ...JSON.parse(r.document!), status: r.status }
  })
  await UPDATE(PactFulfilmentTasks, taskId).with({
    status: 'fulfilled',
    footprints: ids.join(' ').slice(0, 2000),
    answeredAt: new Date().toISOString(),
    answeredBy: user
  })
  await send(task.client_clientId!, 'requestFulfilled', { requestEventId: task.requestEventId, pfs })
}

/** Rejects an open task: a RequestRejectedEvent with the error's code and message. */
export async function reject(taskId: string, code: string, message: string, user: string): Promise<void> {
  const task = await openTaskFor(taskId)
  await UPDATE(PactFulfilmentTasks, taskId).with({
    status: 'rejected',
    rejectionCode: code.slice(0, 40),
    rejectionText: message.slice(0, 500),
    answeredAt: new Date().toISOString(),
    answeredBy: user
  })
  await send(task.client_clientId!, 'requestRejected', { requestEventId: task.requestEventId, error: { code, message } })
}

async function openTaskFor(taskId: string): Promise<any> {
  const task = await SELECT.one.from(PactFulfilmentTasks, taskId).forUpdate()
  if (!task) throw new FootprintError(404, `no fulfilment task ${taskId}`, 'ID')
  if (task.status !== 'open') throw new FootprintError(409, `the task is ${task.status ?? ''}: it was answered`, 'status')
  return task
}

/** An event for a partner, through the persistent queue (in the caller's transaction: nothing goes out for a rollback). */
export async function send(client: string, kind: Parameters<typeof cloudEvent>[0], data: Record<string, unknown>): Promise<void> {
  const event = cloudEvent(kind, cds.utils.uuid(), SOURCE(), new Date().toISOString(), data)
  await cds.queued(await cds.connect.to('PactService')).send('deliver', { client, event })
}

/**
 * A new active footprint of the company's own goes to the customers subscribed to it: those who asked for one of its
 * products, or who were sent a footprint it succeeds (PublishedEvent, queued like every outgoing event).
 */
export async function notifySubscribers(
  footprints: Array<{ ID?: string; origin?: string; status?: string; document?: string }>
): Promise<void> {
  const published = footprints.filter(f => f.origin === 'own' && f.status === 'Active' && f.document)
  if (!published.length) return
  const tasks = await SELECT.from(PactFulfilmentTasks).columns('client_clientId', 'criteria', 'footprints')
  for (const f of published) {
    const doc = JSON.parse(f.document!) as { productIds?: string[]; precedingPfIds?: string[] }
    const subscribers = new Set(
      tasks
        .filter(t => {
          const asked = (JSON.parse(t.criteria ?? '{}') as ListQuery['filters']).productId ?? []
          const sent = (t.footprints ?? '').split(' ')
          return asked.some(p => doc.productIds?.includes(p)) || (doc.precedingPfIds ?? []).some(p => sent.includes(p.toLowerCase()))
        })
        .map(t => t.client_clientId!)
    )
    for (const client of subscribers) await send(client, 'published', { pfIds: [f.ID] })
    if (subscribers.size) LOG.info(`PACT footprint ${f.ID!} published to ${[...subscribers].join(', ')}`)
  }
}

/** A partner's PACT API: its destination with a fresh access token from its token endpoint (client credentials). */
async function partnerDestination(client: string): Promise<HttpDestination> {
  const partner = await SELECT.one.from(PactClients).columns('destination').where({ clientId: client })
  if (!partner?.destination)
    throw Object.assign(new Error(`PACT client ${client} has no destination: its events cannot be delivered`), { unrecoverable: true })
  const destination = await getDestination({ destinationName: partner.destination })
  if (!destination?.url) throw new Error(`destination ${partner.destination} of PACT client ${client} not found (or without URL)`)
  if (destination.authTokens?.length) return destination as HttpDestination
  // the BTP destination service fetches the token for OAuth2ClientCredentials destinations; locally (destinations from
  // the environment) the token comes from the partner's token endpoint here, as the spec asks: HTTP Basic client auth
  const tokenUrl = destination.tokenServiceUrl ?? `${destination.url.replace(/\/$/, '')}/auth/token`
  const { data } = await executeHttpRequest(
    { url: tokenUrl, authentication: 'BasicAuthentication', username: destination.clientId, password: destination.clientSecret } as any,
    {
      method: 'post',
      url: '',
      data: 'grant_type=client_credentials',
      headers: { 'content-type': 'application/x-www-form-urlencoded' }
    } as any
  )
  return {
    ...destination,
    url: destination.url,
    authentication: 'NoAuthentication',
    headers: { ...destination.headers, authorization: `Bearer ${data.access_token as string}` }
  }
}

/** Delivers one queued event; a partner's 4xx is final (no retry), anything else is retried by the queue. */
export async function deliver({ client, event }: { client: string; event: Record<string, unknown> }): Promise<void> {
  const destination = await partnerDestination(client)
  try {
    await executeHttpRequest(destination, {
      method: 'post',
      url: '/3/events',
      data: event,
      headers: { 'content-type': 'application/cloudevents+json; charset=UTF-8' }
    } as any)
    LOG.info(`PACT event ${event.type as string} ${event.id as string} delivered to ${client}`)
  } catch (e: any) {
    const status = e.response?.status ?? e.cause?.response?.status
    LOG.warn(
      `PACT event ${event.id as string} to ${client} not delivered (${status ?? e.code ?? e.message}): ${JSON.stringify(e.response?.data ?? e.cause?.response?.data ?? '')}`
    )
    if (status >= 400 && status < 500 && status !== 401 && status !== 429) e.unrecoverable = true
    throw e
  }
}

/** Pulls footprints a supplier published (by id) and imports them; unknown products are logged and skipped. */
export async function pull({ client, pfIds }: { client: string; pfIds: string[] }): Promise<void> {
  const destination = await partnerDestination(client)
  for (const id of pfIds) {
    const { data } = await executeHttpRequest(destination, { method: 'get', url: `/3/footprints/${id}` } as any)
    await importSupplierFootprint(client, data.data)
  }
}

/**
 * The pull that catches what we were not told (a published event lost while we were down): from each supplier
 * partner, its active footprints of the products we hold footprints of from it or asked it for
 * (`GET /3/footprints?productId=...&status=Active`, buyer-assigned product ids, every page); new ones are imported.
 */
export async function pullFromSuppliers(): Promise<{ partners: number; imported: number }> {
  const partners = await SELECT.from(PactClients)
    .columns('clientId', 'supplier_ID')
    .where({ active: true, supplier_ID: { '!=': null }, destination: { '!=': null } })
  let imported = 0
  for (const p of partners) {
    const held = await SELECT.from(ProductFootprints).columns('productIds').where({ origin: 'supplier', supplier_ID: p.supplier_ID })
    const asked = await SELECT.from(SupplierDataRequests)
      .columns('requestEvent')
      .where({ pactClient_clientId: p.clientId, status: { in: OPEN_REQUESTS } })
    const products = new Set([
      ...held.flatMap(f => (f.productIds ?? '').split(' ').filter(id => id.includes(':buyer-assigned:'))),
      ...asked.flatMap(r => (JSON.parse(r.requestEvent ?? '{}').data?.productId ?? []) as string[])
    ])
    if (!products.size) continue
    const destination = await partnerDestination(p.clientId!)
    const query = new URLSearchParams([...[...products].map(id => ['productId', id]), ['status', 'Active'], ['limit', '100']])
    let next: string | undefined = `/3/footprints?${query.toString()}`
    while (next) {
      const res: any = await executeHttpRequest(destination, { method: 'get', url: next } as any)
      for (const footprint of res.data?.data ?? []) {
        const known = await SELECT.one
          .from(ProductFootprints)
          .columns('ID')
          .where({ ID: String(footprint.id).toLowerCase() })
        if (!known && (await importSupplierFootprint(p.clientId!, footprint))) imported++
      }
      // the Link header names the next page by absolute URL: the path below the destination's URL
      const link = /<([^>]+)>;\s*rel="next"/.exec(String(res.headers?.link ?? ''))?.[1]
      next = link ? link.slice(link.indexOf('/3/footprints')) : undefined
    }
  }
  LOG.info(`PACT pull from ${partners.length} supplier partner(s): ${imported} footprint(s) imported`)
  return { partners: partners.length, imported }
}

/** A footprint a supplier sent without our request: imported for the supplier it belongs to, if it names one of our products. */
async function importSupplierFootprint(client: string, footprint: unknown): Promise<boolean> {
  const partner = await SELECT.one.from(PactClients).columns('supplier_ID').where({ clientId: client })
  try {
    const report = await importFootprints(JSON.stringify(footprint), { supplier: partner!.supplier_ID }, `pact:${client}`)
    LOG.info(`PACT pull from ${client}: ${report.imported} imported, ${report.unchanged} unchanged`)
    return report.imported > 0
  } catch (e) {
    if (!(e instanceof FootprintError)) throw e
    LOG.warn(`PACT pull from ${client}: footprint ${String((footprint as any)?.id)} not imported: ${e.message}`)
    return false
  }
}
