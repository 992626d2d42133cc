import { DOCUMENT, isPlatformBrowser } from '@angular/common';
import { HttpBackend, HttpRequest } from '@angular/common/http';
import { Injectable, NgZone, OnDestroy, PLATFORM_ID, inject } from '@angular/core';
import { PANOPTO_CLOCK, PANOPTO_CONFIG, PANOPTO_RANDOM, PanoptoEvents, PanoptoSignInLauncher } from 'panopto-ng';
import { PanoptoConfigError } from 'panopto-ng/core';
import { Observable, Subject, firstValueFrom } from 'rxjs';
import { PANOPTO_AUTH_CONFIG, ResolvedPanoptoAuthConfig } from '../config/auth-config';
import { PANOPTO_AUTH_CHANNEL } from './auth-channel';
import { AuthEndpointsResolver } from './auth-endpoints';
import { PanoptoAuthEvent, PanoptoAuthStatus, PanoptoUser } from './auth-events';
import { AuthHttp } from './auth-http';
import { PANOPTO_AUTH_REDIRECT } from './auth-redirect';
import { AuthSessionStore } from './auth-session-store';
import { ANONYMOUS_SESSION, AuthSessionState } from './auth-session-state';
import { callbackStateOf, isCallbackLocation } from './callback-url';
import { IdTokenVerifier } from './id-token-verifier';
import { PANOPTO_REFRESH_LOCK } from './refresh-lock';
import { DEFAULT_REFRESH_RETRY } from './refresh-retry';
import { RefreshScheduler } from './refresh-scheduler';
import { AuthEventSink, SessionLifecycle } from './session-lifecycle';
import { PanoptoCallbackResult, SignInFlow } from './sign-in-flow';
import { TabSync } from './tab-sync';
import { BrokerTokenGrant, PublicTokenGrant, TokenGrant } from './token-grant';
import { TokenRefresher } from './token-refresher';
import { PANOPTO_TOKEN_STORAGE } from './token-storage';
import { UrlAllowlist } from './url-allowlist';

// Kept importable from here, where they were defined before the service was split.
export { PANOPTO_AUTH_REDIRECT } from './auth-redirect';
export { safeReturnUrl } from './callback-url';
export type { PanoptoCallbackResult } from './sign-in-flow';

/**
 * Sign in with Panopto: authorization code flow with PKCE (S256), in public or broker mode; tokens, refresh,
 * cross-tab coordination and logout. Configured by `withPanoptoAuth()`, a feature of `providePanopto()`.
 *
 * The service is the facade of small parts: `SignInFlow` (login and callback), `TokenRefresher` (single-flight
 * refresh under the cross-tab lock, with retries), `TabSync` (the channel between tabs), `RefreshScheduler`
 * (the timer and the wake-up check), `SessionLifecycle` and `AuthSessionState` (the session itself).
 *
 * @example
 * ```ts
 * const auth = inject(PanoptoAuthService);
 * auth.user$.subscribe((user) => (this.label = user?.displayName ?? 'Signed in'));
 * signIn() { auth.login(this.router.url); }
 * ```
 */
@Injectable({ providedIn: 'root' })
export class PanoptoAuthService implements OnDestroy {
  private readonly panopto = inject(PANOPTO_CONFIG);
  private readonly authConfig = inject(PANOPTO_AUTH_CONFIG, { optional: true });
  /** `now()` for expiry (absolute epoch ms) and `setTimeout()` for the refresh timer and backoff. */
  private readonly clock = inject(PANOPTO_CLOCK);
  private readonly random = inject(PANOPTO_RANDOM);
  private readonly panoptoEvents = inject(PanoptoEvents);
  private readonly channel = inject(PANOPTO_AUTH_CHANNEL);
  private readonly redirect = inject(PANOPTO_AUTH_REDIRECT);
  private readonly zone = inject(NgZone);
  private readonly document = inject(DOCUMENT);
  private readonly isBrowser = isPlatformBrowser(inject(PLATFORM_ID));
  private readonly eventsSubject = new Subject<PanoptoAuthEvent>();
  private readonly teardown: (() => void)[] = [];
  private destroyed = false;
  /**
   * Authorization-code exchanges in progress (settled versions, never rejecting). The token lookup waits for
   * them: a request made meanwhile, by a component already on screen as the app returns from sign-in, would
   * otherwise go out without a token and stay failed.
   */
  private readonly exchanges = new Set<Promise<void>>();
  /** The exchange started at startup on the callback page, handed to the `handleCallback()` that asks for it. */
  private callbackOnLoad: { state: string; result: Promise<PanoptoCallbackResult> } | null = null;

