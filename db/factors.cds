namespace scope3;

using { Currency, managed } from '@sap/cds/common';
using { scope3 } from './code-lists';
using { scope3.Suppliers, scope3.Materials } from './master-data';

/**
 * One published dataset of emission factors, with its provenance.
 * Validity is explicit (validFrom/validTo) rather than CAP's `temporal` aspect:
 * temporal reads filter to "now", but closed periods keep needing the factors valid back then.
 */
entity FactorSets : managed {
  key code          : String(40);
      title         : String(200);
      publisher     : String(200);
      version       : String(20);
      licence       : String(200);
      attribution   : String(500);
      citation      : String(500);
      doi           : String(60);
      gwpSet        : String(10);
      /** spend factors: currency and price year of the denominator, and the price basis */
      currency      : Currency;
      currencyYear  : Integer;
      priceBasis    : String(20);
      status        : Association to scope3.FactorSetStatuses default 'draft';
      /** the file under db/sources and the parser that reads it */
      fileName      : String(200);
      importFormat  : String(20) enum { epaSupplyChain = 'epa-supply-chain'; desnzFlat = 'desnz-flat' };
      fileChecksum  : String(64);
      /** the version of the parser that loaded the file: a newer parser loads the same file again */
      importVersion : Integer;
      importedAt    : Timestamp;
      rowsRead      : Integer;
      rowsLoaded    : Integer;
      rowsSkipped   : Integer;
      factors       : Composition of many EmissionFactors on factors.factorSet = $self;
      skippedRows   : Composition of many FactorImportSkips on skippedRows.factorSet = $self;
}

/** An emission factor: kg CO2e per one denominator unit (or per currency unit for spend factors). */
entity EmissionFactors {
  /** stable id `<set code>/<factor code>` */
  key ID             : String(80);
      factorSet      : Association to FactorSets;
      code           : String(40);
      /** factors of one family differ only in region, year or validity */
      family         : String(80);
      description    : String(1000);
      unit           : Association to scope3.Units;
      currency       : Currency;
      value          : Decimal(28, 12);
      /**
       * spend factors at purchaser price whose source also publishes the producer-price part (EPA v1.3: "without
       * margins", i.e. without transport, wholesale and retail margins): used where the transport of the goods is
       * accounted for in category 4 instead (docs/methodology.md, "Transport counted once")
       */
      producerPriceValue : Decimal(28, 12);
      /** DESNZ: the well-to-tank factor of the same travel, freight or fuel per the same unit (its "WTT-" row) */
      wttValue       : Decimal(28, 12);
      biogenicCO2    : Decimal(28, 12);
      gases          : Composition of many FactorGasValues on gases.factor = $self;
      region         : Association to scope3.Regions;
      year           : Integer;
      validFrom      : Date;
      validTo        : Date;
      basis          : Association to scope3.AccountingBases default 'location';
      /**
       * the factor's own uncertainty, where its source or maintainer states one: ± percent, the reach of its 95 %
       * interval above the figure; it replaces the method's basic uncertainty (docs/reporting.md, "Uncertainty")
       */
      uncertainty    : Decimal(5, 2) @assert.range: [0.01, 999.99];
      /** pedigree of the factor: GHG Protocol data-quality indicators, 1 (very good) to 5 (very poor) */
      dqTechnological : Integer @assert.range: [1, 5];
      dqTemporal      : Integer @assert.range: [1, 5];
      dqGeographical  : Integer @assert.range: [1, 5];
      dqCompleteness  : Integer @assert.range: [1, 5];
      dqReliability   : Integer @assert.range: [1, 5];
      /** a supplier's product footprint: the supplier and material it belongs to */
      supplier       : Association to Suppliers;
      material       : Association to Materials;
      /** where the factor sits in its source's classification */
      sourceScope    : String(30);
      sourcePath     : String(400);
}

entity FactorGasValues {
  key factor   : Association to EmissionFactors;
  key gas      : Association to scope3.Gases;
      value    : Decimal(28, 12);
      sourceId : String(40);
}

/** Rows of a source file that were not loaded, with the reason: the import report. */
entity FactorImportSkips {
  key factorSet : Association to FactorSets;
  key rowNumber : Integer;
      sourceId  : String(40);
      reason    : String(200);
}

/** Annual average exchange rates: 1 `fromCurrency` = `rate` `toCurrency`. */
entity ExchangeRates {
  key fromCurrency : Currency;
  key toCurrency   : Currency;
  key year         : Integer;
      rate         : Decimal(28, 12);
      source       : String(200);
      isDemo       : Boolean default false;
}

/** Annual price index of a currency area, to move spend between price years. */
entity PriceIndexes {
  key currency  : Currency;
  key year      : Integer;
      value     : Decimal(18, 6);
      indexName : String(100);
      source    : String(200);
      isDemo    : Boolean default false;
}
