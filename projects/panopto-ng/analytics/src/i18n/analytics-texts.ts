// The texts of the analytics charts: their typed shape and the English defaults. Pure data (no Angular), so the
// translations and the leftover-English test load it anywhere.
import { plural } from 'panopto-ng/core';
import type { CompletionBin } from '../components/completion-bins';

/** The columns of the viewer table (also its sort keys). */
export type PanoptoViewerColumn = 'name' | 'completion' | 'lastViewed';

/**
 * Every text the analytics charts show or announce. Times and percentages arrive already formatted in the
 * current language. Override one with `providePanoptoTexts(PANOPTO_ANALYTICS_TEXTS, { viewersCaption: 'Students' })`;
 * translations: `PANOPTO_ANALYTICS_FR`, `PANOPTO_ANALYTICS_AR`.
 */
export interface PanoptoAnalyticsTexts {
  heatmapLabel: string;
  heatmapEmpty: string;
  heatmapLoading: string;
  heatmapTableCaption: (label: string) => string;
  heatmapPartColumn: string;
  heatmapViewsColumn: string;
  /** The marker under the bars where viewing drops off. */
  dropOffMarker: (time: string) => string;
  mostWatched: (from: string, to: string, views: string, count: number) => string;
  holdsToEnd: string;
  dropsOffAt: (at: string, duration: string) => string;

  completionLabel: string;
  completionEmpty: string;
  completionLoading: string;
  completionTableCaption: (label: string) => string;
  completionColumn: string;
  completionViewersColumn: string;
  /** The name of one bar: a range of completion, or the completed bar. */
  completionBin: (bin: CompletionBin) => string;
  /** One bar in the summary sentence. */
  completionBinCount: (count: number, bin: CompletionBin) => string;
  completionDescription: (viewers: number, bins: readonly string[], completedShare: string) => string;

  viewersCaption: string;
  viewersEmpty: string;
  viewersLoading: string;
  column: (column: PanoptoViewerColumn) => string;
  currentViewer: string;
  neverViewed: string;
  pagesLabel: (caption: string) => string;
  previousPage: string;
  nextPage: string;
  pageStatus: (page: number, pages: number, viewers: number) => string;
  pageAnnouncement: (page: number, pages: number) => string;
  sortedAnnouncement: (column: PanoptoViewerColumn, direction: 'ascending' | 'descending') => string;
}

const COLUMNS: Record<PanoptoViewerColumn, string> = {
  name: 'Viewer',
  completion: 'Completion',
  lastViewed: 'Last viewed',
};

/** The English texts. */
export const DEFAULT_PANOPTO_ANALYTICS_TEXTS: PanoptoAnalyticsTexts = {
  heatmapLabel: 'Viewing heatmap',
  heatmapEmpty: 'Nobody has watched this session yet.',
  heatmapLoading: 'Loading viewing data…',
  heatmapTableCaption: (label) => `${label}: views per part of the session`,
  heatmapPartColumn: 'Part',
  heatmapViewsColumn: 'Views',
  dropOffMarker: (time) => `drop-off ${time}`,
  mostWatched: (from, to, views, count) =>
    `Most watched: ${from}–${to} (${plural('en', count, { one: `${views} view`, other: `${views} views` })}).`,
  holdsToEnd: 'Viewing holds up to the end.',
  dropsOffAt: (at, duration) => `Viewing drops off at ${at} of ${duration}.`,

  completionLabel: 'Completion',
  completionEmpty: 'No viewing data yet.',
  completionLoading: 'Loading completion…',
  completionTableCaption: (label) => `${label}: viewers by completion`,
  completionColumn: 'Completion',
  completionViewersColumn: 'Viewers',
  completionBin: (bin) => (bin.to === Infinity ? 'Completed' : `${bin.from}–${bin.to}%`),
  completionBinCount: (count, bin) =>
    bin.to === Infinity ? `${count} completed` : `${count} at ${bin.from}–${bin.to}%`,
  completionDescription: (viewers, bins, share) =>
    `${plural('en', viewers, { one: '# viewer', other: '# viewers' })}: ${bins.join(', ')}. ${share} completed.`,

  viewersCaption: 'Viewers',
  viewersEmpty: 'Nobody has viewed this session yet.',
  viewersLoading: 'Loading viewers…',
  column: (column) => COLUMNS[column],
  currentViewer: '(you)',
  neverViewed: 'Never',
  pagesLabel: (caption) => `${caption} pages`,
  previousPage: 'Previous',
  nextPage: 'Next',
  pageStatus: (page, pages, viewers) =>
    `Page ${page} of ${pages} · ${plural('en', viewers, { one: '# viewer', other: '# viewers' })}`,
  pageAnnouncement: (page, pages) => `Page ${page} of ${pages}.`,
  sortedAnnouncement: (column, direction) => `Sorted by ${COLUMNS[column].toLowerCase()}, ${direction}.`,
};