  private readonly config: ResolvedPanoptoAuthConfig;
  private readonly state: AuthSessionState;
  private readonly store: AuthSessionStore;
  private readonly allowlist: UrlAllowlist;
  private readonly signIn: SignInFlow;
  private readonly refresher: TokenRefresher;
  private readonly tabs: TabSync;
  private readonly scheduler: RefreshScheduler;
  private readonly session: SessionLifecycle;
  private readonly grant: TokenGrant;

  /** Everything that happens to the session, typed (`login`, `tokenRefreshed`, `refreshFailed`, …). */
  readonly events$: Observable<PanoptoAuthEvent> = this.eventsSubject.asObservable();
  /** `unknown` until a stored session was checked at startup, then `authenticated` or `anonymous`. */
  readonly status$: Observable<PanoptoAuthStatus>;
  /** Whether someone is signed in; waits until the startup check is done (never flashes `false` first). */
  readonly isAuthenticated$: Observable<boolean>;
  /** The signed-in user from the ID token, or null. */
  readonly user$: Observable<PanoptoUser | null>;
  /** When the access token expires (epoch ms), or null when signed out. */
  readonly expiresAt$: Observable<number | null>;

  constructor() {
    const panopto = this.panopto;
    if (!this.authConfig) {
      throw new PanoptoConfigError(
        'auth',
        `is not configured: add withPanoptoAuth({ clientId: '…', redirectUri: 'https://…/auth/callback' }) to providePanopto().`,
      );
    }
    const config = (this.config = this.authConfig);
    const now = () => this.clock.now();
    const events: AuthEventSink = {
      emit: (event) => this.emit(event),
      publish: (event) => this.panoptoEvents.publish(event),
    };
    this.state = new AuthSessionState(now, config.refreshSkewMs, (s) => this.scheduler.schedule(s));
    this.status$ = this.state.status$;
    this.isAuthenticated$ = this.state.isAuthenticated$;
    this.user$ = this.state.user$;
    this.expiresAt$ = this.state.expiresAt$;

    const store = (this.store = new AuthSessionStore(inject(PANOPTO_TOKEN_STORAGE), config.clientId));
    const http = new AuthHttp(inject(HttpBackend));
    const endpoints = new AuthEndpointsResolver(http, panopto.serverUrl, config.endpoints);
    const grant = (this.grant =
      config.mode === 'broker'
        ? new BrokerTokenGrant(http, config.brokerUrl as string, now)
        : new PublicTokenGrant(http, endpoints, config.clientId, now));
    this.allowlist = new UrlAllowlist(
      config.sendAccessToken ? [`${panopto.apiBaseUrl}/`, `${panopto.publicApiRestUrl}/`, ...config.allowedUrls] : [],
    );
    const verifier = new IdTokenVerifier({
      clientId: config.clientId,
      verifySignature: config.verifyIdTokenSignature,
      now,
      jwksUrl: () => endpoints.resolve().then((e) => e.jwks),
      getJson: (url) => http.getJson(url),
    });
    const state = this.state;
    const session = (this.session = new SessionLifecycle({
      state,
      store,
      now,
      events,
      onEnd: () => verifier.forgetKeys(),
    }));
    this.tabs = new TabSync({ channel: this.channel, store, state, session, clock: this.clock, events });
    this.signIn = new SignInFlow({
      config,
      now,
      store,
      endpoints,
      grant,
      verifier,
      state,
      session,
      events,
      document: this.document,
    });
    this.refresher = new TokenRefresher({
      config,
      retry: panopto.retry ?? DEFAULT_REFRESH_RETRY,
      clock: this.clock,
      random: this.random,
      state,
      store,
      lock: inject(PANOPTO_REFRESH_LOCK),
      grant,
      endpoints,
      verifier,
      session,
      tabs: this.tabs,
      events,
      destroyed: () => this.destroyed,
    });
    this.scheduler = new RefreshScheduler({
      clock: this.clock,
      state,
      enabled: this.isBrowser,
      refresh: (reason) => this.refresher.refresh(reason),
    });

    this.teardown.push(this.tabs.connect((fn) => this.zone.run(fn)));
    // Components that do not import this entry point (a signed-out folder browser) start sign-in through it.
    this.teardown.push(inject(PanoptoSignInLauncher).register((returnUrl) => this.login(returnUrl)));
    if (this.isBrowser) {
      this.teardown.push(this.scheduler.listenForResume(this.document, (fn) => this.zone.runOutsideAngular(fn)));
    }
    for (const warning of config.warnings) console.warn(`panopto-ng/auth: ${warning}`);
    void this.restore();
  }

