// PANOPTO_EMULATOR_HTTPS=1: a certificate for localhost, 127.0.0.1 and ::1, generated once (selfsigned) and kept
// next to the data, so a client trusts it once:
//   Python requests   REQUESTS_CA_BUNDLE=<dir>/emulator-cert.pem
//   Node              NODE_EXTRA_CA_CERTS=<dir>/emulator-cert.pem
//   Chromium          --ignore-certificate-errors-spki-list=<contents of <dir>/emulator-cert.spki>
// It is its own CA (basicConstraints CA, critical; key identifiers), which is what OpenSSL-based clients need to
// accept a self-signed certificate as a trust anchor. Regenerated when missing, unreadable or within 30 days of
// expiry.
import { createHash, createPrivateKey, generateKeyPairSync, X509Certificate } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import selfsigned from 'selfsigned';

export interface EmulatorCertificate {
  /** PEM files: trust `certFile`. */
  certFile: string;
  keyFile: string;
  cert: string;
  key: string;
  /** base64 SHA-256 of the public key (SPKI), for Chromium's --ignore-certificate-errors-spki-list. */
  spkiSha256: string;
}

const CERT = 'emulator-cert.pem';
const KEY = 'emulator-key.pem';
const SPKI = 'emulator-cert.spki';
const RENEW_MS = 30 * 24 * 3600 * 1000;

export function loadOrCreateCertificate(
  dir: string,
  log: (message: string) => void,
  now = Date.now(),
): EmulatorCertificate {
  mkdirSync(dir, { recursive: true });
  const certFile = join(dir, CERT);
  const keyFile = join(dir, KEY);
  const existing = readUsable(certFile, keyFile, now);
  if (existing) return existing;

  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  // `keyPair` (a key from node:crypto, much faster than generating one in JavaScript) is missing from the typings.
  const options: selfsigned.SelfsignedOptions & { keyPair: { privateKey: string; publicKey: string } } = {
    days: 397,
    algorithm: 'sha256',
    keyPair: {
      privateKey: privateKey.export({ type: 'pkcs1', format: 'pem' }).toString(),
      publicKey: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    },
    extensions: [
      { name: 'basicConstraints', cA: true, critical: true },
      { name: 'keyUsage', critical: true, digitalSignature: true, keyEncipherment: true, keyCertSign: true },
      { name: 'extKeyUsage', serverAuth: true },
      { name: 'subjectKeyIdentifier' },
      { name: 'authorityKeyIdentifier', keyIdentifier: true },
      {
        name: 'subjectAltName',
        altNames: [
          { type: 2, value: 'localhost' },
          { type: 7, ip: '127.0.0.1' },
          { type: 7, ip: '::1' },
        ],
      },
    ],
  };
  const pems = selfsigned.generate([{ name: 'commonName', value: 'Panopto emulator (localhost)' }], options);
  writeFileSync(keyFile, pems.private, { mode: 0o600 });
  writeFileSync(certFile, pems.cert);
  const spkiSha256 = spkiHash(pems.cert);
  writeFileSync(join(dir, SPKI), `${spkiSha256}\n`);
  log(`Generated a TLS certificate for localhost: ${certFile}`);
  return { certFile, keyFile, cert: pems.cert, key: pems.private, spkiSha256 };
}

function readUsable(certFile: string, keyFile: string, now: number): EmulatorCertificate | null {
  if (!existsSync(certFile) || !existsSync(keyFile)) return null;
  try {
    const cert = readFileSync(certFile, 'utf8');
    const key = readFileSync(keyFile, 'utf8');
    const x509 = new X509Certificate(cert);
    if (Date.parse(x509.validTo) - now < RENEW_MS || !x509.checkHost('localhost')) return null;
    if (!x509.checkPrivateKey(createPrivateKey(key))) return null;
    return { certFile, keyFile, cert, key, spkiSha256: spkiHash(cert) };
  } catch {
    return null;
  }
}

function spkiHash(certPem: string): string {
  const der = new X509Certificate(certPem).publicKey.export({ type: 'spki', format: 'der' });
  return createHash('sha256').update(der).digest('base64');
}
