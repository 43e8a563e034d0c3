import { spawn, type ChildProcess } from 'node:child_process'
import path from 'node:path'

export interface MockS4 {
  url: string
  port: number
  process: ChildProcess
  stop: () => Promise<void>
  post: (path: string, body?: unknown) => Promise<any>
  remove: (entity: string, where: unknown) => Promise<any>
  get: (path: string) => Promise<any>
}

/** Starts the mock S/4HANA as its own process (as in production, S/4HANA is another system) and waits until it serves. */
export async function startMockS4(options: {
  port: number
  messaging?: string
  purchaseOrders?: number
  itemsPerOrder?: number
  env?: Record<string, string>
  nodeArgs?: string[]
}): Promise<MockS4> {
  const root = path.join(__dirname, '..', '..')
  const child = spawn(
    process.execPath,
    [
      ...(options.nodeArgs ?? []),
      '--import',
      'tsx',
      path.join(root, 'srv/external/mock/s4-mock.ts'),
      '--port',
      String(options.port),
      '--messaging',
      options.messaging ?? 'none',
      '--purchase-orders',
      String(options.purchaseOrders ?? 40),
      ...(options.itemsPerOrder ? ['--items-per-order', String(options.itemsPerOrder)] : [])
    ],
    { cwd: root, env: { ...process.env, CDS_ENV: 'test', NO_TELEMETRY: 'true', ...options.env }, stdio: ['ignore', 'pipe', 'pipe'] }
  )
  let output = ''
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`mock S/4HANA did not start: ${output}`)), 30000)
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString()
      if (output.includes('mock S/4HANA on')) {
        clearTimeout(timer)
        resolve()
      }
    })
    child.stderr!.on('data', (chunk: Buffer) => {
      output += chunk.toString()
    })
    child.on('exit', code => {
      clearTimeout(timer)
      reject(new Error(`mock S/4HANA exited with ${code}: ${output}`))
    })
  })
  const url = `http://localhost:${options.port}`
  const call = async (method: string, p: string, body?: unknown): Promise<any> => {
    const res = await fetch(url + p, {
      method,
      headers: { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(60000)
    })
    return await res.json()
  }
  return {
    url,
    port: options.port,
    process: child,
    post: async (p, body) => await call('POST', p, body ?? {}),
    remove: async (entity, where) => await call('DELETE', `/mock/documents/${entity}`, where),
    get: async p => await call('GET', p),
    stop: async () => {
      child.kill()
      await new Promise(resolve => child.once('exit', resolve))
    }
  }
}
