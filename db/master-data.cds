namespace scope3;

using { Country, Currency, Language, cuid, managed } from '@sap/cds/common';
using { scope3.Regions } from './code-lists';

/** Company codes mirrored from S/4HANA. */
entity CompanyCodes : managed {
  key code     : String(4);
      name     : String(80);
      country  : Country;
      currency : Currency;
      /**
       * policy: the well-to-tank emissions of travel and freight (the upstream of the fuel, DESNZ's "WTT-" factors)
       * count in categories 4, 6, 7 and 9, as their own figure beside tank-to-wheel (docs/methodology.md)
       */
      wellToTank : Boolean default true;
      /**
       * policy: the base-year recalculation threshold (GHG Protocol Scope 3 Standard, chapter 9), percent of the base
       * year's figure; a reduction target of the company code takes it unless it states its own (db/targets.cds)
       */
      baseYearSignificancePercent : Decimal(5, 2) default 5 @assert.range: [0, 100];
}

entity Plants : managed {
  key code        : String(4);
      name        : String(80);
      companyCode : Association to CompanyCodes;
      country     : Country;
      region      : Association to Regions;
}

/** Suppliers: S/4HANA business partners in the supplier role. */
entity Suppliers : managed {
  key ID      : String(10);
      name    : String(80);
      country : Country;
      region  : Association to Regions;
}

/**
 * The people at a supplier whom the company asks for product footprints and data corrections (the supplier requests
 * of the remediation agent). Personal data: see db/personal-data.cds.
 */
entity SupplierContacts : cuid, managed {
  supplier  : Association to Suppliers @mandatory @assert.target;
  firstName : String(40);
  lastName  : String(40) @mandatory;
  email     : String(241) @mandatory @assert.format: '^[^@\s]+@[^@\s]+\.[^@\s]+$'
                          @assert.format.message: 'Enter an e-mail address such as name@supplier.com';
  phone     : String(30) @assert.format: '^\+?[0-9 ()/-]{4,30}$' @assert.format.message: 'Enter a phone number of digits, spaces and ( ) / -, optionally starting with +';
  /** what the person does for us, e.g. "Sustainability manager" */
  jobTitle  : String(80);
  language  : Language;
  /** the contact supplier requests go to first */
  isPrimary : Boolean default false;
}

entity MaterialGroups : managed {
  key code       : String(9);
      name       : String(80);
      /**
       * The energy this group's purchases are, where the company burns (fuels: Scope 1) or consumes them (electricity:
       * Scope 2): such an item has no Scope 3 figure of its own, and its upstream is derived as category 3 lines
       * (srv/lib/attribution/energy-upstream.ts). Empty for goods and services.
       */
      energyType : String(12) @assert.format: '^(electricity|natural-gas|lpg|diesel|petrol|fuel-oil)$';
      naicsMap   : Composition of many MaterialGroupNaics on naicsMap.materialGroup = $self;
}

/** Which NAICS-6 industry a material group's spend falls into, how sure we are, and who said so. */
entity MaterialGroupNaics : managed {
  key materialGroup : Association to MaterialGroups;
  key naicsCode     : String(6) @assert.format: '^[0-9]{6}$';
      naicsTitle    : String(200);
      confidence    : Decimal(3, 2) @assert.range: [0, 1];
      source        : String(100);
}

entity Materials : managed {
  key ID            : String(40);
      name          : String(80);
      materialGroup : Association to MaterialGroups;
      baseUnit      : String(10);
      /** net weight per base unit in kg, for activity-based estimates */
      netWeightKg   : Decimal(18, 6);
}
