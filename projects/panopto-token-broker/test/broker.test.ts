// The token broker against an in-process emulator: code exchange, refresh with rotation, logout with
// revocation, origin checks, cookie flags, malformed and oversized bodies, and that nothing secret is logged.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startEmulator, type RunningEmulator } from '../../panopto-emulator/src/server.js';
import { createTokenBroker, TokenBrokerConfigError } from '../src/token-broker.js';
import { authorizationCode } from './support/emulator-login.js';

const APP = 'http://localhost:4200';
const REDIRECT = `${APP}/auth/callback`;
const SECRET = 'emulator-secret';

let emulator: RunningEmulator;
let server: Server;
let brokerUrl: string;
const logLines: string[] = [];

function cookieOf(res: Response): string | null {
  const line = res.headers.getSetCookie().find((c) => c.startsWith('panopto_rt='));
  return line ?? null;
}
function cookieValue(setCookie: string | null): string {
  return setCookie ? setCookie.split(';')[0] : '';
}

function post(
  path: string,
  init: { body?: unknown; cookie?: string; origin?: string | null; raw?: string; contentType?: string } = {},
) {
  const headers: Record<string, string> = {};
  if (init.origin !== null) headers['origin'] = init.origin ?? APP;
  if (init.cookie) headers['cookie'] = init.cookie;
  const body = init.raw ?? (init.body !== undefined ? JSON.stringify(init.body) : undefined);
  if (body !== undefined) headers['content-type'] = init.contentType ?? 'application/json';
  return fetch(`${brokerUrl}${path}`, { method: 'POST', headers, body });
}

async function signedIn(): Promise<{
  cookie: string;
  json: Record<string, unknown>;
  code: Awaited<ReturnType<typeof authorizationCode>>;
}> {
  const code = await authorizationCode(emulator.url, 'panopto-ng-broker', REDIRECT);
  const res = await post('/token', {
    body: { code: code.code, code_verifier: code.verifier, redirect_uri: REDIRECT, nonce: code.nonce },
  });
  const json = (await res.json()) as Record<string, unknown>;
  assert.equal(res.status, 200, JSON.stringify(json));
  return { cookie: cookieValue(cookieOf(res)), json, code };
}

async function apiStatus(accessToken: string): Promise<number> {
  const res = await fetch(`${emulator.url}/Panopto/api/v1/folders/search?searchQuery=a`, {
    headers: { authorization: `Bearer ${accessToken}` },
  });
  await res.arrayBuffer();
  return res.status;
}

