/** One bar of the completion distribution. */
export interface CompletionBin {
  readonly label: string;
  /** Inclusive lower bound, 0–100. */
  readonly from: number;
  /** Exclusive upper bound (Infinity for the "completed" bin). */
  readonly to: number;
  readonly count: number;
}

/**
 * Counts completions (0–100 each) into 0–25, 25–50, 50–75, 75–`completedAt` and "Completed" (≥ `completedAt`).
 * Values outside 0–100 are clamped; non-numbers are ignored.
 *
 * @example
 * ```ts
 * completionBins([0, 30, 100], 100).map((b) => b.count); // [1, 1, 0, 0, 1]
 * ```
 */
export function completionBins(values: readonly number[], completedAt = 100): CompletionBin[] {
  const top = Math.min(100, Math.max(75, completedAt));
  const edges: Array<[string, number, number]> = [
    ['0–25%', 0, 25],
    ['25–50%', 25, 50],
    ['50–75%', 50, 75],
    [`75–${top}%`, 75, top],
    ['Completed', top, Infinity],
  ];
  const counts = edges.map(() => 0);
  for (const raw of values) {
    if (typeof raw !== 'number' || Number.isNaN(raw)) continue;
    const v = Math.min(100, Math.max(0, raw));
    const i = edges.findIndex(([, from, to]) => v >= from && v < to);
    counts[i < 0 ? edges.length - 1 : i]++;
  }
  return edges.map(([label, from, to], i) => ({ label, from, to, count: counts[i] }));
}
