// Options of createTokenBroker(), validated once at startup with messages that name the option.

export interface TokenBrokerOptions {
  /** The Panopto site's origin, e.g. `https://myuni.hosted.panopto.com` (or the emulator, `http://localhost:4300`). */
  panoptoServerUrl: string;
  /** The API client's id (a "Server-side Web Application" client in Panopto). */
  clientId: string;
  /** Its secret. Read it from the environment; it is never logged. */
  clientSecret: string;
  /** Browser origins allowed to call the broker (exact match), e.g. `['https://app.example.edu']`. */
  allowedOrigins: string[];
  /**
   * Redirect URIs the broker accepts in `POST /token`. Default: any URI whose origin is in `allowedOrigins`
   * (Panopto still checks it against the client's registered Redirect URL).
   */
  allowedRedirectUris?: string[];
  /** URL path prefix the routes live under, e.g. `/panopto-broker`. Default `` (routes at `/token`, `/refresh`, `/logout`). */
  basePath?: string;
  /**
   * Cookie holding the refresh token. Default `panopto_rt`. When the cookie is `Secure` it gets the `__Host-`
   * prefix (routes at the root, `Path=/`) or `__Secure-` (under `basePath`), so a sibling subdomain cannot
   * plant one.
   */
  cookieName?: string;
  /** Cookie lifetime in seconds. Default 14 days. */
  cookieMaxAgeSeconds?: number;
  /**
   * `Secure` cookie flag: `'auto'` (default) sets it unless every allowed origin is loopback http (the
   * emulator setup). It is never derived from the request's `Host` header, which a proxy may rewrite to
   * `localhost`. `false` is refused when an allowed origin is https.
   */
  secureCookie?: boolean | 'auto';
  /** Largest accepted request body in bytes. Default 8 KiB. */
  maxBodyBytes?: number;
  /**
   * Override discovery (tenants whose discovery document is not reachable). Each must be https (or loopback
   * http) on `panoptoServerUrl`'s origin, like discovered ones.
   */
  endpoints?: { token?: string; revocation?: string; issuer?: string; jwks?: string };
  /** Log lines (method, path, status, duration; never bodies, cookies or tokens). Default: none. */
  log?: (line: string) => void;
  /** `fetch` used to call Panopto (tests may wrap it). Default: global fetch. */
  fetch?: typeof fetch;
  /** Upstream timeout in ms. Default 15 000. */
  upstreamTimeoutMs?: number;
  /** The clock (ms since the epoch) for `expires_at` and ID-token expiry. Default `Date.now`. */
  now?: () => number;
}

export interface ResolvedBrokerOptions
  extends Required<Omit<TokenBrokerOptions, 'endpoints' | 'log' | 'allowedRedirectUris' | 'secureCookie'>> {
  endpoints: { token?: string; revocation?: string; issuer?: string; jwks?: string };
  log: (line: string) => void;
  allowedRedirectUris: string[] | null;
  /** Decided once from the allowed origins. */
  secureCookie: boolean;
  /** Where the cookie is sent: `basePath`, or `/`. */
  cookiePath: string;
  /** The cookie's name with its prefix (`__Host-`/`__Secure-` when Secure). */
  effectiveCookieName: string;
}

export class TokenBrokerConfigError extends Error {
  constructor(readonly option: string, message: string) {
    super(`panopto-ng-token-broker: \`${option}\` ${message}`);
    this.name = 'TokenBrokerConfigError';
  }
}

function origin(value: unknown, option: string): string {
  if (typeof value !== 'string' || value === '') throw new TokenBrokerConfigError(option, 'is required.');
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new TokenBrokerConfigError(option, `is not a valid URL ('${value}').`);
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopback(url.hostname))) {
    throw new TokenBrokerConfigError(option, `must use https ('${value}'); http is accepted only for localhost.`);
  }
  if (url.pathname !== '/' || url.search || url.hash) {
    throw new TokenBrokerConfigError(option, `must be an origin without path ('${url.origin}').`);
  }
  return url.origin;
}

export function isLoopback(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '127.0.0.1' || hostname === '[::1]' || hostname === '::1';
}

