// PACT Partners (sustainability admins; auditors read): the PACT clients and the customers' requests on PactService.
using { PactService as srv } from '../../srv/pact/pact-service';

annotate srv.Clients with @(
  UI.HeaderInfo: { TypeName: '{i18n>PactPartner}', TypeNamePlural: '{i18n>PactPartners}', Title: { Value: name }, Description: { Value: clientId } },
  UI.SelectionFields: [ clientId, supplier_ID, active ],
  UI.LineItem: [
    { Value: clientId },
    { Value: name },
    { Value: supplier_ID },
    { Value: destination },
    { Value: active },
    { $Type: 'UI.DataFieldForAction', Action: 'PactService.newSecret', Label: '{i18n>NewSecret}' }
  ],
  UI.Identification: [ { $Type: 'UI.DataFieldForAction', Action: 'PactService.newSecret', Label: '{i18n>NewSecret}' } ],
  UI.FieldGroup #Partner: { Data: [ { Value: clientId }, { Value: name }, { Value: supplier_ID }, { Value: destination }, { Value: active } ] },
  UI.Facets: [
    { $Type: 'UI.ReferenceFacet', ID: 'Partner', Label: '{i18n>PactPartner}', Target: '@UI.FieldGroup#Partner' },
    { $Type: 'UI.ReferenceFacet', ID: 'Tasks', Label: '{i18n>FootprintRequests}', Target: 'tasks/@UI.LineItem' },
    { $Type: 'UI.ReferenceFacet', ID: 'Events', Label: '{i18n>ReceivedEvents}', Target: 'events/@UI.LineItem' }
  ]
) {
  clientId    @title: '{i18n>ClientId}';
  name        @title: '{i18n>Name}';
  supplier    @title: '{i18n>Supplier}' @Common.Text: supplier.name @Common.TextArrangement: #TextFirst;
  destination @title: '{i18n>Destination}';
  active      @title: '{i18n>Active}';
};

annotate srv.FulfilmentTasks with @(
  UI.HeaderInfo: { TypeName: '{i18n>FootprintRequest}', TypeNamePlural: '{i18n>FootprintRequests}', Title: { Value: requestEventId } },
  UI.LineItem: [
    { Value: createdAt },
    { Value: status },
    { Value: criteria },
    { Value: comment },
    { Value: footprints },
    { Value: rejectionCode },
    { Value: answeredBy },
    { $Type: 'UI.DataFieldForAction', Action: 'PactService.fulfil', Label: '{i18n>Fulfil}' },
    { $Type: 'UI.DataFieldForAction', Action: 'PactService.reject', Label: '{i18n>Reject}' }
  ]
) {
  requestEventId @title: '{i18n>RequestEventId}';
  status         @title: '{i18n>Status}';
  criteria       @title: '{i18n>RequestCriteria}';
  comment        @title: '{i18n>Comment}';
  footprints     @title: '{i18n>FootprintsSent}';
  rejectionCode  @title: '{i18n>RejectionCode}';
  rejectionText  @title: '{i18n>RejectionText}';
  answeredAt     @title: '{i18n>AnsweredAt}';
  answeredBy     @title: '{i18n>AnsweredBy}';
  createdAt      @title: '{i18n>ReceivedAt}';
};

annotate srv.FulfilmentTasks actions {
  fulfil @Core.OperationAvailable: { $edmJson: { $Eq: [ { $Path: 'in/status' }, 'open' ] } }
         @Common.SideEffects: { TargetProperties: [ 'in/status', 'in/footprints', 'in/answeredBy' ] };
  reject @Core.OperationAvailable: { $edmJson: { $Eq: [ { $Path: 'in/status' }, 'open' ] } }
         @Common.SideEffects: { TargetProperties: [ 'in/status', 'in/rejectionCode', 'in/answeredBy' ] };
};
annotate srv.FulfilmentTasks with actions {
  fulfil (footprints @title: '{i18n>FootprintIdsOrEmpty}');
  reject (code @title: '{i18n>RejectionCode}', message @title: '{i18n>RejectionText}');
};

annotate srv.InboundEvents with @(
  UI.LineItem: [ { Value: receivedAt }, { Value: type }, { Value: eventId }, { Value: source }, { Value: outcome } ]
) {
  receivedAt @title: '{i18n>ReceivedAt}';
  type       @title: '{i18n>EventType}';
  eventId    @title: '{i18n>EventId}';
  source     @title: '{i18n>Source}';
  outcome    @title: '{i18n>Outcome}';
};
