import {
  PanoptoConfigError,
  PanoptoRetryConfig,
  booleanOption,
  numberOption,
  optionsObject,
  rejectUnknownKeys,
  validateRetryConfig,
} from 'panopto-ng/core';
import { PanoptoAnalyticsSink } from '../sinks/analytics-sink';
import { ANALYTICS_RETRY_DEFAULTS, PanoptoAnalyticsConfig, ResolvedPanoptoAnalyticsConfig } from './analytics-options';

const KNOWN_KEYS = [
  'sinks',
  'batchSize',
  'flushIntervalMs',
  'sampling',
  'maxQueueSize',
  'retry',
  'maxAttempts',
  'retryInitialDelayMs',
  'retryMaxDelayMs',
  'preConsentBufferSize',
  'initialConsent',
  'seekToleranceSeconds',
  'countHiddenPlayback',
  'flushOnHidden',
] as const;

/** Longest wait the options accept (one hour). */
const MAX_DELAY_MS = 3_600_000;

/**
 * Validates `withPanoptoAnalytics()` options and fills in defaults. Throws `PanoptoConfigError` naming the
 * field (`analytics.batchSize`, `analytics.retry.maxRetries`, `analytics.sinks[1]`), with a did-you-mean hint
 * for a misspelt option. Framework-free: built on the shared rules of `panopto-ng/core`.
 *
 * @example
 * ```ts
 * validatePanoptoAnalyticsConfig({ batchsize: 10 });
 * // PanoptoConfigError: `analytics.batchsize` is not a known option. Did you mean `batchSize`? …
 * ```
 */
export function validatePanoptoAnalyticsConfig(config: PanoptoAnalyticsConfig = {}): ResolvedPanoptoAnalyticsConfig {
  const raw = optionsObject(config, 'analytics');
  rejectUnknownKeys(raw, KNOWN_KEYS, 'analytics');
  const sinks = validateSinks(raw['sinks']);
  const batchSize = numberOption(raw['batchSize'], 'analytics.batchSize', 25, { integer: true, min: 1, max: 1000 });
  const maxQueueSize = numberOption(raw['maxQueueSize'], 'analytics.maxQueueSize', Math.max(1000, batchSize), {
    integer: true,
    min: 1,
    max: 1_000_000,
  });
  if (maxQueueSize < batchSize) {
    throw new PanoptoConfigError(
      'analytics.maxQueueSize',
      `must be at least batchSize (${batchSize}); got ${maxQueueSize}.`,
    );
  }
  const retry = validateAnalyticsRetry(raw);
  const initialConsent = raw['initialConsent'];
  if (initialConsent !== undefined && initialConsent !== null && typeof initialConsent !== 'boolean') {
    throw new PanoptoConfigError(
      'analytics.initialConsent',
      `must be true, false or null; got ${JSON.stringify(initialConsent)}.`,
    );
  }
  return Object.freeze({
    sinks: Object.freeze([...sinks]),
    batchSize,
    flushIntervalMs: numberOption(raw['flushIntervalMs'], 'analytics.flushIntervalMs', 10_000, {
      min: 10,
      max: MAX_DELAY_MS,
    }),
    sampling: numberOption(raw['sampling'], 'analytics.sampling', 1, { min: 0, max: 1 }),
    maxQueueSize,
    retry,
    maxAttempts: retry.maxRetries + 1,
    retryInitialDelayMs: retry.initialDelayMs,
    retryMaxDelayMs: retry.maxDelayMs,
    preConsentBufferSize: numberOption(raw['preConsentBufferSize'], 'analytics.preConsentBufferSize', 100, {
      integer: true,
      min: 0,
      max: 100_000,
    }),
    initialConsent: (initialConsent as boolean | null | undefined) ?? null,
    seekToleranceSeconds: numberOption(raw['seekToleranceSeconds'], 'analytics.seekToleranceSeconds', 1.5, {
      min: 0.1,
      max: 60,
    }),
    countHiddenPlayback: booleanOption(raw['countHiddenPlayback'], 'analytics.countHiddenPlayback', true),
    flushOnHidden: booleanOption(raw['flushOnHidden'], 'analytics.flushOnHidden', true),
  });
}

