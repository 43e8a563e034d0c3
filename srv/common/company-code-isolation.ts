/**
 * Company-code isolation, declared once in the model and enforced for every application service.
 *
 * The declaration: a database entity whose rows belong to a company code carries `@scope3.companyCode` with the
 * path to it (`'companyCode_code'`, `'period_companyCode_code'`, `'batch.companyCode_code'`; db/company-codes.cds);
 * `@scope3.companyCodeShared` adds that rows without one (a rule for all company codes, a log entry about the
 * factor library) are everyone's. CDS passes entity annotations on to the projections and views built on them, so
 * every service entity over such a table is bound too; `checkBindings` refuses to serve a service entity whose
 * declared path does not resolve, or that reads a bound table without a declaration of its own.
 *
 * The enforcement: for a user whose roles set the attribute `CompanyCode` (srv/access-control.cds), every query of
 * a service gets the filter on each bound entity it reaches, wherever: the entity read, each step of a navigation
 * path, each `$expand` (CAP applies a `@restrict` `where` only to the entity read, not to expanded rows), path
 * expressions and `exists` in `$filter`, `$orderby` and `$apply`, and subqueries. Writes, bound actions and draft
 * events on a row of another company code are answered 404, as if the row did not exist, before any handler runs;
 * a create naming another company code is refused with 403 at that field. Users without the attribute, and the
 * app's own technical users, are not restricted.
 */
import cds from '@sap/cds'

const PATH = '@scope3.companyCode'
const SHARED = '@scope3.companyCodeShared'

/** where an entity's company code is, and whether rows without one are everyone's */
export interface Binding {
  path: string[]
  shared: boolean
}

type Tokens = any[]

/** the company codes the user's roles limit them to; undefined: all */
export function companyCodesOf(user: any): string[] | undefined {
  if (user == null || user._is_privileged === true || user.is?.('internal-user') === true) return undefined
  const codes = user.attr?.CompanyCode
  if (codes == null) return undefined
  // CAP's `$user.<attr> is null` semantics: an attribute without a value does not restrict
  const list = [codes]
    .flat()
    .filter((c: unknown) => c != null && c !== '')
    .map(String)
  return list.length ? [...new Set(list)] : undefined
}

/** the binding of an entity, or of the active entity of a draft; undefined: not bound to a company code */
export function bindingOf(entity: any): Binding | undefined {
  const e = entity?.actives ?? entity
  const path = e?.[PATH]
  if (typeof path !== 'string' || path === '') return undefined
  return { path: path.split('.'), shared: e[SHARED] === true }
}

/** the condition "this row belongs to one of these company codes", relative to the bound entity */
export function companyCodeCondition(binding: Binding, codes: string[]): Tokens {
  const inList = (ref: string): Tokens => [{ ref: [ref] }, 'in', { list: codes.map(val => ({ val })) }]
  // shared: a row whose path ends nowhere (no company code, or no row to follow) is everyone's
  const build = (steps: string[]): Tokens => {
    if (steps.length > 1) {
      const through: Tokens = ['exists', { ref: [{ id: steps[0], where: build(steps.slice(1)) }] }]
      return binding.shared ? ['not', 'exists', { ref: [steps[0]] }, 'or', ...through] : through
    }
    return binding.shared ? [{ ref: [steps[0]] }, 'is', 'null', 'or', ...inList(steps[0])] : inList(steps[0])
  }
  return [{ xpr: build(binding.path) }]
}

const and = (existing: Tokens | undefined, condition: Tokens): Tokens =>
  existing?.length ? [{ xpr: existing }, 'and', ...condition] : condition

function definition(name: string): any {
  const defs = (cds.model as any)?.definitions
  return defs?.[name] ?? (name.endsWith('.drafts') ? defs?.[name.slice(0, -7)]?.drafts : undefined)
}

/**
 * Restricts a query (SELECT, or the SELECT inside INSERT … SELECT) in place to the company codes given: every
 * bound entity it reaches gets the condition.
 */
export function restrictQuery(query: any, codes: string[]): void {
  if (query?.SELECT) restrictSelect(query.SELECT, codes)
  else if (query?.INSERT?.as) restrictQuery(query.INSERT.as, codes)
}

