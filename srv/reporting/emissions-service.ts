import cds from '@sap/cds'
import {
  previewPurchaseOrder,
  supplierIntensities as supplierIntensitiesFunction,
  SupplierIntensityRanking
} from '#cds-models/EmissionsService'
import { companyCodesOf } from '../common/company-code-isolation'
import { estimatePurchaseOrder, EstimateInputError, type EstimateOrderInput } from './purchase-order-estimate'
import { supplierIntensities, equalitiesOf } from './supplier-intensities'
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
    this.on('READ', SupplierIntensityRanking, async req => {
      const select = (req.query as any).SELECT
      const where = equalitiesOf(select.where, select.from?.ref?.[0]?.where)
      const group = where.materialGroup_code as string | undefined
      const year = Number(where.fiscalYear)
      if (!group) return req.reject(400, 'materialGroup: choose a material group', 'materialGroup_code')
      if (!Number.isInteger(year) || year < 1900 || year > 9999) return req.reject(400, 'fiscalYear: choose a fiscal year', 'fiscalYear')
      // (`supplier` is the association here: the id goes to its foreign key)
      let rows = (await supplierIntensities(group, `${year}-01-01`, `${year}-12-31`, companyCodesOf(req.user))).map(
        ({ supplier, ...r }) => ({ materialGroup_code: group, fiscalYear: String(year), supplier_ID: supplier, ...r })
      ) as Array<Record<string, any>>
      if (where.supplier_ID) rows = rows.filter(r => r.supplier_ID === where.supplier_ID)
      // ranked by the ask priority; another order where the list asks for one (numbers as numbers)
      const [order] = (select.orderBy ?? []) as Array<{ ref: string[]; sort?: string }>
      if (order?.ref) {
        const key = order.ref.at(-1)!
        const dir = order.sort === 'desc' ? -1 : 1
        const value = (r: Record<string, any>): number | string =>
          r[key] != null && !isNaN(Number(r[key])) ? Number(r[key]) : String(r[key] ?? '')
        rows.sort((a, b) => (value(a) < value(b) ? -dir : value(a) > value(b) ? dir : 0))
      }
      if (select.one) return rows[0] ?? null
      const total = rows.length
      const { rows: top, offset } = select.limit ?? {}
      const skip = Number(offset?.val ?? 0)
      const page: any = rows.slice(skip, top?.val != null ? skip + Number(top.val) : undefined)
      page.$count = total
      return page
    })
    estimateOnRead(this)
    return super.init()
  }
}
