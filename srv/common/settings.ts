import cds from '@sap/cds'

/**
 * The app's own settings: `scope3` in .cdsrc.json, where every default is declared and the profiles (development,
 * test, production) override them; `cds.requires` keeps CAP's services. Read them here, typed, never with a default
 * of their own in the code (test/common/settings.test.ts checks that every setting the code reads is declared).
 * An environment variable overrides one as for any cds setting, e.g. `CDS_SCOPE3_REQUESTTIMEOUTSECONDS=30`.
 */
export interface Settings {
  /** the published factor datasets: loaded at start-up from this folder (production: what the build copied) */
  factorLibrary: { autoImport: boolean; folder: string }
  /** a factor set import recomputes the lines it affects at once (development) or on request (production) */
  accounting: { recomputeOnImport: boolean }
  /** the mock S/4HANA that `npm start` runs beside the app (development only) */
  s4mock: { autoStart: boolean; port: number; publishRate: number }
  /** S/4HANA OData calls: timeout (ms), retries and circuit breaker of the SAP Cloud SDK */
  s4Resilience: { timeout: number; retry: number; circuitBreaker: boolean }
  /**
   * S/4HANA's own Fiori launchpad (e.g. https://my-s4.example.com/sap/bc/ui2/flp): the local sandbox launchpad
   * resolves PurchaseOrder-manage there, so "Open in S/4HANA" opens the order in Manage Purchase Orders (null: no
   * such link; in SAP Build Work Zone the intent comes from S/4HANA's content)
   */
  s4Launchpad: { url: string | null }
  /** inbox batches, and the wait after which a waiting entry goes through the persistent queue instead */
  inbox: { batchSize: number; handOverAfter: string }
  /** how often reconciliation reads what S/4HANA changed (null: only on request) */
  reconciliation: { every: string | null }
  /** the share of a spend figure that is freight where no transport lane is known */
  upstreamTransport: { freightCostShare: string }
  /** uploads up to syncRows rows are validated in the request; larger ones in background chunks of chunkRows */
  uploads: { syncRows: number; chunkRows: number }
  /** the data-quality agent: on each processed event, and on a schedule (null: only on request) */
  dataQuality: { onEvents: boolean; every: string | null }
  /** the remediation agent's schedule (null: only on request) */
  remediation: { every: string | null }
  /** the PACT host API and the exchange with partners */
  pact: {
    source: string
    tokenLifetime: number
    trustForwardedProto: boolean
    lockout: { perClient: number; perAddress: number; windowSeconds: number }
    tls: { folder: string }
    port: number | null
    pullEvery: string | null
    demoFootprints: string | null
    demoCustomer: { destination: string; url: string; clientId: string; clientSecret: string } | null
    fulfilment: { auto: boolean; rejectUnmatched: boolean }
  }
  /** requests per signed-in user and minute (0: no limit); burst 0 is the per-minute figure */
  requestRate: { perMinute: number; burst: number }
  /** audit-log security events written per address and minute */
  securityEvents: { perAddressPerMinute: number }
  /** failed sign-ins of an address within the window before it waits */
  authFailures: { perAddress: number; windowSeconds: number }
  /** the proxies in front of the app whose X-Forwarded-For entries count */
  trustedProxyHops: number
  /** a request's database work ends after this many seconds (0: no deadline) */
  requestTimeoutSeconds: number
}

export const settings = (): Settings => (cds.env as unknown as { scope3: Settings }).scope3
