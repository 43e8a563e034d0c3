// Own Product Footprints (sustainability admins; auditors read): the company's PACT footprints on PactService.
using { PactService as srv } from '../../srv/pact/pact-service';

annotate srv.OwnFootprints with @(
  UI.HeaderInfo: {
    TypeName: '{i18n>OwnFootprint}', TypeNamePlural: '{i18n>OwnFootprints}',
    Title: { Value: productNameCompany }, Description: { Value: productDescription }
  },
  UI.SelectionFields: [ status, productNameCompany, productIds, geographyCountry, declaredUnit ],
  UI.LineItem: [
    { Value: productNameCompany },
    { Value: status, Criticality: statusCriticality },
    { Value: version },
    { Value: pcfExcludingBiogenicUptake },
    { Value: declaredUnit },
    { Value: geographyCountry },
    { Value: referencePeriodEnd },
    { Value: validityPeriodEnd },
    { Value: primaryDataShare },
    { Value: publishedAt },
    { $Type: 'UI.DataFieldForAction', Action: 'PactService.publish', Label: '{i18n>Publish}' },
    { $Type: 'UI.DataFieldForAction', Action: 'PactService.newVersion', Label: '{i18n>NewVersion}' }
  ],
  UI.PresentationVariant: { SortOrder: [{ Property: productNameCompany }], Visualizations: ['@UI.LineItem'] },
  UI.Identification: [
    { $Type: 'UI.DataFieldForAction', Action: 'PactService.publish', Label: '{i18n>Publish}' },
    { $Type: 'UI.DataFieldForAction', Action: 'PactService.newVersion', Label: '{i18n>NewVersion}' }
  ],
  UI.HeaderFacets: [ { $Type: 'UI.ReferenceFacet', Target: '@UI.FieldGroup#Status' } ],
  UI.FieldGroup #Status: { Data: [ { Value: status, Criticality: statusCriticality }, { Value: version }, { Value: publishedAt }, { Value: predecessor_ID } ] },
  UI.FieldGroup #Product: { Data: [
    { Value: productNameCompany }, { Value: productDescription }, { Value: productIds }, { Value: productClassifications }, { Value: companyName }, { Value: companyIds }, { Value: comment }
  ] },
  UI.FieldGroup #Footprint: { Data: [
    { Value: declaredUnit }, { Value: declaredUnitAmount }, { Value: productMassPerDeclaredUnit }, { Value: pcfExcludingBiogenicUptake }, { Value: pcfIncludingBiogenicUptake },
    { Value: fossilGhgEmissions }, { Value: fossilCarbonContent }, { Value: exemptedEmissionsPercent }, { Value: ipccCharacterizationFactors }, { Value: crossSectoralStandards }
  ] },
  UI.FieldGroup #Periods: { Data: [
    { Value: referencePeriodStart }, { Value: referencePeriodEnd }, { Value: validityPeriodStart }, { Value: validityPeriodEnd }, { Value: geographyCountry }
  ] },
  UI.FieldGroup #Quality: { Data: [ { Value: primaryDataShare }, { Value: technologicalDQR }, { Value: temporalDQR }, { Value: geographicalDQR } ] },
  UI.Facets: [
    { $Type: 'UI.ReferenceFacet', ID: 'Product', Label: '{i18n>Product}', Target: '@UI.FieldGroup#Product' },
    { $Type: 'UI.ReferenceFacet', ID: 'Footprint', Label: '{i18n>Footprint}', Target: '@UI.FieldGroup#Footprint' },
    { $Type: 'UI.ReferenceFacet', ID: 'Periods', Label: '{i18n>PeriodsAndGeography}', Target: '@UI.FieldGroup#Periods' },
    { $Type: 'UI.ReferenceFacet', ID: 'Quality', Label: '{i18n>DataQuality}', Target: '@UI.FieldGroup#Quality' }
  ]
) {
  status                      @title: '{i18n>Status}';
  version                     @title: '{i18n>Version}';
  predecessor                 @title: '{i18n>Predecessor}';
  publishedAt                 @title: '{i18n>PublishedAt}';
  companyName                 @title: '{i18n>CompanyName}';
  companyIds                  @title: '{i18n>CompanyIds}';
  productIds                  @title: '{i18n>ProductIds}';
  productClassifications      @title: '{i18n>ProductClassifications}';
  productNameCompany          @title: '{i18n>Product}';
  productDescription          @title: '{i18n>Description}' @UI.MultiLineText;
  declaredUnit                @title: '{i18n>DeclaredUnit}';
  declaredUnitAmount          @title: '{i18n>DeclaredUnitAmount}';
  productMassPerDeclaredUnit  @title: '{i18n>ProductMassPerDeclaredUnit}';
  referencePeriodStart        @title: '{i18n>ReferencePeriodStart}';
  referencePeriodEnd          @title: '{i18n>ReferencePeriodEnd}';
  validityPeriodStart         @title: '{i18n>ValidityPeriodStart}';
  validityPeriodEnd           @title: '{i18n>ValidityPeriodEnd}';
  geographyCountry            @title: '{i18n>Country}';
  pcfExcludingBiogenicUptake  @title: '{i18n>PcfExcludingBiogenicUptake}';
  pcfIncludingBiogenicUptake  @title: '{i18n>PcfIncludingBiogenicUptake}';
  fossilGhgEmissions          @title: '{i18n>FossilGhgEmissions}';
  fossilCarbonContent         @title: '{i18n>FossilCarbonContent}';
  exemptedEmissionsPercent    @title: '{i18n>ExemptedEmissionsPercent}';
  primaryDataShare            @title: '{i18n>PrimaryDataShare}';
  technologicalDQR            @title: '{i18n>TechnologicalDQR}';
  temporalDQR                 @title: '{i18n>TemporalDQR}';
  geographicalDQR             @title: '{i18n>GeographicalDQR}';
  ipccCharacterizationFactors @title: '{i18n>IpccCharacterizationFactors}';
  crossSectoralStandards      @title: '{i18n>CrossSectoralStandards}';
  comment                     @title: '{i18n>Comment}';
  statusCriticality           @UI.Hidden;
  footprint                   @UI.Hidden;
};

annotate srv.OwnFootprints actions {
  publish    @Core.OperationAvailable: { $edmJson: { $And: [ { $Eq: [ { $Path: 'in/status' }, 'draft' ] }, { $Path: 'in/IsActiveEntity' } ] } }
             @Common.SideEffects: { TargetProperties: [ 'in/status', 'in/publishedAt' ] };
  newVersion @Core.OperationAvailable: { $edmJson: { $Eq: [ { $Path: 'in/status' }, 'published' ] } };
};

// a published footprint is kept as it is (the service refuses Edit; New Version drafts its successor)
annotate srv.OwnFootprints with @(UI.UpdateHidden: { $edmJson: { $Ne: [ { $Path: 'status' }, 'draft' ] } });
