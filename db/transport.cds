namespace scope3;

using { Country, cuid, managed } from '@sap/cds/common';
using { scope3.Suppliers, scope3.Plants } from './master-data';

/**
 * How goods from a supplier, or from any supplier of a country, reach a plant: the legs of the main carriage with
 * their mode and distance. The upstream transport of purchase order items whose incoterms make the buyer pay the
 * main carriage is estimated from it (srv/lib/attribution/upstream-transport.ts): a supplier's own lane wins over its country's.
 */
entity TransportLanes : cuid, managed {
  name            : String(120) @mandatory;
  supplier        : Association to Suppliers;
  /** any supplier of this country, where the supplier has no lane of its own */
  supplierCountry : Country;
  plant           : Association to Plants @mandatory;
  carrier         : String(100);
  validFrom       : Date;
  validTo         : Date;
  active          : Boolean default true;
  legs            : Composition of many TransportLaneLegs on legs.lane = $self;
}

/** One leg of a lane: mode and distance (air: domestic, short- or long-haul from the distance and the countries). */
entity TransportLaneLegs : cuid {
  lane       : Association to TransportLanes;
  sequence   : Integer default 1;
  mode       : String(20) @mandatory enum { road; ![road-refrigerated]; rail; ![sea-container]; ![sea-bulk]; ![sea-general]; air };
  distanceKm : Decimal(9, 1) @mandatory;
}
