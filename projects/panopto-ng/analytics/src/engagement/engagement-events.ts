/**
 * What the engagement tracker consumes. Every event carries `at`, the wall-clock time in milliseconds
 * (`Date.now()` or an injected clock), so the reducer never reads a clock itself and stays pure.
 * Positions are media time in seconds.
 */

/** Playback started or resumed at `position`. */
export interface PlayEngagementEvent {
  readonly type: 'play';
  readonly at: number;
  readonly position: number;
  /** Media duration in seconds, when the player knows it. */
  readonly duration?: number;
}

/** Playback paused at `position`. */
export interface PauseEngagementEvent {
  readonly type: 'pause';
  readonly at: number;
  readonly position: number;
}

/** A time update (polled by the player while playing). Jumps beyond the tolerance are read as seeks. */
export interface TimeEngagementEvent {
  readonly type: 'time';
  readonly at: number;
  readonly position: number;
  readonly duration?: number;
}

/** An explicit seek (for example the app called `seekTo`). `from` defaults to the last known position. */
export interface SeekEngagementEvent {
  readonly type: 'seek';
  readonly at: number;
  readonly to: number;
  readonly from?: number;
}

/** The playback rate changed; `position`, when known, closes the time spent at the old rate precisely. */
export interface RateEngagementEvent {
  readonly type: 'rate';
  readonly at: number;
  readonly rate: number;
  readonly position?: number;
}

/** Playback reached the end (`position` is normally the duration). */
export interface EndedEngagementEvent {
  readonly type: 'ended';
  readonly at: number;
  readonly position: number;
}

/** The tab became hidden (`visibilitychange`). */
export interface HiddenEngagementEvent {
  readonly type: 'hidden';
  readonly at: number;
  readonly position?: number;
}

/** The tab became visible again. */
export interface VisibleEngagementEvent {
  readonly type: 'visible';
  readonly at: number;
  readonly position?: number;
}

/**
 * Closes the current run and reopens it at the same position, changing nothing else: used before the page
 * may be discarded (`pagehide`) so the run so far can be reported.
 */
export interface CheckpointEngagementEvent {
  readonly type: 'checkpoint';
  readonly at: number;
  readonly position?: number;
}

/** Everything the tracker understands. */
export type EngagementEvent =
  | PlayEngagementEvent
  | PauseEngagementEvent
  | TimeEngagementEvent
  | SeekEngagementEvent
  | RateEngagementEvent
  | EndedEngagementEvent
  | HiddenEngagementEvent
  | VisibleEngagementEvent
  | CheckpointEngagementEvent;

/** The `type` values of `EngagementEvent`. */
export type EngagementEventType = EngagementEvent['type'];
