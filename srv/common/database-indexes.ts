import cds from '@sap/cds'
import { isUniqueViolation } from './database'

/**
 * Secondary indexes CDS cannot declare: the lookups of attribution, period close and reports. Created on start-up
 * where the database supports `create index if not exists` (SQLite, PostgreSQL); SAP HANA gets the same indexes
 * from db/src/*.hdbindex through the HDI deployer.
 */
export const INDEXES: Array<[string, string, string[]]> = [
  ['scope3_Attributions_activity', 'scope3_Attributions', ['activity_ID', 'supersededBy_ID']],
  ['scope3_Attributions_period', 'scope3_Attributions', ['companyCode_code', 'fiscalYear', 'fiscalPeriod']],
  ['scope3_Activities_period', 'scope3_Activities', ['companyCode_code', 'fiscalYear', 'fiscalPeriod']],
  // the lines of a purchase order (its totals, srv/attribution/purchase-order-totals.ts; its items and transport)
  ['scope3_Activities_document', 'scope3_Activities', ['documentNumber', 'documentType']],
  // the transport and energy lines derived from a purchase-order item (attribution: transport counted once; the sync of
  // an order): without it each lookup reads the whole table, which made a recompute slower the more lines there are
  ['scope3_Activities_derived', 'scope3_Activities', ['derivedFrom_ID', 'documentType']],
  ['scope3_InboundEvents_status', 'scope3_InboundEvents', ['status', 'attempts']],
  // which rule versions attributions used (AdminService.AttributionRules.inUse)
  ['scope3_Attributions_rule', 'scope3_Attributions', ['rule_ID']],
  // the PACT filters productId, companyId, classification and geography (srv/pact/pact-exchange.ts findFootprints)
  ['scope3_ProductFootprintIds_urn', 'scope3_ProductFootprintIds', ['idType', 'urn']],
  ['scope3_ProductFootprints_geography', 'scope3_ProductFootprints', ['geography']]
]

let indexed: unknown
export async function ensureIndexes(): Promise<void> {
  const db = cds.db as any
  if (!db || indexed === db || !['sqlite', 'postgres'].includes(db.options?.kind ?? db.kind)) return
  indexed = db
  for (const [name, table, columns] of INDEXES) {
    // instances that start together race here: PostgreSQL's `if not exists` is no lock, and the loser of the race
    // is told the index exists (unique violation on its catalog), which is what it wanted
    await db.run(`CREATE INDEX IF NOT EXISTS ${name} ON ${table} (${columns.join(', ')})`).catch((e: any) => {
      if (!isUniqueViolation(e) && !/already exists/i.test(String(e.message))) throw e
    })
  }
}
