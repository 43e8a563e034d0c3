namespace scope3;

using { cuid, managed, User } from '@sap/cds/common';
using { scope3.CompanyCodes } from './master-data';

/**
 * A Scope 3 reduction target (e.g. an SBTi near-term target): for one company code, or the group (no company code),
 * the categories it covers, its base year and target year, and the reduction by the target year: of absolute
 * emissions (contraction) or of emissions per unit of a denominator (revenue, units sold). The pathway is linear
 * from the base year's figure to the target (srv/lib/close/targets.ts, docs/reporting.md "Targets").
 */
entity ReductionTargets : cuid, managed {
  name                  : String(100) @mandatory;
  /** none: the group, every company code the user may read */
  companyCode           : Association to CompanyCodes;
  targetType            : String(10) @assert.range enum { absolute; intensity } default 'absolute';
  baseYear              : Integer @mandatory @assert.range: [2000, 2100];
  targetYear            : Integer @mandatory @assert.range: [2001, 2100];
  /** the reduction by the target year against the base year, percent (e.g. 42 for 42 % by 2030) */
  reductionPercent      : Decimal(5, 2) @mandatory @assert.range: [0, 100];
  /** the Scope 3 categories covered, comma-separated numbers ("1,4,6"); empty: all fifteen */
  categories            : String(60);
  /** intensity targets: what the figure is divided by, e.g. "EUR million revenue", and its value per year */
  denominatorUnit       : String(40);
  denominators          : Composition of many TargetDenominators on denominators.target = $self;
  /**
   * the base-year recalculation policy (GHG Protocol Scope 3 Standard, chapter 9): a change of the base year's figure
   * by a methodology change, a restatement or a structural change of this share or more is proposed for recalculation;
   * not given, the company code's policy (CompanyCodes.baseYearSignificancePercent), 5 % for the group
   */
  significancePercent   : Decimal(5, 2) @assert.range: [0, 100];
  reviews               : Composition of many BaseYearReviews on reviews.target = $self;
}

/** what moves emitting operations into or out of the reporting company (GHG Protocol Scope 3 Standard, 9.2) */
type StructuralChangeKind : String(12) enum { acquisition; merger; insourcing; divestment; outsourcing };

/** an intensity target's denominator of one year, e.g. the revenue of 2026 */
entity TargetDenominators {
  key target : Association to ReductionTargets;
  key year   : Integer;
      value  : Decimal(31, 6) @mandatory;
}

/**
 * A check of a target's base year against the policy: how much the base year's figure would change (a recompute of
 * its lines with today's rules and factors, or a restatement of its periods) and whether that is significant. A
 * significant one is a proposal: a controller accepts it (the base year's closed periods are asked to be restated,
 * which another person approves: four eyes, as every restatement) or declines it, each with a reason.
 */
entity BaseYearReviews : cuid {
  target         : Association to ReductionTargets;
  checkedAt      : Timestamp;
  checkedBy      : User;
  /** what changed the base year: methodology (today's rules and factors), restatement, structural */
  trigger        : String(20) enum { methodology; restatement; structural };
  /**
   * a structural change (GHG Protocol Scope 3 Standard, 9.2): what happened, the base-year emissions of the operations
   * it moved in or out (changeKgCO2e, + in, − out); accepted by a second person, it adjusts the target's base year
   */
  changeKind     : StructuralChangeKind;
  baseKgCO2e     : Decimal(31, 6);
  changeKgCO2e   : Decimal(31, 6);
  /** the change, percent of the base year's figure, two decimals half to even */
  changePercent  : Decimal(9, 2);
  significant    : Boolean;
  /** per category: "1: +1234.5 kg" */
  details        : String(2000);
  status         : String(10) enum { noChange; proposed; accepted; declined } default 'noChange';
  decidedAt      : Timestamp;
  decidedBy      : User;
  reason         : String(1000);
}
