/**
 * Whether a view is in the sample. Deterministic: the same key always gives the same answer, so either every
 * event of a view is sent or none is (a half-sent view would distort completion figures).
 *
 * @example
 * ```ts
 * isSampledIn(`${sessionId}:${viewId}`, 0.1); // true for about 10% of views
 * ```
 */
export function isSampledIn(key: string, rate: number): boolean {
  if (rate >= 1) return true;
  if (rate <= 0) return false;
  return hashToUnit(key) < rate;
}

/** FNV-1a 32-bit hash of the string mapped to [0, 1). */
export function hashToUnit(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  // A final avalanche so keys differing only in their last characters spread over the whole range.
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return (h >>> 0) / 0x100000000;
}
