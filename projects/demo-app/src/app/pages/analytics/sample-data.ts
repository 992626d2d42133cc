import { PanoptoViewerRow, WatchedInterval } from 'panopto-ng/analytics';

/** Played runs of a dozen imaginary views of a 20-minute lecture, for the states gallery. */
export const SAMPLE_SEGMENTS: WatchedInterval[] = Array.from({ length: 12 }, (_, i) => ({
  start: i % 4 === 0 ? 120 : 0,
  end: Math.min(1200, 300 + i * 70),
})).concat([
  { start: 400, end: 520 },
  { start: 400, end: 520 },
  { start: 430, end: 480 },
]);

const NAMES = ['alex.adams', 'bea.bauer', 'chen.costa', 'dana.dube', 'emeka.evans', 'farah.fischer', 'gus.garcia'];

/** Viewer rows for the states gallery. */
export const SAMPLE_VIEWERS: PanoptoViewerRow[] = NAMES.map((name, i) => ({
  userId: `sample-${i}`,
  name,
  percentCompleted: [100, 82, 64, 47, 30, 12, 100][i],
  lastViewed: new Date(Date.UTC(2026, 10, 20 - i, 10)).toISOString(),
  lastPositionSeconds: null,
  source: 'panopto',
  isCurrentViewer: false,
}));
