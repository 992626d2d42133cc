import {
  PanoptoConfigError,
  booleanOption,
  numberOption,
  oneOfOption,
  optionsObject,
  rejectUnknownKeys,
  stringOption,
  validateBaseUrl,
} from 'panopto-ng/core';
import { PanoptoAuthConfig, PanoptoAuthEndpoints, PanoptoAuthMode, ResolvedPanoptoAuthConfig } from './auth-config';

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

/** A string the app must give: missing or blank fails with `hint`, anything else not a string fails too. */
function requiredString(value: unknown, field: string, hint: string): string {
  if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) {
    throw new PanoptoConfigError(field, `is required: ${hint}`);
  }
  return stringOption(value, field, '').trim();
}

/** A base URL without query/fragment; the path is kept and normalised to end with `/`. */
function urlWithPath(value: unknown, field: string): string {
  const url = validateBaseUrl(value, field);
  const path = url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`;
  return `${url.origin}${path}`;
}

/**
 * Validates the options of `withPanoptoAuth()` (and of the deprecated `providePanoptoAuth()`) with the shared
 * config rules and fills defaults. Throws `PanoptoConfigError` naming the first wrong field (`auth.mode`), with
 * a did-you-mean hint for a misspelt option, so a typo fails at startup instead of at the first sign-in.
 *
 * @example
 * ```ts
 * validatePanoptoAuthConfig({ clientId: 'c', redirectUri: 'https://app.example.edu/auth/callback' }).scopes;
 * // ['openid', 'api', 'offline_access']
 * ```
 */
export function validatePanoptoAuthConfig(config: PanoptoAuthConfig): ResolvedPanoptoAuthConfig {
  if (config === undefined || config === null) {
    throw new PanoptoConfigError(
      'auth',
      `is missing: call withPanoptoAuth({ clientId: '…', redirectUri: 'https://…/auth/callback' }).`,
    );
  }
  const raw = optionsObject(config, 'auth');
  rejectUnknownKeys(raw, KNOWN_KEYS, 'auth');
  const warnings: string[] = [];
  const clientId = requiredString(
    raw['clientId'],
    'auth.clientId',
    `copy the API client's id from Panopto (System → API Clients).`,
  );
  requiredString(raw['redirectUri'], 'auth.redirectUri', `give the URL of your /auth/callback route.`);
  const redirectUri = validateBaseUrl(raw['redirectUri'], 'auth.redirectUri').href;

  const scopes = raw['scopes'] ?? DEFAULT_SCOPES;
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

  const mode = oneOfOption<PanoptoAuthMode>(raw['mode'], 'auth.mode', ['public', 'broker'], 'public');
  let brokerUrl: string | null = null;
  if (mode === 'broker') {
    if (raw['brokerUrl'] === undefined) {
      throw new PanoptoConfigError(
        'auth.brokerUrl',
        `is required when mode is 'broker': give the token broker's address, e.g. 'https://app.example.edu/panopto-broker'.`,
      );
    }
    brokerUrl = urlWithPath(raw['brokerUrl'], 'auth.brokerUrl');
  } else if (raw['brokerUrl'] !== undefined) {
    throw new PanoptoConfigError(
      'auth.brokerUrl',
      `is only used when mode is 'broker'; remove it or set mode: 'broker'.`,
    );
  }

  const allowedRaw = raw['allowedUrls'] ?? [];
  if (!Array.isArray(allowedRaw)) {
    throw new PanoptoConfigError('auth.allowedUrls', `must be an array of URL bases.`);
  }
  const allowedUrls = allowedRaw.map((u, i) => urlWithPath(u, `auth.allowedUrls[${i}]`));

  const sendAccessToken = booleanOption(raw['sendAccessToken'], 'auth.sendAccessToken', true);
  const verifyIdTokenSignature = booleanOption(raw['verifyIdTokenSignature'], 'auth.verifyIdTokenSignature', true);
  const refreshSkewMs = numberOption(raw['refreshSkewMs'], 'auth.refreshSkewMs', 60_000, { min: 0, max: 30 * 60_000 });

  const endpointsRaw = optionsObject(raw['endpoints'], 'auth.endpoints');
  rejectUnknownKeys(endpointsRaw, ENDPOINT_KEYS, 'auth.endpoints');
  const endpoints: Partial<PanoptoAuthEndpoints> = {};
  for (const key of ENDPOINT_KEYS) {
    const value = endpointsRaw[key];
    if (value !== undefined) endpoints[key] = validateBaseUrl(value, `auth.endpoints.${key}`).href;
  }

  return Object.freeze({
    clientId,
    redirectUri,
    scopes: Object.freeze([...(scopes as string[])]),
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
