/**
 * The estimate API: a public contract (README, "Estimate API"). Stateless; it reads the factor library,
 * units, exchange rates and price indexes, and writes nothing.
 */
@path: '/odata/v4/calculation'
service CalculationService {

  type FactorInput {
    /** a library factor `<set code>/<factor code>` ... */
    id    : String(80);
    /** ... or an explicit factor: value with unit kgCO2e/<unit> or tCO2e/<unit> */
    value : Decimal;
    unit  : String(60);
  }

  type ComponentInput {
    method       : String(30);
    quantity     : Decimal;
    unit         : String(40);
    amount       : Decimal;
    currency     : String(3);
    spendYear    : Integer;
    distance     : Decimal;
    distanceUnit : String(40);
    date         : Date;
    factor       : FactorInput;
  }

  type ActivityInput : ComponentInput {
    ref        : String(100);
    category   : Integer;
    basis      : String(8);
    /** hybrid: the parts, each with its own factor */
    components : many ComponentInput;
  }

  type FactorUsed {
    id         : String(80);
    value      : Decimal;
    unit       : String(60);
    setCode    : String(40);
    setVersion : String(20);
  }

  type EstimateError {
    code    : String(40);
    message : String(500);
    target  : String(100);
  }

  /** an assumption the calculation made that the activity did not state (e.g. a proxy class, market equal to location) */
  type EstimateWarning {
    code    : String(40);
    message : String(500);
    target  : String(100);
  }

  type EstimateResult {
    ref         : String(100);
    kgCO2e      : Decimal;
    /** biogenic CO2, beside (never inside) kgCO2e; null where the factor has none */
    biogenicCO2kg : Decimal;
    method      : String(30);
    category    : Integer;
    basis       : String(8);
    factor      : FactorUsed;
    explanation : String(2000);
    warnings    : many EstimateWarning;
    error       : EstimateError;
  }

  /** One result per activity, in request order; one bad activity never fails the others. At most 10,000 per call. */
  action estimate(activities : many ActivityInput) returns many EstimateResult;
}
