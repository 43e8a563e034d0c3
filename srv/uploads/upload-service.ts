import cds from '@sap/cds'
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { Activities, Attributions, CompanyCodes, FiscalPeriods, UploadBatches, UploadMessages, UploadRows } from '#cds-models/scope3'
import {
  ACTIVITY_TYPES,
  TEMPLATES,
  headerProblems,
  readRows,
  templateCsv,
  type ActivityType,
  type RowActivity,
  type RowMessage
} from '../lib/factors/activity-templates'
import { parseAirports, type Airport } from '../lib/factors/flights'
import { FileError, openTable, tableOf, type Table } from '../lib/uploads/tabular'
import { safeCell } from '../lib/common/csv'
import { type ActivityRow } from '../lib/attribution/attribution'
import { Decimal, tonnesShown } from '../lib/common/decimal'
import { preview, recompute } from '../attribution/attribute-lines'
import { appendLog } from '../common/calculation-log'
import { DESNZ_SET as DESNZ, factorsByPath } from '../factors/factor-library'
import { inBackground, insertRows, isUniqueViolation } from '../common/database'
import { companyCodesOf } from '../common/company-code-isolation'
import { settings } from '../common/settings'
import { countThrough, countTile } from '../common/launchpad-tiles'
import { targetId } from '../common/requests'
import * as uploads from '#cds-models/UploadService'

const LOG = cds.log('uploads')
/** the published set whose factors the templates name */
/** rows read, checked and written per step */
const CHUNK = settings().uploads.chunkRows
/** rows committed per step (a statement takes a bounded number of parameters) */
const RECOMPUTE_CHUNK = 5000
/** files of more rows are validated, and batches of more valid rows committed, by background jobs */
export const SYNC_ROWS = settings().uploads.syncRows
/** a job whose batch has not moved for this long was interrupted (a chunk of validation takes seconds) */
const STALE_JOB_MS = 10 * 60 * 1000

let airports: Map<string, Airport> | undefined
/** db/sources/airports-major.csv (OurAirports, public domain), read once */
function airportList(): Map<string, Airport> {
  airports ??= parseAirports(fs.readFileSync(path.join(cds.root, settings().factorLibrary.folder, 'airports-major.csv'), 'utf8'))
  return airports
}

const sha256 = (data: string | Buffer): string => createHash('sha256').update(data).digest('hex')

interface Source {
  type: ActivityType
  companyCode: string
  fileName: string
  contentHash: string
  contentKey: string
  externalId?: string
}

export class UploadService extends cds.ApplicationService {
  async init(): Promise<void> {
    const { Batches } = this.entities
    this.on('upload', async (req: cds.Request) => await this.uploadFile(req))
    this.on('submitRows', async (req: cds.Request) => await this.submit(req))
    this.on(
      uploads.Batche.actions.commit,
      'Batches',
      async req => await this.commitBatch(req, targetId(req), req.data.validRowsOnly === true)
    )
    this.on(uploads.Batche.actions.commitValidRows, 'Batches', async req => await this.commitBatch(req, targetId(req), true))
    this.on(uploads.Batche.actions.reverse, 'Batches', async req => await this.reverseBatch(req))
    this.on(uploads.Batche.actions.rowsCsv, 'Batches', async req => await rowsCsv(targetId(req)))
    this.after('READ', Batches, (rows: any) => {
      for (const b of [rows].flat()) if (b?.ID && b.status !== undefined) b.progress = withProgress(b).progress
    })
    this.interruptedJobs()
    // the launchpad tile: validated uploads with rows to commit, as the user may see them (their company codes)
    this.on(uploads.batchesAwaitingCommitTile, async () => {
      const waiting = await countThrough(this, SELECT.one.from(Batches).where({ status: 'validated', rowsValid: { '>': 0 } }))
      return countTile(waiting, waiting === 1 ? 'upload to commit' : 'uploads to commit')
    })
    this.on(uploads.template, req => templateCsv(this.typeOf(req)))
    this.on(uploads.templates, () =>
      ACTIVITY_TYPES.flatMap(type =>
        TEMPLATES[type].columns.map(c => ({
          activityType: type,
          title: TEMPLATES[type].title,
          category: TEMPLATES[type].category,
          column: c.name,
          required: c.required,
          description: c.description,
          example: c.example,
          values: c.values?.join(', ') ?? null
        }))
      )
    )
    return super.init()
  }

