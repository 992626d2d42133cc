import { EngagementSummary } from '../engagement/engagement-summary';

/** One viewer as the viewer table shows it: Panopto's figures, local tracking, or both merged. */
export interface PanoptoViewerRow {
  /** Panopto user id, when known. */
  readonly userId: string | null;
  /** What to show: Panopto's `Username`, or a label for the current viewer. */
  readonly name: string;
  /** 0–100. */
  readonly percentCompleted: number;
  /** ISO 8601, or null when never reported. */
  readonly lastViewed: string | null;
  readonly lastPositionSeconds: number | null;
  /** Where the figures come from. */
  readonly source: 'panopto' | 'local' | 'both';
  /** The row of the person using this page. */
  readonly isCurrentViewer: boolean;
  /** This page's tracking of the current viewer, when merged in. */
  readonly engagement?: EngagementSummary;
}
