import cds from '@sap/cds'

/** A unique-key violation, whichever database reports it: a duplicate, not a fault. */
export const isUniqueViolation = (e: any): boolean => /unique/i.test(`${e.code} ${e.message}`)

/** Runs `fn` in a new root transaction of the app itself, whatever context triggered the work. */
export const privileged = <T>(fn: () => Promise<T>): Promise<T> => cds.tx({ user: cds.User.privileged } as any, fn) as Promise<T>

/**
 * Runs a job's work in the background once the request that started it succeeded. Each step of the work runs in a
 * transaction of its own (cds.tx); nothing may use the spawned context's transaction: SQLite has one connection, and
 * a step waiting for it while that transaction held it waited forever (and with it every request).
 */
export function inBackground(req: any, work: () => Promise<void>): void {
  req.on('succeeded', () => {
    cds.spawn({ user: req.user }, work)
  })
}

/**
 * Inserts flat entries (no compositions) as columns and rows: CAP's input processing of `entries` (keys, deep
 * inserts) took longer than the database for bulk inserts. A column an entry lacks gets the element's default;
 * managed fields (`@cds.on.insert`: createdAt, createdBy...) get the time and user of the context, as with entries.
 */
export async function insertRows(entity: any, entries: Array<Record<string, unknown>>): Promise<void> {
  if (!entries.length) return
  const definition = cds.model?.definitions[typeof entity === 'string' ? entity : entity.name] as any
  const elements: Record<string, any> = definition?.elements ?? {}
  const given = [...new Set(entries.flatMap(e => Object.keys(e)))].filter(c => entries.some(e => e[c] !== undefined))
  const managed = Object.keys(elements).filter(c => elements[c]['@cds.on.insert'] && !given.includes(c))
  const now = (cds.context?.timestamp ?? new Date()).toISOString()
  const user = cds.context?.user?.id ?? 'anonymous'
  const managedValue = (c: string): unknown =>
    (({ $now: now, $user: user }) as Record<string, unknown>)[elements[c]['@cds.on.insert']['=']] ?? null
  const columns = [...given, ...managed]
  const fallbacks = columns.map(c => (managed.includes(c) ? managedValue(c) : (elements[c]?.default?.val ?? null)))
  await INSERT.into(entity)
    .columns(columns)
    .rows(entries.map(e => columns.map((c, i) => (e[c] === undefined ? fallbacks[i] : e[c]))))
}

/** The entries an INSERT or UPSERT writes, whether given as entries or as columns and rows. */
export function entriesOf(query: any, data?: unknown): Array<Record<string, any>> {
  const q = query?.INSERT ?? query?.UPSERT
  if (q?.rows && q.columns) return q.rows.map((r: unknown[]) => Object.fromEntries(q.columns.map((c: string, i: number) => [c, r[i]])))
  return [q?.entries ?? data].flat().filter(Boolean)
}
