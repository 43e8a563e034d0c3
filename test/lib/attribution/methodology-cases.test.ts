import fs from 'node:fs'
import path from 'node:path'
import { expect } from 'chai'
import { parse } from 'csv-parse/sync'
import { Decimal } from '../../../srv/lib/common/decimal'
import { UnitCatalog, type UnitRow } from '../../../srv/lib/common/units'
import { MoneyConverter } from '../../../srv/lib/common/money'
import { parseAirports } from '../../../srv/lib/factors/flights'
import { readRows, type ActivityType } from '../../../srv/lib/factors/activity-templates'
import { parseDesnz, parseEpaSupplyChain } from '../../../srv/lib/factors/factor-import'
import { attribute, FactorLibrary, type ActivityRow, type LibraryFactorRow } from '../../../srv/lib/attribution/attribution'
import { type Rule } from '../../../srv/lib/attribution/resolution'
import { root, csv } from '../fixtures'
import { desnzWttOf } from '../../helpers/desnz'

/**
 * The worked cases of docs/methodology.md. Each is computed twice: by the app's methodology as a whole (the upload
 * templates with their route classes, the seeded attribution rules, the factor import of the published files, the
 * engine: srv/lib/attribution/attribution.ts `attribute`), and here by hand from the published source rows (DESNZ 2025 by level
 * texts, EPA v1.3 by NAICS code and column), the airports' coordinates and the demo rates. The table in the document
 * is the one this test makes: WRITE_METHODOLOGY_TABLE=1 writes it, otherwise the test fails when they differ.
 */
