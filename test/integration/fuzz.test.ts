import cds from '@sap/cds'
import path from 'node:path'
import fs from 'node:fs'
import { entitiesOf, localName, servedServices } from '../helpers/served'

/**
 * Malformed OData to every served service, entity and action, as every role: each answer is a 4xx with a clean
 * message (no stack, no SQL, no database error), none is a 5xx, and no row of the database changes.
 */
describe('Bad input: malformed OData to every service as every role', function () {
  this.timeout(600000)
  const { GET, POST, PATCH, expect, axios } = cds.test(path.join(__dirname, '..', '..'))
  axios.defaults.validateStatus = () => true

  const USERS = ['alice', 'erin', 'carol', 'paula', 'sam', 'audrey', 'nora', 'ella', 'cora']
  const as = (user?: string): any => (user === undefined ? {} : { auth: { username: user, password: '' } })
  /** entities that can be read on their own (not only through a parent) */
  const readable = (srv: any): any[] => entitiesOf(srv).filter(e => e['@Capabilities.ReadRestrictions.Readable'] !== false)

  /** rows per table: compared before and after the run */
  async function rowCounts(): Promise<Record<string, number>> {
    const counts: Record<string, number> = {}
    for (const e of Object.values<any>(cds.model!.definitions)) {
      const table =
        e.kind === 'entity' &&
        !e.query &&
        !e.projection &&
        !e['@cds.persistence.skip'] &&
        /^(scope3|sap\.changelog|cds\.outbox|DRAFT)\./.test(e.name as string)
      if (!table) continue
      // refused requests are security events on their way to the audit log (CAP's queue): those rows are expected
      const query = SELECT.one.from(e).columns('count(1) as n')
      if (e.name === 'cds.outbox.Messages') query.where({ target: { '!=': 'audit-log' } })
      counts[e.name] = Number((await query)?.n ?? 0)
    }
    return counts
  }

  /** what a malformed request may answer: 4xx, and a message that shows nothing of the inside */
  const problems: string[] = []
  const dump = (): void => {
    if (problems.length === 0) return
    const output = path.join(__dirname, '..', '..', 'test-output')
    fs.mkdirSync(output, { recursive: true })
    fs.appendFileSync(path.join(output, 'fuzz-problems.txt'), problems.join('\n') + '\n')
  }
  function check(what: string, res: any, allowOk = false): void {
    const { status, data } = res
    const text = typeof data === 'string' ? data : JSON.stringify(data)
    if (status >= 500) problems.push(`${what}: ${status as number} ${text.slice(0, 200)}`)
    else if (!allowOk && status < 400) problems.push(`${what}: ${status as number}, not refused`)
    else if (status >= 400 && typeof data === 'object' && typeof data?.error?.message !== 'string')
      problems.push(`${what}: ${status as number} without an error message`)
    if (/\bat [\w.<>$]+ \(|node_modules|SQLITE|SqliteError|syntax error at or near|no such (table|column)/i.test(text))
      problems.push(`${what}: leaks internals: ${text.slice(0, 200)}`)
  }

  const FILTERS = [
    'ID eq',
    '((((',
    "name eq 'unterminated",
    'doesNotExist eq 1',
    '1 eq 1; DROP TABLE scope3_Activities',
    "kgCO2e gt 'abc'",
    "postingDate lt 'yesterday'",
    "fiscalYear eq '2026' and",
    'contains(',
    "substringof('a',,name)",
    'ID in (',
    '$it/../x eq 1'
  ]
  /** well-formed filters with SQL in their literals: answered (or refused for an unknown property), never matched */
  const INJECTIONS = ["ID eq 'x'' or 1=1 --'", "code eq '1'' OR ''1''=''1'", `'${'x'.repeat(5000)}' eq ID`]
  const OPTIONS = [
    '$top=abc',
    '$top=-1',
    '$skip=-5',
    '$top=99999999999999999999',
    '$orderby=doesNotExist desc',
    '$select=nope,nada',
    '$expand=doesNotExist',
    '$expand=*($expand=*($expand=*($expand=*)))',
    '$apply=groupby((nope))',
    '$search="%27; DROP TABLE x; --"',
    '$count=maybe',
    '$format=xml'
  ]
  const KEYS = ["('x'' or ''1''=''1')", '(1;DROP TABLE scope3_Activities)', "(ID='%00')", '(ID=)', '()', "(ID='a',ID='b')"]

  let initial: Record<string, number>
  before(async () => {
    initial = await rowCounts()
  })

  /** every user on every service, and every entity at least once: user i probes the service's entities from the i-th on */
  function* probes(): Generator<{ srv: any; e: any; user?: string }> {
    for (const srv of servedServices()) {
      const entities = readable(srv)
      if (entities.length === 0) continue
      for (const [i, user] of [...USERS, undefined].entries()) yield { srv, e: entities[i % entities.length], user }
      for (const e of entities) yield { srv, e, user: 'alice' }
    }
  }

  it('answers malformed queries, keys and options with 4xx and a clean message', async () => {
    for (const { srv, e, user } of probes()) {
      const url = `${srv.path as string}/${localName(srv, e)}`
      const who = user ?? 'anonymous'
      for (const f of FILTERS) check(`${who} GET ${url}?$filter=${f}`, await GET(`${url}?$filter=${encodeURIComponent(f)}`, as(user)))
      for (const f of INJECTIONS) {
        const res = await GET(`${url}?$filter=${encodeURIComponent(f)}`, as(user))
        check(`${who} GET ${url}?$filter=${f.slice(0, 40)}`, res, true)
        if (res.status === 200) expect(res.data.value, `${url}?$filter=${f.slice(0, 40)}`).to.deep.equal([])
      }
      for (const o of OPTIONS) {
        // a huge $top is capped by the server (cds.query.limit.max), not refused; a search for any text is fine
        const harmless = o.startsWith('$top=9') || o.startsWith('$search')
        const res = await GET(`${url}?${o}`, as(user))
        check(`${who} GET ${url}?${o}`, res, harmless)
        if (harmless && res.status === 200) expect(res.data.value.length, url).to.be.at.most(1000)
      }
      for (const k of KEYS) check(`${who} GET ${url}${k}`, await GET(`${url}${k}`, as(user)))
    }
    dump()
    expect(problems).to.deep.equal([])
  })

  it('answers malformed writes with 4xx, writing nothing', async () => {
    problems.length = 0
    for (const { srv, e, user } of probes()) {
      const url = `${srv.path as string}/${localName(srv, e)}`
      const who = user ?? 'anonymous'
      const scalars = Object.values<any>(e.elements).filter(
        el =>
          !el.isAssociation &&
          !el.virtual &&
          !el.value &&
          !/^(IsActiveEntity|HasActiveEntity|HasDraftEntity|DraftAdministrativeData_DraftUUID)$/.test(el.name as string)
      )
      const wrongTyped = Object.fromEntries(
        scalars.map(el => [el.name, /String|UUID/.test(String(el._type ?? el.type)) ? { not: 'a string' } : 'not a number'])
      )
      check(`${who} POST ${url} wrong types`, await POST(url, wrongTyped, as(user)))
      check(`${who} POST ${url} unknown property`, await POST(url, { doesNotExist: 1, 'x; DROP TABLE y': 2 }, as(user)))
      check(
        `${who} POST ${url} not JSON`,
        await POST(url, '{"not": json', { ...as(user), headers: { 'content-type': 'application/json' } })
      )
      check(`${who} POST ${url} an array`, await POST(url, [1, 2, 3], as(user)))
      const row = (await GET(`${url}?$top=1`, as('alice'))).data?.value?.[0]
      if (row) {
        const key = Object.values<any>(e.keys)
          .filter(k => !k.isAssociation)
          .map(k => {
            const v = row[k.name]
            return `${k.name as string}=${typeof v === 'string' && !/UUID/.test(String(k._type ?? k.type)) ? `'${encodeURIComponent(v.replace(/'/g, "''"))}'` : String(v)}`
          })
          .join(',')
        check(`${who} PATCH ${url}(${key}) wrong types`, await PATCH(`${url}(${key})`, wrongTyped, as(user)))
      }
    }
    for (const srv of servedServices()) {
      for (const [name, action] of Object.entries<any>(srv.actions ?? {})) {
        const params = Object.keys(action.params ?? {})
        const wrong = Object.fromEntries(params.map(p => [p, { nested: { deeper: ["'; DROP TABLE x; --"] } }]))
        for (const user of [...USERS, undefined]) {
          if (params.length === 0) continue // nothing to get wrong
          if (action.kind === 'function')
            check(
              `${user ?? 'anonymous'} ${name}(wrong)`,
              await GET(`${srv.path as string}/${name}(${params.map(p => `${p}=@x`).join(',')})?@x=%7B%7D`, as(user))
            )
          else check(`${user ?? 'anonymous'} ${name} wrong types`, await POST(`${srv.path as string}/${name}`, wrong, as(user)))
        }
      }
    }
    dump()
    expect(problems).to.deep.equal([])
  })

  it('refuses an oversized body with 413 on every service', async () => {
    const huge = JSON.stringify({ pad: 'x'.repeat(21 * 1024 * 1024) })
    for (const srv of servedServices()) {
      const e = readable(srv)[0]
      const target = e ? localName(srv, e) : Object.keys(srv.actions)[0]
      const res = await POST(`${srv.path as string}/${target}`, huge, {
        ...as('alice'),
        headers: { 'content-type': 'application/json' },
        maxBodyLength: Infinity
      })
      expect(res.status, srv.name).to.equal(413)
    }
  })

  it('leaves every table as it was', async () => {
    expect(await rowCounts()).to.deep.equal(initial)
  })
})
