import { WatchedInterval } from './intervals';

/** Wall time and media time spent at one playback rate. */
export interface RatePlayback {
  /** The playback rate, e.g. 1, 1.5, 2. */
  readonly rate: number;
  /** Seconds of real (wall-clock) time spent playing at this rate. */
  readonly wallSeconds: number;
  /** Seconds of media played at this rate (at 2x, about twice the wall time). */
  readonly mediaSeconds: number;
}

/** How the tracker reads events. */
export interface EngagementTrackerOptions {
  /**
   * A time update further than this from where playback should be (given the wall time elapsed and the rate)
   * is read as a seek. Must exceed the player's polling interval plus jitter. Default 1.5 s.
   */
  readonly seekToleranceSeconds: number;
  /**
   * Whether media that plays while the tab is hidden counts as watched. Default true (the media did play, as
   * Panopto counts it); the time is reported separately as `hiddenPlaybackSeconds` either way.
   */
  readonly countHiddenPlayback: boolean;
}

/** The defaults of `EngagementTrackerOptions`. */
export const DEFAULT_ENGAGEMENT_TRACKER_OPTIONS: EngagementTrackerOptions = {
  seekToleranceSeconds: 1.5,
  countHiddenPlayback: true,
};

/** The reducer's state. Immutable: every event returns a new object. */
export interface EngagementState {
  readonly playing: boolean;
  readonly hidden: boolean;
  readonly rate: number;
  readonly durationSeconds: number | null;
  /** Last known media position. */
  readonly position: number | null;
  /** Wall time (ms) when `position` was sampled while playing; the base for "where should playback be now". */
  readonly sampledAt: number | null;
  /** Played runs that have ended (pause, seek, end, tab hidden). */
  readonly segments: readonly WatchedInterval[];
  /** The run being played now, if playing. */
  readonly open: WatchedInterval | null;
  readonly seeksBack: number;
  readonly seeksForward: number;
  readonly pauses: number;
  readonly ends: number;
  readonly ratePlayback: readonly RatePlayback[];
  readonly hiddenPlaybackSeconds: number;
}

/** The state before any event. */
export const INITIAL_ENGAGEMENT_STATE: EngagementState = {
  playing: false,
  hidden: false,
  rate: 1,
  durationSeconds: null,
  position: null,
  sampledAt: null,
  segments: [],
  open: null,
  seeksBack: 0,
  seeksForward: 0,
  pauses: 0,
  ends: 0,
  ratePlayback: [],
  hiddenPlaybackSeconds: 0,
};
