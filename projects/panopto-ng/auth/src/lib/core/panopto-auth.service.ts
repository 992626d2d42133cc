import { DOCUMENT, isPlatformBrowser } from '@angular/common';
import { HttpBackend, HttpRequest } from '@angular/common/http';
import { Injectable, InjectionToken, NgZone, OnDestroy, PLATFORM_ID, inject } from '@angular/core';
import { PANOPTO_CLOCK, PANOPTO_CONFIG, PanoptoConfigError, PanoptoEvents } from 'panopto-ng';
import { BehaviorSubject, Observable, Subject, distinctUntilChanged, filter, firstValueFrom, map } from 'rxjs';
import { PANOPTO_AUTH_CONFIG, ResolvedPanoptoAuthConfig } from '../config/auth-config';
import { PANOPTO_AUTH_CHANNEL, PanoptoAuthChannelMessage } from './auth-channel';
import { AuthEndpointsResolver } from './auth-endpoints';
import { PanoptoSignInError } from './auth-errors';
import { PanoptoAuthEvent, PanoptoAuthStatus, PanoptoRefreshReason, PanoptoUser } from './auth-events';
import { AuthHttp, classifyTokenFailure } from './auth-http';
import { AuthSessionStore, SharedSessionRecord } from './auth-session-store';
import { PanoptoIdTokenClaims, PanoptoJwk, decodeJwt, validateIdTokenClaims, verifyJwtSignature } from './id-token';
import { codeChallengeS256, createCodeVerifier, randomString } from './pkce';
import { PANOPTO_REFRESH_LOCK } from './refresh-lock';
import { BrokerTokenGrant, PublicTokenGrant, TokenGrant, TokenResult } from './token-grant';
import { PANOPTO_TOKEN_STORAGE } from './token-storage';
import { UrlAllowlist } from './url-allowlist';

/** Sends the browser to the authorization endpoint; replace it in tests to capture the URL. */
export const PANOPTO_AUTH_REDIRECT = new InjectionToken<(url: string) => void>('PANOPTO_AUTH_REDIRECT', {
  providedIn: 'root',
  factory: () => {
    const doc = inject(DOCUMENT);
    return (url: string) => doc.location.assign(url);
  },
});

/** Query parameters of the authorization response, removed from the address bar after the callback. */
const CALLBACK_PARAMS = ['code', 'state', 'iss', 'session_state', 'error', 'error_description', 'error_uri', 'scope'];
/** The longest `setTimeout` browsers honour (about 24.8 days). */
const MAX_TIMER_MS = 2 ** 31 - 1;
/** How long a tab that waited for the lock waits for the winner's broadcast before refreshing itself. */
const BROADCAST_WAIT_MS = 1500;

interface SessionState {
  status: PanoptoAuthStatus;
  accessToken: string | null;
  expiresAt: number | null;
  /** Lifetime the server gave the token, so the skew never exceeds half of it (no refresh loop for short tokens). */
  lifetimeMs: number;
  claims: PanoptoIdTokenClaims | null;
  generation: number;
  sessionId: string | null;
}

const ANONYMOUS: SessionState = {
  status: 'anonymous',
  accessToken: null,
  expiresAt: null,
  lifetimeMs: 0,
  claims: null,
  generation: 0,
  sessionId: null,
};

/** What `handleCallback()` resolves to. */
export interface PanoptoCallbackResult {
  /** The app-relative URL given to `login()`, to navigate back to. */
  returnUrl: string;
  user: PanoptoUser;
}

/**
 * Sign in with Panopto: authorization code flow with PKCE (S256), in public or broker mode; tokens, refresh,
 * cross-tab coordination and logout. Provided by `providePanoptoAuth()`.
 *
 * @example
 * ```ts
 * const auth = inject(PanoptoAuthService);
 * auth.user$.subscribe((user) => (this.name = user?.name ?? null));
 * signIn() { auth.login(this.router.url); }
 * ```
 */
