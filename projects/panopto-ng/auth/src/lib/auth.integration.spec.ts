// Integration: the auth module in a real browser against the running emulator (real oidc-provider: discovery,
// PKCE code exchange, RS256 ID token verified with WebCrypto against the JWKS, refresh-token rotation,
// revocation). The emulator URL comes from Karma's client args (`--emulator <url>`).
import { HttpClient, provideHttpClient, withInterceptors } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { providePanopto } from 'panopto-ng';
import { FakePanoptoClock, provideFakePanoptoClock } from 'panopto-ng/testing';
import { providePanoptoAuth } from './config/provide-panopto-auth';
import { PANOPTO_AUTH_CHANNEL } from './core/auth-channel';
import { PanoptoAuthEvent } from './core/auth-events';
import { PANOPTO_AUTH_REDIRECT, PanoptoAuthService } from './core/panopto-auth.service';
import { InProcessRefreshLock, PANOPTO_REFRESH_LOCK } from './core/refresh-lock';
import { MemoryTokenStorage, PANOPTO_TOKEN_STORAGE } from './core/token-storage';
import { panoptoAuthInterceptor } from './http/auth-interceptor';
import { FakeChannel } from './testing-support/auth-test-kit';
import { completeSignIn } from './testing-support/emulator-sign-in';
import { emulatorUrl } from '../../../testing-support/emulator';

const CLIENT_ID = 'panopto-ng-test';
/**
 * A loopback redirect URI registered for the test client without a port, so the specs work whichever port Karma
 * got. The browser never navigates there: the code is read from the form_post page (see completeSignIn).
 */
const REDIRECT_URI = 'http://localhost/auth/callback';

async function emulatorJson(emulator: string, path: string, init?: RequestInit): Promise<Record<string, unknown>> {
  const res = await fetch(`${emulator}${path}`, init);
  if (!res.ok) throw new Error(`${init?.method ?? 'GET'} ${path}: HTTP ${res.status}`);
  return res.json();
}

describe('panopto-ng/auth against the emulator (integration)', () => {
  let emulator: string;
  let redirects: string[];
  let storage: MemoryTokenStorage;
  let service: PanoptoAuthService;
  let events: PanoptoAuthEvent[];
  let previousFaults: Record<string, unknown>;
  let clock: FakePanoptoClock | null;

  function setUp(refreshSkewMs = 60_000, sleepingTimers = false): void {
    redirects = [];
    storage = new MemoryTokenStorage();
    clock = sleepingTimers ? new FakePanoptoClock(Date.now()) : null;
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(withInterceptors([panoptoAuthInterceptor])),
        providePanopto({ serverUrl: emulator }),
        providePanoptoAuth({
          clientId: CLIENT_ID,
          redirectUri: REDIRECT_URI,
          scopes: ['openid', 'profile', 'api', 'offline_access'],
          refreshSkewMs,
        }),
        { provide: PANOPTO_AUTH_REDIRECT, useValue: (url: string) => redirects.push(url) },
        { provide: PANOPTO_TOKEN_STORAGE, useValue: storage },
        { provide: PANOPTO_REFRESH_LOCK, useValue: new InProcessRefreshLock() },
        { provide: PANOPTO_AUTH_CHANNEL, useValue: new FakeChannel() },
        // A laptop asleep: no timer fires until it wakes (clock.jump()), when the overdue refresh and the next
        // requests must share one refresh.
        ...(clock ? provideFakePanoptoClock(clock) : []),
      ],
    });
    service = TestBed.inject(PanoptoAuthService);
    events = [];
    service.events$.subscribe((e) => events.push(e));
  }

  async function signInAs(username: string): Promise<void> {
    await service.whenReady();
    await service.login('/somewhere');
    const callback = await completeSignIn(redirects[0], username);
    const result = await service.handleCallback(callback);
    expect(result.returnUrl).toBe('/somewhere');
  }

  function refreshCount(metrics: Record<string, unknown>): number {
    return (metrics['tokenRequests'] as Record<string, number>)['token.refresh_token'] ?? 0;
  }

  beforeAll(async () => {
    emulator = emulatorUrl();
    previousFaults = await emulatorJson(emulator, '/__emulator/faults');
  });

  afterEach(async () => {
    // Give the emulator back in the state we found it (other suites share it).
    await fetch(`${emulator}/__emulator/faults`, { method: 'DELETE' });
    if (Object.keys(previousFaults).length) {
      await fetch(`${emulator}/__emulator/faults`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(previousFaults),
      });
    }
  });

  it('signs in with a seeded account (PKCE, verified RS256 ID token) and calls the REST API with the token', async () => {
    setUp();
    await signInAs('instructor');
    const user = service.snapshot.user;
    expect(user?.preferredUsername).toBe('instructor');
    expect(user?.name).toBeTruthy();
    expect(user?.displayName).toBe(user?.name);
    expect(service.snapshot.status).toBe('authenticated');
    const folders = await new Promise<unknown>((resolve, reject) =>
      TestBed.inject(HttpClient)
        .get(`${emulator}/Panopto/api/v1/folders/search?searchQuery=a`)
        .subscribe({ next: resolve, error: reject }),
    );
    expect(folders).toBeTruthy();
    expect(events.map((e) => e.type)).toEqual(['login']);
  });

  it('refreshes an expired access token (short lifetime via /__emulator/faults) before the next API call', async () => {
    await emulatorJson(emulator, '/__emulator/faults', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ accessTokenTtlSeconds: 2 }),
    });
    setUp(0, true);
    await signInAs('student');
    const before = refreshCount(await emulatorJson(emulator, '/__emulator/metrics'));
    const firstToken = await service.accessToken();
    // Real time passes (the emulator's token expires) while the page sleeps; then it wakes.
    await new Promise((resolve) => setTimeout(resolve, 2300));
    clock?.jump(2300);
    const http = TestBed.inject(HttpClient);
    await Promise.all(
      [1, 2, 3].map(
        () =>
          new Promise((resolve, reject) =>
            http
              .get(`${emulator}/Panopto/api/v1/folders/search?searchQuery=a`)
              .subscribe({ next: resolve, error: reject }),
          ),
      ),
    );
    const after = refreshCount(await emulatorJson(emulator, '/__emulator/metrics'));
    expect(after - before).toBe(1);
    expect(await service.accessToken()).not.toBe(firstToken);
    expect(events.filter((e) => e.type === 'tokenRefreshed').length).toBe(1);
  });

  it('logout revokes the refresh token at the emulator', async () => {
    setUp();
    await signInAs('admin');
    const record = JSON.parse(storage.getItem(`panopto-ng.auth.${CLIENT_ID}.session`) as string);
    expect(typeof record.refreshToken).toBe('string');
    await service.logout();
    expect(events[events.length - 1]).toEqual(jasmine.objectContaining({ type: 'loggedOut', revoked: true }));
    // The revoked refresh token no longer works at the token endpoint.
    const res = await fetch(`${emulator}/Panopto/oauth2/connect/token`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'refresh_token',
        refresh_token: record.refreshToken,
        client_id: CLIENT_ID,
      }).toString(),
    });
    expect(res.status).toBe(400);
    expect((await res.json()).error).toBe('invalid_grant');
  });
});
