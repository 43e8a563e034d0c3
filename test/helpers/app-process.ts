import { spawn, execFileSync, type ChildProcess } from 'node:child_process'
import path from 'node:path'

const root = path.join(__dirname, '..', '..')

export interface AppProcess {
  url: string
  process: ChildProcess
  get: (p: string) => Promise<any>
  post: (p: string, body?: unknown) => Promise<any>
  kill: (signal?: NodeJS.Signals) => Promise<void>
}

/** Deploys the model with its seed data to a SQLite file, as `npm start` does. */
export function deployTo(file: string): void {
  execFileSync(path.join(root, 'node_modules/.bin/cds'), ['deploy', '--to', `sqlite:${file}`], {
    cwd: root,
    env: { ...process.env, CDS_ENV: 'test' },
    stdio: 'ignore'
  })
}

/**
 * Runs the app as its own server process (so it can crash and restart), with the given configuration; without
 * OpenTelemetry unless `env` turns it on (the console exporter would print every span into tests and benchmarks).
 */
export async function startApp(
  port: number,
  config: Record<string, unknown>,
  env: Record<string, string> = {},
  nodeArgs: string[] = []
): Promise<AppProcess> {
  // one process (no tsx launcher in between), so that a kill reaches the server itself
  const child = spawn(
    process.execPath,
    [...nodeArgs, '--import', 'tsx', path.join(root, 'node_modules/@sap/cds-dk/bin/cds.js'), 'serve', 'all', '--port', String(port)],
    {
      cwd: root,
      env: { ...process.env, CDS_ENV: 'test', CDS_TYPESCRIPT: 'true', NO_TELEMETRY: 'true', CDS_CONFIG: JSON.stringify(config), ...env },
      stdio: ['pipe', 'pipe', 'pipe']
    }
  )
  let output = ''
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`app did not start: ${output}`)), 60000)
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString()
      if (process.env.APP_STDOUT) process.stdout.write(chunk)
      if (output.includes('server listening')) {
        clearTimeout(timer)
        resolve()
      }
    })
    child.stderr!.on('data', (chunk: Buffer) => {
      output += chunk.toString()
      if (process.env.APP_STDERR) process.stderr.write(chunk)
    })
    child.on('exit', code => {
      clearTimeout(timer)
      reject(new Error(`app exited with ${code}: ${output.slice(-3000)}`))
    })
  })
  const url = `http://localhost:${port}`
  const auth = { authorization: 'Basic ' + Buffer.from('alice:').toString('base64'), 'content-type': 'application/json' }
  return {
    url,
    process: child,
    get: async p => await (await fetch(url + p, { headers: auth })).json(),
    post: async (p, body) => await (await fetch(url + p, { method: 'POST', headers: auth, body: JSON.stringify(body ?? {}) })).json(),
    kill: async (signal = 'SIGKILL') => {
      if (child.exitCode !== null) return
      const exited = new Promise(resolve => child.once('exit', resolve))
      child.kill(signal)
      await exited
    }
  }
}

/** Polls until the check returns a truthy value. */
export async function eventually<T>(check: () => Promise<T>, timeoutMs = 60000, what = 'condition'): Promise<T> {
  const until = Date.now() + timeoutMs
  let last: unknown
  while (Date.now() < until) {
    try {
      const value = await check()
      if (value) return value
    } catch (e) {
      last = e
    }
    await new Promise(resolve => setTimeout(resolve, 200))
  }
  throw new Error(`timed out waiting for ${what}${last ? `: ${String(last)}` : ''}`)
}
