/**
 * Interval maths over media time (seconds). Pure functions: the engagement tracker, the heatmap and the
 * tests all share them, so "unique seconds" means the same thing everywhere.
 */

/** A half-open span of media time `[start, end)`, in seconds. */
export interface WatchedInterval {
  readonly start: number;
  readonly end: number;
}

/**
 * Sorts and merges overlapping or touching intervals. Empty or inverted intervals are dropped.
 *
 * @example
 * ```ts
 * mergeIntervals([{ start: 10, end: 20 }, { start: 0, end: 12 }]); // [{ start: 0, end: 20 }]
 * ```
 */
export function mergeIntervals(intervals: readonly WatchedInterval[]): WatchedInterval[] {
  const sorted = intervals.filter((i) => i.end > i.start).sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: WatchedInterval[] = [];
  for (const next of sorted) {
    const last = merged[merged.length - 1];
    if (last && next.start <= last.end) {
      if (next.end > last.end) merged[merged.length - 1] = { start: last.start, end: next.end };
    } else {
      merged.push({ start: next.start, end: next.end });
    }
  }
  return merged;
}

/** Total length of intervals, counting overlapping seconds once. */
export function uniqueLength(intervals: readonly WatchedInterval[]): number {
  return mergeIntervals(intervals).reduce((sum, i) => sum + (i.end - i.start), 0);
}

/** Total length of intervals, counting overlapping seconds as often as they were played. */
export function totalLength(intervals: readonly WatchedInterval[]): number {
  return intervals.reduce((sum, i) => sum + Math.max(0, i.end - i.start), 0);
}

/** Clips intervals to `[0, duration]`; intervals entirely outside disappear. */
export function clipIntervals(intervals: readonly WatchedInterval[], duration: number): WatchedInterval[] {
  const out: WatchedInterval[] = [];
  for (const i of intervals) {
    const start = Math.max(0, i.start);
    const end = Math.min(duration, i.end);
    if (end > start) out.push({ start, end });
  }
  return out;
}

/**
 * How many times each bucket of a session was watched: for every bucket, the sum over all intervals of the
 * fraction of the bucket they cover. A run split in two at a bucket boundary, or at a pause, therefore counts
 * the same as one unbroken run, and a bucket watched twice counts 2.
 *
 * @example
 * ```ts
 * bucketCoverage([{ start: 0, end: 30 }, { start: 0, end: 10 }], 30, 3); // [2, 1, 1]
 * ```
 */
export function bucketCoverage(intervals: readonly WatchedInterval[], duration: number, buckets: number): number[] {
  const counts = new Array<number>(Math.max(0, Math.floor(buckets))).fill(0);
  if (!(duration > 0) || counts.length === 0) return counts;
  const width = duration / counts.length;
  for (const { start, end } of clipIntervals(intervals, duration)) {
    const first = Math.min(counts.length - 1, Math.floor(start / width));
    const last = Math.min(counts.length - 1, Math.floor((end - 1e-9) / width));
    for (let b = first; b <= last; b++) {
      const covered = Math.min(end, (b + 1) * width) - Math.max(start, b * width);
      if (covered > 0) counts[b] += covered / width;
    }
  }
  // Floating point leaves 0.9999999; round to 1e-6 so "watched once" reads as exactly 1.
  return counts.map((c) => Math.round(c * 1e6) / 1e6);
}
