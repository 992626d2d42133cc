import { PanoptoAnalyticsBatch } from '../delivery/analytics-event';

/**
 * Where analytics batches go. Implement it to send engagement to your own backend, a queue or a log.
 *
 * @example
 * ```ts
 * class MySink implements PanoptoAnalyticsSink {
 *   readonly name = 'my-backend';
 *   async send(batch: PanoptoAnalyticsBatch): Promise<void> {
 *     const res = await fetch('/api/engagement', { method: 'POST', body: JSON.stringify(batch), keepalive: true });
 *     if (!res.ok) throw new Error(`HTTP ${res.status}`); // a rejection makes the batch be retried
 *   }
 * }
 * providePanoptoAnalytics({ sinks: [new MySink()] });
 * ```
 */
export interface PanoptoAnalyticsSink {
  /** Shown in delivery reports and errors. */
  readonly name: string;
  /**
   * Delivers one batch. Resolve when it is stored; reject (or throw) to have it retried with backoff, up to
   * `maxAttempts`. Called outside the Angular zone.
   */
  send(batch: PanoptoAnalyticsBatch): Promise<void> | void;
  /**
   * Called instead of `send` when the page is going away (`pagehide`, tab hidden): hand the batch to the browser
   * synchronously (`navigator.sendBeacon`, `fetch(…, { keepalive: true })`) and return whether it was accepted.
   * A refused batch stays queued for when the page comes back. Sinks without it get `send()`, unawaited.
   */
  sendOnUnload?(batch: PanoptoAnalyticsBatch): boolean;
}
