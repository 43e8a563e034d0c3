/**
 * Deterministic demo data for the mock S/4HANA: suppliers in several countries, purchase orders over several
 * months with items in many material groups and plants, goods receipts and supplier invoices referencing the
 * PO items, some reversals and cancellations, mixed currencies and units. Same seed, same data.
 */

/** mulberry32: a small seeded PRNG, so the demo data is the same on every machine */
function rng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const COUNTRIES = [
  ['DE', 'EUR'],
  ['FR', 'EUR'],
  ['IT', 'EUR'],
  ['PL', 'PLN'],
  ['US', 'USD'],
  ['CN', 'CNY'],
  ['JP', 'JPY'],
  ['GB', 'GBP'],
  ['CH', 'CHF'],
  ['SE', 'EUR'],
  ['NL', 'EUR'],
  ['ES', 'EUR']
]
const NAMES = [
  'Nord',
  'Rhein',
  'Alpen',
  'Baltic',
  'Pacific',
  'Atlantic',
  'Midwest',
  'Silesia',
  'Kansai',
  'Thames',
  'Iberia',
  'Lombard',
  'Delta',
  'Summit',
  'Harbor'
]
const TRADES = [
  'Zement',
  'Steel',
  'Plastics',
  'Packaging',
  'Office Supplies',
  'Electronics',
  'Chemicals',
  'Freight',
  'IT Services',
  'Metals'
]
const SUFFIX: Record<string, string> = {
  DE: 'GmbH',
  FR: 'SA',
  IT: 'S.p.A.',
  PL: 'Sp. z o.o.',
  US: 'Inc.',
  CN: 'Co., Ltd.',
  JP: 'K.K.',
  GB: 'Ltd',
  CH: 'AG',
  SE: 'AB',
  NL: 'B.V.',
  ES: 'S.L.'
}

/** materials with their group, SAP unit, price per unit in EUR-ish terms and net weight per unit in kg */
const MATERIALS: Array<[string, string, string, string, number, number]> = [
  ['CEM-I-425', 'Portland cement CEM I 42.5 R', 'ZCEMENT', 'KG', 0.12, 1],
  ['RC-C30', 'Ready-mix concrete C30/37', 'ZCEMENT', 'TO', 95, 1000],
  ['ST-S355-PLATE', 'Steel plate S355 10 mm', 'ZSTEEL', 'KG', 1.2, 1],
  ['ST-REBAR-12', 'Reinforcing bar B500B 12 mm', 'ZSTEEL', 'TO', 780, 1000],
  ['PP-HOUSING', 'Polypropylene housing', 'ZPLASTIC', 'ST', 0.9, 0.35],
  ['PE-FILM', 'LDPE stretch film', 'ZPLASTIC', 'KG', 2.4, 1],
  ['BOX-CORR-60', 'Corrugated box 60x40x40', 'ZPACK', 'ST', 0.75, 0.8],
  ['PALLET-EUR', 'EUR pallet', 'ZPACK', 'ST', 14, 25],
  ['PAPER-A4', 'Copy paper A4 80 g (ream)', 'ZOFFICE', 'ST', 4.3, 2.5],
  ['PCB-CTRL', 'Controller PCB assembly', 'ZELEC', 'ST', 11, 0.12],
  ['SOLV-IPA', 'Isopropyl alcohol 99%', 'ZCHEM', 'L', 1.9, 0.786],
  ['IT-CONSULT', 'IT consulting day', 'ZITSERV', 'TAG', 1150, 0]
]
const PLANTS: Array<[string, string]> = [
  ['1010', '1010'],
  ['1020', '1010'],
  ['1710', '1710'],
  ['2010', '2010']
]
const COMPANY_CURRENCY: Record<string, string> = { 1010: 'EUR', 1710: 'USD', 2010: 'GBP' }
/** rough prices are in EUR; other currencies scale by these demo factors */
const PER_EUR: Record<string, number> = { EUR: 1, USD: 1.1, GBP: 0.85, CHF: 0.95, JPY: 160, CNY: 7.8, PLN: 4.3 }

