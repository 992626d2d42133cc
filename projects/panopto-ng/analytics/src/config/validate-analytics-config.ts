import { PanoptoConfigError, rejectUnknownKeys } from 'panopto-ng';
import { PanoptoAnalyticsConfig, ResolvedPanoptoAnalyticsConfig } from './analytics-config';

const KNOWN_KEYS = [
  'sinks',
  'batchSize',
  'flushIntervalMs',
  'sampling',
  'maxQueueSize',
  'maxAttempts',
  'retryInitialDelayMs',
  'retryMaxDelayMs',
  'preConsentBufferSize',
  'initialConsent',
  'seekToleranceSeconds',
  'countHiddenPlayback',
  'flushOnHidden',
] as const;

/**
 * Validates `providePanoptoAnalytics()` options and fills in defaults. Throws `PanoptoConfigError` naming the
 * field (`analytics.batchSize`, `analytics.sinks[1]`).
 */
export function validatePanoptoAnalyticsConfig(config: PanoptoAnalyticsConfig = {}): ResolvedPanoptoAnalyticsConfig {
  if (typeof config !== 'object' || config === null || Array.isArray(config)) {
    throw new PanoptoConfigError('analytics', `must be an object of options; got ${JSON.stringify(config)}.`);
  }
  rejectUnknownKeys(config, KNOWN_KEYS, 'analytics');
  const sinks = config.sinks ?? [];
  if (!Array.isArray(sinks)) throw new PanoptoConfigError('analytics.sinks', 'must be an array of sinks.');
  sinks.forEach((sink, i) => {
    const s = sink as unknown as Record<string, unknown> | null;
    if (!s || typeof s !== 'object' || typeof s['send'] !== 'function' || typeof s['name'] !== 'string' || !s['name']) {
      throw new PanoptoConfigError(
        `analytics.sinks[${i}]`,
        'must be a PanoptoAnalyticsSink: an object with a `name` and a `send(batch)` method (see panoptoHttpSink()).',
      );
    }
  });
  const batchSize = num(config.batchSize, 'batchSize', 25, 1, 1000, true);
  const maxQueueSize = num(config.maxQueueSize, 'maxQueueSize', Math.max(1000, batchSize), 1, 1_000_000, true);
  if (maxQueueSize < batchSize) {
    throw new PanoptoConfigError(
      'analytics.maxQueueSize',
      `must be at least batchSize (${batchSize}); got ${maxQueueSize}.`,
    );
  }
  const retryInitialDelayMs = num(config.retryInitialDelayMs, 'retryInitialDelayMs', 1000, 0, 3_600_000);
  const retryMaxDelayMs = num(config.retryMaxDelayMs, 'retryMaxDelayMs', 30_000, 0, 3_600_000);
  if (retryMaxDelayMs < retryInitialDelayMs) {
    throw new PanoptoConfigError(
      'analytics.retryMaxDelayMs',
      `must be at least retryInitialDelayMs (${retryInitialDelayMs}).`,
    );
  }
  if (
    config.initialConsent !== undefined &&
    config.initialConsent !== null &&
    typeof config.initialConsent !== 'boolean'
  ) {
    throw new PanoptoConfigError(
      'analytics.initialConsent',
      `must be true, false or null; got ${JSON.stringify(config.initialConsent)}.`,
    );
  }
  return Object.freeze({
    sinks: Object.freeze([...sinks]),
    batchSize,
    flushIntervalMs: num(config.flushIntervalMs, 'flushIntervalMs', 10_000, 10, 3_600_000),
    sampling: num(config.sampling, 'sampling', 1, 0, 1),
    maxQueueSize,
    maxAttempts: num(config.maxAttempts, 'maxAttempts', 5, 1, 100, true),
    retryInitialDelayMs,
    retryMaxDelayMs,
    preConsentBufferSize: num(config.preConsentBufferSize, 'preConsentBufferSize', 100, 0, 100_000, true),
    initialConsent: config.initialConsent ?? null,
    seekToleranceSeconds: num(config.seekToleranceSeconds, 'seekToleranceSeconds', 1.5, 0.1, 60),
    countHiddenPlayback: bool(config.countHiddenPlayback, 'countHiddenPlayback', true),
    flushOnHidden: bool(config.flushOnHidden, 'flushOnHidden', true),
  });
}

function num(value: unknown, field: string, fallback: number, min: number, max: number, integer = false): number {
  if (value === undefined) return fallback;
  if (
    typeof value !== 'number' ||
    !Number.isFinite(value) ||
    value < min ||
    value > max ||
    (integer && !Number.isInteger(value))
  ) {
    throw new PanoptoConfigError(
      `analytics.${field}`,
      `must be a${integer ? ' whole' : ''} number from ${min} to ${max}; got ${JSON.stringify(value)}.`,
    );
  }
  return value;
}

function bool(value: unknown, field: string, fallback: boolean): boolean {
  if (value === undefined) return fallback;
  if (typeof value !== 'boolean')
    throw new PanoptoConfigError(`analytics.${field}`, `must be true or false; got ${JSON.stringify(value)}.`);
  return value;
}