@Injectable()
export class PanoptoAuthService implements OnDestroy {
  private readonly config: ResolvedPanoptoAuthConfig = inject(PANOPTO_AUTH_CONFIG);
  private readonly panopto = inject(PANOPTO_CONFIG, { optional: true });
  /** `now()` for expiry (absolute epoch ms) and `setTimeout()` for the refresh timer and backoff. */
  private readonly clock = inject(PANOPTO_CLOCK);
  private readonly panoptoEvents = inject(PanoptoEvents);
  private readonly lock = inject(PANOPTO_REFRESH_LOCK);
  private readonly channel = inject(PANOPTO_AUTH_CHANNEL);
  private readonly redirect = inject(PANOPTO_AUTH_REDIRECT);
  private readonly zone = inject(NgZone);
  private readonly document = inject(DOCUMENT);
  private readonly isBrowser = isPlatformBrowser(inject(PLATFORM_ID));
  private readonly store: AuthSessionStore;
  private readonly http: AuthHttp;
  private readonly endpoints: AuthEndpointsResolver;
  private readonly grant: TokenGrant;
  private readonly allowlist: UrlAllowlist;

  private readonly state$ = new BehaviorSubject<SessionState>({ ...ANONYMOUS, status: 'unknown' });
  private readonly eventsSubject = new Subject<PanoptoAuthEvent>();
  private readonly teardown: (() => void)[] = [];
  private readonly consumedStates = new Set<string>();
  private readonly generationWaiters: (() => void)[] = [];
  private inflightRefresh: Promise<string> | null = null;
  private cancelRefreshTimer: (() => void) | null = null;
  private jwks: Promise<PanoptoJwk[]> | null = null;
  private destroyed = false;

  /** Everything that happens to the session, typed (`login`, `tokenRefreshed`, `refreshFailed`, …). */
  readonly events$: Observable<PanoptoAuthEvent> = this.eventsSubject.asObservable();
  /** `unknown` until a stored session was checked at startup, then `authenticated` or `anonymous`. */
  readonly status$: Observable<PanoptoAuthStatus> = this.state$.pipe(
    map((s) => s.status),
    distinctUntilChanged(),
  );
  /** Whether someone is signed in; waits until the startup check is done (never flashes `false` first). */
  readonly isAuthenticated$: Observable<boolean> = this.status$.pipe(
    filter((s) => s !== 'unknown'),
    map((s) => s === 'authenticated'),
  );
  /** The signed-in user from the ID token, or null. */
  readonly user$: Observable<PanoptoUser | null> = this.state$.pipe(
    map((s) => (s.claims ? s.claims.sub : null)),
    distinctUntilChanged(),
    map(() => this.currentUser()),
  );
  /** When the access token expires (epoch ms), or null when signed out. */
  readonly expiresAt$: Observable<number | null> = this.state$.pipe(
    map((s) => s.expiresAt),
    distinctUntilChanged(),
  );

