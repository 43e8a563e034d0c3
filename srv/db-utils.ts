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
export function inBackground (req: any, work: () => Promise<void>): void {
  req.on('succeeded', () => { cds.spawn({ user: req.user }, work) })
}
