namespace scope3;

using { cuid, managed, User } from '@sap/cds/common';

/**
 * A background agent (srv/quality/data-quality-service.ts): its on/off switch, its dry-run mode (decides and logs, changes
 * nothing) and its policy: the thresholds it decides by and which of its findings block a period's close (JSON,
 * defaults in srv/lib/quality/quality-checks.ts).
 */
entity Agents : managed {
  key code         : String(30);
      name         : String(100);
      description  : String(500);
      enabled      : Boolean default true;
      dryRun       : Boolean default false;
      /** the version of its logic: part of every decision */
      logicVersion : String(20);
      policy       : LargeString;
      runs         : Association to many AgentRuns on runs.agent = $self;
}

/** One run of an agent over lines: what triggered it and what it decided. */
entity AgentRuns : cuid {
  agent         : Association to Agents;
  trigger       : String(10) enum { event; schedule; manual };
  dryRun        : Boolean default false;
  status        : String(10) enum { running; succeeded; failed } default 'running';
  startedAt     : Timestamp;
  finishedAt    : Timestamp;
  startedBy     : User;
  linesChecked  : Integer;
  raised        : Integer;
  resolved      : Integer;
  kept          : Integer;
  /** sha256 of the run's decisions (canonical JSON), also in the calculation log */
  decisionsHash : String(64);
  message       : String(1000);
  decisions     : Association to many AgentDecisions on decisions.run = $self;
}

/**
 * What an agent decided, with its inputs, the version of its logic and its confidence: append-only (the database
 * layer refuses changes and deletions), and each run's decisions are hashed into the calculation log.
 */
entity AgentDecisions : cuid {
  run          : Association to AgentRuns;
  agent        : String(30);
  decision     : String(20) enum { raise; resolve; reopen; approve; reject; block; request; escalate; fallback; import };
  findingType  : String(30);
  /** the activity (or finding) decided on */
  subject      : String(36);
  confidence   : Decimal(3, 2);
  logicVersion : String(20);
  inputs       : LargeString;
  inputHash    : String(64);
  reason       : String(500);
  dryRun       : Boolean default false;
  decidedAt    : Timestamp;
  decidedBy    : User;
  /** the company code of the line or finding decided on, if one */
  companyCode  : String(4);
}
