import { WatchedInterval, bucketCoverage } from '../engagement/intervals';

/** What the heatmap draws. */
export interface HeatmapModel {
  readonly counts: number[];
  readonly bucketSeconds: number;
  readonly max: number;
  /** Bucket index of the (first) peak; -1 without data. */
  readonly peakIndex: number;
  /** Seconds where viewing drops off for good; null when it never does or there is no data. */
  readonly dropOffSeconds: number | null;
}

/**
 * Buckets played runs (from one view or many) over the duration and finds the drop-off point: the end of the
 * last bucket still watched at least `threshold` × the peak; after it, viewing never recovers to that level.
 *
 * @example
 * ```ts
 * heatmapModel([{ start: 0, end: 30 }], 100, 10).dropOffSeconds; // 30
 * ```
 */
export function heatmapModel(
  segments: readonly WatchedInterval[],
  durationSeconds: number,
  buckets: number,
  threshold = 0.5,
): HeatmapModel {
  const counts = bucketCoverage(segments, durationSeconds, buckets);
  const bucketSeconds = counts.length ? durationSeconds / counts.length : 0;
  const max = counts.reduce((m, c) => Math.max(m, c), 0);
  if (max === 0) return { counts, bucketSeconds, max, peakIndex: -1, dropOffSeconds: null };
  const peakIndex = counts.indexOf(max);
  let last = -1;
  for (let i = counts.length - 1; i >= 0; i--) {
    if (counts[i] >= threshold * max) {
      last = i;
      break;
    }
  }
  const dropOffSeconds = last === counts.length - 1 ? null : (last + 1) * bucketSeconds;
  return { counts, bucketSeconds, max, peakIndex, dropOffSeconds };
}