describe('token broker', () => {
  before(async () => {
    emulator = await startEmulator({ port: 0, quiet: true, lazyMedia: true });
    const handler = createTokenBroker({
      panoptoServerUrl: emulator.url,
      clientId: 'panopto-ng-broker',
      clientSecret: SECRET,
      allowedOrigins: [APP],
      log: (line) => logLines.push(line),
    });
    server = createServer(handler);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    brokerUrl = `http://localhost:${(server.address() as AddressInfo).port}`;
  });
  after(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    await emulator.close();
  });

  it('exchanges a code: returns only the access token, expiry and ID token claims; the refresh token goes in a cookie', async () => {
    const { json, cookie, code } = await signedIn();
    assert.equal(typeof json['access_token'], 'string');
    assert.equal(json['token_type'], 'Bearer');
    assert.ok(Number(json['expires_in']) > 0);
    assert.equal(json['refresh_token'], undefined);
    assert.equal(json['id_token'], undefined);
    const claims = json['id_token_claims'] as Record<string, unknown>;
    assert.equal(claims['preferred_username'], 'instructor');
    assert.equal(claims['nonce'], code.nonce);
    assert.equal(claims['aud'], 'panopto-ng-broker');
    assert.match(cookie, /^panopto_rt=.+/);
    assert.equal(await apiStatus(json['access_token'] as string), 200);
  });

  it('sets the cookie httpOnly, SameSite=Strict, path-scoped; not Secure for a loopback http app', async () => {
    const code = await authorizationCode(emulator.url, 'panopto-ng-broker', REDIRECT);
    const res = await post('/token', {
      body: { code: code.code, code_verifier: code.verifier, redirect_uri: REDIRECT, nonce: code.nonce },
    });
    const line = cookieOf(res) as string;
    assert.match(line, /; HttpOnly/);
    assert.match(line, /; SameSite=Strict/);
    assert.match(line, /; Path=\//);
    assert.doesNotMatch(line, /; Secure/, 'no Secure flag on http://localhost');
    assert.equal(res.headers.get('access-control-allow-origin'), APP);
    assert.equal(res.headers.get('access-control-allow-credentials'), 'true');
    assert.equal(res.headers.get('cache-control'), 'no-store');

    // Under a mount path the cookie is scoped to it; a real Host header does not change the Secure decision
    // (that comes from the allowed origins; see hardening.test.ts).
    const mounted = createTokenBroker({
      panoptoServerUrl: emulator.url,
      clientId: 'panopto-ng-broker',
      clientSecret: SECRET,
      allowedOrigins: [APP],
      basePath: '/panopto-broker',
    });
    const other = createServer(mounted);
    await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
    try {
      const port = (other.address() as AddressInfo).port;
      const code2 = await authorizationCode(emulator.url, 'panopto-ng-broker', REDIRECT);
      const { request } = await import('node:http');
      const setCookie = await new Promise<string>((resolve, reject) => {
        const req = request(
          {
            host: '127.0.0.1',
            port,
            path: '/panopto-broker/token',
            method: 'POST',
            headers: { host: 'app.example.edu', origin: APP, 'content-type': 'application/json' },
          },
          (res) => {
            res.resume();
            resolve(String(res.headers['set-cookie']?.[0] ?? ''));
          },
        );
        req.on('error', reject);
        req.end(
          JSON.stringify({
            code: code2.code,
            code_verifier: code2.verifier,
            redirect_uri: REDIRECT,
            nonce: code2.nonce,
          }),
        );
      });
      assert.doesNotMatch(setCookie, /; Secure/);
      assert.match(setCookie, /; Path=\/panopto-broker/);
    } finally {
      await new Promise((resolve) => other.close(resolve));
    }
  });

  it('refresh rotates the cookie and returns a working access token; the old refresh token is dead', async () => {
    const { cookie } = await signedIn();
    const res = await post('/refresh', { cookie });
    const json = (await res.json()) as Record<string, unknown>;
    assert.equal(res.status, 200, JSON.stringify(json));
    const rotated = cookieValue(cookieOf(res));
    assert.ok(rotated && rotated !== cookie, 'a new refresh-token cookie');
    assert.equal(await apiStatus(json['access_token'] as string), 200);
    assert.equal(json['refresh_token'], undefined);
    // Reusing the rotated-away token is refused as invalid_grant (and the cookie is cleared).
    const reuse = await post('/refresh', { cookie });
    assert.equal(reuse.status, 401);
    assert.equal(((await reuse.json()) as Record<string, unknown>)['error'], 'invalid_grant');
    assert.match(cookieOf(reuse) ?? '', /Max-Age=0/);
  });

  it('refresh without a cookie is 401 invalid_grant', async () => {
    const res = await post('/refresh');
    assert.equal(res.status, 401);
    assert.equal(((await res.json()) as Record<string, unknown>)['error'], 'invalid_grant');
  });

  it('logout revokes the refresh token at the tenant and clears the cookie', async () => {
    const { cookie } = await signedIn();
    const res = await post('/logout', { cookie });
    assert.equal(res.status, 204);
    assert.match(cookieOf(res) ?? '', /^panopto_rt=; .*Max-Age=0/);
    const after = await post('/refresh', { cookie });
    assert.equal(after.status, 401, 'the revoked refresh token no longer works');
  });

  it('rejects requests from other origins or without Origin, and answers preflights only for allowed ones', async () => {
    const code = await authorizationCode(emulator.url, 'panopto-ng-broker', REDIRECT);
    const evil = await post('/token', {
      origin: 'https://evil.example',
      body: { code: code.code, code_verifier: code.verifier, redirect_uri: REDIRECT, nonce: code.nonce },
    });
    assert.equal(evil.status, 403);
    assert.equal(evil.headers.get('access-control-allow-origin'), null);
    assert.equal((await post('/refresh', { origin: null })).status, 403);
    assert.equal((await post('/refresh', { origin: 'http://localhost:4200.evil.example' })).status, 403);
    const preflight = await fetch(`${brokerUrl}/token`, {
      method: 'OPTIONS',
      headers: { origin: APP, 'access-control-request-method': 'POST' },
    });
    assert.equal(preflight.status, 204);
    assert.equal(preflight.headers.get('access-control-allow-origin'), APP);
    assert.match(preflight.headers.get('access-control-allow-methods') ?? '', /POST/);
    const badPreflight = await fetch(`${brokerUrl}/token`, {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example' },
    });
    assert.equal(badPreflight.status, 403);
    // The unused code still works from the right origin: the rejected request never reached Panopto.
    const ok = await post('/token', {
      body: { code: code.code, code_verifier: code.verifier, redirect_uri: REDIRECT, nonce: code.nonce },
    });
    assert.equal(ok.status, 200);
  });

  it('rejects malformed, oversized and invalid bodies with clear errors', async () => {
    const cases: [Parameters<typeof post>[1], number, RegExp][] = [
      [{ raw: '{not json' }, 400, /not valid JSON/],
      [{ raw: '[1,2]' }, 400, /JSON object/],
      [{ raw: 'code=x', contentType: 'application/x-www-form-urlencoded' }, 415, /application\/json/],
      [{ raw: JSON.stringify({ pad: 'x'.repeat(9000) }) }, 413, /larger than/],
      [{ body: { code_verifier: 'a'.repeat(43), redirect_uri: REDIRECT } }, 400, /`code` is required/],
      [{ body: { code: 'c', code_verifier: 'short', redirect_uri: REDIRECT } }, 400, /code_verifier/],
      [
        { body: { code: 'c', code_verifier: 'a'.repeat(43), redirect_uri: 'https://evil.example/cb' } },
        400,
        /redirect_uri/,
      ],
    ];
    for (const [init, status, message] of cases) {
      const res = await post('/token', init);
      const json = (await res.json()) as Record<string, unknown>;
      assert.equal(res.status, status, JSON.stringify(json));
      assert.match(String(json['error_description']), message);
    }
    const wrongMethod = await fetch(`${brokerUrl}/token`, { headers: { origin: APP } });
    assert.equal(wrongMethod.status, 405);
    const unknown = await post('/nope');
    assert.equal(unknown.status, 404);
  });

  it('passes unknown paths to next() when used as middleware', async () => {
    const handler = createTokenBroker({
      panoptoServerUrl: emulator.url,
      clientId: 'x',
      clientSecret: 'y',
      allowedOrigins: [APP],
    });
    let called = false;
    handler({ url: '/other', method: 'GET', headers: {} } as never, {} as never, () => (called = true));
    assert.equal(called, true);
  });

  it('a wrong client secret is reported as a broker misconfiguration, not a user error', async () => {
    const wrong = createTokenBroker({
      panoptoServerUrl: emulator.url,
      clientId: 'panopto-ng-broker',
      clientSecret: 'wrong',
      allowedOrigins: [APP],
    });
    const srv = createServer(wrong);
    await new Promise<void>((resolve) => srv.listen(0, '127.0.0.1', resolve));
    try {
      const code = await authorizationCode(emulator.url, 'panopto-ng-broker', REDIRECT);
      const res = await fetch(`http://localhost:${(srv.address() as AddressInfo).port}/token`, {
        method: 'POST',
        headers: { origin: APP, 'content-type': 'application/json' },
        body: JSON.stringify({
          code: code.code,
          code_verifier: code.verifier,
          redirect_uri: REDIRECT,
          nonce: code.nonce,
        }),
      });
      const json = (await res.json()) as Record<string, unknown>;
      assert.equal(res.status, 500);
      assert.match(String(json['error_description']), /client credentials/);
      assert.doesNotMatch(JSON.stringify(json), /wrong/);
    } finally {
      await new Promise((resolve) => srv.close(resolve));
    }
  });

  it('validates its options naming the field', () => {
    const base = {
      panoptoServerUrl: 'https://t.hosted.panopto.com',
      clientId: 'c',
      clientSecret: 's',
      allowedOrigins: [APP],
    };
    assert.throws(
      () => createTokenBroker({ ...base, clientSecret: '' }),
      (e: unknown) => e instanceof TokenBrokerConfigError && e.option === 'clientSecret',
    );
    assert.throws(() => createTokenBroker({ ...base, allowedOrigins: [] }), /allowedOrigins/);
    assert.throws(
      () => createTokenBroker({ ...base, allowedOrigins: ['https://app.example.edu/path'] }),
      /allowedOrigins\[0\]/,
    );
    assert.throws(
      () => createTokenBroker({ ...base, panoptoServerUrl: 'http://t.hosted.panopto.com' }),
      /must use https/,
    );
  });

  it('never logs secrets, cookies or tokens', async () => {
    const { cookie, json } = await signedIn();
    await post('/refresh', { cookie });
    const all = logLines.join('\n');
    assert.ok(logLines.length > 0);
    assert.doesNotMatch(all, new RegExp(SECRET));
    assert.ok(!all.includes(cookie.split('=')[1]));
    assert.ok(!all.includes(String(json['access_token'])));
  });
});
