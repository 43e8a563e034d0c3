/**
 * The local sandbox launchpad (app/launchpad, development and tests): its `sap-ushell-config` lists one tile per
 * inbound of every app's manifest (`sap.app.crossNavigation.inbounds`), the same inbounds that SAP Build Work Zone or
 * the S/4HANA launchpad reads in production. Titles are resolved from each app's i18n file.
 */
import fs from 'node:fs'
import path from 'node:path'

interface Inbound {
  semanticObject: string
  action: string
  title?: string
  subTitle?: string
  icon?: string
}

const texts = (file: string): Record<string, string> =>
  Object.fromEntries(
    fs.existsSync(file)
      ? fs
          .readFileSync(file, 'utf8')
          .split(/\r?\n/)
          .filter(l => /^[^#!].*=/.test(l))
          .map(l => [l.slice(0, l.indexOf('=')).trim(), l.slice(l.indexOf('=') + 1).trim()])
      : []
  )

/** the ushell sandbox configuration for the apps under `appFolder`, each served at its `cds-plugin-ui5` mount path */
export function launchpadConfig(appFolder: string): object {
  const applications: Record<string, object> = {}
  for (const dir of fs.readdirSync(appFolder).sort()) {
    const manifestFile = path.join(appFolder, dir, 'webapp', 'manifest.json')
    if (!fs.existsSync(manifestFile)) continue
    const app = JSON.parse(fs.readFileSync(manifestFile, 'utf8'))['sap.app']
    const i18n = texts(path.join(appFolder, dir, 'webapp', app.i18n ?? 'i18n/i18n.properties'))
    const text = (s?: string): string | undefined => s?.replace(/\{\{(\w+)\}\}/g, (_, k: string) => i18n[k] ?? k)
    const yaml = fs.readFileSync(path.join(appFolder, dir, 'ui5.yaml'), 'utf8')
    const url = /mountPath:\s*(\S+)/.exec(yaml)?.[1] ?? `/${app.id as string}`
    for (const [intent, inbound] of Object.entries<Inbound>(app.crossNavigation?.inbounds ?? {})) {
      applications[intent] = {
        title: text(inbound.title ?? app.title),
        description: text(inbound.subTitle ?? app.subTitle),
        icon: inbound.icon,
        additionalInformation: `SAPUI5.Component=${app.id as string}`,
        applicationType: 'URL',
        url
      }
    }
  }
  return {
    defaultRenderer: 'fiori2',
    renderers: { fiori2: { componentData: { config: { enableSearch: false, rootIntent: 'Shell-home' } } } },
    applications
  }
}