function restrictSelect(S: any, codes: string[]): void {
  const target = restrictSource(S.from, codes)
  for (const column of S.columns ?? []) restrictColumn(column, target, codes)
  for (const clause of ['where', 'having', 'groupBy', 'orderBy'] as const) restrictTokens(S[clause], target, codes)
}

/** the FROM clause: each step of a path, joins and subqueries; returns the entity the columns refer to */
function restrictSource(from: any, codes: string[]): any {
  if (from == null) return undefined
  if (from.SELECT) {
    restrictSelect(from.SELECT, codes)
    return undefined
  }
  if (from.join) {
    for (const arg of from.args ?? []) restrictSource(arg, codes)
    return undefined
  }
  if (!Array.isArray(from.ref)) return undefined
  let entity: any
  from.ref.forEach((step: any, i: number) => {
    const id = typeof step === 'string' ? step : step.id
    entity = i === 0 ? definition(id) : targetOf(entity, id)
    from.ref[i] = filtered(step, entity, codes)
  })
  return entity
}

/** a path step with the company-code condition of the entity it leads to, if bound */
function filtered(step: any, entity: any, codes: string[]): any {
  const binding = bindingOf(entity)
  if (!binding) return step
  const s = typeof step === 'string' ? { id: step } : { ...step }
  s.where = and(s.where, companyCodeCondition(binding, codes))
  return s
}

function targetOf(entity: any, name: string): any {
  const element = entity?.elements?.[name]
  return element?.isAssociation === true ? definition(element.target) : undefined
}

/** a column: path expressions, expands with their own filters, expressions, subqueries */
function restrictColumn(column: any, entity: any, codes: string[]): void {
  if (column == null || typeof column !== 'object') return
  if (column.SELECT) return restrictQuery(column, codes)
  if (column.xpr) restrictTokens(column.xpr, entity, codes)
  if (column.func && Array.isArray(column.args)) restrictTokens(column.args, entity, codes)
  if (!Array.isArray(column.ref)) return
  const target = restrictRef(column.ref, entity, codes)
  const nested = column.expand ?? column.inline
  if (Array.isArray(nested)) {
    for (const c of nested) restrictColumn(c, target, codes)
    restrictTokens(column.where, target, codes)
    restrictTokens(column.orderBy, target, codes)
  }
}

/** each association step of a path gets the condition of its target; returns the entity the path ends on */
function restrictRef(ref: any[], entity: any, codes: string[]): any {
  let current = entity
  for (let i = 0; i < ref.length; i++) {
    const id = typeof ref[i] === 'string' ? ref[i] : ref[i]?.id
    const next = targetOf(current, id)
    if (next === undefined) {
      // a structured element or the last (plain) element: nothing further to restrict
      if (current?.elements?.[id] === undefined) return undefined
      continue
    }
    ref[i] = filtered(ref[i], next, codes)
    if (typeof ref[i] === 'object' && ref[i].where) restrictTokens(ref[i].where, next, codes)
    current = next
  }
  return current
}

function restrictTokens(tokens: any, entity: any, codes: string[]): void {
  if (!Array.isArray(tokens)) return
  for (const t of tokens) {
    if (t == null || typeof t !== 'object') continue
    if (t.SELECT) restrictQuery(t, codes)
    else if (Array.isArray(t.ref)) restrictRef(t.ref, entity, codes)
    if (t.xpr) restrictTokens(t.xpr, entity, codes)
    if (t.list) restrictTokens(t.list, entity, codes)
    if (t.func && Array.isArray(t.args)) restrictTokens(t.args, entity, codes)
  }
}

/**
 * A query of the database (or of a service) as the current user may run it: restricted to their company codes where
 * their roles limit them. For handlers that read the database themselves (aggregates, files, bulk work).
 */
export function asCurrentUser<Q>(query: Q, user: any = cds.context?.user): Q {
  const codes = companyCodesOf(user)
  if (codes) restrictQuery(query, codes)
  return query
}

const WRITES_NEW = new Set(['CREATE', 'NEW', 'UPSERT'])

/**
 * The handlers of one application service: reads are restricted, rows of other company codes are out of reach of
 * writes, actions and draft events, and new rows name one of the user's company codes.
 */
