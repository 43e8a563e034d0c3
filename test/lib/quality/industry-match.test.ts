import fs from 'node:fs'
import path from 'node:path'
import { expect } from 'chai'
import { parse } from 'csv-parse/sync'
import { IndustryIndex, tokens } from '../../../srv/lib/quality/industry-match'

describe('factor mapping suggestions (BM25 over the EPA industries and their product terms)', () => {
  const sources = path.join(__dirname, '../../../db/sources')
  const titles = new Map(
    (
      parse(fs.readFileSync(path.join(sources, 'SupplyChainGHGEmissionFactors_v1.3.0_NAICS_CO2e_USD2022.csv')), {
        columns: true,
        bom: true
      }) as any[]
    ).map(r => [r['2017 NAICS Code'], r['2017 NAICS Title']])
  )
  const terms = new Map(
    (parse(fs.readFileSync(path.join(sources, 'naics-terms.csv')), { columns: true }) as any[]).map(r => [r.naicsCode, r.terms])
  )
  const index = new IndustryIndex([...titles].map(([code, title]) => ({ code, title, terms: terms.get(code) })))

  it('ranks the right industry first for plain descriptions of purchases', () => {
    const cases: Array<[string, string]> = [
      ['ready-mix concrete', '327320'],
      ['Steel coils', '331110'],
      ['office furniture', '337214'],
      ['Corrugated boxes 60x40x40', '322211'],
      ['LDPE stretch film', '326112'],
      ['Isopropyl alcohol 99%', '325199'],
      ['Copy paper A4 80 g', '322121'],
      ['IT consulting day', '541512'],
      ['EUR pallet', '321920'],
      ['Portland cement CEM I 42.5 R', '327310'],
      ['Hotel nights Hamburg', '721110'],
      ['Janitorial services', '561720']
    ]
    for (const [text, code] of cases) {
      const [best] = index.suggest(text)
      expect(best?.code, `${text}: ${JSON.stringify(index.suggest(text, 3))}`).to.equal(code)
    }
  })

  it("gives a confidence, a score and the industry's title, and nothing for unknown words", () => {
    const [first, second] = index.suggest('ready-mix concrete')
    expect(first).to.include({ code: '327320', title: 'Ready-Mix Concrete Manufacturing' })
    expect(Number(first.confidence)).to.be.greaterThan(0.5).and.at.most(1)
    expect(first.score).to.be.greaterThan(second.score)
    expect(index.suggest('zzyzx qwerty')).to.deep.equal([])
  })

  it('is deterministic and normalises words', () => {
    expect(tokens('Steel COILS, boxes & batteries')).to.deep.equal(['steel', 'coil', 'box', 'battery'])
    expect(JSON.stringify(index.suggest('steel plate 10 mm'))).to.equal(JSON.stringify(index.suggest('steel plate 10 mm')))
  })
})
