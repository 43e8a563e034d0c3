// Without this, cds.test does not load the .ts service implementations and actions answer 501.
process.env.CDS_TYPESCRIPT = 'true'
// The [test] profile (.cdsrc.json): in-memory database, in-process messaging, no mock S/4HANA started by the app.
process.env.CDS_ENV ??= 'test'
// The Fiori apps (cds-plugin-ui5) are served only where a test asks for them (the browser tests).
process.env.CDS_PLUGIN_UI5_ACTIVE ??= 'false'
// No OpenTelemetry in tests (the console exporter would print every span), nor in the apps they start, but where a
// test turns it on (test/integration/telemetry.test.ts).
process.env.NO_TELEMETRY ??= 'true'
