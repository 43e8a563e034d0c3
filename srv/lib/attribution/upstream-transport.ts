import { Decimal } from '../common/decimal'
import { FREIGHT_MODES, MODE_CODES } from '../factors/activity-templates'
import { desnzAirRoute, freightFlightFactorPath, type AirRouteClass } from '../factors/flights'
import { type Assumption } from '../common/assumptions'

/**
 * Upstream transport of purchased goods (Scope 3 category 4), derived from purchase order items: where the incoterms
 * make the buyer pay the main carriage, or where the item's category 1 figure is cradle-to-gate (so no transport is
 * in it, whoever pays), the item's weight travels the legs of the transport lane from its supplier to its plant,
 * distance-based per leg with the DESNZ factor of the leg's mode. Without a lane or a weight the transport is
 * estimated from spend instead (a share of the item's value at the EPA factor of the mode's industry) and the gap
 * becomes a data-quality finding. Pure: the caller reads items, lanes and master data. docs/methodology.md,
 * "Purchased goods by spend and transport counted once".
 */

/**
 * Incoterms 2020 under which the buyer contracts and pays the main carriage: the E and F terms. Under the C and D
 * terms (CFR, CIF, CPT, CIP, DAP, DPU, DDP) the seller pays it: the transport is in the price of the goods, and so
 * in a spend figure at purchaser price (category 1); a cradle-to-gate figure has no transport in it, and the
 * transport is derived all the same.
 */
export const BUYER_PAID_INCOTERMS: readonly string[] = ['EXW', 'FCA', 'FAS', 'FOB']
/** the seller pays the main carriage */
export const SELLER_PAID_INCOTERMS: readonly string[] = ['CFR', 'CIF', 'CPT', 'CIP', 'DAP', 'DPU', 'DDP', 'DAT', 'DDU', 'DES', 'DEQ', 'DAF']

/** the document types of derived transport lines (the seeded rules PO-FREIGHT and PO-FREIGHT-SPEND match them) */
export const DISTANCE_LINE = 'PO-FREIGHT'
export const SPEND_LINE = 'PO-FREIGHT-SPEND'

/**
 * What a purchase order item's own transport line means for its category 1 figure ("transport counted once",
 * srv/lib/attribution/attribution.ts): distance-based legs, or a spend estimate of `amount` to move out of the item's
 * spend; undefined for any other line.
 */
export function separateTransportOf(line: {
  documentType?: string | null
  amount?: string | number | null
}): { lines: 'distance' | 'spend'; amount?: string | null } | undefined {
  if (line.documentType === SPEND_LINE) return { lines: 'spend', amount: line.amount == null ? null : String(line.amount) }
  if (line.documentType === DISTANCE_LINE) return { lines: 'distance' }
  return undefined
}

/** mode → the EPA v1.3 industry (NAICS-6) whose spend factor prices a transport of that mode */
export const SPEND_INDUSTRY: Record<string, string> = {
  road: '484121',
  'road-refrigerated': '484230',
  rail: '482111',
  'sea-container': '483111',
  'sea-bulk': '483111',
  'sea-general': '483111',
  air: '481112'
}
/** where the mode is unknown (no lane): general freight trucking, long-distance */
export const DEFAULT_SPEND_INDUSTRY = '484121'

export interface LaneLeg {
  sequence: number
  mode: string
  distanceKm: string
}
export interface Lane {
  ID: string
  name: string
  supplier?: string | null
  supplierCountry?: string | null
  plant: string
  validFrom?: string | null
  validTo?: string | null
  legs: LaneLeg[]
}

/** A purchase order item as the derivation needs it. */
export interface PurchasedItem {
  documentNumber: string
  documentItem: string
  postingDate: string
  incoterms?: string | null
  supplier?: string | null
  supplierCountry?: string | null
  plant?: string | null
  plantCountry?: string | null
  /** the net weight S/4HANA gives for the item, kg */
  netWeightKg?: string | null
  /** the material master's net weight per unit × quantity, where the item is in the material's base unit */
  materialWeightKg?: string | null
  /** the quantity itself, where it is a mass, in kg */
  quantityKg?: string | null
  /** the quantity is a time (days, hours): a service, nothing is shipped */
  isService?: boolean
  amount?: string | null
  currency?: string | null
  /**
   * the item's category 1 figure is cradle-to-gate (a supplier footprint, a material factor per unit): the transport
   * to the plant is not in it, so it is derived whoever pays for it
   */
  cradleToGate?: boolean
}

