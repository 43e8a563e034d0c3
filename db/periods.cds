namespace scope3;

using { cuid, managed, User } from '@sap/cds/common';
using { scope3 } from './code-lists';
using { scope3.CompanyCodes } from './master-data';

/**
 * An emission period of a company code, closed like the books: open → in closing → closed; back to `reopened`
 * only through an approved restatement request. Attributions post to a period (see Attributions.fiscalPeriod);
 * nothing posts to a period that is in closing or closed.
 */
entity FiscalPeriods : managed {
  key companyCode   : Association to CompanyCodes;
  key fiscalYear    : Integer;
  key fiscalPeriod  : Integer @assert.range: [1, 16];
      status        : String(10) enum { open; inClosing; closed; reopened } default 'open';
      closedAt      : Timestamp;
      closedBy      : User;
      /** the latest snapshot: the figures that are reported for the period */
      snapshot      : Association to PeriodSnapshots;
      /** the latest snapshot's totals per category (empty while the period was never closed) */
      totals        : Association to many SnapshotTotals on totals.snapshot = snapshot;
      snapshots     : Composition of many PeriodSnapshots on snapshots.period = $self;
      restatements  : Composition of many Restatements on restatements.period = $self;
      jobs          : Composition of many PeriodJobs on jobs.period = $self;
      /** the readiness report as last run, with the controllers' waivers */
      checks        : Composition of many ReadinessChecks on checks.period = $self;
      /** the relevance screening of the Scope 3 categories for the period's company code and year */
      screening     : Association to many CategoryScreenings on screening.companyCode = companyCode and screening.reportingYear = fiscalYear;
}

/**
 * One readiness check of a period as last run (srv/close/period-close-service.ts), and its waiver: a close needs every
 * failing check fixed or waived with a reason. A waiver lapses when its check passes.
 */
entity ReadinessChecks {
  key period       : Association to FiscalPeriods;
  key check        : String(40);
      passed       : Boolean;
      count        : Integer;
      message      : String(500);
      /** where the lines behind the count are (a service path with its filter) */
      target       : String(500);
      checkedAt    : Timestamp;
      waiverReason : String(1000);
      waivedBy     : User;
      waivedAt     : Timestamp;
}

/**
 * The frozen figures of a closed period. A restatement adds a new version that points to the one it replaces and
 * carries the deltas per category; earlier versions stay readable. `hash` is the sha256 of the canonical snapshot
 * (srv/lib/close/ledger.ts); replay recomputes it from the pinned inputs.
 */
entity PeriodSnapshots : cuid {
  period            : Association to FiscalPeriods;
  version           : Integer;
  previous          : Association to PeriodSnapshots;
  createdAt         : Timestamp;
  createdBy         : User;
  /** why this version exists: the first close, or the restatement's reason */
  reason            : String(1000);
  hash              : String(64);
  lines             : Integer;
  kgCO2eLocation    : Decimal(31, 6);
  kgCO2eMarket      : Decimal(31, 6);
  biogenicCO2       : Decimal(31, 6);
  /** the well-to-tank part of kgCO2eLocation */
  kgCO2eWTT         : Decimal(31, 6);
  /** share of location-based emissions from supplier-specific (primary) data, in percent */
  primaryDataShare  : Decimal(7, 4);
  /** emission-weighted average data-quality score (1 very good … 5 very poor) */
  dqScore           : Decimal(5, 3);
  /**
   * how the 95 % interval of kgCO2eLocation was made (srv/lib/attribution/uncertainty.ts UNCERTAINTY_METHOD), part of
   * the hash with the interval; null for snapshots frozen before intervals existed, which replay without them
   */
  uncertaintyMethod : String(40);
  kgCO2eLow         : Decimal(31, 6);
  kgCO2eHigh        : Decimal(31, 6);
  /** the checks that failed at close and were waived, with the reasons (JSON) */
  waivers           : LargeString;
  /** factor sets and versions the figures used (JSON) */
  factorSets        : LargeString;
  /** what replay needs: the factors, rules, regions, units, rates and indexes the figures used, as they were (JSON) */
  pins              : LargeString;
  /** every Scope 3 category at close: calculated, not relevant (with the justification) or not yet calculated (JSON) */
  categories        : LargeString;
  totals            : Composition of many SnapshotTotals on totals.snapshot = $self;
  methods           : Composition of many SnapshotMethods on methods.snapshot = $self;
}

/** Totals per Scope 3 category of a snapshot, both bases, with the change against the previous version. */
entity SnapshotTotals {
  key snapshot       : Association to PeriodSnapshots;
  key category       : Association to scope3.Scope3Categories;
      lines          : Integer;
      kgCO2eLocation : Decimal(31, 6);
      kgCO2eMarket   : Decimal(31, 6);
      biogenicCO2    : Decimal(31, 6);
      /** the well-to-tank part of kgCO2eLocation */
      kgCO2eWTT      : Decimal(31, 6);
      primaryKgCO2e  : Decimal(31, 6);
      dqScore        : Decimal(5, 3);
      deltaLocation  : Decimal(31, 6);
      deltaMarket    : Decimal(31, 6);
      /** the 95 % interval of kgCO2eLocation and the sums it comes from (srv/lib/close/ledger.ts momentsOf): snapshots of uncertaintyMethod only */
      kgCO2eLow      : Decimal(31, 6);
      kgCO2eHigh     : Decimal(31, 6);
      kgMean         : String(48);
      kgVariance     : String(64);
      kgWithoutSpread : String(40);
}