  /**
   * Jobs a restart interrupted: an interrupted validation leaves a batch that counts nothing (failed: upload the file
   * again); an interrupted commit rolled back as a whole (validated again: commit again).
   */
  interruptedJobs(): void {
    cds.once('served', async () => {
      const before = new Date(Date.now() - STALE_JOB_MS).toISOString()
      await cds.tx({ user: cds.User.privileged } as any, async () => {
        await UPDATE(UploadBatches)
          .set({ status: 'failed', message: 'the validation was interrupted (a restart): upload the file again' })
          .where({ status: 'validating', modifiedAt: { '<': before } })
        await UPDATE(UploadBatches)
          .set({ status: 'validated', message: 'the commit was interrupted (a restart) and nothing of it was kept: commit again' })
          .where({ status: 'committing', modifiedAt: { '<': before } })
      })
    })
  }

  typeOf(req: cds.Request): ActivityType {
    const type = req.data.activityType
    if (!ACTIVITY_TYPES.includes(type))
      return req.reject(400, `activityType '${String(type)}' is not one of ${ACTIVITY_TYPES.join(', ')}`, 'activityType')
    return type
  }

  /** The company code exists and is among the user's (a role may limit them, srv/access-control.cds). */
  async companyCodeOf(req: cds.Request): Promise<string> {
    const code = String(req.data.companyCode ?? '')
    if (!(await SELECT.one.from(CompanyCodes).columns('code').where({ code })))
      return req.reject(400, `companyCode '${code}' is not a company code`, 'companyCode')
    if (companyCodesOf(req.user)?.includes(code) === false) return req.reject(403, `company code ${code} is not among yours`, 'companyCode')
    return code
  }

  async uploadFile(req: cds.Request): Promise<unknown> {
    const type = this.typeOf(req)
    const companyCode = await this.companyCodeOf(req)
    // the name only, without the client's folders (a path is no part of the lineage, and no place to write to);
    // control characters never arrive here (srv/common/request-guards.ts)
    const fileName = String(req.data.fileName).split(/[\\/]/).pop()!.trim()
    if (fileName === '' || fileName === '.' || fileName === '..') return req.reject(400, 'fileName names no file', 'fileName')
    if (fileName.length > 255) return req.reject(400, 'fileName is longer than 255 characters', 'fileName')
    const content = Buffer.from(String(req.data.content), 'base64')
    const contentHash = sha256(content)
    const source: Source = { type, companyCode, fileName, contentHash, contentKey: `${type}/${companyCode}/${contentHash}` }
    const same = await this.sameContent(req, source)
    if (same) return same
    let table: Table
    try {
      table = await openTable(fileName, content, type)
    } catch (e) {
      if (e instanceof FileError) return req.reject(400, e.message, 'content')
      throw e
    }
    return await this.start(req, source, table)
  }

