import cds from '@sap/cds'
import crypto from 'node:crypto'
import { parse } from 'csv-parse/sync'
import { OwnFootprints as Sheets, PactClients, ProductFootprints } from '#cds-models/scope3'
import { OwnFootprints } from '#cds-models/PactService'
import { footprintDocument, sheetFieldOf, validateFootprint, type FootprintSheet } from '../lib/pact/footprints'
import { hashSecret } from './pact-api'
import { deliver, fulfil, notifySubscribers, pull, pullFromSuppliers, reject } from './pact-exchange'
import { FootprintError, importFootprints } from './supplier-footprints'
import { settings } from '../common/settings'
import { targetId } from '../common/requests'
import * as pactApi from '#cds-models/PactService'

export class PactService extends cds.ApplicationService {
  async init(): Promise<void> {
    this.credentials()
    this.fulfilment()
    this.queue()
    this.subscriptions()
    this.ownFootprints()
    return await super.init()
  }

  /** a client's secret is made here, returned once and kept only as hash */
  credentials(): void {
    this.on(pactApi.Client.actions.newSecret, 'Clients', async req => {
      const clientId = req.params.at(-1)?.clientId ?? req.params.at(-1)
      const secret = crypto.randomBytes(24).toString('base64url')
      const changed = await UPDATE(PactClients, clientId).with({ secretHash: hashSecret(secret) })
      if (!changed) return req.reject(404, `no PACT client ${clientId as string}`)
      cds.log('pact').info(`new secret for PACT client ${clientId as string} by ${req.user.id as string}`)
      // shown once (the app shows the message): only its hash is kept
      req.info(`New secret of ${clientId as string}: ${secret} (copy it now: it is not shown again)`)
      return secret
    })
  }

  /** a person answers a customer's request the fulfilment agent left open */
  fulfilment(): void {
    const refusing = (fn: (req: cds.Request, ID: string) => Promise<void>) => async (req: cds.Request) => {
      const ID = targetId(req)
      try {
        await fn(req, ID)
      } catch (e) {
        if (e instanceof FootprintError) return req.reject(e.status, e.message, e.target)
        throw e
      }
      return await SELECT.one.from(req.target.name, ID)
    }
    this.on(
      'fulfil',
      'FulfilmentTasks',
      refusing(async (req, ID) => {
        await fulfil(ID, req.data.footprints ?? [], req.user.id)
      })
    )
    this.on(
      'reject',
      'FulfilmentTasks',
      refusing(async (req, ID) => {
        await reject(ID, req.data.code, req.data.message, req.user.id)
      })
    )
  }

  /** the company's new footprints reach the customers subscribed to them, in the transaction that stores them */
  subscriptions(): void {
    cds.db.after('INSERT', ProductFootprints, async (_: unknown, req: cds.Request) => {
      const entries = req.query?.INSERT?.entries ?? (req.data ? [req.data].flat() : [])
      await notifySubscribers(entries)
    })
  }