export interface MockData {
  A_BusinessPartner: any[]
  A_BusinessPartnerAddress: any[]
  A_Supplier: any[]
  A_PurchaseOrder: any[]
  A_PurchaseOrderItem: any[]
  A_MaterialDocumentHeader: any[]
  A_MaterialDocumentItem: any[]
  A_SupplierInvoice: any[]
  A_SuplrInvcItemPurOrdRef: any[]
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0')
const iso = (d: Date): string => d.toISOString().slice(0, 10)
const money = (n: number): string => n.toFixed(2)

export function generate(options: { suppliers?: number; purchaseOrders?: number; itemsPerOrder?: number; seed?: number } = {}): MockData {
  const random = rng(options.seed ?? 42)
  const pick = <T>(list: T[]): T => list[Math.floor(random() * list.length)]
  const data: MockData = {
    A_BusinessPartner: [],
    A_BusinessPartnerAddress: [],
    A_Supplier: [],
    A_PurchaseOrder: [],
    A_PurchaseOrderItem: [],
    A_MaterialDocumentHeader: [],
    A_MaterialDocumentItem: [],
    A_SupplierInvoice: [],
    A_SuplrInvcItemPurOrdRef: []
  }

  const suppliers: Array<{ id: string; country: string; currency: string }> = []
  for (let i = 1; i <= (options.suppliers ?? 30); i++) {
    const [country, currency] = COUNTRIES[i % COUNTRIES.length]
    const id = String(17300000 + i)
    const name = `${NAMES[i % NAMES.length]} ${TRADES[(i * 7) % TRADES.length]} ${SUFFIX[country]}`
    suppliers.push({ id, country, currency })
    data.A_BusinessPartner.push({
      BusinessPartner: id,
      BusinessPartnerFullName: name,
      BusinessPartnerName: name,
      OrganizationBPName1: name,
      BusinessPartnerCategory: '2',
      BusinessPartnerGrouping: 'BPAB',
      CreationDate: '2025-06-01',
      LastChangeDate: '2025-12-15'
    })
    data.A_BusinessPartnerAddress.push({
      BusinessPartner: id,
      AddressID: pad(i, 10),
      Country: country,
      CityName: `${NAMES[i % NAMES.length]}city`,
      PostalCode: pad(10000 + i, 5)
    })
    data.A_Supplier.push({ Supplier: id, SupplierName: name, SupplierFullName: name, CreationDate: '2025-06-01' })
  }

  let materialDocument = 5000000000
  let invoice = 5105600000
  for (let p = 1; p <= (options.purchaseOrders ?? 300); p++) {
    const po = String(4500000000 + p)
    const [plant, companyCode] = pick(PLANTS)
    const supplier = pick(suppliers)
    // a third of the suppliers are paid in their own currency, the rest in the company code currency
    const currency = random() < 0.33 ? supplier.currency : COMPANY_CURRENCY[companyCode]
    const created = new Date(Date.UTC(2026, 0, 5) + Math.floor(random() * 290) * 86400000)
    const changed = new Date(created.getTime() + Math.floor(random() * 5) * 86400000 + 3600000)
    const deleted = random() < 0.03
    data.A_PurchaseOrder.push({
      PurchaseOrder: po,
      CompanyCode: companyCode,
      PurchaseOrderType: 'NB',
      Supplier: supplier.id,
      DocumentCurrency: currency,
      PurchaseOrderDate: iso(created),
      CreationDate: iso(created),
      LastChangeDateTime: changed.toISOString(),
      PurchasingOrganization: companyCode,
      PurchasingGroup: '001',
      IncotermsClassification: pick(['EXW', 'FCA', 'DAP', 'DDP']),
      PurchasingDocumentDeletionCode: deleted ? 'L' : ''
    })
    const items = options.itemsPerOrder ?? 1 + Math.floor(random() * 5)
    for (let i = 1; i <= items; i++) {
      const item = pad(i * 10, 5)
      const [material, text, group, unit, price, weight] = pick(MATERIALS)
      const quantity =
        unit === 'TAG' ? 1 + Math.floor(random() * 20) : unit === 'TO' ? 5 + Math.floor(random() * 100) : 100 + Math.floor(random() * 20000)
      const netPrice = Math.round(price * PER_EUR[currency] * (0.8 + random() * 0.4) * 1000) / 1000
      data.A_PurchaseOrderItem.push({
        PurchaseOrder: po,
        PurchaseOrderItem: item,
        Material: material,
        PurchaseOrderItemText: text,
        MaterialGroup: group,
        Plant: plant,
        OrderQuantity: String(quantity),
        PurchaseOrderQuantityUnit: unit,
        NetPriceAmount: netPrice.toFixed(3),
        NetPriceQuantity: '1',
        DocumentCurrency: currency,
        ItemNetWeight: (quantity * weight).toFixed(3),
        ItemWeightUnit: 'KG',
        PurchasingDocumentDeletionCode: '',
        AccountAssignmentCategory: group === 'ZITSERV' ? 'K' : ''
      })
      if (deleted) continue
      const postingDate = new Date(created.getTime() + (7 + Math.floor(random() * 20)) * 86400000)
      // goods receipt for most items, sometimes partial, sometimes reversed
      if (group !== 'ZITSERV' && random() < 0.8) {
        const received = random() < 0.2 ? Math.ceil(quantity * 0.6) : quantity
        const year = String(postingDate.getUTCFullYear())
        const gr = String(++materialDocument)
        data.A_MaterialDocumentHeader.push({
          MaterialDocumentYear: year,
          MaterialDocument: gr,
          DocumentDate: iso(postingDate),
          PostingDate: iso(postingDate),
          CreationDate: iso(postingDate),
          GoodsMovementCode: '01'
        })
        data.A_MaterialDocumentItem.push({
          MaterialDocumentYear: year,
          MaterialDocument: gr,
          MaterialDocumentItem: '0001',
          Material: material,
          Plant: plant,
          GoodsMovementType: '101',
          Supplier: supplier.id,
          PurchaseOrder: po,
          PurchaseOrderItem: item,
          EntryUnit: unit,
          QuantityInEntryUnit: String(received),
          GoodsMovementIsCancelled: false
        })
        if (random() < 0.05) {
          const reversal = String(++materialDocument)
          const later = iso(new Date(postingDate.getTime() + 2 * 86400000))
          data.A_MaterialDocumentHeader.push({
            MaterialDocumentYear: year,
            MaterialDocument: reversal,
            DocumentDate: later,
            PostingDate: later,
            CreationDate: later,
            GoodsMovementCode: '01'
          })
          data.A_MaterialDocumentItem.push({
            MaterialDocumentYear: year,
            MaterialDocument: reversal,
            MaterialDocumentItem: '0001',
            Material: material,
            Plant: plant,
            GoodsMovementType: '102',
            Supplier: supplier.id,
            PurchaseOrder: po,
            PurchaseOrderItem: item,
            EntryUnit: unit,
            QuantityInEntryUnit: String(received),
            ReversedMaterialDocumentYear: year,
            ReversedMaterialDocument: gr,
            ReversedMaterialDocumentItem: '0001',
            GoodsMovementIsCancelled: false
          })
          data.A_MaterialDocumentItem.find(m => m.MaterialDocument === gr)!.GoodsMovementIsCancelled = true
        }
      }
      // supplier invoice for most items; a few are cancelled (reversed)
      if (random() < 0.7) {
        const invoiced = new Date(postingDate.getTime() + (3 + Math.floor(random() * 20)) * 86400000)
        const year = String(invoiced.getUTCFullYear())
        const id = String(++invoice)
        const amount = money(quantity * netPrice)
        const reversed = random() < 0.04
        data.A_SupplierInvoice.push({
          SupplierInvoice: id,
          FiscalYear: year,
          CompanyCode: companyCode,
          DocumentDate: iso(invoiced),
          PostingDate: iso(invoiced),
          InvoicingParty: supplier.id,
          DocumentCurrency: currency,
          InvoiceGrossAmount: amount,
          SupplierInvoiceStatus: '5',
          IsReversed: reversed,
          IsReversal: false,
          ReverseDocument: reversed ? String(invoice + 500000) : '',
          ReverseDocumentFiscalYear: reversed ? year : ''
        })
        data.A_SuplrInvcItemPurOrdRef.push({
          SupplierInvoice: id,
          FiscalYear: year,
          SupplierInvoiceItem: '000001',
          PurchaseOrder: po,
          PurchaseOrderItem: item,
          Plant: plant,
          DocumentCurrency: currency,
          SupplierInvoiceItemAmount: amount,
          PurchaseOrderQuantityUnit: unit,
          QuantityInPurchaseOrderUnit: String(quantity)
        })
      }
    }
  }
  return data
}
