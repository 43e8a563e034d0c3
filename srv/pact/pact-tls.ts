/**
 * The PACT API over TLS outside production (on SAP BTP the app router terminates TLS): `npm start` serves the whole
 * app a second time over HTTPS on `$PACT_PORT` (default 4443, `scope3.pact.port`; none in tests unless set), with a
 * self-signed certificate for localhost that it makes on first start and keeps in `scope3.pact.tls.folder` (default
 * `.pact-tls/`, not committed). Clients trust it by that certificate file (e.g. NODE_EXTRA_CA_CERTS).
 */
import cds from '@sap/cds'
import fs from 'node:fs'
import https from 'node:https'
import path from 'node:path'
import { generate } from 'selfsigned'
import { BASE_PATH } from './pact-api'
import { settings } from '../common/settings'

const LOG = cds.log('pact')
/** the TLS server of this process, once it listens (tests read its port) */
export const tls: { server?: https.Server } = {}

/**
 * TLS 1.2 and 1.3 only, and in TLS 1.2 only forward-secret suites (ECDHE key exchange, AEAD ciphers), the server's
 * order first: a recorded session cannot be decrypted later with the server's key. (TLS 1.3's suites all are.)
 */
export const TLS_POLICY = {
  minVersion: 'TLSv1.2' as const,
  ciphers: [
    'ECDHE-ECDSA-AES128-GCM-SHA256',
    'ECDHE-RSA-AES128-GCM-SHA256',
    'ECDHE-ECDSA-AES256-GCM-SHA384',
    'ECDHE-RSA-AES256-GCM-SHA384',
    'ECDHE-ECDSA-CHACHA20-POLY1305',
    'ECDHE-RSA-CHACHA20-POLY1305'
  ].join(':'),
  honorCipherOrder: true
}

export async function servePactOverTls(app: any): Promise<https.Server | undefined> {
  const port = process.env.PACT_PORT ?? settings().pact.port
  if (port === undefined || port === null || port === '' || port === 'off') return undefined
  const { key, cert, file } = await certificate(path.resolve(cds.root, process.env.PACT_TLS_DIR ?? settings().pact.tls.folder))
  const server = https.createServer({ key, cert, ...TLS_POLICY }, app)
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(Number(port), resolve)
  })
  const { port: bound } = server.address() as { port: number }
  LOG.info(`PACT API over HTTPS at https://localhost:${bound}${BASE_PATH} (self-signed certificate ${path.relative(cds.root, file)})`)
  cds.on('shutdown', () => {
    server.close()
  })
  tls.server = server
  return server
}

/** The folder's key and certificate, made (RSA 2048, SHA-256, 825 days, localhost and 127.0.0.1) when missing. */
export async function certificate(folder: string): Promise<{ key: string; cert: string; file: string }> {
  const keyFile = path.join(folder, 'key.pem')
  const certFile = path.join(folder, 'cert.pem')
  if (!fs.existsSync(keyFile) || !fs.existsSync(certFile)) {
    const made = await generate([{ name: 'commonName', value: 'localhost' }], {
      keySize: 2048,
      days: 825,
      algorithm: 'sha256',
      extensions: [
        {
          name: 'subjectAltName',
          altNames: [
            { type: 2, value: 'localhost' },
            { type: 7, ip: '127.0.0.1' }
          ]
        }
      ]
    } as any)
    fs.mkdirSync(folder, { recursive: true })
    fs.writeFileSync(keyFile, made.private, { mode: 0o600 })
    fs.writeFileSync(certFile, made.cert)
    LOG.info(`made a self-signed certificate for the PACT API: ${path.relative(cds.root, certFile)} (sha256 ${made.fingerprint as string})`)
  }
  return { key: fs.readFileSync(keyFile, 'utf8'), cert: fs.readFileSync(certFile, 'utf8'), file: certFile }
}
