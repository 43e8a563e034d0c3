/**
 * The values a filter allows per element, for entity sets a handler computes instead of the database: a CQN `where`
 * of comparisons `element = value` and `element in (…)`, or-ed on one element and and-ed across elements, as a
 * filter bar sends them. Anything else is refused naming the element (or the operator), so that a filter is never
 * silently ignored.
 */

export class UnsupportedFilter extends Error {
  constructor(
    message: string,
    /** the element the filter is about, where there is one */
    readonly target?: string
  ) {
    super(message)
  }
}

/** per element, the values a row's element must be one of (as text); an element not listed is not filtered */
export type AllowedValues = Map<string, Set<string>>

type Token = any

const split = (tokens: Token[], word: 'and' | 'or'): Token[][] => {
  const parts: Token[][] = [[]]
  for (const t of tokens) {
    if (typeof t === 'string' && t.toLowerCase() === word) parts.push([])
    else parts.at(-1)!.push(t)
  }
  return parts
}

const refOf = (t: Token): string | undefined => (Array.isArray(t?.ref) && t.ref.length === 1 ? String(t.ref[0]) : undefined)

function comparison(tokens: Token[], filterable: ReadonlySet<string>): AllowedValues {
  if (tokens.length === 1 && Array.isArray(tokens[0]?.xpr)) return condition(tokens[0].xpr, filterable)
  const [left, op, right] = tokens
  const element = refOf(left) ?? refOf(right)
  if (element === undefined || tokens.length !== 3) throw new UnsupportedFilter('filter by comparisons of an element with values only')
  if (!filterable.has(element))
    throw new UnsupportedFilter(`${element} cannot be filtered here: filter by ${[...filterable].join(', ')}`, element)
  if (op === '=' && (right?.val !== undefined || left?.val !== undefined))
    return new Map([[element, new Set([String(right?.val ?? left?.val)])]])
  if (op === 'in' && refOf(left) && Array.isArray(right?.list) && right.list.every((v: Token) => v?.val !== undefined))
    return new Map([[element, new Set<string>(right.list.map((v: Token) => String(v.val)))]])
  throw new UnsupportedFilter(`${element}: filter with eq or in only`, element)
}

function condition(tokens: Token[], filterable: ReadonlySet<string>): AllowedValues {
  const alternatives = split(tokens, 'or')
  if (alternatives.length > 1) {
    const union: AllowedValues = new Map()
    for (const part of alternatives.map(a => condition(a, filterable))) {
      for (const [element, values] of part) union.set(element, new Set([...(union.get(element) ?? []), ...values]))
    }
    if (union.size > 1)
      throw new UnsupportedFilter(`or-ed conditions on one element only: ${[...union.keys()].join(', ')}`, [...union.keys()][1])
    return union
  }
  const all: AllowedValues = new Map()
  for (const part of split(tokens, 'and').map(p => comparison(p, filterable))) {
    for (const [element, values] of part) {
      const before = all.get(element)
      all.set(element, before ? new Set([...values].filter(v => before.has(v))) : values)
    }
  }
  return all
}

/** The values `where` allows per element of `filterable`; throws UnsupportedFilter for any other condition. */
export function allowedValues(where: Token[] | undefined, filterable: readonly string[]): AllowedValues {
  return where?.length ? condition(where, new Set(filterable)) : new Map()
}

/** whether a row passes the allowed values */
export const passes = (allowed: AllowedValues, row: Record<string, unknown>): boolean =>
  [...allowed].every(([element, values]) => values.has(String(row[element])))
