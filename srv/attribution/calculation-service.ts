import cds from '@sap/cds'
import { estimate as estimateAction } from '#cds-models/CalculationService'
import { estimate, MAX_WORK, MAX_ACTIVITIES, sizeProblem, workOf, type EstimateActivity } from '../lib/attribution/estimate'
import { loadEngineContext, loadFactors } from '../factors/factor-library'

export class CalculationService extends cds.ApplicationService {
  async init(): Promise<void> {
    this.estimation()
    return super.init()
  }

  /** The public estimate API: stateless, one result per activity, per-activity errors instead of a failed call. */
  estimation(): void {
    this.on(estimateAction, async req => {
      const activities = req.data.activities as EstimateActivity[] | undefined
      if (!Array.isArray(activities)) return req.reject(400, 'activities must be an array of activities', 'activities')
      const problem = sizeProblem(activities)
      if (problem) return req.reject(400, problem.message, problem.target)
      // the same bounds for a whole $batch: its parts count together (req.http is the batch's request)
      const part = (req as any)._?.req
      if (part?._subrequest === true && req.http?.req) {
        const batch = req.http.req as { estimateActivities?: number; estimateWork?: number }
        batch.estimateActivities = (batch.estimateActivities ?? 0) + activities.length
        batch.estimateWork = (batch.estimateWork ?? 0) + workOf(activities)
        if (batch.estimateActivities > MAX_ACTIVITIES) {
          return req.reject(
            400,
            `activities: at most ${MAX_ACTIVITIES} activities per $batch, got ${batch.estimateActivities} so far`,
            'activities'
          )
        }
        if (batch.estimateWork > MAX_WORK) {
          return req.reject(
            400,
            `activities: at most ${MAX_WORK} activities and components per $batch, got ${batch.estimateWork} so far`,
            'activities'
          )
        }
      }
      const ctx = await loadEngineContext()
      const ids = activities.flatMap(a => [a.factor?.id, ...(a.components ?? []).map(c => c.factor?.id)]).filter((id): id is string => !!id)
      const factors = await loadFactors(ids, ctx.units)
      return activities.map(a => estimate(a, ctx, id => factors.get(id))) as any
    })
  }
}
