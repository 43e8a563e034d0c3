using { scope3 } from '../../db/schema';
using { scope3.DynamicTileData } from '../common/launchpad-tiles';

/**
 * The data-quality worklist and the agents behind it (app/quality-worklist, app/manage-agents). The data-quality
 * agent checks activity lines when their figures change (through CAP's persistent queue), on a schedule and on
 * demand, and keeps the findings: raised, resolved when their cause is gone, reopened when it comes back. Every
 * decision is logged with its inputs, logic version and confidence (AgentDecisions, append-only; each run in the
 * calculation log). The policy agent gates waivers: a finding on a line above the materiality threshold is waived
 * only by an approver who did not ask for the waiver.
 */
@path: '/odata/v4/quality'
service DataQualityService {
  /** the agents with their switch, dry-run mode and policy (JSON), edited in drafts; they come with the app */
  @odata.draft.enabled
  @Capabilities: { InsertRestrictions.Insertable: false, DeleteRestrictions.Deletable: false }
  entity Agents as projection on scope3.Agents {
    *,
    code         @readonly,
    name         @readonly,
    description  @readonly,
    logicVersion @readonly
  } actions {
    /** runs the agent over every line now; a dry run decides and logs, and changes no finding */
    action run() returns AgentRuns;
  };

  @readonly entity AgentRuns as projection on scope3.AgentRuns {
    *,
    case status when 'succeeded' then 3 when 'failed' then 1 else 2 end as statusCriticality : Integer
  };
  @readonly entity AgentDecisions as projection on scope3.AgentDecisions;

  @readonly entity Findings as projection on scope3.Findings {
    *,
    activity.documentType                     as documentType   : String(20),
    activity.documentNumber                   as documentNumber : String(20),
    activity.documentItem                     as documentItem   : String(10),
    activity.supplier.ID                      as supplier_ID    : String(10),
    activity.materialGroup.code               as materialGroup_code : String(9),
    /** the line's figure to the gram, as the worklist shows it (kgCO2e keeps the engine's six decimals) */
    kgCO2e                                    as kgCO2eRounded  : Decimal(31, 3),
    case severity when 'high' then 1 when 'medium' then 2 else 0 end        as severityCriticality : Integer,
    case status when 'open' then 1 when 'waiverRequested' then 2 when 'resolved' then 3 else 0 end as statusCriticality : Integer
  } actions {
    /** accepts the finding with a reason; above the policy's materiality an approver decides (four eyes) */
    action waive(reason : String(500) @mandatory @title: '{i18n>Reason}') returns Findings;
    /** an approver who did not request it grants the waiver */
    action approveWaiver(comment : String(500) @title: '{i18n>Comment}') returns Findings;
    /** an approver refuses the waiver: the finding is open again */
    action rejectWaiver(comment : String(500) @mandatory @title: '{i18n>Comment}') returns Findings;
    /** a waived finding is open again */
    action reopen() returns Findings;
  };

  /** NAICS industries of the EPA factor set for a material group's name or an item text, best first (BM25) */
  function suggestIndustries(text : String(200) @mandatory) returns many IndustrySuggestion;
  /** a person accepts a suggestion: the material group's spend maps to the industry, by a rule of its own */
  action mapMaterialGroup(materialGroup : String(9) @mandatory, naicsCode : String(6) @mandatory) returns MaterialGroupMapping;
  /** a person rejects a suggestion, with a reason: recorded as decision, nothing else changes */
  action rejectMapping(materialGroup : String(9) @mandatory, naicsCode : String(6) @mandatory, reason : String(500) @mandatory);

  type IndustrySuggestion {
    naicsCode   : String(6);
    title       : String(200);
    score       : Decimal(12, 6);
    confidence  : Decimal(3, 2);
    factorId    : String(60);
    /** kg CO2e per 2022 USD (purchaser price) */
    factorValue : Decimal(28, 12);
  }

  type MaterialGroupMapping {
    materialGroup : String(9);
    naicsCode     : String(6);
    ruleKey       : String(40);
    ruleVersion   : Integer;
    /** activities attributed again with the new rule */
    recomputed    : Integer;
  }

  /**
   * The remediation agent's requests for supplier footprints, ranked by materiality × poor data quality; a person
   * sends a proposed one (unless the policy lets the agent send alone), answers one with the supplier's PACT
   * footprint, or cancels one
   */
  @readonly entity SupplierDataRequests as projection on scope3.SupplierDataRequests {
    *,
    case status when 'answered' then 3 when 'escalated' then 1 when 'cancelled' then 0 else 2 end as statusCriticality : Integer,
    /** the emissions the request is about, in tonnes for the list (3 decimals; kgCO2e stays exact) */
    kgCO2e / 1000.0 as tCO2e : Decimal(23, 3)
  } actions {
    action send() returns SupplierDataRequests;
    /** the supplier's answer: a PACT v3 footprint (JSON) for the product asked for */
    action answer(document : LargeString @mandatory @title: '{i18n>PactDocument}') returns FootprintImport;
    action cancel(reason : String(500) @mandatory @title: '{i18n>Reason}') returns SupplierDataRequests;
  };

  /** product footprints in the PACT v3 data model: the suppliers' (read-only to the buyer) and the company's own */
  @readonly entity ProductFootprints as projection on scope3.ProductFootprints;

  /**
   * imports PACT v3 footprints (one, an array, or a list response); a supplier's names its supplier and material by
   * the buyer-assigned ids, or they are given here; `origin: 'own'` keeps the company's own footprints for export
   */
  action importFootprints(document : LargeString @mandatory, origin : String(8), supplier : String(10), material : String(40)) returns FootprintImport;
  /** the company's own footprints as PACT v3 list response (JSON) */
  function exportFootprints() returns LargeString;

  type FootprintImport {
    imported   : Integer;
    unchanged  : Integer;
    footprints : many UUID;
    /** lines attributed again with the new supplier-specific factors */
    recomputed : Integer;
  }

  /** what the findings are about */
  @readonly entity Activities as projection on scope3.Activities;
  // value helps
  @readonly entity CompanyCodes   as projection on scope3.CompanyCodes;
  @readonly entity Suppliers      as projection on scope3.Suppliers;
  @readonly entity Plants         as projection on scope3.Plants;
  @readonly entity Materials      as projection on scope3.Materials;
  @readonly entity EmissionFactors as projection on scope3.EmissionFactors;
  @readonly entity MaterialGroups as projection on scope3.MaterialGroups;

  /** the launchpad tiles' figures: open findings (Worklist), supplier data requests waiting for an answer */
  function openFindingsTile() returns DynamicTileData;
  function openSupplierRequestsTile() returns DynamicTileData;
}
