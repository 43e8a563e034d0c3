import { Decimal } from '../common/decimal'
import { type Airport, CABINS, type Cabin, flightDistance, flightFactorPath, freightFlightFactorPath } from './flights'

/**
 * The upload templates of activity data beyond purchase orders: their columns, and how one row becomes an activity
 * (what is measured, in which unit, and which factor of the published DESNZ 2025 set it is attributed with, named by
 * the factor's path in the dataset). Pure: the caller reads the file (srv/lib/uploads/tabular.ts) and resolves the factor
 * path to the factor (srv/uploads/upload-service.ts). Messages name the row and the column.
 */

export type ActivityType = 'flights' | 'hotels' | 'travel' | 'commuting' | 'freight' | 'waste' | 'energy'

export interface Column {
  name: string
  required: boolean
  description: string
  example: string
  /** the accepted values (case-insensitive) */
  values?: readonly string[]
}

export interface RowMessage {
  row: number
  column?: string
  severity: 'error' | 'warning'
  message: string
}

/** What one valid row measures; the factor is named by its DESNZ path (and unit, where the path has several). */
export interface RowActivity {
  /** where it differs from the template's (freight with the fuel used is attributed fuel-based) */
  documentType?: string
  postingDate: string
  description: string
  factorPath: string
  /** the column whose value chose the factor (where a missing factor is reported) */
  factorColumn: string
  factorUnit?: string
  /** average-data, waste-type-specific, fuel-based: quantity in unit */
  quantity?: string
  unit?: string
  /** distance-based: mass or passengers × distance */
  transportMass?: string
  transportMassUnit?: string
  distance?: string
  distanceUnit?: string
  transportMode?: string
  /** the traveller's pseudonymous reference, the carrier, the waste contractor */
  reference?: string
  /** ISO country where the activity happened (hotel, departure, site), for the geographical data-quality indicator */
  location?: string
  /** how the row's figure is made, for the lineage */
  derivation: string
}

export interface TemplateContext {
  airports: Map<string, Airport>
  /** ISO date of today: dates after it are refused */
  today: string
}

export interface Template {
  type: ActivityType
  title: string
  /** the activity's document type (Activities.documentType), which the attribution rules match */
  documentType: string
  /** Scope 3 category the seeded rule attributes to */
  category: number
  columns: readonly Column[]
  /** one activity per row, or several (electricity: generation upstream, grid losses and their upstream) */
  toActivity: (
    row: Record<string, string>,
    ctx: TemplateContext,
    problem: (column: string, message: string, severity?: 'error' | 'warning') => void
  ) => RowActivity | RowActivity[] | undefined
}

// ---------------------------------------------------------------------------------------------------------------
// cell readers: each reports a problem at its column and returns undefined

type Problem = (column: string, message: string, severity?: 'error' | 'warning') => void

function date(row: Record<string, string>, column: string, ctx: TemplateContext, problem: Problem): string | undefined {
  const text = row[column] ?? ''
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text)
  const valid =
    match !== null && !Number.isNaN(Date.parse(`${text}T00:00:00Z`)) && new Date(`${text}T00:00:00Z`).toISOString().startsWith(text)
  if (!valid) {
    problem(column, `'${text}' is not a date of the form YYYY-MM-DD`)
    return undefined
  }
  if (text > ctx.today) {
    problem(column, `${text} is in the future`)
    return undefined
  }
  return text
}

function decimal(
  row: Record<string, string>,
  column: string,
  problem: Problem,
  limits: { min?: string; max: string; integer?: boolean; optional?: boolean }
): Decimal | undefined {
  const text = (row[column] ?? '').trim()
  if (text === '' && limits.optional === true) return undefined
  if (!/^-?\d+(\.\d+)?$/.test(text)) {
    problem(column, `'${text}' is not a number (use a dot for decimals, no thousands separators)`)
    return undefined
  }
  const value = new Decimal(text)
  if (limits.integer === true && !value.isInteger()) {
    problem(column, `${text} is not a whole number`)
    return undefined
  }
  if (value.lessThanOrEqualTo(limits.min ?? 0)) {
    problem(column, `${text} must be greater than ${limits.min ?? 0}`)
    return undefined
  }
  if (value.greaterThan(limits.max)) {
    problem(column, `${text} is implausibly large (more than ${limits.max})`)
    return undefined
  }
  return value
}

