// Test helpers for the auth specs (excluded from the library build by tsconfig.lib.json).
import { HttpInterceptorFn, HttpRequest, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, TestRequest, provideHttpClientTesting } from '@angular/common/http/testing';
import { EnvironmentProviders, Provider } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { providePanopto } from 'panopto-ng';
import { FakePanoptoClock, provideFakePanoptoClock } from 'panopto-ng/testing';
import { PanoptoAuthConfig } from '../config/auth-config';
import { withPanoptoAuth } from '../config/with-panopto-auth';
import { PANOPTO_AUTH_CHANNEL, PanoptoAuthChannel, PanoptoAuthChannelMessage } from '../core/auth-channel';
import { PanoptoAuthEvent } from '../core/auth-events';
import { IdTokenVerifier } from '../core/id-token-verifier';
import { base64UrlEncode } from '../core/pkce';
import { PANOPTO_AUTH_REDIRECT, PanoptoAuthService } from '../core/panopto-auth.service';
import { InProcessRefreshLock, PANOPTO_REFRESH_LOCK } from '../core/refresh-lock';
import { MemoryTokenStorage, PANOPTO_TOKEN_STORAGE, PanoptoTokenStorage } from '../core/token-storage';
import { panoptoAuthInterceptor } from '../http/auth-interceptor';

export const SERVER = 'https://tenant.hosted.panopto.com';
export const ISSUER = `${SERVER}/Panopto/oauth2`;
export const CLIENT_ID = 'spa-client';
export const REDIRECT = 'https://app.example.edu/auth/callback';
export const API = `${SERVER}/Panopto/api/v1`;
export const ENDPOINTS = {
  issuer: ISSUER,
  authorization: `${ISSUER}/connect/authorize`,
  token: `${ISSUER}/connect/token`,
  revocation: `${ISSUER}/connect/revocation`,
  jwks: `${ISSUER}/.well-known/openid-configuration/jwks`,
};
export const BROKER = 'https://app.example.edu/broker/';

/** A channel that delivers to every subscriber (as BroadcastChannel does between tabs) on the next microtask. */
export class FakeChannel implements PanoptoAuthChannel {
  readonly posted: PanoptoAuthChannelMessage[] = [];
  private listeners: ((m: PanoptoAuthChannelMessage) => void)[] = [];
  post(message: PanoptoAuthChannelMessage): void {
    this.posted.push(message);
    for (const l of [...this.listeners]) queueMicrotask(() => l(message));
  }
  subscribe(listener: (m: PanoptoAuthChannelMessage) => void): () => void {
    this.listeners.push(listener);
    return () => (this.listeners = this.listeners.filter((l) => l !== listener));
  }
}

/** An ID token verifier for specs whose tokens carry claims only (broker style): it never loads keys. */
export function keylessVerifier(now: () => number): IdTokenVerifier {
  return new IdTokenVerifier({
    clientId: CLIENT_ID,
    verifySignature: false,
    now,
    jwksUrl: async () => ENDPOINTS.jwks,
    getJson: () => Promise.reject(new Error('no keys in this spec')),
  });
}

/** Signs ID tokens like the tenant would (RS256, WebCrypto-generated key). */
export class FakeIdp {
  private keys!: CryptoKeyPair;
  jwk!: JsonWebKey & { kid: string };

