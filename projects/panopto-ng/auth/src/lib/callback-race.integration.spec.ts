// Integration (issue 16, point 4): requests made while the app comes back from sign-in wait for the code
// exchange, against the running emulator (real oidc-provider, real REST API answering 401 without a token).
// Before the fix, a component already on screen sent its request without a token and stayed in its error state.
import { HttpClient, HttpInterceptorFn, HttpRequest, provideHttpClient, withInterceptors } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { providePanopto } from 'panopto-ng';
import { firstValueFrom } from 'rxjs';
import { withPanoptoAuth } from './config/with-panopto-auth';
import { PANOPTO_AUTH_CHANNEL } from './core/auth-channel';
import { PanoptoSignInError } from './core/auth-errors';
import { PANOPTO_AUTH_REDIRECT, PanoptoAuthService } from './core/panopto-auth.service';
import { InProcessRefreshLock, PANOPTO_REFRESH_LOCK } from './core/refresh-lock';
import { MemoryTokenStorage, PANOPTO_TOKEN_STORAGE } from './core/token-storage';
import { panoptoAuthInterceptor } from './http/auth-interceptor';
import { FakeChannel } from './testing-support/auth-test-kit';
import { completeSignIn } from './testing-support/emulator-sign-in';
import { emulatorUrl } from '../../../testing-support/emulator';

const CLIENT_ID = 'panopto-ng-test';
/** The emulator accepts the test client's loopback `/auth/callback` on any port (RFC 8252), so Karma's own works. */
const CALLBACK_PATH = '/auth/callback';

