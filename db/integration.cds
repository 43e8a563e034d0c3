namespace scope3;

using { cuid } from '@sap/cds/common';

/**
 * The inbox of S/4HANA business events: each CloudEvent once (by source and id), with its processing status.
 * Processing is by business key (the document is re-read), so duplicates and reordering converge.
 */
@assert.unique: { cloudEvent: [source, eventId] }
entity InboundEvents : cuid {
  eventId      : String(100) @mandatory;
  source       : String(200) @mandatory;
  type         : String(200);
  data         : LargeString;
  receivedAt   : Timestamp;
  status       : String(12) enum { received; processed; skipped; failed } default 'received';
  attempts     : Integer default 0;
  lastError    : String(1000);
  processedAt  : Timestamp;
  /** the documents the event led to, e.g. purchase orders */
  businessKeys : String(500);
  /** the company code of those documents (set when processed; company-code isolation reads it) */
  companyCode  : String(4);
}

/** A run of the reconciliation: documents changed in S/4HANA since the last watermark, synchronised. */
entity ReconciliationRuns : cuid {
  trigger        : String(10) enum { schedule; admin };
  startedAt      : Timestamp;
  finishedAt     : Timestamp;
  /** the watermark this run read from (null: everything) */
  changedSince   : Timestamp;
  /** the watermark for the next run: this run's start, less a margin for clock skew */
  watermark      : Timestamp;
  purchaseOrders : Integer;
  changed        : Integer;
  notFound       : Integer;
  failed         : Integer;
  status         : String(10) enum { running; succeeded; failed };
  error          : String(1000);
}
