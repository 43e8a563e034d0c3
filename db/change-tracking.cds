// Field-level change history (@cap-js/change-tracking: database triggers, so every path is recorded) of what
// decides a figure: attribution rules and the status of factor sets. Factor values change only by importing a
// published file, which the calculation log records with the file's checksum and the values' hash.
using { scope3.AttributionRules, scope3.FactorSets } from './schema';

annotate AttributionRules with @changelog: [ruleKey, version] {
  name          @changelog;
  supplier      @changelog;
  material      @changelog;
  materialGroup @changelog;
  plant         @changelog;
  companyCode   @changelog;
  glAccount     @changelog;
  category      @changelog;
  method        @changelog;
  factor        @changelog;
  factorFamily  @changelog;
  priority      @changelog;
  validFrom     @changelog;
  validTo       @changelog;
  active        @changelog;
}

annotate FactorSets with @changelog: [code] {
  version      @changelog;
  status       @changelog;
  fileChecksum @changelog;
}
