import { expect } from 'chai'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { parse } from 'csv-parse/sync'
import { parseDesnz, parseEpaSupplyChain } from '../../../srv/lib/factors/factor-import'
import { root, units } from '../fixtures'

const source = (file: string): string => readFileSync(path.join(root, 'db/sources', file), 'utf8')

describe('factor import (published files)', () => {
  it('reads all 1,016 NAICS-6 factors of US EPA v1.3 with margins, per 2022 USD', () => {
    const epa = parseEpaSupplyChain(source('SupplyChainGHGEmissionFactors_v1.3.0_NAICS_CO2e_USD2022.csv'))
    expect(epa).to.include({ rowsRead: 1016, gasRows: 0 })
    expect(epa.factors).to.have.length(1016)
    expect(epa.skipped).to.deep.equal([])
    const cement = epa.factors.find(f => f.code === '327310')
    expect(cement).to.include({ description: 'Cement Manufacturing', value: '3.924', currency_code: 'USD', region_code: 'US', year: 2022 })
    expect(epa.factors.find(f => f.code === '541512')?.value).to.equal('0.089')
    // EPA publishes the producer-price part beside it ("without margins"): kept for goods whose transport is counted in category 4
    const rows: Array<Record<string, string>> = parse(source('SupplyChainGHGEmissionFactors_v1.3.0_NAICS_CO2e_USD2022.csv'), {
      columns: true,
      bom: true
    })
    const row = rows.find(r => r['2017 NAICS Code'] === '327310')!
    const [withoutMargins, margins, withMargins] = [
      'Supply Chain Emission Factors without Margins',
      'Margins of Supply Chain Emission Factors',
      'Supply Chain Emission Factors with Margins'
    ].map(c => row[c])
    expect(cement?.producerPriceValue).to.equal(withoutMargins)
    expect(Number(withoutMargins) + Number(margins)).to.be.closeTo(Number(withMargins), 0.0015)
  })

  it('reports bad EPA rows instead of loading them', () => {
    const header =
      '2017 NAICS Code,2017 NAICS Title,GHG,Unit,Supply Chain Emission Factors without Margins,Margins of Supply Chain Emission Factors,Supply Chain Emission Factors with Margins,Reference USEEIO Code\n'
    const epa = parseEpaSupplyChain(
      header + '12345,Short,All GHGs,u,1,0,1,X\n111110,Soy,CH4,u,1,0,1,X\n111120,Oil,All GHGs,u,1,0,,X\n111130,Pea,All GHGs,u,1,0,0.5,X\n'
    )
    expect(epa.factors.map(f => f.code)).to.deep.equal(['111130'])
    expect(epa.skipped.map(s => [s.rowNumber, s.reason])).to.deep.equal([
      [2, 'NAICS code is not six digits'],
      [3, "GHG 'CH4' is not the CO2e total"],
      [4, 'no factor with margins']
    ])
  })

  it('reads UK DESNZ 2025: totals as factors, per-gas rows as their gases, skips with reasons', () => {
    const desnz = parseDesnz(source('DESNZ_GHG_conversion_factors_2025_flat_v1.csv'), units)
    expect(desnz.rowsRead).to.equal(8740)
    expect(desnz.factors).to.have.length(2616 + 56)
    expect(desnz.gasRows).to.equal(3906)
    expect(desnz.factors.length + desnz.gasRows + desnz.skipped.length).to.equal(8740)
    const reasons: Record<string, number> = {}
    for (const s of desnz.skipped) reasons[s.reason] = (reasons[s.reason] ?? 0) + 1
    expect(reasons).to.deep.equal({
      'no factor in the source (not applicable)': 1711,
      "'kWh (Net CV)' is an energy conversion, not an emission factor": 383,
      "'kWh (net)' is an energy conversion, not an emission factor": 68
    })
    const byCode = new Map(desnz.factors.map(f => [f.code, f]))
    expect(byCode.get('7_400_4000_5_1')).to.include({ value: '0.177', unit_code: 'KWH', region_code: 'GB', sourceScope: 'Scope 2' })
    expect(byCode.get('27_304_3112_14_1')).to.include({ value: '0.52761', unit_code: 'TKM' })
    expect(byCode.get('1_101_1011_8_1')).to.include({ value: '2.57082', unit_code: 'LTR' })
    expect(byCode.get('1_100_1004_6_1')?.gases).to.deep.equal([
      { gas_code: 'CO2', value: '0.18259', sourceId: '1_100_1004_6_2' },
      { gas_code: 'CH4', value: '0.00028', sourceId: '1_100_1004_6_3' },
      { gas_code: 'N2O', value: '0.00009', sourceId: '1_100_1004_6_4' }
    ])
    // biogenic CO2 is outside the scopes: 0 kg CO2e, reported beside
    expect(byCode.get('99_604_1011_8_2')).to.include({
      value: '0',
      biogenicCO2: '0.14',
      unit_code: 'LTR',
      sourceScope: 'Outside of Scopes'
    })
    // ... and attached to the fuel it belongs to, so a litre of the blend carries its biogenic CO2 beside its CO2e
    expect(byCode.get('1_101_1011_8_1')).to.include({ value: '2.57082', biogenicCO2: '0.14' })
    expect(byCode.get('2_103_1031_8_1')).to.include({ biogenicCO2: '1.52' }) // bioethanol, litres
    const rows: Array<Record<string, string>> = parse(source('DESNZ_GHG_conversion_factors_2025_flat_v1.csv'), { columns: true, bom: true })
    const outside = rows.filter(r => r.Scope === 'Outside of Scopes' && r['GHG Conversion Factor 2025'] !== '')
    const attached = desnz.factors.filter(f => f.sourceScope === 'Scope 1' && f.biogenicCO2 !== undefined)
    // every attached value is the outside-of-scopes row of the same fuel (level 3; DESNZ writes one "tallow" and one "Tallow") and unit
    for (const f of attached) {
      const row = rows.find(r => r.ID === f.code)!
      expect(
        outside.some(
          o =>
            o['Level 3'].toLowerCase() === row['Level 3'].toLowerCase() &&
            o.UOM === row.UOM &&
            o['GHG Conversion Factor 2025'] === f.biogenicCO2
        ),
        f.code
      ).to.equal(true)
    }
    expect(attached.length).to.be.greaterThan(40)
    expect(byCode.get('1_101_1008_8_1')?.biogenicCO2).to.equal(undefined) // aviation spirit, fossil: no biogenic part
    // a hotel factor describes its country, an international flight with neither end in the UK the world
    expect(byCode.get('29_600_4017_13_1')).to.include({ region_code: 'DE' }) // Hotel stay › Germany
    expect(byCode.get('29_600_4000_13_1')).to.include({ region_code: 'GB' }) // Hotel stay › UK
    expect(byCode.get('21_316_3180_11_1')).to.include({ region_code: 'GLO' }) // International, to/from non-UK › Economy
    expect(byCode.get('21_316_3170_11_1')).to.include({ region_code: 'GB' }) // Long-haul, to/from UK › Economy
    // DESNZ "km" of road vehicles are vehicle-km
    expect(desnz.factors.filter(f => f.unit_code === 'VKM').length).to.be.greaterThan(500)
  })
})
