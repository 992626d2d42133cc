// The security review's findings on the broker, each against the real in-process emulator: the Secure cookie
// flag and its prefix, ID-token verification (signature, alg none, HS256, nonce), clearing a stale cookie,
// chunked bodies over the limit, discovered endpoints off the tenant's origin, and logout revoking both tokens.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { createHmac } from 'node:crypto';
import { startEmulator, type RunningEmulator } from '../../panopto-emulator/src/server.js';
import { authorizationCode } from './support/emulator-login.js';
import { refreshCookieOf, startBroker, type RunningBroker } from './support/broker-harness.js';
import type { TokenBrokerOptions } from '../src/token-broker.js';

const APP = 'http://localhost:4200';
const REDIRECT = `${APP}/auth/callback`;
const HTTPS_APP = 'https://app.example.edu';

let emulator: RunningEmulator;
const brokers: RunningBroker[] = [];

function options(extra: Partial<TokenBrokerOptions> = {}): TokenBrokerOptions {
  return {
    panoptoServerUrl: emulator.url,
    clientId: 'panopto-ng-broker',
    clientSecret: 'emulator-secret',
    allowedOrigins: [APP],
    ...extra,
  };
}

async function broker(extra: Partial<TokenBrokerOptions> = {}, origin = APP): Promise<RunningBroker> {
  const b = await startBroker(options(extra), origin);
  brokers.push(b);
  return b;
}

async function codeBody(scope?: string) {
  const code = await authorizationCode(emulator.url, 'panopto-ng-broker', REDIRECT, undefined, scope);
  return { code: code.code, code_verifier: code.verifier, redirect_uri: REDIRECT, nonce: code.nonce };
}

async function apiStatus(accessToken: string): Promise<number> {
  const res = await fetch(`${emulator.url}/Panopto/api/v1/folders/search?searchQuery=a`, {
    headers: { authorization: `Bearer ${accessToken}` },
  });
  await res.arrayBuffer();
  return res.status;
}

/** A `fetch` for the broker that lets `edit` rewrite the JSON of the token endpoint's (or discovery's) answers. */
function editingFetch(match: RegExp, edit: (body: Record<string, unknown>) => Record<string, unknown>): typeof fetch {
  return async (input, init) => {
    const res = await fetch(input, init);
    if (!match.test(String(input))) return res;
    const body = (await res.json()) as Record<string, unknown>;
    return new Response(JSON.stringify(edit(body)), { status: res.status, headers: res.headers });
  };
}

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
function decodePart(token: string, i: number): Record<string, unknown> {
  return JSON.parse(Buffer.from(token.split('.')[i], 'base64url').toString('utf8')) as Record<string, unknown>;
}

