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
  /** Cookie holding the refresh token. Default `panopto_rt`. */
  cookieName?: string;
  /** Cookie lifetime in seconds. Default 14 days. */
  cookieMaxAgeSeconds?: number;
  /** `Secure` cookie flag: `'auto'` (default) sets it except when the request's host is localhost. */
  secureCookie?: boolean | 'auto';
  /** Largest accepted request body in bytes. Default 8 KiB. */
  maxBodyBytes?: number;
  /** Override discovery (tests, tenants whose discovery document is not reachable). */
  endpoints?: { token?: string; revocation?: string; issuer?: string };
  /** Log lines (method, path, status, duration; never bodies, cookies or tokens). Default: none. */
  log?: (line: string) => void;
  /** `fetch` used to call Panopto (tests may wrap it). Default: global fetch. */
  fetch?: typeof fetch;
  /** Upstream timeout in ms. Default 15 000. */
  upstreamTimeoutMs?: number;
}

export interface ResolvedBrokerOptions
  extends Required<Omit<TokenBrokerOptions, 'endpoints' | 'log' | 'allowedRedirectUris'>> {
  endpoints: { token?: string; revocation?: string; issuer?: string };
  log: (line: string) => void;
  allowedRedirectUris: string[] | null;
}

export class TokenBrokerConfigError extends Error {
  constructor(readonly option: string, message: string) {
    super(`panopto-token-broker: \`${option}\` ${message}`);
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
  if (!/^[A-Za-z0-9_\-]+$/.test(cookieName))
    throw new TokenBrokerConfigError('cookieName', 'may contain only letters, digits, _ and -.');
  return {
    panoptoServerUrl,
    clientId: o.clientId,
    clientSecret: o.clientSecret,
    allowedOrigins,
    allowedRedirectUris: o.allowedRedirectUris ?? null,
    basePath,
    cookieName,
    cookieMaxAgeSeconds: o.cookieMaxAgeSeconds ?? 14 * 24 * 3600,
    secureCookie: o.secureCookie ?? 'auto',
    maxBodyBytes: o.maxBodyBytes ?? 8 * 1024,
    endpoints: o.endpoints ?? {},
    log: o.log ?? (() => undefined),
    fetch: o.fetch ?? fetch,
    upstreamTimeoutMs: o.upstreamTimeoutMs ?? 15_000,
  };
}