  /** Rows pushed by an integration: idempotent by the caller's batch id; committed at once if asked and all are valid. */
  async submit(req: cds.Request): Promise<unknown> {
    const type = this.typeOf(req)
    const companyCode = await this.companyCodeOf(req)
    const externalId = String(req.data.batchId).trim()
    if (externalId === '' || externalId.length > 100) return req.reject(400, 'batchId must have 1 to 100 characters', 'batchId')
    const rows: Array<Record<string, unknown>> = req.data.rows ?? []
    const source: Source = {
      type,
      companyCode,
      fileName: 'API',
      externalId,
      contentHash: sha256(JSON.stringify(rows)),
      contentKey: `${type}/${companyCode}/api:${externalId}`
    }
    const same = await this.sameContent(req, source)
    if (same) return same
    const columns = TEMPLATES[type].columns.map(c => c.name)
    const used = new Set(rows.flatMap(r => Object.keys(r).filter(k => r[k] != null && r[k] !== '')))
    const header = [
      ...columns.filter(c => used.has(c) || TEMPLATES[type].columns.find(t => t.name === c)?.required === true),
      ...[...used].filter(c => !columns.includes(c))
    ]
    const table = tableOf(
      header,
      rows.map((r, i) => ({ row: i + 1, values: Object.fromEntries(header.map(h => [h, r[h] == null ? '' : String(r[h]).trim()])) }))
    )
    const batch: any = await this.start(req, source, table)
    if (req.data.commit === true && batch.status === 'validated' && batch.rowsWithErrors === 0)
      return await this.commitBatch(req, batch.ID, false)
    return batch
  }

  /**
   * The batch the same content made before (not reversed): the same file twice changes nothing. A batch id of an
   * integration that comes again with other rows is the caller's mistake: 409, nothing changes.
   */
  async sameContent(req: cds.Request, source: Source): Promise<unknown> {
    const existing = await SELECT.one
      .from(UploadBatches)
      .columns('ID', 'status', 'fileName', 'contentHash')
      .where({ contentKey: source.contentKey })
    if (!existing) return undefined
    if (existing.contentHash !== source.contentHash)
      return req.reject(
        409,
        `batch id ${source.externalId ?? ''} was used for other rows (upload ${existing.ID!}): send new rows with a new batch id`,
        'batchId'
      )
    req.info(
      `the same ${source.externalId ? `batch id ${source.externalId}` : 'file'} was uploaded before (${existing.fileName ?? ''}, ${existing.status ?? ''}): nothing changed`
    )
    return await this.batch(existing.ID!)
  }

  /** A batch as the service shows it, with the progress of a job on it. */
  async batch(ID: string): Promise<unknown> {
    const batch = await SELECT.one.from(this.entities.Batches, ID)
    return batch && withProgress(batch)
  }

  /**
   * Checks the header, stores the batch and validates its rows: in this request, or, for a file of more than
   * SYNC_ROWS rows, in a background job that reads the file in chunks, each in a transaction of its own, while the
   * batch shows its progress (`validating`, rows read of rows total).
   */
  async start(req: cds.Request, source: Source, table: Table): Promise<unknown> {
    const problems = headerProblems(source.type, table.header)
    if (problems.length > 0)
      return req.reject(400, `${source.fileName}: ${problems.map(m => m.message).join('; ')}`, problems[0].column ?? 'content')
    if (table.rowCount === 0) return req.reject(400, `${source.fileName}: the file has no data rows`, 'content')
    const ID = cds.utils.uuid()
    const background = table.rowCount > SYNC_ROWS
    const batch = {
      ID,
      activityType: source.type,
      companyCode_code: source.companyCode,
      fileName: source.fileName,
      contentHash: source.contentHash,
      contentKey: source.contentKey,
      externalId: source.externalId ?? null,
      status: background ? ('validating' as const) : ('validated' as const),
      rowsTotal: table.rowCount,
      rowsRead: 0,
      rowsValid: 0,
      rowsWithErrors: 0,
      rowsCommitted: 0,
      kgCO2eLocation: '0',
      kgCO2eMarket: '0'
    }
    try {
      await INSERT.into(UploadBatches).entries(batch as any)
    } catch (e) {
      if (!isUniqueViolation(e)) throw e
      return await this.sameContent(req, source) // the same content, uploaded at the same moment
    }
    if (!background) {
      await validateRows(ID, source, table, async fn => await fn())
      return await this.batch(ID)
    }
    inBackground(req, async () => {
      try {
        await validateRows(ID, source, table, async fn => await cds.tx(fn))
      } catch (e: any) {
        LOG.error(`validation of upload ${source.fileName} failed:`, e)
        await cds.tx(() => UPDATE(UploadBatches, ID).with({ status: 'failed', message: String(e.message).slice(0, 1000) }))
      }
    })
    req.info(`${table.rowCount} rows: the upload is validated in the background; its progress shows on the upload`)
    return await this.batch(ID)
  }

