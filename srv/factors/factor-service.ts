import cds from '@sap/cds'
import { importFactorSet, factorSetsImported } from '#cds-models/FactorService'
import * as library from './factor-library'
import { settings } from '../common/settings'

export class FactorService extends cds.ApplicationService {
  async init(): Promise<void> {
    this.imports()
    this.autoImport()
    return super.init()
  }

  /** Admins (re)load a published dataset; an unknown set is the caller's error, not a crash. */
  imports(): void {
    this.on(importFactorSet, async req => {
      try {
        const report = await library.importFactorSet(req.data.setCode!)
        if (!report.unchanged) await this.emit(factorSetsImported, { sets: [report.setCode] })
        return report
      } catch (e) {
        if (e instanceof library.ImportError) return req.reject(e.status, e.message, e.target)
        throw e
      }
    })
  }

  /** Development and tests start with the factor library loaded; production imports on an admin's request. */
  autoImport(): void {
    if (!settings().factorLibrary.autoImport) return
    cds.once('served', async () => {
      const reports = await library.importMissingFactorSets()
      // start-up has no user: announce as the system itself
      // (another instance may have loaded them meanwhile: then nothing changed here)
      const loaded = reports.filter(r => !r.unchanged)
      if (loaded.length)
        await this.tx({ user: cds.User.privileged }, tx => tx.emit(factorSetsImported, { sets: loaded.map(r => r.setCode) }))
    })
  }
}
