import { expect } from 'chai'
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { sourceFiles } from '../helpers/source-files'

/**
 * The app's settings live under `scope3` (.cdsrc.json) with every default declared there (srv/common/settings.ts):
 * each setting the code reads is declared, is set in every profile, and is read without a default of the code's own.
 */
describe('Settings: declared once under scope3, read without defaults in the code', () => {
  const root = path.join(__dirname, '..', '..')
  /** cds.env as the app sees it under the given environment, in a process of its own */
  const envOf = (env: Record<string, string>): any =>
    JSON.parse(
      execFileSync(
        process.execPath,
        [
          '-e',
          "const cds = require('@sap/cds'); process.stdout.write(JSON.stringify({ scope3: cds.env.scope3, requires: cds.env.requires, log: cds.env.log }))"
        ],
        { cwd: root, env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env }, encoding: 'utf8' }
      )
    )
  const profiles: Record<string, any> = {
    development: envOf({}),
    test: envOf({ CDS_ENV: 'test' }),
    production: envOf({ NODE_ENV: 'production' })
  }
  const code = sourceFiles(root, 'srv', /\.ts$/).map(f => ({ file: f, text: fs.readFileSync(path.join(root, f), 'utf8') }))
  /** every `settings().a.b...` the code reads, as the path of keys */
  const reads = [...new Set(code.flatMap(({ text }) => [...text.matchAll(/settings\(\)((?:\.\w+)+)/g)].map(m => m[1].slice(1))))]
  /** whether the keys lead to a declared setting (declared as null counts: "none") */
  const declared = (scope3: any, keys: string): boolean => {
    let o = scope3
    for (const k of keys.split('.')) {
      if (o == null || typeof o !== 'object' || !(k in o)) return false
      o = o[k]
    }
    return true
  }

  it('declares every setting the code reads, in every profile', () => {
    expect(reads.length).to.be.greaterThan(20)
    const missing = Object.entries(profiles).flatMap(([name, env]) =>
      reads.filter(keys => !declared(env.scope3, keys)).map(keys => `${name}: scope3.${keys}`)
    )
    expect(missing).to.deep.equal([])
  })

  it('reads settings without a default of the code, and only through settings()', () => {
    const problems = code.flatMap(({ file, text }) => [
      ...[...text.matchAll(/settings\(\)(?:\.\w+)+\s*(\?\?|\|\|)/g)].map(m => `${file}: ${m[0]}`),
      ...[...text.matchAll(/env(?: as any\))?\.scope3\b/g)].filter(() => file !== 'srv/common/settings.ts').map(m => `${file}: ${m[0]}`)
    ])
    expect(problems).to.deep.equal([])
  })

  it('keeps CAP services under requires, the app settings out of it, and mocked users out of production', () => {
    for (const key of [
      'factorLibrary',
      'accounting',
      'dataQuality',
      'remediation',
      's4Resilience',
      'reconciliation',
      'pact',
      's4mock',
      'uploads',
      'inbox'
    ]) {
      for (const [name, env] of Object.entries(profiles)) expect(env.requires[key], `${name}: requires.${key}`).to.equal(undefined)
    }
    expect(profiles.production.requires.auth.kind).to.equal('xsuaa')
    expect(profiles.production.requires.auth.users).to.equal(undefined)
    expect(profiles.development.requires.auth.kind).to.equal('mocked')
    expect(Object.keys(profiles.test.requires.auth.users)).to.include.members(['alice', 'bob', 'ella', 'cora', 'nora'])
    const cdsrc = JSON.parse(fs.readFileSync(path.join(root, '.cdsrc.json'), 'utf8'))
    expect(cdsrc.requires.auth, 'mocked users only under [development], which tests run with too').to.equal(undefined)
  })

  it('keeps the database of every long-running profile on disk: in memory only for tests', () => {
    const db = (env: any): { kind: string; url?: string } => ({ kind: env.requires.db.kind, url: env.requires.db.credentials?.url })
    expect(db(profiles.development)).to.deep.equal({ kind: 'sqlite', url: 'db.sqlite' })
    expect(db(profiles.production).kind).to.equal('hana')
    expect(db(envOf({ CDS_ENV: 'pg' })).kind).to.equal('postgres')
    expect(db(profiles.test)).to.deep.equal({ kind: 'sqlite', url: ':memory:' })
  })

  it('has the production values the deployment relies on', () => {
    const { scope3 } = profiles.production
    expect(scope3.factorLibrary).to.deep.equal({ autoImport: false, folder: 'db-sources' })
    expect(scope3.requestTimeoutSeconds).to.be.greaterThan(0)
    expect(scope3.trustedProxyHops).to.equal(1)
    expect(scope3.pact.trustForwardedProto).to.equal(true)
    expect(scope3.s4mock.autoStart).to.equal(false)
    expect(profiles.development.scope3.s4mock.autoStart).to.equal(true)
    expect(profiles.test.scope3.s4mock.autoStart).to.equal(false)
  })

  it('keeps the console quiet in development: spans and metrics only with npm run start:traces', () => {
    expect(profiles.development.log.levels.telemetry).to.equal('warn')
    const scripts = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')).scripts
    expect(scripts['start:traces']).to.match(/CDS_LOG_LEVELS_TELEMETRY=info npm start/)
    expect(envOf({ CDS_LOG_LEVELS_TELEMETRY: 'info' }).log.levels.telemetry).to.equal('info')
  })
})
