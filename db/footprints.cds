namespace scope3;

using { cuid, managed, User } from '@sap/cds/common';
using { scope3.Suppliers, scope3.Materials, scope3.MaterialGroups } from './master-data';
using { scope3.EmissionFactors } from './factors';
using { scope3.AttributionRules } from './accounting';

/**
 * A product carbon footprint in the PACT v3.0 data model (srv/lib/pact/footprints.ts): one a supplier provided for a product
 * the company buys, or one of the company's own products, which it shares with its customers. The document is kept
 * as received; the columns are what the app reads from it. A supplier's footprint becomes the supplier-specific
 * factor of the material it names (`factor`, and the rule `rule` that points the supplier's lines of that material
 * to it). Supplier-provided values are read-only: only the status moves to Deprecated when a successor names it.
 */
entity ProductFootprints : managed {
  key ID                         : UUID;
      origin                     : String(8) enum { supplier; own } default 'supplier';
      supplier                   : Association to Suppliers;
      material                   : Association to Materials;
      materialGroup              : Association to MaterialGroups;
      request                    : Association to SupplierDataRequests;
      specVersion                : String(20);
      status                     : String(10) enum { Active; Deprecated } default 'Active';
      created                    : Timestamp;
      validityPeriodStart        : Timestamp;
      validityPeriodEnd          : Timestamp;
      companyName                : String(200);
      productNameCompany         : String(200);
      productDescription         : String(1000);
      /** the product and company ids (URNs), blank-separated */
      productIds                 : String(2000);
      companyIds                 : String(2000);
      declaredUnit               : String(20);
      declaredUnitAmount         : Decimal(28, 12);
      productMassPerDeclaredUnit : Decimal(28, 12);
      referencePeriodStart       : Timestamp;
      referencePeriodEnd         : Timestamp;
      geography                  : String(40);
      /** kg CO2e per declared unit */
      pcfExcludingBiogenicUptake : Decimal(28, 12);
      pcfIncludingBiogenicUptake : Decimal(28, 12);
      fossilGhgEmissions         : Decimal(28, 12);
      primaryDataShare           : Decimal(5, 2);
      technologicalDQR           : Decimal(3, 2);
      temporalDQR                : Decimal(3, 2);
      geographicalDQR            : Decimal(3, 2);
      /** the footprint as received (JSON), and its sha256: what an export gives back */
      document                   : LargeString;
      documentHash               : String(64);
      factor                     : Association to EmissionFactors;
      rule                       : Association to AttributionRules;
}

/**
 * A request for a supplier's product footprint, raised by the remediation agent (or a person) where the spend with
 * the supplier is material and its data poor: proposed (the policy asks a person to send it) → sent → answered by a
 * footprint; a sent request past its due date is escalated, and when it stays unanswered the agent falls back to a
 * conservative secondary factor (the usual factor raised by the policy's uplift, its uncertainty recorded) until the
 * answer comes.
 */
entity SupplierDataRequests : cuid, managed {
  supplier            : Association to Suppliers @mandatory;
  /** the product asked for, or (for lines without a material) the material group */
  material            : Association to Materials;
  materialGroup       : Association to MaterialGroups;
  /** the year the footprint is asked for */
  referenceYear       : Integer;
  dueDate             : Date;
  status              : String(10) enum { proposed; sent; escalated; answered; rejected; cancelled } default 'proposed';
  /** why: the lines' kg CO2e (location-based), their kg-weighted data-quality score, and the priority of the two */
  kgCO2e              : Decimal(31, 6);
  dqScore             : Decimal(3, 2);
  priority            : Decimal(31, 6);
  lines               : Integer;
  raisedBy            : String(40);
  sentAt              : Timestamp;
  sentBy              : User;
  escalations         : Integer default 0;
  escalatedAt         : Timestamp;
  /** the PACT v3 request event (CloudEvent JSON) sent to the supplier */
  requestEvent        : LargeString;
  /** the conservative factor and rule in use while no answer came, and the uncertainty they carry (%) */
  fallbackFactor      : Association to EmissionFactors;
  fallbackRule        : Association to AttributionRules;
  fallbackUncertainty : Decimal(5, 2);
  answeredAt          : Timestamp;
  footprint           : Association to ProductFootprints;
  comment             : String(500);
}