  // ---------------------------------------------------------------------------------------------------------
  // Public API

  /**
   * Starts sign-in: creates a PKCE verifier, `state` and `nonce`, keeps them for the round trip and sends the
   * browser to Panopto's authorization endpoint.
   *
   * @param returnUrl app-relative URL to come back to after the callback (default `/`).
   */
  async login(returnUrl = '/'): Promise<void> {
    this.redirect(await this.signIn.authorizationUrl(returnUrl));
  }

  /**
   * Completes sign-in on the redirect URI: checks `state` (single use), removes the response from the address
   * bar, redeems the code, validates the ID token and starts the session.
   *
   * When the service was created on the callback page of a sign-in started in this tab, it has already begun
   * this exchange (so that requests made meanwhile wait for the token); the first call for that response (its
   * URL, or the cleaned address bar) gets that exchange's result.
   *
   * @param url the callback URL; defaults to the current location.
   * @throws PanoptoSignInError `state_mismatch`, `state_replayed`, `authorization_denied`, `invalid_id_token`, …
   */
  handleCallback(url: string = this.document.location.href): Promise<PanoptoCallbackResult> {
    const started = this.callbackOnLoad;
    if (started) {
      const state = callbackStateOf(url, this.document.baseURI);
      if (state === null || state === started.state) {
        this.callbackOnLoad = null;
        return started.result;
      }
    }
    return this.trackExchange(this.signIn.complete(url));
  }

  /**
   * Signs out: revokes the refresh token (public mode: at the tenant's revocation endpoint; broker mode: the
   * broker revokes it and clears its cookie), forgets every token and tells other tabs.
   */
  async logout(): Promise<void> {
    const { accessToken } = this.state.value;
    const record = this.store.readSession();
    const sessionId = record?.sessionId ?? this.state.value.sessionId ?? undefined;
    let revoked = false;
    try {
      await this.grant.revoke(record?.refreshToken ?? null, accessToken);
      revoked = true;
    } catch {
      // Revocation failed (offline): the local session is still ended; the refresh token expires on its own.
    }
    this.store.clearSession();
    this.session.end();
    // Tabs holding a copy of this session (duplicated tabs) end it too: its grant was just revoked.
    this.tabs.postSignedOut(sessionId);
    this.emit({ type: 'loggedOut', at: this.clock.now(), source: 'this-tab', revoked });
    this.panoptoEvents.publish({ type: 'auth-signed-out', reason: revoked ? 'logout' : 'logout (revocation failed)' });
  }

  /**
   * A valid access token for uses outside HttpClient (e.g. a `fetch` or a WebSocket), refreshed first when it
   * is about to expire; null when nobody is signed in.
   */
  async accessToken(): Promise<string | null> {
    await this.whenReady();
    return this.tokenForRequest();
  }

  /** Resolves once the startup check is done: true when signed in. */
  whenReady(): Promise<boolean> {
    return firstValueFrom(this.isAuthenticated$);
  }

  /** Forces a refresh now (single flight: joins one already running). */
  refresh(): Promise<string> {
    return this.refresher.refresh('manual');
  }

  /** The most recent snapshot, for templates that can't subscribe. */
  get snapshot(): { status: PanoptoAuthStatus; expiresAt: number | null; user: PanoptoUser | null } {
    const s = this.state.value;
    return { status: s.status, expiresAt: s.expiresAt, user: this.state.user() };
  }

  /** Reports that sign-in is needed (used by the guard and the interceptor); emits `loginRequired`. */
  notifyLoginRequired(url?: string): void {
    this.emit({ type: 'loginRequired', at: this.clock.now(), url });
  }