describe('panopto-ng/auth: requests during the code exchange (integration)', () => {
  let emulator: string;
  let storage: MemoryTokenStorage;
  let redirects: string[];
  /** Every request as it leaves the interceptor chain (after the auth interceptor), in order. */
  let sent: { url: string; authorization: string | null; exchangeSettled: boolean }[];
  let exchangeSettled: boolean;
  let originalUrl: string;

  const recorder: HttpInterceptorFn = (request: HttpRequest<unknown>, next) => {
    sent.push({ url: request.url, authorization: request.headers.get('Authorization'), exchangeSettled });
    return next(request);
  };

  /** A fresh app (TestBed) on the current page, sharing `storage` (sessionStorage in a real tab). */
  function startApp(): PanoptoAuthService {
    TestBed.resetTestingModule();
    redirects = [];
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(withInterceptors([panoptoAuthInterceptor, recorder])),
        providePanopto(
          { serverUrl: emulator },
          withPanoptoAuth({ clientId: CLIENT_ID, redirectUri: `${location.origin}${CALLBACK_PATH}` }),
        ),
        { provide: PANOPTO_AUTH_REDIRECT, useValue: (url: string) => redirects.push(url) },
        { provide: PANOPTO_TOKEN_STORAGE, useValue: storage },
        { provide: PANOPTO_REFRESH_LOCK, useValue: new InProcessRefreshLock() },
        { provide: PANOPTO_AUTH_CHANNEL, useValue: new FakeChannel() },
      ],
    });
    return TestBed.inject(PanoptoAuthService);
  }

  /** login() in one app and the emulator's sign-in page: the URL the browser comes back to. */
  async function signInAtEmulator(username: string): Promise<string> {
    const auth = startApp();
    await auth.whenReady();
    await auth.login('/my-videos');
    return completeSignIn(redirects[0], username);
  }

  /**
   * What a component does in ngOnInit: a REST call through HttpClient (and the auth interceptor). Resolves to the
   * HTTP status (200, or the error's), so an early 401 is not an unhandled rejection while the spec waits.
   */
  function searchFolders(): Promise<number> {
    return firstValueFrom(
      TestBed.inject(HttpClient).get(`${emulator}/Panopto/api/v1/folders/search?searchQuery=a`),
    ).then(
      () => 200,
      (e: { status?: number }) => e.status ?? -1,
    );
  }

  function settleFlag(exchange: Promise<unknown>): void {
    exchangeSettled = false;
    exchange.then(
      () => (exchangeSettled = true),
      () => (exchangeSettled = true),
    );
  }

  beforeAll(() => (emulator = emulatorUrl()));

  beforeEach(() => {
    storage = new MemoryTokenStorage();
    sent = [];
    exchangeSettled = false;
    originalUrl = location.pathname + location.search;
  });

  afterEach(() => {
    history.replaceState(history.state, '', originalUrl);
    TestBed.resetTestingModule();
  });

  it('a request started while handleCallback() redeems the code waits for it and carries the new token', async () => {
    const callback = await signInAtEmulator('instructor');
    const auth = TestBed.inject(PanoptoAuthService);
    const exchange = auth.handleCallback(callback);
    settleFlag(exchange);
    const folders = searchFolders();
    await exchange;
    expect(await folders).toBe(200);
    const api = sent.filter((r) => r.url.includes('/Panopto/api/v1/'));
    expect(api.length).toBe(1);
    expect(api[0].authorization).toBe(`Bearer ${await auth.accessToken()}`);
    expect(api[0].exchangeSettled).toBeTrue();
  });

  it('a page that loads on the callback URL: a component on screen before the guard runs gets its data with the token', async () => {
    const callback = new URL(await signInAtEmulator('student'));
    // The browser comes back: a new page on the callback URL, the same tab's storage.
    history.replaceState(history.state, '', `${CALLBACK_PATH}${callback.search}`);
    const auth = startApp();
    // The header's component asks for data on the first change detection, before the router's guard calls
    // handleCallback(): the token lookup waits for the exchange the service started on seeing the callback.
    const folders = searchFolders();
    expect(await folders).toBe(200);
    const result = await auth.handleCallback();
    expect(result.returnUrl).toBe('/my-videos');
    // The default scopes (no `profile`): only `sub`, so nothing to show as a name (the displays say "Signed in").
    expect(result.user.preferredUsername).toBeUndefined();
    expect(result.user.displayName).toBeUndefined();
    expect(location.search).not.toContain('code=');
    const api = sent.filter((r) => r.url.includes('/Panopto/api/v1/'));
    expect(api.map((r) => r.authorization)).toEqual([`Bearer ${await auth.accessToken()}`]);
  });

  it('a failed exchange fails over to "no token": the waiting request goes out without one, nothing hangs', async () => {
    const callback = new URL(await signInAtEmulator('student'));
    callback.searchParams.set('code', 'not-the-code');
    const auth = TestBed.inject(PanoptoAuthService);
    const exchange = auth.handleCallback(callback.href);
    settleFlag(exchange);
    const folders = searchFolders();
    await expectAsync(exchange).toBeRejectedWith(jasmine.any(PanoptoSignInError));
    expect(await folders).toBe(401);
    const api = sent.filter((r) => r.url.includes('/Panopto/api/v1/'));
    expect(api.length).toBe(1);
    expect(api[0].authorization).toBeNull();
    expect(api[0].exchangeSettled).toBeTrue();
    expect(auth.snapshot.status).toBe('anonymous');
  });

  it('the token goes only to the Panopto API bases, also when the request waited for the exchange', async () => {
    const callback = await signInAtEmulator('instructor');
    const auth = TestBed.inject(PanoptoAuthService);
    const exchange = auth.handleCallback(callback);
    const http = TestBed.inject(HttpClient);
    const elsewhere = [
      `${emulator}/__emulator/metrics`,
      `${emulator}/Panopto/api/v1x/folders`,
      `http://127.0.0.1:${new URL(emulator).port}/Panopto/api/v1/folders/search?searchQuery=a`,
    ];
    const calls = elsewhere.map((url) => firstValueFrom(http.get(url)).catch(() => null));
    await exchange;
    await Promise.all(calls);
    const others = sent.filter((r) => elsewhere.includes(r.url));
    expect(others.length).toBe(elsewhere.length);
    expect(others.every((r) => r.authorization === null)).toBeTrue();
  });
});
