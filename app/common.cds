// Labels, texts and value helps shared by the Fiori apps (texts in _i18n/i18n.properties).
using { scope3 } from '../db/schema';

annotate scope3.CompanyCodes with @cds.odata.valuelist @title: '{i18n>CompanyCode}' {
  code @title: '{i18n>CompanyCode}' @Common.Text: name;
  name @title: '{i18n>Name}';
}
annotate scope3.Plants with @cds.odata.valuelist @title: '{i18n>Plant}' {
  code @title: '{i18n>Plant}' @Common.Text: name;
  name @title: '{i18n>Name}';
}
annotate scope3.Suppliers with @cds.odata.valuelist @title: '{i18n>Supplier}' {
  ID      @title: '{i18n>Supplier}' @Common.Text: name;
  name    @title: '{i18n>Name}';
  country @title: '{i18n>Country}';
}
annotate scope3.MaterialGroups with @cds.odata.valuelist @title: '{i18n>MaterialGroup}' {
  code @title: '{i18n>MaterialGroup}' @Common.Text: name;
  name @title: '{i18n>Name}';
}
annotate scope3.Materials with @cds.odata.valuelist @title: '{i18n>Material}' {
  ID   @title: '{i18n>Material}' @Common.Text: name;
  name @title: '{i18n>Name}';
}
// a category reads as reports name it: "1 Purchased goods and services"
annotate scope3.Scope3Categories with {
  code  @title: '{i18n>Category}' @Common.Text: title @Common.TextArrangement: #TextOnly;
  title @title: '{i18n>Category}';
}
annotate scope3.CalculationMethods with {
  code @title: '{i18n>Method}' @Common.Text: name @Common.TextArrangement: #TextOnly;
}
annotate scope3.ActivityStatuses with {
  code @title: '{i18n>Status}' @Common.Text: name @Common.TextArrangement: #TextOnly;
}
annotate scope3.Units with {
  code @title: '{i18n>Unit}' @Common.Text: name;
}
annotate scope3.FactorSets with @title: '{i18n>FactorSet}' {
  code        @title: '{i18n>FactorSet}' @Common.Text: title;
  title       @title: '{i18n>Title}';
  publisher   @title: '{i18n>Publisher}';
  version     @title: '{i18n>Version}';
  licence     @title: '{i18n>Licence}';
  attribution @title: '{i18n>Attribution}';
  citation    @title: '{i18n>Citation}';
  status      @title: '{i18n>Status}';
}
annotate scope3.EmissionFactors with @title: '{i18n>EmissionFactor}' {
  ID          @title: '{i18n>EmissionFactor}' @Common.Text: description;
  factorSet   @title: '{i18n>FactorSet}';
  code        @title: '{i18n>FactorCode}';
  description @title: '{i18n>Description}';
  value       @title: '{i18n>FactorValue}';
  unit        @title: '{i18n>Unit}';
  currency    @title: '{i18n>Currency}';
  region      @title: '{i18n>Region}';
  year        @title: '{i18n>Year}';
}
annotate scope3.AttributionRules with @title: '{i18n>AttributionRule}' {
  ID      @title: '{i18n>AttributionRule}' @Common.Text: name;
  ruleKey @title: '{i18n>RuleKey}';
  version @title: '{i18n>RuleVersion}';
  name    @title: '{i18n>Name}';
}
annotate scope3.InboundEvents with @title: '{i18n>InboundEvent}';

annotate scope3.Attributions with @title: '{i18n>Attribution}' {
  category          @title: '{i18n>Category}';
  method            @title: '{i18n>Method}';
  factor            @title: '{i18n>EmissionFactor}';
  factorSetVersion  @title: '{i18n>FactorSetVersion}';
  rule              @title: '{i18n>AttributionRule}';
  ruleVersion       @title: '{i18n>RuleVersion}';
  kgCO2eLocation    @title: '{i18n>KgCO2eLocation}';
  kgCO2eMarket      @title: '{i18n>KgCO2eMarket}';
  biogenicCO2       @title: '{i18n>BiogenicCO2}';
  dqScore           @title: '{i18n>DqScore}';
  uncertaintyVariance @title: '{i18n>UncertaintyVariance}';
  kgCO2eLow         @title: '{i18n>KgCO2eLow}';
  kgCO2eHigh        @title: '{i18n>KgCO2eHigh}';
  explanation       @title: '{i18n>Explanation}';
  isAdjustment      @title: '{i18n>IsAdjustment}';
  isReversal        @title: '{i18n>IsReversal}';
  calculatedAt      @title: '{i18n>CalculatedAt}';
  fiscalYear        @title: '{i18n>FiscalYear}';
  fiscalPeriod      @title: '{i18n>FiscalPeriod}';
  inputHash         @title: '{i18n>InputHash}';
  calculationVersion @title: '{i18n>CalculationVersion}';
}

annotate scope3.Units with {
  symbol @title: '{i18n>UnitSymbol}';
}

annotate scope3.Activities with {
  companyCode   @title: '{i18n>CompanyCode}';
  supplier      @title: '{i18n>Supplier}';
  material      @title: '{i18n>Material}';
  materialGroup @title: '{i18n>MaterialGroup}';
  plant         @title: '{i18n>Plant}';
  fiscalYear    @title: '{i18n>FiscalYear}';
  fiscalPeriod  @title: '{i18n>FiscalPeriod}';
  postingDate   @title: '{i18n>PostingDate}';
  description   @title: '{i18n>Description}';
  quantity      @title: '{i18n>Quantity}' @Measures.Unit: unit_code;
  unit          @title: '{i18n>Unit}';
  amount        @title: '{i18n>Amount}' @Measures.ISOCurrency: currency_code;
  status        @title: '{i18n>Status}';
}

// value helps of the admin apps
annotate scope3.Units with @cds.odata.valuelist;
annotate scope3.Regions with @cds.odata.valuelist @title: '{i18n>Region}' {
  code @title: '{i18n>Region}' @Common.Text: name;
}
annotate scope3.Scope3Categories with @cds.odata.valuelist;
annotate scope3.CalculationMethods with @cds.odata.valuelist;
annotate scope3.AccountingBases with @cds.odata.valuelist;
annotate scope3.FactorSetStatuses with @cds.odata.valuelist {
  code @title: '{i18n>Status}' @Common.Text: name @Common.TextArrangement: #TextOnly;
}
