// The request pipeline: router matching (case-insensitive, params, HEAD, 405, 404), CORS for loopback
// origins on the REST API, and robustness against bad URLs and handler errors.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { request } from 'node:http';
import type { RunningEmulator } from '../src/server.js';
import { Router } from '../src/router.js';
import { sendJson } from '../src/http.js';
import { seedGuid } from '../src/seed/guid.js';
import { mintToken, startTestEmulator } from './helpers.js';

describe('router', () => {
  const router = new Router();
  const noop = (): void => undefined;
  router.get('/Panopto/api/v1/folders/:id/children', noop);
  router.post('/Panopto/api/v1/folders', noop);
  router.get('/files/*', noop);
  router.mount('/Panopto/oauth2', 'oauth', noop);

  it('matches case-insensitively with decoded params', () => {
    const hit = router.find('GET', '/panopto/API/V1/Folders/a%20b/CHILDREN/');
    assert.ok(hit && typeof hit === 'object');
    assert.deepEqual(hit.params, { id: 'a b' });
    assert.equal(hit.routeName, 'GET /Panopto/api/v1/folders/:id/children');
  });
  it('answers HEAD with GET routes, reports wrong methods, falls back to mounts', () => {
    assert.ok(typeof router.find('HEAD', '/Panopto/api/v1/folders/x/children') === 'object');
    assert.equal(router.find('DELETE', '/Panopto/api/v1/folders'), 'method');
    assert.equal(router.find('GET', '/nothing'), undefined);
    const rest = router.find('GET', '/files/a/b/c.webm');
    assert.ok(rest && typeof rest === 'object' && rest.params['*'] === 'a/b/c.webm');
    const mounted = router.find('POST', '/panopto/OAUTH2/connect/token');
    assert.ok(mounted && typeof mounted === 'object' && mounted.routeName === 'oauth');
  });
});

describe('request pipeline', () => {
  let emu: RunningEmulator;
  const folder = seedGuid('folder:unit:BIO101');
  before(async () => {
    emu = await startTestEmulator();
    emu.router.get('/custom/throws', () => {
      throw new Error('boom');
    });
    emu.router.get('/custom/ok', (_req, res) => sendJson(res, 200, { ok: true }));
  });
  after(() => emu.close());

  it('answers CORS preflight and requests from loopback origins on the REST API, not from others', async () => {
    const pre = await fetch(`${emu.url}/Panopto/api/v1/folders/${folder}`, {
      method: 'OPTIONS',
      headers: {
        origin: 'http://localhost:9876',
        'access-control-request-method': 'GET',
        'access-control-request-headers': 'authorization',
      },
    });
    assert.equal(pre.status, 204);
    assert.equal(pre.headers.get('access-control-allow-origin'), 'http://localhost:9876');
    assert.match(pre.headers.get('access-control-allow-headers') ?? '', /authorization/i);
    assert.match(pre.headers.get('access-control-allow-methods') ?? '', /PUT/);
    const token = await mintToken(emu, 'student');
    const res = await fetch(`${emu.url}/Panopto/api/v1/folders/${folder}`, {
      headers: { origin: 'http://127.0.0.1:4200', authorization: `Bearer ${token}` },
    });
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('access-control-allow-origin'), 'http://127.0.0.1:4200');
    assert.match(res.headers.get('access-control-expose-headers') ?? '', /Retry-After/);
    const evil = await fetch(`${emu.url}/Panopto/api/v1/folders/${folder}`, {
      headers: { origin: 'https://evil.example', authorization: `Bearer ${token}` },
    });
    assert.equal(evil.headers.get('access-control-allow-origin'), null);
    const unauth = await fetch(`${emu.url}/Panopto/api/v1/folders/${folder}`, {
      headers: { origin: 'http://localhost:4200' },
    });
    assert.equal(unauth.status, 401);
    assert.equal(
      unauth.headers.get('access-control-allow-origin'),
      'http://localhost:4200',
      '401s are readable by the app',
    );
  });

  it('is reachable as localhost and 127.0.0.1', async () => {
    assert.equal((await fetch(`http://127.0.0.1:${emu.port}/custom/ok`)).status, 200);
    assert.equal((await fetch(`http://localhost:${emu.port}/custom/ok`)).status, 200);
  });

  it('turns handler exceptions into a 500 APIError and keeps serving', async () => {
    const res = await fetch(`${emu.url}/custom/throws`);
    assert.equal(res.status, 500);
    assert.equal(((await res.json()) as { Error: { Success: boolean } }).Error.Success, false);
    assert.equal((await fetch(`${emu.url}/custom/ok`)).status, 200);
  });

  it('answers unknown paths with 404, wrong methods with 405, and survives a malformed request line', async () => {
    const missing = await fetch(`${emu.url}/Panopto/api/v1/nothing`);
    assert.equal(missing.status, 404);
    assert.equal(((await missing.json()) as { Error: { ErrorCode: string } }).Error.ErrorCode, 'NotFound');
    assert.equal((await fetch(`${emu.url}/Panopto/api/v1/users/search`, { method: 'DELETE' })).status, 405);
    const status = await new Promise<number>((resolve) => {
      const req = request({ host: '127.0.0.1', port: emu.port, path: '//%%%/\\x', method: 'GET' }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', () => resolve(-1));
      req.end();
    });
    assert.ok(status >= 400 && status < 500, String(status));
    assert.equal((await fetch(`${emu.url}/custom/ok`)).status, 200);
  });
});