function choice<T extends string>(row: Record<string, string>, column: Column, problem: Problem, fallback?: T): T | undefined {
  const text = (row[column.name] ?? '').trim().toLowerCase()
  if (text === '' && fallback !== undefined) return fallback
  const found = column.values!.find(v => v.toLowerCase() === text)
  if (found === undefined) problem(column.name, `'${row[column.name] ?? ''}' is not one of: ${column.values!.join(', ')}`)
  return found as T | undefined
}

/** the column `mass` in the unit of the column `massUnit` (kg or t), at most maxTonnes */
function massOf(
  row: Record<string, string>,
  unitColumn: Column,
  problem: Problem,
  maxTonnes: number
): { mass?: Decimal; massUnit?: 'kg' | 't' } {
  const massUnit = choice<'kg' | 't'>(row, unitColumn, problem)
  return { mass: decimal(row, 'mass', problem, { max: String(massUnit === 'kg' ? maxTonnes * 1000 : maxTonnes) }), massUnit }
}

const col = (name: string, required: boolean, description: string, example: string, values?: readonly string[]): Column => ({
  name,
  required,
  description,
  example,
  values
})

// ---------------------------------------------------------------------------------------------------------------
// flights (category 6): great circle + 8% uplift, DESNZ route class, factor by route and cabin class, with RF

const TRIPS = ['one-way', 'return'] as const
const FLIGHT_COLUMNS = [
  col('date', true, 'date of the (outbound) flight, YYYY-MM-DD', '2026-03-14'),
  col('travellerRef', false, 'pseudonymous reference of the traveller (no name)', 'T-0815'),
  col('origin', true, 'IATA code of the departure airport', 'FRA'),
  col('destination', true, 'IATA code of the arrival airport', 'JFK'),
  col('cabinClass', true, 'cabin class', 'economy', CABINS),
  col('trip', false, 'one-way or return (default one-way)', 'return', TRIPS),
  col('passengers', false, 'number of passengers (default 1)', '1')
] as const

const flights: Template = {
  type: 'flights',
  title: 'Business travel: flights',
  documentType: 'FLIGHT',
  category: 6,
  columns: FLIGHT_COLUMNS,
  toActivity(row, ctx, problem) {
    const postingDate = date(row, 'date', ctx, problem)
    const airport = (column: string): Airport | undefined => {
      const code = (row[column] ?? '').trim().toUpperCase()
      const found = ctx.airports.get(code)
      if (!found) problem(column, `'${row[column] ?? ''}' is not an IATA code of a known airport (db/sources/airports-major.csv)`)
      return found
    }
    const from = airport('origin')
    const to = airport('destination')
    const cabin = choice<Cabin>(row, FLIGHT_COLUMNS[4], problem)
    const trip = choice<(typeof TRIPS)[number]>(row, FLIGHT_COLUMNS[5], problem, 'one-way')
    const passengers =
      (row.passengers ?? '').trim() === '' ? new Decimal(1) : decimal(row, 'passengers', problem, { max: '500', integer: true })
    if (from && to && from.iata === to.iata) {
      problem('destination', 'origin and destination are the same airport')
      return undefined
    }
    if (!postingDate || !from || !to || !cabin || !trip || !passengers) return undefined
    const d = flightDistance(from, to, trip === 'return')
    const factor = flightFactorPath(d.route.route, cabin)
    for (const a of [...d.route.assumptions, ...factor.assumptions])
      problem(a.code === 'AIR_CABIN_PROXY' ? 'cabinClass' : 'destination', a.message, 'warning')
    return {
      postingDate,
      description: `Flight ${from.iata}–${to.iata}${trip === 'return' ? ' and back' : ''}, ${cabin}`,
      factorPath: factor.path,
      factorColumn: 'cabinClass',
      transportMass: passengers.toString(),
      transportMassUnit: 'IE',
      distance: d.flownKm.toString(),
      distanceUnit: 'KMT',
      transportMode: 'AIR',
      reference: row.travellerRef?.trim() || undefined,
      location: from.country,
      derivation:
        `great circle ${from.iata}–${to.iata} ${d.greatCircleKm.toString()} km × 1.08 uplift × ${d.legs} leg(s) = ${d.flownKm.toString()} km; ` +
        `${d.route.reason}; ${cabin}${factor.seat === cabin ? '' : ` as ${factor.seat}`}`
    }
  }
}

// ---------------------------------------------------------------------------------------------------------------
// hotel nights (category 6): DESNZ room-night factor of the country

