import { expect } from 'chai'
import { Decimal } from '../../../srv/lib/common/decimal'
import { UnitCatalog } from '../../../srv/lib/common/units'
import { units } from '../fixtures'

const conv = (value: string, from: string, to: string): string =>
  units.convert({ value: new Decimal(value), unit: units.get(from, 'unit') }, units.get(to, 'to'), 'unit').toString()

describe('units', () => {
  it('finds units by symbol and UN/CEFACT code, case-insensitively', () => {
    const pairs: Array<[string, string]> = [
      ['g', 'GRM'],
      ['kg', 'KGM'],
      ['t', 'TNE'],
      ['lb', 'LBR'],
      ['L', 'LTR'],
      ['m3', 'MTQ'],
      ['kWh', 'KWH'],
      ['MWh', 'MWH'],
      ['MJ', '3B'],
      ['GJ', 'GV'],
      ['m', 'MTR'],
      ['km', 'KMT'],
      ['mi', 'SMI'],
      ['t.km', 'TKM'],
      ['tkm', 'TKM'],
      ['pkm', 'PKM'],
      ['vkm', 'VKM'],
      ['pc', 'H87'],
      ['piece', 'H87'],
      ['EA', 'H87'],
      ['night', 'NIGHT']
    ]
    for (const [name, code] of pairs) {
      expect(units.find(name)?.code, name).to.equal(code)
      expect(units.find(name.toUpperCase())?.code, name.toUpperCase()).to.equal(code)
      expect(units.find(code.toLowerCase())?.code, code.toLowerCase()).to.equal(code)
    }
  })

  it('converts exactly within each dimension', () => {
    expect(conv('1', 't', 'kg')).to.equal('1000')
    expect(conv('250', 'g', 'kg')).to.equal('0.25')
    expect(conv('1', 'lb', 'kg')).to.equal('0.45359237')
    expect(conv('2', 'm3', 'L')).to.equal('2000')
    expect(conv('1', 'gal (US)', 'L')).to.equal('3.785411784')
    expect(conv('1', 'MWh', 'kWh')).to.equal('1000')
    expect(conv('1', 'GJ', 'kWh')).to.equal('277.7777777777777777777777777777778')
    expect(conv('3.6', 'MJ', 'kWh')).to.equal('1')
    expect(conv('1500', 'm', 'km')).to.equal('1.5')
    expect(conv('1', 'mi', 'km')).to.equal('1.609344')
    expect(conv('10', 't.mi', 't.km')).to.equal('16.09344')
    expect(conv('1', 'passenger-mile', 'pkm')).to.equal('1.609344')
    expect(conv('1', 'vehicle-mile', 'vkm')).to.equal('1.609344')
    expect(conv('2', 'dozen', 'pc')).to.equal('24')
    expect(conv('3', 'night', 'd')).to.equal('3')
  })

  it('refuses to convert across dimensions, naming the field', () => {
    expect(() => conv('1', 'kg', 'kWh'))
      .to.throw(/mass.*cannot be converted.*energy/)
      .with.property('code', 'DIMENSION_MISMATCH')
    expect(() => conv('1', 't.km', 'km'))
      .to.throw()
      .with.property('code', 'DIMENSION_MISMATCH')
  })

  it('reports unknown and missing units', () => {
    expect(() => units.get('furlong', 'unit'))
      .to.throw("unit 'furlong' is not a known unit")
      .with.property('code', 'UNKNOWN_UNIT')
    expect(() => units.get(undefined, 'distanceUnit'))
      .to.throw('distanceUnit is missing')
      .with.property('target', 'distanceUnit')
  })

  it('rejects a catalogue in which one name means two units', () => {
    expect(
      () =>
        new UnitCatalog([
          { code: 'A', symbol: 'x', dimension_code: 'mass', toBase: 1 },
          { code: 'B', symbol: 'X', dimension_code: 'volume', toBase: 1 }
        ])
    ).to.throw(/ambiguous/)
  })
})
