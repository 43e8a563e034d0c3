import cds from '@sap/cds'

/** The application services this server serves over HTTP (not the remote S/4HANA APIs, not CAP's own). */
export function servedServices(): any[] {
  return Object.values(cds.services).filter(
    (s: any) => s instanceof cds.ApplicationService && (s as any).endpoints?.length > 0 && (s as any).definition?.['@path']
  ) as any[]
}

/** A service's own entities: not the drafts, draft administration or texts CAP adds. */
export const entitiesOf = (srv: any): any[] =>
  Object.values(srv.entities as Record<string, any>).filter(e => !/\.(drafts|texts)$|DraftAdministrativeData$/.test(e.name as string))

/** `Service.Entity` → `Entity`: the entity set's name in the service's URL */
export const localName = (srv: any, def: any): string => def.name.slice(srv.name.length + 1)
