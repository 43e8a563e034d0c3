using { scope3 } from '../../db/schema';
using { sap.changelog } from '@cap-js/change-tracking';

/** Auditors prove that nothing was altered: the hash-chained calculation log, and replay of closed periods. */
@path: '/odata/v4/audit'
service AuditService {
  @readonly entity CalculationLog  as projection on scope3.CalculationLog;
  @readonly entity PeriodSnapshots as projection on scope3.PeriodSnapshots;
  /** field-level history of attribution rules and factor sets (@cap-js/change-tracking, recorded by database triggers) */
  @readonly entity Changes         as projection on changelog.Changes;

  type LogVerification {
    entries  : Integer;
    intact   : Boolean;
    /** the first entry that was altered, removed or inserted */
    brokenAt : Integer;
    problem  : String(200);
  }

  type ReplayDifference {
    attribution : UUID;
    problem     : String(500);
  }

  type ReplayResult {
    snapshot     : UUID;
    storedHash   : String(64);
    replayedHash : String(64);
    matches      : Boolean;
    differences  : many ReplayDifference;
  }

  /** recomputes the chain of the calculation log and names the first broken entry */
  action verifyLog() returns LogVerification;

  /** recomputes a snapshot from its recorded inputs with the pinned factors and rules, and compares the hash */
  action replay(snapshot : UUID @mandatory) returns ReplayResult;
}
