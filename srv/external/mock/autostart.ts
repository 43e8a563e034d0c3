import cds from '@sap/cds'
import { spawn } from 'node:child_process'
import path from 'node:path'
import { addLocalDestination } from '../../common/local-destinations'
import { settings } from '../../common/settings'

const LOG = cds.log('s4-mock')

/**
 * Development only (scope3.s4mock.autoStart): starts the mock S/4HANA as its own process, points the
 * `S4HANA` destination at it (unless one is configured) and lets it publish its documents' events, so a new
 * user sees emissions appear with no SAP system at hand: paced (scope3.s4mock.publishRate per second), as
 * documents would be posted, so the app stays responsive while the history arrives. The process ends with the app.
 */
export function autostartMock(): void {
  const { port, publishRate } = settings().s4mock
  addLocalDestination({ name: 'S4HANA', url: `http://localhost:${port}` })
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      path.join(__dirname, 's4-mock.ts'),
      '--port',
      String(port),
      '--messaging',
      cds.env.requires.messaging?.kind ?? 'file-based-messaging',
      '--publish',
      '--publish-rate',
      String(publishRate)
    ],
    { cwd: cds.root, stdio: ['ignore', 'inherit', 'inherit'] }
  )
  child.on('exit', code => {
    if (code) LOG.error(`mock S/4HANA exited with ${code}`)
  })
  process.on('exit', () => child.kill())
  for (const signal of ['SIGINT', 'SIGTERM'] as const)
    process.once(signal, () => {
      child.kill()
      process.exit(0)
    })
}
