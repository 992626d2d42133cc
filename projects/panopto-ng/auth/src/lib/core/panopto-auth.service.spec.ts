import { TestBed } from '@angular/core/testing';
import { PanoptoEvents } from 'panopto-ng';
import { PanoptoSignInError } from './auth-errors';
import { codeChallengeS256 } from './pkce';
import { MemoryTokenStorage, PanoptoTokenStorage } from './token-storage';
import {
  CLIENT_ID,
  ENDPOINTS,
  FakeIdp,
  ISSUER,
  REDIRECT,
  createKit,
  flushJwks,
  formOf,
  isTokenRequest,
  settle,
  signIn,
  waitForRequests,
} from '../testing-support/auth-test-kit';

describe('PanoptoAuthService: sign-in', () => {
  let idp: FakeIdp;
  beforeAll(async () => (idp = await FakeIdp.create()));

  it('sends the browser to the authorize endpoint with S256 challenge, state and nonce', async () => {
    const kit = createKit();
    await kit.service.login('/videos?x=1');
    const url = new URL(kit.redirects[0]);
    expect(`${url.origin}${url.pathname}`).toBe(ENDPOINTS.authorization);
    const p = url.searchParams;
    expect(p.get('response_type')).toBe('code');
    expect(p.get('client_id')).toBe(CLIENT_ID);
    expect(p.get('redirect_uri')).toBe(REDIRECT);
    expect(p.get('scope')).toBe('openid api offline_access');
    expect(p.get('code_challenge_method')).toBe('S256');
    expect(p.get('state')?.length).toBe(32);
    expect(p.get('nonce')?.length).toBe(32);
    // The stored verifier hashes to the challenge that was sent.
    const pending = JSON.parse(kit.storage.getItem(`panopto-ng.auth.${CLIENT_ID}.pending.${p.get('state')}`) as string);
    expect(await codeChallengeS256(pending.codeVerifier)).toBe(p.get('code_challenge') as string);
    expect(pending.returnUrl).toBe('/videos?x=1');
  });

  it('never follows an absolute or protocol-relative return URL', async () => {
    const kit = createKit();
    await kit.service.login('//evil.example/x');
    const state = new URL(kit.redirects[0]).searchParams.get('state');
    expect(JSON.parse(kit.storage.getItem(`panopto-ng.auth.${CLIENT_ID}.pending.${state}`) as string).returnUrl).toBe(
      '/',
    );
  });

  it('redeems the code with the verifier and no secret, validates the ID token and signs in', async () => {
    const kit = createKit();
    const states: boolean[] = [];
    kit.service.isAuthenticated$.subscribe((a) => states.push(a));
    await kit.service.login('/after');
    const authorize = new URL(kit.redirects[0]);
    const state = authorize.searchParams.get('state') as string;
    const pendingKey = `panopto-ng.auth.${CLIENT_ID}.pending.${state}`;
    const verifier = JSON.parse(kit.storage.getItem(pendingKey) as string).codeVerifier;
    const done = kit.service.handleCallback(`${REDIRECT}?code=c0de&state=${state}&iss=${encodeURIComponent(ISSUER)}`);
    // Single use: the round-trip data is gone before the code is even redeemed.
    expect(kit.storage.getItem(pendingKey)).toBeNull();
    const [req] = await waitForRequests(kit.http, isTokenRequest);
    const form = formOf(req);
    expect(req.request.method).toBe('POST');
    expect(req.request.headers.get('Content-Type')).toBe('application/x-www-form-urlencoded');
    expect(req.request.headers.has('Authorization')).toBeFalse();
    expect(form.get('grant_type')).toBe('authorization_code');
    expect(form.get('code')).toBe('c0de');
    expect(form.get('code_verifier')).toBe(verifier);
    expect(form.get('redirect_uri')).toBe(REDIRECT);
    expect(form.get('client_id')).toBe(CLIENT_ID);
    expect(form.has('client_secret')).toBeFalse();
    req.flush({
      access_token: 'at',
      expires_in: 3600,
      refresh_token: 'rt',
      id_token: await idp.idToken({ nonce: authorize.searchParams.get('nonce') }, kit.clock.now()),
    });
    await flushJwks(kit, idp);
    const result = await done;
    expect(result.returnUrl).toBe('/after');
    expect(result.user.name).toBe('Ada Instructor');
    expect(result.user.preferredUsername).toBe('instructor');
    expect(kit.service.snapshot.status).toBe('authenticated');
    expect(kit.service.snapshot.expiresAt).toBe(kit.clock.now() + 3600_000);
    expect(await kit.service.accessToken()).toBe('at');
    expect(kit.events.map((e) => e.type)).toEqual(['login']);
    expect(states).toEqual([false, true]);
    // Refresh token stored (public mode), access token never stored.
    const all = JSON.stringify(kit.storage);
    expect(kit.storage.getItem(`panopto-ng.auth.${CLIENT_ID}.session`)).toContain('"refreshToken":"rt"');
    expect(all).not.toContain('"at"');
  });

  it('rejects a replayed callback (same state twice) with state_replayed', async () => {
    const kit = createKit();
    await signIn(kit, idp);
    const state = new URL(kit.redirects[0]).searchParams.get('state');
    await expectAsync(kit.service.handleCallback(`${REDIRECT}?code=the-code&state=${state}`)).toBeRejectedWith(
      jasmine.objectContaining({ code: 'state_replayed' }),
    );
    kit.http.expectNone(ENDPOINTS.token);
  });

  it('rejects an unknown state, a missing state and an error response without calling the token endpoint', async () => {
    const kit = createKit();
    await kit.service.login();
    const state = new URL(kit.redirects[0]).searchParams.get('state');
    await expectAsync(kit.service.handleCallback(`${REDIRECT}?code=x&state=forged`)).toBeRejectedWith(
      jasmine.objectContaining({ code: 'state_mismatch' }),
    );
    await expectAsync(kit.service.handleCallback(`${REDIRECT}?code=x`)).toBeRejectedWith(
      jasmine.objectContaining({ code: 'state_mismatch' }),
    );
    await expectAsync(
      kit.service.handleCallback(`${REDIRECT}?error=access_denied&error_description=cancelled&state=${state}`),
    ).toBeRejectedWith(jasmine.objectContaining({ code: 'authorization_denied' }));
    kit.http.expectNone(ENDPOINTS.token);
  });

  it('rejects a response from another issuer (RFC 9207 iss parameter)', async () => {
    const kit = createKit();
    await kit.service.login();
    const state = new URL(kit.redirects[0]).searchParams.get('state');
    await expectAsync(
      kit.service.handleCallback(`${REDIRECT}?code=x&state=${state}&iss=https://evil.example`),
    ).toBeRejectedWith(jasmine.objectContaining({ code: 'state_mismatch' }));
  });

  it('rejects an ID token with the wrong nonce or a bad signature and stays signed out', async () => {
    for (const variant of ['nonce', 'signature'] as const) {
      TestBed.resetTestingModule();
      const kit = createKit();
      await kit.service.login();
      const state = new URL(kit.redirects[0]).searchParams.get('state');
      const done = kit.service.handleCallback(`${REDIRECT}?code=x&state=${state}`);
      const outcome = done.then(
        () => null,
        (e: unknown) => e,
      );
      const [req] = await waitForRequests(kit.http, isTokenRequest);
      const other = await FakeIdp.create();
      const signer = variant === 'signature' ? other : idp;
      const nonce = variant === 'nonce' ? 'not-the-nonce' : new URL(kit.redirects[0]).searchParams.get('nonce');
      req.flush({ access_token: 'at', expires_in: 3600, id_token: await signer.idToken({ nonce }, kit.clock.now()) });
      await flushJwks(kit, idp);
      expect(await outcome).toEqual(jasmine.objectContaining({ code: 'invalid_id_token' }));
      expect(kit.service.snapshot.status).toBe('anonymous');
    }
  });

  it('removes code and state from the address bar with history.replaceState', async () => {
    const original = location.pathname + location.search;
    history.replaceState(history.state, '', `${location.pathname}?keep=1&code=secret-code&state=s1`);
    try {
      const kit = createKit();
      await expectAsync(kit.service.handleCallback()).toBeRejectedWith(jasmine.any(PanoptoSignInError));
      expect(location.search).toBe('?keep=1');
    } finally {
      history.replaceState(history.state, '', original);
    }
  });

  it('resumes a stored session at startup by refreshing (the access token is not stored)', async () => {
    const storage = new MemoryTokenStorage();
    storage.setItem(
      `panopto-ng.auth.${CLIENT_ID}.session`,
      JSON.stringify({ sessionId: 's', generation: 3, refreshToken: 'rt-old' }),
    );
    const kit = createKit({ storage });
    expect(kit.service.snapshot.status).toBe('unknown');
    const [req] = await waitForRequests(kit.http, isTokenRequest);
    expect(formOf(req).get('grant_type')).toBe('refresh_token');
    expect(formOf(req).get('refresh_token')).toBe('rt-old');
    req.flush({
      access_token: 'at2',
      expires_in: 600,
      refresh_token: 'rt-new',
      id_token: await idp.idToken({}, kit.clock.now()),
    });
    await flushJwks(kit, idp);
    expect(await kit.service.whenReady()).toBeTrue();
    expect(await kit.service.accessToken()).toBe('at2');
    expect(JSON.parse(storage.getItem(`panopto-ng.auth.${CLIENT_ID}.session`) as string)).toEqual(
      jasmine.objectContaining({ generation: 4, refreshToken: 'rt-new', sessionId: 's' }),
    );
  });

  it('logout revokes the refresh and access tokens, clears storage and emits loggedOut', async () => {
    const kit = createKit();
    const published: string[] = [];
    TestBed.inject(PanoptoEvents).events$.subscribe((e) => published.push(e.type));
    await signIn(kit, idp, { access: 'at', refresh: 'rt' });
    const done = kit.service.logout();
    const revocations = await waitForRequests(kit.http, (r) => r.url === ENDPOINTS.revocation, 2);
    expect(revocations.map((r) => formOf(r).get('token')).sort()).toEqual(['at', 'rt']);
    expect(revocations.map((r) => formOf(r).get('client_id'))).toEqual([CLIENT_ID, CLIENT_ID]);
    revocations.forEach((r) => r.flush(''));
    await done;
    expect(kit.storage.getItem(`panopto-ng.auth.${CLIENT_ID}.session`)).toBeNull();
    expect(kit.service.snapshot.status).toBe('anonymous');
    expect(await kit.service.accessToken()).toBeNull();
    expect(kit.events.map((e) => e.type)).toEqual(['login', 'loggedOut']);
    expect(kit.events[1]).toEqual(jasmine.objectContaining({ revoked: true, source: 'this-tab' }));
    expect(kit.channel.posted).toContain(jasmine.objectContaining({ type: 'signedOut' }));
    expect(published).toContain('auth-signed-out');
  });

  it('uses the pluggable storage for every read and write', async () => {
    const inner = new MemoryTokenStorage();
    const calls: string[] = [];
    const storage: PanoptoTokenStorage = {
      getItem: (k) => (calls.push(`get ${k}`), inner.getItem(k)),
      setItem: (k, v) => (calls.push(`set ${k}`), inner.setItem(k, v)),
      removeItem: (k) => (calls.push(`remove ${k}`), inner.removeItem(k)),
    };
    const sessionSpy = spyOn(window.sessionStorage, 'setItem').and.callThrough();
    const kit = createKit({ storage });
    await signIn(kit, idp);
    expect(calls.some((c) => c.startsWith('set panopto-ng.auth.spa-client.pending.'))).toBeTrue();
    expect(calls.some((c) => c.startsWith('remove panopto-ng.auth.spa-client.pending.'))).toBeTrue();
    expect(calls).toContain('set panopto-ng.auth.spa-client.session');
    expect(sessionSpy.calls.allArgs().filter(([k]) => String(k).startsWith('panopto-ng.auth'))).toEqual([]);
  });

  it('never creates an iframe (no silent renew)', async () => {
    const created = spyOn(document, 'createElement').and.callThrough();
    const kit = createKit();
    await signIn(kit, idp);
    const refresh = kit.service.refresh();
    const [req] = await waitForRequests(kit.http, isTokenRequest);
    req.flush({ access_token: 'x', expires_in: 3600 });
    await refresh;
    expect(created.calls.allArgs().filter(([tag]) => String(tag).toLowerCase() === 'iframe')).toEqual([]);
    expect(document.querySelectorAll('iframe[src*="authorize"]').length).toBe(0);
  });

  it('waits for the startup check before answering isAuthenticated$ (no false flash)', async () => {
    const storage = new MemoryTokenStorage();
    storage.setItem(
      `panopto-ng.auth.${CLIENT_ID}.session`,
      JSON.stringify({ sessionId: 's', generation: 1, refreshToken: 'rt' }),
    );
    const kit = createKit({ storage });
    const seen: boolean[] = [];
    kit.service.isAuthenticated$.subscribe((v) => seen.push(v));
    await settle(5);
    expect(seen).toEqual([]);
    const [req] = await waitForRequests(kit.http, isTokenRequest);
    req.flush({ access_token: 'a', expires_in: 3600, id_token: await idp.idToken({}, kit.clock.now()) });
    await flushJwks(kit, idp);
    await kit.service.whenReady();
    expect(seen).toEqual([true]);
  });
});