export function resolveOptions(o: TokenBrokerOptions): ResolvedBrokerOptions {
  const panoptoServerUrl = origin(o.panoptoServerUrl, 'panoptoServerUrl');
  if (typeof o.clientId !== 'string' || o.clientId === '') throw new TokenBrokerConfigError('clientId', 'is required.');
  if (typeof o.clientSecret !== 'string' || o.clientSecret === '') {
    throw new TokenBrokerConfigError('clientSecret', 'is required (set PANOPTO_BROKER_CLIENT_SECRET).');
  }
  if (!Array.isArray(o.allowedOrigins) || o.allowedOrigins.length === 0) {
    throw new TokenBrokerConfigError(
      'allowedOrigins',
      `must list the app's origin(s), e.g. ['https://app.example.edu'].`,
    );
  }
  const allowedOrigins = o.allowedOrigins.map((v, i) => origin(v, `allowedOrigins[${i}]`));
  const basePath = (o.basePath ?? '').replace(/\/+$/, '');
  if (basePath !== '' && !/^\/[A-Za-z0-9._~\-/]*$/.test(basePath)) {
    throw new TokenBrokerConfigError(
      'basePath',
      `must start with '/' and contain only URL path characters ('${o.basePath}').`,
    );
  }
  const cookieName = o.cookieName ?? 'panopto_rt';
  if (!/^[A-Za-z0-9_\-]+$/.test(cookieName) || /^__(host|secure)-/i.test(cookieName))
    throw new TokenBrokerConfigError(
      'cookieName',
      'may contain only letters, digits, _ and - (no __Host-/__Secure- prefix: it is added).',
    );
  const secureCookie = secureCookieFor(o.secureCookie ?? 'auto', allowedOrigins);
  const cookiePath = basePath || '/';
  const prefix = !secureCookie ? '' : cookiePath === '/' ? '__Host-' : '__Secure-';
  return {
    panoptoServerUrl,
    clientId: o.clientId,
    clientSecret: o.clientSecret,
    allowedOrigins,
    allowedRedirectUris: o.allowedRedirectUris ?? null,
    basePath,
    cookieName,
    cookieMaxAgeSeconds: o.cookieMaxAgeSeconds ?? 14 * 24 * 3600,
    secureCookie,
    cookiePath,
    effectiveCookieName: `${prefix}${cookieName}`,
    maxBodyBytes: o.maxBodyBytes ?? 8 * 1024,
    endpoints: o.endpoints ?? {},
    log: o.log ?? (() => undefined),
    fetch: o.fetch ?? fetch,
    upstreamTimeoutMs: o.upstreamTimeoutMs ?? 15_000,
    now: o.now ?? Date.now,
  };
}

/** `Secure` unless every allowed origin is loopback http; an explicit `false` may not weaken an https app. */
function secureCookieFor(setting: unknown, allowedOrigins: readonly string[]): boolean {
  const anyHttps = allowedOrigins.some((origin) => origin.startsWith('https:'));
  if (setting === 'auto') return anyHttps;
  if (setting === true) return true;
  if (setting === false) {
    if (anyHttps) {
      throw new TokenBrokerConfigError(
        'secureCookie',
        'may not be false while an allowed origin uses https: the refresh-token cookie would travel over http.',
      );
    }
    return false;
  }
  throw new TokenBrokerConfigError('secureCookie', `must be true, false or 'auto' (got ${JSON.stringify(setting)}).`);
}

/**
 * Checks an endpoint (discovered or configured) before the broker sends the secret or a token there: https,
 * or loopback http, on the tenant's own origin. Returns the error message, or null when it is fine.
 */
export function endpointProblem(value: unknown, name: string, tenantOrigin: string): string | null {
  if (typeof value !== 'string' || value === '') return `Panopto's OpenID configuration has no ${name}.`;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return `Panopto's ${name} is not a URL.`;
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopback(url.hostname))) {
    return `Panopto's ${name} (${url.origin}) is not https; refusing to use it.`;
  }
  if (url.origin !== tenantOrigin || url.username || url.password) {
    return `Panopto's ${name} (${url.origin}) is not on the tenant's origin ${tenantOrigin}; refusing to use it.`;
  }
  return null;
}
