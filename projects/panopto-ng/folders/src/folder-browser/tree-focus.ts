import { CdkVirtualScrollViewport } from '@angular/cdk/scrolling';
import { ChangeDetectorRef, NgZone } from '@angular/core';
import { Observable, takeUntil } from 'rxjs';
import { FolderTreeRow } from '../flatten-folder-tree';
import { isFocusableRow } from '../tree-keyboard';

/** How long a focus move waits for its row to render (the old 20-frame limit lost focus on a loaded CI machine). */
const FOCUS_WAIT_MS = 3000;

/** What the focus manager needs from the component around it. */
export interface TreeFocusEnvironment {
  /** The component's element (focus is checked and searched within its document). */
  readonly host: HTMLElement;
  readonly zone: NgZone;
  readonly cdr: ChangeDetectorRef;
  /** False during server-side rendering: nothing is focused or observed. */
  readonly isBrowser: boolean;
  /** The virtual scroller, once the view exists. */
  viewport(): CdkVirtualScrollViewport | undefined;
  /** Fixed row height in px. */
  rowHeight(): number;
  /** DOM id of a row's element. */
  rowId(row: FolderTreeRow): string;
}

/**
 * The roving tabindex of a virtualised tree (the job the CDK's `FocusKeyManager` does for lists, for rows
 * that may not be in the DOM): which row is active, scrolling it into view, focusing it once the virtual
 * scroller has rendered it, keeping the active row when rows come and go, and making the tree itself
 * tabbable while the active row is scrolled out.
 */
export class TreeFocus {
  /** The visible rows, in order. */
  rows: FolderTreeRow[] = [];
  /** Key of the row with tabindex 0. */
  activeKey: string | null = null;
  private indexByKey = new Map<string, number>();
  private renderedStart = 0;
  private renderedEnd = 0;
  /** Counts calls of `focusIndex`, so a pending focus gives way to a later one. */
  private focusMoves = 0;

  constructor(private readonly env: TreeFocusEnvironment) {}

  /**
   * Takes new rows. When the active row went away (an ancestor collapsed, or it was moved or deleted), the
   * row `replacement` names (its nearest visible ancestor) becomes active, else the first focusable row;
   * focus follows when the tree had it.
   */
  setRows(rows: FolderTreeRow[], replacement: (lostKey: string) => string | undefined): void {
    this.rows = rows;
    this.indexByKey = new Map(rows.map((row, i) => [row.key, i]));
    if (this.activeKey && !this.indexByKey.has(this.activeKey)) {
      const substitute = replacement(this.activeKey);
      const hadFocus = this.hasFocus();
      this.activeKey = substitute ?? rows.find(isFocusableRow)?.key ?? null;
      if (hadFocus && this.activeKey) this.focusKey(this.activeKey, true);
    }
    if (!this.activeKey) this.activeKey = rows.find(isFocusableRow)?.key ?? null;
    this.env.cdr.markForCheck();
  }

  /** Index of the row with that key, if visible. */
  indexOf(key: string): number | undefined {
    return this.indexByKey.get(key);
  }

  /** Whether the key is among the visible rows. */
  has(key: string): boolean {
    return this.indexByKey.has(key);
  }

  /** Index of the active row, or -1. */
  get activeIndex(): number {
    return this.activeKey ? this.indexByKey.get(this.activeKey) ?? -1 : -1;
  }

  /** The tree itself is tabbable only when the active row is scrolled out of the DOM; focusing it brings the row back. */
  get treeTabIndex(): number {
    const index = this.activeIndex;
    return index >= this.renderedStart && index < this.renderedEnd && index >= 0 ? -1 : 0;
  }

  isActive(row: FolderTreeRow): boolean {
    return row.key === this.activeKey;
  }

  /** True when focus is inside this tree. */
  hasFocus(): boolean {
    if (!this.env.isBrowser) return false;
    const host = this.env.host;
    const active = host.ownerDocument.activeElement;
    return !!active && !!active.closest?.('[role=tree]') && host.contains(active);
  }

  /** Makes the row active and scrolls to it; `moveFocus` also focuses it. */
  focusKey(key: string, moveFocus: boolean): void {
    const index = this.indexByKey.get(key);
    if (index === undefined) return;
    if (moveFocus) this.focusIndex(index);
    else {
      this.activeKey = key;
      this.scrollIntoView(index);
    }
  }

  /**
   * Makes row `index` the active row, scrolls it into view and focuses it once the virtual scroller has
   * rendered it. Until then focus waits on the tree itself, so the row that had it can leave the DOM without
   * taking focus (and the next key presses) to the page's body.
   */
  focusIndex(index: number): void {
    const row = this.rows[index];
    if (!row) return;
    this.activeKey = row.key;
    this.env.cdr.markForCheck();
    this.scrollIntoView(index);
    if (!this.env.isBrowser) return;
    const id = this.env.rowId(row);
    const doc = this.env.host.ownerDocument;
    const move = ++this.focusMoves;
    this.env.cdr.detectChanges();
    this.env.zone.runOutsideAngular(() => {
      if (!doc.getElementById(id)) this.env.viewport()?.elementRef.nativeElement.focus({ preventScroll: true });
      // A far row renders only after the scroller's next frames, and a loaded machine takes more of them:
      // try on each frame for up to FOCUS_WAIT_MS, and stop as soon as a later move supersedes this one.
      const deadline = Date.now() + FOCUS_WAIT_MS;
      const tryFocus = () => {
        if (move !== this.focusMoves) return;
        const el = doc.getElementById(id);
        if (el) el.focus({ preventScroll: true });
        else if (Date.now() < deadline) requestAnimationFrame(tryFocus);
      };
      tryFocus();
    });
  }

  /** Scrolls the least distance that shows row `index` whole. */
  scrollIntoView(index: number): void {
    const viewport = this.env.viewport();
    if (!viewport) return;
    const rowHeight = this.env.rowHeight();
    const top = index * rowHeight;
    const offset = viewport.measureScrollOffset('top');
    const size = viewport.getViewportSize();
    if (top < offset) viewport.scrollToOffset(top);
    else if (size > 0 && top + rowHeight > offset + size) viewport.scrollToOffset(top + rowHeight - size);
  }

  /** Follows the viewport's rendered range (for `treeTabIndex`) and re-measures it when its element resizes. */
  watchViewport(until: Observable<void>): void {
    const viewport = this.env.viewport();
    if (!viewport) return;
    viewport.renderedRangeStream.pipe(takeUntil(until)).subscribe((range) => {
      this.renderedStart = range.start;
      this.renderedEnd = range.end;
      this.env.cdr.markForCheck();
    });
    // The CDK measures the viewport once (and on window resize); the tree appears, hides and changes size
    // with its container (two-pane layouts, narrow screens), so measure again whenever the element resizes.
    if (this.env.isBrowser && typeof ResizeObserver !== 'undefined') {
      const zone = this.env.zone;
      zone.runOutsideAngular(() => {
        const observer = new ResizeObserver(() => zone.run(() => viewport.checkViewportSize()));
        observer.observe(viewport.elementRef.nativeElement);
        until.subscribe(() => observer.disconnect());
      });
    }
  }
}
