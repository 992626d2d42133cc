/**
 * Where a live session is in its life, as `<panopto-live-player>` shows it:
 * - `upcoming`: before its start (a countdown);
 * - `starting`: its start has passed but Panopto does not list it on air yet (recorders take a moment);
 * - `live`: Panopto lists it among the webcasts in progress (whatever the clock says: it may overrun);
 * - `ended`: its end has passed and it is off air: the recording plays on demand;
 * - `on-demand`: no schedule given and not on air: a normal recording.
 */
export type LivePlayerPhase = 'upcoming' | 'starting' | 'live' | 'ended' | 'on-demand';

/**
 * Decides the phase from the clock and the in-progress list.
 *
 * @example
 * ```ts
 * livePlayerPhase(clock.now(), Date.parse(start), Date.parse(end), false); // 'upcoming'
 * ```
 */
export function livePlayerPhase(
  nowMs: number,
  startMs: number | null,
  endMs: number | null,
  onAir: boolean,
): LivePlayerPhase {
  if (onAir) return 'live';
  if (startMs !== null && nowMs < startMs) return 'upcoming';
  if (endMs !== null && nowMs >= endMs) return 'ended';
  if (startMs !== null) return 'starting';
  return 'on-demand';
}
