import {
  EQUAL_JITTER,
  PanoptoRetryConfig,
  PanoptoRetryReason,
  PanoptoRetryRule,
  parseRetryAfter,
  retryDelay,
  retryReasonForStatus,
} from 'panopto-ng/core';
import { ANALYTICS_RETRY_DEFAULTS } from '../config/analytics-options';
import { PanoptoAnalyticsSink } from '../sinks/analytics-sink';
import { PanoptoAnalyticsSinkError } from '../sinks/analytics-sink-error';
import { PanoptoAnalyticsClock, deliveryTime } from './analytics-clock';
import { PanoptoAnalyticsBatch, PanoptoAnalyticsEvent } from './analytics-event';
import { AnalyticsDeliveryTime } from './analytics-time';
import { randomId } from './ids';

/** The delivery limits of one sink's queue. */
export interface SinkChannelOptions {
  readonly batchSize: number;
  readonly flushIntervalMs: number;
  readonly maxQueueSize: number;
  /**
   * Retries of a failed batch, in panopto-ng's one retry vocabulary. When absent, the deprecated fields below
   * are read (`maxRetries = maxAttempts - 1`).
   */
  readonly retry?: Readonly<PanoptoRetryConfig>;
  /** @deprecated Use `retry.maxRetries` (`maxAttempts - 1`) instead. Removed in 0.3. */
  readonly maxAttempts?: number;
  /** @deprecated Use `retry.initialDelayMs` instead. Removed in 0.3. */
  readonly retryInitialDelayMs?: number;
  /** @deprecated Use `retry.maxDelayMs` instead. Removed in 0.3. */
  readonly retryMaxDelayMs?: number;
}

/**
 * Which failed sends are retried: a batch carries its own id and every event a stable id, so sending it again
 * is harmless whatever the method (`methods: 'all'`), and a 408 is worth another try.
 */
const SINK_RETRY_RULE: PanoptoRetryRule = { methods: 'all', retryTimeouts408: true };

/** The retry settings of `options`: `retry`, else the deprecated names mapped onto it. */
export function sinkRetryConfig(options: SinkChannelOptions): PanoptoRetryConfig {
  if (options.retry) return { ...options.retry };
  return {
    maxRetries: options.maxAttempts !== undefined ? options.maxAttempts - 1 : ANALYTICS_RETRY_DEFAULTS.maxRetries,
    initialDelayMs: options.retryInitialDelayMs ?? ANALYTICS_RETRY_DEFAULTS.initialDelayMs,
    maxDelayMs: options.retryMaxDelayMs ?? ANALYTICS_RETRY_DEFAULTS.maxDelayMs,
  };
}

/**
 * Why a failed send is worth another try, or `null` when it is not: a `PanoptoAnalyticsSinkError` is judged by
 * its status with the core's `retryReasonForStatus()`; any other rejection counts as no answer.
 */
export function sinkRetryReason(error: unknown): PanoptoRetryReason | null {
  const status = error instanceof PanoptoAnalyticsSinkError ? error.status : 0;
  return retryReasonForStatus(status, 'POST', SINK_RETRY_RULE);
}

/** Counters of one sink's delivery. */
export interface SinkDeliveryStats {
  readonly sink: string;
  /** Events waiting for a batch. */
  readonly queued: number;
  /** Events in the batch being sent or waiting for a retry. */
  readonly inFlight: number;
  readonly sentEvents: number;
  readonly sentBatches: number;
  /** Events given up on: the queue overflowed, a batch failed `retry.maxRetries + 1` times, or it cannot succeed. */
  readonly droppedEvents: number;
  readonly failedAttempts: number;
  readonly lastError: string | null;
}

interface InFlight {
  readonly batch: PanoptoAnalyticsBatch;
  attempts: number;
  /** `sending`: the sink has it now. `waiting`: it failed and waits for a retry timer. */
  phase: 'sending' | 'waiting';
}

/**
 * One sink's queue: batches by size and by time, one batch in flight at a time (order is kept), retries with
 * the core's backoff (equal jitter: half fixed, half random) or the sink's `Retry-After`, bounded by
 * `retry.maxRetries` and `maxQueueSize` (oldest dropped first). Plain TypeScript on a `PanoptoClock`.
 */
export class SinkChannel {
  private pending: PanoptoAnalyticsEvent[] = [];
  private inFlight: InFlight | null = null;
  private cancelFlush: (() => void) | null = null;
  private cancelRetry: (() => void) | null = null;
  private readonly retry: PanoptoRetryConfig;
  private readonly time: AnalyticsDeliveryTime;
  private generation = 0;
  private stats: Omit<SinkDeliveryStats, 'queued' | 'inFlight' | 'sink'> = {
    sentEvents: 0,
    sentBatches: 0,
    droppedEvents: 0,
    failedAttempts: 0,
    lastError: null,
  };

  constructor(
    readonly sink: PanoptoAnalyticsSink,
    private readonly options: SinkChannelOptions,
    time: AnalyticsDeliveryTime | PanoptoAnalyticsClock,
    private readonly onChange: () => void = () => undefined,
  ) {
    this.retry = sinkRetryConfig(options);
    this.time = deliveryTime(time);
  }

  snapshot(): SinkDeliveryStats {
    return {
      sink: this.sink.name,
      queued: this.pending.length,
      inFlight: this.inFlight ? this.inFlight.batch.events.length : 0,
      ...this.stats,
    };
  }

  enqueue(event: PanoptoAnalyticsEvent): void {
    this.pending.push(event);
    const overflow = this.pending.length + (this.inFlight?.batch.events.length ?? 0) - this.options.maxQueueSize;
    if (overflow > 0) {
      this.pending.splice(0, Math.min(overflow, this.pending.length));
      this.stats = { ...this.stats, droppedEvents: this.stats.droppedEvents + overflow };
    }
    if (this.pending.length >= this.options.batchSize) this.sendNext();
    else this.armFlushTimer();
    this.onChange();
  }