  /**
   * PACT's versioning: a published footprint is not edited, its successor is a new footprint naming it; a draft is
   * published only when it is a valid v3.0 footprint (every problem at its field).
   */
  ownFootprints(): void {
    this.before(['EDIT', 'UPDATE', 'DELETE'], OwnFootprints, async (req: cds.Request) => {
      if (req.event === 'UPDATE' && req.target.name.endsWith('.drafts')) return
      const row = await SELECT.one.from(Sheets, req.params.at(-1)?.ID ?? req.data.ID).columns('status', 'version')
      if (row && row.status !== 'draft')
        return req.reject(409, `this footprint is ${row.status!}: a published footprint stays as it is; New Version drafts its successor`)
    })
    this.on(pactApi.OwnFootprint.actions.publish, 'OwnFootprints', async req => {
      const ID = targetId(req)
      const sheet = await SELECT.one.from(Sheets, ID).forUpdate()
      if (!sheet) return req.reject(404, `no footprint ${ID as string}`)
      if (sheet.status !== 'draft') return req.reject(409, `this footprint is ${sheet.status!} already`)
      const doc = footprintDocument(sheet as FootprintSheet, {
        id: ID,
        created: new Date().toISOString(),
        precedingPfIds: sheet.predecessor_ID ? [sheet.predecessor_ID] : []
      })
      const { problems } = validateFootprint(doc)
      if (problems.length) {
        for (const p of problems.slice(0, 50)) req.error(400, `${p.path} ${p.message}`, `in/${sheetFieldOf(p.path)}`)
        return
      }
      await importFootprints(JSON.stringify(doc), { origin: 'own' }, req.user.id)
      await UPDATE(Sheets, ID).with({ status: 'published', publishedAt: doc.created as string })
      return await SELECT.one.from(OwnFootprints, ID)
    })
    this.on(pactApi.OwnFootprint.actions.newVersion, 'OwnFootprints', async req => {
      const ID = targetId(req)
      const sheet = await SELECT.one.from(Sheets, ID)
      if (!sheet) return req.reject(404, `no footprint ${ID as string}`)
      if (sheet.status !== 'published')
        return req.reject(409, `only a published footprint gets a new version; this one is ${sheet.status!}`)
      if (
        (await SELECT.one.from(Sheets).columns('ID').where({ predecessor_ID: ID })) ??
        (await SELECT.one.from(OwnFootprints.drafts).columns('ID').where({ predecessor_ID: ID }))
      ) {
        return req.reject(409, 'this footprint has a successor already (published or in a draft)')
      }
      const { createdAt, createdBy, modifiedAt, modifiedBy, publishedAt, status, version, predecessor_ID, ...content } = sheet as any
      const next = cds.utils.uuid()
      await this.send('NEW', OwnFootprints.drafts, { ...content, ID: next })
      // status, version and predecessor are the service's (read-only to clients)
      await UPDATE(OwnFootprints.drafts, next).with({ status: 'draft', version: (version ?? 1) + 1, predecessor_ID: ID })
      return { ...(await SELECT.one.from(OwnFootprints.drafts, next)), IsActiveEntity: false, HasActiveEntity: false }
    })
    this.on(pactApi.importOwnFootprintsCsv, async req => {
      let rows: Array<Record<string, string>>
      try {
        rows = parse(String(req.data.csv), { columns: true, bom: true, skip_empty_lines: true, trim: true })
      } catch (e) {
        return req.reject(400, `the CSV cannot be read: ${(e as Error).message}`, 'csv')
      }
      const fields = Object.keys((cds.entities('scope3').OwnFootprints as any).elements).filter(
        f =>
          ![
            'ID',
            'status',
            'version',
            'predecessor',
            'publishedAt',
            'footprint',
            'createdAt',
            'createdBy',
            'modifiedAt',
            'modifiedBy'
          ].includes(f)
      )
      const unknown = Object.keys(rows[0] ?? {}).filter(c => !fields.includes(c))
      if (!rows.length) return req.reject(400, 'the CSV holds no footprint', 'csv')
      if (unknown.length) return req.reject(400, `unknown column(s) ${unknown.join(', ')}; the columns are ${fields.join(', ')}`, 'csv')
      // cells the database would take wrongly (or refuse): decimals and days in their form, texts within their length
      const elements = (cds.entities('scope3').OwnFootprints as any).elements
      const kinds: Record<string, [RegExp, string]> = {
        'cds.Decimal': [/^[+-]?\d+(\.\d+)?$/, 'a decimal number'],
        'cds.Date': [/^\d{4}-\d{2}-\d{2}$/, 'a day (YYYY-MM-DD)']
      }
      for (const [i, r] of rows.entries()) {
        for (const [column, value] of Object.entries(r)) {
          const [pattern, label] = kinds[elements[column].type] ?? []
          const wrong =
            value !== '' && ((pattern && !pattern.test(value)) || (elements[column].length && value.length > elements[column].length))
          if (wrong)
            return req.reject(
              400,
              `row ${i + 2}, column ${column}: ${JSON.stringify(value.slice(0, 40))} is not ${label ?? `a text of at most ${elements[column].length as number} characters`}`,
              'csv'
            )
        }
      }
      const sheets = rows.map(r => ({
        ...Object.fromEntries(Object.entries(r).filter(([, v]) => v !== '')),
        ID: cds.utils.uuid(),
        status: 'draft',
        version: 1
      }))
      await INSERT.into(Sheets).entries(sheets as any[])
      return await SELECT.from(OwnFootprints).where({ ID: { in: sheets.map(s => s.ID) } })
    })
  }

  /**
   * what the persistent queue runs: outgoing events and pulls of published footprints, retried on failure; and the
   * pull from the supplier partners on a schedule (`scope3.pact.pullEvery`) and on demand
   */
  queue(): void {
    this.on('deliver', async (req: cds.Request) => {
      await deliver(req.data)
    })
    this.on('pull', async (req: cds.Request) => {
      await pull(req.data)
    })
    this.on(pactApi.pullFromSuppliers, async () => await pullFromSuppliers())
    const every = settings().pact.pullEvery
    if (every) cds.once('served', () => (this.schedule('pullFromSuppliers') as any).after(every).every(every).asTask('pact-pull'))
  }
}
