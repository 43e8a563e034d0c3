import { Activities, SupplierDataRequests, Suppliers } from '#cds-models/scope3'
import { PURCHASE_ORDER_ITEM } from '../lib/ingestion/s4-mapping'
import { SupplierIntensities } from '../lib/reporting/supplier-intensity'
import { tonnesShown } from '../lib/common/decimal'

/** lines read per page: memory stays flat however many lines the group has */
const PAGE = 10000
/** the requests still waiting for the supplier */
const OPEN = ['proposed', 'sent', 'escalated']

/**
 * The suppliers of a material group over a period, side by side (srv/lib/reporting/supplier-intensity.ts): their
 * purchase order items' current figures, read page by page in key order, in the user's company codes only; with the
 * supplier data requests that already ask them for footprints of the group.
 */
export async function supplierIntensities(
  materialGroup: string,
  from: string,
  to: string,
  companyCodes: string[] | undefined
): Promise<Array<Record<string, unknown>>> {
  const sums = new SupplierIntensities()
  for (let after = ''; ;) {
    const page = (await SELECT.from(Activities)
      .columns(
        'ID',
        'supplier_ID',
        'quantity',
        'unit_code',
        'amount',
        'currency_code',
        'current.kgCO2eLocation as kg',
        'current.dqScore as dq',
        'current.method_code as method'
      )
      .where({
        documentType: PURCHASE_ORDER_ITEM,
        materialGroup_code: materialGroup,
        status_code: { '!=': 'cancelled' },
        supplier_ID: { '!=': null },
        postingDate: { between: from, and: to },
        'current.kgCO2eLocation': { '!=': null },
        ID: { '>': after },
        ...(companyCodes ? { companyCode_code: { in: companyCodes } } : {})
      })
      .orderBy('ID')
      .limit(PAGE)) as any[]
    for (const l of page)
      sums.add({
        supplier: l.supplier_ID,
        kgCO2e: l.kg,
        quantity: l.quantity,
        unit: l.unit_code,
        amount: l.amount,
        currency: l.currency_code,
        dqScore: l.dq,
        method: l.method
      })
    if (page.length < PAGE) break
    after = page[page.length - 1].ID
  }
  const ranked = sums.ranked()
  if (!ranked.length) return []
  const ids = ranked.map(r => r.supplier)
  const [names, requests] = await Promise.all([
    SELECT.from(Suppliers)
      .columns('ID', 'name')
      .where({ ID: { in: ids } }),
    SELECT.from(SupplierDataRequests)
      .columns('ID', 'supplier_ID', 'status', 'createdAt')
      .where({ supplier_ID: { in: ids } })
      .and({ materialGroup_code: materialGroup, or: { 'material.materialGroup_code': materialGroup } })
      .orderBy('createdAt desc')
  ])
  const name = new Map(names.map(s => [s.ID!, s.name]))
  return ranked.map(r => {
    const own = requests.filter(q => q.supplier_ID === r.supplier)
    return {
      ...r,
      tCO2e: r.kgCO2e == null ? null : tonnesShown(r.kgCO2e),
      supplierName: name.get(r.supplier) ?? null,
      openRequests: own.filter(q => OPEN.includes(q.status!)).length,
      requestStatus: own[0]?.status ?? null,
      latestRequest: own[0]?.ID ?? null
    }
  })
}

/** the `property = value` conditions of a query's filter and key (`and` only, parentheses flattened) */
export function equalitiesOf(...conditions: Array<unknown[] | undefined>): Record<string, unknown> {
  const found: Record<string, unknown> = {}
  const walk = (tokens: unknown[]): void => {
    const isObject = (x: unknown): x is Record<string, any> => typeof x === 'object' && x !== null
    tokens.forEach((t, i) => {
      if (!isObject(t)) return
      if (t.xpr) walk(t.xpr)
      const next = tokens[i + 2]
      if (tokens[i + 1] !== '=' || !isObject(next)) return
      if (t.ref && 'val' in next) found[t.ref.at(-1)] = next.val
      if ('val' in t && next.ref) found[next.ref.at(-1)] = t.val
    })
  }
  for (const c of conditions) if (Array.isArray(c)) walk(c)
  return found
}
