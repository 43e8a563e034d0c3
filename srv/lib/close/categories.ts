/**
 * Every Scope 3 category accounted for (GHG Protocol Scope 3 Standard, chapters 6 and 11): each of the 15 is either
 * calculated (it has figures), not relevant (screened out with a justification), or not yet calculated. A report
 * never shows a calculated-looking 0 for a category without figures. Pure: the caller reads screenings and totals.
 */

export type CategoryStatus = 'calculated' | 'notRelevant' | 'notCalculated'

export interface CategoryAccount {
  category: number
  name: string
  status: CategoryStatus
  /** as screened; a category without a screening counts as relevant */
  relevant: boolean
  lines: number
  justification: string | null
}

export interface Screening {
  category_code?: number | null
  relevant?: boolean | null
  justification?: string | null
}

/** The status of each category from its screening and the lines it has (figures win: a screened-out category with lines says so). */
export function accountCategories(
  categories: Array<{ code?: number | null; name?: string | null }>,
  screenings: Screening[],
  lines: Map<number, number>
): CategoryAccount[] {
  return categories.map(({ code, name }) => {
    const category = Number(code)
    const screening = screenings.find(s => s.category_code === category)
    const relevant = screening?.relevant !== false
    const count = lines.get(category) ?? 0
    const status: CategoryStatus = count > 0 ? 'calculated' : relevant ? 'notCalculated' : 'notRelevant'
    return { category, name: name ?? '', status, relevant, lines: count, justification: screening?.justification ?? null }
  })
}

/** the last regular period of a fiscal year (12) and the special periods after it: where the year's inventory closes */
export const YEAR_END_PERIOD = 12

/** The readiness of a close: at the year's end, every relevant category must have figures (or be screened out). */
export function categoriesCheck(accounts: CategoryAccount[], fiscalPeriod: number): { count: number; message: string } {
  const missing = accounts.filter(a => a.status === 'notCalculated')
  const list = missing.map(a => a.category).join(', ')
  if (fiscalPeriod < YEAR_END_PERIOD) {
    return {
      count: 0,
      message: missing.length
        ? `checked at the year's last close: ${missing.length} relevant categor${missing.length === 1 ? 'y' : 'ies'} without figures so far (${list})`
        : 'every category has figures or is screened not relevant'
    }
  }
  return {
    count: missing.length,
    message: missing.length
      ? `${missing.length} relevant categor${missing.length === 1 ? 'y has' : 'ies have'} no figures for the year (${list}): calculate them, or screen them not relevant with a justification`
      : 'every category has figures or is screened not relevant'
  }
}