  /**
   * All-or-nothing: the valid rows become activities and are attributed in one transaction; a batch of more than
   * SYNC_ROWS valid rows in a background job of its own (`committing`), else in this request.
   */
  async commitBatch(req: cds.Request, ID: string, validRowsOnly: boolean): Promise<unknown> {
    const batch = await SELECT.one.from(UploadBatches, ID).forUpdate()
    if (!batch) return req.reject(404, 'no such upload')
    if (batch.status !== 'validated')
      return req.reject(
        409,
        `the upload is ${batch.status ?? ''}${batch.status === 'validating' || batch.status === 'committing' ? ': wait for its job to end' : ' already'}`
      )
    if (batch.rowsWithErrors! > 0 && !validRowsOnly) {
      return req.reject(
        400,
        `the upload has ${batch.rowsWithErrors!} row(s) with errors: correct the file, or commit only its ${batch.rowsValid!} valid row(s) (validRowsOnly)`,
        'validRowsOnly'
      )
    }
    if (batch.rowsValid === 0) return req.reject(400, 'the upload has no valid rows', 'validRowsOnly')
    const user = req.user.id as string
    if (batch.rowsValid! <= SYNC_ROWS) {
      try {
        await commitRows(batch, user)
      } catch (e) {
        if (e instanceof UploadError) return req.reject(e.status, e.message, e.target)
        throw e
      }
      const committed = (await this.batch(ID)) as { rowsCommitted?: number; kgCO2eLocation?: string | number | null }
      const tonnes = tonnesShown(committed.kgCO2eLocation ?? 0)
      const left = batch.rowsWithErrors! > 0 ? `; ${batch.rowsWithErrors!} row(s) with errors left out` : ''
      // (a success message: Fiori elements shows it as a message toast)
      req.notify(`${committed.rowsCommitted ?? batch.rowsValid!} row(s) committed: ${tonnes} t CO2e (location-based)${left}`)
      return committed
    }
    await UPDATE(UploadBatches, ID).with({ status: 'committing', message: null })
    inBackground(req, async () => {
      try {
        await cds.tx(() => commitRows(batch, user))
      } catch (e: any) {
        if (!(e instanceof UploadError)) LOG.error(`commit of upload ${batch.fileName ?? ''} failed:`, e)
        await cds.tx(() =>
          UPDATE(UploadBatches, ID).with({ status: 'validated', message: `the commit did not happen: ${String(e.message)}`.slice(0, 1000) })
        )
      } finally {
        progress.delete(ID)
      }
    })
    req.info(`${batch.rowsValid!} rows are committed in the background; the upload shows when it is done`)
    return await this.batch(ID)
  }

