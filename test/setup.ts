// Without this, cds.test does not load the .ts service implementations and actions answer 501.
process.env.CDS_TYPESCRIPT = 'true'
