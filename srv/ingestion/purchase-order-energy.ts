import { createHash } from 'node:crypto'
import { MaterialGroups, Plants } from '#cds-models/scope3'
import { energyUpstream, ENERGY_LINE } from '../lib/attribution/energy-upstream'
import { engineContext } from '../attribution/attribute-lines'
import { derivedLineHeader, desnzFactors, type ItemActivity, type TransportActivity } from './purchase-order-transport'

/** What the energy of a purchase order item derives: the scope the item is reported in, and its category 3 lines. */
export interface EnergyDerivation {
  /** 1 (fuels) or 2 (electricity); none for goods and services, and for energy whose upstream cannot be derived */
  scope?: 1 | 2
  lines: TransportActivity[]
  /** why energy stays a Scope 3 line (shown in the item's lineage) */
  problem?: string
}

/**
 * Reads what deriving the energy of these items needs (the energy type of their material groups, plant countries,
 * units, the DESNZ factors) and returns the derivation of one item (srv/lib/attribution/energy-upstream.ts), its
 * lines in the shape Activities stores them.
 */
export async function energyDeriver(items: ItemActivity[]): Promise<(item: ItemActivity) => EnergyDerivation> {
  const groups = [...new Set(items.map(i => i.materialGroup_code).filter(Boolean))] as string[]
  const energy = groups.length
    ? await SELECT.from(MaterialGroups)
        .columns('code', 'energyType')
        .where({ code: { in: groups }, energyType: { '!=': null } })
    : []
  if (!energy.length) return () => ({ lines: [] })
  const energyOf = new Map(energy.map(g => [g.code!, g.energyType!]))
  const plants = [...new Set(items.map(i => i.plant_code).filter(Boolean))] as string[]
  const [plantRows, factors, { units }] = await Promise.all([
    plants.length
      ? SELECT.from(Plants)
          .columns('code', 'country_code')
          .where({ code: { in: plants } })
      : [],
    desnzFactors(),
    engineContext()
  ])
  const plantCountry = new Map(plantRows.map(p => [p.code!, p.country_code]))
  return item => {
    const energyType = item.materialGroup_code ? energyOf.get(item.materialGroup_code) : undefined
    if (!energyType || item.status_code === 'cancelled') return { lines: [] }
    const unit = units.find(item.unit_code ?? '')
    const derived = energyUpstream({
      documentItem: item.documentItem,
      energyType,
      quantity: item.quantity,
      unit: unit?.code ?? item.unit_code,
      dimension: unit?.dimension,
      plantCountry: item.plant_code ? plantCountry.get(item.plant_code) : null
    })
    return {
      scope: derived.scope,
      problem: derived.problem && `${energyType}: ${derived.problem}`,
      lines: derived.lines.map(line => {
        const factor = factors.find(line.factorPath, line.factorUnit)
        const row = {
          ...derivedLineHeader(item, ENERGY_LINE, line.documentItem),
          // no supplier, material or group: the rules of purchased goods must not take an energy line
          plant_code: item.plant_code,
          description: line.description,
          quantity: line.quantity,
          unit_code: line.unit,
          // the DESNZ factor the derivation chose, which the seeded rule PO-ENERGY reads
          activityCode: factor?.code ?? null,
          status_code: item.status_code,
          derivedFrom_ID: item.ID,
          derivation: line.derivation.slice(0, 500)
        }
        return { values: { ...row, payloadHash: createHash('sha256').update(JSON.stringify(row)).digest('hex') } }
      })
    }
  }
}

/**
 * An item as its energy derivation leaves it: reported in Scope 1 or 2, or a Scope 3 line with the reason energy could
 * not be taken out (its derivation, which the lineage shows). The payload hash says so, so that a change of the
 * group's energy type rewrites the item.
 */
export function inScope<T extends { payloadHash?: string | null }>(
  item: T,
  { scope, problem }: Pick<EnergyDerivation, 'scope' | 'problem'>
): T & { ghgScope: 1 | 2 | null; derivation: string | null } {
  if (!scope && !problem) return { ...item, ghgScope: null, derivation: null }
  const payloadHash = createHash('sha256')
    .update(`${item.payloadHash ?? ''} scope ${scope ?? 3} ${problem ?? ''}`)
    .digest('hex')
  return { ...item, ghgScope: scope ?? null, payloadHash, derivation: problem?.slice(0, 500) ?? null }
}
