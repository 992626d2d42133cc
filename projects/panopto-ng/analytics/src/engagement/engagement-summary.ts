import { EngagementState, RatePlayback } from './engagement-state';
import { WatchedInterval, clipIntervals, mergeIntervals, totalLength } from './intervals';

/** What one view of one session amounted to, derived from the tracker's state. */
export interface EngagementSummary {
  /** The Panopto session (delivery) id. */
  readonly sessionId: string;
  /** Random id of this view (one `track()` call); the unit of sampling and of idempotent ingestion. */
  readonly viewId: string;
  /** The app's opaque viewer id, if it gave one. Never filled in by the library. */
  readonly viewerId?: string;
  /** Media duration in seconds; null until the player reports it. */
  readonly durationSeconds: number | null;
  /** Every played run in order, overlapping where rewatched (the heatmap's input). */
  readonly playedSegments: readonly WatchedInterval[];
  /** The played runs merged: what was seen at least once. */
  readonly watchedIntervals: readonly WatchedInterval[];
  /** Seconds of media seen at least once. */
  readonly uniqueSecondsWatched: number;
  /** Seconds of media played, rewatching included. */
  readonly playedSeconds: number;
  /** `playedSeconds - uniqueSecondsWatched`: media played more than once. */
  readonly rewatchedSeconds: number;
  /** `uniqueSecondsWatched / durationSeconds` as 0–100; null while the duration is unknown. */
  readonly completionPercent: number | null;
  readonly seeksBack: number;
  readonly seeksForward: number;
  readonly pauses: number;
  readonly ends: number;
  /** Wall time and media time per playback rate, slowest first. */
  readonly ratePlayback: readonly RatePlayback[];
  /** Wall seconds of playback while the tab was hidden. */
  readonly hiddenPlaybackSeconds: number;
  /** The last known media position in seconds. */
  readonly lastPositionSeconds: number | null;
  readonly playing: boolean;
  readonly hidden: boolean;
}

/** Identity of a view, attached to its summary. */
export interface EngagementIdentity {
  readonly sessionId: string;
  readonly viewId: string;
  readonly viewerId?: string;
}

/**
 * Derives the summary from the reducer's state. Pure.
 *
 * @example
 * ```ts
 * const s = summarizeEngagement(replayEngagement(events), { sessionId, viewId: 'v1' });
 * s.completionPercent; // e.g. 42.5
 * ```
 */
export function summarizeEngagement(state: EngagementState, identity: EngagementIdentity): EngagementSummary {
  const raw = state.open && state.open.end > state.open.start ? [...state.segments, state.open] : state.segments;
  const duration = state.durationSeconds;
  const segments = duration !== null ? clipIntervals(raw, duration) : raw.slice();
  const watchedIntervals = mergeIntervals(segments);
  const unique = totalLength(watchedIntervals);
  const played = totalLength(segments);
  return {
    sessionId: identity.sessionId,
    viewId: identity.viewId,
    ...(identity.viewerId !== undefined ? { viewerId: identity.viewerId } : {}),
    durationSeconds: duration,
    playedSegments: segments,
    watchedIntervals,
    uniqueSecondsWatched: unique,
    playedSeconds: played,
    rewatchedSeconds: Math.max(0, played - unique),
    completionPercent: duration ? Math.min(100, (unique / duration) * 100) : null,
    seeksBack: state.seeksBack,
    seeksForward: state.seeksForward,
    pauses: state.pauses,
    ends: state.ends,
    ratePlayback: state.ratePlayback,
    hiddenPlaybackSeconds: state.hiddenPlaybackSeconds,
    lastPositionSeconds: state.position,
    playing: state.playing,
    hidden: state.hidden,
  };
}
