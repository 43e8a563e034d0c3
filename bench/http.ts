import { spawn } from 'node:child_process'
import path from 'node:path'

/**
 * Requests to the served app as alice (all roles in the test profile): JSON in and out, an error naming the request for
 * a status of 400 or more. A kept-alive connection the server closed as the request went out (its timer ran late while
 * SQLite held the event loop in a long step) fails with ECONNRESET: a read is then sent once more on a new connection.
 */
export function appClient(url: string): (method: string, p: string, body?: unknown) => Promise<any> {
  const auth = `Basic ${Buffer.from('alice:').toString('base64')}`
  return async (method, p, body) => {
    const send = async (): Promise<Response> =>
      await fetch(url + p, {
        method,
        headers: { authorization: auth, 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body)
      })
    const res = await send().catch(async e => {
      if (method !== 'GET' || e?.cause?.code !== 'ECONNRESET') throw e
      return await send()
    })
    const text = await res.text()
    if (res.status >= 400) throw new Error(`${method} ${p}: ${res.status} ${text}`)
    return text ? JSON.parse(text) : undefined
  }
}

/**
 * The app served in a process of its own on an in-memory database with the test profile's demo data and factor
 * library (`cds-tsx serve all --in-memory`), once it listens; `stop` ends it.
 */
export async function serveInMemory(port: number): Promise<{ url: string; stop: () => void }> {
  const root = path.join(__dirname, '..')
  const server = spawn(path.join(root, 'node_modules/.bin/cds-tsx'), ['serve', 'all', '--in-memory', '--port', String(port)], {
    cwd: root,
    env: { ...process.env, NODE_ENV: 'test', NO_TELEMETRY: 'true' }
  })
  await new Promise<void>((resolve, reject) => {
    server.stdout.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('server listening')) resolve()
    })
    server.on('exit', code => reject(new Error(`server exited with ${code}`)))
  })
  return { url: `http://localhost:${port}`, stop: () => server.kill() }
}
