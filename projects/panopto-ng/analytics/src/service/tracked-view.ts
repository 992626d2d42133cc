import { BehaviorSubject, Observable, Subscription } from 'rxjs';
import { PanoptoAnalyticsEvent } from '../delivery/analytics-event';
import { EngagementEvent } from '../engagement/engagement-events';
import { EngagementTrackerOptions } from '../engagement/engagement-state';
import { EngagementSummary } from '../engagement/engagement-summary';
import { EngagementTracker } from '../engagement/engagement-tracker';
import { TRACKED_PLAYER_STATE, TrackablePlayer } from './trackable-player';

/** What `track()` returns. */
export interface EngagementTrackingHandle {
  /** Random id of this view. */
  readonly viewId: string;
  /**
   * The summary so far: replays the latest to new subscribers, emits on every discrete event and at most once a
   * second during playback, inside the Angular zone (so `async` in OnPush templates updates). Completes on `stop()`.
   */
  readonly summary$: Observable<EngagementSummary>;
  /** The summary now. */
  readonly summary: EngagementSummary;
  /** Tell the tracker about a seek your code made (`player.seekTo(…)`), so it is counted even when short. */
  recordSeek(toSeconds: number, fromSeconds?: number): void;
  /** Stops following the player, reports the end of the view and completes `summary$`. Idempotent. */
  stop(): void;
}

/** What a tracked view needs from the service. */
export interface TrackedViewHost {
  now(): number;
  /** Runs `fn` outside Angular's zone (timers the delivery arms must not trigger change detection). */
  outside(fn: () => void): void;
  /** Emits to subscribers inside Angular's zone. */
  inside(fn: () => void): void;
  send(event: PanoptoAnalyticsEvent): void;
  release(view: TrackedView): void;
}

/** Summary emissions during continuous playback are limited to one per this many ms. */
const TIME_SUMMARY_INTERVAL_MS = 1000;

/** One `track()` call: subscribes to the player, feeds the tracker, reports events. */
export class TrackedView implements EngagementTrackingHandle {
  readonly summary$: Observable<EngagementSummary>;
  private readonly tracker: EngagementTracker;
  private readonly subject: BehaviorSubject<EngagementSummary>;
  private readonly subscription = new Subscription();
  private sequence = 0;
  private lastSummaryAt = -Infinity;
  private lastType: EngagementEvent['type'] | null = null;
  private stopped = false;

  constructor(
    private readonly player: TrackablePlayer,
    identity: { sessionId: string; viewId: string; viewerId?: string },
    options: Partial<EngagementTrackerOptions>,
    private readonly host: TrackedViewHost,
    durationSeconds?: number,
  ) {
    this.tracker = new EngagementTracker(identity, options);
    if (durationSeconds && durationSeconds > 0) {
      // A zero-length time event only records the duration; it moves nothing.
      this.tracker.dispatch({ type: 'time', at: host.now(), position: 0, duration: durationSeconds });
    }
    this.subject = new BehaviorSubject(this.tracker.summary());
    this.summary$ = this.subject.asObservable();
    this.report({ type: 'view-start', ...(durationSeconds ? { durationSeconds } : {}) });
    // Subscribed outside the zone: a player that delivers in the subscriber's zone (as <panopto-player> does for
    // its 4-per-second position) then costs no change detection.
    host.outside(() => {
      this.subscription.add(player.stateChange.subscribe((state) => this.onState(state)));
      this.subscription.add(
        player.timeUpdate.subscribe((seconds) =>
          this.apply({ type: 'time', at: host.now(), position: seconds, ...this.duration() }),
        ),
      );
      if (player.playbackRateChange) {
        this.subscription.add(
          player.playbackRateChange.subscribe((rate) =>
            this.apply({ type: 'rate', at: host.now(), rate, ...this.position() }),
          ),
        );
      }
      if (player.ended) this.subscription.add(player.ended.subscribe(() => this.onState(TRACKED_PLAYER_STATE.Ended)));
    });
  }

  get viewId(): string {
    return this.tracker.identity.viewId;
  }

  get summary(): EngagementSummary {
    return this.tracker.summary();
  }

  recordSeek(toSeconds: number, fromSeconds?: number): void {
    if (!Number.isFinite(toSeconds) || toSeconds < 0) {
      throw new RangeError(`panopto-ng analytics: recordSeek() needs seconds >= 0; got ${toSeconds}.`);
    }
    this.apply({
      type: 'seek',
      at: this.host.now(),
      to: toSeconds,
      ...(fromSeconds !== undefined ? { from: fromSeconds } : {}),
    });
  }

  /** The tab was hidden or shown again. */
  visibility(hidden: boolean): void {
    this.apply({ type: hidden ? 'hidden' : 'visible', at: this.host.now(), ...this.position() });
  }

  /** The page may be discarded: report the run so far; `final` also reports the end of the view. */
  checkpoint(final: boolean): void {
    this.apply({ type: 'checkpoint', at: this.host.now(), ...this.position() });
    if (final) this.reportEnd();
  }

