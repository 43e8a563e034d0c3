import { Decimal } from './decimal'

/**
 * An entity set a handler computes (not read from the database) answered as CAP would answer a database query: the
 * rows grouped and aggregated as `$apply` asks (groupby with sum, min, max, average, count of its properties, as
 * Fiori elements' charts ask them), ordered by `$orderby` (else by the given default), and paged by `$skip`/`$top`
 * with the total for `$count`. Sums in decimal arithmetic. The filter is the handler's (srv/lib/common/filter-values.ts).
 */

type Row = Record<string, any>
type Select = {
  columns?: any[]
  groupBy?: any[]
  orderBy?: any[]
  limit?: { rows?: { val?: unknown }; offset?: { val?: unknown } }
  count?: boolean
}
type Order = Array<{ name: string; desc: boolean }>

const refName = (c: any): string | undefined => (Array.isArray(c?.ref) && c.ref.length === 1 ? String(c.ref[0]) : undefined)

function compare(a: unknown, b: unknown): number {
  if (a == null || b == null) return a == null ? (b == null ? 0 : -1) : 1
  if (typeof a !== 'boolean' && typeof b !== 'boolean' && a !== '' && b !== '' && !Number.isNaN(Number(a)) && !Number.isNaN(Number(b)))
    return new Decimal(a as string).comparedTo(new Decimal(b as string))
  return String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0
}

/** rows in `order` (each property ascending unless desc), stable */
export function sortRows<T extends Row>(rows: T[], order: Order): T[] {
  return rows.sort((a, b) => {
    for (const { name, desc } of order) {
      const c = compare(a[name], b[name])
      if (c) return desc ? -c : c
    }
    return 0
  })
}

/** One aggregate of a group's rows: sum, min, max, average or count of a property (decimals as text). */
function aggregate(func: string, values: unknown[]): unknown {
  const present = values.filter(v => v != null)
  switch (func.toLowerCase()) {
    case 'count':
      return present.length
    case 'sum':
      return present.length ? present.reduce<Decimal>((s, v) => s.plus(v as string), new Decimal(0)).toString() : null
    case 'average':
    case 'avg':
      return present.length
        ? present
            .reduce<Decimal>((s, v) => s.plus(v as string), new Decimal(0))
            .div(present.length)
            .toString()
        : null
    case 'min':
      return present.length ? present.reduce((m, v) => (compare(v, m) < 0 ? v : m)) : null
    case 'max':
      return present.length ? present.reduce((m, v) => (compare(v, m) > 0 ? v : m)) : null
    default:
      throw new RangeError(`${func}: no such aggregation`)
  }
}

/** rows grouped by the query's groupBy, each with its aggregated columns; the rows as they are without groupBy */
function grouped(rows: Row[], select: Select): Row[] {
  const keys = (select.groupBy ?? []).map(refName).filter((k): k is string => k !== undefined)
  const aggregates = (select.columns ?? []).filter(c => typeof c?.func === 'string' && c.func !== 'count' && c.as)
  if (!keys.length && !aggregates.length) return rows
  const groups = new Map<string, Row[]>()
  for (const row of rows) {
    const id = JSON.stringify(keys.map(k => row[k] ?? null))
    groups.set(id, [...(groups.get(id) ?? []), row])
  }
  return [...groups.values()].map(members => {
    const out: Row = {}
    for (const k of keys) out[k] = members[0][k]
    for (const c of aggregates) {
      const property = refName(c.args?.[0])
      if (property === undefined) throw new RangeError(`${String(c.as)}: aggregate a property`)
      out[c.as] = aggregate(
        c.func,
        members.map(m => m[property])
      )
    }
    return out
  })
}

/**
 * The answer to a read of a computed set: `[{ $count }]` for /$count; else the page of rows (grouped where `$apply`
 * asks), in the order asked or `defaultOrder`, with `$count` set when the query asks for it.
 */
export function answer(rows: Row[], select: Select, defaultOrder: Order): Row[] {
  if (select.columns?.length === 1 && select.columns[0]?.func === 'count' && !select.groupBy?.length) return [{ $count: rows.length }]
  const result = grouped(rows, select)
  const asked = (select.orderBy ?? [])
    .map(o => ({ name: refName(o) ?? (o.as as string | undefined) ?? '', desc: o.sort === 'desc' }))
    .filter(o => o.name !== '')
  sortRows(result, asked.length ? asked : defaultOrder.filter(o => result.some(r => o.name in r)))
  const skip = Number(select.limit?.offset?.val ?? 0)
  const top = select.limit?.rows?.val
  const page = result.slice(skip, top != null ? skip + Number(top) : undefined)
  if (select.count) (page as any).$count = result.length
  return page
}
