import { Decimal } from '../common/decimal'
import { ELECTRICITY_PATHS, WTT_FUELS } from '../factors/activity-templates'

/**
 * Fuel- and energy-related activities (Scope 3 category 3) derived from purchasing: a purchase order item of a material
 * group that is energy the company burns (fuels: Scope 1) or consumes (electricity: Scope 2) has no Scope 3 figure of
 * its own (category 1 leaves fuels and energy out); its upstream is derived as category 3 lines with DESNZ's factors,
 * as an upload of energy makes them: the well-to-tank of a fuel, and for electricity the well-to-tank of generation,
 * the transmission and distribution losses and the well-to-tank of the losses. Pure: the caller reads items and master
 * data. docs/methodology.md, "Fuel- and energy-related activities".
 */

/** the document type of derived energy lines (the seeded rule PO-ENERGY attributes them to category 3) */
export const ENERGY_LINE = 'PO-ENERGY'
/** the energy types a material group can be: the DESNZ fuels of the well-to-tank table, and electricity */
export const ENERGY_TYPES: readonly string[] = ['electricity', ...Object.keys(WTT_FUELS)]

/** A purchase order item of an energy material group, as the derivation needs it. */
export interface EnergyItem {
  documentItem: string
  energyType: string
  quantity?: string | null
  /** the item's unit (UN/CEFACT code) and what it measures (`energy`, `volume`, `mass`, ...) */
  unit?: string | null
  dimension?: string | null
  /** the country of the receiving plant: DESNZ's electricity factors are the UK's */
  plantCountry?: string | null
}

/** One derived category 3 line. */
export interface EnergyLine {
  /** `<item>/E<n>` */
  documentItem: string
  description: string
  derivation: string
  /** the DESNZ factor's path in the dataset, and the unit of the factor to take */
  factorPath: string
  factorUnit: string
  quantity: string
  unit: string
}

export interface EnergyUpstream {
  /** the scope the item itself is reported in; none where nothing could be derived (the item stays in Scope 3) */
  scope?: 1 | 2
  lines: EnergyLine[]
  /** why nothing was derived */
  problem?: string
}

/**
 * the unit of the DESNZ factor a fuel's quantity is taken in (the engine converts the item's unit to it): kWh (gross
 * calorific value, as bills state), litres for the liquid fuels and LPG, cubic metres for natural gas, tonnes
 */
const FUEL_FACTOR_UNIT: Record<string, (fuel: string) => string> = {
  energy: () => 'KWH',
  volume: fuel => (fuel === 'natural-gas' ? 'MTQ' : 'LTR'),
  mass: () => 'TNE'
}

export function energyUpstream(item: EnergyItem): EnergyUpstream {
  const { energyType, quantity, unit, dimension } = item
  if (!ENERGY_TYPES.includes(energyType)) return { lines: [], problem: `${energyType} is no energy type (${ENERGY_TYPES.join(', ')})` }
  if (!quantity || !unit || new Decimal(quantity).isZero())
    return { lines: [], problem: 'the item has no quantity: its upstream cannot be derived, and it stays a line of category 1' }
  const line = (n: number, text: string, factorPath: string, factorUnit: string, why: string): EnergyLine => ({
    documentItem: `${item.documentItem}/E${n}`,
    description: text.slice(0, 200),
    derivation: why,
    factorPath,
    factorUnit,
    quantity: new Decimal(quantity).toString(),
    unit
  })
  if (energyType === 'electricity') {
    if (dimension !== 'energy')
      return { lines: [], problem: `electricity is bought in kWh or MWh, not ${unit}: it stays a line of category 1` }
    const country = (item.plantCountry ?? '').toUpperCase() || 'GB'
    const proxy =
      country === 'GB'
        ? ''
        : `; assumption: DESNZ has upstream and grid-loss factors for UK electricity only: they apply to ${country} as a proxy`
    return {
      scope: 2,
      lines: ELECTRICITY_PATHS.map(({ path, what }, i) =>
        line(
          i + 1,
          `Electricity ${quantity} ${unit} (${country}): ${what}`,
          path,
          'KWH',
          `purchased electricity is Scope 2; its ${what} is category 3: ${quantity} ${unit} in ${country}${proxy}`
        )
      )
    }
  }
  const factorUnit = dimension ? FUEL_FACTOR_UNIT[dimension]?.(energyType) : undefined
  if (!factorUnit)
    return { lines: [], problem: `${energyType} is bought in units of energy, volume or mass, not ${unit}: it stays a line of category 1` }
  return {
    scope: 1,
    lines: [
      line(
        1,
        `Well-to-tank of ${quantity} ${unit} ${energyType}`,
        WTT_FUELS[energyType],
        factorUnit,
        `purchased ${energyType} is burnt by the company (Scope 1); its well-to-tank is category 3: ${quantity} ${unit}`
      )
    ]
  }
}
