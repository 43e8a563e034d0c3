namespace scope3;

using { cuid, managed, User } from '@sap/cds/common';
using { scope3.ProductFootprints, scope3.SupplierDataRequests } from './footprints';
using { scope3.Suppliers } from './master-data';

/**
 * PACT v3 data exchange over the network (srv/pact/pact-api.ts, srv/pact/pact-service.ts): the partners that call the
 * company's PACT host API with OAuth 2.0 client credentials: customers that read its footprints and ask for them, and
 * suppliers that answer its requests (`supplier`). The secret is kept only as scrypt hash (`scrypt$<salt>$<hash>`,
 * base64); the development profile ships the demo client `pact-demo` (db/demo). `destination` names the BTP
 * destination of the partner's own PACT API (its base URL, token URL and the credentials it gave us): where our events
 * to it go and where we pull its footprints from.
 */
entity PactClients : managed {
  key clientId    : String(80);
      name        : String(200) @mandatory;
      secretHash  : String(200);
      supplier    : Association to Suppliers;
      destination : String(200);
      active      : Boolean default true;
      /** the partner's requests for our footprints, and the events it sent */
      tasks       : Association to many PactFulfilmentTasks on tasks.client = $self;
      events      : Association to many PactInboundEvents on events.client = $self;
}

/** Access tokens issued to clients, kept as sha256 of the token, until they expire. */
entity PactAccessTokens {
  key tokenHash : String(64);
      client    : Association to PactClients;
      issuedAt  : Timestamp;
      expiresAt : Timestamp;
}

/**
 * The product, company and classification URNs of a footprint, one row each: what the PACT filters `productId`,
 * `companyId` and `classification` look up (an index on type and URN, srv/common/database-indexes.ts).
 */
entity ProductFootprintIds {
  key footprint : Association to ProductFootprints;
  key idType    : String(14) enum { product; company; classification };
  key urn       : String(500);
}

extend ProductFootprints with {
  identifiers : Composition of many ProductFootprintIds on identifiers.footprint = $self;
  /**
   * the period the footprint is valid in, as the PACT filters read it: its validity period, or without one the
   * three years from the end of its reference period (Tech Specs v3.0)
   */
  validFrom   : Timestamp;
  validTo     : Timestamp;
}

/**
 * Every CloudEvent the PACT API received (`POST /3/events`), once per client and event id: a replay is answered
 * and ignored. `outcome` says what came of it.
 */
entity PactInboundEvents {
  key client     : Association to PactClients;
  key eventId    : String(200);
      type       : String(100);
      source     : String(500);
      receivedAt : Timestamp;
      outcome    : String(500);
      body       : LargeString;
}

/**
 * A customer's request for footprints (RequestCreatedEvent): open until a person, or the fulfilment agent within its
 * policy, answers it with footprints (RequestFulfilledEvent) or a rejection (RequestRejectedEvent), sent back to the
 * customer through CAP's persistent queue.
 */
entity PactFulfilmentTasks : cuid, managed {
  client         : Association to PactClients @mandatory;
  requestEventId : String(200) @mandatory;
  source         : String(500);
  /** what the customer asked for: the filters of ListFootprints (JSON), and its comment */
  criteria       : LargeString;
  comment        : String(1000);
  status         : String(10) enum { open; fulfilled; rejected } default 'open';
  /** the ids of the footprints sent, blank-separated, or the rejection's code and message */
  footprints     : String(2000);
  rejectionCode  : String(40);
  rejectionText  : String(500);
  answeredAt     : Timestamp;
  answeredBy     : User;
}

extend SupplierDataRequests with {
  /** through which PACT partner the request went out (`sent` by PACT), and its rejection when the supplier refused */
  pactClient    : Association to PactClients;
  rejectionCode : String(40);
  rejectionText : String(500);
}

/**
 * The company's own product footprints as its people maintain them (app/own-footprints, PactService.OwnFootprints,
 * draft-enabled): a draft is edited until `publish` turns it into a PACT v3.0 ProductFootprint (its id is this ID),
 * validated by the v3.0 rules (srv/lib/pact/footprints.ts) and stored as published (ProductFootprints, origin own) for the PACT
 * API. A published footprint is never changed: `newVersion` drafts its successor, whose publication names it in
 * `precedingPfIds` and deprecates it. Lists of URNs are blank-separated.
 */
entity OwnFootprints : managed {
  key ID                          : UUID;
      status                      : String(10) enum { draft; published; deprecated } default 'draft';
      version                     : Integer default 1;
      predecessor                 : Association to OwnFootprints;
      companyName                 : String(200);
      companyIds                  : String(2000);
      productIds                  : String(2000);
      productClassifications      : String(2000);
      productNameCompany          : String(200);
      productDescription          : String(1000);
      declaredUnit                : String(20);
      declaredUnitAmount          : Decimal(28, 12) default 1;
      productMassPerDeclaredUnit  : Decimal(28, 12);
      referencePeriodStart        : Date;
      referencePeriodEnd          : Date;
      validityPeriodStart         : Date;
      validityPeriodEnd           : Date;
      geographyCountry            : String(2);
      pcfExcludingBiogenicUptake  : Decimal(28, 12);
      pcfIncludingBiogenicUptake  : Decimal(28, 12);
      fossilGhgEmissions          : Decimal(28, 12);
      fossilCarbonContent         : Decimal(28, 12) default 0;
      exemptedEmissionsPercent    : Decimal(5, 2) default 0;
      primaryDataShare            : Decimal(5, 2);
      technologicalDQR            : Decimal(3, 2);
      temporalDQR                 : Decimal(3, 2);
      geographicalDQR             : Decimal(3, 2);
      ipccCharacterizationFactors : String(40) default 'AR6';
      crossSectoralStandards      : String(200) default 'ISO14067';
      comment                     : String(1000);
      publishedAt                 : Timestamp;
      footprint                   : Association to ProductFootprints on footprint.ID = ID;
}
