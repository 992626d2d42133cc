import {
  PanoptoConfigError,
  booleanOption,
  numberOption,
  optionsObject,
  rejectUnknownKeys,
  validateBaseUrl,
  validateRetryConfig,
} from 'panopto-ng/core';
import { PanoptoConfig, ResolvedPanoptoConfig } from './panopto-config';

declare const ngDevMode: boolean | undefined;

const KNOWN_KEYS = ['serverUrl', 'retry', 'rateLimit', 'requestTimeoutMs'] as const;
const RATE_KEYS = ['perSecond', 'perMinute', 'enabled'] as const;

/** The REST core's retry defaults (see the README's configuration table). */
const DEFAULT_RETRY = { maxRetries: 3, initialDelayMs: 1000, maxDelayMs: 30000 };

/**
 * Validates what the app passed and fills in defaults. Throws `PanoptoConfigError` naming the first wrong field.
 */
export function validatePanoptoConfig(config: PanoptoConfig): ResolvedPanoptoConfig {
  const raw = optionsObject(config ?? undefined, 'config');
  if (config === undefined || config === null) {
    throw new PanoptoConfigError(
      'config',
      typeof ngDevMode === 'undefined' || ngDevMode
        ? `is missing: call providePanopto({ serverUrl: 'https://…' }).`
        : '',
    );
  }
  rejectUnknownKeys(raw, KNOWN_KEYS, '');
  const url = validateBaseUrl(raw['serverUrl'], 'serverUrl');
  if (url.pathname !== '/' && url.pathname !== '/Panopto' && url.pathname !== '/Panopto/') {
    throw new PanoptoConfigError(
      'serverUrl',
      typeof ngDevMode === 'undefined' || ngDevMode
        ? `must be the site's origin only ('${url.origin}'), without a path such as '${url.pathname}'.`
        : '',
    );
  }
  const retry = validateRetryConfig(raw['retry'], 'retry', DEFAULT_RETRY);
  const rate = optionsObject(raw['rateLimit'], 'rateLimit');
  rejectUnknownKeys(rate, RATE_KEYS, 'rateLimit');
  const serverUrl = url.origin;
  const resolved: ResolvedPanoptoConfig = {
    serverUrl,
    serverName: url.host,
    apiBaseUrl: `${serverUrl}/Panopto/api/v1`,
    publicApiRestUrl: `${serverUrl}/Panopto/PublicAPI/REST`,
    retry,
    rateLimit: {
      perSecond: numberOption(rate['perSecond'], 'rateLimit.perSecond', 5, { integer: true, min: 1 }),
      perMinute: numberOption(rate['perMinute'], 'rateLimit.perMinute', 100, { integer: true, min: 1 }),
      enabled: booleanOption(rate['enabled'], 'rateLimit.enabled', true),
    },
    requestTimeoutMs: numberOption(raw['requestTimeoutMs'], 'requestTimeoutMs', 30000, { min: 1 }),
  };
  return Object.freeze(resolved);
}
