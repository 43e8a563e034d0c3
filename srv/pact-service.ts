import cds from '@sap/cds'
import crypto from 'node:crypto'
import { PactClients, ProductFootprints } from '#cds-models/scope3'
import { hashSecret } from './pact-api'
import { deliver, fulfil, notifySubscribers, pull, reject } from './pact-exchange'
import { FootprintError } from './remediation'

export class PactService extends cds.ApplicationService {
  async init (): Promise<void> {
    this.credentials()
    this.fulfilment()
    this.queue()
    this.subscriptions()
    return await super.init()
  }

  /** a client's secret is made here, returned once and kept only as hash */
  credentials (): void {
    this.on('newSecret', 'Clients', async (req: any) => {
      const clientId = req.params.at(-1).clientId ?? req.params.at(-1)
      const secret = crypto.randomBytes(24).toString('base64url')
      const changed = await UPDATE(PactClients, clientId).with({ secretHash: hashSecret(secret) })
      if (!changed) return req.reject(404, `no PACT client ${clientId as string}`)
      cds.log('pact').info(`new secret for PACT client ${clientId as string} by ${req.user.id as string}`)
      return secret
    })
  }

  /** a person answers a customer's request the fulfilment agent left open */
  fulfilment (): void {
    const refusing = (fn: (req: any, ID: string) => Promise<void>) => async (req: any) => {
      const ID = req.params.at(-1).ID ?? req.params.at(-1)
      try { await fn(req, ID) } catch (e) { if (e instanceof FootprintError) return req.reject(e.status, e.message, e.target); throw e }
      return await SELECT.one.from(req.target, ID)
    }
    this.on('fulfil', 'FulfilmentTasks', refusing(async (req, ID) => { await fulfil(ID, req.data.footprints ?? [], req.user.id) }))
    this.on('reject', 'FulfilmentTasks', refusing(async (req, ID) => { await reject(ID, req.data.code, req.data.message, req.user.id) }))
  }

  /** the company's new footprints reach the customers subscribed to them, in the transaction that stores them */
  subscriptions (): void {
    cds.db.after('INSERT', ProductFootprints, async (_: unknown, req: any) => {
      const entries = req.query?.INSERT?.entries ?? (req.data ? [req.data].flat() : [])
      await notifySubscribers(entries)
    })
  }

  /** what the persistent queue runs: outgoing events and pulls of published footprints, retried on failure */
  queue (): void {
    this.on('deliver', async (req: any) => { await deliver(req.data) })
    this.on('pull', async (req: any) => { await pull(req.data) })
  }
}
