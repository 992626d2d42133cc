import { ListRange } from '@angular/cdk/collections';
import { CdkVirtualScrollViewport } from '@angular/cdk/scrolling';
import { ChangeDetectorRef, NgZone } from '@angular/core';
import { Subject } from 'rxjs';
import { FolderTreeRow } from '../flatten-folder-tree';
import { folderRow as folder } from '../testing-support/folder-rows';
import { TreeFocus } from './tree-focus';

const loading: FolderTreeRow = { kind: 'loading', key: 'loading:a', parentId: 'a', level: 2 };

describe('TreeFocus', () => {
  let host: HTMLElement;
  let range: Subject<ListRange>;
  let viewport: { scrollToOffset: jasmine.Spy; offset: number; size: number } & Record<string, unknown>;
  let cdr: jasmine.SpyObj<ChangeDetectorRef>;
  let focus: TreeFocus;
  const zone = { run: (fn: () => unknown) => fn(), runOutsideAngular: (fn: () => unknown) => fn() } as NgZone;

  /** Renders the rows as the template would (only those given). */
  function render(rows: FolderTreeRow[]): void {
    host.innerHTML = `<div role="tree" tabindex="0">${rows
      .map((r) => `<div role="treeitem" tabindex="-1" id="row-${r.key}">${r.key}</div>`)
      .join('')}</div>`;
  }

  beforeEach(() => {
    host = document.createElement('div');
    document.body.appendChild(host);
    range = new Subject<ListRange>();
    viewport = {
      offset: 0,
      size: 100,
      scrollToOffset: jasmine.createSpy('scrollToOffset'),
      measureScrollOffset: () => viewport.offset,
      getViewportSize: () => viewport.size,
      renderedRangeStream: range,
      elementRef: { nativeElement: host },
      checkViewportSize: () => undefined,
    };
    cdr = jasmine.createSpyObj<ChangeDetectorRef>('cdr', ['markForCheck', 'detectChanges']);
    focus = new TreeFocus({
      host,
      zone,
      cdr,
      isBrowser: true,
      viewport: () => viewport as unknown as CdkVirtualScrollViewport,
      rowHeight: () => 20,
      rowId: (row) => `row-${row.key}`,
    });
  });

  afterEach(() => host.remove());

  it('makes the first focusable row active and keeps the active row while it stays', () => {
    focus.setRows([loading, folder('a'), folder('b')], () => undefined);
    expect(focus.activeKey).toBe('a');
    focus.activeKey = 'b';
    focus.setRows([folder('b'), folder('c')], () => undefined);
    expect([focus.activeKey, focus.activeIndex, focus.indexOf('c'), focus.has('a')]).toEqual(['b', 0, 1, false]);
    expect(focus.isActive(folder('b'))).toBeTrue();
    expect(cdr.markForCheck).toHaveBeenCalled();
  });

  it('when the active row goes away, takes the replacement (its ancestor) and keeps focus in the tree', () => {
    const rows = [folder('a'), folder('a-1', 2), folder('b')];
    render(rows);
    focus.setRows(rows, () => undefined);
    focus.focusKey('a-1', true);
    expect(document.activeElement?.id).toBe('row-a-1');
    // The rows change first; the scroller re-renders after (the focused row is still in the DOM).
    const collapsed = [folder('a'), folder('b')];
    focus.setRows(collapsed, (lost) => (lost === 'a-1' ? 'a' : undefined));
    expect(focus.activeKey).toBe('a');
    expect(document.activeElement?.id).toBe('row-a');
    focus.setRows([folder('b')], () => undefined);
    expect(focus.activeKey).toBe('b'); // no replacement: the first focusable row
  });

  it('scrolls the least distance that shows the row', () => {
    const rows = Array.from({ length: 20 }, (_, i) => folder(`r${i}`));
    focus.setRows(rows, () => undefined);
    viewport.offset = 100;
    focus.scrollIntoView(2); // above: top of row 2
    expect(viewport.scrollToOffset).toHaveBeenCalledWith(40);
    focus.scrollIntoView(12); // below: bottom of row 12 at the bottom edge
    expect(viewport.scrollToOffset).toHaveBeenCalledWith(12 * 20 + 20 - 100);
    viewport.scrollToOffset.calls.reset();
    focus.scrollIntoView(6); // in view
    expect(viewport.scrollToOffset).not.toHaveBeenCalled();
    focus.focusKey('r12', false);
    expect(focus.activeKey).toBe('r12');
  });

  it('makes the tree itself tabbable only while the active row is outside the rendered range', () => {
    const until = new Subject<void>();
    focus.watchViewport(until);
    focus.setRows(
      Array.from({ length: 50 }, (_, i) => folder(`r${i}`)),
      () => undefined,
    );
    range.next({ start: 0, end: 10 });
    expect(focus.treeTabIndex).toBe(-1);
    range.next({ start: 30, end: 40 });
    expect(focus.treeTabIndex).toBe(0);
    until.next();
    range.next({ start: 0, end: 10 });
    expect(focus.treeTabIndex).toBe(0); // no longer watching
  });

  it('holds focus on the tree while a far row renders, however many frames that takes, then focuses the row', async () => {
    const frames = (n: number) =>
      Array.from({ length: n }).reduce<Promise<void>>(
        (p) => p.then(() => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()))),
        Promise.resolve(),
      );
    const rows = Array.from({ length: 100 }, (_, i) => folder(`r${i}`));
    /** The viewport element is the tree; only rows `from` to `to` are in the DOM. */
    const renderRange = (from: number, to: number) => {
      host.innerHTML = rows
        .slice(from, to)
        .map((r) => `<div role="treeitem" tabindex="-1" id="row-${r.key}">${r.key}</div>`)
        .join('');
    };
    host.setAttribute('role', 'tree');
    host.tabIndex = 0;
    renderRange(0, 10);
    focus.setRows(rows, () => undefined);
    focus.focusIndex(0);
    expect(document.activeElement?.id).toBe('row-r0');

    focus.focusIndex(99); // End: row 99 is not rendered yet
    expect(document.activeElement).toBe(host);
    expect(focus.hasFocus()).toBeTrue();
    renderRange(40, 60); // the scroller moves on; row 0 leaves the DOM, focus stays on the tree
    await frames(30); // more frames than the old limit of 20
    expect(document.activeElement).toBe(host);
    renderRange(90, 100);
    await frames(2);
    expect(document.activeElement?.id).toBe('row-r99');

    focus.focusIndex(10); // superseded before it renders: the later move wins
    focus.focusIndex(95);
    host.insertAdjacentHTML('afterbegin', '<div role="treeitem" tabindex="-1" id="row-r10">r10</div>');
    await frames(2);
    expect([document.activeElement?.id, focus.activeKey]).toEqual(['row-r95', 'r95']);
  });

  it('knows whether focus is inside its tree', () => {
    const rows = [folder('a')];
    render(rows);
    focus.setRows(rows, () => undefined);
    expect(focus.hasFocus()).toBeFalse();
    focus.focusIndex(0);
    expect(focus.hasFocus()).toBeTrue();
    expect(cdr.detectChanges).toHaveBeenCalled();
  });
});
