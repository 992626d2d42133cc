// Hostile-input table: requests to the broker. Each row is a request and the status (and error) it must get;
// none may make the broker answer 5xx or leak a token. Against the in-process emulator, so rows that get as far
// as Panopto see its real answer.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { startEmulator, type RunningEmulator } from '../../panopto-emulator/src/server.js';
import { startBroker, type RunningBroker } from './support/broker-harness.js';

const APP = 'http://localhost:4200';
const REDIRECT = `${APP}/auth/callback`;
const VERIFIER = 'v'.repeat(43);
const good = { code: 'not-a-real-code', code_verifier: VERIFIER, redirect_uri: REDIRECT, nonce: 'nonce-12345' };

interface Row {
  name: string;
  method?: string;
  path?: string;
  headers?: Record<string, string>;
  body?: string;
  status: number;
  error?: string;
}
const json = (v: unknown) => JSON.stringify(v);
const H = { origin: APP, 'content-type': 'application/json' };
const ROWS: Row[] = [
  { name: 'no Origin', headers: { 'content-type': 'application/json' }, body: json(good), status: 403 },
  { name: 'foreign Origin', headers: { ...H, origin: 'https://evil.example' }, body: json(good), status: 403 },
  { name: 'Origin with a suffix', headers: { ...H, origin: `${APP}.evil.example` }, body: json(good), status: 403 },
  { name: 'Origin null', headers: { ...H, origin: 'null' }, body: json(good), status: 403 },
  { name: 'GET', method: 'GET', headers: H, status: 405 },
  { name: 'PUT', method: 'PUT', headers: H, body: json(good), status: 405 },
  { name: 'unknown route', path: '/tokens', headers: H, body: json(good), status: 404 },
  { name: 'route with traversal', path: '/x/../token/..', headers: H, body: json(good), status: 404 },
  { name: 'encoded route', path: '/%74oken', headers: H, body: json(good), status: 404 },
  { name: 'not JSON', headers: H, body: '{', status: 400, error: 'invalid_request' },
  { name: 'JSON array', headers: H, body: '[]', status: 400, error: 'invalid_request' },
  { name: 'JSON string', headers: H, body: '"x"', status: 400, error: 'invalid_request' },
  { name: 'form body', headers: { ...H, 'content-type': 'text/plain' }, body: 'code=x', status: 415 },
  { name: 'body over 8 KiB', headers: H, body: json({ ...good, pad: 'x'.repeat(9000) }), status: 413 },
  { name: 'code missing', headers: H, body: json({ ...good, code: undefined }), status: 400 },
  { name: 'code a number', headers: H, body: json({ ...good, code: 42 }), status: 400 },
  { name: 'code an object', headers: H, body: json({ ...good, code: { $ne: '' } }), status: 400 },
  { name: 'code 3000 chars', headers: H, body: json({ ...good, code: 'c'.repeat(3000) }), status: 400 },
  { name: 'verifier too short', headers: H, body: json({ ...good, code_verifier: 'short' }), status: 400 },
  { name: 'verifier with spaces', headers: H, body: json({ ...good, code_verifier: `${VERIFIER} x` }), status: 400 },
  {
    name: 'redirect elsewhere',
    headers: H,
    body: json({ ...good, redirect_uri: 'https://evil.example/cb' }),
    status: 400,
  },
  {
    name: 'redirect javascript:',
    headers: H,
    body: json({ ...good, redirect_uri: 'javascript:alert(1)' }),
    status: 400,
  },
  { name: 'redirect not a URL', headers: H, body: json({ ...good, redirect_uri: 'callback' }), status: 400 },
  { name: 'nonce missing', headers: H, body: json({ ...good, nonce: undefined }), status: 400 },
  { name: 'nonce with a newline', headers: H, body: json({ ...good, nonce: 'abc\ndefghi' }), status: 400 },
  { name: 'bogus code reaches Panopto', headers: H, body: json(good), status: 401, error: 'invalid_grant' },
  {
    name: '__proto__ in the body',
    headers: H,
    body: '{"__proto__":{"code":"x"},"code_verifier":"' + VERIFIER + '"}',
    status: 400,
  },
  { name: 'refresh without cookie', path: '/refresh', headers: H, body: '', status: 401, error: 'invalid_grant' },
  {
    name: 'refresh with a garbage cookie',
    path: '/refresh',
    headers: { ...H, cookie: 'panopto_rt=%E0%A4%A' },
    status: 401,
  },
  {
    name: 'refresh with a forged cookie',
    path: '/refresh',
    headers: { ...H, cookie: 'panopto_rt=forged' },
    status: 401,
  },
  {
    name: 'logout with an access token object',
    path: '/logout',
    headers: H,
    body: json({ access_token: {} }),
    status: 400,
  },
  { name: 'logout without anything', path: '/logout', headers: H, body: '', status: 204 },
];

function send(broker: RunningBroker, row: Row): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: broker.port,
        path: row.path ?? '/token',
        method: row.method ?? 'POST',
        headers: row.headers,
      },
      (res) => {
        let body = '';
        res.on('data', (c: Buffer) => (body += c.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on('error', reject);
    req.end(row.body);
  });
}

describe('hostile input: broker requests', () => {
  let emulator: RunningEmulator;
  let broker: RunningBroker;
  before(async () => {
    emulator = await startEmulator({ port: 0, quiet: true, lazyMedia: true });
    broker = await startBroker(
      {
        panoptoServerUrl: emulator.url,
        clientId: 'panopto-ng-broker',
        clientSecret: 'emulator-secret',
        allowedOrigins: [APP],
      },
      APP,
    );
  });
  after(async () => {
    await broker.close();
    await emulator.close();
  });
  for (const row of ROWS) {
    it(`${row.name} → ${row.status}${row.error ? ` ${row.error}` : ''}`, async () => {
      const { status, body } = await send(broker, row);
      assert.equal(status, row.status, body);
      if (row.error) assert.equal((JSON.parse(body) as Record<string, unknown>)['error'], row.error);
      assert.doesNotMatch(body, /"access_token"/, "no token in a refusal");
    });
  }
});
