import cds from '@sap/cds'
import { previewPurchaseOrder, supplierIntensities as supplierIntensitiesFunction } from '#cds-models/EmissionsService'
import { companyCodesOf } from '../common/company-code-isolation'
import { estimatePurchaseOrder, EstimateInputError, type EstimateOrderInput } from './purchase-order-estimate'
import { supplierIntensities } from './supplier-intensities'
import { estimateOnRead } from './order-estimates'

const DATE = /^\d{4}-\d{2}-\d{2}$/

/** Purchase order emissions for ERP users: the posted orders (CDS views only), and the estimate before the order. */
export class EmissionsService extends cds.ApplicationService {
  async init(): Promise<void> {
    this.on(previewPurchaseOrder, async req => {
      try {
        return (await estimatePurchaseOrder(req.data.order as EstimateOrderInput, {
          alternatives: req.data.alternatives !== false,
          companyCodes: companyCodesOf(req.user)
        })) as any
      } catch (e) {
        if (e instanceof EstimateInputError) return req.reject(e.status, e.message, e.target)
        throw e
      }
    })
    this.on(supplierIntensitiesFunction, async req => {
      const { materialGroup, fromDate, toDate } = req.data
      if (!materialGroup) return req.reject(400, 'materialGroup: the material group is missing', 'materialGroup')
      const year = new Date().getUTCFullYear()
      const from = fromDate ?? `${year}-01-01`
      const to = toDate ?? `${year}-12-31`
      if (!DATE.test(from)) return req.reject(400, `fromDate: ${from} is no date (YYYY-MM-DD)`, 'fromDate')
      if (!DATE.test(to)) return req.reject(400, `toDate: ${to} is no date (YYYY-MM-DD)`, 'toDate')
      if (from > to) return req.reject(400, `toDate: ${to} is before fromDate ${from}`, 'toDate')
      return (await supplierIntensities(materialGroup, from, to, companyCodesOf(req.user))) as any
    })
    estimateOnRead(this)
    return super.init()
  }
}
