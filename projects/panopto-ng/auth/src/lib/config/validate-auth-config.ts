import { PanoptoConfigError, rejectUnknownKeys, validateBaseUrl } from 'panopto-ng';
import { PanoptoAuthConfig, PanoptoAuthEndpoints, ResolvedPanoptoAuthConfig } from './auth-config';

const KNOWN_KEYS = [
  'clientId',
  'redirectUri',
  'scopes',
  'mode',
  'brokerUrl',
  'allowedUrls',
  'sendAccessToken',
  'refreshSkewMs',
  'endpoints',
  'verifyIdTokenSignature',
] as const;
const ENDPOINT_KEYS: readonly (keyof PanoptoAuthEndpoints)[] = [
  'discovery',
  'authorization',
  'token',
  'revocation',
  'jwks',
  'issuer',
];
const DEFAULT_SCOPES = ['openid', 'api', 'offline_access'];

function nonEmptyString(value: unknown, field: string, hint: string): string {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new PanoptoConfigError(field, `is required: ${hint}`);
  }
  return value.trim();
}

/** A base URL without query/fragment; the path is kept and normalised to end with `/`. */
function urlWithPath(value: unknown, field: string): string {
  const url = validateBaseUrl(value, field);
  const path = url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`;
  return `${url.origin}${path}`;
}

/**
 * Validates the auth configuration and fills defaults. Throws `PanoptoConfigError` naming the first wrong
 * field, so a typo fails at startup instead of at the first sign-in.
 */
export function validatePanoptoAuthConfig(config: PanoptoAuthConfig): ResolvedPanoptoAuthConfig {
  if (config === null || typeof config !== 'object' || Array.isArray(config)) {
    throw new PanoptoConfigError(
      'auth',
      `is missing: call providePanoptoAuth({ clientId: '…', redirectUri: 'https://…/auth/callback' }).`,
    );
  }
  rejectUnknownKeys(config, KNOWN_KEYS, 'auth');
  const warnings: string[] = [];
  const clientId = nonEmptyString(
    config.clientId,
    'auth.clientId',
    `copy the API client's id from Panopto (System → API Clients).`,
  );
  nonEmptyString(config.redirectUri, 'auth.redirectUri', `give the URL of your /auth/callback route.`);
  const redirect = validateBaseUrl(config.redirectUri, 'auth.redirectUri');
  const redirectUri = redirect.href;

  const scopes = config.scopes ?? DEFAULT_SCOPES;
  if (!Array.isArray(scopes) || scopes.some((s) => typeof s !== 'string' || s === '' || /\s/.test(s))) {
    throw new PanoptoConfigError(
      'auth.scopes',
      `must be an array of scope names such as ['openid', 'api', 'offline_access'].`,
    );
  }
  for (const required of ['openid', 'api']) {
    if (!scopes.includes(required)) {
      throw new PanoptoConfigError(
        'auth.scopes',
        `must include '${required}' (Panopto needs 'openid api'); got ${JSON.stringify(scopes)}.`,
      );
    }
  }
  if (!scopes.includes('offline_access')) {
    warnings.push(
      `auth.scopes has no 'offline_access': Panopto returns no refresh token, so users sign in again every hour.`,
    );
  }

  const mode = config.mode ?? 'public';
  if (mode !== 'public' && mode !== 'broker') {
    throw new PanoptoConfigError('auth.mode', `must be 'public' or 'broker'; got ${JSON.stringify(mode)}.`);
  }
  let brokerUrl: string | null = null;
  if (mode === 'broker') {
    if (config.brokerUrl === undefined) {
      throw new PanoptoConfigError(
        'auth.brokerUrl',
        `is required when mode is 'broker': give the token broker's address, e.g. 'https://app.example.edu/panopto-broker'.`,
      );
    }
    brokerUrl = urlWithPath(config.brokerUrl, 'auth.brokerUrl');
  } else if (config.brokerUrl !== undefined) {
    throw new PanoptoConfigError(
      'auth.brokerUrl',
      `is only used when mode is 'broker'; remove it or set mode: 'broker'.`,
    );
  }

  const allowedRaw = config.allowedUrls ?? [];
  if (!Array.isArray(allowedRaw)) {
    throw new PanoptoConfigError('auth.allowedUrls', `must be an array of URL bases.`);
  }
  const allowedUrls = allowedRaw.map((u, i) => urlWithPath(u, `auth.allowedUrls[${i}]`));

  const sendAccessToken = config.sendAccessToken ?? true;
  if (typeof sendAccessToken !== 'boolean') {
    throw new PanoptoConfigError('auth.sendAccessToken', `must be true or false.`);
  }
  const verifyIdTokenSignature = config.verifyIdTokenSignature ?? true;
  if (typeof verifyIdTokenSignature !== 'boolean') {
    throw new PanoptoConfigError('auth.verifyIdTokenSignature', `must be true or false.`);
  }
  const refreshSkewMs = config.refreshSkewMs ?? 60_000;
  if (
    typeof refreshSkewMs !== 'number' ||
    !Number.isFinite(refreshSkewMs) ||
    refreshSkewMs < 0 ||
    refreshSkewMs > 30 * 60_000
  ) {
    throw new PanoptoConfigError(
      'auth.refreshSkewMs',
      `must be a number of milliseconds between 0 and 1 800 000; got ${JSON.stringify(refreshSkewMs)}.`,
    );
  }

  const endpointsRaw = config.endpoints ?? {};
  if (typeof endpointsRaw !== 'object' || endpointsRaw === null) {
    throw new PanoptoConfigError('auth.endpoints', `must be an object.`);
  }
  rejectUnknownKeys(endpointsRaw, ENDPOINT_KEYS, 'auth.endpoints');
  const endpoints: Partial<PanoptoAuthEndpoints> = {};
  for (const key of ENDPOINT_KEYS) {
    const value = endpointsRaw[key];
    if (value !== undefined) endpoints[key] = validateBaseUrl(value, `auth.endpoints.${key}`).href;
  }

  return Object.freeze({
    clientId,
    redirectUri,
    scopes: Object.freeze([...scopes]),
    mode,
    brokerUrl,
    allowedUrls: Object.freeze(allowedUrls),
    sendAccessToken,
    refreshSkewMs,
    endpoints: Object.freeze(endpoints),
    verifyIdTokenSignature,
    warnings: Object.freeze(warnings),
  });
}