  ngOnDestroy(): void {
    this.destroyed = true;
    this.scheduler.clear();
    for (const undo of this.teardown.splice(0)) undo();
    this.eventsSubject.complete();
    this.state.close();
  }

  // ---------------------------------------------------------------------------------------------------------
  // Used by the interceptor (one implementation for the class and the functional form)

  /** True when the request goes to a configured Panopto base and may carry the token. */
  shouldAttachToken(request: HttpRequest<unknown>): boolean {
    return this.allowlist.matches(request.url, this.document.baseURI);
  }

  /**
   * The token to send now: refreshed first when it is inside the skew window or already expired (after sleep,
   * say), so an expired token is never sent. Null when signed out.
   */
  async tokenForRequest(): Promise<string | null> {
    // A code exchange in progress decides whether there is a token; a failed one leaves none (signed out).
    while (this.exchanges.size) await Promise.all(this.exchanges);
    if (this.state.value.status === 'unknown') await this.whenReady();
    const s = this.state.value;
    if (s.status !== 'authenticated' || !s.accessToken) return null;
    if (!this.state.isExpiring(s)) return s.accessToken;
    try {
      return await this.refresher.refresh('expiring');
    } catch (e) {
      const now = this.state.value;
      // Inside the skew window but not yet expired: the old token still works; send it.
      if (now.accessToken && now.expiresAt !== null && now.expiresAt > this.clock.now()) return now.accessToken;
      throw e;
    }
  }

  /**
   * Called when `rejected` got a 401: refreshes once (all concurrent callers share one refresh) unless another
   * refresh already replaced that token, and resolves to the token to retry with.
   */
  async tokenAfterUnauthorized(rejected: string): Promise<string> {
    const s = this.state.value;
    if (s.status === 'authenticated' && s.accessToken && s.accessToken !== rejected && !this.state.isExpiring(s)) {
      return s.accessToken;
    }
    return this.refresher.refresh('unauthorized');
  }

  // ---------------------------------------------------------------------------------------------------------

  /** At startup: resume a stored session by refreshing (the access token is never stored). */
  private async restore(): Promise<void> {
    const record = this.store.readSession();
    const onCallbackPage = this.isBrowser && isCallbackLocation(this.document, this.config.redirectUri);
    const tryBroker = this.config.mode === 'broker' && this.isBrowser && !onCallbackPage;
    const current = this.state.value;
    if (onCallbackPage && this.completeCallbackOnLoad()) return;
    if (!this.isBrowser || onCallbackPage || (!record?.refreshToken && !tryBroker)) {
      this.state.set({ ...current, status: current.status === 'unknown' ? 'anonymous' : current.status });
      return;
    }
    try {
      await this.refresher.refresh('startup');
    } catch {
      // expire() already ran for a dead session; a broker without a cookie simply means "signed out".
      if (this.state.value.status === 'unknown') this.state.set({ ...ANONYMOUS_SESSION });
    }
  }

  /**
   * On the callback page of a sign-in started in this tab: redeems the code at once instead of when the route's
   * guard gets to it, with the status kept `unknown` meanwhile. Components rendered before the router's first
   * navigation (a header, a shell) ask for data first; their requests wait for this exchange. Returns false when
   * the response is not one this tab waits for (reloaded, replayed or foreign): `handleCallback()` reports it.
   */
  private completeCallbackOnLoad(): boolean {
    const href = this.document.location.href;
    const state = callbackStateOf(href);
    if (state === null || !this.store.hasPending(state, this.clock.now())) return false;
    const result = this.trackExchange(this.signIn.complete(href));
    this.callbackOnLoad = { state, result };
    result.catch(() => {
      // The failure is the callback route's to show (handleCallback() rejects with it); this tab is signed out.
      if (this.state.value.status === 'unknown') this.state.set({ ...ANONYMOUS_SESSION });
    });
    return true;
  }

  /** Registers a code exchange for `tokenForRequest()` to wait for while it runs. */
  private trackExchange<T>(exchange: Promise<T>): Promise<T> {
    const settled = exchange.then(
      () => undefined,
      () => undefined,
    );
    this.exchanges.add(settled);
    void settled.then(() => this.exchanges.delete(settled));
    return exchange;
  }

  private emit(event: PanoptoAuthEvent): void {
    if (!this.destroyed) this.zone.run(() => this.eventsSubject.next(event));
  }
}
