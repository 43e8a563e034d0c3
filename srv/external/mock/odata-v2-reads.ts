/**
 * The mock S/4HANA's reads of entity sets in OData V2: `$select`, `$filter` (comparisons with and, or, not and
 * parentheses), `$orderby`, `$top`, `$skip` and `$inlinecount`, answered from its database in S/4HANA's V2 JSON
 * format (`d.results`, `__metadata`, `/Date(…)/` dates, decimals as text). Anything else (`$metadata`, single entities,
 * navigation, `$expand`, functions in filters, `$batch`, writes) goes on to CAP's OData V2 adapter. The adapter
 * answers these reads just as well, but it proxies each through an HTTP request to the V4 service and converts the
 * answer: about 16 ms a request, which on the two cores that the benchmark shares between the mock and the app cost
 * more than the app's own work on the documents (README, S/4HANA event flow).
 */
import cds from '@sap/cds'
import type { NextFunction, Request, Response } from 'express'

/** a request this reader does not cover: the V2 adapter answers it */
class NotCovered extends Error {}

const NAVIGATION = new Set(['cds.Association', 'cds.Composition'])
const OPERATORS: Record<string, string> = { eq: '=', ne: '<>', gt: '>', ge: '>=', lt: '<', le: '<=' }
const PARAMETERS = new Set(['$select', '$filter', '$orderby', '$top', '$skip', '$inlinecount', '$format'])
const TOKEN =
  /\s*(?:(\(|\))|(datetimeoffset|datetime|time|guid)'((?:[^']|'')*)'|'((?:[^']|'')*)'|(-?\d+(?:\.\d+)?)[mMdDlL]?|([A-Za-z_]\w*))/y

type Token = { kind: 'paren' | 'typed' | 'string' | 'number' | 'word'; text: string; type?: string }

function tokens(text: string): Token[] {
  // (each token takes the blanks before it; the filter's trailing ones go here)
  const filter = text.trimEnd()
  const list: Token[] = []
  TOKEN.lastIndex = 0
  while (TOKEN.lastIndex < filter.length) {
    const m = TOKEN.exec(filter)
    if (!m) throw new NotCovered(`filter: ${filter}`)
    if (m[1]) list.push({ kind: 'paren', text: m[1] })
    else if (m[2]) list.push({ kind: 'typed', type: m[2], text: m[3].replace(/''/g, "'") })
    else if (m[4] !== undefined) list.push({ kind: 'string', text: m[4].replace(/''/g, "'") })
    else if (m[5]) list.push({ kind: 'number', text: m[5] })
    else list.push({ kind: 'word', text: m[6] })
  }
  return list
}

/** A V2 `$filter` as a CQN expression over the entity's elements (navigation properties left out). */
function parseFilter(filter: string, elements: Record<string, any>): unknown[] {
  const list = tokens(filter)
  let i = 0
  const peek = (): Token | undefined => list[i]
  const word = (text: string): boolean => peek()?.kind === 'word' && peek()!.text === text
  const operand = (): any => {
    const t = list[i++]
    if (!t) throw new NotCovered('filter ends early')
    if (t.kind === 'word' && elements[t.text]) return { ref: [t.text] }
    if (t.kind === 'word' && (t.text === 'true' || t.text === 'false')) return { val: t.text === 'true' }
    if (t.kind === 'word' && t.text === 'null') return { val: null }
    if (t.kind === 'string') return { val: t.text }
    if (t.kind === 'number') return { val: Number(t.text) }
    if (t.kind === 'typed' && t.type === 'datetimeoffset') return { val: new Date(t.text).toISOString() }
    if (t.kind === 'typed' && t.type === 'datetime') return { val: t.text }
    throw new NotCovered(`filter operand ${t.text}`)
  }
  const primary = (): unknown[] => {
    if (peek()?.text === '(') {
      i++
      const inner = or()
      if (list[i++]?.text !== ')') throw new NotCovered('unbalanced parentheses')
      return [{ xpr: inner }]
    }
    if (word('not')) {
      i++
      return ['not', ...primary()]
    }
    const left = operand()
    const op = list[i++]
    if (op?.kind !== 'word' || !OPERATORS[op.text]) throw new NotCovered(`filter operator ${op?.text}`)
    const right = operand()
    // a date element compared with a V2 datetime literal: its day
    for (const [ref, val] of [
      [left, right],
      [right, left]
    ])
      if (ref.ref && typeof val.val === 'string' && elements[ref.ref[0]]?.type === 'cds.Date') val.val = val.val.slice(0, 10)
    return [left, OPERATORS[op.text], right]
  }
  const chain = (operator: string, next: () => unknown[]): unknown[] => {
    const parts = [next()]
    while (word(operator)) {
      i++
      parts.push(next())
    }
    return parts.length === 1 ? parts[0] : parts.flatMap((p, n) => [...(n ? [operator] : []), { xpr: p }])
  }
  const and = (): unknown[] => chain('and', primary)
  const or = (): unknown[] => chain('or', and)
  const where = or()
  if (i < list.length) throw new NotCovered(`filter continues: ${list[i].text}`)
  return where
}

/** an element's value as OData V2 JSON writes it */
function v2Value(value: any, type: string): unknown {
  if (value == null) return null
  switch (type) {
    case 'cds.Date':
      return `/Date(${Date.parse(`${value}T00:00:00Z`)})/`
    case 'cds.DateTime':
    case 'cds.Timestamp':
      return `/Date(${Date.parse(value)}+0000)/`
    case 'cds.Time': {
      const [h, m, s] = String(value).split(':')
      return `PT${h}H${m}M${s}S`
    }
    case 'cds.Decimal':
    case 'cds.Int64':
    case 'cds.Integer64':
      return String(value)
    default:
      return value
  }
}

const keyText = (value: unknown): string => (typeof value === 'number' ? String(value) : `'${String(value).replace(/'/g, "''")}'`)

/** The V2 answer to a read of an entity set with these query options; NotCovered for anything else. */
async function read(apis: string[], api: string, set: string, options: Record<string, unknown>, host: string): Promise<unknown> {
  const entity = cds.model?.definitions[`${api}.${set}`] as any
  if (!apis.includes(api) || entity?.kind !== 'entity' || Object.keys(options).some(p => !PARAMETERS.has(p)))
    throw new NotCovered(`${api}/${set}`)
  const option = (name: string): string | undefined => (typeof options[name] === 'string' ? (options[name] as string) : undefined)
  const elements = Object.fromEntries(Object.entries(entity.elements as Record<string, any>).filter(([, e]) => !NAVIGATION.has(e.type)))
  const keys = Object.keys(elements).filter(e => elements[e].key)
  const selected = option('$select')
    ?.split(',')
    .map(c => c.trim())
  if (selected?.some(c => !elements[c])) throw new NotCovered('$select')
  // as in the V4 service behind the adapter, the keys come with any selection
  const query: any = SELECT.from(`${api}.${set}`).columns(selected ? [...new Set([...keys, ...selected])] : Object.keys(elements))
  const filter = option('$filter')
  if (filter) query.where(parseFilter(filter, elements))
  for (const part of option('$orderby')?.split(',') ?? []) {
    const [element, direction = 'asc'] = part.trim().split(/\s+/)
    if (!elements[element] || !['asc', 'desc'].includes(direction)) throw new NotCovered('$orderby')
    query.orderBy(`${element} ${direction}`)
  }
  const top = option('$top')
  const skip = option('$skip')
  if (top !== undefined || skip !== undefined) query.limit(top === undefined ? Number.MAX_SAFE_INTEGER : Number(top), Number(skip ?? 0))
  const [rows, count] = await Promise.all([
    cds.db.run(query),
    option('$inlinecount') === 'allpages'
      ? cds.db.run(
          SELECT.one
            .from(`${api}.${set}`)
            .columns('count(1) as n')
            .where(query.SELECT.where ?? {})
        )
      : undefined
  ])
  const base = `http://${host}/sap/opu/odata/sap/${api}/${set}`
  const navigation = Object.keys(entity.elements).filter(e => NAVIGATION.has(entity.elements[e].type))
  const types = Object.fromEntries(Object.keys(rows[0] ?? {}).map(c => [c, elements[c]?.type]))
  const results = rows.map((row: Record<string, unknown>) => {
    const out: Record<string, unknown> = {}
    for (const c in row) out[c] = v2Value(row[c], types[c])
    const uri = `${base}(${keys.length === 1 ? keyText(row[keys[0]]) : keys.map(k => `${k}=${keyText(row[k])}`).join(',')})`
    out.__metadata = { type: `${api}.${set}`, uri }
    if (!selected) for (const n of navigation) out[n] = { __deferred: { uri: `${uri}/${n}` } }
    return out
  })
  return { d: count ? { __count: String(count.n), results } : { results } }
}

/**
 * Express handler for GET /sap/opu/odata/sap/:api/:set; passes what it does not cover on to the next handler.
 * `served` learns of each read answered here.
 */
export function v2Reads(apis: string[], served: (set: string) => void) {
  return async (req: Request, res: Response, next: NextFunction): Promise<void> => {
    try {
      res.json(await read(apis, String(req.params.api), String(req.params.set), req.query, req.get('host')!))
      served(String(req.params.set))
    } catch (e) {
      next(e instanceof NotCovered ? undefined : e)
    }
  }
}

/**
 * Express handler for POST /sap/opu/odata/sap/:api/$batch whose parts are all reads of entity sets (CAP's remote
 * service sends a GET whose URL is long, such as a filter on fifty purchase orders, as a batch of one).
 */
export function v2BatchedReads(apis: string[], served: (set: string) => void) {
  return async (req: Request, res: Response, next: NextFunction): Promise<void> => {
    const boundary = /boundary=([^;]+)/.exec(req.get('content-type') ?? '')?.[1]
    if (!boundary || typeof req.body !== 'string') return next()
    const parts = req.body.split(`--${boundary}`).slice(1, -1)
    try {
      const answers = await Promise.all(
        parts.map(async part => {
          const get = /^GET ([^?\s]+)\??(\S*) HTTP\/1\.1$/m.exec(part)
          if (!get || get[1].includes('/') || get[1].includes('(')) throw new NotCovered('batch part')
          return {
            set: get[1],
            answer: await read(apis, String(req.params.api), get[1], Object.fromEntries(new URLSearchParams(get[2])), req.get('host')!)
          }
        })
      )
      for (const { set } of answers) served(set)
      const own = `batch_${cds.utils.uuid()}`
      res
        .status(202)
        .type(`multipart/mixed; boundary=${own}`)
        .send(
          answers
            .map(({ answer }) => {
              const json = JSON.stringify(answer)
              return (
                `--${own}\r\nContent-Type: application/http\r\nContent-Transfer-Encoding: binary\r\n\r\n` +
                `HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(json)}\r\n\r\n${json}\r\n`
              )
            })
            .join('') + `--${own}--\r\n`
        )
    } catch (e) {
      next(e instanceof NotCovered ? undefined : e)
    }
  }
}
