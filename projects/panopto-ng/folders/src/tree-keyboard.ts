import { PanoptoClock, systemClock } from 'panopto-ng/core';
import type { FolderTreeRow } from './flatten-folder-tree';

/** What a key press on the tree asks for. The component carries it out. */
export type TreeKeyAction =
  | { kind: 'focus'; index: number }
  | { kind: 'expand'; index: number }
  | { kind: 'collapse'; index: number }
  | { kind: 'expandSiblings'; index: number }
  | { kind: 'activate'; index: number }
  | { kind: 'none' };

/**
 * The reading direction the tree is laid out in: `'ltr'` (the default) or `'rtl'`. In `'rtl'` the
 * horizontal arrows swap meaning, as the WAI-ARIA tree view pattern says: the key that points towards the
 * start of a line (Right) collapses or goes to the parent, the one that points into the line (Left) expands
 * or enters a child.
 *
 * @example
 * ```ts
 * const dir: TreeDirection = getComputedStyle(row).direction === 'rtl' ? 'rtl' : 'ltr';
 * treeKeyAction(rows, active, 'ArrowLeft', dir); // in RTL: expand or enter
 * ```
 */
export type TreeDirection = 'ltr' | 'rtl';

/** Rows that take focus: folders and error rows (activating an error row retries); loading rows do not. */
export function isFocusableRow(row: FolderTreeRow | undefined): boolean {
  return !!row && row.kind !== 'loading';
}

/**
 * The WAI-ARIA tree view keyboard model (https://www.w3.org/WAI/ARIA/apg/patterns/treeview/) over the
 * flattened rows, ported by hand because Angular CDK 15 has no `TreeKeyManager`:
 * Down/Up move, Right expands a closed folder or enters an open one, Left collapses an open folder or goes
 * to the parent, Home/End go to the ends, Enter/Space activate, `*` expands all siblings. With `dir` `'rtl'`
 * Left and Right swap (Left expands or enters, Right collapses or goes to the parent). Type-ahead is handled
 * by {@link TreeTypeahead}. Pure, so every key can be tested without a browser.
 *
 * @example
 * ```ts
 * const action = treeKeyAction(rows, activeIndex, event.key, 'rtl');
 * if (action.kind === 'expand') store.expand(rows[action.index].id);
 * ```
 */
export function treeKeyAction(
  rows: readonly FolderTreeRow[],
  active: number,
  key: string,
  dir: TreeDirection = 'ltr',
): TreeKeyAction {
  const row = rows[active];
  switch (logicalKey(key, dir)) {
    case 'ArrowDown':
      return focusFrom(rows, active + 1, 1);
    case 'ArrowUp':
      return focusFrom(rows, active - 1, -1);
    case 'Home':
      return focusFrom(rows, 0, 1);
    case 'End':
      return focusFrom(rows, rows.length - 1, -1);
    case 'inward':
      if (!row || row.kind !== 'folder' || !row.expandable) return { kind: 'none' };
      if (!row.expanded) return { kind: 'expand', index: active };
      return isFocusableRow(rows[active + 1]) && rows[active + 1].level === row.level + 1
        ? { kind: 'focus', index: active + 1 }
        : { kind: 'none' };
    case 'outward':
      if (row?.kind === 'folder' && row.expanded) return { kind: 'collapse', index: active };
      return row ? parentOf(rows, active) : { kind: 'none' };
    case 'Enter':
    case ' ':
      return row ? { kind: 'activate', index: active } : { kind: 'none' };
    case '*':
      return row?.kind === 'folder' ? { kind: 'expandSiblings', index: active } : { kind: 'none' };
    default:
      return { kind: 'none' };
  }
}

/**
 * The horizontal arrows by what they mean in `dir`: `'inward'` (into the line: expand or enter a child) and
 * `'outward'` (towards the line's start: collapse or go to the parent); every other key as it is.
 */
function logicalKey(key: string, dir: TreeDirection): string {
  if (key === 'ArrowRight') return dir === 'rtl' ? 'outward' : 'inward';
  if (key === 'ArrowLeft') return dir === 'rtl' ? 'inward' : 'outward';
  return key;
}

function focusFrom(rows: readonly FolderTreeRow[], start: number, step: 1 | -1): TreeKeyAction {
  for (let i = start; i >= 0 && i < rows.length; i += step) {
    if (isFocusableRow(rows[i])) return { kind: 'focus', index: i };
  }
  return { kind: 'none' };
}

function parentOf(rows: readonly FolderTreeRow[], index: number): TreeKeyAction {
  const level = rows[index].level;
  for (let i = index - 1; i >= 0; i--) {
    if (rows[i].level < level) return isFocusableRow(rows[i]) ? { kind: 'focus', index: i } : { kind: 'none' };
  }
  return { kind: 'none' };
}

/**
 * Type-ahead: printable keys typed within `resetMs` of each other form a prefix; the next folder (after the
 * active one, wrapping) whose name starts with it gets focus. Repeating one letter cycles through matches.
 * Time comes from `clock` (the browser passes `PANOPTO_CLOCK`; a bare `() => number` still works).
 */
export class TreeTypeahead {
  private buffer = '';
  private lastAt = -Infinity;
  private readonly now: () => number;

  constructor(private readonly resetMs = 500, clock: Pick<PanoptoClock, 'now'> | (() => number) = systemClock) {
    this.now = typeof clock === 'function' ? clock : () => clock.now();
  }

  /** True for keys type-ahead handles (one printable character, no modifier other than Shift). */
  static accepts(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>): boolean {
    return (
      event.key.length === 1 &&
      event.key !== ' ' &&
      event.key !== '*' &&
      !event.ctrlKey &&
      !event.metaKey &&
      !event.altKey
    );
  }

  /** Index of the row to focus for this key, or -1 when nothing matches. */
  next(rows: readonly FolderTreeRow[], active: number, key: string): number {
    const at = this.now();
    this.buffer = at - this.lastAt > this.resetMs ? key : this.buffer + key;
    this.lastAt = at;
    const query = this.buffer.toLocaleLowerCase();
    const sameLetter = query.length > 1 && [...query].every((c) => c === query[0]);
    const prefix = sameLetter ? query[0] : query;
    // A new search starts after the active row; a growing prefix may still match the active row itself.
    const offset = this.buffer.length === 1 || sameLetter ? 1 : 0;
    for (let step = 0; step < rows.length; step++) {
      const i = (active + offset + step + rows.length) % rows.length;
      const row = rows[i];
      if (row.kind === 'folder' && row.name.toLocaleLowerCase().startsWith(prefix)) return i;
    }
    return -1;
  }
}
