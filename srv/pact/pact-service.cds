using { scope3 } from '../../db/schema';

/**
 * PACT data exchange as the app's users see it (the PACT API itself is srv/pact/pact-api.ts, for partners): the partners
 * with their credentials and destinations, the customers' requests to fulfil or reject, and the events received.
 * Outgoing events and pulls run through CAP's persistent queue (`deliver`, `pull`: srv/pact/pact-exchange.ts).
 */
@path: '/odata/v4/pact'
service PactService {
  /** partners calling our PACT API; the secret is set by `newSecret` and shown once, only its hash is kept */
  @odata.draft.enabled
  entity Clients as projection on scope3.PactClients excluding { secretHash } actions {
    action newSecret() returns String;
  };
  /** customers' requests (RequestCreatedEvent): fulfilled with own active footprints, or rejected with a reason */
  @readonly entity FulfilmentTasks as projection on scope3.PactFulfilmentTasks actions {
    action fulfil(footprints : many String) returns FulfilmentTasks;
    action reject(code : String(40) @mandatory, message : String(500) @mandatory) returns FulfilmentTasks;
  };
  @readonly entity InboundEvents as projection on scope3.PactInboundEvents;
  /** the suppliers a partner may speak for (value help) */
  @readonly entity Suppliers as projection on scope3.Suppliers;

  /**
   * the company's own footprints as its people maintain them, in drafts: `publish` validates a saved draft by the PACT
   * v3.0 rules and makes it the footprint the API serves; a published one is not edited, `newVersion` drafts its
   * successor, whose publication deprecates it
   */
  @odata.draft.enabled
  entity OwnFootprints as projection on scope3.OwnFootprints {
    *,
    status      @readonly,
    version     @readonly,
    predecessor @readonly,
    publishedAt @readonly,
    case status when 'published' then 3 when 'deprecated' then 0 else 2 end as statusCriticality : Integer
  } actions {
    action publish() returns OwnFootprints;
    action newVersion() returns OwnFootprints;
  };
  @readonly entity ProductFootprints as projection on scope3.ProductFootprints where origin = 'own';
  /** the supplier partners' active footprints of the products we hold footprints of or asked for (also on a schedule) */
  action pullFromSuppliers() returns { partners : Integer; imported : Integer };
  /** CSV of maintained footprints (one column per field, lists blank-separated): saved as drafts to publish */
  action importOwnFootprintsCsv(csv : LargeString @mandatory) returns many OwnFootprints;
}