/** ISO country → the DESNZ 2025 "Hotel stay" row of that country */
export const HOTEL_COUNTRIES: Record<string, string> = {
  GB: 'UK',
  AR: 'Argentina',
  AU: 'Australia',
  AT: 'Austria',
  BE: 'Belgium',
  BR: 'Brazil',
  CA: 'Canada',
  CL: 'Chile',
  CN: 'China',
  CO: 'Colombia',
  CR: 'Costa Rica',
  CZ: 'Czech Republic',
  EG: 'Egypt',
  FJ: 'Fiji',
  FI: 'Finland',
  FR: 'France',
  DE: 'Germany',
  GR: 'Greece',
  HK: 'Hong Kong, China',
  IN: 'India',
  ID: 'Indonesia',
  IE: 'Ireland',
  IL: 'Israel',
  IT: 'Italy',
  JP: 'Japan',
  JO: 'Jordan',
  KZ: 'Kazakhstan',
  KR: 'Korea',
  MO: 'Macau, China',
  MY: 'Malaysia',
  MV: 'Maldives',
  MX: 'Mexico',
  NL: 'Netherlands',
  NZ: 'New Zealand',
  OM: 'Oman',
  PA: 'Panama',
  PE: 'Peru',
  PH: 'Philippines',
  PL: 'Poland',
  PT: 'Portugal',
  QA: 'Qatar',
  RO: 'Romania',
  RU: 'Russian Federation',
  SA: 'Saudi Arabia',
  SG: 'Singapore',
  ZA: 'South Africa',
  ES: 'Spain',
  CH: 'Switzerland',
  TW: 'Taiwan, China',
  TH: 'Thailand',
  TR: 'Turkey',
  AE: 'United Arab Emirates',
  US: 'United States',
  VN: 'Vietnam'
}
/** The DESNZ 2025 hotel factor of a country; DESNZ publishes 54 countries, the UK factor stands in for the others. */
export function hotelFactorPath(country: string): { path: string; proxy: boolean } {
  const name = HOTEL_COUNTRIES[country]
  return { path: `Hotel stay › Hotel stay › ${name ?? 'UK'}`, proxy: name === undefined }
}

const hotels: Template = {
  type: 'hotels',
  title: 'Business travel: hotel nights',
  documentType: 'HOTEL',
  category: 6,
  columns: [
    col('date', true, 'date of arrival, YYYY-MM-DD', '2026-03-14'),
    col('travellerRef', false, 'pseudonymous reference of the traveller (no name)', 'T-0815'),
    col('country', true, "ISO 3166 code of the hotel's country", 'US'),
    col('nights', true, 'nights stayed', '3'),
    col('rooms', false, 'rooms (default 1)', '1')
  ],
  toActivity(row, ctx, problem) {
    const postingDate = date(row, 'date', ctx, problem)
    const country = (row.country ?? '').trim().toUpperCase()
    if (!/^[A-Z]{2}$/.test(country)) problem('country', `'${row.country ?? ''}' is not an ISO 3166 country code (two letters)`)
    const nights = decimal(row, 'nights', problem, { max: '366', integer: true })
    const rooms = (row.rooms ?? '').trim() === '' ? new Decimal(1) : decimal(row, 'rooms', problem, { max: '500', integer: true })
    if (!postingDate || !/^[A-Z]{2}$/.test(country) || !nights || !rooms) return undefined
    const factor = hotelFactorPath(country)
    if (factor.proxy) problem('country', `DESNZ 2025 has no hotel factor for ${country}: the UK factor applies as a proxy`, 'warning')
    return {
      postingDate,
      description: `Hotel, ${country}, ${nights.toString()} night(s) × ${rooms.toString()} room(s)`,
      factorPath: factor.path,
      factorColumn: 'country',
      quantity: nights.times(rooms).toString(),
      unit: 'NIGHT',
      reference: row.travellerRef?.trim() || undefined,
      location: country,
      derivation: `${nights.toString()} night(s) × ${rooms.toString()} room(s) in ${country}${factor.proxy ? ' (UK factor as proxy)' : ''}`
    }
  }
}

// ---------------------------------------------------------------------------------------------------------------
// freight shipments (category 4): distance-based by mode, or fuel-based when the fuel used is known

