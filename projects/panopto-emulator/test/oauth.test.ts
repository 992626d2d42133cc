// OAuth 2.0 / OIDC against the emulator with a real client library (openid-client, tests only):
// discovery, PKCE code flow through the login form, refresh rotation, revocation, confidential client,
// PKCE enforcement, login errors, CORS, logout, token lifetime at run time, token metrics.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { errors, generators, type Client, type Issuer } from 'openid-client';
import type { RunningEmulator } from '../src/server.js';
import { api, startTestEmulator } from './helpers.js';
import { CookieJar, discover, pkceSignIn, signIn } from './oauth-client.js';

const REDIRECT = 'http://localhost:4200/auth/callback';
const TEST_REDIRECT = 'http://localhost:9876/auth/callback';

describe('OAuth / OpenID Connect', () => {
  let emu: RunningEmulator;
  let issuer: Issuer<Client>;

  before(async () => {
    emu = await startTestEmulator({ brokerSecret: 'test-secret' });
    issuer = await discover(emu.url);
  });
  after(() => emu.close());

  it('publishes discovery on the Panopto paths with S256 only', () => {
    const m = issuer.metadata;
    assert.equal(m.issuer, `${emu.url}/Panopto/oauth2`);
    assert.equal(m.authorization_endpoint, `${emu.url}/Panopto/oauth2/connect/authorize`);
    assert.equal(m.token_endpoint, `${emu.url}/Panopto/oauth2/connect/token`);
    assert.equal(m.revocation_endpoint, `${emu.url}/Panopto/oauth2/connect/revocation`);
    assert.deepEqual(m['code_challenge_methods_supported'], ['S256']);
    for (const s of ['openid', 'profile', 'api', 'offline_access'])
      assert.ok((m.scopes_supported as string[]).includes(s), s);
  });

  it('runs the full PKCE flow: login form, code, tokens, ID token claims, REST access', async () => {
    const { tokens, sign } = await pkceSignIn(issuer, 'panopto-ng-demo', REDIRECT, 'instructor', 'instructor');
    assert.match(sign.loginHtml, /name="username"/);
    assert.match(sign.loginHtml, /name="password"/);
    assert.equal((sign.loginHtml.match(/type="submit"/g) ?? []).length, 1);
    assert.match(sign.loginHtml, /<label for="username">/);
    assert.ok(tokens.access_token && tokens.refresh_token && tokens.id_token);
    assert.ok(
      tokens.expires_in && tokens.expires_in > 3500 && tokens.expires_in <= 3600,
      `expires_in ${tokens.expires_in}`,
    );
    const claims = tokens.claims();
    assert.equal(claims.preferred_username, 'instructor');
    assert.equal(claims.name, 'Ingrid Instructor');
    const me = await api(emu, '/users/me/sessions/viewed', { token: tokens.access_token });
    assert.equal(me.status, 200);
  });

  it('rotates refresh tokens and rejects a used one', async () => {
    const { tokens, client } = await pkceSignIn(issuer, 'panopto-ng-test', TEST_REDIRECT, 'student', 'student');
    const first = tokens.refresh_token as string;
    const refreshed = await client.refresh(first);
    assert.ok(refreshed.access_token);
    assert.ok(refreshed.refresh_token);
    assert.notEqual(refreshed.refresh_token, first);
    assert.equal((await api(emu, `/users/me/sessions/viewed`, { token: refreshed.access_token })).status, 200);
    await assert.rejects(
      client.refresh(first),
      (err: unknown) => err instanceof errors.OPError && err.error === 'invalid_grant',
    );
  });

  it('issues no refresh token without offline_access', async () => {
    const { tokens } = await pkceSignIn(
      issuer,
      'panopto-ng-test',
      TEST_REDIRECT,
      'student',
      'student',
      'openid profile api',
    );
    assert.ok(tokens.access_token);
    assert.equal(tokens.refresh_token, undefined);
  });

  it('revokes access and refresh tokens', async () => {
    const { tokens, client } = await pkceSignIn(issuer, 'panopto-ng-test', TEST_REDIRECT, 'student', 'student');
    assert.equal((await api(emu, '/users/me/sessions/viewed', { token: tokens.access_token })).status, 200);
    await client.revoke(tokens.access_token as string, 'access_token');
    assert.equal((await api(emu, '/users/me/sessions/viewed', { token: tokens.access_token })).status, 401);
    await client.revoke(tokens.refresh_token as string, 'refresh_token');
    await assert.rejects(client.refresh(tokens.refresh_token as string), /invalid_grant/);
  });

  it('requires PKCE for public clients', async () => {
    const client = new issuer.Client({
      client_id: 'panopto-ng-demo',
      token_endpoint_auth_method: 'none',
      redirect_uris: [REDIRECT],
    });
    const url = client.authorizationUrl({ scope: 'openid api', redirect_uri: REDIRECT, state: 'xyz' });
    const res = await fetch(url, { redirect: 'manual' });
    const location = new URL(res.headers.get('location') as string);
    assert.equal(location.origin + location.pathname, REDIRECT);
    assert.equal(location.searchParams.get('error'), 'invalid_request');
    assert.match(location.searchParams.get('error_description') ?? '', /PKCE/);
  });

  it('rejects a wrong code_verifier', async () => {
    const client = new issuer.Client({
      client_id: 'panopto-ng-test',
      token_endpoint_auth_method: 'none',
      redirect_uris: [TEST_REDIRECT],
    });
    const verifier = generators.codeVerifier();
    const url = client.authorizationUrl({
      scope: 'openid api',
      redirect_uri: TEST_REDIRECT,
      code_challenge: generators.codeChallenge(verifier),
      code_challenge_method: 'S256',
    });
    const { callbackUrl } = await signIn(url, TEST_REDIRECT, 'student', 'student');
    await assert.rejects(
      client.callback(TEST_REDIRECT, client.callbackParams(callbackUrl.href), {
        code_verifier: generators.codeVerifier(),
      }),
      /invalid_grant/,
    );
  });

  it('serves the confidential broker client with its secret (Basic or body) and refuses a wrong one', async () => {
    const broker = new issuer.Client({
      client_id: 'panopto-ng-broker',
      client_secret: 'test-secret',
      redirect_uris: [REDIRECT],
    });
    const verifier = generators.codeVerifier();
    const url = broker.authorizationUrl({
      scope: 'openid api offline_access',
      redirect_uri: REDIRECT,
      code_challenge: generators.codeChallenge(verifier),
      code_challenge_method: 'S256',
    });
    const { callbackUrl } = await signIn(url, REDIRECT, 'admin', 'admin');
    const tokens = await broker.callback(REDIRECT, broker.callbackParams(callbackUrl.href), {
      code_verifier: verifier,
    });
    assert.ok(tokens.refresh_token);
    // Same refresh via form-body credentials, as Panopto's samples send them.
    const res = await fetch(issuer.metadata.token_endpoint as string, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'refresh_token',
        refresh_token: tokens.refresh_token as string,
        client_id: 'panopto-ng-broker',
        client_secret: 'test-secret',
      }),
    });
    assert.equal(res.status, 200);
    const wrong = new issuer.Client({
      client_id: 'panopto-ng-broker',
      client_secret: 'nope',
      redirect_uris: [REDIRECT],
    });
    await assert.rejects(
      wrong.refresh(((await res.json()) as { refresh_token: string }).refresh_token),
      /invalid_client/,
    );
  });

  it('shows an accessible error on a wrong password and keeps the username', async () => {
    const client = new issuer.Client({
      client_id: 'panopto-ng-test',
      token_endpoint_auth_method: 'none',
      redirect_uris: [TEST_REDIRECT],
    });
    const url = client.authorizationUrl({
      scope: 'openid api',
      redirect_uri: TEST_REDIRECT,
      code_challenge: generators.codeChallenge(generators.codeVerifier()),
      code_challenge_method: 'S256',
    });
    await assert.rejects(signIn(url, TEST_REDIRECT, 'student', 'wrong'), (err: { status?: number; html?: string }) => {
      assert.equal(err.status, 401);
      assert.match(err.html ?? '', /role="alert"/);
      assert.match(err.html ?? '', /incorrect/);
      assert.match(err.html ?? '', /value="student"/);
      assert.match(err.html ?? '', /aria-invalid="true"/);
      return true;
    });
  });

  it('asks for both fields, and lets the user cancel back to the app with access_denied', async () => {
    const client = new issuer.Client({
      client_id: 'panopto-ng-test',
      token_endpoint_auth_method: 'none',
      redirect_uris: [TEST_REDIRECT],
    });
    const url = client.authorizationUrl({
      scope: 'openid api',
      redirect_uri: TEST_REDIRECT,
      state: 'cancel-me',
      code_challenge: generators.codeChallenge(generators.codeVerifier()),
      code_challenge_method: 'S256',
    });
    await assert.rejects(signIn(url, TEST_REDIRECT, 'student', ''), (err: { status?: number; html?: string }) => {
      assert.equal(err.status, 400);
      assert.match(err.html ?? '', /Enter your username and password/);
      return true;
    });
    const jar = new CookieJar();
    const start = await fetch(url, { redirect: 'manual' });
    jar.store(start);
    const interaction = new URL(start.headers.get('location') as string, emu.url);
    assert.match(interaction.pathname, /^\/Panopto\/oauth2\/interaction\//);
    let next = new URL(`${interaction.pathname}/abort`, emu.url).href;
    for (let hop = 0; hop < 5 && !next.startsWith(TEST_REDIRECT); hop++) {
      const res = await fetch(next, { redirect: 'manual', headers: { cookie: jar.header() } });
      jar.store(res);
      next = new URL(res.headers.get('location') as string, next).href;
    }
    const back = new URL(next);
    assert.equal(back.searchParams.get('error'), 'access_denied');
    assert.equal(back.searchParams.get('state'), 'cancel-me');
  });

  it('answers CORS for loopback origins on token and discovery, not for others', async () => {
    const preflight = await fetch(issuer.metadata.token_endpoint as string, {
      method: 'OPTIONS',
      headers: {
        origin: 'http://localhost:9876',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type',
      },
    });
    assert.ok(preflight.status < 300);
    assert.equal(preflight.headers.get('access-control-allow-origin'), 'http://localhost:9876');
    const bad = await fetch(issuer.metadata.token_endpoint as string, {
      method: 'POST',
      headers: { origin: 'https://evil.example', 'content-type': 'application/x-www-form-urlencoded' },
      body: 'grant_type=refresh_token&refresh_token=x&client_id=panopto-ng-demo',
    });
    assert.notEqual(bad.headers.get('access-control-allow-origin'), 'https://evil.example');
    const disc = await fetch(`${emu.url}/Panopto/oauth2/.well-known/openid-configuration`, {
      headers: { origin: 'http://localhost:4200' },
    });
    assert.ok(disc.headers.get('access-control-allow-origin'));
  });

  it('signs out through end_session', async () => {
    const jar = new CookieJar();
    const client = new issuer.Client({
      client_id: 'panopto-ng-demo',
      token_endpoint_auth_method: 'none',
      redirect_uris: [REDIRECT],
      post_logout_redirect_uris: ['http://localhost:4200/'],
    });
    const verifier = generators.codeVerifier();
    const url = client.authorizationUrl({
      scope: 'openid api',
      redirect_uri: REDIRECT,
      code_challenge: generators.codeChallenge(verifier),
      code_challenge_method: 'S256',
    });
    const { callbackUrl } = await signIn(url, REDIRECT, 'student', 'student', jar);
    const tokens = await client.callback(REDIRECT, client.callbackParams(callbackUrl.href), {
      code_verifier: verifier,
    });
    const logoutUrl = client.endSessionUrl({
      id_token_hint: tokens.id_token,
      post_logout_redirect_uri: 'http://localhost:4200/',
    });
    const page = await fetch(logoutUrl, { headers: { cookie: jar.header() } });
    jar.store(page);
    const html = await page.text();
    assert.equal(page.status, 200);
    const xsrf = /name="xsrf" value="([^"]+)"/.exec(html)?.[1];
    const action = /action="([^"]+)"/.exec(html)?.[1];
    assert.ok(xsrf && action, 'logout form');
    const confirm = await fetch(new URL(action, emu.url), {
      method: 'POST',
      redirect: 'manual',
      headers: { cookie: jar.header(), 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ xsrf, logout: 'yes' }),
    });
    assert.equal(confirm.status, 303);
    assert.match(confirm.headers.get('location') ?? '', /^http:\/\/localhost:4200\//);
    jar.store(confirm);
    // Signed out: a new authorization request shows the login form again.
    const again = client.authorizationUrl({
      scope: 'openid api',
      redirect_uri: REDIRECT,
      code_challenge: generators.codeChallenge(verifier),
      code_challenge_method: 'S256',
    });
    const { visited } = await signIn(again, REDIRECT, 'student', 'student', jar);
    assert.ok(
      visited.some((v) => v.startsWith('POST') && v.includes('/login')),
      'login form shown again',
    );
  });

  it('issues access tokens with the lifetime set at run time, and 401s once expired', async () => {
    await fetch(`${emu.url}/__emulator/faults`, { method: 'POST', body: JSON.stringify({ accessTokenTtlSeconds: 1 }) });
    try {
      const { tokens } = await pkceSignIn(issuer, 'panopto-ng-test', TEST_REDIRECT, 'student', 'student');
      assert.equal(tokens.expires_in, 1);
      assert.equal((await api(emu, '/users/me/sessions/viewed', { token: tokens.access_token })).status, 200);
      await new Promise((r) => setTimeout(r, 2100));
      const expired = await api(emu, '/users/me/sessions/viewed', { token: tokens.access_token });
      assert.equal(expired.status, 401);
      assert.match(expired.headers.get('www-authenticate') ?? '', /Bearer/);
    } finally {
      await fetch(`${emu.url}/__emulator/faults`, { method: 'DELETE' });
    }
  });

  it('counts token requests per grant type', async () => {
    const before = (await (await fetch(`${emu.url}/__emulator/metrics`)).json()) as {
      tokenRequests: Record<string, number>;
    };
    const { tokens, client } = await pkceSignIn(issuer, 'panopto-ng-test', TEST_REDIRECT, 'student', 'student');
    await client.refresh(tokens.refresh_token as string);
    const m = (await (await fetch(`${emu.url}/__emulator/metrics`)).json()) as {
      tokenRequests: Record<string, number>;
    };
    assert.equal(
      (m.tokenRequests['token.authorization_code'] ?? 0) - (before.tokenRequests['token.authorization_code'] ?? 0),
      1,
    );
    assert.equal((m.tokenRequests['token.refresh_token'] ?? 0) - (before.tokenRequests['token.refresh_token'] ?? 0), 1);
  });
});
