using { scope3 } from '../../db/schema';

/**
 * The Scope 3 inventory of a reporting year (GHG Protocol, ESRS E1-6), and the way from each figure down to the
 * attributions, document lines, events, factors and rules behind it.
 */
@path: '/odata/v4/inventory'
service InventoryService {
  /** one line per Scope 3 category of a reporting year: read with $filter=reportingYear eq <year> */
  @readonly @cds.persistence.skip
  entity Inventory {
    key reportingYear       : Integer;
    key category            : Integer;
        categoryName        : String(100);
        /** calculated (it has figures), excluded (not relevant, with the justification) or notCalculated: never a 0 that looks calculated */
        status              : String(20) enum { calculated; excluded; notCalculated };
        /** null unless calculated */
        tCO2eLocation       : Decimal(31, 9);
        /** the 95 % interval of tCO2eLocation: the lines as independent lognormals from their data quality (docs/reporting.md) */
        tCO2eLow            : Decimal(31, 9);
        tCO2eHigh           : Decimal(31, 9);
        /** what the interval assumes beyond its method, where anything (e.g. a calculation method without a basic uncertainty) */
        uncertaintyNote     : String(500);
        tCO2eMarket         : Decimal(31, 9);
        biogenicTCO2        : Decimal(31, 9);
        /** the well-to-tank part of tCO2eLocation (travel and freight, by the company codes' policy) */
        wellToTankTCO2e     : Decimal(31, 9);
        /** the company codes' well-to-tank policy, as the inventory discloses it */
        wellToTank          : String(200);
        /** percent of the category's location-based emissions from supplier-specific (primary) data */
        primaryDataShare    : Decimal(7, 4);
        dqScore             : Decimal(5, 3);
        lines               : Integer;
        /** the calculation methods with their share of the category, e.g. "spend-based 62.1000 %" */
        methods             : String(1000);
        /** the factor sets behind the figures, with version and publisher */
        factorSources       : String(2000);
        excluded            : Boolean;
        justification       : String(1000);
        previousTCO2eLocation : Decimal(31, 9);
        /** year-on-year change of the location-based figure, percent */
        changePercent       : Decimal(9, 2);
  }

  entity CategoryExclusions as projection on scope3.CategoryExclusions;

  /**
   * The disclosures of a reporting year from its closed periods' snapshots, by framework (ESRS E1-6, CDP, the GHG
   * Protocol's tables), as the mapping `DisclosureDatapoints` says: read with $filter=reportingYear eq <year>
   * (and framework eq '…'). Each row links to the snapshots behind its figure (`lineage`). docs/reporting.md
   */
  @readonly @cds.persistence.skip
  entity Disclosures {
    key reportingYear : Integer;
    key framework     : String(20);
    key datapoint     : String(60);
        label         : String(400);
        category      : Integer;
        /** t CO2e (exact, kg / 1000), or percent for a share */
        value         : Decimal(31, 9);
        unit          : String(20);
        /** CDP's evaluation status of a category */
        status        : String(60);
        methods       : String(1000);
        /** percent of the figure from supplier-specific (primary) data */
        supplierShare : Decimal(9, 4);
        dqScore       : Decimal(5, 3);
        explanation   : String(2000);
        /** the closed periods with their snapshots' figures behind this one (a service path with its filter) */
        lineage       : String(500);
        sortOrder     : Integer;
  }
  /** the datapoints each framework asks and the figure that answers it: sustainability admins maintain the mapping */
  entity DisclosureDatapoints as projection on scope3.DisclosureDatapoints;
  /** the disclosures of a year as CSV (every framework) and as XLSX (a sheet per framework); 409 without a closed period */
  function disclosureCsv(reportingYear : Integer @mandatory) returns LargeBinary @Core.MediaType: 'text/csv';
  function disclosureXlsx(reportingYear : Integer @mandatory) returns LargeBinary
    @Core.MediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

  /** the lineage: attributions with their period, activity (→ document, event), factor (→ set, licence) and rule */
  @readonly entity Attributions   as projection on scope3.Attributions;
  @readonly entity Activities     as projection on scope3.Activities;
  @readonly entity InboundEvents  as projection on scope3.InboundEvents;
  @readonly entity EmissionFactors as projection on scope3.EmissionFactors;
  @readonly entity FactorSets     as projection on scope3.FactorSets;
  @readonly entity AttributionRules as projection on scope3.AttributionRules;

  /** the inventory of a year as a CSV file */
  function inventoryCsv(reportingYear : Integer @mandatory) returns LargeBinary @Core.MediaType: 'text/csv';
  /** the same as an XLSX workbook (figures as Excel numbers, t CO2e shown to three decimals; the CSV keeps every digit) */
  function inventoryXlsx(reportingYear : Integer @mandatory) returns LargeBinary
    @Core.MediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
}
