import cds from '@sap/cds'
import fs from 'node:fs'
import path from 'node:path'
import { parse } from 'csv-parse/sync'
import { AgentDecisions, AttributionRules, EmissionFactors, MaterialGroupNaics, MaterialGroups } from '#cds-models/scope3'
import { IndustryIndex, type Suggestion } from '../lib/quality/industry-match'
import { appendLog, hashOf } from '../common/calculation-log'
import { settings } from '../common/settings'

/** the published set whose industries (NAICS-6) spend is mapped to */
const EPA = 'US-EPA-SCGHG-1.3'
const MAPPING = 'mapping'
const LOGIC_VERSION = 'bm25-1.0.0'

let cached: { index: IndustryIndex; db: unknown } | undefined

/** The index of the EPA set's industries (titles as loaded) with the app's product terms (db/sources/naics-terms.csv). */
async function industryIndex(): Promise<IndustryIndex> {
  if (cached?.db === cds.db) return cached.index
  const folder = path.join(cds.root, settings().factorLibrary.folder)
  const terms = new Map(
    (parse(fs.readFileSync(path.join(folder, 'naics-terms.csv')), { columns: true }) as any[]).map(r => [
      r.naicsCode as string,
      r.terms as string
    ])
  )
  const factors = await SELECT.from(EmissionFactors).columns('code', 'description').where({ factorSet_code: EPA })
  const index = new IndustryIndex(factors.map(f => ({ code: f.code!, title: f.description ?? '', terms: terms.get(f.code!) })))
  if (factors.length) cached = { index, db: cds.db }
  return index
}

/** Suggestions for a text, each with its EPA factor. */
export async function suggestIndustries(
  text: string,
  limit = 5
): Promise<Array<Suggestion & { factorId: string; factorValue: string | null }>> {
  const suggestions = (await industryIndex()).suggest(text, limit)
  const values = new Map(
    suggestions.length
      ? (
          await SELECT.from(EmissionFactors)
            .columns('code', 'value')
            .where({ factorSet_code: EPA, code: { in: suggestions.map(s => s.code) } })
        ).map(f => [f.code, f.value])
      : []
  )
  return suggestions.map(s => ({
    ...s,
    factorId: `${EPA}/${s.code}`,
    factorValue: values.get(s.code) == null ? null : String(values.get(s.code))
  }))
}

/**
 * A person accepts a mapping: the material group's spend goes to the industry (MaterialGroupNaics, with the
 * suggestion's confidence) and a rule of its own attributes it with the industry's EPA factor, a new version of the
 * group's rule where it had one (the earlier versions stay for the figures that used them). Logged as decision.
 */
export async function acceptMapping(
  materialGroup: string,
  naicsCode: string,
  user: string
): Promise<{ materialGroup: string; naicsCode: string; ruleKey: string; ruleVersion: number }> {
  const group = await SELECT.one.from(MaterialGroups, materialGroup)
  if (!group) throw new MappingError(400, `material group ${materialGroup} does not exist`, 'materialGroup')
  const factor = await SELECT.one.from(EmissionFactors).columns('ID', 'description').where({ factorSet_code: EPA, code: naicsCode })
  if (!factor) throw new MappingError(400, `NAICS ${naicsCode} is not an industry of ${EPA}`, 'naicsCode')
  const suggestion = (await suggestIndustries(group.name ?? materialGroup, 20)).find(s => s.code === naicsCode)
  const confidence = suggestion?.confidence ?? '0.50'
  await DELETE.from(MaterialGroupNaics).where({ materialGroup_code: materialGroup })
  await INSERT.into(MaterialGroupNaics).entries({
    materialGroup_code: materialGroup,
    naicsCode,
    naicsTitle: factor.description,
    confidence,
    source: `mapping suggestion accepted by ${user}`
  } as any)
  const ruleKey = `MG-${materialGroup}`
  const rules = await SELECT.from(AttributionRules)
    .columns('ID', 'version', 'active', 'factor_ID')
    .where({ ruleKey })
    .orderBy('version desc')
  const active = rules.find(r => r.active)
  let version = active?.version ?? 0
  if (active?.factor_ID !== factor.ID) {
    version = (rules[0]?.version ?? 0) + 1
    await UPDATE(AttributionRules).set({ active: false }).where({ ruleKey, active: true })
    await INSERT.into(AttributionRules).entries({
      ID: cds.utils.uuid(),
      ruleKey,
      version,
      name: `${group.name ?? materialGroup}: EPA spend factor NAICS ${naicsCode} (accepted mapping)`,
      materialGroup_code: materialGroup,
      category_code: 1,
      method_code: 'spend-based',
      factor_ID: factor.ID,
      priority: 0,
      validFrom: '2000-01-01',
      active: true
    })
  }
  const inputs = { materialGroup, naicsCode, confidence, suggestion: suggestion ?? null }
  await INSERT.into(AgentDecisions).entries({
    ID: cds.utils.uuid(),
    agent: MAPPING,
    decision: 'approve',
    subject: materialGroup,
    confidence,
    logicVersion: LOGIC_VERSION,
    inputs: JSON.stringify(inputs),
    inputHash: hashOf(inputs),
    reason: `material group ${materialGroup} mapped to NAICS ${naicsCode} (${factor.description ?? ''}) by ${user}`.slice(0, 500),
    dryRun: false,
    decidedAt: new Date().toISOString(),
    decidedBy: user
  } as any)
  await appendLog({
    action: 'ruleChange',
    subject: `${ruleKey} v${version}`,
    details: `material group ${materialGroup} mapped to NAICS ${naicsCode} (accepted suggestion)`,
    inputs
  })
  return { materialGroup, naicsCode, ruleKey, ruleVersion: version }
}

/** A person rejects a suggestion: recorded, nothing else changes. */
export async function rejectMapping(materialGroup: string, naicsCode: string, reason: string, user: string): Promise<void> {
  const inputs = { materialGroup, naicsCode, reason }
  await INSERT.into(AgentDecisions).entries({
    ID: cds.utils.uuid(),
    agent: MAPPING,
    decision: 'reject',
    subject: materialGroup,
    logicVersion: LOGIC_VERSION,
    inputs: JSON.stringify(inputs),
    inputHash: hashOf(inputs),
    reason: `suggestion NAICS ${naicsCode} for material group ${materialGroup} rejected: ${reason}`.slice(0, 500),
    dryRun: false,
    decidedAt: new Date().toISOString(),
    decidedBy: user
  } as any)
}

export class MappingError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly target: string
  ) {
    super(message)
  }
}
