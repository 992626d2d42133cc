import { SessionViewerStats } from 'panopto-ng/core';
import { EngagementSummary } from '../engagement/engagement-summary';
import { PanoptoViewerRow } from './viewer-row';

/** The current viewer's local tracking, for `mergeViewerStats()`. */
export interface LocalViewerEngagement {
  readonly summary: EngagementSummary;
  /** Who the current viewer is in Panopto (e.g. from the signed-in user), to find their Panopto row. */
  readonly user?: { readonly Id?: string; readonly Username?: string };
  /** When the local view last changed (ms since epoch). Default: now. */
  readonly lastViewedAt?: number;
  /** Name for the row when Panopto does not list the viewer yet. Default `You (this view)`. */
  readonly label?: string;
}

/**
 * Merges Panopto's per-user figures (`GET /sessions/{id}/viewers`) with this page's tracking of the current
 * viewer. Pure.
 *
 * The rule:
 * - Every Panopto row is kept; `PercentCompleted` is Panopto's (clamped to 0–100): it covers every earlier view
 *   on every device, which the page cannot know.
 * - The current viewer's row (matched by user id, else by username, case-insensitively) takes the larger of
 *   Panopto's completion and the local one. Both are lower bounds of what the viewer has seen (Panopto may
 *   not yet count this view; this view is only part of their history), so the larger is the better estimate.
 *   Last viewed and last position come from whichever is more recent.
 * - If Panopto does not list the current viewer yet, a `local` row is added for them.
 *
 * @example
 * ```ts
 * api.sessions.allViewers(id).pipe(toArray()).subscribe((stats) =>
 *   this.rows = mergeViewerStats(stats, { summary: handle.summary, user: { Username: 'student' } }));
 * ```
 */
export function mergeViewerStats(
  panopto: readonly SessionViewerStats[],
  local?: LocalViewerEngagement | null,
  now: number = Date.now(),
): PanoptoViewerRow[] {
  const rows: PanoptoViewerRow[] = panopto.map((s) => ({
    userId: s.User?.Id ?? null,
    name: s.User?.Username || s.User?.Id || 'Unknown viewer',
    percentCompleted: clampPercent(s.PercentCompleted),
    lastViewed: validDate(s.LastViewedDateTime),
    lastPositionSeconds:
      typeof s.MostRecentViewPositionInSeconds === 'number' ? s.MostRecentViewPositionInSeconds : null,
    source: 'panopto',
    isCurrentViewer: false,
  }));
  if (!local) return rows;
  const summary = local.summary;
  const localPercent = clampPercent(summary.completionPercent ?? 0);
  const localWhen = new Date(local.lastViewedAt ?? now).toISOString();
  const index = findCurrentViewer(panopto, local.user);
  if (index < 0) {
    rows.push({
      userId: local.user?.Id ?? null,
      name: local.user?.Username || local.label || 'You (this view)',
      percentCompleted: localPercent,
      lastViewed: localWhen,
      lastPositionSeconds: summary.lastPositionSeconds,
      source: 'local',
      isCurrentViewer: true,
      engagement: summary,
    });
    return rows;
  }
  const remote = rows[index];
  const localIsNewer = !remote.lastViewed || Date.parse(localWhen) >= Date.parse(remote.lastViewed);
  rows[index] = {
    ...remote,
    percentCompleted: Math.max(remote.percentCompleted, localPercent),
    lastViewed: localIsNewer ? localWhen : remote.lastViewed,
    lastPositionSeconds:
      localIsNewer && summary.lastPositionSeconds !== null ? summary.lastPositionSeconds : remote.lastPositionSeconds,
    source: 'both',
    isCurrentViewer: true,
    engagement: summary,
  };
  return rows;
}

function findCurrentViewer(panopto: readonly SessionViewerStats[], user: LocalViewerEngagement['user']): number {
  if (!user) return -1;
  if (user.Id) {
    const id = user.Id.toLowerCase();
    const byId = panopto.findIndex((s) => s.User?.Id?.toLowerCase() === id);
    if (byId >= 0) return byId;
  }
  if (user.Username) {
    const name = user.Username.toLowerCase();
    return panopto.findIndex((s) => s.User?.Username?.toLowerCase() === name);
  }
  return -1;
}

/** Panopto's percentages as 0–100; anything missing or not a number counts as 0. */
export function clampPercent(value: number | null | undefined): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return 0;
  return Math.min(100, Math.max(0, value));
}

function validDate(value: string | undefined): string | null {
  if (!value) return null;
  return Number.isNaN(Date.parse(value)) ? null : value;
}