describe('broker hardening (security review)', () => {
  before(async () => {
    emulator = await startEmulator({ port: 0, quiet: true, lazyMedia: true });
  });
  after(async () => {
    for (const b of brokers) await b.close();
    await emulator.close();
  });

  describe('1. the Secure flag comes from the allowed origins, never from the Host header', () => {
    it('https app origins: Secure and __Host- even when the request says Host: localhost (a proxy)', async () => {
      const b = await broker({ allowedOrigins: [HTTPS_APP], allowedRedirectUris: [REDIRECT] }, HTTPS_APP);
      const res = await b.post('/token', { body: await codeBody() });
      assert.equal(res.status, 200, await res.clone().text());
      const cookie = refreshCookieOf(res);
      assert.ok(cookie, 'a refresh-token cookie');
      assert.match(cookie.line, /^__Host-panopto_rt=/);
      assert.match(cookie.line, /; Secure/);
      assert.match(cookie.line, /; Path=\/(;|$)/);
      assert.doesNotMatch(cookie.line, /Domain=/i);
      // The prefixed cookie is the one /refresh reads.
      const refreshed = await b.post('/refresh', { cookie: cookie.pair });
      assert.equal(refreshed.status, 200, await refreshed.clone().text());
      assert.match(refreshCookieOf(refreshed)?.line ?? '', /^__Host-panopto_rt=.*; Secure/);
    });

    it('a mount path that rules out __Host- uses __Secure- and keeps the path', async () => {
      const b = await broker(
        { allowedOrigins: [HTTPS_APP], allowedRedirectUris: [REDIRECT], basePath: '/panopto-broker' },
        HTTPS_APP,
      );
      const res = await b.post('/panopto-broker/token', { body: await codeBody() });
      assert.equal(res.status, 200, await res.clone().text());
      const line = refreshCookieOf(res)?.line ?? '';
      assert.match(line, /^__Secure-panopto_rt=/);
      assert.match(line, /; Path=\/panopto-broker/);
      assert.match(line, /; Secure/);
    });

    it('loopback-only http origins: no Secure, whatever the Host header claims', async () => {
      const b = await broker();
      const body = JSON.stringify(await codeBody());
      const setCookie = await new Promise<string>((resolve, reject) => {
        const req = request(
          {
            host: '127.0.0.1',
            port: b.port,
            path: '/token',
            method: 'POST',
            headers: { host: 'app.example.edu', origin: APP, 'content-type': 'application/json' },
          },
          (res) => {
            res.resume();
            resolve(String(res.headers['set-cookie']?.[0] ?? ''));
          },
        );
        req.on('error', reject);
        req.end(body);
      });
      assert.match(setCookie, /^panopto_rt=/);
      assert.doesNotMatch(setCookie, /; Secure/);
    });

    it('refuses secureCookie: false when an allowed origin is https', async () => {
      await assert.rejects(() => broker({ allowedOrigins: [HTTPS_APP], secureCookie: false }), /secureCookie.*https/);
    });
  });

  describe('4. ID tokens are verified against the tenant JWKS', () => {
    it('passes the claims of a genuine token (signature, issuer, audience, nonce)', async () => {
      const b = await broker();
      const body = await codeBody();
      const res = await b.post('/token', { body });
      const json = (await res.json()) as Record<string, unknown>;
      assert.equal(res.status, 200, JSON.stringify(json));
      assert.equal((json['id_token_claims'] as Record<string, unknown>)['nonce'], body.nonce);
    });

    const forgeries: [string, (token: string) => string][] = [
      [
        'a payload edited after signing',
        (t) => [t.split('.')[0], b64({ ...decodePart(t, 1), preferred_username: 'admin' }), t.split('.')[2]].join('.'),
      ],
      ['alg none', (t) => [b64({ alg: 'none', typ: 'JWT' }), t.split('.')[1], ''].join('.')],
      [
        'HS256 keyed with the client secret (a shared-secret algorithm)',
        (t) => {
          const head = b64({ alg: 'HS256', typ: 'JWT', kid: decodePart(t, 0)['kid'] });
          const input = `${head}.${t.split('.')[1]}`;
          return `${input}.${createHmac('sha256', 'emulator-secret').update(input).digest('base64url')}`;
        },
      ],
      [
        'an unknown key id',
        (t) => [b64({ ...decodePart(t, 0), kid: 'not-a-key' }), ...t.split('.').slice(1)].join('.'),
      ],
    ];
    for (const [name, forge] of forgeries) {
      it(`refuses ${name} and sets no cookie`, async () => {
        const b = await broker({
          fetch: editingFetch(/\/connect\/token$/, (body) => ({ ...body, id_token: forge(String(body['id_token'])) })),
        });
        const res = await b.post('/token', { body: await codeBody() });
        const json = (await res.json()) as Record<string, unknown>;
        assert.equal(res.status, 502, JSON.stringify(json));
        assert.equal(json['error'], 'server_error');
        assert.match(String(json['error_description']), /ID token/);
        assert.equal(json['access_token'], undefined);
        assert.equal(refreshCookieOf(res), null, 'no cookie for a forged answer');
      });
    }

    it('refuses a nonce other than the one the browser sent, and requires one', async () => {
      const b = await broker();
      const wrong = await b.post('/token', { body: { ...(await codeBody()), nonce: 'someone-elses-nonce' } });
      assert.equal(wrong.status, 502);
      assert.match(String(((await wrong.json()) as Record<string, unknown>)['error_description']), /nonce/);
      const { nonce: _n, ...withoutNonce } = await codeBody();
      const missing = await b.post('/token', { body: withoutNonce });
      assert.equal(missing.status, 400);
      assert.match(String(((await missing.json()) as Record<string, unknown>)['error_description']), /`nonce`/);
    });
  });

  describe('4. (continued) keys that cannot be loaded during a refresh', () => {
    it('answer 502 temporarily_unavailable and keep the rotated refresh token', async () => {
      const first = await broker();
      const signIn = await first.post('/token', { body: await codeBody() });
      const cookie = refreshCookieOf(signIn);
      assert.ok(cookie);
      // A restarted broker (empty key cache) while the tenant's JWKS answers 503.
      const restarted = await broker();
      emulator.context.faults.apply({ errors: [{ route: '*/jwks', status: 503 }] });
      let rotated: string;
      try {
        const res = await restarted.post('/refresh', { cookie: cookie.pair });
        const json = (await res.json()) as Record<string, unknown>;
        assert.equal(res.status, 502, JSON.stringify(json));
        assert.equal(json['error'], 'temporarily_unavailable');
        rotated = refreshCookieOf(res)?.pair ?? '';
        assert.ok(rotated && rotated !== cookie.pair && !/=$/.test(rotated), 'the rotated cookie was kept');
      } finally {
        emulator.context.faults.reset();
      }
      const retry = await restarted.post('/refresh', { cookie: rotated });
      assert.equal(retry.status, 200, await retry.clone().text());
    });
  });

  describe('5. a sign-in answer without a refresh token', () => {
    it("clears the previous user's cookie", async () => {
      const b = await broker();
      const first = await b.post('/token', { body: await codeBody() });
      const old = refreshCookieOf(first);
      assert.ok(old);
      const second = await b.post('/token', { body: await codeBody('openid profile api'), cookie: old.pair });
      assert.equal(second.status, 200, await second.clone().text());
      const line = refreshCookieOf(second)?.line ?? '';
      assert.match(line, /^panopto_rt=;.*Max-Age=0/, 'the old cookie is cleared');
    });
  });

  describe('7. a chunked body over the limit', () => {
    it('is answered 413 with Connection: close, not a reset', async () => {
      const b = await broker({ maxBodyBytes: 1024 });
      const outcome = await new Promise<{ status: number; connection: string; body: string }>((resolve, reject) => {
        const req = request({
          host: '127.0.0.1',
          port: b.port,
          path: '/token',
          method: 'POST',
          headers: { origin: APP, 'content-type': 'application/json', 'transfer-encoding': 'chunked' },
        });
        let stop = false;
        req.on('response', (res) => {
          stop = true;
          let body = '';
          res.on('data', (c: Buffer) => (body += c.toString()));
          res.on('end', () =>
            resolve({ status: res.statusCode ?? 0, connection: String(res.headers['connection']), body }),
          );
          res.on('error', reject);
        });
        req.on('error', reject);
        const chunk = 'x'.repeat(512);
        let sent = 0;
        const pump = (): void => {
          if (stop || sent > 64) {
            req.end();
            return;
          }
          sent++;
          req.write(chunk, () => setTimeout(pump, 5));
        };
        pump();
      });
      assert.equal(outcome.status, 413);
      assert.equal(outcome.connection, 'close');
      assert.match(outcome.body, /larger than 1024 bytes/);
    });
  });

  describe('11. discovery, logout', () => {
    const foreign: [string, Record<string, string>, RegExp][] = [
      ['a token endpoint on another host', { token_endpoint: 'https://evil.example/token' }, /token_endpoint/],
      ['an http token endpoint', { token_endpoint: 'http://tenant.example/token' }, /token_endpoint/],
      ['a JWKS on another host', { jwks_uri: 'https://evil.example/jwks' }, /jwks_uri/],
      ['an issuer on another origin', { issuer: 'https://evil.example/Panopto/oauth2' }, /issuer/],
    ];
    for (const [name, override, message] of foreign) {
      it(`refuses ${name} from discovery and never calls it`, async () => {
        const called: string[] = [];
        const edited = editingFetch(/openid-configuration$/, (doc) => ({ ...doc, ...override }));
        const b = await broker({
          fetch: async (input, init) => {
            called.push(String(input));
            return edited(input, init);
          },
        });
        const res = await b.post('/token', { body: await codeBody() });
        const json = (await res.json()) as Record<string, unknown>;
        assert.equal(res.status, 502, JSON.stringify(json));
        assert.match(String(json['error_description']), message);
        assert.ok(!called.some((u) => u.includes('evil.example') || u.startsWith('http://tenant')), called.join());
      });
    }

    it('logout revokes the access token as well as the refresh token', async () => {
      const revoked: string[] = [];
      const b = await broker({
        fetch: (input, init) => {
          if (String(input).endsWith('/connect/revocation')) revoked.push(String(init?.body));
          return fetch(input, init);
        },
      });
      const signIn = await b.post('/token', { body: await codeBody() });
      const json = (await signIn.json()) as Record<string, unknown>;
      const accessToken = String(json['access_token']);
      assert.equal(await apiStatus(accessToken), 200);
      const cookie = refreshCookieOf(signIn);
      const out = await b.post('/logout', { cookie: cookie?.pair, body: { access_token: accessToken } });
      assert.equal(out.status, 204);
      const hints = revoked.map((body) => new URLSearchParams(body));
      assert.ok(hints.some((p) => p.get('token_type_hint') === 'refresh_token'));
      assert.ok(
        hints.some((p) => p.get('token_type_hint') === 'access_token' && p.get('token') === accessToken),
        'the access token was revoked at the tenant',
      );
      assert.equal(await apiStatus(accessToken), 401, 'the access token no longer works');
      assert.equal((await b.post('/refresh', { cookie: cookie?.pair })).status, 401);
    });
  });
});