  static async create(): Promise<FakeIdp> {
    const idp = new FakeIdp();
    idp.keys = (await crypto.subtle.generateKey(
      { name: 'RSASSA-PKCS1-v1_5', modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' },
      true,
      ['sign', 'verify'],
    )) as CryptoKeyPair;
    const pub = await crypto.subtle.exportKey('jwk', idp.keys.publicKey);
    idp.jwk = { kty: pub.kty, n: pub.n, e: pub.e, alg: 'RS256', use: 'sig', kid: 'k1' } as JsonWebKey & { kid: string };
    return idp;
  }

  async idToken(
    claims: Record<string, unknown>,
    nowMs: number,
    header: Record<string, unknown> = { alg: 'RS256', kid: 'k1' },
  ): Promise<string> {
    const body = {
      iss: ISSUER,
      aud: CLIENT_ID,
      sub: 'user-1',
      name: 'Ada Instructor',
      preferred_username: 'instructor',
      iat: Math.floor(nowMs / 1000),
      exp: Math.floor(nowMs / 1000) + 3600,
      ...claims,
    };
    const enc = (o: unknown) => base64UrlEncode(new TextEncoder().encode(JSON.stringify(o)));
    const input = `${enc(header)}.${enc(body)}`;
    const sig = await crypto.subtle.sign('RSASSA-PKCS1-v1_5', this.keys.privateKey, new TextEncoder().encode(input));
    return `${input}.${base64UrlEncode(sig)}`;
  }
}

export interface KitOptions {
  auth?: Partial<PanoptoAuthConfig>;
  storage?: PanoptoTokenStorage;
  clock?: FakePanoptoClock;
  channel?: FakeChannel;
  extraProviders?: (Provider | EnvironmentProviders)[];
  interceptors?: boolean;
  /** App interceptors placed before the auth interceptor. */
  appInterceptors?: HttpInterceptorFn[];
}

export interface Kit {
  service: PanoptoAuthService;
  http: HttpTestingController;
  clock: FakePanoptoClock;
  storage: PanoptoTokenStorage;
  channel: FakeChannel;
  redirects: string[];
  events: PanoptoAuthEvent[];
}

/** Configures TestBed with the auth module in front of HttpClientTestingController. */
export function configureAuth(options: KitOptions = {}): Omit<Kit, 'service' | 'events'> {
  const clock = options.clock ?? new FakePanoptoClock(Date.UTC(2026, 0, 1, 9, 0, 0));
  const storage = options.storage ?? new MemoryTokenStorage();
  const channel = options.channel ?? new FakeChannel();
  const redirects: string[] = [];
  TestBed.configureTestingModule({
    providers: [
      options.interceptors === false
        ? []
        : provideHttpClient(withInterceptors([...(options.appInterceptors ?? []), panoptoAuthInterceptor])),
      options.interceptors === false ? [] : provideHttpClientTesting(),
      providePanopto(
        { serverUrl: SERVER, retry: { maxRetries: 3, initialDelayMs: 10, maxDelayMs: 40 } },
        withPanoptoAuth({ clientId: CLIENT_ID, redirectUri: REDIRECT, endpoints: ENDPOINTS, ...options.auth }),
      ),
      provideFakePanoptoClock(clock),
      { provide: PANOPTO_TOKEN_STORAGE, useValue: storage },
      { provide: PANOPTO_AUTH_CHANNEL, useValue: channel },
      { provide: PANOPTO_REFRESH_LOCK, useValue: new InProcessRefreshLock() },
      { provide: PANOPTO_AUTH_REDIRECT, useValue: (url: string) => redirects.push(url) },
      ...(options.extraProviders ?? []),
    ],
  });
  return { http: TestBed.inject(HttpTestingController), clock, storage, channel, redirects };
}

export function createKit(options: KitOptions = {}): Kit {
  const base = configureAuth(options);
  const service = TestBed.inject(PanoptoAuthService);
  const events: PanoptoAuthEvent[] = [];
  service.events$.subscribe((e) => events.push(e));
  return { ...base, service, events };
}

/** Lets promises and zero-delay timers run. */
export function settle(ms = 0): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Waits (up to `timeoutMs`) until exactly `count` requests match, and returns them. */
export async function waitForRequests(
  http: HttpTestingController,
  match: (req: HttpRequest<unknown>) => boolean,
  count = 1,
  timeoutMs = 2000,
): Promise<TestRequest[]> {
  const deadline = Date.now() + timeoutMs;
  // `match()` removes what it returns from the open list, so collect across polls.
  const collected: TestRequest[] = [];
  for (;;) {
    collected.push(...http.match(match));
    if (collected.length >= count) return collected;
    if (Date.now() > deadline) {
      throw new Error(`timed out waiting for ${count} matching request(s); saw ${collected.length}`);
    }
    await settle(2);
  }
}

export const isTokenRequest = (req: HttpRequest<unknown>) => req.url === ENDPOINTS.token;
export const isJwksRequest = (req: HttpRequest<unknown>) => req.url === ENDPOINTS.jwks;

/** Form fields of a token-endpoint request. */
export function formOf(req: TestRequest): URLSearchParams {
  return new URLSearchParams(String(req.request.body));
}

/**
 * Runs a full public-mode sign-in: login() → callback with a code → token response with a signed ID token.
 * Returns the access token and refresh token issued.
 */
export async function signIn(
  kit: Kit,
  idp: FakeIdp,
  tokens: { access?: string; refresh?: string; expiresIn?: number } = {},
): Promise<{ access: string; refresh: string }> {
  const access = tokens.access ?? 'access-1';
  const refresh = tokens.refresh ?? 'refresh-1';
  await kit.service.login('/after');
  const authorize = new URL(kit.redirects[kit.redirects.length - 1]);
  const state = authorize.searchParams.get('state') as string;
  const nonce = authorize.searchParams.get('nonce') as string;
  const done = kit.service.handleCallback(`${REDIRECT}?code=the-code&state=${state}`);
  const [tokenReq] = await waitForRequests(kit.http, isTokenRequest);
  tokenReq.flush({
    access_token: access,
    token_type: 'Bearer',
    expires_in: tokens.expiresIn ?? 3600,
    refresh_token: refresh,
    id_token: await idp.idToken({ nonce }, kit.clock.now()),
  });
  await flushJwks(kit, idp);
  await done;
  return { access, refresh };
}

/** Answers the JWKS request if the service makes one (it caches the keys per session). */
export async function flushJwks(kit: Pick<Kit, 'http'>, idp: FakeIdp): Promise<void> {
  for (let i = 0; i < 20; i++) {
    const jwks = kit.http.match(isJwksRequest);
    if (jwks.length) {
      jwks.forEach((r) => r.flush({ keys: [idp.jwk] }));
      return;
    }
    await settle(2);
  }
}

/** Answers a pending refresh-token request with new tokens (and a fresh signed ID token). */
export async function answerRefresh(
  kit: Pick<Kit, 'http' | 'clock'>,
  idp: FakeIdp,
  access: string,
  refresh: string,
  expiresIn = 3600,
): Promise<TestRequest> {
  const [req] = await waitForRequests(kit.http, isTokenRequest);
  req.flush({
    access_token: access,
    expires_in: expiresIn,
    refresh_token: refresh,
    id_token: await idp.idToken({}, kit.clock.now()),
  });
  await flushJwks(kit, idp);
  return req;
}
