import fs from 'node:fs'
import path from 'node:path'
import { expect } from 'chai'
import { parseAirports, greatCircleKm, flightDistance, flightFactorPath, haulOf } from '../../srv/lib/flights'
import { readRows } from '../../srv/lib/activity-templates'
import { safeCell } from '../../srv/lib/tabular'

describe('flights: great-circle distances, uplift, haul and cabin classes (DESNZ methodology)', () => {
  const airports = parseAirports(fs.readFileSync(path.join(__dirname, '../../db/sources/airports-major.csv'), 'utf8'))
  const at = (code: string): any => airports.get(code)

  it('gives the great-circle distances the data set documents (haversine, R = 6371.0088 km)', () => {
    // spot checks published with the airport list (../shared/data/README.md), rounded to whole km there
    expect(Math.round(greatCircleKm(at('LHR'), at('JFK')).toNumber())).to.equal(5540)
    expect(Math.round(greatCircleKm(at('FRA'), at('SIN')).toNumber())).to.equal(10280)
    expect(Math.round(greatCircleKm(at('SYD'), at('LHR')).toNumber())).to.equal(17021)
    expect(greatCircleKm(at('FRA'), at('JFK')).toString()).to.equal(greatCircleKm(at('JFK'), at('FRA')).toString())
  })

  it('adds 8% uplift per leg, and classifies by country and the 3,700 km boundary', () => {
    const d = flightDistance(at('FRA'), at('JFK'), true)
    expect(d.flownKm.toString()).to.equal(d.greatCircleKm.times('1.08').times(2).toString())
    expect(d.haul).to.equal('long-haul')
    expect(haulOf(at('LHR'), at('EDI'), greatCircleKm(at('LHR'), at('EDI')))).to.equal('domestic')
    expect(haulOf(at('LHR'), at('CDG'), greatCircleKm(at('LHR'), at('CDG')))).to.equal('short-haul')
    expect(haulOf(at('LHR'), at('CDG'), greatCircleKm(at('LHR'), at('JFK')))).to.equal('long-haul')
  })

  it('maps cabin classes to the rows DESNZ has for each haul', () => {
    expect(flightFactorPath('long-haul', 'premium economy')).to.equal('Business travel- air › Flights › Long-haul, to/from UK › Premium economy class › With RF')
    expect(flightFactorPath('short-haul', 'premium economy')).to.contain('Short-haul, to/from UK › Economy class')
    expect(flightFactorPath('short-haul', 'first')).to.contain('Short-haul, to/from UK › Business class')
    expect(flightFactorPath('domestic', 'business')).to.contain('Domestic, to/from UK › Average passenger')
  })

  it('reads template rows with messages at row and column, and flags duplicates', () => {
    const header = ['date', 'origin', 'destination', 'cabinClass']
    const row = (n: number, values: string[]): any => ({ row: n, values: Object.fromEntries(header.map((h, i) => [h, values[i]])) })
    const { activities, messages } = readRows('flights', header, [row(2, ['2025-05-01', 'FRA', 'JFK', 'Economy']), row(3, ['2025-05-01', 'fra', 'jfk', 'economy']), row(4, ['2025-05-01', 'FRA', 'ZZZ', 'economy'])], { airports, today: '2025-12-31' })
    expect(activities[0].activity?.[0].transportMass).to.equal('1')
    expect(messages).to.deep.include({ row: 3, column: 'date', severity: 'error', message: 'duplicates row 2' })
    expect(messages.find(m => m.row === 4)).to.include({ column: 'destination' })
    expect(readRows('flights', ['date', 'origin'], [], { airports, today: '2025-12-31' }).messages[0].message).to.match(/needs the column\(s\) destination, cabinClass/)
  })

  it('escapes exported cells that a spreadsheet would take for a formula', () => {
    expect(['=1+1', '+49 40', '-2', '@SUM(A1)', 'T-0815'].map(safeCell)).to.deep.equal(["'=1+1", "'+49 40", "'-2", "'@SUM(A1)", 'T-0815'])
  })
})