/** mode → DESNZ 2025 "Freighting goods" path per tonne.km (air: by route class, see freightFlightFactorPath) */
export const FREIGHT_MODES: Record<string, string> = {
  road: 'Freighting goods › HGV (all diesel) › All HGVs › Average laden',
  'road-refrigerated': 'Freighting goods › HGV refrigerated (all diesel) › All HGVs › Average laden',
  rail: 'Freighting goods › Rail › Freight train',
  'sea-container': 'Freighting goods › Cargo ship › Container ship › Average',
  'sea-bulk': 'Freighting goods › Cargo ship › Bulk carrier › Average',
  'sea-general': 'Freighting goods › Cargo ship › General cargo › Average',
  air: 'Freighting goods › Freight flights › {route} › With RF'
}
/** fuel → DESNZ 2025 "Fuels" path, per litre */
export const FREIGHT_FUELS: Record<string, string> = {
  diesel: 'Fuels › Liquid fuels › Diesel (average biofuel blend)',
  petrol: 'Fuels › Liquid fuels › Petrol (average biofuel blend)',
  lng: 'Fuels › Gaseous fuels › LNG',
  'marine-gas-oil': 'Fuels › Liquid fuels › Marine gas oil',
  'fuel-oil': 'Fuels › Liquid fuels › Fuel oil'
}
/** mode → Activities.transportMode (at most 10 characters, like S/4HANA's shipping types) */
export const MODE_CODES: Record<string, string> = {
  road: 'ROAD',
  'road-refrigerated': 'ROAD-REEF',
  rail: 'RAIL',
  'sea-container': 'SEA-CONT',
  'sea-bulk': 'SEA-BULK',
  'sea-general': 'SEA-GEN',
  air: 'AIR'
}
const MASS_UNITS = ['kg', 't'] as const

const freightColumns = [
  col('date', true, 'date of shipment, YYYY-MM-DD', '2026-03-14'),
  col('mode', true, 'transport mode', 'road', Object.keys(FREIGHT_MODES)),
  col('mass', true, 'mass shipped', '12.5'),
  col('massUnit', true, 'unit of the mass', 't', MASS_UNITS),
  col('origin', false, 'IATA code of the origin airport (air freight without distance)', ''),
  col('destination', false, 'IATA code of the destination airport (air freight without distance)', ''),
  col('distanceKm', false, 'distance travelled in km (required unless air freight between two airports)', '640'),
  col('carrier', false, 'carrier', 'Alpen Logistik GmbH'),
  col('fuel', false, 'fuel used, if known (fuel-based wins over distance-based)', '', Object.keys(FREIGHT_FUELS)),
  col('fuelLitres', false, 'litres of that fuel', '')
] as const

const freight: Template = {
  type: 'freight',
  title: 'Freight shipments',
  documentType: 'FREIGHT',
  category: 4,
  columns: freightColumns,
  toActivity(row, ctx, problem) {
    const postingDate = date(row, 'date', ctx, problem)
    const mode = choice<string>(row, freightColumns[1], problem)
    const { mass, massUnit } = massOf(row, freightColumns[3], problem, 500000)
    const carrier = row.carrier?.trim() || undefined
    if ((row.fuel ?? '').trim() !== '' || (row.fuelLitres ?? '').trim() !== '') {
      const fuel = choice<string>(row, freightColumns[8], problem)
      const litres = decimal(row, 'fuelLitres', problem, { max: '10000000' })
      if (!postingDate || !mode || !fuel || !litres || !mass || !massUnit) return undefined
      return {
        documentType: 'FREIGHT-FUEL',
        postingDate,
        description: `Freight by ${mode}, ${mass.toString()} ${massUnit}, ${litres.toString()} L ${fuel}`,
        factorPath: FREIGHT_FUELS[fuel],
        factorColumn: 'fuel',
        factorUnit: 'LTR',
        quantity: litres.toString(),
        unit: 'LTR',
        transportMode: MODE_CODES[mode],
        reference: carrier,
        derivation: `fuel-based: ${litres.toString()} L of ${fuel} (wins over the distance)`
      }
    }
    let distance = decimal(row, 'distanceKm', problem, { max: '40000', optional: true })
    let path = mode === undefined ? undefined : FREIGHT_MODES[mode]
    let derivation = ''
    let location: string | undefined
    if (mode === 'air') {
      const from = ctx.airports.get((row.origin ?? '').trim().toUpperCase())
      location = from?.country
      const to = ctx.airports.get((row.destination ?? '').trim().toUpperCase())
      if (from && to && from.iata !== to.iata) {
        const d = flightDistance(from, to, false)
        distance ??= d.flownKm
        derivation = `${from.iata}–${to.iata} great circle ${d.greatCircleKm.toString()} km${(row.distanceKm ?? '').trim() === '' ? ' × 1.08 uplift' : ''}; ${d.route.reason}`
        for (const a of d.route.assumptions) problem('destination', a.message, 'warning')
        path = freightFlightFactorPath(d.route.route)
      } else {
        problem(
          from ? 'destination' : 'origin',
          'air freight needs the IATA codes of two different known airports (for the DESNZ route class)'
        )
        return undefined
      }
    }
    if (distance === undefined && (row.distanceKm ?? '').trim() === '') problem('distanceKm', 'the distance is required (or the fuel used)')
    if (!postingDate || !mode || !mass || !massUnit || !distance || !path) return undefined
    return {
      postingDate,
      description: `Freight by ${mode}, ${mass.toString()} ${massUnit} over ${distance.toString()} km`,
      factorPath: path,
      factorColumn: 'mode',
      transportMass: mass.toString(),
      transportMassUnit: massUnit === 'kg' ? 'KGM' : 'TNE',
      distance: distance.toString(),
      distanceUnit: 'KMT',
      transportMode: MODE_CODES[mode],
      reference: carrier,
      location,
      derivation: `distance-based: ${mass.toString()} ${massUnit} × ${distance.toString()} km${derivation ? ` (${derivation})` : ''}`
    }
  }
}

