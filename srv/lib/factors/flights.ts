import { parse } from 'csv-parse/sync'
import { Decimal } from '../common/decimal'
import { type Assumption } from '../common/assumptions'

/**
 * Flight distances the way the UK DESNZ methodology prescribes them: the great-circle distance between the two
 * airports, plus 8% for routes that are not straight and for delays and circling ("uplift"), and the route class
 * that picks the factor. Pure and deterministic: the great circle comes from the haversine formula on the mean
 * Earth radius (JavaScript's Math is IEEE 754 double precision, the same on every platform for these operations),
 * rounded to whole metres before any decimal arithmetic. Source: DESNZ, 2025 Government greenhouse gas conversion
 * factors for company reporting, methodology paper, section on business travel by air and freight flights.
 */

export interface Airport {
  iata: string
  name: string
  country: string
  lat: number
  lon: number
}

/** Mean Earth radius (IUGG), km */
export const EARTH_RADIUS_KM = 6371.0088
/** DESNZ: "an 8% uplift to the great circle distance" for indirect routes, delays and circling */
export const DISTANCE_UPLIFT = new Decimal('1.08')
/** DESNZ short-haul flights to/from the UK are up to 3,700 km; longer ones are long-haul */
export const LONG_HAUL_FROM_KM = 3700

/** The airport list (db/sources/airports-major.csv, OurAirports) by IATA code. */
export function parseAirports(text: string): Map<string, Airport> {
  const rows: Array<Record<string, string>> = parse(text, { columns: true, bom: true, skip_empty_lines: true, trim: true })
  return new Map(
    rows.map(r => [
      r.iata_code,
      { iata: r.iata_code, name: r.name, country: r.iso_country, lat: Number(r.latitude_deg), lon: Number(r.longitude_deg) }
    ])
  )
}

/** Great-circle distance in km, 3 decimals (metres). */
export function greatCircleKm(a: Airport, b: Airport): Decimal {
  const rad = (deg: number): number => (deg * Math.PI) / 180
  const dLat = rad(b.lat - a.lat)
  const dLon = rad(b.lon - a.lon)
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLon / 2) ** 2
  const km = 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)))
  return new Decimal(km.toFixed(3))
}

export type Cabin = 'average' | 'economy' | 'premium economy' | 'business' | 'first'
export const CABINS: Cabin[] = ['average', 'economy', 'premium economy', 'business', 'first']

/**
 * DESNZ 2025's route families of air travel and air freight ("Business travel- air" and "Freighting goods › Freight
 * flights", level 3), as its methodology paper defines them: domestic flights within the UK; short- and long-haul
 * flights with one end in the UK, split at 3,700 km; and international flights with neither end in the UK, for which
 * DESNZ publishes one class for all distances (and every cabin class). There is no domestic class outside the UK:
 * a flight within another country is an international, to/from non-UK flight in DESNZ's terms.
 */
export type AirRoute = 'domestic-uk' | 'short-haul-uk' | 'long-haul-uk' | 'international-non-uk'
/** the level 3 text of each route family in the DESNZ 2025 dataset */
export const AIR_ROUTE_LABELS: Record<AirRoute, string> = {
  'domestic-uk': 'Domestic, to/from UK',
  'short-haul-uk': 'Short-haul, to/from UK',
  'long-haul-uk': 'Long-haul, to/from UK',
  'international-non-uk': 'International, to/from non-UK'
}
/** ISO 3166-1 code of the United Kingdom */
export const UK = 'GB'

export interface AirRouteClass {
  route: AirRoute
  /** DESNZ's level 3 text */
  label: string
  /** why this class, for the lineage */
  reason: string
  assumptions: Assumption[]
}

/**
 * The DESNZ route family of a flight or an air freight leg from the countries of its two ends and its great-circle
 * distance. An unknown country is taken as outside the UK, with an assumption saying so.
 */