/** The method mix of a snapshot: location-based emissions and lines per calculation method. */
entity SnapshotMethods {
  key snapshot       : Association to PeriodSnapshots;
  key category       : Association to scope3.Scope3Categories;
  key method         : Association to scope3.CalculationMethods;
      lines          : Integer;
      kgCO2eLocation : Decimal(31, 6);
}

/** A request to reopen a closed period for a restatement: a reason, and a second person who approves. */
entity Restatements : cuid, managed {
  period      : Association to FiscalPeriods;
  reason      : String(1000) @mandatory;
  status      : String(10) enum { requested; approved; rejected; done } default 'requested';
  decidedAt   : Timestamp;
  decidedBy   : User;
  comment     : String(1000);
  /** the snapshot the restatement produced */
  snapshot    : Association to PeriodSnapshots;
}

/**
 * A long run on a period (close, recompute) with its progress. `activeKey` is set while the job runs and unique:
 * the database refuses a second running job of the same period, across instances.
 */
@assert.unique: { active: [activeKey] }
entity PeriodJobs : cuid {
  period     : Association to FiscalPeriods;
  jobType    : String(10) enum { close; recompute };
  status     : String(10) enum { running; succeeded; failed } default 'running';
  activeKey  : String(40);
  total      : Integer default 0;
  done       : Integer default 0;
  startedAt  : Timestamp;
  startedBy  : User;
  finishedAt : Timestamp;
  message    : String(1000);
  /** what the job produced, e.g. the snapshot of a close */
  snapshot   : Association to PeriodSnapshots;
}

/**
 * The tamper-evident calculation log: append-only, each entry chained to the previous one by hash
 * (srv/lib/close/ledger.ts). `verifyLog` recomputes the chain and names the first entry that does not match.
 */
entity CalculationLog {
  key seq          : Integer;
      at           : Timestamp;
      user         : User;
      action       : String(30) enum { calculation; close; reopenRequest; reopen; reject; restatement; factorSetPublication; ruleChange; upload; uploadReversal; agentRun; policyDecision; baseYearReview; baseYearDecision; baseYearPolicy };
      subject      : String(200);
      details      : String(2000);
      inputHash    : String(64);
      outputHash   : String(64);
      previousHash : String(64);
      hash         : String(64);
      /** the company code the entry is about, if one (part of the hash when set) */
      companyCode  : String(4);
}

/**
 * What posted to each period, pre-aggregated by category, method and factor set: maintained in the transaction
 * that posts the attributions (srv/attribution/period-totals.ts), so reports read a few rows instead of every attribution.
 * Same posting rule as the ledger: a new figure adds its values, the figure it supersedes is taken away.
 */
entity PeriodTotals {
  key companyCode    : Association to CompanyCodes;
  key fiscalYear     : Integer;
  key fiscalPeriod   : Integer;
  key category       : Association to scope3.Scope3Categories;
  key method         : Association to scope3.CalculationMethods;
  key factorSet      : String(40);
      lines          : Integer default 0;
      // sums as exact decimal text: SQLite keeps DECIMAL as floating point, which cannot hold a year's
      // total to the milligram; the code adds them with decimal arithmetic (srv/attribution/period-totals.ts)
      kgCO2eLocation : String(40) default '0';
      kgCO2eMarket   : String(40) default '0';
      biogenicCO2    : String(40) default '0';
      /** the well-to-tank part of kgCO2eLocation (and kgCO2eMarket) */
      kgCO2eWTT      : String(40) default '0';
      /** Σ data-quality score × |kg CO2e location|, and Σ |kg CO2e location|: the emission-weighted score */
      dqWeighted     : String(48) default '0';
      dqWeight       : String(40) default '0';
      /**
       * the 95 % interval's sums (srv/lib/attribution/uncertainty.ts lineMoments): Σ kg·e^(σ²/2) and
       * Σ kg²·e^(σ²)(e^(σ²) − 1) of the lines above 0, and Σ kg of those lines; the rest of kgCO2eLocation has no
       * spread (srv/lib/close/ledger.ts momentsOf), so a row from before intervals existed (all three 0) is all exact
       */
      kgMean         : String(48) default '0';
      kgVariance     : String(64) default '0';
      kgWithSpread   : String(40) default '0';
}

/**
 * The relevance screening of the 15 Scope 3 categories for a company code and year (GHG Protocol Scope 3 Standard,
 * chapter 6): a category screened not relevant is excluded with the controller's justification; every other one is
 * relevant and must be calculated by the year's last close (readiness check `categoriesAccountedFor`). Without a
 * row a category counts as relevant. Kept with the period's snapshot at close.
 */
entity CategoryScreenings : managed {
  key companyCode   : Association to CompanyCodes;
  key reportingYear : Integer;
  key category      : Association to scope3.Scope3Categories;
      relevant      : Boolean default true;
      /** why not relevant (required then), or how it was screened */
      justification : String(1000);
}

/** Categories a reporting year leaves out, with the justification the report shows (GHG Protocol, ESRS E1). */
entity CategoryExclusions : managed {
  key reportingYear : Integer;
  key category      : Association to scope3.Scope3Categories;
      justification : String(1000) @mandatory;
}