  constructor() {
    if (!this.panopto) {
      throw new PanoptoConfigError(
        'serverUrl',
        `is needed by providePanoptoAuth(): also add providePanopto({ serverUrl: 'https://myuni.hosted.panopto.com' }).`,
      );
    }
    const storage = inject(PANOPTO_TOKEN_STORAGE);
    this.store = new AuthSessionStore(storage, this.config.clientId);
    this.http = new AuthHttp(inject(HttpBackend));
    this.endpoints = new AuthEndpointsResolver(this.http, this.panopto.serverUrl, this.config.endpoints);
    this.grant =
      this.config.mode === 'broker'
        ? new BrokerTokenGrant(this.http, this.config.brokerUrl as string)
        : new PublicTokenGrant(this.http, this.endpoints, this.config.clientId);
    this.allowlist = new UrlAllowlist(
      this.config.sendAccessToken
        ? [`${this.panopto.apiBaseUrl}/`, `${this.panopto.publicApiRestUrl}/`, ...this.config.allowedUrls]
        : [],
    );
    this.teardown.push(this.channel.subscribe((message) => this.zone.run(() => this.onChannelMessage(message))));
    if (this.isBrowser) this.listenForResume();
    for (const warning of this.config.warnings) console.warn(`panopto-ng/auth: ${warning}`);
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
    const { authorization } = await this.endpoints.resolve();
    const codeVerifier = createCodeVerifier();
    const state = randomString(32);
    const nonce = randomString(32);
    this.store.savePending(state, {
      codeVerifier,
      nonce,
      returnUrl: safeReturnUrl(returnUrl),
      redirectUri: this.config.redirectUri,
      createdAt: this.clock.now(),
    });
    const url = new URL(authorization);
    url.searchParams.set('response_type', 'code');
    url.searchParams.set('client_id', this.config.clientId);
    url.searchParams.set('redirect_uri', this.config.redirectUri);
    url.searchParams.set('scope', this.config.scopes.join(' '));
    url.searchParams.set('state', state);
    url.searchParams.set('nonce', nonce);
    url.searchParams.set('code_challenge', await codeChallengeS256(codeVerifier));
    url.searchParams.set('code_challenge_method', 'S256');
    this.redirect(url.toString());
  }

  /**
   * Completes sign-in on the redirect URI: checks `state` (single use), removes the response from the address
   * bar, redeems the code, validates the ID token and starts the session.
   *
   * @param url the callback URL; defaults to the current location.
   * @throws PanoptoSignInError `state_mismatch`, `state_replayed`, `authorization_denied`, `invalid_id_token`, …
   */
  async handleCallback(url: string = this.document.location.href): Promise<PanoptoCallbackResult> {
    const parsed = new URL(url, this.document.baseURI);
    const params = parsed.searchParams;
    const state = params.get('state');
    this.cleanAddressBar(parsed);
    if (!state) {
      throw new PanoptoSignInError(
        'state_mismatch',
        'The sign-in response has no state parameter; start sign-in again.',
      );
    }
    if (this.consumedStates.has(state)) {
      throw new PanoptoSignInError(
        'state_replayed',
        'This sign-in response was already used (reloaded or replayed callback URL); start sign-in again.',
      );
    }
    const pending = this.store.takePending(state, this.clock.now());
    this.consumedStates.add(state);
    if (!pending) {
      throw new PanoptoSignInError(
        'state_mismatch',
        'The sign-in response does not belong to a sign-in started in this browser tab (unknown or expired state); start sign-in again.',
      );
    }
    const error = params.get('error');
    if (error) {
      const description = params.get('error_description');
      throw new PanoptoSignInError(
        'authorization_denied',
        `Panopto refused the sign-in: ${error}${description ? ` (${description})` : ''}.`,
      );
    }
    const code = params.get('code');
    if (!code) throw new PanoptoSignInError('missing_code', 'The sign-in response has no authorization code.');
    const { issuer } = await this.endpoints.resolve();
    const iss = params.get('iss');
    if (iss !== null && iss !== issuer) {
      throw new PanoptoSignInError(
        'state_mismatch',
        `The sign-in response came from issuer '${iss}', not '${issuer}' (RFC 9207 mix-up defence).`,
      );
    }
    const result = await this.grant.exchangeCode(code, pending.codeVerifier, pending.redirectUri);
    const claims = await this.claimsOf(result, issuer, pending.nonce, true);
    const record: SharedSessionRecord = {
      sessionId: randomString(16),
      generation: (this.store.readSession()?.generation ?? 0) + 1,
      ...(result.refreshToken ? { refreshToken: result.refreshToken } : {}),
    };
    this.store.writeSession(record);
    this.applyTokens(result, claims, record);
    const user = this.currentUser() as PanoptoUser;
    this.emit({ type: 'login', at: this.clock.now(), user });
    return { returnUrl: pending.returnUrl, user };
  }