  /** Reversing entries for every activity of the batch (posted like a cancelled purchase order line); nothing is deleted. */
  async reverseBatch(req: cds.Request): Promise<unknown> {
    const ID = targetId(req)
    const batch = await SELECT.one.from(UploadBatches, ID).forUpdate()
    if (!batch) return req.reject(404, 'no such upload')
    if (batch.status !== 'committed') return req.reject(409, `only a committed upload can be reversed; this one is ${batch.status ?? ''}`)
    const ids = (await SELECT.from(Activities).columns('ID').where({ upload_ID: ID })).map(a => a.ID!)
    await UPDATE(Activities).set({ status_code: 'cancelled' }).where({ upload_ID: ID })
    for (let i = 0; i < ids.length; i += RECOMPUTE_CHUNK) await recompute(ids.slice(i, i + RECOMPUTE_CHUNK))
    const reversedAt = new Date().toISOString()
    // the same file may be uploaded again once this batch is reversed
    await UPDATE(UploadBatches, ID).with({
      status: 'reversed',
      contentKey: `${batch.contentKey ?? ''}#reversed:${String(ID)}`,
      reversedAt,
      reversedBy: req.user.id,
      reversalReason: req.data.reason
    })
    await appendLog({
      action: 'uploadReversal',
      subject: `${batch.activityType!} upload ${batch.fileName ?? ''} (${batch.companyCode_code!})`,
      details: req.data.reason,
      inputs: { batch: ID, activities: ids.length },
      companyCode: batch.companyCode_code
    })
    return await this.batch(ID)
  }
}

/** The activity a valid row becomes: an uploaded document line, its row number as item, lineage to the batch. */
function toActivity(
  a: RowActivity,
  source: Source,
  batch: string,
  row: number,
  item: string,
  factorCode: string
): ActivityRow & Record<string, unknown> {
  // the decimals the columns keep (quantity 6, mass and distance 3): what is previewed is what is stored
  const scaled = (value: string | undefined, places: number): string | null =>
    value === undefined ? null : new Decimal(value).toDecimalPlaces(places, Decimal.ROUND_HALF_EVEN).toString()
  return {
    ID: cds.utils.uuid(),
    sourceSystem: 'UPLOAD',
    documentType: a.documentType ?? TEMPLATES[source.type].documentType,
    documentNumber: `U${batch.replace(/-/g, '').slice(0, 19).toUpperCase()}`,
    documentItem: item,
    postingDate: a.postingDate,
    fiscalYear: Number(a.postingDate.slice(0, 4)),
    fiscalPeriod: Number(a.postingDate.slice(5, 7)),
    companyCode_code: source.companyCode,
    description: a.description.slice(0, 200),
    quantity: scaled(a.quantity, 6),
    unit_code: a.unit ?? null,
    transportMode: a.transportMode ?? null,
    transportMass: scaled(a.transportMass, 3),
    transportMassUnit_code: a.transportMassUnit ?? null,
    distance: scaled(a.distance, 3),
    distanceUnit_code: a.distanceUnit ?? null,
    activityCode: factorCode,
    location_code: a.location ?? null,
    derivation: a.derivation.slice(0, 500),
    status_code: 'final',
    upload_ID: batch,
    uploadRow: row,
    payloadHash: sha256(JSON.stringify(a))
  }
}

/** An expected refusal of a commit (a period closed meanwhile, rules that no longer attribute): 4xx, nothing written. */
class UploadError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly target?: string
  ) {
    super(message)
  }
}

/** what a commit running on this instance has done (a commit is one transaction: nothing of it is visible before its end) */
const progress = new Map<string, { done: number; total: number }>()

/** Percent done of a job on the batch: validation's rows read of the file's, a commit's rows as far as this instance knows. */
function withProgress(batch: any): any {
  const running = progress.get(batch.ID)
  const percent =
    batch.status === 'validating'
      ? Math.floor((100 * (batch.rowsRead ?? 0)) / Math.max(1, batch.rowsTotal ?? 1))
      : batch.status === 'committing'
        ? running
          ? Math.floor((100 * running.done) / Math.max(1, running.total))
          : null
        : 100
  return { ...batch, progress: percent }
}

/**
 * Checks every row of the file chunk by chunk, names the factor of each valid one and previews its figure; writes
 * the rows and messages of each chunk and the batch's counts, and at last marks the batch validated. `step` runs
 * each part: in the request's transaction, or in one of its own (background jobs).
 */
