/**
 * Data-quality indicators of the GHG Protocol Scope 3 Standard (table 7.6 / Technical Guidance),
 * scored 1 (very good) to 5 (very poor). A factor's own pedigree scores, where the publisher gives them,
 * win over these defaults; temporal and geographical scores follow the activity, not the factor.
 */
export interface DataQuality {
  technological: number
  temporal: number
  geographical: number
  completeness: number
  reliability: number
}

const BY_METHOD: Record<string, Pick<DataQuality, 'technological' | 'completeness' | 'reliability'>> = {
  'supplier-specific': { technological: 1, completeness: 2, reliability: 2 },
  hybrid: { technological: 2, completeness: 2, reliability: 2 },
  'fuel-based': { technological: 2, completeness: 2, reliability: 2 },
  'distance-based': { technological: 2, completeness: 3, reliability: 3 },
  'waste-type-specific': { technological: 2, completeness: 3, reliability: 3 },
  'average-data': { technological: 3, completeness: 3, reliability: 3 },
  'spend-based': { technological: 4, completeness: 4, reliability: 4 }
}

export interface DataQualityInput {
  method: string
  activityYear: number
  factorYear?: number | null
  /** steps from the activity's region to the factor's region: 0 same country, 1 region group, 2+ wider, GLO */
  regionDistance: number
  factor?: Partial<DataQuality>
}

/**
 * Temporal representativeness, the years between the activity and the factor's data (GHG Protocol Scope 3 Standard,
 * table 7.6, and the pedigree matrix of the Technical Guidance it comes from): less than 3 years 1 (very good), less
 * than 6 years 2, less than 10 years 3, less than 15 years 4, 15 years or more, or an unknown year, 5 (very poor).
 */
export function temporalScore(activityYear: number, factorYear?: number | null): number {
  if (!factorYear) return 5
  const gap = Math.abs(activityYear - factorYear)
  return gap < 3 ? 1 : gap < 6 ? 2 : gap < 10 ? 3 : gap < 15 ? 4 : 5
}

export function scoreDataQuality(input: DataQualityInput): DataQuality & { score: string } {
  const byMethod = BY_METHOD[input.method] ?? { technological: 5, completeness: 5, reliability: 5 }
  const dq: DataQuality = {
    technological: input.factor?.technological ?? byMethod.technological,
    temporal: temporalScore(input.activityYear, input.factorYear),
    geographical: Math.min(5, 1 + input.regionDistance),
    completeness: input.factor?.completeness ?? byMethod.completeness,
    reliability: input.factor?.reliability ?? byMethod.reliability
  }
  const sum = dq.technological + dq.temporal + dq.geographical + dq.completeness + dq.reliability
  // the mean of five integers has at most one decimal: exact as a string without float rounding
  return { ...dq, score: `${Math.floor(sum / 5)}.${(sum % 5) * 2}` }
}