// ---------------------------------------------------------------------------------------------------------------
// waste (category 5): DESNZ waste disposal factor by waste type and treatment

/** treatment → the DESNZ 2025 column text (DESNZ has no factor for incineration without energy recovery) */
export const WASTE_TREATMENTS: Record<string, string | undefined> = {
  landfill: 'Landfill',
  'incineration with energy recovery': 'Incineration with Energy Recovery',
  'incineration without energy recovery': undefined,
  recycling: 'Closed-loop',
  'recycling closed-loop': 'Closed-loop',
  'recycling open-loop': 'Open-loop',
  composting: 'Composting',
  'anaerobic digestion': 'Anaerobic digestion'
}
const wasteColumns = [
  col('date', true, 'date of collection, YYYY-MM-DD', '2026-03-31'),
  col('wasteType', true, 'waste type as DESNZ names it (Level 3 of "Waste disposal")', 'Commercial and industrial waste'),
  col('treatment', true, 'treatment', 'landfill', Object.keys(WASTE_TREATMENTS)),
  col('mass', true, 'mass', '2.4'),
  col('massUnit', true, 'unit of the mass', 't', MASS_UNITS),
  col('contractor', false, 'waste contractor', 'Example Recycling Ltd')
] as const

const waste: Template = {
  type: 'waste',
  title: 'Waste generated in operations',
  documentType: 'WASTE',
  category: 5,
  columns: wasteColumns,
  toActivity(row, ctx, problem) {
    const postingDate = date(row, 'date', ctx, problem)
    const treatment = choice<string>(row, wasteColumns[2], problem)
    const { mass, massUnit } = massOf(row, wasteColumns[4], problem, 100000)
    const type = (row.wasteType ?? '').trim()
    if (type === '') problem('wasteType', 'the waste type is required')
    if (treatment !== undefined && WASTE_TREATMENTS[treatment] === undefined)
      problem('treatment', `DESNZ 2025 has no factor for ${treatment}; report it as incineration with energy recovery or landfill`)
    if (!postingDate || !treatment || !WASTE_TREATMENTS[treatment] || !mass || !massUnit || type === '') return undefined
    if (treatment === 'recycling') problem('treatment', 'recycling without closed-loop or open-loop: closed-loop is assumed', 'warning')
    return {
      postingDate,
      description: `Waste: ${type}, ${treatment}, ${mass.toString()} ${massUnit}`,
      factorPath: `Waste disposal › * › ${type} › ${WASTE_TREATMENTS[treatment]!}`,
      factorColumn: 'wasteType',
      quantity: mass.toString(),
      unit: massUnit === 'kg' ? 'KGM' : 'TNE',
      reference: row.contractor?.trim() || undefined,
      derivation: `${mass.toString()} ${massUnit} of ${type}, ${treatment === 'recycling' ? 'recycling (closed-loop assumed)' : treatment}`
    }
  }
}

// ---------------------------------------------------------------------------------------------------------------
// rail, bus, taxi and car travel (category 6): per passenger-km, or per vehicle-km for cars and motorbikes

