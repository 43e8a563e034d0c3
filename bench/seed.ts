/** Benchmark data: copies of the demo purchase-order lines, as many as asked, inserted in chunks of 5,000. */
export async function seedPurchaseOrderLines(cds: any, lines: number, fields: Record<string, unknown> = {}): Promise<void> {
  const { Activities } = cds.entities('scope3')
  const templates = (await SELECT.from(Activities).where({ documentType: 'PurchaseOrderItem' })).map(
    ({ ID, createdAt, createdBy, modifiedAt, modifiedBy, ...a }: any) => a
  )
  for (let i = 0; i < lines; i += 5000) {
    await cds.tx(() =>
      INSERT.into(Activities).entries(
        Array.from({ length: Math.min(5000, lines - i) }, (_, k) => {
          const n = i + k
          return {
            ...templates[n % templates.length],
            ...fields,
            ID: cds.utils.uuid(),
            documentNumber: String(6000000000 + Math.floor(n / 10)),
            documentItem: String(((n % 10) + 1) * 10).padStart(5, '0')
          }
        })
      )
    )
  }
}
