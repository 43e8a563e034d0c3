// Manage Transport Lanes (sustainability admins): lanes and their legs as Fiori drafts on AdminService. Saving a
// lane derives the upstream transport of its plant's buyer-paid purchase order items again (srv/admin/admin-service.ts).
using { AdminService as srv } from '../../srv/admin/admin-service';

annotate srv.TransportLanes with @(
  UI.HeaderInfo: {
    TypeName: '{i18n>TransportLane}', TypeNamePlural: '{i18n>TransportLanes}',
    Title: { Value: name }, Description: { Value: plant_code }
  },
  UI.SelectionFields: [ plant_code, supplier_ID, supplierCountry_code, active ],
  UI.LineItem: [
    { Value: name },
    { Value: supplier_ID },
    { Value: supplierCountry_code },
    { Value: plant_code },
    { Value: carrier },
    { Value: validFrom },
    { Value: validTo },
    { Value: active }
  ],
  UI.PresentationVariant: { SortOrder: [{ Property: plant_code }, { Property: name }], Visualizations: ['@UI.LineItem'] },
  UI.FieldGroup #Route: { Data: [ { Value: name }, { Value: supplier_ID }, { Value: supplierCountry_code }, { Value: plant_code }, { Value: carrier } ] },
  UI.FieldGroup #Validity: { Data: [ { Value: validFrom }, { Value: validTo }, { Value: active } ] },
  UI.Facets: [
    { $Type: 'UI.ReferenceFacet', ID: 'Route', Label: '{i18n>Route}', Target: '@UI.FieldGroup#Route' },
    { $Type: 'UI.ReferenceFacet', ID: 'Legs', Label: '{i18n>Legs}', Target: 'legs/@UI.LineItem' },
    { $Type: 'UI.ReferenceFacet', ID: 'Validity', Label: '{i18n>Validity}', Target: '@UI.FieldGroup#Validity' }
  ]
) {
  name            @title: '{i18n>Name}';
  supplier        @title: '{i18n>Supplier}' @Common.Text: supplier.name @Common.TextArrangement: #TextFirst;
  supplierCountry @title: '{i18n>SupplierCountry}';
  plant           @title: '{i18n>Plant}' @Common.Text: plant.name @Common.TextArrangement: #TextFirst;
  carrier         @title: '{i18n>Carrier}';
  validFrom       @title: '{i18n>ValidFrom}';
  validTo         @title: '{i18n>ValidTo}';
  active          @title: '{i18n>Active}';
  legs            @title: '{i18n>Legs}';
};

annotate srv.TransportLaneLegs with @(
  UI.LineItem: [ { Value: sequence }, { Value: mode }, { Value: distanceKm } ],
  UI.PresentationVariant: { SortOrder: [{ Property: sequence }], Visualizations: ['@UI.LineItem'] }
) {
  sequence   @title: '{i18n>Leg}';
  mode       @title: '{i18n>TransportMode}';
  distanceKm @title: '{i18n>DistanceKm}';
};