async function validateRows(ID: string, source: Source, table: Table, step: (fn: () => Promise<void>) => Promise<void>): Promise<void> {
  const today = new Date().toISOString().slice(0, 10)
  const seen = new Map<string, number>()
  const counts = { read: 0, valid: 0, location: new Decimal(0), market: new Decimal(0) }
  let context: { factors: Awaited<ReturnType<typeof factorsByPath>>; closed: Map<string, string> } | undefined
  await step(async () => {
    context = { factors: await factorsByPath(DESNZ), closed: await closedPeriods(source.companyCode) }
  })
  for await (const { rows, cellErrors } of table.chunks(CHUNK)) {
    await step(async () => {
      const refused = new Set(cellErrors.map(e => e.row))
      const { activities, messages } = readRows(source.type, table.header, rows, { airports: airportList(), today }, refused, seen)
      for (const e of cellErrors) messages.push({ row: e.row, column: e.column, severity: 'error', message: e.message })
      const { proposals, figures, invalid } = await previewRows(ID, source, activities, messages, context!)
      for (const figure of figures.values()) {
        counts.location = counts.location.plus(figure.location)
        counts.market = counts.market.plus(figure.market)
      }
      counts.read += rows.length
      counts.valid += rows.filter(r => !invalid.has(r.row)).length
      await insertRows(
        UploadRows,
        rows.map(({ row, values }) => {
          const made = invalid.has(row) ? undefined : proposals.get(row)
          const first = proposals.get(row)?.[0]?.proposal
          return {
            batch_ID: ID,
            row,
            cells: JSON.stringify(values),
            valid: made !== undefined,
            description: first?.description.slice(0, 200) ?? null,
            reference: first?.reference ?? null,
            derivation:
              made
                ?.map(p => p.proposal.derivation)
                .join('; ')
                .slice(0, 500) ?? null,
            factor_ID: made?.[0]?.factor ?? null,
            proposal: made ? JSON.stringify(made.map(({ factor, proposal, ...activity }) => activity)) : null,
            kgCO2eLocation: made ? (figures.get(row)?.location.toFixed(6) ?? null) : null
          }
        }) as any
      )
      if (messages.length) {
        await insertRows(
          UploadMessages,
          messages
            .sort((a, b) => a.row - b.row)
            .map((m: RowMessage) => ({
              ID: cds.utils.uuid(),
              batch_ID: ID,
              row: m.row,
              column: m.column?.slice(0, 40) ?? null,
              severity: m.severity,
              message: m.message.slice(0, 500)
            }))
        )
      }
      await UPDATE(UploadBatches, ID).with({
        rowsRead: counts.read,
        rowsValid: counts.valid,
        rowsWithErrors: counts.read - counts.valid,
        kgCO2eLocation: counts.location.toFixed(6),
        kgCO2eMarket: counts.market.toFixed(6)
      } as any) // (decimals as exact text)
    })
  }
  await step(async () => {
    await UPDATE(UploadBatches, ID).with({ status: 'validated' })
  })
  LOG.info(
    `${source.type} upload ${source.fileName} for ${source.companyCode}: ${counts.read} rows, ${counts.valid} valid, preview ${counts.location.toFixed(3)} kg CO2e`
  )
}

type Proposal = ActivityRow & Record<string, unknown> & { factor: string; proposal: RowActivity }

