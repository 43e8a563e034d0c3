import type cds from '@sap/cds'

/**
 * The keys of the row a bound action, a path or a key read addresses: the last of the request's params, as an
 * object of its key elements (a single key comes as the bare value; it is `ID` then). Empty for an unbound call.
 */
export function targetKeys(req: cds.Request): Record<string, any> {
  const last = req.params?.at(-1) as unknown
  if (last == null) return {}
  return typeof last === 'object' ? (last as Record<string, any>) : { ID: last }
}

/** The `ID` of the row a bound action or path addresses. */
export const targetId = (req: cds.Request): string => targetKeys(req).ID as string

/** The event a request runs for inside a draft action (e.g. `draftActivate`), where fields are members of `in`. */
export const draftEventOf = (req: cds.Request): string | undefined => (req as unknown as { _?: { event?: string } })._?.event

/** Ends the request with the errors collected by `req.error` (all of them, as CAP's `req.reject()` without arguments). */
export function rejectWithErrors(req: cds.Request): never {
  return (req.reject as () => never)()
}
