namespace scope3;

using { sap.common.CodeList } from '@sap/cds/common';

/** The 15 categories of the GHG Protocol Corporate Value Chain (Scope 3) Standard. */
entity Scope3Categories : CodeList {
  key code      : Integer @assert.range: [1, 15];
      direction : String(10) @assert.range enum { upstream; downstream };
      /** how reports name a category: its number, then its name ("1 Purchased goods and services") */
      title     : String(260) = cast(code as String(2)) || ' ' || name;
}

/** Calculation methods of the GHG Protocol Technical Guidance for Calculating Scope 3 Emissions. */
entity CalculationMethods : CodeList {
  key code : String(30);
}

/** Physical dimensions; every unit converts exactly to its dimension's base unit. */
entity Dimensions : CodeList {
  key code     : String(20);
      baseUnit : String(10);
}

/** Units of measure: UN/CEFACT Rec. 20 codes where one exists, with symbols and aliases matched case-insensitively. */
entity Units : CodeList {
  key code      : String(10);
      symbol    : String(20);
      dimension : Association to Dimensions;
      /** exact multiplier to the dimension's base unit */
      toBase    : Decimal(34, 18);
      /** further spellings, separated by '|' */
      aliases   : String(300);
}

entity ActivityStatuses : CodeList {
  key code : String(12) enum { provisional; final; cancelled };
}

entity FactorSetStatuses : CodeList {
  key code : String(12) enum { draft; published; deprecated };
}

/** GHG Protocol Scope 2 Guidance: location-based vs market-based figures. */
entity AccountingBases : CodeList {
  key code : String(8) enum { location; market };
}

/** Countries (ISO 3166-1 alpha-2) and region groups; `parent` is the fallback when no factor exists for a region. */
entity Regions : CodeList {
  key code   : String(5);
      parent : Association to Regions;
}

/** Greenhouse gases with their 100-year global warming potential (IPCC AR5). */
entity Gases : CodeList {
  key code : String(10);
      gwp  : Decimal(10, 2);
}
