import net from 'node:net'
import { execFileSync } from 'node:child_process'

/** Whether a TCP service answers on this machine. */
export async function reachable (port: number, host = '127.0.0.1'): Promise<boolean> {
  return await new Promise(resolve => {
    const socket = net.connect({ port, host })
    socket.setTimeout(1000)
    socket.once('connect', () => { socket.destroy(); resolve(true) })
    socket.once('error', () => resolve(false))
    socket.once('timeout', () => { socket.destroy(); resolve(false) })
  })
}

/**
 * Skips a suite whose service is missing, with a printed notice, on a developer's machine; in CI (CI=true) a missing
 * service fails the suite instead, since .ci/run starts it.
 */
export async function requireService (ctx: Mocha.Context, name: string, port: number): Promise<void> {
  if (await reachable(port)) return
  if (process.env.CI) throw new Error(`${name} is not reachable on 127.0.0.1:${port}, and CI must run this suite`)
  console.log(`\n  NOTICE: ${name} is not reachable on 127.0.0.1:${port}: skipping "${ctx.test?.parent?.title}"\n`)
  ctx.skip()
}

/** Stops and starts this machine's Redis server the way .ci/run starts it. */
export function restartRedis (): { stop: () => void, start: () => void } {
  return {
    stop: () => { execFileSync('redis-cli', ['-h', '127.0.0.1', '-p', '6379', 'shutdown', 'nosave']) },
    start: () => {
      execFileSync('redis-server', ['--daemonize', 'yes', '--bind', '127.0.0.1', '-::1', '--port', '6379', '--save', '', '--appendonly', 'no', '--dir', '/var/lib/redis', '--logfile', '/var/log/redis/ci.log'])
    }
  }
}