/** The activities valid rows become, with the factor each names, and their figures with today's rules and factors. */
async function previewRows(
  ID: string,
  source: Source,
  activities: Array<{ row: number; activity?: RowActivity[] }>,
  messages: RowMessage[],
  context: { factors: Awaited<ReturnType<typeof factorsByPath>>; closed: Map<string, string> }
): Promise<{ proposals: Map<number, Proposal[]>; figures: Map<number, { location: Decimal; market: Decimal }>; invalid: Set<number> }> {
  const invalid = new Set(messages.filter(m => m.severity === 'error').map(m => m.row))
  const proposals = new Map<number, Proposal[]>()
  for (const { row, activity: list } of activities) {
    if (!list || invalid.has(row)) continue
    const problem = (column: string, message: string, severity: 'error' | 'warning' = 'error'): void => {
      messages.push({ row, column, severity, message })
      if (severity === 'error') invalid.add(row)
    }
    const period = `${list[0].postingDate.slice(0, 4)}/${Number(list[0].postingDate.slice(5, 7))}`
    if (context.closed.has(period)) {
      problem(
        'date',
        `${list[0].postingDate} falls in period ${source.companyCode} ${period}, which is ${context.closed.get(period)!}: it takes no new data`
      )
      continue
    }
    const made: Proposal[] = []
    for (const [i, activity] of list.entries()) {
      const factor = context.factors.find(activity.factorPath, activity.factorUnit)
      if (!factor) {
        problem(activity.factorColumn, `the published ${DESNZ} set has no factor ${activity.factorPath}`)
        break
      }
      made.push({
        ...toActivity(activity, source, ID, row, list.length > 1 ? `${row}.${i + 1}` : String(row), factor.code),
        factor: factor.ID,
        proposal: activity
      })
    }
    if (!invalid.has(row)) proposals.set(row, made)
  }
  const outcomes = await preview([...proposals.values()].flat())
  const figures = new Map<number, { location: Decimal; market: Decimal }>()
  let next = 0
  for (const [row, made] of proposals) {
    const results = outcomes.slice(next, (next += made.length))
    const failed = results.find(o => !o.ok)
    if (failed !== undefined && !failed.ok) {
      messages.push({ row, severity: 'error', message: `cannot be attributed: ${failed.message}` })
      invalid.add(row)
      continue
    }
    const figure = { location: new Decimal(0), market: new Decimal(0) }
    for (const o of results)
      if (o.ok) {
        figure.location = figure.location.plus(o.values.kgCO2eLocation)
        figure.market = figure.market.plus(o.values.kgCO2eMarket)
      }
    figures.set(row, figure)
  }
  return { proposals, figures, invalid }
}

/** The commit of a batch's valid rows, in the caller's transaction: activities, their attributions, the batch's figures. */
async function commitRows(
  batch: {
    ID?: string
    companyCode_code?: string | null
    activityType?: string | null
    fileName?: string | null
    contentHash?: string | null
    rowsWithErrors?: number | null
    rowsValid?: number | null
  },
  user: string
): Promise<void> {
  const ID = batch.ID!
  // the batch stays locked while it commits: a restart's sweep of interrupted jobs (another instance's) waits for it
  const locked = await SELECT.one.from(UploadBatches, ID).columns('status').forUpdate()
  if (locked?.status !== 'validated' && locked?.status !== 'committing')
    throw new UploadError(409, `the upload is ${locked?.status ?? 'gone'}`)
  // a period may have been closed since the upload was checked
  const closed = await closedPeriods(batch.companyCode_code!)
  const ids: string[] = []
  const committedRows: number[] = []
  const job = { done: 0, total: batch.rowsValid ?? 0 }
  progress.set(ID, job)
  for (let offset = 0; ; offset += RECOMPUTE_CHUNK) {
    const rows = await SELECT.from(UploadRows)
      .columns('row', 'proposal')
      .where({ batch_ID: ID, valid: true })
      .orderBy('row')
      .limit(RECOMPUTE_CHUNK, offset)
    if (!rows.length) break
    const activities = rows.flatMap(r => JSON.parse(r.proposal!) as any[])
    const late = activities.filter(a => closed.has(`${String(a.fiscalYear)}/${String(a.fiscalPeriod)}`))
    if (late.length > 0)
      throw new UploadError(
        409,
        `row(s) ${late
          .map(a => Number(a.uploadRow))
          .slice(0, 10)
          .join(', ')} fall in a period closed since the upload was checked; upload them again for an open period`,
        'date'
      )
    await insertRows(Activities, activities)
    const part = activities.map(a => a.ID as string)
    const { failures } = await recompute(part)
    if (failures.length > 0)
      throw new UploadError(
        409,
        `${failures.length} row(s) cannot be attributed any more (rules or factors changed since the preview): ${failures[0].message}`
      )
    ids.push(...part)
    committedRows.push(...rows.map(r => r.row!))
    job.done += rows.length
  }
  const totals = await totalsOf(ID)
  await UPDATE(UploadBatches, ID).with({
    status: 'committed',
    message: null,
    rowsCommitted: ids.length,
    ...totals,
    committedAt: new Date().toISOString(),
    committedBy: user
  } as any)
  await appendLog({
    action: 'upload',
    subject: `${batch.activityType!} upload ${batch.fileName ?? ''} (${batch.companyCode_code!})`,
    details: `${ids.length} row(s) committed${batch.rowsWithErrors! > 0 ? `, ${batch.rowsWithErrors!} with errors left out` : ''}; sha256 ${batch.contentHash ?? ''}`,
    inputs: { batch: ID, contentHash: batch.contentHash, rows: committedRows },
    outputs: totals,
    companyCode: batch.companyCode_code
  })
}

