import { PanoptoAnalyticsSink } from '../sinks/analytics-sink';
import { PanoptoAnalyticsClock, deliveryTime } from './analytics-clock';
import { PanoptoAnalyticsEvent } from './analytics-event';
import { AnalyticsDeliveryTime } from './analytics-time';
import { isSampledIn } from './sampling';
import { SinkChannel, SinkChannelOptions, SinkDeliveryStats } from './sink-channel';

/** `null`: not asked yet. */
export type PanoptoAnalyticsConsent = boolean | null;

/** What the dispatcher needs besides the sinks. */
export interface AnalyticsDispatcherOptions extends SinkChannelOptions {
  /** 0–1: share of views whose events are sent. */
  readonly sampling: number;
  /** Events kept in memory while consent is unknown (oldest dropped beyond it); 0 drops them. */
  readonly preConsentBufferSize: number;
  readonly initialConsent: PanoptoAnalyticsConsent;
}

/** The delivery state as a whole. */
export interface PanoptoAnalyticsDeliveryStats {
  readonly consent: PanoptoAnalyticsConsent;
  /** Events held in memory waiting for consent. */
  readonly awaitingConsent: number;
  /** Events dropped before consent: buffer full, consent refused, or revoked. */
  readonly droppedWithoutConsent: number;
  /** Events of views outside the sample (never queued). */
  readonly sampledOut: number;
  readonly sinks: readonly SinkDeliveryStats[];
}

/**
 * Consent gate, sampling and fan-out to one `SinkChannel` per sink (so one failing sink neither blocks nor
 * duplicates delivery to the others). Plain TypeScript: the service wires it to Angular and the page lifecycle.
 *
 * Consent rules: while consent is unknown (`null`), events are kept in memory, at most `preConsentBufferSize`
 * (oldest dropped first); `setConsent(true)` releases them to the sinks; `setConsent(false)` drops them and
 * everything queued, and later events are dropped on arrival. Nothing reaches a sink without consent.
 */
export class AnalyticsDispatcher {
  private consent: PanoptoAnalyticsConsent;
  private buffer: PanoptoAnalyticsEvent[] = [];
  private droppedWithoutConsent = 0;
  private sampledOut = 0;
  private readonly channels: SinkChannel[];
  private readonly sampleCache = new Map<string, boolean>();

  constructor(
    sinks: readonly PanoptoAnalyticsSink[],
    private readonly options: AnalyticsDispatcherOptions,
    /** `PANOPTO_CLOCK` and `PANOPTO_RANDOM` in the service (the deprecated `PanoptoAnalyticsClock` still works). */
    time: AnalyticsDeliveryTime | PanoptoAnalyticsClock,
    private readonly onChange: () => void = () => undefined,
  ) {
    this.consent = options.initialConsent;
    const shared = deliveryTime(time);
    this.channels = sinks.map((sink) => new SinkChannel(sink, options, shared, onChange));
  }

  get currentConsent(): PanoptoAnalyticsConsent {
    return this.consent;
  }

  stats(): PanoptoAnalyticsDeliveryStats {
    return {
      consent: this.consent,
      awaitingConsent: this.buffer.length,
      droppedWithoutConsent: this.droppedWithoutConsent,
      sampledOut: this.sampledOut,
      sinks: this.channels.map((c) => c.snapshot()),
    };
  }

  /** Whether events of this view are sent at all (decided once per view). */
  isSampled(sessionId: string, viewId: string): boolean {
    const key = `${sessionId}:${viewId}`;
    let sampled = this.sampleCache.get(key);
    if (sampled === undefined) {
      sampled = isSampledIn(key, this.options.sampling);
      this.sampleCache.set(key, sampled);
    }
    return sampled;
  }

  /** Forgets a view's sampling decision when the view ends (keeps the cache small). */
  endView(sessionId: string, viewId: string): void {
    this.sampleCache.delete(`${sessionId}:${viewId}`);
  }

  enqueue(event: PanoptoAnalyticsEvent): void {
    if (!this.isSampled(event.sessionId, event.viewId)) {
      this.sampledOut++;
      return;
    }
    if (this.consent === true) {
      for (const channel of this.channels) channel.enqueue(event);
      return;
    }
    if (this.consent === false || this.options.preConsentBufferSize === 0) {
      this.droppedWithoutConsent++;
    } else {
      this.buffer.push(event);
      if (this.buffer.length > this.options.preConsentBufferSize) {
        this.buffer.shift();
        this.droppedWithoutConsent++;
      }
    }
    this.onChange();
  }

  setConsent(granted: boolean): void {
    this.consent = granted;
    if (granted) {
      const held = this.buffer;
      this.buffer = [];
      for (const event of held) for (const channel of this.channels) channel.enqueue(event);
    } else {
      this.droppedWithoutConsent += this.buffer.length;
      this.buffer = [];
      for (const channel of this.channels) channel.clear();
    }
    this.onChange();
  }

  flush(): void {
    if (this.consent !== true) return;
    for (const channel of this.channels) channel.flush();
  }

  flushForUnload(): void {
    if (this.consent !== true) return;
    for (const channel of this.channels) channel.flushForUnload();
  }

  /** Drops timers and queues (service destroyed). */
  dispose(): void {
    for (const channel of this.channels) channel.clear();
    this.buffer = [];
  }
}