/** mode → the DESNZ 2025 "Business travel- land" path, and whether its factor is per passenger (else per vehicle) */
export const LAND_MODES: Record<string, { path: string; perPassenger: boolean }> = {
  'rail-national': { path: 'Business travel- land › Rail › National rail', perPassenger: true },
  'rail-international': { path: 'Business travel- land › Rail › International rail', perPassenger: true },
  tram: { path: 'Business travel- land › Rail › Light rail and tram', perPassenger: true },
  bus: { path: 'Business travel- land › Bus › Average local bus', perPassenger: true },
  coach: { path: 'Business travel- land › Bus › Coach', perPassenger: true },
  taxi: { path: 'Business travel- land › Taxis › Regular taxi', perPassenger: true },
  motorbike: { path: 'Business travel- land › Motorbike › Average', perPassenger: false },
  ...Object.fromEntries(
    ['small', 'medium', 'large', 'average'].flatMap(size =>
      ['petrol', 'diesel', 'hybrid', 'electric', 'unknown'].map(fuel => [
        `car-${size}-${fuel}`,
        {
          path: `Business travel- land › Cars (by size) › ${size[0].toUpperCase()}${size.slice(1)} car › ${fuel === 'electric' ? 'Battery Electric Vehicle' : `${fuel[0].toUpperCase()}${fuel.slice(1)}`}`,
          perPassenger: false
        }
      ])
    )
  )
}
const DISTANCE_UNITS = ['km', 'mi'] as const
const travelColumns = [
  col('date', true, 'date of the trip, YYYY-MM-DD', '2026-03-14'),
  col('travellerRef', false, 'pseudonymous reference of the traveller (no name)', 'T-0815'),
  col(
    'mode',
    true,
    'mode, for cars car-<small|medium|large|average>-<petrol|diesel|hybrid|electric|unknown>',
    'rail-national',
    Object.keys(LAND_MODES)
  ),
  col('distance', true, 'distance travelled (for a return trip both ways)', '420'),
  col('distanceUnit', false, 'km or mi (default km)', 'km', DISTANCE_UNITS),
  col('passengers', false, 'passengers (default 1; cars and motorbikes count per vehicle)', '1')
] as const

const travel: Template = {
  type: 'travel',
  title: 'Business travel: rail, bus, taxi and car',
  documentType: 'TRAVEL',
  category: 6,
  columns: travelColumns,
  toActivity(row, ctx, problem) {
    const postingDate = date(row, 'date', ctx, problem)
    const mode = choice<string>(row, travelColumns[2], problem)
    const unit = choice<(typeof DISTANCE_UNITS)[number]>(row, travelColumns[4], problem, 'km')
    const distance = decimal(row, 'distance', problem, { max: unit === 'mi' ? '12000' : '20000' })
    const passengers =
      (row.passengers ?? '').trim() === '' ? new Decimal(1) : decimal(row, 'passengers', problem, { max: '100', integer: true })
    if (!postingDate || !mode || !unit || !distance || !passengers) return undefined
    const { path, perPassenger } = LAND_MODES[mode]
    return {
      postingDate,
      description: `${mode}, ${distance.toString()} ${unit}${perPassenger ? `, ${passengers.toString()} passenger(s)` : ''}`,
      factorPath: path,
      factorColumn: 'mode',
      factorUnit: perPassenger ? 'PKM' : 'VKM',
      ...(perPassenger ? { transportMass: passengers.toString(), transportMassUnit: 'IE' } : {}),
      distance: distance.toString(),
      distanceUnit: unit === 'mi' ? 'SMI' : 'KMT',
      transportMode: mode.startsWith('car') ? 'CAR' : mode.slice(0, 10).toUpperCase(),
      reference: row.travellerRef?.trim() || undefined,
      derivation: perPassenger
        ? `${passengers.toString()} passenger(s) × ${distance.toString()} ${unit}`
        : `${distance.toString()} ${unit} per vehicle`
    }
  }
}

// ---------------------------------------------------------------------------------------------------------------
// employee commuting from a survey (category 7, average-data): employees × days × 2 × one-way distance

const commutingColumns = [
  col('date', true, 'last day of the period the survey covers, YYYY-MM-DD', '2026-03-31'),
  col('site', false, 'site or plant the answers are for', 'Hamburg plant'),
  col('mode', true, 'main commuting mode', 'car-average-petrol', Object.keys(LAND_MODES)),
  col('employees', true, 'employees commuting this way', '120'),
  col('daysPerEmployee', true, 'commuting days per employee in the period', '20'),
  col('oneWayKm', true, 'average one-way distance in km', '18.5')
] as const