/** One derived activity line: a leg of the lane distance-based, or the whole transport from spend. */
export interface TransportLine {
  documentType: typeof DISTANCE_LINE | typeof SPEND_LINE
  /** `<item>/<leg>` */
  documentItem: string
  description: string
  derivation: string
  /** what the derivation assumed (shown with the line's figure) */
  assumptions?: Assumption[]
  transportMode?: string
  transportMass?: string
  distance?: string
  /** distance lines: the DESNZ factor's path in the dataset; spend lines: the EPA industry */
  factorPath?: string
  naicsCode?: string
  amount?: string
  currency?: string
}

export interface TransportFinding {
  findingType: 'missingLane' | 'missingWeight'
  severity: 'medium'
  message: string
  proposal: string
}

export interface Derivation {
  /** no lines: the seller pays the carriage, or nothing is shipped */
  lines: TransportLine[]
  finding?: TransportFinding
  /** why there are lines or none, for the lineage */
  reason: string
}

export interface DerivationOptions {
  /** the share of an item's value the spend-based fallback takes as its transport cost, e.g. '0.05' */
  freightCostShare: string
}

/** The lane of an item: the supplier's own, else its country's, valid on the item's date, to the item's plant. */
export function laneFor(item: PurchasedItem, lanes: Lane[]): Lane | undefined {
  const valid = lanes.filter(
    l =>
      l.plant === item.plant &&
      l.legs.length > 0 &&
      (!l.validFrom || l.validFrom <= item.postingDate) &&
      (!l.validTo || item.postingDate <= l.validTo)
  )
  const byId = (a: Lane, b: Lane): number => (a.ID < b.ID ? -1 : a.ID > b.ID ? 1 : 0)
  return (
    valid.filter(l => l.supplier && l.supplier === item.supplier).sort(byId)[0] ??
    valid.filter(l => !l.supplier && l.supplierCountry && l.supplierCountry === item.supplierCountry).sort(byId)[0]
  )
}

/** The weight that travels, and where it comes from: the item's net weight, else the material's, else a mass quantity. */
export function weightOf(item: PurchasedItem): { kg: Decimal; source: string } | undefined {
  const positive = (v?: string | null): Decimal | undefined =>
    v != null && v !== '' && new Decimal(v).greaterThan(0) ? new Decimal(v) : undefined
  const net = positive(item.netWeightKg)
  if (net) return { kg: net, source: 'net weight of the purchase order item' }
  const material = positive(item.materialWeightKg)
  if (material) return { kg: material, source: 'material master net weight × quantity' }
  const quantity = positive(item.quantityKg)
  if (quantity) return { kg: quantity, source: 'ordered mass' }
  return undefined
}

/**
 * An air leg's DESNZ route class. The lane knows the leg's distance but not its airports: the ends are taken as the
 * supplier's country and the plant's (srv/lib/factors/flights.ts: one end in the UK, both, or neither).
 */
export const airRoute = (item: PurchasedItem, km: Decimal): AirRouteClass => desnzAirRoute(item.supplierCountry, item.plantCountry, km)

