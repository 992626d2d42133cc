import { PanoptoConfigError } from './panopto-config-error';
import { PanoptoConfig, ResolvedPanoptoConfig } from './panopto-config';

const KNOWN_KEYS = ['serverUrl', 'retry', 'rateLimit', 'requestTimeoutMs'] as const;
const RETRY_KEYS = ['maxRetries', 'initialDelayMs', 'maxDelayMs'] as const;
const RATE_KEYS = ['perSecond', 'perMinute', 'enabled'] as const;

/** Hosts for which plain http is allowed: the local emulator and local development. */
const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

export function isLoopbackHost(hostname: string): boolean {
  return LOOPBACK_HOSTS.has(hostname);
}

/**
 * Checks that an object has no keys besides the known ones; a typo (`serverURL`) fails loudly instead of
 * being silently ignored.
 */
export function rejectUnknownKeys(value: object, known: readonly string[], path: string): void {
  for (const key of Object.keys(value)) {
    if (!known.includes(key)) {
      const hint = known.find((k) => k.toLowerCase() === key.toLowerCase());
      throw new PanoptoConfigError(
        path ? `${path}.${key}` : key,
        `is not a known option.${hint ? ` Did you mean \`${hint}\`?` : ''} Known options: ${known.join(', ')}.`,
      );
    }
  }
}

/** Validates a URL option: parseable, https (http only on loopback), no credentials, query or fragment. */
export function validateBaseUrl(value: unknown, field: string): URL {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new PanoptoConfigError(
      field,
      `is required: give your Panopto site's address, for example 'https://myuni.hosted.panopto.com'.`,
    );
  }
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw new PanoptoConfigError(field, `is not a valid URL ('${value}'). Use 'https://myuni.hosted.panopto.com'.`);
  }
  const secure = url.protocol === 'https:';
  const localHttp = url.protocol === 'http:' && isLoopbackHost(url.hostname);
  if (!secure && !localHttp) {
    throw new PanoptoConfigError(
      field,
      `must use https ('${value}'). Plain http is accepted only for localhost, such as the local emulator.`,
    );
  }
  if (url.username || url.password || url.search || url.hash) {
    throw new PanoptoConfigError(field, `must not contain credentials, a query or a fragment ('${value}').`);
  }
  return url;
}

function positiveNumber(value: unknown, field: string, fallback: number, opts: { integer?: boolean; min?: number } = {}) {
  if (value === undefined) return fallback;
  const min = opts.min ?? 0;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min || (opts.integer && !Number.isInteger(value))) {
    throw new PanoptoConfigError(
      field,
      `must be a${opts.integer ? ' whole' : ''} number of at least ${min}; got ${JSON.stringify(value)}.`,
    );
  }
  return value;
}

function plainObject(value: unknown, field: string): Record<string, unknown> {
  if (value === undefined) return {};
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new PanoptoConfigError(field, `must be an object; got ${JSON.stringify(value)}.`);
  }
  return value as Record<string, unknown>;
}

/**
 * Validates what the app passed and fills in defaults. Throws `PanoptoConfigError` naming the first wrong field.
 */
export function validatePanoptoConfig(config: PanoptoConfig): ResolvedPanoptoConfig {
  const raw = plainObject(config ?? undefined, 'config');
  if (config === undefined || config === null) {
    throw new PanoptoConfigError('config', `is missing: call providePanopto({ serverUrl: 'https://…' }).`);
  }
  rejectUnknownKeys(raw, KNOWN_KEYS, '');
  const url = validateBaseUrl(raw['serverUrl'], 'serverUrl');
  if (url.pathname !== '/' && url.pathname !== '/Panopto' && url.pathname !== '/Panopto/') {
    throw new PanoptoConfigError(
      'serverUrl',
      `must be the site's origin only ('${url.origin}'), without a path such as '${url.pathname}'.`,
    );
  }
  const retry = plainObject(raw['retry'], 'retry');
  rejectUnknownKeys(retry, RETRY_KEYS, 'retry');
  const rate = plainObject(raw['rateLimit'], 'rateLimit');
  rejectUnknownKeys(rate, RATE_KEYS, 'rateLimit');
  if (rate['enabled'] !== undefined && typeof rate['enabled'] !== 'boolean') {
    throw new PanoptoConfigError('rateLimit.enabled', `must be true or false; got ${JSON.stringify(rate['enabled'])}.`);
  }
  const serverUrl = url.origin;
  const resolved: ResolvedPanoptoConfig = {
    serverUrl,
    serverName: url.host,
    apiBaseUrl: `${serverUrl}/Panopto/api/v1`,
    publicApiRestUrl: `${serverUrl}/Panopto/PublicAPI/REST`,
    retry: {
      maxRetries: positiveNumber(retry['maxRetries'], 'retry.maxRetries', 3, { integer: true }),
      initialDelayMs: positiveNumber(retry['initialDelayMs'], 'retry.initialDelayMs', 1000),
      maxDelayMs: positiveNumber(retry['maxDelayMs'], 'retry.maxDelayMs', 30000),
    },
    rateLimit: {
      perSecond: positiveNumber(rate['perSecond'], 'rateLimit.perSecond', 5, { integer: true, min: 1 }),
      perMinute: positiveNumber(rate['perMinute'], 'rateLimit.perMinute', 100, { integer: true, min: 1 }),
      enabled: (rate['enabled'] as boolean | undefined) ?? true,
    },
    requestTimeoutMs: positiveNumber(raw['requestTimeoutMs'], 'requestTimeoutMs', 30000, { min: 1 }),
  };
  return Object.freeze(resolved);
}