export function desnzAirRoute(fromCountry: string | null | undefined, toCountry: string | null | undefined, km: Decimal): AirRouteClass {
  const assumptions: Assumption[] = []
  const known = (country: string | null | undefined, end: string): string => {
    if (country) return country.toUpperCase()
    assumptions.push({
      code: 'AIR_COUNTRY_UNKNOWN',
      message: `the country of the ${end} is unknown: taken as outside the UK for the DESNZ route class`
    })
    return '?'
  }
  const from = known(fromCountry, 'origin')
  const to = known(toCountry, 'destination')
  const ends = `${from}–${to}`
  const inUk = Number(from === UK) + Number(to === UK)
  let route: AirRoute
  let reason: string
  if (inUk === 2) {
    route = 'domestic-uk'
    reason = `both ends in the UK (${ends})`
  } else if (inUk === 1) {
    route = km.lessThan(LONG_HAUL_FROM_KM) ? 'short-haul-uk' : 'long-haul-uk'
    reason = `one end in the UK (${ends}), great circle ${km.toString()} km ${route === 'short-haul-uk' ? 'under' : 'from'} ${LONG_HAUL_FROM_KM} km`
  } else {
    route = 'international-non-uk'
    reason = `neither end in the UK (${ends})`
    if (from === to && from !== '?') {
      assumptions.push({
        code: 'AIR_NON_UK_DOMESTIC',
        message: `DESNZ has no domestic flight class outside the UK: a flight within ${from} takes the class International, to/from non-UK`
      })
    }
  }
  return { route, label: AIR_ROUTE_LABELS[route], reason: `DESNZ ${AIR_ROUTE_LABELS[route]}: ${reason}`, assumptions }
}

/** The cabin classes DESNZ 2025 publishes per route family (domestic: an average passenger only). */
export const DESNZ_CABINS: Record<AirRoute, readonly Cabin[]> = {
  'domestic-uk': ['average'],
  'short-haul-uk': ['average', 'economy', 'business'],
  'long-haul-uk': CABINS,
  'international-non-uk': CABINS
}

const SEATS: Record<Cabin, string> = {
  average: 'Average passenger',
  economy: 'Economy class',
  'premium economy': 'Premium economy class',
  business: 'Business class',
  first: 'First class'
}

/**
 * The DESNZ 2025 factor (its path in the dataset) of a passenger flight, with radiative forcing ("With RF", which
 * DESNZ recommends for the full climate impact of aviation). Where DESNZ has no row for the cabin class on that
 * route, the nearest published one applies, with an assumption: domestic UK flights have an average passenger
 * only; short-haul flights to/from the UK have economy and business (premium economy flies as economy, first as
 * business).
 */
export function flightFactorPath(route: AirRoute, cabin: Cabin): { path: string; seat: Cabin; assumptions: Assumption[] } {
  const published = DESNZ_CABINS[route]
  let seat: Cabin = cabin
  if (!published.includes(cabin)) seat = route === 'domestic-uk' ? 'average' : cabin === 'premium economy' ? 'economy' : 'business'
  const assumptions =
    seat === cabin
      ? []
      : [
          {
            code: 'AIR_CABIN_PROXY',
            message: `DESNZ publishes no ${cabin} factor for ${AIR_ROUTE_LABELS[route]}: the ${SEATS[seat].toLowerCase()} factor applies`
          }
        ]
  return { path: ['Business travel- air', 'Flights', AIR_ROUTE_LABELS[route], SEATS[seat], 'With RF'].join(' › '), seat, assumptions }
}

/** The DESNZ 2025 factor (its path) of air freight on a route family, with radiative forcing, per tonne.km. */
export const freightFlightFactorPath = (route: AirRoute): string =>
  ['Freighting goods', 'Freight flights', AIR_ROUTE_LABELS[route], 'With RF'].join(' › ')

export interface FlightDistance {
  greatCircleKm: Decimal
  flownKm: Decimal
  route: AirRouteClass
  legs: number
}

/** The distance one passenger flies: great circle plus uplift, twice for a return trip, in whole metres; and the route class. */
export function flightDistance(from: Airport, to: Airport, returnTrip: boolean): FlightDistance {
  const gc = greatCircleKm(from, to)
  const legs = returnTrip ? 2 : 1
  // to whole metres, as Activities.distance keeps it
  return {
    greatCircleKm: gc,
    flownKm: gc.times(DISTANCE_UPLIFT).times(legs).toDecimalPlaces(3, Decimal.ROUND_HALF_EVEN),
    route: desnzAirRoute(from.country, to.country, gc),
    legs
  }
}
