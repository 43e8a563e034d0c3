import { parse } from 'csv-parse/sync'
import { Decimal } from './decimal'

/**
 * Flight distances the way the UK DESNZ methodology prescribes them: the great-circle distance between the two
 * airports, plus 8% for routes that are not straight and for delays and circling ("uplift"), and the haul class
 * that picks the factor. Pure and deterministic: the great circle comes from the haversine formula on the mean
 * Earth radius (JavaScript's Math is IEEE 754 double precision, the same on every platform for these operations),
 * rounded to whole metres before any decimal arithmetic.
 */

export interface Airport { iata: string, name: string, country: string, lat: number, lon: number }

/** Mean Earth radius (IUGG), km */
export const EARTH_RADIUS_KM = 6371.0088
/** DESNZ: "an 8% uplift to the great circle distance" for indirect routes, delays and circling */
export const DISTANCE_UPLIFT = new Decimal('1.08')
/** DESNZ short-haul flights are up to 3,700 km; longer ones are long-haul */
export const LONG_HAUL_FROM_KM = 3700

/** The airport list (db/sources/airports-major.csv, OurAirports) by IATA code. */
export function parseAirports (text: string): Map<string, Airport> {
  const rows: Array<Record<string, string>> = parse(text, { columns: true, bom: true, skip_empty_lines: true, trim: true })
  return new Map(rows.map(r => [r.iata_code, { iata: r.iata_code, name: r.name, country: r.iso_country, lat: Number(r.latitude_deg), lon: Number(r.longitude_deg) }]))
}

/** Great-circle distance in km, 3 decimals (metres). */
export function greatCircleKm (a: Airport, b: Airport): Decimal {
  const rad = (deg: number): number => deg * Math.PI / 180
  const dLat = rad(b.lat - a.lat)
  const dLon = rad(b.lon - a.lon)
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLon / 2) ** 2
  const km = 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)))
  return new Decimal(km.toFixed(3))
}

export type Haul = 'domestic' | 'short-haul' | 'long-haul'
export type Cabin = 'average' | 'economy' | 'premium economy' | 'business' | 'first'
export const CABINS: Cabin[] = ['average', 'economy', 'premium economy', 'business', 'first']

/** Domestic: both airports in one country; else short- or long-haul by the great-circle distance. */
export function haulOf (from: Airport, to: Airport, km: Decimal): Haul {
  if (from.country === to.country) return 'domestic'
  return km.lessThan(LONG_HAUL_FROM_KM) ? 'short-haul' : 'long-haul'
}

/**
 * The DESNZ 2025 factor (its path in the dataset) for a haul and cabin, with radiative forcing ("With RF", which
 * DESNZ recommends for the full climate impact of aviation). DESNZ has only an average passenger for domestic
 * flights and economy and business for short-haul: premium economy flies as economy there, first as business.
 */
export function flightFactorPath (haul: Haul, cabin: Cabin): string {
  const route = { domestic: 'Domestic, to/from UK', 'short-haul': 'Short-haul, to/from UK', 'long-haul': 'Long-haul, to/from UK' }[haul]
  let seat: string
  if (haul === 'domestic' || cabin === 'average') seat = 'Average passenger'
  else if (haul === 'short-haul') seat = cabin === 'business' || cabin === 'first' ? 'Business class' : 'Economy class'
  else seat = { economy: 'Economy class', 'premium economy': 'Premium economy class', business: 'Business class', first: 'First class' }[cabin]
  return ['Business travel- air', 'Flights', route, seat, 'With RF'].join(' › ')
}

export interface FlightDistance { greatCircleKm: Decimal, flownKm: Decimal, haul: Haul, legs: number }

/** The distance one passenger flies: great circle plus uplift, twice for a return trip, in whole metres. */
export function flightDistance (from: Airport, to: Airport, returnTrip: boolean): FlightDistance {
  const gc = greatCircleKm(from, to)
  const legs = returnTrip ? 2 : 1
  // to whole metres, as Activities.distance keeps it
  return { greatCircleKm: gc, flownKm: gc.times(DISTANCE_UPLIFT).times(legs).toDecimalPlaces(3, Decimal.ROUND_HALF_EVEN), haul: haulOf(from, to, gc), legs }
}
