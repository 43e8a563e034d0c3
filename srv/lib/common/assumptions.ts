/**
 * An assumption a calculation made that its inputs did not state: a proxy factor, a class the source does not
 * publish, market equal to location. Never silent: each one travels with the figure (estimate results, upload rows,
 * the attribution's lineage), as DESIGN.md's invariant "nothing silent" asks. `code` is stable for machines; the
 * message names the activity's field and what was assumed, for people.
 */
export interface Assumption {
  code: string
  message: string
  /** the input field the assumption is about, where there is one */
  target?: string
}

/** The lineage line of an assumption. */
export const assumptionLine = (a: Assumption): string => `assumption ${a.code}: ${a.message}`
