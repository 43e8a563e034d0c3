import cds from '@sap/cds'

/** A unique-key violation, whichever database reports it: a duplicate, not a fault. */
export const isUniqueViolation = (e: any): boolean => /unique/i.test(`${e.code} ${e.message}`)

/** Runs `fn` in a new root transaction of the app itself, whatever context triggered the work. */
export const privileged = <T>(fn: () => Promise<T>): Promise<T> => cds.tx({ user: cds.User.privileged } as any, fn) as Promise<T>
