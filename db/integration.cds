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
}