  /**
   * Signs out: revokes the refresh token (public mode: at the tenant's revocation endpoint; broker mode: the
   * broker revokes it and clears its cookie), forgets every token and tells other tabs.
   */
  async logout(): Promise<void> {
    const { accessToken } = this.state$.value;
    const record = this.store.readSession();
    let revoked = false;
    try {
      await this.grant.revoke(record?.refreshToken ?? null, accessToken);
      revoked = true;
    } catch {
      // Revocation failed (offline): the local session is still ended; the refresh token expires on its own.
    }
    this.store.clearSession();
    this.endSession();
    this.channel.post({ type: 'signedOut' });
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
    return this.refreshSingleFlight('manual');
  }

  /** The most recent snapshot, for templates that can't subscribe. */
  get snapshot(): { status: PanoptoAuthStatus; expiresAt: number | null; user: PanoptoUser | null } {
    const s = this.state$.value;
    return { status: s.status, expiresAt: s.expiresAt, user: this.currentUser() };
  }

  /** Reports that sign-in is needed (used by the guard and the interceptor); emits `loginRequired`. */
  notifyLoginRequired(url?: string): void {
    this.emit({ type: 'loginRequired', at: this.clock.now(), url });
  }

  ngOnDestroy(): void {
    this.destroyed = true;
    this.clearTimer();
    for (const undo of this.teardown.splice(0)) undo();
    this.eventsSubject.complete();
    this.state$.complete();
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
    if (this.state$.value.status === 'unknown') await this.whenReady();
    const s = this.state$.value;
    if (s.status !== 'authenticated' || !s.accessToken) return null;
    if (!this.isExpiring(s)) return s.accessToken;
    try {
      return await this.refreshSingleFlight('expiring');
    } catch (e) {
      const now = this.state$.value;
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
    const s = this.state$.value;
    if (s.status === 'authenticated' && s.accessToken && s.accessToken !== rejected && !this.isExpiring(s)) {
      return s.accessToken;
    }
    return this.refreshSingleFlight('unauthorized');
  }

  // ---------------------------------------------------------------------------------------------------------
  // Refresh

  private isExpiring(s: SessionState): boolean {
    return s.expiresAt === null || s.expiresAt - this.skewFor(s) <= this.clock.now();
  }

  /** The configured skew, but at most half the token's lifetime: a 4-second token is renewed after 2 s, not at once. */
  private skewFor(s: SessionState): number {
    return Math.min(this.config.refreshSkewMs, s.lifetimeMs / 2);
  }

  private refreshSingleFlight(reason: PanoptoRefreshReason): Promise<string> {
    if (!this.inflightRefresh) {
      const observed = Math.max(this.state$.value.generation, this.store.readSession()?.generation ?? 0);
      const started = this.clock.now();
      this.panoptoEvents.publish({ type: 'auth-refresh', outcome: 'started', detail: reason });
      this.inflightRefresh = this.lock
        .run(`panopto-ng.auth.${this.config.clientId}`, () => this.refreshUnderLock(reason, observed))
        .then(
          (token) => {
            this.panoptoEvents.publish({
              type: 'auth-refresh',
              outcome: 'succeeded',
              durationMs: this.clock.now() - started,
            });
            return token;
          },
          (error: unknown) => {
            const detail = error instanceof PanoptoSignInError ? error.code : 'error';
            this.panoptoEvents.publish({
              type: 'auth-refresh',
              outcome: 'failed',
              durationMs: this.clock.now() - started,
              detail,
            });
            throw error;
          },
        )
        .finally(() => (this.inflightRefresh = null));
    }
    return this.inflightRefresh;
  }

  private async refreshUnderLock(reason: PanoptoRefreshReason, observedGeneration: number): Promise<string> {
    // Re-read after getting the lock: another tab may have rotated the refresh token meanwhile.
    let record = this.store.readSession();
    if (!record && this.config.mode === 'public') {
      const error = new PanoptoSignInError('not_signed_in', 'There is no session to refresh; sign in.');
      if (this.state$.value.status === 'authenticated') this.expireSession(error);
      throw error;
    }
    if (record && record.generation > observedGeneration) {
      await this.waitForGeneration(record.generation);
      const s = this.state$.value;
      if (s.accessToken && s.generation >= record.generation && !this.isExpiring(s)) return s.accessToken;
      record = this.store.readSession();
    }
    // A broker probe at startup without any stored session is not a failure worth an event.
    const quiet = reason === 'startup' && this.state$.value.status === 'unknown' && !record;
    const result = await this.refreshWithRetries(record?.refreshToken ?? null, quiet);
    const { issuer } = await this.endpoints.resolve();
    const previous = this.state$.value.claims;
    let claims: PanoptoIdTokenClaims | null;
    try {
      claims = (await this.claimsOf(result, issuer, undefined, false)) ?? previous;
      if (previous && claims && claims.sub !== previous.sub) {
        throw new PanoptoSignInError('invalid_id_token', 'The refreshed ID token is for a different user.');
      }
    } catch (e) {
      this.expireSession(e as PanoptoSignInError);
      throw e;
    }
    const next: SharedSessionRecord = {
      sessionId: record?.sessionId ?? randomString(16),
      generation: Math.max(record?.generation ?? 0, this.state$.value.generation) + 1,
      ...(result.refreshToken ?? record?.refreshToken
        ? { refreshToken: result.refreshToken ?? record?.refreshToken }
        : {}),
    };
    this.store.writeSession(next);
    this.applyTokens(result, claims, next);
    const s = this.state$.value;
    this.channel.post({
      type: 'tokens',
      generation: next.generation,
      accessToken: result.accessToken,
      expiresAt: s.expiresAt as number,
      claims: (claims ?? {}) as Record<string, unknown>,
    });
    this.emit({ type: 'tokenRefreshed', at: this.clock.now(), expiresAt: s.expiresAt as number, reason });
    return result.accessToken;
  }

  /** Retries network errors, 408, 429 and 5xx with capped exponential backoff; anything else ends the session. */
  private async refreshWithRetries(refreshToken: string | null, quiet: boolean): Promise<TokenResult> {
    const policy = this.panopto?.retry ?? { maxRetries: 3, initialDelayMs: 1000, maxDelayMs: 30000 };
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.grant.refresh(refreshToken);
      } catch (e) {
        const error = e instanceof PanoptoSignInError ? e : new PanoptoSignInError('token_request_failed', String(e));
        const retryable =
          classifyTokenFailure(error) === 'retryable' && attempt <= policy.maxRetries && !this.destroyed;
        const delay = Math.min(policy.initialDelayMs * 2 ** (attempt - 1), policy.maxDelayMs);
        if (!quiet) this.emit({ type: 'refreshFailed', at: this.clock.now(), error, attempt, willRetry: retryable });
        if (classifyTokenFailure(error) === 'terminal') {
          this.expireSession(error);
          throw error;
        }
        if (!retryable) throw error;
        await new Promise<void>((resolve) => this.clock.setTimeout(resolve, delay));
      }
    }
  }

  private waitForGeneration(generation: number): Promise<void> {
    if (this.state$.value.generation >= generation) return Promise.resolve();
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        const i = this.generationWaiters.indexOf(check);
        if (i >= 0) this.generationWaiters.splice(i, 1);
        resolve();
      };
      const check = () => {
        if (this.state$.value.generation >= generation) done();
      };
      const timer = setTimeout(done, BROADCAST_WAIT_MS);
      this.generationWaiters.push(check);
    });
  }

  private onChannelMessage(message: PanoptoAuthChannelMessage): void {
    const record = this.store.readSession();
    if (message.type === 'signedOut') {
      // Only when the shared record is gone too: a tab with its own session (sessionStorage) stays signed in.
      if (!record && this.state$.value.status === 'authenticated') {
        this.endSession();
        this.emit({ type: 'loggedOut', at: this.clock.now(), source: 'other-tab', revoked: true });
      }
      return;
    }
    // Adopt another tab's fresh token only when it belongs to the session this tab shares (same storage record).
    if (!record || message.generation > record.generation || message.generation <= this.state$.value.generation) return;
    if (this.state$.value.sessionId !== null && this.state$.value.sessionId !== record.sessionId) return;
    this.setState({
      status: 'authenticated',
      accessToken: message.accessToken,
      expiresAt: message.expiresAt,
      lifetimeMs: Math.max(0, message.expiresAt - this.clock.now()),
      claims: message.claims as PanoptoIdTokenClaims,
      generation: message.generation,
      sessionId: record.sessionId,
    });
    for (const waiter of [...this.generationWaiters]) waiter();
  }

  // ---------------------------------------------------------------------------------------------------------
  // Session state

  /** At startup: resume a stored session by refreshing (the access token is never stored). */
  private async restore(): Promise<void> {
    const record = this.store.readSession();
    const onCallbackPage = this.isBrowser && this.isCallbackLocation();
    const tryBroker = this.config.mode === 'broker' && this.isBrowser && !onCallbackPage;
    if (!this.isBrowser || onCallbackPage || (!record?.refreshToken && !tryBroker)) {
      this.setState({
        ...this.state$.value,
        status: this.state$.value.status === 'unknown' ? 'anonymous' : this.state$.value.status,
      });
      return;
    }
    try {
      await this.refreshSingleFlight('startup');
    } catch {
      // expireSession() already ran for a dead session; a broker without a cookie simply means "signed out".
      if (this.state$.value.status === 'unknown') this.setState({ ...ANONYMOUS });
    }
  }

  private isCallbackLocation(): boolean {
    try {
      const here = new URL(this.document.location.href);
      const callback = new URL(this.config.redirectUri);
      return here.origin === callback.origin && here.pathname === callback.pathname && here.searchParams.has('state');
    } catch {
      return false;
    }
  }

  private async claimsOf(
    result: TokenResult,
    issuer: string,
    nonce: string | undefined,
    required: boolean,
  ): Promise<PanoptoIdTokenClaims | null> {
    const expectations = { issuer, clientId: this.config.clientId, nonce, nowMs: this.clock.now() };
    if (result.idToken) {
      const jwt = decodeJwt(result.idToken);
      validateIdTokenClaims(jwt.claims, expectations);
      if (this.config.verifyIdTokenSignature) await verifyJwtSignature(jwt, await this.loadJwks());
      return jwt.claims;
    }
    if (result.idTokenClaims) {
      // Broker mode: the broker received the ID token from Panopto over TLS (OIDC Core §3.1.3.7, step 6) and
      // returns its claims; the browser still checks issuer, audience, expiry and its own nonce.
      validateIdTokenClaims(result.idTokenClaims, expectations);
      return result.idTokenClaims;
    }
    if (required) {
      throw new PanoptoSignInError(
        'invalid_id_token',
        `The token response has no ID token; is 'openid' among the scopes?`,
      );
    }
    return null;
  }

  private loadJwks(): Promise<PanoptoJwk[]> {
    if (!this.jwks) {
      this.jwks = this.endpoints
        .resolve()
        .then(({ jwks }) => this.http.getJson<{ keys?: PanoptoJwk[] }>(jwks))
        .then((doc) => (Array.isArray(doc.keys) ? doc.keys : []));
      this.jwks.catch(() => (this.jwks = null));
    }
    return this.jwks;
  }

  private applyTokens(result: TokenResult, claims: PanoptoIdTokenClaims | null, record: SharedSessionRecord): void {
    this.setState({
      status: 'authenticated',
      accessToken: result.accessToken,
      expiresAt: this.clock.now() + result.expiresIn * 1000,
      lifetimeMs: result.expiresIn * 1000,
      claims,
      generation: record.generation,
      sessionId: record.sessionId,
    });
  }

  /** A terminal refresh failure (`invalid_grant`, revoked, different user): forget everything, tell the app. */
  private expireSession(error: PanoptoSignInError): void {
    const hadSession = this.state$.value.status === 'authenticated' || this.store.readSession() !== null;
    this.store.clearSession();
    this.endSession();
    if (hadSession) {
      this.emit({ type: 'sessionExpired', at: this.clock.now(), error });
      this.panoptoEvents.publish({ type: 'auth-signed-out', reason: error.code });
    }
  }

  private endSession(): void {
    this.jwks = null;
    this.setState({ ...ANONYMOUS });
  }

  private setState(next: SessionState): void {
    if (this.destroyed) return;
    this.state$.next(next);
    this.scheduleRefresh(next);
  }

  private currentUser(): PanoptoUser | null {
    const claims = this.state$.value.claims;
    if (!claims) return null;
    return {
      sub: claims.sub,
      name: typeof claims.name === 'string' ? claims.name : undefined,
      preferredUsername: typeof claims.preferred_username === 'string' ? claims.preferred_username : undefined,
      email: typeof claims.email === 'string' ? claims.email : undefined,
      claims,
    };
  }

  private emit(event: PanoptoAuthEvent): void {
    if (!this.destroyed) this.zone.run(() => this.eventsSubject.next(event));
  }

  // ---------------------------------------------------------------------------------------------------------
  // Timers and resume

  /** Refreshes `refreshSkewMs` before expiry; PANOPTO_CLOCK runs the timer outside Angular (no change detection while it waits). */
  private scheduleRefresh(s: SessionState): void {
    this.clearTimer();
    if (!this.isBrowser || s.status !== 'authenticated' || s.expiresAt === null) return;
    const due = Math.min(Math.max(s.expiresAt - this.skewFor(s) - this.clock.now(), 0), MAX_TIMER_MS);
    // PANOPTO_CLOCK starts its timers outside the Angular zone.
    this.cancelRefreshTimer = this.clock.setTimeout(() => this.refreshIfExpiring('expiring'), due);
  }

  private clearTimer(): void {
    this.cancelRefreshTimer?.();
    this.cancelRefreshTimer = null;
  }

  private refreshIfExpiring(reason: PanoptoRefreshReason): void {
    const s = this.state$.value;
    if (s.status === 'authenticated' && this.isExpiring(s)) {
      this.refreshSingleFlight(reason).catch(() => undefined);
    } else if (s.status === 'authenticated') {
      // Timers drift or fire early after sleep; re-arm against the clock.
      this.scheduleRefresh(s);
    }
  }

  /** After sleep, timers may not have fired: check expiry against the clock when the tab wakes or goes online. */
  private listenForResume(): void {
    const win = this.document.defaultView;
    const onVisible = () => {
      if (this.document.visibilityState === 'visible') this.refreshIfExpiring('resume');
    };
    const onOnline = () => this.refreshIfExpiring('resume');
    this.zone.runOutsideAngular(() => {
      this.document.addEventListener('visibilitychange', onVisible);
      win?.addEventListener('online', onOnline);
    });
    this.teardown.push(() => {
      this.document.removeEventListener('visibilitychange', onVisible);
      win?.removeEventListener('online', onOnline);
    });
  }

  private cleanAddressBar(callbackUrl: URL): void {
    const win = this.document.defaultView;
    if (!win?.history) return;
    const here = new URL(this.document.location.href);
    if (here.origin !== callbackUrl.origin || here.pathname !== callbackUrl.pathname) return;
    for (const p of CALLBACK_PARAMS) here.searchParams.delete(p);
    here.hash = '';
    win.history.replaceState(win.history.state, '', `${here.pathname}${here.search}`);
  }
}

/** Only app-relative paths are followed after sign-in (no open redirect through `returnUrl`). */
export function safeReturnUrl(url: string): string {
  return typeof url === 'string' && url.startsWith('/') && !url.startsWith('//') && !url.startsWith('/\\') ? url : '/';
}