/** The periods of a company code that take no new data: `year/period` → status. */
async function closedPeriods(companyCode: string): Promise<Map<string, string>> {
  const rows = await SELECT.from(FiscalPeriods)
    .columns('fiscalYear', 'fiscalPeriod', 'status')
    .where({ companyCode_code: companyCode, status: { in: ['inClosing', 'closed'] } })
  return new Map(rows.map(p => [`${String(p.fiscalYear)}/${String(p.fiscalPeriod)}`, p.status === 'inClosing' ? 'in closing' : 'closed']))
}

/** The rows of a batch as CSV: cells as read, figure, messages; every text cell escaped (safeCell), then quoted. */
async function rowsCsv(batch: string): Promise<string> {
  const found = await SELECT.one.from(UploadBatches, batch).columns('activityType')
  if (!found) return ''
  const columns = TEMPLATES[found.activityType as ActivityType].columns.map(c => c.name)
  const messages = new Map<number, string[]>()
  for (const m of await SELECT.from(UploadMessages).columns('row', 'column', 'message').where({ batch_ID: batch }).orderBy('row')) {
    messages.set(m.row!, [...(messages.get(m.row!) ?? []), `${m.column ? `${m.column}: ` : ''}${m.message ?? ''}`])
  }
  const quote = (text: string): string => `"${safeCell(text).replace(/"/g, '""')}"`
  const lines = [['row', ...columns, 'kgCO2eLocation', 'messages'].join(',')]
  for (const r of await SELECT.from(UploadRows).columns('row', 'cells', 'kgCO2eLocation').where({ batch_ID: batch }).orderBy('row')) {
    const cells = JSON.parse(r.cells ?? '{}')
    lines.push(
      [
        String(r.row),
        ...columns.map(c => quote(String(cells[c] ?? ''))),
        r.kgCO2eLocation ?? '',
        quote((messages.get(r.row!) ?? []).join('; '))
      ].join(',')
    )
  }
  return lines.join('\n') + '\n'
}

/** The stored figures of a batch: the sum of its activities' current attributions. */
async function totalsOf(batch: string): Promise<{ kgCO2eLocation: string; kgCO2eMarket: string }> {
  const rows = await SELECT.from(Attributions)
    .columns('kgCO2eLocation', 'kgCO2eMarket')
    .where({ supersededBy_ID: null, activity_ID: { in: SELECT.from(Activities).columns('ID').where({ upload_ID: batch }) } })
  let location = new Decimal(0)
  let market = new Decimal(0)
  for (const r of rows) {
    location = location.plus(r.kgCO2eLocation ?? 0)
    market = market.plus(r.kgCO2eMarket ?? 0)
  }
  return { kgCO2eLocation: location.toFixed(6), kgCO2eMarket: market.toFixed(6) }
}
