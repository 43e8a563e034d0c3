/** The CAP server with the local launchpad's configuration (not in production, where the launchpad is Work Zone's). */
import cds from '@sap/cds'
import path from 'node:path'
import { launchpadConfig } from './launchpad'

cds.on('bootstrap', (app: any) => {
  if (cds.env.profiles?.includes('production') === true) return
  // where the ushell sandbox (test-resources/sap/ushell/bootstrap/sandbox.js) reads its application configuration
  app.get('/appconfig/fioriSandboxConfig.json', (_req: any, res: any) => res.json(launchpadConfig(path.join(cds.root, cds.env.folders.app))))
})

export default cds.server
