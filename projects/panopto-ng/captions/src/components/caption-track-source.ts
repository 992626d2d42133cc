import { NgZone } from '@angular/core';
import { PanoptoClock, clockInterval } from 'panopto-ng/core';

/**
 * What the caption components need of a player: the Embed API's caption-track calls. `<panopto-player>` has
 * them, so pass the player itself (`[player]="player"` with `#player` on it); nothing else of the player is used.
 */
export interface PanoptoCaptionTrackSource {
  /** Labels of the caption tracks, as the Embed API lists them. */
  getCaptionTracks(): string[];
  /** Index of the track shown, or -1. */
  getSelectedCaptionTrack(): number;
  enableCaptions(index?: number): void;
  disableCaptions(): void;
}

/** The tracks and the one shown, as last read from the player. */
export interface CaptionTrackState {
  readonly tracks: readonly string[];
  readonly selected: number;
}

/** How often the player's tracks are read (a caption uploaded elsewhere appears within this time). */
export const CAPTION_TRACK_POLL_MS = 1000;

/**
 * Reads the player's caption tracks now and then, outside the Angular zone; calls `changed` (inside the zone)
 * only when the list or the selection changed. Returns the stop function.
 */
export function watchCaptionTracks(
  source: PanoptoCaptionTrackSource,
  clock: PanoptoClock,
  zone: NgZone,
  changed: (state: CaptionTrackState) => void,
): () => void {
  let last = '';
  const read = (): void => {
    const state = { tracks: source.getCaptionTracks(), selected: source.getSelectedCaptionTrack() };
    const key = JSON.stringify(state);
    if (key === last) return;
    last = key;
    zone.run(() => changed(state));
  };
  read();
  return zone.runOutsideAngular(() => clockInterval(clock, CAPTION_TRACK_POLL_MS, read));
}
