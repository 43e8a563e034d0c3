/**
 * The local sandbox launchpad (app/launchpad, development and tests), per user: its `sap-ushell-config` has one tile
 * per inbound of every app's manifest (`sap.app.crossNavigation.inbounds`, the same inbounds that SAP Build Work Zone
 * or the S/4HANA launchpad reads in production) that the user's roles open, and no tile for the others.
 *
 * Which roles open an app comes from the role model the services enforce (srv/access-control.cds): the roles that may
 * read the app's main entity set, i.e. its service's `@requires` narrowed by the entity's `@restrict` READ grants.
 * An app the user may not open still resolves, to a page that names the role it needs (app/launchpad/webapp/denied)
 * rather than the launchpad's "Could not open app". An inbound with an `indicatorDataSource` (the app's tile
 * function, e.g. `scope3YearToDateTile()`) gets a tile with its figure (app/launchpad/webapp/tiles/figure); the user
 * menu shows the user's name and roles. Titles are resolved from each app's i18n file.
 */
import fs from 'node:fs'
import path from 'node:path'

interface Inbound {
  semanticObject: string
  action: string
  title?: string
  subTitle?: string
  icon?: string
  indicatorDataSource?: { dataSource: string; path: string; refresh?: number }
}

/** one inbound of an app as the launchpad shows it */
export interface LaunchpadApp {
  intent: string
  title: string
  description?: string
  icon?: string
  component: string
  /** where the app is served (its `cds-plugin-ui5` mount path) */
  url: string
  /** the service path of its main data source, e.g. `/odata/v4/analytics` */
  servicePath?: string
  /** its main entity set, e.g. `EmissionLines` */
  entitySet?: string
  /** the URL of its tile function, where the inbound has one */
  indicatorUrl?: string
  refresh?: number
}