  /** Sends what is queued now (one batch at a time), without waiting for the timer. */
  flush(): void {
    this.clearFlushTimer();
    this.sendNext();
  }

  /**
   * The page is going away: hand everything not already with the sink to `sendOnUnload` (beacon), in batches.
   * A batch being sent right now is left to the sink (the HTTP sink sends with `keepalive`, which survives the
   * page); a batch waiting for a retry goes now. Refused batches stay queued in case the page comes back.
   */
  flushForUnload(): void {
    this.clearFlushTimer();
    const events: PanoptoAnalyticsEvent[] = [];
    if (this.inFlight?.phase === 'waiting') {
      this.clearRetryTimer();
      events.push(...this.inFlight.batch.events);
      this.inFlight = null;
    }
    events.push(...this.pending);
    this.pending = [];
    const refused: PanoptoAnalyticsEvent[] = [];
    for (let i = 0; i < events.length; i += this.options.batchSize) {
      const batch = makeBatch(events.slice(i, i + this.options.batchSize), this.time.clock.now());
      if (this.deliverOnUnload(batch)) {
        this.stats = {
          ...this.stats,
          sentEvents: this.stats.sentEvents + batch.events.length,
          sentBatches: this.stats.sentBatches + 1,
        };
      } else {
        refused.push(...batch.events);
      }
    }
    this.pending = refused;
    this.onChange();
  }

  /** Forgets everything queued or waiting (consent revoked, service destroyed). */
  clear(): void {
    this.generation++;
    this.clearFlushTimer();
    this.clearRetryTimer();
    this.pending = [];
    this.inFlight = null;
    this.onChange();
  }

  private deliverOnUnload(batch: PanoptoAnalyticsBatch): boolean {
    try {
      if (this.sink.sendOnUnload) return this.sink.sendOnUnload(batch);
      // No sendOnUnload: fire and forget; a later rejection cannot be retried on a page that is going away.
      Promise.resolve(this.sink.send(batch)).catch(() => undefined);
      return true;
    } catch (e) {
      this.stats = { ...this.stats, failedAttempts: this.stats.failedAttempts + 1, lastError: describe(e) };
      return false;
    }
  }

  private sendNext(): void {
    if (this.inFlight || this.pending.length === 0) return;
    this.clearFlushTimer();
    const events = this.pending.splice(0, this.options.batchSize);
    this.inFlight = { batch: makeBatch(events, this.time.clock.now()), attempts: 0, phase: 'sending' };
    this.attempt();
  }

  private attempt(): void {
    const flight = this.inFlight;
    if (!flight) return;
    const generation = this.generation;
    flight.attempts++;
    flight.phase = 'sending';
    let outcome: Promise<void>;
    try {
      outcome = Promise.resolve(this.sink.send(flight.batch));
    } catch (e) {
      outcome = Promise.reject(e);
    }
    outcome.then(
      () => {
        if (generation !== this.generation || this.inFlight !== flight) return;
        this.stats = {
          ...this.stats,
          sentEvents: this.stats.sentEvents + flight.batch.events.length,
          sentBatches: this.stats.sentBatches + 1,
        };
        this.inFlight = null;
        this.afterBatch();
      },
      (error: unknown) => {
        if (generation !== this.generation || this.inFlight !== flight) return;
        this.stats = { ...this.stats, failedAttempts: this.stats.failedAttempts + 1, lastError: describe(error) };
        if (flight.attempts > this.retry.maxRetries || sinkRetryReason(error) === null) {
          this.stats = { ...this.stats, droppedEvents: this.stats.droppedEvents + flight.batch.events.length };
          this.inFlight = null;
          this.afterBatch();
          return;
        }
        flight.phase = 'waiting';
        this.cancelRetry = this.time.clock.setTimeout(() => {
          this.cancelRetry = null;
          this.attempt();
        }, this.retryDelayAfter(flight.attempts, error));
        this.onChange();
      },
    );
    this.onChange();
  }

  private afterBatch(): void {
    if (this.pending.length >= this.options.batchSize) this.sendNext();
    else this.armFlushTimer();
    this.onChange();
  }

  /** The wait before retry number `retry`: the sink's `Retry-After`, else the core's backoff with equal jitter. */
  private retryDelayAfter(retry: number, error: unknown): number {
    const header = error instanceof PanoptoAnalyticsSinkError ? error.retryAfter : null;
    const retryAfterMs = parseRetryAfter(header, this.time.clock.now());
    return retryDelay(retry, retryAfterMs, { ...this.retry, jitter: EQUAL_JITTER }, this.time.random).delayMs;
  }

  private armFlushTimer(): void {
    if (this.cancelFlush !== null || this.inFlight || this.pending.length === 0) return;
    this.cancelFlush = this.time.clock.setTimeout(() => {
      this.cancelFlush = null;
      this.sendNext();
    }, this.options.flushIntervalMs);
  }

  private clearFlushTimer(): void {
    this.cancelFlush?.();
    this.cancelFlush = null;
  }

  private clearRetryTimer(): void {
    this.cancelRetry?.();
    this.cancelRetry = null;
  }
}

function makeBatch(events: PanoptoAnalyticsEvent[], nowMs: number): PanoptoAnalyticsBatch {
  return { batchId: randomId(), createdAt: new Date(nowMs).toISOString(), events };
}

function describe(error: unknown): string {
  if (error instanceof Error) return error.message;
  return typeof error === 'string' ? error : 'the sink failed';
}
