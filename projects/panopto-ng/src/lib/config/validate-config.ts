import {
  PanoptoConfigError,
  booleanOption,
  numberOption,
  optionsObject,
  rejectUnknownKeys,
  validateBaseUrl,
  validateRetryConfig,
} from 'panopto-ng/core';
import type { PanoptoConfig, PanoptoSite, ResolvedPanoptoConfig } from './panopto-config';

declare const ngDevMode: boolean | undefined;

const KNOWN_KEYS = ['serverUrl', 'retry', 'rateLimit', 'requestTimeoutMs'] as const;
const RATE_KEYS = ['perSecond', 'perMinute', 'enabled'] as const;

/** The REST core's retry defaults (see the README's configuration table). */
const DEFAULT_RETRY = { maxRetries: 3, initialDelayMs: 1000, maxDelayMs: 30000 };

/**
 * Validates the config's site (`serverUrl`), as `providePanopto()` does at startup in every build: the one value
 * that differs between an app's environments. Throws `PanoptoConfigError` naming the field. Unknown keys and the
 * REST options are `validatePanoptoConfig()`'s.
 *
 * @example
 * ```ts
 * validatePanoptoSite({ serverUrl: 'https://myuni.hosted.panopto.com/' }).serverName; // 'myuni.hosted.panopto.com'
 * ```
 */
export function validatePanoptoSite(config: PanoptoConfig): PanoptoSite {
  if (config === undefined || config === null) {
    throw new PanoptoConfigError(
      'config',
      typeof ngDevMode === 'undefined' || ngDevMode
        ? `is missing: call providePanopto({ serverUrl: 'https://…' }).`
        : '',
    );
  }
  optionsObject(config, 'config');
  const url = validateBaseUrl(config.serverUrl, 'serverUrl');
  // The origin, optionally with Panopto's own /Panopto path, which the REST paths add again.
  if (!/^\/(Panopto\/?)?$/.test(url.pathname)) {
    throw new PanoptoConfigError(
      'serverUrl',
      typeof ngDevMode === 'undefined' || ngDevMode
        ? `must be the site's origin only ('${url.origin}'), without a path such as '${url.pathname}'.`
        : '',
    );
  }
  return { serverUrl: url.origin, serverName: url.host };
}

/**
 * Validates what the app passed and fills in defaults: the site, then the REST options. Throws
 * `PanoptoConfigError` naming the first wrong field.
 *
 * @example
 * ```ts
 * validatePanoptoConfig({ serverUrl: 'https://myuni.hosted.panopto.com', retry: { maxRetries: 5 } }).retry.maxRetries; // 5
 * ```
 */
export function validatePanoptoConfig(config: PanoptoConfig): ResolvedPanoptoConfig {
  // Unknown keys first, so that `serverURL` gets its did-you-mean rather than "`serverUrl` is required".
  if (typeof config === 'object' && config !== null) rejectUnknownKeys(config, KNOWN_KEYS, '');
  const { serverUrl, serverName } = validatePanoptoSite(config);
  const retry = validateRetryConfig(config.retry, 'retry', DEFAULT_RETRY);
  const rate = optionsObject(config.rateLimit, 'rateLimit');
  rejectUnknownKeys(rate, RATE_KEYS, 'rateLimit');
  const resolved: ResolvedPanoptoConfig = {
    serverUrl,
    serverName,
    apiBaseUrl: `${serverUrl}/Panopto/api/v1`,
    publicApiRestUrl: `${serverUrl}/Panopto/PublicAPI/REST`,
    retry,
    rateLimit: {
      perSecond: numberOption(rate['perSecond'], 'rateLimit.perSecond', 5, { integer: true, min: 1 }),
      perMinute: numberOption(rate['perMinute'], 'rateLimit.perMinute', 100, { integer: true, min: 1 }),
      enabled: booleanOption(rate['enabled'], 'rateLimit.enabled', true),
    },
    requestTimeoutMs: numberOption(config.requestTimeoutMs, 'requestTimeoutMs', 30000, { min: 1 }),
  };
  return Object.freeze(resolved);
}
