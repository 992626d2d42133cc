import { PanoptoAnalyticsSink } from '../sinks/analytics-sink';
import { PanoptoAnalyticsClock } from './analytics-clock';
import { PanoptoAnalyticsBatch, PanoptoAnalyticsEvent } from './analytics-event';
import { randomId } from './ids';

/** The delivery limits of one sink's queue. */
export interface SinkChannelOptions {
  readonly batchSize: number;
  readonly flushIntervalMs: number;
  readonly maxQueueSize: number;
  readonly maxAttempts: number;
  readonly retryInitialDelayMs: number;
  readonly retryMaxDelayMs: number;
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
  /** Events given up on: the queue overflowed, or a batch failed `maxAttempts` times. */
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
 * One sink's queue: batches by size and by time, one batch in flight at a time (order is kept), retries
 * with exponential backoff and jitter, bounded by `maxAttempts` and `maxQueueSize` (oldest dropped first).
 */
export class SinkChannel {
  private pending: PanoptoAnalyticsEvent[] = [];
  private inFlight: InFlight | null = null;
  private flushTimer: unknown = null;
  private retryTimer: unknown = null;
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
    private readonly clock: PanoptoAnalyticsClock,
    private readonly onChange: () => void = () => undefined,
  ) {}

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
      const batch = makeBatch(events.slice(i, i + this.options.batchSize), this.clock);
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
    this.inFlight = { batch: makeBatch(events, this.clock), attempts: 0, phase: 'sending' };
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
        if (flight.attempts >= this.options.maxAttempts) {
          this.stats = { ...this.stats, droppedEvents: this.stats.droppedEvents + flight.batch.events.length };
          this.inFlight = null;
          this.afterBatch();
          return;
        }
        flight.phase = 'waiting';
        this.retryTimer = this.clock.setTimeout(() => {
          this.retryTimer = null;
          this.attempt();
        }, this.backoff(flight.attempts));
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

  /** Exponential from `retryInitialDelayMs`, capped, with "equal jitter" (half fixed, half random). */
  private backoff(attempts: number): number {
    const base = Math.min(this.options.retryMaxDelayMs, this.options.retryInitialDelayMs * 2 ** (attempts - 1));
    return Math.round(base / 2 + (base / 2) * this.clock.random());
  }

  private armFlushTimer(): void {
    if (this.flushTimer !== null || this.inFlight || this.pending.length === 0) return;
    this.flushTimer = this.clock.setTimeout(() => {
      this.flushTimer = null;
      this.sendNext();
    }, this.options.flushIntervalMs);
  }

  private clearFlushTimer(): void {
    if (this.flushTimer === null) return;
    this.clock.clearTimeout(this.flushTimer);
    this.flushTimer = null;
  }

  private clearRetryTimer(): void {
    if (this.retryTimer === null) return;
    this.clock.clearTimeout(this.retryTimer);
    this.retryTimer = null;
  }
}

function makeBatch(events: PanoptoAnalyticsEvent[], clock: PanoptoAnalyticsClock): PanoptoAnalyticsBatch {
  return { batchId: randomId(), createdAt: new Date(clock.now()).toISOString(), events };
}

function describe(error: unknown): string {
  if (error instanceof Error) return error.message;
  return typeof error === 'string' ? error : 'the sink failed';
}
