import { Observable } from 'rxjs';

/**
 * What `PanoptoAnalyticsService.track()` needs from a player. `<panopto-player>` from `panopto-ng/player` fits
 * it as is; this entry point does not import the player, so analytics never bundles it. Any other player
 * (a test double, a custom wrapper) can be tracked by providing the same members.
 *
 * States follow Panopto's `PlayerState`: 0 ended, 1 playing, 2 paused; other values (not started, buffering)
 * are ignored.
 */
export interface TrackablePlayer {
  /** Panopto `PlayerState` numbers. */
  readonly stateChange: Observable<number>;
  /** The position in seconds, sampled while playing. */
  readonly timeUpdate: Observable<number>;
  /** New playback rate. */
  readonly playbackRateChange?: Observable<number>;
  /** Playback reached the end (duplicates of `stateChange(0)` are ignored). */
  readonly ended?: Observable<void>;
  getCurrentTime(): number;
  getDuration(): number;
}

/** Panopto's `PlayerState` values the tracker reacts to (mirrors `panopto-ng/player` without importing it). */
export const TRACKED_PLAYER_STATE = { Ended: 0, Playing: 1, Paused: 2 } as const;
