namespace scope3;

using { cuid, managed, User } from '@sap/cds/common';
using { scope3.Activities } from './accounting';
using { scope3.CompanyCodes } from './master-data';

/**
 * A data-quality finding on an activity line: what is wrong or missing, how bad it is and what would mend it. The
 * findings are the worklist of the data-quality agent and of derivations that had to fall back (an upstream transport
 * estimated from spend for want of a lane or a weight); a finding is open until its cause is gone (resolved) or an
 * admin accepts it with a reason (waived). Open blocking findings fail a period's readiness check.
 */
@assert.unique: { finding: [activity, findingType] }
entity Findings : cuid, managed {
  activity     : Association to Activities @mandatory;
  /** the period of the line (readiness checks count a period's open findings) */
  companyCode  : Association to CompanyCodes;
  fiscalYear   : Integer;
  fiscalPeriod : Integer;
  findingType  : String(30) @mandatory;
  severity     : String(8) enum { low; medium; high } default 'medium';
  /** an open blocking finding fails the period's readiness check (the policy decides which block) */
  blocksClose  : Boolean default false;
  message      : String(500);
  /** what would mend it */
  proposal     : String(500);
  /** who raised it: an agent, or a derivation */
  raisedBy     : String(40);
  /** how sure the agent is (srv/lib/quality/quality-checks.ts) */
  confidence   : Decimal(3, 2);
  /** the line's kg CO2e (location-based) when it was raised: what a waiver's materiality is judged by */
  kgCO2e       : Decimal(31, 6);
  /**
   * open → resolved when its cause is gone, or → waived with a reason; a waiver of a material finding (policy) is
   * requested first and decided by an approver who is not the requester
   */
  status       : String(16) enum { open; waiverRequested; resolved; waived } default 'open';
  resolvedAt   : Timestamp;
  waiverReason : String(500);
  waiverRequestedBy : User;
  waiverRequestedAt : Timestamp;
  waivedBy     : User;
  waivedAt     : Timestamp;
  decisionComment : String(500);
}
