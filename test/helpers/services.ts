import net from 'node:net'
import { execFileSync } from 'node:child_process'
import path from 'node:path'

/** Whether a TCP service answers on this machine. */
export async function reachable(port: number, host = '127.0.0.1'): Promise<boolean> {
  return await new Promise(resolve => {
    const socket = net.connect({ port, host })
    socket.setTimeout(1000)
    socket.once('connect', () => {
      socket.destroy()
      resolve(true)
    })
    socket.once('error', () => resolve(false))
    socket.once('timeout', () => {
      socket.destroy()
      resolve(false)
    })
  })
}

/**
 * A TCP port no server on this machine listens on, from the system's ephemeral range (fixed ranges met this
 * machine's own services: RabbitMQ listens on 5672).
 */
export async function freePort(): Promise<number> {
  const server = net.createServer()
  await new Promise<void>(resolve => server.listen(0, resolve))
  const { port } = server.address() as net.AddressInfo
  await new Promise(resolve => server.close(resolve))
  return port
}

/**
 * Skips a suite whose prerequisite is missing, with a printed notice, on a developer's machine; in CI (CI=true) it
 * fails the suite instead, since .ci/run provides every prerequisite.
 */
export function skipOrFail(ctx: Mocha.Context, missing: string): never {
  if (process.env.CI) throw new Error(`${missing}, and CI must run this suite`)
  // (stdout directly: cds.test silences console.log)
  process.stdout.write(`\n  NOTICE: ${missing}: skipping "${ctx.test?.parent?.title}"\n\n`)
  skipped.push(`${ctx.test?.parent?.title ?? 'a suite'} (${missing})`)
  ctx.skip()
}

/** the suites skipped in this run, with the reason (test/setup.ts prints them at the end) */
export const skipped: string[] = []

/** A suite that needs a service on this machine (started by .ci/run): skipped or failed as `skipOrFail` says. */
export async function requireService(ctx: Mocha.Context, name: string, port: number): Promise<void> {
  if (!(await reachable(port))) skipOrFail(ctx, `${name} is not reachable on 127.0.0.1:${port}`)
}

/** Stops and starts this machine's Redis server the way .ci/run starts it. */
export function restartRedis(): { stop: () => void; start: () => void } {
  return {
    stop: () => {
      execFileSync('redis-cli', ['-h', '127.0.0.1', '-p', '6379', 'shutdown', 'nosave'])
    },
    start: () => {
      execFileSync('redis-server', [
        '--daemonize',
        'yes',
        '--bind',
        '127.0.0.1',
        '-::1',
        '--port',
        '6379',
        '--save',
        '',
        '--appendonly',
        'no',
        '--dir',
        '/var/lib/redis',
        '--logfile',
        '/var/log/redis/ci.log'
      ])
    }
  }
}

const psql = (sql: string): void => {
  execFileSync('psql', ['-h', '127.0.0.1', '-U', 'postgres', '-d', 'postgres', '-v', 'ON_ERROR_STOP=1', '-qc', sql], { stdio: 'pipe' })
}

/**
 * A new database on this machine's PostgreSQL server with the model deployed (`cds deploy` in the `[pg]` profile):
 * returns the CDS_CONFIG that points the app at it.
 */
export function createPostgresDatabase(root: string, database: string): Record<string, unknown> {
  const config = { requires: { db: { credentials: { database } } } }
  createEmptyPostgresDatabase(database)
  execFileSync(path.join(root, 'node_modules/.bin/cds'), ['deploy'], {
    cwd: root,
    env: { ...process.env, CDS_ENV: 'pg,test', CDS_CONFIG: JSON.stringify(config) },
    stdio: 'pipe'
  })
  return config
}

/**
 * A copy of a database `createPostgresDatabase` made (PostgreSQL's template copy, well under a second): the same
 * deployed model and data without deploying again. Returns the CDS_CONFIG that points the app at it.
 */
export function copyPostgresDatabase(template: string, database: string): Record<string, unknown> {
  psql(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`)
  psql(`CREATE DATABASE ${database} TEMPLATE ${template}`)
  return { requires: { db: { credentials: { database } } } }
}

/** A new, empty database on this machine's PostgreSQL server (for a tool that keeps its own tables there). */
export function createEmptyPostgresDatabase(database: string): void {
  psql(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`)
  psql(`CREATE DATABASE ${database}`)
}

export function dropPostgresDatabase(database: string): void {
  psql(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`)
}