function validateSinks(value: unknown): readonly PanoptoAnalyticsSink[] {
  const sinks = value ?? [];
  if (!Array.isArray(sinks)) throw new PanoptoConfigError('analytics.sinks', 'must be an array of sinks.');
  sinks.forEach((sink: unknown, i) => {
    const s = sink as Record<string, unknown> | null;
    if (!s || typeof s !== 'object' || typeof s['send'] !== 'function' || typeof s['name'] !== 'string' || !s['name']) {
      throw new PanoptoConfigError(
        `analytics.sinks[${i}]`,
        'must be a PanoptoAnalyticsSink: an object with a `name` and a `send(batch)` method (see panoptoHttpSink()).',
      );
    }
  });
  return sinks as PanoptoAnalyticsSink[];
}

/** The deprecated flat retry options and the `retry` field each maps onto. */
const DEPRECATED_RETRY_KEYS = [
  ['maxAttempts', 'maxRetries'],
  ['retryInitialDelayMs', 'initialDelayMs'],
  ['retryMaxDelayMs', 'maxDelayMs'],
] as const;

/**
 * `retry` in the one vocabulary, with the deprecated `maxAttempts`, `retryInitialDelayMs` and `retryMaxDelayMs`
 * mapped onto it (`maxRetries = maxAttempts - 1`). Giving both names of one setting is refused.
 */
function validateAnalyticsRetry(raw: Record<string, unknown>): PanoptoRetryConfig {
  const given = optionsObject(raw['retry'], 'analytics.retry');
  for (const [old, current] of DEPRECATED_RETRY_KEYS) {
    if (raw[old] !== undefined && given[current] !== undefined) {
      throw new PanoptoConfigError(
        `analytics.${old}`,
        `is the deprecated name of \`retry.${current}\`; give only \`retry.${current}\`.`,
      );
    }
  }
  const defaults: PanoptoRetryConfig = {
    maxRetries:
      numberOption(raw['maxAttempts'], 'analytics.maxAttempts', ANALYTICS_RETRY_DEFAULTS.maxRetries + 1, {
        integer: true,
        min: 1,
        max: 100,
      }) - 1,
    initialDelayMs: numberOption(
      raw['retryInitialDelayMs'],
      'analytics.retryInitialDelayMs',
      ANALYTICS_RETRY_DEFAULTS.initialDelayMs,
      { min: 0, max: MAX_DELAY_MS },
    ),
    maxDelayMs: numberOption(raw['retryMaxDelayMs'], 'analytics.retryMaxDelayMs', ANALYTICS_RETRY_DEFAULTS.maxDelayMs, {
      min: 0,
      max: MAX_DELAY_MS,
    }),
  };
  const retry = validateRetryConfig(given, 'analytics.retry', defaults);
  // Upper bounds the shared rule leaves to each feature: at most 99 retries, waits of at most an hour.
  numberOption(retry.maxRetries, 'analytics.retry.maxRetries', 0, { integer: true, min: 0, max: 99 });
  numberOption(retry.initialDelayMs, 'analytics.retry.initialDelayMs', 0, { min: 0, max: MAX_DELAY_MS });
  numberOption(retry.maxDelayMs, 'analytics.retry.maxDelayMs', 0, { min: 0, max: MAX_DELAY_MS });
  if (retry.maxDelayMs < retry.initialDelayMs) {
    // Named in the vocabulary the app used.
    const deprecated =
      given['maxDelayMs'] === undefined &&
      (raw['retryMaxDelayMs'] !== undefined || raw['retryInitialDelayMs'] !== undefined);
    const field = deprecated ? 'retryMaxDelayMs' : 'retry.maxDelayMs';
    throw new PanoptoConfigError(
      `analytics.${field}`,
      `must be at least the first retry delay (${retry.initialDelayMs} ms); got ${retry.maxDelayMs}.`,
    );
  }
  return Object.freeze(retry);
}
