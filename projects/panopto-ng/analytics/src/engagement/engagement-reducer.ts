import { EngagementEvent } from './engagement-events';
import {
  DEFAULT_ENGAGEMENT_TRACKER_OPTIONS,
  EngagementState,
  EngagementTrackerOptions,
  INITIAL_ENGAGEMENT_STATE,
  RatePlayback,
} from './engagement-state';

/**
 * The engagement reducer: `(state, event) => state`, pure, no clock, no DOM. Everything the tracker knows
 * about a view is derived from the sequence of events, so any sequence can be replayed in a test.
 *
 * Rules, in short:
 * - While playing, a time update extends the current run if it is where playback should be: not behind the
 *   last position by more than the tolerance, and not ahead of `last + elapsed wall time × rate` by more than
 *   the tolerance. Otherwise it is a seek: the run is closed and a new one starts at the new position. A stall
 *   (position not moving while wall time passes) is not a seek.
 * - A play event at a position away from the last known one is a seek made while paused.
 * - Pause, ended, explicit seeks and the tab becoming hidden close the current run (hidden reopens it at once,
 *   so the run so far can be sent before the tab may be discarded).
 */
export function reduceEngagement(
  state: EngagementState,
  event: EngagementEvent,
  options: EngagementTrackerOptions = DEFAULT_ENGAGEMENT_TRACKER_OPTIONS,
): EngagementState {
  switch (event.type) {
    case 'play': {
      let next = withDuration(state, event.duration);
      if (next.playing) return advance(next, event.at, event.position, options);
      if (next.position !== null && Math.abs(event.position - next.position) > options.seekToleranceSeconds) {
        next = countSeek(next, next.position, event.position);
      }
      return {
        ...next,
        playing: true,
        position: event.position,
        sampledAt: event.at,
        open: { start: event.position, end: event.position },
      };
    }
    case 'time': {
      const next = withDuration(state, event.duration);
      if (next.playing) return advance(next, event.at, event.position, options);
      if (next.position !== null && Math.abs(event.position - next.position) > options.seekToleranceSeconds) {
        return { ...countSeek(next, next.position, event.position), position: event.position };
      }
      return { ...next, position: event.position };
    }
    case 'seek': {
      const from = event.from ?? state.position;
      let next = state.playing && from !== null ? advance(state, event.at, from, options) : state;
      if (from !== null && Math.abs(event.to - from) > 1e-3) next = countSeek(next, from, event.to);
      next = closeRun(next);
      return {
        ...next,
        position: event.to,
        sampledAt: next.playing ? event.at : next.sampledAt,
        open: next.playing ? { start: event.to, end: event.to } : null,
      };
    }
    case 'pause': {
      if (!state.playing) return { ...state, position: event.position };
      const next = closeRun(advance(state, event.at, event.position, options));
      return { ...next, playing: false, pauses: next.pauses + 1, sampledAt: null };
    }
    case 'ended': {
      const advanced = state.playing ? advance(state, event.at, event.position, options) : state;
      const next = closeRun(advanced);
      return { ...next, playing: false, ends: next.ends + 1, position: event.position, sampledAt: null };
    }
    case 'rate': {
      if (!(event.rate > 0) || event.rate === state.rate) return state;
      // With a position the time at the old rate is closed exactly; without one the span since the last sample
      // is attributed to the new rate (a small error, and no false seek from a moved sampling base).
      const next =
        state.playing && event.position !== undefined ? advance(state, event.at, event.position, options) : state;
      return { ...next, rate: event.rate };
    }
    case 'hidden': {
      if (state.hidden) return state;
      return { ...checkpoint(state, event.at, event.position, options), hidden: true };
    }
    case 'checkpoint':
      return checkpoint(state, event.at, event.position, options);
    case 'visible': {
      if (!state.hidden) return state;
      const next =
        state.playing && event.position !== undefined ? advance(state, event.at, event.position, options) : state;
      return { ...next, hidden: false };
    }
  }
}

/** Reduces a whole sequence, for tests and for replaying stored events. */
export function replayEngagement(
  events: readonly EngagementEvent[],
  options: EngagementTrackerOptions = DEFAULT_ENGAGEMENT_TRACKER_OPTIONS,
  initial?: EngagementState,
): EngagementState {
  return events.reduce((s, e) => reduceEngagement(s, e, options), initial ?? INITIAL_ENGAGEMENT_STATE);
}

/** Accounts for playback up to now and splits the current run there, so the part so far can be reported. */
function checkpoint(
  state: EngagementState,
  at: number,
  position: number | undefined,
  options: EngagementTrackerOptions,
): EngagementState {
  const next = state.playing && position !== undefined ? advance(state, at, position, options) : state;
  if (!next.playing || next.position === null) return next;
  return { ...closeRun(next), open: { start: next.position, end: next.position } };
}

function withDuration(state: EngagementState, duration: number | undefined): EngagementState {
  if (duration === undefined || !(duration > 0) || duration === state.durationSeconds) return state;
  return { ...state, durationSeconds: duration };
}

function countSeek(state: EngagementState, from: number, to: number): EngagementState {
  return to < from ? { ...state, seeksBack: state.seeksBack + 1 } : { ...state, seeksForward: state.seeksForward + 1 };
}

/** Moves the open run into `segments` (dropping it when empty). */
function closeRun(state: EngagementState): EngagementState {
  const open = state.open;
  if (!open) return state;
  const segments = open.end > open.start ? [...state.segments, open] : state.segments;
  return { ...state, segments, open: null };
}

/** Accounts for playback from the last sample to `position` at wall time `at`. Only called while playing. */
function advance(
  state: EngagementState,
  at: number,
  position: number,
  options: EngagementTrackerOptions,
): EngagementState {
  if (state.position === null || state.sampledAt === null) {
    return { ...state, position, sampledAt: at, open: state.open ?? { start: position, end: position } };
  }
  const elapsed = Math.max(0, (at - state.sampledAt) / 1000);
  const delta = position - state.position;
  const tolerance = options.seekToleranceSeconds;
  const hiddenPlaybackSeconds = state.hiddenPlaybackSeconds + (state.hidden ? elapsed : 0);
  const isSeek = delta < -tolerance || delta > elapsed * state.rate + tolerance;
  const media = isSeek ? 0 : Math.max(0, delta);
  const ratePlayback = addRateTime(state.ratePlayback, state.rate, elapsed, media);
  const base: EngagementState = { ...state, position, sampledAt: at, hiddenPlaybackSeconds, ratePlayback };
  if (isSeek) {
    const closed = closeRun(countSeek(base, state.position, position));
    return { ...closed, open: { start: position, end: position } };
  }
  const open = state.open ?? { start: state.position, end: state.position };
  if (state.hidden && !options.countHiddenPlayback) {
    // Not counted: restart the run where playback is now, so nothing played while hidden enters the intervals.
    return { ...closeRun({ ...base, open }), open: { start: position, end: position } };
  }
  return { ...base, open: { start: open.start, end: Math.max(open.end, position) } };
}

function addRateTime(
  list: readonly RatePlayback[],
  rate: number,
  wall: number,
  media: number,
): readonly RatePlayback[] {
  if (wall === 0 && media === 0) return list;
  const i = list.findIndex((r) => r.rate === rate);
  if (i < 0) return [...list, { rate, wallSeconds: wall, mediaSeconds: media }].sort((a, b) => a.rate - b.rate);
  const copy = list.slice();
  copy[i] = { rate, wallSeconds: list[i].wallSeconds + wall, mediaSeconds: list[i].mediaSeconds + media };
  return copy;
}