  stop(): void {
    if (this.stopped) return;
    this.apply({ type: 'checkpoint', at: this.host.now(), ...this.position() });
    this.reportEnd();
    this.stopped = true;
    this.subscription.unsubscribe();
    this.host.release(this);
    this.host.inside(() => this.subject.complete());
  }

  private onState(state: number): void {
    const at = this.host.now();
    if (state === TRACKED_PLAYER_STATE.Playing)
      this.apply({ type: 'play', at, position: this.currentTime(), ...this.duration() });
    else if (state === TRACKED_PLAYER_STATE.Paused) this.apply({ type: 'pause', at, position: this.currentTime() });
    else if (state === TRACKED_PLAYER_STATE.Ended && this.lastType !== 'ended') {
      const duration = this.duration().duration;
      this.apply({ type: 'ended', at, position: duration ?? this.currentTime() });
    }
  }

  /** Feeds the tracker (outside the zone) and reports what changed. */
  private apply(event: EngagementEvent): void {
    if (this.stopped) return;
    this.host.outside(() => {
      const before = this.tracker.state;
      const closed = this.tracker.dispatch(event);
      const after = this.tracker.state;
      this.lastType = event.type;
      const seeks = after.seeksBack + after.seeksForward - (before.seeksBack + before.seeksForward);
      if (seeks > 0) {
        const from = event.type === 'seek' && event.from !== undefined ? event.from : before.position ?? 0;
        this.report({ type: 'seek', fromSeconds: round(from), toSeconds: round(after.position ?? 0) });
      }
      for (const run of closed)
        this.report({ type: 'watched', startSeconds: round(run.start), endSeconds: round(run.end) });
      this.reportDiscrete(event, before.playing, after);
      this.publish(event);
    });
  }

  private reportDiscrete(event: EngagementEvent, wasPlaying: boolean, after: EngagementTracker['state']): void {
    switch (event.type) {
      case 'play':
        if (!wasPlaying) this.report({ type: 'play', positionSeconds: round(event.position) });
        break;
      case 'pause':
        if (wasPlaying) this.report({ type: 'pause', positionSeconds: round(event.position) });
        break;
      case 'rate':
        this.report({
          type: 'rate',
          rate: after.rate,
          ...(event.position !== undefined ? { positionSeconds: round(event.position) } : {}),
        });
        break;
      case 'ended': {
        const s = this.tracker.summary();
        this.report({ type: 'ended', positionSeconds: round(event.position), ...this.completion(s) });
        break;
      }
      case 'hidden':
      case 'visible':
        this.report({
          type: event.type,
          ...(after.position !== null ? { positionSeconds: round(after.position) } : {}),
        });
        break;
      default:
        break;
    }
  }

  private reportEnd(): void {
    const s = this.tracker.summary();
    this.report({
      type: 'view-end',
      ...(s.lastPositionSeconds !== null ? { positionSeconds: round(s.lastPositionSeconds) } : {}),
      ...this.completion(s),
    });
  }

  private completion(s: EngagementSummary): Partial<PanoptoAnalyticsEvent> {
    return {
      ...(s.durationSeconds !== null ? { durationSeconds: round(s.durationSeconds) } : {}),
      ...(s.completionPercent !== null ? { completionPercent: round(s.completionPercent) } : {}),
    };
  }

  private publish(event: EngagementEvent): void {
    const at = this.host.now();
    if (event.type === 'time' && at - this.lastSummaryAt < TIME_SUMMARY_INTERVAL_MS) return;
    this.lastSummaryAt = at;
    const summary = this.tracker.summary();
    // Into the zone only for somebody listening: an unwatched summary is no reason for change detection.
    if (this.subject.observed) this.host.inside(() => this.subject.next(summary));
    else this.subject.next(summary);
  }

  private report(fields: Omit<PanoptoAnalyticsEvent, 'id' | 'at' | 'sessionId' | 'viewId' | 'viewerId'>): void {
    const { sessionId, viewId, viewerId } = this.tracker.identity;
    this.host.send({
      id: `${viewId}:${++this.sequence}`,
      at: new Date(this.host.now()).toISOString(),
      sessionId,
      viewId,
      ...(viewerId !== undefined ? { viewerId } : {}),
      ...fields,
    });
  }

  private currentTime(): number {
    try {
      const t = this.player.getCurrentTime();
      return Number.isFinite(t) && t >= 0 ? t : this.tracker.state.position ?? 0;
    } catch {
      return this.tracker.state.position ?? 0;
    }
  }

  private position(): { position?: number } {
    return this.tracker.state.playing ? { position: this.currentTime() } : {};
  }

  private duration(): { duration?: number } {
    try {
      const d = this.player.getDuration();
      return Number.isFinite(d) && d > 0 ? { duration: d } : {};
    } catch {
      return {};
    }
  }
}

function round(seconds: number): number {
  return Math.round(seconds * 1000) / 1000;
}
