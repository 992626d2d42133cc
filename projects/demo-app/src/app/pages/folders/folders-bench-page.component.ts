import { HttpEvent, HttpRequest, HttpResponse } from '@angular/common/http';
import { NgFor, NgIf } from '@angular/common';
import { ChangeDetectionStrategy, ChangeDetectorRef, Component, NgZone, OnInit, inject } from '@angular/core';
import { ActivatedRoute } from '@angular/router';
import { Observable, tap } from 'rxjs';
import { PanoptoFolderBackend, PanoptoFolderBrowserComponent, PanoptoFolderShape } from 'panopto-ng/folders';
import { InMemoryPanoptoFolders, hugeFolderFixture, provideInMemoryPanoptoFolders } from 'panopto-ng/folders/testing';

/** What the benchmark driver (`npm run bench:folders`) reads from `window.__foldersBench`. */
export interface FoldersBenchResult {
  mode: 'virtual' | 'plain';
  count: number;
  /** performance.now() when the children listing answered. */
  dataAt: number;
  /** performance.now() when the first rows were in the DOM and painted. */
  firstRowsAt: number;
  /** Rows in the DOM once rendering settled. */
  domRows: number;
}

/**
 * Notes when the children listing answers, so rendering time is measured from the data, not from the click; and
 * for each search answer, how long the task that delivered it ran (the state change, change detection and
 * rendering the results), published on `window.__foldersBenchSearchTasks` (ms).
 */
class TimedInMemoryPanopto extends InMemoryPanoptoFolders {
  dataAt = 0;
  readonly searchTasks: number[] = [];
  override handle(req: HttpRequest<unknown>): Observable<HttpEvent<unknown>> {
    return super.handle(req).pipe(
      tap((event) => {
        if (!(event instanceof HttpResponse)) return;
        if (/\/children/.test(req.url) && !this.dataAt) {
          this.dataAt = performance.now();
          // The next page waits until the first rows are on screen (released below).
          this.hold = true;
        }
        if (/\/folders\/search/.test(req.url)) {
          // A message callback runs after the current task, i.e. after everything the answer set off in it.
          const answeredAt = performance.now();
          const channel = new MessageChannel();
          channel.port1.onmessage = () => this.searchTasks.push(performance.now() - answeredAt);
          channel.port2.postMessage(0);
        }
      }),
    );
  }
}

/** `?count=N` (default 10,000): children of the one big folder. Read once, when the page's chunk loads. */
const count = Math.min(
  50_000,
  Math.max(1, Number(new URLSearchParams(globalThis.location?.search ?? '').get('count')) || 10_000),
);
const huge = hugeFolderFixture(count);
// The first rows are those of the first page: the next page is held until they are on screen, because the
// in-memory server sorts all 10,000 folders for every page on this very thread (a real Panopto does not), and
// that work must not count as the tree's rendering time. Pages then load as usual.
const panopto = new TimedInMemoryPanopto({ folders: huge.folders, pageSize: 5000 });
(globalThis as { __foldersBenchSearchTasks?: number[] }).__foldersBenchSearchTasks = panopto.searchTasks;

/**
 * Benchmark page: the 10,000 (`?count=`) children of one folder rendered by `<panopto-folder-browser>` (virtual scrolling)
 * or, with `?mode=plain`, the same rows from the same data with a plain `*ngFor` (the baseline). The result
 * is published on `window.__foldersBench` for `scripts/bench/folders/bench.mjs`.
 */
@Component({
  selector: 'demo-folders-bench-page',
  standalone: true,
  imports: [NgIf, NgFor, PanoptoFolderBrowserComponent],
  providers: provideInMemoryPanoptoFolders(panopto),
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<h1>Folder rendering benchmark</h1>
    <p class="demo-lead">
      {{ count }} folders, {{ mode === 'plain' ? 'plain list (baseline)' : 'virtual scrolling' }}. Run
      <code>npm run bench:folders</code> to compare both. Switch: <a href="?mode=virtual">virtual</a> ·
      <a href="?mode=plain">plain</a>.
    </p>
    <p data-testid="bench-result" aria-live="polite">{{ summary }}</p>
    <panopto-folder-browser
      *ngIf="mode === 'virtual'"
      class="bench-tree"
      hideManagement
      [hideSearch]="!search"
      [rootFolderId]="rootId"
    ></panopto-folder-browser>
    <div *ngIf="mode === 'plain'" class="bench-plain" role="tree" aria-label="Plain list">
      <div
        *ngFor="let folder of plain"
        class="pfb-row"
        role="treeitem"
        aria-level="1"
        [attr.aria-setsize]="plain.length"
        style="height: 36px; display: flex; align-items: center; padding-inline-start: 8px"
      >
        {{ folder.Name }}
      </div>
    </div>`,
  styles: [
    `
      .bench-tree {
        --panopto-folder-browser-height: 480px;
      }
      .bench-plain {
        height: 480px;
        overflow: auto;
        border: 1px solid var(--demo-border);
      }
    `,
  ],
})
export class FoldersBenchPageComponent implements OnInit {
  private readonly backend = inject(PanoptoFolderBackend);
  private readonly cdr = inject(ChangeDetectorRef);
  private readonly zone = inject(NgZone);
  private readonly host = inject(ActivatedRoute);
  readonly rootId = huge.hugeId;
  readonly count = count;
  /** `?search=1` shows the search box (the benchmark types into it). */
  search = false;
  mode: 'virtual' | 'plain' = 'virtual';
  plain: PanoptoFolderShape[] = [];
  summary = 'Rendering…';

  ngOnInit(): void {
    this.mode = this.host.snapshot.queryParamMap.get('mode') === 'plain' ? 'plain' : 'virtual';
    this.search = this.host.snapshot.queryParamMap.get('search') === '1';
    if (this.mode === 'plain') {
      this.backend.childrenPage(this.rootId, 0).subscribe((folders) => {
        this.plain = folders;
        this.cdr.markForCheck();
      });
    }
    this.zone.runOutsideAngular(() => this.watchFirstRows());
  }

  /** Polls each frame for the first rows, then waits two frames (painted) and counts the DOM rows. */
  private watchFirstRows(): void {
    const check = () => {
      const rows = document.querySelectorAll('[role=treeitem]').length;
      if (!panopto.dataAt || rows === 0) {
        requestAnimationFrame(check);
        return;
      }
      const firstRowsAt = performance.now();
      panopto.release();
      requestAnimationFrame(() =>
        requestAnimationFrame(() => {
          const result: FoldersBenchResult = {
            mode: this.mode,
            count: this.count,
            dataAt: panopto.dataAt,
            firstRowsAt,
            domRows: document.querySelectorAll('[role=treeitem]').length,
          };
          (window as unknown as { __foldersBench?: FoldersBenchResult }).__foldersBench = result;
          this.zone.run(() => {
            this.summary = `First rows ${(result.firstRowsAt - result.dataAt).toFixed(1)} ms after the data; ${
              result.domRows
            } rows in the DOM.`;
            this.cdr.markForCheck();
          });
        }),
      );
    };
    requestAnimationFrame(check);
  }
}