const commuting: Template = {
  type: 'commuting',
  title: 'Employee commuting (survey)',
  documentType: 'COMMUTING',
  category: 7,
  columns: commutingColumns,
  toActivity(row, ctx, problem) {
    const postingDate = date(row, 'date', ctx, problem)
    const mode = choice<string>(row, commutingColumns[2], problem)
    const employees = decimal(row, 'employees', problem, { max: '1000000', integer: true })
    const days = decimal(row, 'daysPerEmployee', problem, { max: '366' })
    const km = decimal(row, 'oneWayKm', problem, { max: '500' })
    if (!postingDate || !mode || !employees || !days || !km) return undefined
    const { path, perPassenger } = LAND_MODES[mode]
    // a commuter by car drives alone unless the survey says otherwise: passenger-km and vehicle-km coincide
    const total = employees.times(days).times(2).times(km)
    return {
      postingDate,
      description: `Commuting${row.site?.trim() ? ` (${row.site.trim()})` : ''}: ${employees.toString()} employees by ${mode}`,
      factorPath: path,
      factorColumn: 'mode',
      factorUnit: perPassenger ? 'PKM' : 'VKM',
      quantity: total.toString(),
      unit: perPassenger ? 'PKM' : 'VKM',
      reference: row.site?.trim() || undefined,
      derivation: `${employees.toString()} employees × ${days.toString()} days × 2 × ${km.toString()} km = ${total.toString()} ${perPassenger ? 'pkm' : 'vkm'}`
    }
  }
}

// ---------------------------------------------------------------------------------------------------------------
// fuel- and energy-related activities (category 3): the upstream of purchased electricity and fuels

/** fuel → the DESNZ 2025 "WTT- fuels" path */
export const WTT_FUELS: Record<string, string> = {
  'natural-gas': 'WTT- fuels › Gaseous fuels › Natural gas',
  lpg: 'WTT- fuels › Gaseous fuels › LPG',
  diesel: 'WTT- fuels › Liquid fuels › Diesel (average biofuel blend)',
  petrol: 'WTT- fuels › Liquid fuels › Petrol (average biofuel blend)',
  'fuel-oil': 'WTT- fuels › Liquid fuels › Fuel oil'
}
/** electricity: generation upstream, grid losses, and the upstream of the losses (DESNZ has them for the UK only) */
export const ELECTRICITY_PATHS = [
  { path: 'WTT- UK electricity › WTT- UK electricity (generation) › Electricity: UK › kWh', what: 'well-to-tank of generation' },
  { path: 'Transmission and distribution › T&D- UK electricity › Electricity: UK › kWh', what: 'transmission and distribution losses' },
  { path: 'WTT- UK electricity › WTT- UK electricity (T&D) › Electricity: UK › kWh', what: 'well-to-tank of the losses' }
]
const ENERGY_UNITS: Record<string, string> = { kWh: 'KWH', MWh: 'MWH', litres: 'LTR', m3: 'MTQ', tonnes: 'TNE' }
const energyColumns = [
  col('date', true, 'last day of the billing period, YYYY-MM-DD', '2026-03-31'),
  col('energyType', true, 'electricity or the fuel', 'electricity', ['electricity', ...Object.keys(WTT_FUELS)]),
  col('quantity', true, 'quantity bought (kWh of fuels: gross calorific value, as bills state)', '125000'),
  col('unit', true, 'unit of the quantity', 'kWh', Object.keys(ENERGY_UNITS)),
  col('country', false, 'ISO country of the site (electricity)', 'DE'),
  col('supplier', false, 'energy supplier', 'Example Energie AG')
] as const

const energy: Template = {
  type: 'energy',
  title: 'Fuel- and energy-related activities',
  documentType: 'ENERGY',
  category: 3,
  columns: energyColumns,
  toActivity(row, ctx, problem) {
    const postingDate = date(row, 'date', ctx, problem)
    const type = choice<string>(row, energyColumns[1], problem)
    const unit = choice<string>(row, energyColumns[3], problem)
    const quantity = decimal(row, 'quantity', problem, { max: '10000000000' })
    if (type === 'electricity' && unit !== undefined && !['kWh', 'MWh'].includes(unit)) {
      problem('unit', 'electricity is bought in kWh or MWh')
      return undefined
    }
    if (!postingDate || !type || !unit || !quantity) return undefined
    const base = { postingDate, quantity: quantity.toString(), unit: ENERGY_UNITS[unit], reference: row.supplier?.trim() || undefined }
    if (type !== 'electricity') {
      const factorUnit = ENERGY_UNITS[unit] === 'MWH' ? 'KWH' : ENERGY_UNITS[unit]
      return {
        ...base,
        description: `Well-to-tank of ${quantity.toString()} ${unit} ${type}`,
        factorPath: WTT_FUELS[type],
        factorColumn: 'energyType',
        factorUnit,
        derivation: `${quantity.toString()} ${unit} of ${type}: well-to-tank`
      }
    }
    const country = (row.country ?? '').trim().toUpperCase() || 'GB'
    if ((row.country ?? '').trim() === '') problem('country', 'no country of the site: the UK is assumed', 'warning')
    else if (country !== 'GB')
      problem('country', `DESNZ has upstream and grid-loss factors for UK electricity only: they apply to ${country} as a proxy`, 'warning')
    return ELECTRICITY_PATHS.map(({ path, what }) => ({
      ...base,
      location: country,
      description: `Electricity ${quantity.toString()} ${unit} (${country}): ${what}`,
      factorPath: path,
      factorColumn: 'energyType',
      factorUnit: 'KWH',
      derivation: `${quantity.toString()} ${unit} of electricity in ${country}: ${what}`
    }))
  }
}

