import { EngagementEvent } from './engagement-events';
import { reduceEngagement } from './engagement-reducer';
import {
  DEFAULT_ENGAGEMENT_TRACKER_OPTIONS,
  EngagementState,
  EngagementTrackerOptions,
  INITIAL_ENGAGEMENT_STATE,
} from './engagement-state';
import { EngagementIdentity, EngagementSummary, summarizeEngagement } from './engagement-summary';
import { WatchedInterval } from './intervals';

/**
 * A small stateful wrapper around `reduceEngagement` for one view. No Angular, no DOM, no clock: callers
 * stamp events with `at`. `PanoptoAnalyticsService.track()` uses one per tracked player.
 *
 * @example
 * ```ts
 * const tracker = new EngagementTracker({ sessionId, viewId: 'v1' });
 * tracker.dispatch({ type: 'play', at: 0, position: 0, duration: 600 });
 * tracker.dispatch({ type: 'pause', at: 30_000, position: 30 });
 * tracker.summary().completionPercent; // 5
 * ```
 */
export class EngagementTracker {
  private current: EngagementState = INITIAL_ENGAGEMENT_STATE;
  private readonly options: EngagementTrackerOptions;

  constructor(readonly identity: EngagementIdentity, options: Partial<EngagementTrackerOptions> = {}) {
    this.options = { ...DEFAULT_ENGAGEMENT_TRACKER_OPTIONS, ...options };
  }

  /** The reducer's state now. */
  get state(): EngagementState {
    return this.current;
  }

  /**
   * Applies an event and returns the played runs it closed (pause, seek, end, tab hidden), in order, so the
   * caller can report them.
   */
  dispatch(event: EngagementEvent): WatchedInterval[] {
    const before = this.current.segments.length;
    this.current = reduceEngagement(this.current, event, this.options);
    return this.current.segments.slice(before);
  }

  summary(): EngagementSummary {
    return summarizeEngagement(this.current, this.identity);
  }
}
