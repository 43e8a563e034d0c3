import { expect } from 'chai'
import fs from 'node:fs'
import path from 'node:path'
import { sourceFiles } from './helpers/source-files'

/**
 * The layout of srv/ as rules (docs/architecture.md draws it): the pure engine in srv/lib imports no CAP and nothing
 * outside srv/lib; srv/common is infrastructure and imports no domain; a domain imports only domains below it, and of
 * those only the modules they offer to others (listed here with the reason); no file name twice.
 */
describe('Layout of srv/: layers, domains and the imports between them', () => {
  const root = path.join(__dirname, '..')
  /** the domains from the bottom up: each may import the ones before it, never one after it or beside it */
  const LAYERS = [
    ['common'],
    ['factors'],
    ['attribution'],
    ['ingestion'],
    ['admin', 'uploads', 'pact'],
    ['quality'],
    ['close'],
    ['reporting']
  ]
  const rank = new Map(LAYERS.flatMap((domains, i) => domains.map(d => [d, i] as const)))
  /**
   * The modules a domain offers to the domains above it. Each is called in the caller's transaction, where a CAP
   * service call or event would split one all-or-nothing change in two or cost a round trip per line.
   */
  const OFFERED: Record<string, string> = {
    'factors/factor-library': 'the factors and engine context every calculation reads, cached per factor set version',
    'attribution/attribute-lines': 'recompute: lines and their figures, totals and log commit with the change that caused them',
    'attribution/period-postings': 'what posts to a period and the pins to replay it, read by the close in its own lock',
    'attribution/purchase-order-totals': "the order totals are refreshed in the transaction that writes the order's lines",
    'ingestion/purchase-order-sync':
      "a transport lane change re-derives the open orders' transport lines in the same transaction; an order's estimate derives its lines as its posting will",
    'pact/supplier-footprints': "a supplier data request's answer imports the footprints all or nothing with the answer"
  }
  const PACKAGES_IN_LIB = new Set(['csv-parse', 'csv-parse/sync', 'decimal.js', 'exceljs'])

  const sources = sourceFiles(root, 'srv', /\.(ts|cds)$/).filter(f => !f.startsWith('srv/external/'))
  /** the modules a file imports: relative ones as paths from the project root without extension, packages as named */
  const importsOf = (file: string): string[] => {
    const text = fs.readFileSync(path.join(root, file), 'utf8')
    const specs = [...text.matchAll(/(?:from\s+|import\s*\(\s*|require\s*\(\s*|^import\s+)'([^']+)'/gm)].map(m => m[1])
    return specs.map(s => (s.startsWith('.') ? path.posix.join(path.posix.dirname(file), s).replace(/\.(js|ts|cds)$/, '') : s))
  }
  const domainOf = (module: string): string | undefined => module.match(/^srv\/(?:lib\/)?([^/]+)\//)?.[1]

  it('keeps srv/lib pure: no CAP, no generated models, nothing outside srv/lib', () => {
    const problems = sources
      .filter(f => f.startsWith('srv/lib/'))
      .flatMap(file =>
        importsOf(file)
          .filter(m => (m.startsWith('srv/') ? !m.startsWith('srv/lib/') : !m.startsWith('node:') && !PACKAGES_IN_LIB.has(m)))
          .map(m => `${file} imports ${m}`)
      )
    expect(problems).to.deep.equal([])
  })

  it('orders the domains: a module imports its own domain and those below it, srv/lib in the same order', () => {
    const problems: string[] = []
    for (const file of sources.filter(f => f.endsWith('.ts') && f !== 'srv/server.ts')) {
      const inLib = file.startsWith('srv/lib/')
      const from = domainOf(file)!
      expect(rank.has(from), `${file}: ${from} is no domain of the layout`).to.equal(true)
      for (const m of importsOf(file).filter(i => i.startsWith('srv/'))) {
        const to = domainOf(m)!
        if (!inLib && m.startsWith('srv/lib/')) continue // the pure engine is below every domain
        if (m.startsWith('srv/external/')) continue // the S/4HANA APIs as `cds import` put them, and the development stand-in
        if (to === from) continue
        if (!(rank.get(to)! < rank.get(from)!)) problems.push(`${file} imports ${m}: ${to} is not below ${from}`)
        else if (!inLib && to !== 'common' && !(m.slice('srv/'.length) in OFFERED))
          problems.push(`${file} imports ${m}, which ${to} does not offer to other domains`)
      }
    }
    expect(problems).to.deep.equal([])
  })

  it('offers only modules that exist and are used across domains', () => {
    for (const module of Object.keys(OFFERED)) {
      expect(fs.existsSync(path.join(root, 'srv', `${module}.ts`)), module).to.equal(true)
      const users = sources.filter(
        f => domainOf(f) !== domainOf(`srv/${module}`) && !f.startsWith('srv/lib/') && importsOf(f).includes(`srv/${module}`)
      )
      expect(users, `${module} is offered but no other domain imports it`).to.not.deep.equal([])
    }
  })

  it('gives no two files of srv the same name, and lists every service in srv/index.cds', () => {
    const names = sources.map(f => path.basename(f).replace(/\.(ts|cds)$/, '') + path.extname(f))
    expect(names.filter((n, i) => names.indexOf(n) !== i)).to.deep.equal([])
    const index = fs.readFileSync(path.join(root, 'srv/index.cds'), 'utf8')
    for (const service of sources.filter(f => f.endsWith('-service.cds'))) {
      expect(index, service).to.include(`using from './${service.slice('srv/'.length, -'.cds'.length)}'`)
    }
  })
})
