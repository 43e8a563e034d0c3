import cds from '@sap/cds'
import { importFactorSet } from '#cds-models/FactorService'
import * as library from './factor-library'

export class FactorService extends cds.ApplicationService {
  async init (): Promise<void> {
    this.imports()
    this.autoImport()
    return super.init()
  }

  /** Admins (re)load a published dataset; an unknown set is the caller's error, not a crash. */
  imports (): void {
    this.on(importFactorSet, async req => {
      try {
        return await library.importFactorSet(req.data.setCode!)
      } catch (e) {
        if (e instanceof library.ImportError) return req.reject(e.status, e.message, e.target)
        throw e
      }
    })
  }

  /** Development and tests start with the factor library loaded; production imports on an admin's request. */
  autoImport (): void {
    if (cds.env.requires.factorLibrary?.autoImport) cds.once('served', () => library.importMissingFactorSets())
  }
}
