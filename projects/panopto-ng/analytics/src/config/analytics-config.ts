import { InjectionToken } from '@angular/core';
import { PanoptoAnalyticsSink } from '../sinks/analytics-sink';

/**
 * What an app passes to `providePanoptoAnalytics()`. Every field is optional.
 *
 * @example
 * ```ts
 * providePanoptoAnalytics({
 *   sinks: [panoptoHttpSink({ url: '/api/panopto-engagement' })],
 *   batchSize: 25,
 *   flushIntervalMs: 10_000,
 *   sampling: 0.5,
 * });
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
  /** Tries per batch before it is dropped. Default 5. */
  maxAttempts?: number;
  /** First retry delay, doubled per attempt, with jitter. Default 1000 ms. */
  retryInitialDelayMs?: number;
  /** Cap of one retry delay. Default 30 000 ms. */
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

/** The configuration with defaults filled in. */
export type ResolvedPanoptoAnalyticsConfig = Readonly<Required<Omit<PanoptoAnalyticsConfig, 'sinks'>>> & {
  readonly sinks: readonly PanoptoAnalyticsSink[];
};

/** Provided by `providePanoptoAnalytics()`. */
export const PANOPTO_ANALYTICS_CONFIG = new InjectionToken<ResolvedPanoptoAnalyticsConfig>('PANOPTO_ANALYTICS_CONFIG');
