import { PanoptoRetryConfig } from 'panopto-ng/core';
import { PanoptoAnalyticsSink } from '../sinks/analytics-sink';

/**
 * What an app passes to `withPanoptoAnalytics()`. Every field is optional.
 *
 * @example
 * ```ts
 * providePanopto(
 *   { serverUrl: 'https://myuni.hosted.panopto.com' },
 *   withPanoptoAnalytics({
 *     sinks: [panoptoHttpSink({ url: '/api/panopto-engagement' })],
 *     batchSize: 25,
 *     flushIntervalMs: 10_000,
 *     sampling: 0.5,
 *     retry: { maxRetries: 4, initialDelayMs: 1000, maxDelayMs: 30_000 },
 *   }),
 * );
 * ```
 */
export interface PanoptoAnalyticsConfig {
  /** Where batches go. Default none: tracking still works locally (`summary$`), nothing is sent. */
  sinks?: PanoptoAnalyticsSink[];
  /** Events per batch; a full batch is sent at once. Default 25. */
  batchSize?: number;
  /** A batch that is not full is sent this long after its first event. Default 10 000 ms. */
  flushIntervalMs?: number;
  /** Share (0–1) of views whose events are sent, decided once per view. Default 1. */
  sampling?: number;
  /** Events a sink may hold (queued + in flight) before the oldest are dropped. Default 1000. */
  maxQueueSize?: number;
  /**
   * Retries of a failed batch, in panopto-ng's one retry vocabulary: `maxRetries` after the first try (default
   * 4), the first wait `initialDelayMs` (default 1000 ms, doubled per retry, half of it random) and at most
   * `maxDelayMs` (default 30 000 ms, a sink's `Retry-After` included). Only failures worth another try are
   * retried: no answer, 408, 429 and 5xx.
   */
  retry?: Partial<PanoptoRetryConfig>;
  /** @deprecated Use `retry.maxRetries` (`maxAttempts - 1`) instead. Removed in 0.3. */
  maxAttempts?: number;
  /** @deprecated Use `retry.initialDelayMs` instead. Removed in 0.3. */
  retryInitialDelayMs?: number;
  /** @deprecated Use `retry.maxDelayMs` instead. Removed in 0.3. */
  retryMaxDelayMs?: number;
  /**
   * Events kept in memory while consent is unknown; beyond it the oldest are dropped. 0 drops every event
   * until consent. Default 100. They are released on `setConsent(true)` and dropped on `setConsent(false)`.
   */
  preConsentBufferSize?: number;
  /**
   * Consent at startup: `null` (default) waits for `setConsent()`; `true` when the app already has it (e.g. from
   * its own consent banner); `false` sends nothing until `setConsent(true)`.
   */
  initialConsent?: boolean | null;
  /** Time jumps beyond this are read as seeks. Default 1.5 s. */
  seekToleranceSeconds?: number;
  /** Whether playback in a hidden tab counts as watched. Default true. */
  countHiddenPlayback?: boolean;
  /** Send the queue by beacon when the tab is hidden, not only on `pagehide`. Default true (mobile browsers often skip `pagehide`). */
  flushOnHidden?: boolean;
}

/**
 * The configuration with defaults filled in. `retry` is complete; the deprecated `maxAttempts`,
 * `retryInitialDelayMs` and `retryMaxDelayMs` mirror it.
 */
export type ResolvedPanoptoAnalyticsConfig = Readonly<Required<Omit<PanoptoAnalyticsConfig, 'sinks' | 'retry'>>> & {
  readonly sinks: readonly PanoptoAnalyticsSink[];
  readonly retry: Readonly<PanoptoRetryConfig>;
};

/** The retry defaults of the analytics delivery: 4 retries (5 tries), from 1 s, at most 30 s apart. */
export const ANALYTICS_RETRY_DEFAULTS: Readonly<PanoptoRetryConfig> = Object.freeze({
  maxRetries: 4,
  initialDelayMs: 1000,
  maxDelayMs: 30_000,
});