/** the longest cell a template takes (references, names) */
export const MAX_CELL = 100

export const TEMPLATES: Record<ActivityType, Template> = { flights, hotels, travel, commuting, freight, waste, energy }
export const ACTIVITY_TYPES = Object.keys(TEMPLATES) as ActivityType[]

/** The template as a CSV file: the header and one example row. */
export function templateCsv(type: ActivityType): string {
  const { columns } = TEMPLATES[type]
  const cell = (text: string): string => (/[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text)
  return `${columns.map(c => c.name).join(',')}\n${columns.map(c => cell(c.example)).join(',')}\n`
}

/**
 * Checks the header and every row; duplicates inside the file are errors (the second occurrence names the first).
 * Rows in `skip` (refused already, e.g. for a formula) are not read. Returns per row the activity or nothing, and
 * all messages.
 */
/** The problems of a file's header for a template: required columns missing, columns the template does not know. */
export function headerProblems(type: ActivityType, header: string[]): RowMessage[] {
  const template = TEMPLATES[type]
  const messages: RowMessage[] = []
  const known = new Set(template.columns.map(c => c.name))
  const missing = template.columns.filter(c => c.required && !header.includes(c.name)).map(c => c.name)
  const unknown = header.filter(h => h !== '' && !known.has(h))
  if (missing.length > 0)
    messages.push({
      row: 1,
      severity: 'error',
      message: `the ${type} template needs the column(s) ${missing.join(', ')}`,
      column: missing[0]
    })
  if (unknown.length > 0)
    messages.push({
      row: 1,
      severity: 'error',
      message: `unknown column(s) ${unknown.join(', ')}: the ${type} template has ${[...known].join(', ')}`,
      column: unknown[0]
    })
  return messages
}

/**
 * Reads rows of a template: each valid row's activities, or messages at row and column. `seen` carries the rows read
 * before (a file read in chunks): a row equal to an earlier one is a duplicate.
 */
export function readRows(
  type: ActivityType,
  header: string[],
  rows: Array<{ row: number; values: Record<string, string> }>,
  ctx: TemplateContext,
  skip = new Set<number>(),
  seen = new Map<string, number>()
): { activities: Array<{ row: number; activity?: RowActivity[] }>; messages: RowMessage[] } {
  const template = TEMPLATES[type]
  const messages = headerProblems(type, header)
  if (messages.length > 0) return { activities: [], messages }
  if (rows.length === 0) return { activities: [], messages: [{ row: 1, severity: 'error', message: 'the file has no data rows' }] }
  const activities = rows.map(({ row, values }) => {
    if (skip.has(row)) return { row }
    let failed = false
    const problem: Problem = (column, message, severity = 'error') => {
      if (severity === 'error') failed = true
      messages.push({ row, column, severity, message })
    }
    const key = template.columns.map(c => (values[c.name] ?? '').trim().toLowerCase()).join('\u0000')
    const first = seen.get(key)
    if (first !== undefined) {
      problem(template.columns[0].name, `duplicates row ${first}`)
      return { row }
    }
    seen.set(key, row)
    for (const column of template.columns) {
      if ((values[column.name] ?? '').length > MAX_CELL) problem(column.name, `more than ${MAX_CELL} characters`)
    }
    const before = messages.length
    const activity = failed ? undefined : template.toActivity(values, ctx, problem)
    if (failed || activity === undefined) return { row }
    // what the row assumed travels with its activities into the attribution's lineage
    const assumed = messages
      .slice(before)
      .filter(m => m.severity === 'warning')
      .map(m => `; assumption: ${m.message}`)
      .join('')
    return { row, activity: [activity].flat().map(a => (assumed ? { ...a, derivation: a.derivation + assumed } : a)) }
  })
  return { activities, messages }
}
