using { scope3 } from '../../db/schema';

/** The factor library: published datasets, their factors, and the data that moves spend between currencies and years. */
@path: '/odata/v4/factors'
service FactorService {
  @readonly entity FactorSets        as projection on scope3.FactorSets;
  @readonly entity EmissionFactors   as projection on scope3.EmissionFactors;
  @readonly entity FactorGasValues   as projection on scope3.FactorGasValues;
  @readonly entity FactorImportSkips as projection on scope3.FactorImportSkips;
  @readonly entity Units             as projection on scope3.Units;
  @readonly entity Dimensions        as projection on scope3.Dimensions;
  @readonly entity ExchangeRates     as projection on scope3.ExchangeRates;
  @readonly entity PriceIndexes      as projection on scope3.PriceIndexes;

  type SkipReason {
    reason : String(200);
    count  : Integer;
  }

  type ImportReport {
    setCode         : String(40);
    fileName        : String(200);
    checksum        : String(64);
    /** the file was loaded before with the same checksum: nothing was written */
    unchanged       : Boolean;
    rowsRead        : Integer;
    rowsLoaded      : Integer;
    factorsLoaded   : Integer;
    gasValuesLoaded : Integer;
    rowsSkipped     : Integer;
    skipped         : many SkipReason;
  }

  /** Emitted after an import changed the factor library. */
  event factorSetsImported {
    sets : many String(40);
  }

  /** Loads (or reloads, when the file changed) a factor set from its published file; idempotent. */
  action importFactorSet(setCode : String(40) @mandatory) returns ImportReport;
}
