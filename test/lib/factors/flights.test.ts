import fs from 'node:fs'
import path from 'node:path'
import { expect } from 'chai'
import {
  parseAirports,
  greatCircleKm,
  flightDistance,
  flightFactorPath,
  freightFlightFactorPath,
  desnzAirRoute,
  CABINS,
  type AirRoute
} from '../../../srv/lib/factors/flights'
import { parse } from 'csv-parse/sync'
import { readRows } from '../../../srv/lib/factors/activity-templates'
import { safeCell } from '../../../srv/lib/common/csv'
import { Decimal } from '../../../srv/lib/common/decimal'

describe('flights: great-circle distances, uplift, haul and cabin classes (DESNZ methodology)', () => {
  const airports = parseAirports(fs.readFileSync(path.join(__dirname, '../../../db/sources/airports-major.csv'), 'utf8'))
  const at = (code: string): any => airports.get(code)

  it('gives the great-circle distances the data set documents (haversine, R = 6371.0088 km)', () => {
    // spot checks published with the airport list (../shared/data/README.md), rounded to whole km there
    expect(Math.round(greatCircleKm(at('LHR'), at('JFK')).toNumber())).to.equal(5540)
    expect(Math.round(greatCircleKm(at('FRA'), at('SIN')).toNumber())).to.equal(10280)
    expect(Math.round(greatCircleKm(at('SYD'), at('LHR')).toNumber())).to.equal(17021)
    expect(greatCircleKm(at('FRA'), at('JFK')).toString()).to.equal(greatCircleKm(at('JFK'), at('FRA')).toString())
  })

  it('adds 8% uplift per leg, and classifies by DESNZ route family: UK domestic, to/from UK by 3,700 km, or neither end in the UK', () => {
    const d = flightDistance(at('FRA'), at('JFK'), true)
    expect(d.flownKm.toString()).to.equal(d.greatCircleKm.times('1.08').times(2).toString())
    const route = (a: string, b: string): string => flightDistance(at(a), at(b), false).route.route
    expect(route('LHR', 'EDI')).to.equal('domestic-uk')
    expect(route('LHR', 'CDG')).to.equal('short-haul-uk')
    expect(route('JFK', 'LHR')).to.equal('long-haul-uk')
    // neither end in the UK, whatever the distance (before: a to/from-UK class)
    expect(route('FRA', 'JFK')).to.equal('international-non-uk')
    expect(route('FRA', 'CDG')).to.equal('international-non-uk')
    // a domestic flight outside the UK is no UK domestic flight (before: "Domestic, to/from UK"), and says so
    const muc = flightDistance(at('FRA'), at('MUC'), false).route
    expect(muc.route).to.equal('international-non-uk')
    expect(muc.assumptions.map(a => a.code)).to.deep.equal(['AIR_NON_UK_DOMESTIC'])
    expect(muc.reason).to.equal('DESNZ International, to/from non-UK: neither end in the UK (DE–DE)')
    // the boundary: below 3,700 km short-haul, from 3,700 km long-haul
    expect(desnzAirRoute('GB', 'US', new Decimal('3699.999')).route).to.equal('short-haul-uk')
    expect(desnzAirRoute('US', 'GB', new Decimal('3700')).route).to.equal('long-haul-uk')
  })

  it('maps every cabin class of every route family to a row the DESNZ 2025 file has, and says where it takes a neighbouring class', () => {
    const rows: Array<Record<string, string>> = parse(
      fs.readFileSync(path.join(__dirname, '../../../db/sources/DESNZ_GHG_conversion_factors_2025_flat_v1.csv')),
      { columns: true, bom: true }
    )
    const paths = new Set(
      rows
        .filter(r => r['GHG/Unit'] === 'kg CO2e')
        .map(r => [r['Level 1'], r['Level 2'], r['Level 3'], r['Level 4'], r['Column Text']].filter(Boolean).join(' › '))
    )
    const routes: AirRoute[] = ['domestic-uk', 'short-haul-uk', 'long-haul-uk', 'international-non-uk']
    for (const route of routes) {
      expect(paths.has(freightFlightFactorPath(route)), route).to.equal(true)
      for (const cabin of CABINS) expect(paths.has(flightFactorPath(route, cabin).path), `${route} ${cabin}`).to.equal(true)
    }
    // DESNZ publishes all five cabin classes for flights with neither end in the UK
    for (const cabin of CABINS) expect(flightFactorPath('international-non-uk', cabin)).to.deep.include({ seat: cabin, assumptions: [] })
    expect(flightFactorPath('international-non-uk', 'premium economy').path).to.equal(
      'Business travel- air › Flights › International, to/from non-UK › Premium economy class › With RF'
    )
    expect(flightFactorPath('long-haul-uk', 'premium economy').path).to.equal(
      'Business travel- air › Flights › Long-haul, to/from UK › Premium economy class › With RF'
    )
    const proxy = (route: AirRoute, cabin: any): any => {
      const f = flightFactorPath(route, cabin)
      return [f.seat, f.assumptions.map(a => a.code)]
    }
    expect(proxy('short-haul-uk', 'premium economy')).to.deep.equal(['economy', ['AIR_CABIN_PROXY']])
    expect(proxy('short-haul-uk', 'first')).to.deep.equal(['business', ['AIR_CABIN_PROXY']])
    expect(proxy('domestic-uk', 'business')).to.deep.equal(['average', ['AIR_CABIN_PROXY']])
    expect(proxy('domestic-uk', 'average')).to.deep.equal(['average', []])
  })

  it('warns on the row where a flight row assumes something (a non-UK domestic flight, a cabin class DESNZ does not publish)', () => {
    const header = ['date', 'origin', 'destination', 'cabinClass']
    const row = (n: number, values: string[]): any => ({ row: n, values: Object.fromEntries(header.map((h, i) => [h, values[i]])) })
    const { activities, messages } = readRows(
      'flights',
      header,
      [
        row(2, ['2025-05-01', 'FRA', 'MUC', 'economy']),
        row(3, ['2025-05-01', 'LHR', 'CDG', 'first']),
        row(4, ['2025-05-01', 'FRA', 'SIN', 'first'])
      ],
      { airports, today: '2025-12-31' }
    )
    expect(messages.map(m => [m.row, m.column, m.severity])).to.deep.equal([
      [2, 'destination', 'warning'],
      [3, 'cabinClass', 'warning']
    ])
    expect(activities[0].activity?.[0].factorPath).to.equal(
      'Business travel- air › Flights › International, to/from non-UK › Economy class › With RF'
    )
    expect(activities[0].activity?.[0].derivation).to.contain('; assumption: DESNZ has no domestic flight class outside the UK')
    expect(activities[1].activity?.[0].factorPath).to.equal(
      'Business travel- air › Flights › Short-haul, to/from UK › Business class › With RF'
    )
    expect(activities[2].activity?.[0].factorPath).to.equal(
      'Business travel- air › Flights › International, to/from non-UK › First class › With RF'
    )
  })

  it('reads template rows with messages at row and column, and flags duplicates', () => {
    const header = ['date', 'origin', 'destination', 'cabinClass']
    const row = (n: number, values: string[]): any => ({ row: n, values: Object.fromEntries(header.map((h, i) => [h, values[i]])) })
    const { activities, messages } = readRows(
      'flights',
      header,
      [
        row(2, ['2025-05-01', 'FRA', 'JFK', 'Economy']),
        row(3, ['2025-05-01', 'fra', 'jfk', 'economy']),
        row(4, ['2025-05-01', 'FRA', 'ZZZ', 'economy'])
      ],
      { airports, today: '2025-12-31' }
    )
    expect(activities[0].activity?.[0].transportMass).to.equal('1')
    expect(messages).to.deep.include({ row: 3, column: 'date', severity: 'error', message: 'duplicates row 2' })
    expect(messages.find(m => m.row === 4)).to.include({ column: 'destination' })
    expect(readRows('flights', ['date', 'origin'], [], { airports, today: '2025-12-31' }).messages[0].message).to.match(
      /needs the column\(s\) destination, cabinClass/
    )
  })

  it('escapes exported cells that a spreadsheet would take for a formula', () => {
    expect(['=1+1', '+49 40', '-2', '@SUM(A1)', 'T-0815'].map(safeCell)).to.deep.equal(["'=1+1", "'+49 40", "'-2", "'@SUM(A1)", 'T-0815'])
  })
})