export function isolateService(srv: any): void {
  srv.before('READ', '*', (req: any) => {
    const codes = companyCodesOf(req.user)
    if (codes) restrictQuery(req.query, codes)
  })
  srv.before('*', '*', async (req: any) => {
    if (req.event === 'READ' || !req.target) return
    const codes = companyCodesOf(req.user)
    if (!codes) return
    if (WRITES_NEW.has(req.event as string)) refuseForeignCompanyCode(req, codes)
    else await refuseForeignRow(req, codes)
    if (req.event === 'UPDATE' || req.event === 'PATCH') refuseForeignCompanyCode(req, codes)
  })
}

/** a new or changed row must name one of the user's company codes where the entity has it as a plain element */
function refuseForeignCompanyCode(req: any, codes: string[]): void {
  const binding = bindingOf(req.target)
  if (!binding || binding.path.length > 1) return
  const [field] = binding.path
  for (const row of [req.data ?? []].flat()) {
    const code = row?.[field]
    if (code == null) {
      if (!binding.shared && WRITES_NEW.has(req.event as string) && req.target.elements?.[field]?.key === true)
        req.reject(400, `${field} is required`, field)
      continue
    }
    if (!codes.includes(String(code))) req.reject(403, `company code ${String(code)} is not among yours`, field)
  }
}

/** an update, delete, bound action or draft event on a row the user cannot read: 404, as for a row that does not exist */
async function refuseForeignRow(req: any, codes: string[]): Promise<void> {
  const subject = req.subject
  if (!subject?.ref || !Array.isArray(subject.ref) || !subject.ref.some((s: any) => typeof s === 'object' && s.where)) return
  if (!subject.ref.some((s: any, i: number) => bindingOf(stepEntity(subject.ref, i)))) return
  const query = SELECT.one.from({ ref: structuredClone(subject.ref) } as any).columns('1 as found' as any)
  restrictQuery(query, codes)
  if (!(await cds.db.run(query))) req.reject(404)
}

function stepEntity(ref: any[], index: number): any {
  let entity: any
  for (let i = 0; i <= index; i++) {
    const id = typeof ref[i] === 'string' ? ref[i] : ref[i].id
    entity = i === 0 ? definition(id) : targetOf(entity, id)
  }
  return entity
}

/** the database entities a service entity reads from (its projection or view sources, joins included) */
function sourcesOf(entity: any): any[] {
  const sources: any[] = []
  const visit = (from: any): void => {
    if (from == null) return
    if (Array.isArray(from.ref)) {
      const source = definition(typeof from.ref[0] === 'string' ? from.ref[0] : from.ref[0].id)
      if (source) sources.push(source, ...sourcesOf(source))
    }
    if (from.SELECT) visit(from.SELECT.from)
    for (const arg of from.args ?? []) visit(arg)
  }
  visit(entity?.query?.SELECT?.from ?? entity?.projection?.from)
  return sources
}

/**
 * The declaration holds for every entity of the service: a bound entity's path resolves to an element, and an
 * entity that reads from a bound table is bound itself (explicitly `@scope3.companyCode: false` where it is
 * deliberately not, e.g. the company codes' own value list for global roles). Thrown at startup, so a new
 * projection that loses its company code cannot be served.
 */
export function checkBindings(srv: any): void {
  const problems: string[] = []
  for (const entity of Object.values<any>(srv.entities ?? {})) {
    if (entity.name.endsWith('.drafts') || entity.name.endsWith('DraftAdministrativeData')) continue
    const binding = bindingOf(entity)
    if (binding) {
      let current = entity
      for (const [i, step] of binding.path.entries()) {
        const element = current?.elements?.[step]
        if (!element) {
          problems.push(`${entity.name as string}: ${PATH} '${binding.path.join('.')}' has no element ${step}`)
          break
        }
        if (i < binding.path.length - 1) current = definition(element.target)
      }
      continue
    }
    if (entity[PATH] === false) continue
    const bound = sourcesOf(entity).find(s => bindingOf(s))
    if (bound)
      problems.push(`${entity.name as string} reads ${bound.name as string}, which belongs to company codes, but declares no ${PATH}`)
  }
  if (problems.length) throw new Error(`company-code isolation (srv/common/company-code-isolation.ts):\n${problems.join('\n')}`)
}
