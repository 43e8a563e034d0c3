/**
 * The launchpad tiles' figures (type `DynamicTileData`, srv/common/launchpad-tiles.cds): each app's service answers
 * its tile function with one of these, read through the service itself so that the user's roles and company codes
 * apply (srv/common/company-code-isolation.ts).
 */
import type { Service } from '@sap/cds'
import type { DynamicTileData } from '#cds-models/scope3'

/**
 * How many rows a query finds when run through a service: as the user may see them (its `@restrict` and the
 * company-code filters apply). The query is a `SELECT.one.from(...)` with its `where`; the count column is added here.
 */
export async function countThrough(service: Service, query: SELECT<unknown>): Promise<number> {
  const row = (await service.run(query.columns('count(1) as n'))) as { n?: number | string } | undefined
  return Number(row?.n ?? 0)
}

/** a count of things waiting for the user, e.g. open findings: Critical while there are any */
export function countTile(count: number, info: string, unit = ''): DynamicTileData {
  return { number: count, numberUnit: unit, numberDigits: 0, numberState: count > 0 ? 'Critical' : 'Neutral', info, infoState: 'Neutral' }
}

/**
 * a figure with its unit and decimals, e.g. "1,234.567 t CO2e": `value` is the decimal already rounded to `digits`,
 * which a JSON number carries exactly at that size (the tile shows it; reports keep their decimals)
 */
export function figureTile(value: string, unit: string, digits: number, info: string): DynamicTileData {
  return { number: Number(value), numberUnit: unit, numberDigits: digits, numberState: 'Neutral', info, infoState: 'Neutral' }
}

/** the current calendar month as YYYYMM (fiscal periods of the calendar year: period p of year y is y*100 + p) */
export function currentYearPeriod(now = new Date()): number {
  return now.getUTCFullYear() * 100 + now.getUTCMonth() + 1
}
