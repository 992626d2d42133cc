import { HttpClient } from '@angular/common/http';
import { EnvironmentInjector, createEnvironmentInjector } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { PanoptoEvents } from 'panopto-ng';
import { FakePanoptoClock } from 'panopto-ng/testing';
import { PanoptoAuthService } from './panopto-auth.service';
import { MemoryTokenStorage } from './token-storage';
import {
  API,
  CLIENT_ID,
  FakeChannel,
  FakeIdp,
  answerRefresh,
  createKit,
  flushJwks,
  formOf,
  isTokenRequest,
  settle,
  signIn,
  waitForRequests,
} from '../testing-support/auth-test-kit';

describe('PanoptoAuthService: refresh', () => {
  let idp: FakeIdp;
  beforeAll(async () => (idp = await FakeIdp.create()));

  it('refreshes refreshSkewMs before expiry on the clock timer and stores the rotated refresh token', async () => {
    const kit = createKit({ auth: { refreshSkewMs: 30_000 } });
    await signIn(kit, idp, { access: 'a1', refresh: 'r1', expiresIn: 600 });
    expect(kit.clock.pendingDelays()).toEqual([570_000]);
    kit.clock.tick(570_000);
    const req = await answerRefresh(kit, idp, 'a2', 'r2');
    expect(formOf(req).get('refresh_token')).toBe('r1');
    expect(formOf(req).get('grant_type')).toBe('refresh_token');
    await settle(5);
    expect(await kit.service.accessToken()).toBe('a2');
    expect(kit.storage.getItem(`panopto-ng.auth.${CLIENT_ID}.session`)).toContain('"refreshToken":"r2"');
    expect(kit.events.map((e) => e.type)).toEqual(['login', 'tokenRefreshed']);
    expect(kit.events[1]).toEqual(
      jasmine.objectContaining({ reason: 'expiring', expiresAt: kit.clock.now() + 3600_000 }),
    );
  });

  it('a token shorter than twice the skew is renewed at half its lifetime, not in a loop', async () => {
    const kit = createKit({ auth: { refreshSkewMs: 60_000 } });
    await signIn(kit, idp, { access: 'a1', refresh: 'r1', expiresIn: 4 });
    expect(kit.clock.pendingDelays()).toEqual([2000]);
    kit.clock.tick(2000);
    const [req] = await waitForRequests(kit.http, isTokenRequest);
    req.flush({ access_token: 'a2', expires_in: 4, refresh_token: 'r2' });
    await settle(5);
    expect(kit.clock.pendingDelays()).toEqual([2000]);
    kit.http.expectNone(isTokenRequest);
  });

  it('after the clock jumps two hours (sleep: timers never fired) refreshes before the next request', async () => {
    const kit = createKit();
    await signIn(kit, idp, { access: 'a1', refresh: 'r1' });
    kit.clock.jump(2 * 3600_000);
    const http = TestBed.inject(HttpClient);
    let body: unknown;
    http.get(`${API}/folders/search?searchQuery=x`).subscribe((b) => (body = b));
    // The API call waits: first the refresh, and no request with the expired token goes out.
    const [refresh] = await waitForRequests(kit.http, isTokenRequest);
    expect(kit.http.match((r) => r.url.startsWith(API)).length).toBe(0);
    refresh.flush({
      access_token: 'a2',
      expires_in: 3600,
      refresh_token: 'r2',
      id_token: await idp.idToken({}, kit.clock.now()),
    });
    await flushJwks(kit, idp);
    const [api] = await waitForRequests(kit.http, (r) => r.url.startsWith(API));
    expect(api.request.headers.get('Authorization')).toBe('Bearer a2');
    api.flush({ Results: [] });
    expect(body).toEqual({ Results: [] });
  });

  it('checks expiry when the tab becomes visible or goes online again', async () => {
    const kit = createKit();
    await signIn(kit, idp);
    kit.clock.jump(3600_000);
    window.dispatchEvent(new Event('online'));
    await answerRefresh(kit, idp, 'a2', 'r2');
    await settle(5);
    expect(kit.events[kit.events.length - 1]).toEqual(
      jasmine.objectContaining({ type: 'tokenRefreshed', reason: 'resume' }),
    );
    kit.clock.jump(3600_000);
    document.dispatchEvent(new Event('visibilitychange'));
    await answerRefresh(kit, idp, 'a3', 'r3');
    await settle(5);
    expect(await kit.service.accessToken()).toBe('a3');
  });

  it('invalid_grant ends the session: no retry, tokens cleared, sessionExpired emitted', async () => {
    const kit = createKit();
    const published: string[] = [];
    TestBed.inject(PanoptoEvents).events$.subscribe((e) =>
      published.push(`${e.type}:${'outcome' in e ? e.outcome : ''}`),
    );
    await signIn(kit, idp);
    const refresh = kit.service.refresh();
    const [req] = await waitForRequests(kit.http, isTokenRequest);
    req.flush(
      { error: 'invalid_grant', error_description: 'grant request is invalid' },
      { status: 400, statusText: 'Bad Request' },
    );
    await expectAsync(refresh).toBeRejectedWith(jasmine.objectContaining({ code: 'invalid_grant' }));
    kit.clock.tick(60_000);
    await settle(10);
    kit.http.expectNone((r) => isTokenRequest(r));
    expect(kit.events.map((e) => e.type)).toEqual(['login', 'refreshFailed', 'sessionExpired']);
    expect(kit.events[1]).toEqual(jasmine.objectContaining({ willRetry: false }));
    expect(kit.service.snapshot.status).toBe('anonymous');
    expect(kit.storage.getItem(`panopto-ng.auth.${CLIENT_ID}.session`)).toBeNull();
    expect(published).toContain('auth-refresh:failed');
    expect(published).toContain('auth-signed-out:');
  });

  it('network errors retry up to three times with increasing delays, then give up without ending the session', async () => {
    const kit = createKit();
    await signIn(kit, idp);
    const refresh = kit.service.refresh();
    const delays: number[] = [];
    for (let attempt = 1; attempt <= 4; attempt++) {
      const [req] = await waitForRequests(kit.http, isTokenRequest);
      req.error(new ProgressEvent('error'), { status: 0 });
      await settle(2);
      const pending = kit.clock.pendingDelays().filter((d) => d < 1000);
      if (attempt < 4) {
        delays.push(pending[0]);
        kit.clock.tick(pending[0]);
      }
    }
    await expectAsync(refresh).toBeRejectedWith(jasmine.objectContaining({ code: 'token_request_failed' }));
    expect(delays).toEqual([10, 20, 40]);
    const failures = kit.events.filter((e) => e.type === 'refreshFailed');
    expect(failures.map((e) => (e.type === 'refreshFailed' ? e.willRetry : null))).toEqual([true, true, true, false]);
    expect(kit.events.some((e) => e.type === 'sessionExpired')).toBeFalse();
    expect(kit.service.snapshot.status).toBe('authenticated');
  });

  it('a 503 is retried and the retry can succeed', async () => {
    const kit = createKit();
    await signIn(kit, idp);
    const refresh = kit.service.refresh();
    const [first] = await waitForRequests(kit.http, isTokenRequest);
    first.flush({ error: 'temporarily_unavailable' }, { status: 503, statusText: 'Unavailable' });
    await settle(2);
    kit.clock.tick(10);
    await answerRefresh(kit, idp, 'a2', 'r2');
    expect(await refresh).toBe('a2');
  });

  it('concurrent refresh() calls in one tab share one token request', async () => {
    const kit = createKit();
    await signIn(kit, idp);
    const calls = [kit.service.refresh(), kit.service.refresh(), kit.service.accessToken()];
    kit.clock.jump(3600_000);
    calls.push(kit.service.accessToken());
    await answerRefresh(kit, idp, 'a2', 'r2');
    expect(await Promise.all(calls.slice(0, 2))).toEqual(['a2', 'a2']);
    kit.http.expectNone(isTokenRequest);
  });

  it('two service instances sharing storage, lock and channel refresh once and end with the same token', async () => {
    const storage = new MemoryTokenStorage();
    const channel = new FakeChannel();
    const clock = new FakePanoptoClock();
    const kit = createKit({ storage, channel, clock });
    await signIn(kit, idp, { access: 'a1', refresh: 'r1' });
    // A second "tab": its own service instance over the same storage, lock and channel.
    const second = createEnvironmentInjector([PanoptoAuthService], TestBed.inject(EnvironmentInjector)).get(
      PanoptoAuthService,
    );
    // The second tab takes the first tab's current token instead of refreshing at startup.
    await second.whenReady();
    await settle(5);
    kit.http.expectNone(isTokenRequest);
    expect(await kit.service.accessToken()).toBe('a1');
    expect(await second.accessToken()).toBe('a1');

    // Both timers fire at once: one token request, with the latest (rotated) refresh token.
    clock.tick(3600_000 - 60_000);
    const [req] = await waitForRequests(kit.http, isTokenRequest);
    expect(formOf(req).get('refresh_token')).toBe('r1');
    req.flush({
      access_token: 'a3',
      expires_in: 3600,
      refresh_token: 'r3',
      id_token: await idp.idToken({}, clock.now()),
    });
    await flushJwks(kit, idp);
    await settle(20);
    kit.http.expectNone(isTokenRequest);
    expect(await kit.service.accessToken()).toBe('a3');
    expect(await second.accessToken()).toBe('a3');
    expect(storage.getItem(`panopto-ng.auth.${CLIENT_ID}.session`)).toContain('"refreshToken":"r3"');
  });

  it('a tab that waited for the lock re-reads the rotated refresh token instead of reusing its own', async () => {
    const storage = new MemoryTokenStorage();
    const kit = createKit({ storage });
    await signIn(kit, idp, { access: 'a1', refresh: 'r1' });
    // Another tab rotated the token (and its broadcast was lost).
    storage.setItem(
      `panopto-ng.auth.${CLIENT_ID}.session`,
      JSON.stringify({ sessionId: 'x', generation: 9, refreshToken: 'r-other' }),
    );
    const refresh = kit.service.refresh();
    const [req] = await waitForRequests(kit.http, isTokenRequest, 1, 4000);
    expect(formOf(req).get('refresh_token')).toBe('r-other');
    req.flush({
      access_token: 'a9',
      expires_in: 3600,
      refresh_token: 'r10',
      id_token: await idp.idToken({}, kit.clock.now()),
    });
    await flushJwks(kit, idp);
    expect(await refresh).toBe('a9');
  });

  it('rejects a refreshed ID token for a different user and ends the session', async () => {
    const kit = createKit();
    await signIn(kit, idp);
    const refresh = kit.service.refresh();
    const [req] = await waitForRequests(kit.http, isTokenRequest);
    req.flush({
      access_token: 'x',
      expires_in: 3600,
      id_token: await idp.idToken({ sub: 'someone-else' }, kit.clock.now()),
    });
    await flushJwks(kit, idp);
    await expectAsync(refresh).toBeRejectedWith(jasmine.objectContaining({ code: 'invalid_id_token' }));
    expect(kit.events[kit.events.length - 1].type).toBe('sessionExpired');
  });
});
