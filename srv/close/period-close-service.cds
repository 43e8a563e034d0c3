using { scope3 } from '../../db/schema';
using { scope3.DynamicTileData } from '../common/launchpad-tiles';

/**
 * Controllers close emission periods like the books: readiness checks, a close that freezes the figures in a
 * hashed snapshot and locks the period, and restatements that need a reason and a second person's approval.
 */
@path: '/odata/v4/period-close'
service PeriodCloseService {
  type CheckResult {
    check   : String(40);
    passed  : Boolean;
    count   : Integer;
    message : String(500);
    /** where the lines behind the count are (a service path with its filter) */
    target  : String(500);
  }

  type WhatIfLine {
    category             : Integer;
    kgCO2eLocation       : Decimal(31, 6);
    whatIfKgCO2eLocation : Decimal(31, 6);
    deltaLocation        : Decimal(31, 6);
    kgCO2eMarket         : Decimal(31, 6);
    whatIfKgCO2eMarket   : Decimal(31, 6);
    deltaMarket          : Decimal(31, 6);
    /** attributions a recompute would replace */
    changedLines         : Integer;
  }

  type Waiver {
    check  : String(40);
    reason : String(1000);
  }

  /** Controllers open a period by creating it; status and close data are the service's. */
  entity FiscalPeriods as projection on scope3.FiscalPeriods {
    *, status @readonly, closedAt @readonly, closedBy @readonly, snapshot @readonly,
    // compositions the service fills: never written with the period
    snapshots @readonly, restatements @readonly, jobs @readonly, checks @readonly,
    case status when 'closed' then 3 when 'inClosing' then 2 when 'reopened' then 2 else 0 end as statusCriticality : Integer,
    /** the period as people name it: "1010 · 2026 / 005" */
    companyCode.code || ' · ' || cast(fiscalYear as String) || ' / '
      || (case when fiscalPeriod < 10 then '00' when fiscalPeriod < 100 then '0' else '' end) || cast(fiscalPeriod as String)
      as periodTitle : String(24)
  } actions {
    /** the readiness report: what would keep the period from closing */
    function runChecks() returns many CheckResult;
    /** runs the readiness report and keeps it with the period (`checks`), where failing checks are waived */
    action checkReadiness() returns many CheckResult;
    /**
     * Closes the period in a background job (see `jobs`): recompute with the factors and rules of this moment,
     * snapshot, lock. Failing checks must each be waived with a reason. A reopened period closes into a new
     * snapshot version (the restatement).
     */
    action close(
      /** waivers given with the call; the period's stored waivers (`checks`) count as well */
      waivers : many Waiver
    ) returns PeriodJobs;
    /** recomputes the period's activities with today's rules and factors in a background job (see `jobs`) */
    action recompute() returns PeriodJobs;
    /** what a recompute with today's rules and factors would change, per category; changes nothing */
    function whatIf() returns many WhatIfLine;
    /** asks a second person to reopen the closed period for a restatement */
    action requestReopen(reason : String(1000) @mandatory) returns Restatements;
    /** screens a Scope 3 category for the period's company code and year: relevant, or not relevant with a justification */
    action screenCategory(category : Integer @mandatory, relevant : Boolean @mandatory, justification : String(1000)) returns CategoryScreenings;
  };

  entity ReadinessChecks as projection on scope3.ReadinessChecks {
    *, case when passed then 3 when waiverReason is not null then 2 else 1 end as criticality : Integer,
    /**
     * where a person fixes what a failing check counts: the launchpad intent of the app that lists those lines,
     * filtered to the period (its parameters fill the app's filter bar); none where no app lists them
     */
    case when passed then null
         when check = 'provisionalActivities' then '#PurchaseOrder-displayEmissions?companyCode_code=' || period.companyCode.code
           || '&fiscalYear=' || cast(period.fiscalYear as String(4)) || '&fiscalPeriod=' || cast(period.fiscalPeriod as String(3))
           || '&status=provisional'
         when check = 'openDataQualityFindings' then '#DataQualityFinding-manage?companyCode_code=' || period.companyCode.code
           || '&fiscalYear=' || cast(period.fiscalYear as String(4)) || '&fiscalPeriod=' || cast(period.fiscalPeriod as String(3))
           || '&status=open'
         when check = 'unpublishedFactorSets' then '#EmissionFactor-manage'
         else null end as fixIn : String(200),
    /** the name of that app */
    case when passed then null
         when check = 'provisionalActivities' then 'Purchase Order Emissions'
         when check = 'openDataQualityFindings' then 'Data Quality Worklist'
         when check = 'unpublishedFactorSets' then 'Manage Emission Factors'
         else null end as fixInApp : String(60)
  } actions {
    /** accepts a failing check for the close, with a reason the snapshot keeps */
    action waive(reason : String(1000) @mandatory);
  };

  /** the relevance screening of the categories per company code and year: controllers maintain it */
  entity CategoryScreenings as projection on scope3.CategoryScreenings;

  @readonly entity CompanyCodes    as projection on scope3.CompanyCodes;
  @readonly entity Scope3Categories as projection on scope3.Scope3Categories;
  // the frozen figures also in tonnes, for the app's lists and header (shown to 3 decimals; kg stays the exact figure)
  @readonly entity PeriodSnapshots as projection on scope3.PeriodSnapshots {
    *,
    kgCO2eLocation / 1000.0 as tCO2eLocation : Decimal(28, 3),
    kgCO2eMarket / 1000.0   as tCO2eMarket   : Decimal(28, 3),
    kgCO2eLow / 1000.0      as tCO2eLow      : Decimal(28, 3),
    kgCO2eHigh / 1000.0     as tCO2eHigh     : Decimal(28, 3)
  } excluding { pins };
  @readonly entity SnapshotTotals  as projection on scope3.SnapshotTotals {
    *,
    kgCO2eLocation / 1000.0 as tCO2eLocation : Decimal(28, 3),
    kgCO2eMarket / 1000.0   as tCO2eMarket   : Decimal(28, 3),
    primaryKgCO2e / 1000.0  as primaryTCO2e  : Decimal(28, 3),
    biogenicCO2 / 1000.0    as biogenicTCO2  : Decimal(28, 3),
    deltaLocation / 1000.0  as deltaTLocation : Decimal(28, 3),
    deltaMarket / 1000.0    as deltaTMarket  : Decimal(28, 3),
    kgCO2eLow / 1000.0      as tCO2eLow      : Decimal(28, 3),
    kgCO2eHigh / 1000.0     as tCO2eHigh     : Decimal(28, 3)
  };
  @readonly entity SnapshotMethods as projection on scope3.SnapshotMethods;
  @readonly entity PeriodJobs      as projection on scope3.PeriodJobs;

  entity Restatements as projection on scope3.Restatements {
    *,
    /** whether the current user may decide: requested, and asked by someone else (four eyes) */
    case when status = 'requested' and createdBy <> $user.id then true else false end as decidable : Boolean
  } actions {
    /** four eyes: only someone other than the requester approves; the period is reopened */
    action approve(comment : String(1000));
    /** (not named `reject`: that is a method of every CAP service) */
    action decline(comment : String(1000) @mandatory);
  };

  /**
   * Reduction targets with their base-year recalculation policy (docs/reporting.md, "Targets"): controllers maintain
   * them; `checkBaseYear` measures how much today's rules and factors would change the base year's figure and, beyond
   * the target's significance threshold, proposes a recalculation, which a controller accepts (restatement requests of
   * the base year's closed periods, each approved by a second person) or declines, with a reason.
   */
  entity ReductionTargets as projection on scope3.ReductionTargets {
    *, reviews @readonly
  } actions {
    action checkBaseYear() returns BaseYearReviews;
    /**
     * records a structural change with the base-year emissions (t CO2e, covered categories) of the operations it
     * moves into (acquisition, merger, insourcing) or out of (divestment, outsourcing) the target's boundary; beyond
     * the threshold a proposal, which a second controller accepts (the base year is adjusted by it) or declines
     */
    action recordStructuralChange(changeKind : String(12) @mandatory, description : String(500) @mandatory,
                                  baseYearTCO2e : Decimal(31, 6) @mandatory) returns BaseYearReviews;
  };
  entity TargetDenominators as projection on scope3.TargetDenominators;
  @readonly entity BaseYearReviews as projection on scope3.BaseYearReviews actions {
    /**
     * accepts or declines a proposal, with the reason: a methodology or restatement proposal asks for the restatement
     * of the base year's closed periods; a structural one adjusts the base year, decided by someone other than its recorder
     */
    action decide(accept : Boolean @mandatory, reason : String(1000) @mandatory) returns BaseYearReviews;
  };

  /** the launchpad tile's figure: past periods not closed yet, and reopening requests waiting for an approver */
  function periodsAwaitingActionTile() returns DynamicTileData;
}
