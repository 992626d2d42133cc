import { Session } from './live-types';

/** What changed between two lists of sessions, compared by `Id`. */
export interface WebcastDiff<T extends { Id: string } = Session> {
  /** In the new list, not in the previous one (in the new list's order). */
  readonly added: readonly T[];
  /** In the previous list, not in the new one (in the previous list's order). */
  readonly removed: readonly T[];
  /** In both lists but with different content (name, times...), as they are now. */
  readonly changed: readonly T[];
}

/**
 * Compares two lists of sessions by `Id`. Panopto's list order can change between calls; order alone is not a
 * change. Duplicated ids (a page boundary moving between two page fetches) are counted once.
 *
 * @example
 * ```ts
 * const { added, removed } = diffById(previous, current);
 * ```
 */
export function diffById<T extends { Id: string }>(previous: readonly T[], current: readonly T[]): WebcastDiff<T> {
  const before = new Map(previous.map((s) => [s.Id.toLowerCase(), s]));
  const now = new Map(current.map((s) => [s.Id.toLowerCase(), s]));
  const added: T[] = [];
  const changed: T[] = [];
  for (const [id, s] of now) {
    const old = before.get(id);
    if (!old) added.push(s);
    else if (JSON.stringify({ ...old, Id: id }) !== JSON.stringify({ ...s, Id: id })) changed.push(s);
  }
  const removed = [...before].filter(([id]) => !now.has(id)).map(([, s]) => s);
  return { added, removed, changed };
}

/** Drops repeated ids, keeping the first occurrence (paged listings can repeat an item across pages). */
export function uniqueById<T extends { Id: string }>(items: readonly T[]): T[] {
  const seen = new Set<string>();
  return items.filter((s) => {
    const id = s.Id.toLowerCase();
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}