describe('methodology: worked cases from the published source rows (docs/methodology.md)', () => {
  const sources = path.join(root, 'db', 'sources')
  const read = (file: string): string => fs.readFileSync(path.join(sources, file), 'utf8')
  const units = new UnitCatalog(csv<UnitRow>('db/data/scope3-Units.csv'))
  const ctx = {
    units,
    money: new MoneyConverter(csv<any>('db/data/scope3-ExchangeRates.csv'), csv<any>('db/data/scope3-PriceIndexes.csv'))
  }
  const airports = parseAirports(read('airports-major.csv'))

  // --- the app's side: the published files as the factor import loads them, the seeded rules --------------------
  const desnzSet = csv<any>('db/data/scope3-FactorSets.csv').find(s => s.code === 'UK-DESNZ-2025')
  const epaSet = csv<any>('db/data/scope3-FactorSets.csv').find(s => s.code === 'US-EPA-SCGHG-1.3')
  const libraryRows: LibraryFactorRow[] = [
    ...parseDesnz(read('DESNZ_GHG_conversion_factors_2025_flat_v1.csv'), units).factors.map(f => ({
      ...f,
      ID: `UK-DESNZ-2025/${f.code}`,
      basis_code: 'location',
      setCode: 'UK-DESNZ-2025',
      setVersion: desnzSet.version
    })),
    ...parseEpaSupplyChain(read('SupplyChainGHGEmissionFactors_v1.3.0_NAICS_CO2e_USD2022.csv')).factors.map(f => ({
      ...f,
      ID: `US-EPA-SCGHG-1.3/${f.code}`,
      basis_code: 'location',
      setCode: 'US-EPA-SCGHG-1.3',
      setVersion: epaSet.version,
      currencyYear: Number(epaSet.currencyYear)
    }))
  ] as unknown as LibraryFactorRow[]
  const library = new FactorLibrary(libraryRows, new Map(csv<any>('db/data/scope3-Regions.csv').map(r => [r.code, r.parent_code || null])))
  const bySourcePath = new Map<string, LibraryFactorRow[]>()
  for (const f of libraryRows as any[]) bySourcePath.set(f.sourcePath, [...(bySourcePath.get(f.sourcePath) ?? []), f])
  const rules: Rule[] = csv<any>('db/data/scope3-AttributionRules.csv').map(r => ({
    ID: r.ID,
    ruleKey: r.ruleKey,
    version: Number(r.version),
    priority: Number(r.priority || 0),
    validFrom: r.validFrom || null,
    validTo: r.validTo || null,
    active: r.active === 'true',
    glAccount: r.glAccount || null,
    transportMode: r.transportMode || null,
    documentType: r.documentType || null,
    activityCode: r.activityCode || null,
    factorFamily: r.factorFamily || null,
    supplier: r.supplier_ID || null,
    material: r.material_ID || null,
    materialGroup: r.materialGroup_code || null,
    plant: r.plant_code || null,
    companyCode: r.companyCode_code || null,
    category: Number(r.category_code),
    method: r.method_code,
    factorId: r.factor_ID || null
  }))

  /** an uploaded row as the upload service makes it an activity (srv/uploads/upload-service.ts) and attributes it */
  function appUpload(
    type: ActivityType,
    values: Record<string, string>
  ): { kg: Decimal; wtt?: Decimal; biogenic?: Decimal; factors: string[]; warnings: string[] } {
    const { activities, messages } = readRows(type, Object.keys(values), [{ row: 2, values }], { airports, today: '2026-12-31' })
    const errors = messages.filter(m => m.severity === 'error')
    if (errors.length) throw new Error(JSON.stringify(errors))
    let kg = new Decimal(0)
    let biogenic: Decimal | undefined
    let wtt: Decimal | undefined
    const factors: string[] = []
    for (const [i, a] of (activities[0].activity ?? []).entries()) {
      // as the upload service finds it (srv/factors/factor-library.ts factorsByPath): by path, `*` for one level, and unit
      const pattern = new RegExp(
        `^${a.factorPath
          .split(' › ')
          .map(p => (p === '*' ? '[^›]+' : p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
          .join(' › ')}$`
      )
      const factor = [...bySourcePath]
        .filter(([p]) => pattern.test(p))
        .flatMap(([, rows]) => rows)
        .filter(f => !a.factorUnit || f.unit_code === a.factorUnit)
        .sort((x, y) => (x.ID < y.ID ? -1 : 1))[0]
      if (!factor) throw new Error(`no factor at ${a.factorPath}`)
      const row: ActivityRow = {
        ID: `case-${i}`,
        documentType:
          a.documentType ??
          {
            flights: 'FLIGHT',
            hotels: 'HOTEL',
            travel: 'TRAVEL',
            commuting: 'COMMUTING',
            freight: 'FREIGHT',
            waste: 'WASTE',
            energy: 'ENERGY'
          }[type],
        postingDate: a.postingDate,
        quantity: a.quantity,
        unit_code: a.unit,
        transportMass: a.transportMass,
        transportMassUnit_code: a.transportMassUnit,
        distance: a.distance,
        distanceUnit_code: a.distanceUnit,
        transportMode: a.transportMode,
        activityCode: factor.ID.split('/')[1],
        derivation: a.derivation
      }
      const outcome = attribute(row, rules, library, ctx)
      if (!outcome.ok) throw new Error(outcome.message)
      kg = kg.plus(outcome.values.kgCO2eLocation)
      if (outcome.values.biogenicCO2 != null) biogenic = (biogenic ?? new Decimal(0)).plus(outcome.values.biogenicCO2)
      if (outcome.values.kgCO2eWTT != null) wtt = (wtt ?? new Decimal(0)).plus(outcome.values.kgCO2eWTT)
      factors.push(outcome.values.factor_ID)
    }
    return { kg, wtt, biogenic, factors, warnings: messages.filter(m => m.severity === 'warning').map(m => m.message) }
  }

  /** a purchase order item of cement (material group ZCEMENT: EPA 327310), spend-based */
  function appSpend(
    amount: string,
    currency: string,
    date: string,
    separateTransport?: ActivityRow['separateTransport']
  ): { kg: Decimal; factors: string[] } {
    const outcome = attribute(
      {
        ID: 'po-item',
        documentType: 'PurchaseOrderItem',
        postingDate: date,
        materialGroup_code: 'ZCEMENT',
        amount,
        currency_code: currency,
        region: 'DE',
        ...(separateTransport ? { separateTransport } : {})
      },
      rules,
      library,
      ctx
    )
    if (!outcome.ok) throw new Error(outcome.message)
    return { kg: new Decimal(outcome.values.kgCO2eLocation), factors: [outcome.values.factor_ID] }
  }

  // --- the hand side: the source rows themselves ---------------------------------------------------------------
  const desnzRows: Array<Record<string, string>> = parse(read('DESNZ_GHG_conversion_factors_2025_flat_v1.csv'), {
    columns: true,
    bom: true
  })
  /** a DESNZ 2025 row by its level texts (and unit), kg CO2e */
  function desnz(levels: string[], uom?: string): { id: string; value: Decimal; wtt: Decimal; label: string } {
    const found = desnzRows.filter(
      r =>
        r['GHG/Unit'] === 'kg CO2e' &&
        [r['Level 1'], r['Level 2'], r['Level 3'], r['Level 4'], r['Column Text']].filter(Boolean).join(' › ') === levels.join(' › ') &&
        (!uom || r.UOM === uom)
    )
    expect(found, levels.join(' › ')).to.have.length(1)
    // the well-to-tank row of the same activity ("WTT-" section), which travel and freight include by default
    return {
      id: found[0].ID,
      value: new Decimal(found[0]['GHG Conversion Factor 2025']),
      wtt: desnzWttOf(found[0].ID) ?? new Decimal(0),
      label: `DESNZ ${found[0].ID}: ${levels.join(' › ')} per ${found[0].UOM}`
    }
  }
  const epaRows: Array<Record<string, string>> = parse(read('SupplyChainGHGEmissionFactors_v1.3.0_NAICS_CO2e_USD2022.csv'), {
    columns: true,
    bom: true
  })
  function epa(naics: string, margins: 'with' | 'without'): { value: Decimal; label: string } {
    const row = epaRows.find(r => r['2017 NAICS Code'] === naics)!
    const column = `Supply Chain Emission Factors ${margins} Margins`
    return { value: new Decimal(row[column]), label: `EPA v1.3 ${naics} ${row['2017 NAICS Title']}, "${margins} margins" per 2022 USD` }
  }
  const rate = (from: string, year: string): Decimal =>
    new Decimal(
      csv<any>('db/data/scope3-ExchangeRates.csv').find(r => r.fromCurrency_code === from && r.toCurrency_code === 'USD' && r.year === year)
        .rate
    )
  const cpi = (year: string): Decimal =>
    new Decimal(csv<any>('db/data/scope3-PriceIndexes.csv').find(r => r.currency_code === 'USD' && r.year === year).value)
  /** the great circle by the haversine formula on the mean Earth radius, to whole metres; DESNZ's 8 % uplift, to whole metres */
  function flown(from: string, to: string, legs = 1): Decimal {
    const [a, b] = [airports.get(from)!, airports.get(to)!]
    const r = (d: number): number => (d * Math.PI) / 180
    const h = Math.sin(r(b.lat - a.lat) / 2) ** 2 + Math.cos(r(a.lat)) * Math.cos(r(b.lat)) * Math.sin(r(b.lon - a.lon) / 2) ** 2
    const km = new Decimal((2 * 6371.0088 * Math.asin(Math.sqrt(h))).toFixed(3))
    return km.times('1.08').times(legs).toDecimalPlaces(3, Decimal.ROUND_HALF_EVEN)
  }
  const kg = (d: Decimal): Decimal => d.toDecimalPlaces(6, Decimal.ROUND_HALF_EVEN)
  const air = (route: string, seat: string): { id: string; value: Decimal; wtt: Decimal; label: string } =>
    desnz(['Business travel- air', 'Flights', route, seat, 'With RF'])
  const freightAir = (route: string): { id: string; value: Decimal; wtt: Decimal; label: string } =>
    desnz(['Freighting goods', 'Freight flights', route, 'With RF'])

  interface Case {
    n: number
    activity: string
    row: string
    formula: string
    expected: Decimal
    wtt?: Decimal
    biogenic?: Decimal
    app: () => { kg: Decimal; wtt?: Decimal; biogenic?: Decimal }
  }
  const cases: Case[] = []
  const add = (
    activity: string,
    row: string,
    formula: string,
    expected: Decimal,
    app: () => { kg: Decimal; wtt?: Decimal; biogenic?: Decimal },
    biogenic?: Decimal
  ): void => {
    cases.push({ n: cases.length + 1, activity, row, formula, expected: kg(expected), biogenic: biogenic && kg(biogenic), app })
  }
  /** travel and freight: tank-to-wheel plus the well-to-tank of the same activity, rounded once; the well-to-tank part beside */
  const addTravel = (
    activity: string,
    f: { value: Decimal; wtt: Decimal; label: string },
    amount: Decimal,
    formula: string,
    app: () => { kg: Decimal; wtt?: Decimal; biogenic?: Decimal },
    biogenic?: Decimal
  ): void => {
    cases.push({
      n: cases.length + 1,
      activity,
      row: `${f.label} (+ WTT ${f.wtt.toString()})`,
      formula: `${formula} × (${f.value.toString()} + ${f.wtt.toString()})`,
      expected: kg(amount.times(f.value.plus(f.wtt))),
      wtt: kg(amount.times(f.wtt)),
      biogenic: biogenic && kg(biogenic),
      app
    })
  }
  /** DESNZ's biogenic CO2 of a fuel, "outside of scopes", by level 3 and unit */
  const outsideOfScopes = (fuel: string, uom: string): Decimal =>
    new Decimal(
      desnzRows.find(r => r.Scope === 'Outside of Scopes' && r['Level 3'] === fuel && r.UOM === uom)!['GHG Conversion Factor 2025']
    )

  // flights: every route family and cabin class, one passenger one way unless said
  const flight = (
    from: string,
    to: string,
    cabin: string,
    route: string,
    seat: string,
    extra: Record<string, string> = {},
    legs = 1,
    passengers = 1
  ): void => {
    const f = air(route, seat)
    const km = flown(from, to, legs)
    addTravel(
      `flight ${from}–${to}, ${cabin}${legs === 2 ? ', return' : ''}${passengers > 1 ? `, ${passengers} passengers` : ''}`,
      f,
      km.times(passengers),
      `${passengers} × ${km.toString()} km`,
      () => appUpload('flights', { date: '2026-03-10', origin: from, destination: to, cabinClass: cabin, ...extra })
    )
  }
  flight('LHR', 'EDI', 'average', 'Domestic, to/from UK', 'Average passenger')
  flight('LHR', 'EDI', 'business', 'Domestic, to/from UK', 'Average passenger')
  flight('LHR', 'CDG', 'economy', 'Short-haul, to/from UK', 'Economy class')
  flight('LHR', 'CDG', 'business', 'Short-haul, to/from UK', 'Business class')
  flight('LHR', 'CDG', 'premium economy', 'Short-haul, to/from UK', 'Economy class')
  flight('LHR', 'CDG', 'first', 'Short-haul, to/from UK', 'Business class')
  flight('LHR', 'JFK', 'economy', 'Long-haul, to/from UK', 'Economy class', { trip: 'return' }, 2)
  flight('LHR', 'JFK', 'premium economy', 'Long-haul, to/from UK', 'Premium economy class')
  flight('LHR', 'JFK', 'business', 'Long-haul, to/from UK', 'Business class')
  flight('LHR', 'JFK', 'first', 'Long-haul, to/from UK', 'First class')
  flight('FRA', 'JFK', 'average', 'International, to/from non-UK', 'Average passenger')
  flight('FRA', 'JFK', 'economy', 'International, to/from non-UK', 'Economy class', { passengers: '2' }, 1, 2)
  flight('FRA', 'JFK', 'premium economy', 'International, to/from non-UK', 'Premium economy class')
  flight('FRA', 'JFK', 'business', 'International, to/from non-UK', 'Business class')
  flight('FRA', 'SIN', 'first', 'International, to/from non-UK', 'First class')
  flight('FRA', 'MUC', 'economy', 'International, to/from non-UK', 'Economy class')

  // hotels: the country's room-night factor, the UK's where DESNZ has none
  const de = desnz(['Hotel stay', 'Hotel stay', 'Germany'])
  add('hotel in DE, 3 nights × 2 rooms', de.label, `6 × ${de.value.toString()}`, de.value.times(6), () =>
    appUpload('hotels', { date: '2026-03-10', country: 'DE', nights: '3', rooms: '2' })
  )
  const uk = desnz(['Hotel stay', 'Hotel stay', 'UK'])
  add('hotel in IS, 2 nights (UK proxy, with a warning)', uk.label, `2 × ${uk.value.toString()}`, uk.value.times(2), () =>
    appUpload('hotels', { date: '2026-03-10', country: 'IS', nights: '2' })
  )

  // freight by mode, air by route family, and by the fuel used
  const road = desnz(['Freighting goods', 'HGV (all diesel)', 'All HGVs', 'Average laden'], 'tonne.km')
  addTravel('freight by road, 12 t over 290 km', road, new Decimal(12 * 290), '12 t × 290 km', () =>
    appUpload('freight', { date: '2026-03-10', mode: 'road', mass: '12', massUnit: 't', distanceKm: '290' })
  )
  const rail = desnz(['Freighting goods', 'Rail', 'Freight train'])
  addTravel('freight by rail, 20 t over 500 km', rail, new Decimal(20 * 500), '20 t × 500 km', () =>
    appUpload('freight', { date: '2026-03-10', mode: 'rail', mass: '20', massUnit: 't', distanceKm: '500' })
  )
  const sea = desnz(['Freighting goods', 'Cargo ship', 'Container ship', 'Average'])
  addTravel('freight by container ship, 20 t over 11,000 km', sea, new Decimal(20 * 11000), '20 t × 11000 km', () =>
    appUpload('freight', { date: '2026-03-10', mode: 'sea-container', mass: '20', massUnit: 't', distanceKm: '11000' })
  )
  for (const [from, to, mass, route] of [
    ['FRA', 'SIN', '500', 'International, to/from non-UK'],
    ['LHR', 'JFK', '2000', 'Long-haul, to/from UK'],
    ['LHR', 'EDI', '100', 'Domestic, to/from UK'],
    ['LHR', 'CDG', '250', 'Short-haul, to/from UK']
  ]) {
    const f = freightAir(route)
    const km = flown(from, to)
    addTravel(
      `air freight ${from}–${to}, ${mass} kg`,
      f,
      new Decimal(mass).div(1000).times(km),
      `${new Decimal(mass).div(1000).toString()} t × ${km.toString()} km`,
      () => appUpload('freight', { date: '2026-03-10', mode: 'air', mass, massUnit: 'kg', origin: from, destination: to })
    )
  }
  const diesel = desnz(['Fuels', 'Liquid fuels', 'Diesel (average biofuel blend)'], 'litres')
  addTravel(
    'freight by road with the fuel used: 1,000 L diesel (average biofuel blend); biogenic 1000 L × ' +
      outsideOfScopes('Diesel (average biofuel blend)', 'litres').toString(),
    diesel,
    new Decimal(1000),
    '1000 L',
    () => appUpload('freight', { date: '2026-03-10', mode: 'road', mass: '12', massUnit: 't', fuel: 'diesel', fuelLitres: '1000' }),
    outsideOfScopes('Diesel (average biofuel blend)', 'litres').times(1000)
  )
  const petrol = desnz(['Fuels', 'Liquid fuels', 'Petrol (average biofuel blend)'], 'litres')
  addTravel(
    'freight by van with the fuel used: 250 L petrol (average biofuel blend); biogenic 250 L × ' +
      outsideOfScopes('Petrol (average biofuel blend)', 'litres').toString(),
    petrol,
    new Decimal(250),
    '250 L',
    () => appUpload('freight', { date: '2026-03-10', mode: 'road', mass: '1.5', massUnit: 't', fuel: 'petrol', fuelLitres: '250' }),
    outsideOfScopes('Petrol (average biofuel blend)', 'litres').times(250)
  )

  // waste by type and treatment
  const waste = (type: string, treatment: string, column: string, mass: string, massUnit: 'kg' | 't', level2: string): void => {
    const f = desnz(['Waste disposal', level2, type, column])
    const tonnes = massUnit === 'kg' ? new Decimal(mass).div(1000) : new Decimal(mass)
    add(
      `waste: ${type}, ${treatment}, ${mass} ${massUnit}`,
      f.label,
      `${tonnes.toString()} t × ${f.value.toString()}`,
      tonnes.times(f.value),
      () => appUpload('waste', { date: '2026-03-31', wasteType: type, treatment, mass, massUnit })
    )
  }
  waste('Commercial and industrial waste', 'incineration with energy recovery', 'Incineration with Energy Recovery', '2.4', 't', 'Refuse')
  waste('Paper and board: mixed', 'recycling', 'Closed-loop', '2', 't', 'Paper')
  waste('Paper and board: mixed', 'landfill', 'Landfill', '0.8', 't', 'Paper')
  waste('Glass', 'recycling open-loop', 'Open-loop', '400', 'kg', 'Other')
  waste('Glass', 'landfill', 'Landfill', '400', 'kg', 'Other')

  // land travel: per vehicle-km for cars, per passenger-km for rail
  const car = desnz(['Business travel- land', 'Cars (by size)', 'Medium car', 'Petrol'], 'km')
  addTravel('car, medium petrol, 120 km (one vehicle)', car, new Decimal(120), '120 km', () =>
    appUpload('travel', { date: '2026-03-10', mode: 'car-medium-petrol', distance: '120' })
  )
  const national = desnz(['Business travel- land', 'Rail', 'National rail'])
  addTravel('national rail, 2 passengers over 300 km', national, new Decimal(600), '2 × 300 km', () =>
    appUpload('travel', { date: '2026-03-10', mode: 'rail-national', distance: '300', passengers: '2' })
  )

  // electricity: generation upstream, grid losses and their upstream (category 3)
  const energy = [
    'WTT- UK electricity › WTT- UK electricity (generation) › Electricity: UK › kWh',
    'Transmission and distribution › T&D- UK electricity › Electricity: UK › kWh',
    'WTT- UK electricity › WTT- UK electricity (T&D) › Electricity: UK › kWh'
  ].map(p => desnz(p.split(' › ')))
  const energySum = energy.reduce((s, f) => s.plus(f.value), new Decimal(0))
  add(
    'electricity bought in GB, 125,000 kWh: three category 3 lines',
    energy.map(f => `DESNZ ${f.id}`).join(' + '),
    `125000 kWh × (${energy.map(f => f.value.toString()).join(' + ')})`,
    energySum.times(125000),
    () => appUpload('energy', { date: '2026-03-31', energyType: 'electricity', quantity: '125000', unit: 'kWh', country: 'GB' })
  )

  // spend: EPA in 2022 USD, purchaser price ("with margins") unless the item's transport is counted in category 4
  const cement = (margins: 'with' | 'without'): { value: Decimal; label: string } => epa('327310', margins)
  const spend = (amount: string, currency: string, year: string): Decimal =>
    new Decimal(amount)
      .times(currency === 'USD' ? 1 : rate(currency, year))
      .times(cpi('2022'))
      .div(cpi(year))
  add(
    'cement, 1,000 EUR in 2025',
    cement('with').label,
    `1000 × ${rate('EUR', '2025').toString()} USD/EUR × CPI ${cpi('2022').toString()}/${cpi('2025').toString()} × ${cement('with').value.toString()}`,
    spend('1000', 'EUR', '2025').times(cement('with').value),
    () => appSpend('1000', 'EUR', '2025-05-10')
  )
  add(
    'cement, 1,000 GBP in 2026',
    cement('with').label,
    `1000 × ${rate('GBP', '2026').toString()} USD/GBP × CPI ${cpi('2022').toString()}/${cpi('2026').toString()} × ${cement('with').value.toString()}`,
    spend('1000', 'GBP', '2026').times(cement('with').value),
    () => appSpend('1000', 'GBP', '2026-05-10')
  )
  add(
    'cement, 1,000 USD in 2025 (price index only)',
    cement('with').label,
    `1000 × CPI ${cpi('2022').toString()}/${cpi('2025').toString()} × ${cement('with').value.toString()}`,
    spend('1000', 'USD', '2025').times(cement('with').value),
    () => appSpend('1000', 'USD', '2025-05-10')
  )
  add(
    'cement EXW, 2,000 EUR in 2026, transport in category 4 by distance',
    cement('without').label,
    `2000 × ${rate('EUR', '2026').toString()} × CPI ${cpi('2022').toString()}/${cpi('2026').toString()} × ${cement('without').value.toString()}`,
    spend('2000', 'EUR', '2026').times(cement('without').value),
    () => appSpend('2000', 'EUR', '2026-03-10', { lines: 'distance' })
  )
  add(
    'cement EXW, 2,000 EUR in 2026, transport estimated from spend (100 EUR in category 4)',
    cement('without').label,
    `(2000 − 100) × ${rate('EUR', '2026').toString()} × CPI ${cpi('2022').toString()}/${cpi('2026').toString()} × ${cement('without').value.toString()}`,
    spend('1900', 'EUR', '2026').times(cement('without').value),
    () => appSpend('2000', 'EUR', '2026-03-10', { lines: 'spend', amount: '100.00' })
  )

  it('has at least 30 cases, and the app computes each to the milligram as the source rows give it', () => {
    expect(cases.length).to.be.at.least(30)
    for (const c of cases) {
      const app = c.app()
      expect(app.kg.toString(), `case ${c.n}: ${c.activity}`).to.equal(c.expected.toString())
      // biogenic CO2 beside the CO2e, never inside it; well-to-tank inside it and shown beside
      expect(app.biogenic?.toString(), `case ${c.n}: biogenic CO2`).to.equal(c.biogenic?.toString())
      expect(app.wtt?.toString(), `case ${c.n}: well-to-tank`).to.equal(c.wtt?.isZero() ? undefined : c.wtt?.toString())
    }
  })

  it('is the table docs/methodology.md shows', () => {
    const table = [
      '| # | activity | source row | formula | kg CO2e | of which well-to-tank | biogenic kg CO2 |',
      '|---|---|---|---|---|---|---|',
      ...cases.map(
        c =>
          `| ${c.n} | ${c.activity} | ${c.row} | ${c.formula} | ${c.expected.toFixed(6)} | ${c.wtt && !c.wtt.isZero() ? c.wtt.toFixed(6) : ''} | ${c.biogenic?.toFixed(6) ?? ''} |`
      )
    ].join('\n')
    const file = path.join(root, 'docs', 'methodology.md')
    const doc = fs.readFileSync(file, 'utf8')
    const [start, end] = [
      '<!-- cases:start (test/lib/attribution/methodology-cases.test.ts writes this table) -->\n',
      '\n<!-- cases:end -->'
    ]
    const i = doc.indexOf(start)
    const j = doc.indexOf(end)
    expect(i, 'docs/methodology.md has the cases markers').to.be.greaterThan(-1)
    if (process.env.WRITE_METHODOLOGY_TABLE) fs.writeFileSync(file, doc.slice(0, i + start.length) + table + doc.slice(j))
    else expect(doc.slice(i + start.length, j)).to.equal(table)
  })
})