/** The upstream transport lines of one purchase order item, or why it has none. */
export function upstreamTransport(item: PurchasedItem, lanes: Lane[], options: DerivationOptions): Derivation {
  const incoterms = (item.incoterms ?? '').trim().toUpperCase()
  const ref = `${item.documentNumber}/${item.documentItem}`
  const buyerPays = BUYER_PAID_INCOTERMS.includes(incoterms)
  if (!buyerPays && item.cradleToGate !== true) {
    return {
      lines: [],
      reason: incoterms
        ? `incoterms ${incoterms}: the supplier pays the main carriage`
        : 'no incoterms: no transport paid by the buyer is known'
    }
  }
  // the GHG Protocol assigns inbound transport to category 4 by the leg, not by who pays: a spend figure at purchaser
  // price holds the seller-paid carriage already, a cradle-to-gate figure does not
  const why = buyerPays
    ? `incoterms ${incoterms} (buyer pays the main carriage)`
    : `${incoterms ? `incoterms ${incoterms}` : 'no incoterms'}, but the item's figure is cradle-to-gate: its transport to the plant is category 4 whoever pays`
  if (item.isService === true) return { lines: [], reason: 'a service (quantity in time): nothing is shipped' }
  const lane = laneFor(item, lanes)
  const weight = weightOf(item)
  const from = item.supplier ? `supplier ${item.supplier}${item.supplierCountry ? ` (${item.supplierCountry})` : ''}` : 'the supplier'
  if (lane && weight) {
    const legs = [...lane.legs].sort((a, b) => a.sequence - b.sequence)
    const tonnes = weight.kg.div(1000)
    return {
      reason: buyerPays ? `incoterms ${incoterms}: the buyer pays the main carriage` : why,
      lines: legs.map((leg, i) => {
        const km = new Decimal(leg.distanceKm)
        const route = leg.mode === 'air' ? airRoute(item, km) : undefined
        const factorPath = route ? freightFlightFactorPath(route.route) : FREIGHT_MODES[leg.mode]
        return {
          documentType: DISTANCE_LINE,
          documentItem: `${item.documentItem}/${i + 1}`,
          description: `Transport of PO ${ref}, leg ${i + 1} of ${legs.length}: ${leg.mode}, ${km.toString()} km`,
          derivation: `${why}; lane ${lane.name} (${lane.ID}) from ${from} to plant ${item.plant ?? ''}, leg ${i + 1}: ${leg.mode}${route ? ` (${route.reason})` : ''} ${km.toString()} km; ${weight.kg.toString()} kg (${weight.source}) = ${tonnes.times(km).toString()} t.km${(route?.assumptions ?? []).map(a => `; assumption: ${a.message}`).join('')}`,
          assumptions: route?.assumptions.length ? route.assumptions : undefined,
          transportMode: MODE_CODES[leg.mode],
          transportMass: weight.kg.toString(),
          distance: km.toString(),
          factorPath
        }
      })
    }
  }
  // the fallback: a share of the item's value as the transport's cost, at the spend factor of the mode's industry
  // the longest leg's mode prices the whole transport
  const mode = lane
    ? [...lane.legs].sort((a, b) => new Decimal(b.distanceKm).comparedTo(a.distanceKm) || a.sequence - b.sequence)[0]?.mode
    : undefined
  const naicsCode = mode ? SPEND_INDUSTRY[mode] : DEFAULT_SPEND_INDUSTRY
  const amount = new Decimal(item.amount ?? 0).times(options.freightCostShare).toDecimalPlaces(2, Decimal.ROUND_HALF_EVEN)
  const missing = lane ? 'weight' : 'lane'
  const finding: TransportFinding = lane
    ? {
        findingType: 'missingWeight',
        severity: 'medium',
        message: `PO ${ref}: no weight (no net weight on the item, none in the material master, quantity not a mass); its upstream transport is estimated from spend`,
        proposal: 'maintain the net weight on the purchase order item or in the material master'
      }
    : {
        findingType: 'missingLane',
        severity: 'medium',
        message: `PO ${ref}: no transport lane from ${from} to plant ${item.plant ?? '?'}; its upstream transport is estimated from spend`,
        proposal: `maintain a transport lane from ${item.supplier ? `supplier ${item.supplier}` : 'the supplier'} or country ${item.supplierCountry ?? '?'} to plant ${item.plant ?? '?'}`
      }
  return {
    reason: `${buyerPays ? `incoterms ${incoterms}: the buyer pays the main carriage` : why}; no ${missing}`,
    finding,
    lines: [
      {
        documentType: SPEND_LINE,
        documentItem: `${item.documentItem}/1`,
        description: `Transport of PO ${ref} (estimated from spend)`,
        derivation: `${why}; no ${missing}${lane ? ` (lane ${lane.name})` : ''}: ${options.freightCostShare} × item value ${item.amount ?? '0'} ${item.currency ?? ''} = ${amount.toFixed(2)} ${item.currency ?? ''} transport spend, EPA industry ${naicsCode}${mode ? ` (${mode})` : ' (road freight assumed)'}`,
        transportMode: mode ? MODE_CODES[mode] : undefined,
        naicsCode,
        amount: amount.toFixed(2),
        currency: item.currency ?? undefined
      }
    ]
  }
}