/** what the launchpad needs of the signed-in user (a `cds.User`) */
export interface LaunchpadUser {
  id: string
  attr?: Record<string, unknown>
  is(role: string): boolean
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

/** every inbound of the apps under `appFolder`, each served at its `cds-plugin-ui5` mount path, in folder order */
export function launchpadApps(appFolder: string): LaunchpadApp[] {
  const apps: LaunchpadApp[] = []
  for (const dir of fs.readdirSync(appFolder).sort()) {
    const manifestFile = path.join(appFolder, dir, 'webapp', 'manifest.json')
    if (!fs.existsSync(manifestFile)) continue
    const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8'))
    const app = manifest['sap.app']
    const i18n = texts(path.join(appFolder, dir, 'webapp', app.i18n ?? 'i18n/i18n.properties'))
    const text = (s?: string): string | undefined => s?.replace(/\{\{(\w+)\}\}/g, (_, k: string) => i18n[k] ?? k)
    const yaml = fs.readFileSync(path.join(appFolder, dir, 'ui5.yaml'), 'utf8')
    const url = /mountPath:\s*(\S+)/.exec(yaml)?.[1] ?? `/${app.id as string}`
    const main = app.dataSources?.mainService?.uri as string | undefined
    const servicePath = main === undefined ? undefined : `/${main.replace(/^\/+|\/+$/g, '')}`
    const target = Object.values<any>(manifest['sap.ui5']?.routing?.targets ?? {})[0]?.options?.settings
    const entitySet = ((target?.contextPath ?? target?.entitySet) as string | undefined)?.replace(/^\//, '')
    for (const [intent, inbound] of Object.entries<Inbound>(app.crossNavigation?.inbounds ?? {})) {
      const indicator = inbound.indicatorDataSource
      const source = indicator && app.dataSources?.[indicator.dataSource]?.uri
      apps.push({
        intent,
        title: text(inbound.title ?? app.title) ?? intent,
        description: text(inbound.subTitle ?? app.subTitle),
        icon: inbound.icon,
        component: app.id,
        url,
        servicePath,
        entitySet,
        indicatorUrl: indicator && source ? `/${(source as string).replace(/^\/+|\/+$/g, '')}/${indicator.path}` : undefined,
        refresh: indicator?.refresh
      })
    }
  }
  return apps
}

const list = (value: unknown): string[] => (value == null ? [] : [value].flat().map(String))

/**
 * The roles that may read an entity set of a service (definitions of the compiled model): the service's `@requires`,
 * narrowed by the entity's `@restrict` grants of READ. `undefined`: any signed-in user.
 */
export function readersOf(service: any, entity: any): string[] | undefined {
  const required = list(service?.['@requires'])
  const grants = (entity?.['@restrict'] ?? []) as { grant?: unknown; to?: unknown }[]
  const reading = grants.filter(g => list(g.grant ?? '*').some(op => op === 'READ' || op === '*'))
  const narrowed = grants.length === 0 || reading.some(g => g.to == null) ? undefined : [...new Set(reading.flatMap(g => list(g.to)))]
  const open = (roles: string[]): boolean => roles.length === 0 || roles.includes('authenticated-user') || roles.includes('any')
  if (open(required)) return narrowed
  if (narrowed === undefined || open(narrowed)) return required
  return required.filter(r => narrowed.includes(r))
}

/** the roles that open an app: those that may read its main entity set in the model; `undefined`: any user */
export function rolesOpening(app: LaunchpadApp, model: any): string[] | undefined {
  const service = Object.values<any>(model?.definitions ?? {}).find(d => d.kind === 'service' && d['@path'] === app.servicePath)
  if (!service) return undefined
  return readersOf(service, model.definitions[`${service.name as string}.${app.entitySet ?? ''}`])
}

/** the roles of `known` that the user has */
export const rolesOf = (user: LaunchpadUser, known: string[]): string[] => known.filter(r => user.is(r))

const TILE_GROUP = 'scope3_apps'
const NO_ROLE_TILE = 'No apps for you yet'
const NO_ROLE_INTENT = 'Scope3Emissions-requestRole'

/** an intent the user may not open: it resolves to the page that names the roles it needs */
function deniedApplication(title: string, roles: string[], user: LaunchpadUser): object {
  const query = new URLSearchParams({ app: title, roles: roles.join(','), user: user.id })
  return {
    title,
    additionalInformation: 'SAPUI5.Component=scope3.launchpad.denied',
    applicationType: 'URL',
    url: `/launchpad/denied?${query.toString()}`
  }
}

/** what every user's launchpad is made of: the apps with the roles that open each, and the roles worth naming */
export interface Launchpad {
  apps: Array<LaunchpadApp & { roles: string[] | undefined }>
  /** the roles the user menu names (`rolesOfModel`) */
  knownRoles: string[]
  /**
   * S/4HANA's own Fiori launchpad (`scope3.s4Launchpad.url`), where `PurchaseOrder-manage` opens the order: in the
   * sandbox that intent resolves to it (in a new window); without it the apps hide their links to S/4HANA, as any
   * launchpad without the intent makes Fiori elements do
   */
  s4Launchpad?: string
}

/** The launchpad of the apps under `appFolder` for a model: read once per server, the same for every user. */
export function launchpadOf(appFolder: string, model: any, s4Launchpad?: string | null): Launchpad {
  return {
    apps: launchpadApps(appFolder).map(app => ({ ...app, roles: rolesOpening(app, model) })),
    knownRoles: rolesOfModel(model),
    ...(s4Launchpad ? { s4Launchpad } : {})
  }
}

/** S/4HANA's app that manages purchase orders, the target of the apps' "Open in S/4HANA" */
export const S4_PURCHASE_ORDER_INTENT = 'PurchaseOrder-manage'

/**
 * Where "Open in S/4HANA" leads: S/4HANA's launchpad at the intent with the purchase order's number in its hash
 * (`…/flp#PurchaseOrder-manage?PurchaseOrder=4500000101`); the other parameters the sandbox passes (the object's
 * fields, its app state) mean nothing there. Undefined for a number that is not one.
 */
export function openInS4(s4Launchpad: string, purchaseOrder: unknown): string | undefined {
  if (typeof purchaseOrder !== 'string' || !/^\d{1,10}$/.test(purchaseOrder)) return undefined
  return `${s4Launchpad}#${S4_PURCHASE_ORDER_INTENT}?PurchaseOrder=${purchaseOrder}`
}

/**
 * The ushell sandbox configuration for one user: tiles of the apps their roles open, every intent resolvable, the
 * user's name and roles.
 */
export function launchpadConfig({ apps, knownRoles, s4Launchpad }: Launchpad, user: LaunchpadUser): object {
  const applications: Record<string, object> = {}
  if (s4Launchpad) {
    // opened in a new window; the launchpad appends the intent's parameters to the URL as a query, which the server
    // turns into S/4HANA's hash (openInS4)
    applications[S4_PURCHASE_ORDER_INTENT] = {
      title: 'Manage Purchase Orders (S/4HANA)',
      applicationType: 'URL',
      url: `/launchpad/s4/${S4_PURCHASE_ORDER_INTENT}`
    }
  }
  const tiles: object[] = []
  for (const [i, app] of apps.entries()) {
    const opens = app.roles === undefined || app.roles.some(r => user.is(r))
    if (!opens) {
      applications[app.intent] = deniedApplication(app.title, app.roles ?? [], user)
      continue
    }
    applications[app.intent] = {
      title: app.title,
      description: app.description,
      icon: app.icon,
      additionalInformation: `SAPUI5.Component=${app.component}`,
      applicationType: 'URL',
      url: app.url
    }
    const properties = { title: app.title, subtitle: app.description, icon: app.icon, targetURL: `#${app.intent}` }
    tiles.push(
      app.indicatorUrl
        ? {
            id: `scope3_tile_${i}`,
            title: app.title,
            size: '1x1',
            namespace: 'scope3.launchpad.tiles.figure',
            path: '/launchpad/tiles/figure',
            moduleType: 'UIComponent',
            moduleName: 'scope3.launchpad.tiles.figure',
            properties: { ...properties, indicatorUrl: app.indicatorUrl, refresh: app.refresh ?? 300 }
          }
        : { id: `scope3_tile_${i}`, title: app.title, size: '1x1', tileType: 'sap.ushell.ui.tile.StaticTile', properties }
    )
  }
  if (tiles.length === 0) {
    // a user without any role of the application: one tile that says so, and which roles to ask for
    applications[NO_ROLE_INTENT] = { ...deniedApplication('Scope 3 Emissions', knownRoles, user), title: NO_ROLE_TILE }
    tiles.push({
      id: 'scope3_tile_no_role',
      title: NO_ROLE_TILE,
      size: '1x1',
      tileType: 'sap.ushell.ui.tile.StaticTile',
      properties: {
        title: NO_ROLE_TILE,
        subtitle: 'Your user has no role of this application',
        info: 'Ask your administrator',
        icon: 'sap-icon://locked',
        targetURL: `#${NO_ROLE_INTENT}`
      }
    })
  }
  const given = typeof user.attr?.givenName === 'string' ? user.attr.givenName : undefined
  const family = typeof user.attr?.familyName === 'string' ? user.attr.familyName : undefined
  const roles = rolesOf(user, knownRoles)
  return {
    defaultRenderer: 'fiori2',
    renderers: { fiori2: { componentData: { config: { enableSearch: false, rootIntent: 'Shell-home' } } } },
    services: {
      Container: {
        adapter: {
          config: {
            id: user.id,
            firstName: given ?? user.id,
            lastName: family ?? '',
            fullName: [given, family].filter(Boolean).join(' ') || user.id,
            email: typeof user.attr?.email === 'string' ? user.attr.email : ''
          }
        }
      },
      // resolved client-side as a launchpad does (the local resolver ignores an intent's action when Fiori elements
      // asks which links an object has, so a button to PurchaseOrder-manage would see every PurchaseOrder intent)
      ClientSideTargetResolution: { adapter: { config: { applications } } },
      NavTargetResolutionInternal: { config: { enableClientSideTargetResolution: true }, adapter: { config: { applications } } },
      LaunchPage: {
        adapter: {
          config: {
            groups: [
              {
                id: TILE_GROUP,
                title: 'Scope 3 Emissions',
                isPreset: true,
                isVisible: true,
                isGroupLocked: true,
                tiles
              }
            ]
          }
        }
      }
    },
    // read by app/launchpad/webapp/init.js for the user menu
    scope3: { user: { id: user.id, roles } }
  }
}

/** technical roles: no person has them, the user menu does not name them */
const TECHNICAL = new Set(['authenticated-user', 'any', 'internal-user', 'system-user', 'emcallback'])

/** the roles the model's services and entities name (`@requires`, `@restrict.to`), people's roles only, sorted */
export function rolesOfModel(model: any): string[] {
  const roles = new Set<string>()
  for (const d of Object.values<any>(model?.definitions ?? {})) {
    for (const r of list(d['@requires'])) roles.add(r)
    for (const g of (d['@restrict'] ?? []) as { to?: unknown }[]) for (const r of list(g.to)) roles.add(r)
  }
  return [...roles].filter(r => !TECHNICAL.has(r) && !r.startsWith('$')).sort()
}
