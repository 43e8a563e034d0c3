using { scope3 } from '../../db/schema';
using { scope3.DynamicTileData } from '../common/launchpad-tiles';

/**
 * Scope 3 Analytics (app/analytics): the current figure of each attributed document line, in the period the line
 * belongs to (a late change counts there, not in the period its adjustment posted to), aggregated by
 * Fiori elements through CAP's `$apply` (groupby/aggregate run in the database) by category, supplier, material
 * group, plant and period, with the lines themselves one click below. Read-only.
 */
@path: '/odata/v4/analytics'
service AnalyticsService {
  @readonly
  entity EmissionLines as select from scope3.Attributions {
    key ID,
        activity.documentType                                as documentType,
        activity.documentNumber                              as documentNumber,
        activity.documentItem                                as documentItem,
        activity.description                                 as description,
        activity.supplier                                    as supplier,
        activity.materialGroup                               as materialGroup,
        activity.plant                                       as plant,
        activity.companyCode                                 as companyCode,
        // names as plain properties: Fiori elements groups by them with $apply (no $expand there)
        activity.supplier.name                               as supplierName      : String(80),
        activity.materialGroup.name                          as materialGroupName : String(80),
        activity.plant.name                                  as plantName         : String(80),
        activity.companyCode.name                            as companyCodeName   : String(80),
        activity.fiscalYear                                  as fiscalYear,
        activity.fiscalPeriod                                as fiscalPeriod,
        /** the document line's period as one sortable number, e.g. 202603 */
        cast(activity.fiscalYear * 100 + activity.fiscalPeriod as Integer) as yearPeriod : Integer,
        // how people read them: "2026" (no grouping separator), "2026 / 003"
        cast(activity.fiscalYear as String(4))               as fiscalYearText    : String(4),
        cast(activity.fiscalYear as String(4)) || ' / ' || (
          case when activity.fiscalPeriod < 10 then '00' when activity.fiscalPeriod < 100 then '0' else '' end
        ) || cast(activity.fiscalPeriod as String(3))        as yearPeriodText    : String(12),
        category,
        /** "1 Purchased goods and services" */
        category.title                                       as categoryName      : String(260),
        method,
        method.name                                          as methodName        : String(255),
        factor,
        kgCO2eLocation,
        kgCO2eMarket,
        /** the figures in tonnes for the charts and the table (summed, then shown to 3 decimals); kg stays exact */
        kgCO2eLocation / 1000.0                              as tCO2eLocation     : Decimal(23, 3),
        kgCO2eMarket / 1000.0                                as tCO2eMarket       : Decimal(23, 3),
        biogenicCO2,
        dqScore,
        /** the line's 95 % interval, from its method and data quality (docs/reporting.md); not summable: see CategoryIntervals */
        kgCO2eLow / 1000.0                                   as tCO2eLow          : Decimal(23, 3),
        kgCO2eHigh / 1000.0                                  as tCO2eHigh         : Decimal(23, 3),
        isAdjustment
  } where supersededBy.ID is null and isReversal = false;

  /**
   * The 95 % interval of each category's figure per fiscal year and company code, as the inventory makes it: from
   * the period totals (figures by the period they post to), the lines independent lognormals (docs/reporting.md).
   * Intervals do not add up, so they are computed here, not summed by `$apply`. Filter by fiscalYear,
   * companyCode_code and category_code; company-code aware.
   */
  @readonly @cds.persistence.skip
  entity CategoryIntervals {
    key fiscalYear      : Integer;
    key companyCode     : Association to CompanyCodes;
    key category        : Association to Scope3Categories;
        /** "2026", as people read a year (no grouping separator) */
        fiscalYearText  : String(4);
        companyCodeName : String(80);
        /** "1 Purchased goods and services" */
        categoryName    : String(260);
        lines           : Integer;
        tCO2eLocation   : Decimal(23, 3);
        tCO2eLow        : Decimal(23, 3);
        tCO2eHigh       : Decimal(23, 3);
        /** how far the interval reaches below and above the figure, percent of it */
        belowPercent    : Decimal(9, 1);
        abovePercent    : Decimal(9, 1);
        /** the same as people read it: "−9.8 % … +15.7 %" */
        range           : String(40);
  }

  /**
   * Each reduction target's progress per year against its linear pathway (docs/reporting.md, "Targets"): the year's
   * figure of the covered categories and company codes as the inventory makes it, the pathway's figure, the gap
   * and whether the year is on track (judged once all its periods are closed). Computed per request, company-code
   * aware; filter by target_ID and year.
   */
  @readonly @cds.persistence.skip
  entity TargetProgress {
    key target          : Association to ReductionTargets;
    key year            : Integer;
        /** "2026", as people read a year */
        yearText        : String(4);
        targetName      : String(100);
        /** t CO2e, or t CO2e per unit of the target's denominator */
        unit            : String(60);
        actual          : Decimal(23, 3);
        pathway         : Decimal(23, 3);
        /** actual − pathway: above 0 is behind the pathway */
        gap             : Decimal(23, 3);
        /** the reduction achieved against the base year, percent */
        reductionPercent : Decimal(9, 2);
        /** null while the year is not fully closed */
        onTrack         : Boolean;
        /**
         * the change against the base year split by the lineage: methodologyChange is what the year's lines would
         * weigh less or more with the base year's rules, factors and data (its closed periods' pins), activityChange
         * the rest; null for the base year or without a closed base-year period
         */
        activityChange  : Decimal(23, 3);
        methodologyChange : Decimal(23, 3);
        closedPeriods   : Integer;
        periods         : Integer;
        /** the assumptions and gaps of the target's progress (base year not closed, a missing denominator, …) */
        notes           : String(1000);
  }

  /**
   * The progress of each absolute reduction target per closed period (docs/reporting.md, "Targets"): the year's
   * figure up to each closed period against the base year's same periods on the year's pathway (like for like).
   * Computed per request, company-code aware; filter by target_ID and year.
   */
  @readonly @cds.persistence.skip
  entity TargetPeriodProgress {
    key target         : Association to ReductionTargets;
    key year           : Integer;
    key fiscalPeriod   : Integer;
        /** "2027/003", as the axis of the chart reads it */
        yearPeriodText : String(8);
        targetName     : String(100);
        /** t CO2e: the period's figure, the year's closed periods up to it, the pathway of the same periods */
        actual         : Decimal(23, 3);
        actualToDate   : Decimal(23, 3);
        pathwayToDate  : Decimal(23, 3);
        /** actualToDate − pathwayToDate: above 0 is behind the pathway */
        gapToDate      : Decimal(23, 3);
        onTrack        : Boolean;
  }

  @readonly entity ReductionTargets   as projection on scope3.ReductionTargets excluding { reviews, denominators };
  @readonly entity Suppliers          as projection on scope3.Suppliers;
  @readonly entity MaterialGroups     as projection on scope3.MaterialGroups;
  @readonly entity Plants             as projection on scope3.Plants;
  @readonly entity CompanyCodes       as projection on scope3.CompanyCodes;
  @readonly entity Scope3Categories   as projection on scope3.Scope3Categories;
  @readonly entity CalculationMethods as projection on scope3.CalculationMethods;
  @readonly entity EmissionFactors    as projection on scope3.EmissionFactors;

  /** the launchpad tile's figure: Scope 3 of the newest fiscal year with lines, to date, in t CO2e (location-based) */
  function scope3YearToDateTile() returns DynamicTileData;
}
