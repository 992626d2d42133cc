import { LiveAnnouncer } from '@angular/cdk/a11y';
import { NumberInput, coerceNumberProperty } from '@angular/cdk/coercion';
import { NgFor, NgIf } from '@angular/common';
import { ChangeDetectionStrategy, Component, EventEmitter, Input, OnChanges, Output, inject } from '@angular/core';
import type { PanoptoViewerColumn } from '../i18n/analytics-texts';
import { PanoptoViewerRow } from '../stats/viewer-row';
import { AnalyticsChartBase } from './analytics-chart-base';
import { PanoptoAnalyticsStateComponent } from './analytics-state.component';
import { uniqueId } from './format';

/** Columns the viewer table sorts by. */
export type PanoptoViewerSortKey = PanoptoViewerColumn;
/** A sort order. */
export interface PanoptoViewerSort {
  readonly key: PanoptoViewerSortKey;
  readonly direction: 'ascending' | 'descending';
}

/**
 * Sorts viewer rows; pure, for the table and for apps that render their own. Ties keep name order.
 *
 * @example
 * ```ts
 * sortViewerRows(rows, { key: 'completion', direction: 'descending' });
 * ```
 */
export function sortViewerRows(rows: readonly PanoptoViewerRow[], sort: PanoptoViewerSort): PanoptoViewerRow[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const byName = (a: PanoptoViewerRow, b: PanoptoViewerRow) =>
    a.name.localeCompare(b.name, undefined, { sensitivity: 'base' });
  const key = (r: PanoptoViewerRow): number =>
    sort.key === 'completion' ? r.percentCompleted : r.lastViewed ? Date.parse(r.lastViewed) : -Infinity;
  return [...rows].sort((a, b) => {
    if (sort.key === 'name') return sign * byName(a, b);
    const diff = key(a) - key(b);
    return diff !== 0 ? sign * diff : byName(a, b);
  });
}

/**
 * The viewers of a session with completion bars: sortable by name, completion and last viewed (`aria-sort` on
 * the headers, result announced), paged. Rows come from `mergeViewerStats()` (Panopto's `/viewers` merged with
 * local tracking).
 *
 * @example
 * ```html
 * <panopto-viewer-table [viewers]="rows" pageSize="10" [loading]="loading" [error]="error"></panopto-viewer-table>
 * ```
 */
@Component({
  selector: 'panopto-viewer-table',
  standalone: true,
  imports: [NgIf, NgFor, PanoptoAnalyticsStateComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <panopto-analytics-state [state]="state" [message]="stateMessage"></panopto-analytics-state>
    <ng-container *ngIf="state === 'ready'">
      <div class="scroller">
        <table [attr.aria-describedby]="pageId">
          <caption>
            {{
              caption ?? texts.viewersCaption
            }}
          </caption>
          <thead>
            <tr>
              <th *ngFor="let key of keys" scope="col" [attr.aria-sort]="ariaSort(key)">
                <button type="button" class="sort" (click)="sortBy(key)">
                  {{ texts.column(key) }}
                  <span class="arrow" aria-hidden="true">{{ arrow(key) }}</span>
                </button>
              </th>
            </tr>
          </thead>
          <tbody>
            <tr *ngFor="let row of page; trackBy: trackRow" [class.current]="row.isCurrentViewer">
              <th scope="row" class="name">
                {{ row.name }}<span *ngIf="row.isCurrentViewer" class="you">&#32;{{ texts.currentViewer }}</span>
              </th>
              <td>
                <div class="completion">
                  <span class="track" aria-hidden="true"
                    ><span class="fill" [style.width.%]="row.percentCompleted"></span
                  ></span>
                  <span class="value">{{ fmt.percent(row.percentCompleted / 100) }}</span>
                </div>
              </td>
              <td class="when">{{ row.lastViewed ? fmt.dateTime(row.lastViewed) : texts.neverViewed }}</td>
            </tr>
          </tbody>
        </table>
      </div>
      <nav class="pager" [attr.aria-label]="texts.pagesLabel(caption ?? texts.viewersCaption)">
        <button type="button" (click)="goTo(pageIndex - 1)" [disabled]="pageIndex === 0">
          {{ texts.previousPage }}
        </button>
        <span [attr.id]="pageId">{{ texts.pageStatus(pageIndex + 1, pageCount, viewers.length) }}</span>
        <button type="button" (click)="goTo(pageIndex + 1)" [disabled]="pageIndex >= pageCount - 1">
          {{ texts.nextPage }}
        </button>
      </nav>
    </ng-container>
  `,
  styles: [
    `
      :host {
        display: block;
        font-family: var(--panopto-font-family, inherit);
        color: var(--panopto-color-text, #1b1f24);
      }
      .scroller {
        overflow-x: auto;
      }
      table {
        width: 100%;
        border-collapse: collapse;
        font-size: 0.9rem;
      }
      caption {
        text-align: start;
        font-weight: 600;
        padding-bottom: 0.4rem;
      }
      th,
      td {
        text-align: start;
        padding: 0.4rem 0.5rem;
        border-bottom: 1px solid var(--panopto-color-border, #d8dee4);
      }
      tbody th {
        font-weight: 500;
      }
      tr.current {
        background: var(--panopto-color-selected, #e3ecfd);
      }
      .you {
        color: var(--panopto-color-text-muted, #57606a);
      }
      .sort {
        font: inherit;
        font-weight: 600;
        color: inherit;
        background: none;
        border: 0;
        padding: 0.2rem 0.1rem;
        cursor: pointer;
        border-radius: 4px;
      }
      button:focus-visible {
        outline: none;
        box-shadow: var(--panopto-focus-ring, 0 0 0 3px rgba(42, 111, 240, 0.45));
      }
      .completion {
        display: flex;
        align-items: center;
        gap: 0.5rem;
        min-width: 8rem;
      }
      .track {
        flex: 1;
        height: 0.5rem;
        background: var(--panopto-color-hover, #eef1f4);
        border-radius: 999px;
        overflow: hidden;
      }
      .fill {
        display: block;
        height: 100%;
        background: var(--panopto-color-accent, #2a6ff0);
      }
      .value {
        min-width: 3ch;
        text-align: end;
        font-variant-numeric: tabular-nums;
      }
      .pager {
        display: flex;
        align-items: center;
        justify-content: space-between;
        gap: 0.5rem;
        padding-top: 0.5rem;
        font-size: 0.85rem;
        color: var(--panopto-color-text-muted, #57606a);
        flex-wrap: wrap;
      }
      .pager button {
        font: inherit;
        color: var(--panopto-color-text, #1b1f24);
        background: var(--panopto-color-surface, #fff);
        border: 1px solid var(--panopto-color-border, #d8dee4);
        border-radius: var(--panopto-radius, 8px);
        padding: 0.3rem 0.8rem;
        cursor: pointer;
      }
      .pager button:disabled {
        opacity: 0.5;
        cursor: default;
      }
    `,
  ],
})
export class PanoptoViewerTableComponent extends AnalyticsChartBase implements OnChanges {
  /** The rows, e.g. from `mergeViewerStats()`. */
  @Input() viewers: readonly PanoptoViewerRow[] = [];
  /** Rows per page. Default 10. */
  @Input()
  get pageSize(): number {
    return this._pageSize;
  }
  set pageSize(value: NumberInput) {
    this._pageSize = Math.max(1, Math.round(coerceNumberProperty(value, 10)));
  }
  /** The table's caption (its accessible name); `viewersCaption` of `PANOPTO_ANALYTICS_TEXTS` when unset. */
  @Input() caption: string | null = null;
  /** The initial sort. Default completion, descending. */
  @Input() sort: PanoptoViewerSort = { key: 'completion', direction: 'descending' };
  /** The user changed the sort. */
  @Output() readonly sortChange = new EventEmitter<PanoptoViewerSort>();

  /** @internal */ readonly keys: PanoptoViewerSortKey[] = ['name', 'completion', 'lastViewed'];
  /** @internal */ readonly pageId = uniqueId('panopto-viewer-table-page');
  /** @internal */ page: PanoptoViewerRow[] = [];
  /** @internal */ pageIndex = 0;
  /** @internal */ pageCount = 1;

  private readonly announcer = inject(LiveAnnouncer);
  private sorted: PanoptoViewerRow[] = [];
  private _pageSize = 10;

  ngOnChanges(): void {
    this.sorted = sortViewerRows(this.viewers ?? [], this.sort);
    this.paginate();
  }

  protected hasNoData(): boolean {
    return this.viewers.length === 0;
  }

  protected get loadingText(): string {
    return this.texts.viewersLoading;
  }

  protected get defaultEmptyText(): string {
    return this.texts.viewersEmpty;
  }

  /** @internal */
  sortBy(key: PanoptoViewerSortKey): void {
    const direction =
      this.sort.key === key
        ? this.sort.direction === 'ascending'
          ? 'descending'
          : 'ascending'
        : key === 'name'
        ? 'ascending'
        : 'descending';
    this.sort = { key, direction };
    this.sorted = sortViewerRows(this.viewers ?? [], this.sort);
    this.pageIndex = 0;
    this.paginate();
    this.sortChange.emit(this.sort);
    this.announcer.announce(this.texts.sortedAnnouncement(key, direction), 'polite');
  }

  /** @internal */
  goTo(index: number): void {
    this.pageIndex = Math.min(Math.max(0, index), this.pageCount - 1);
    this.paginate();
    this.announcer.announce(this.texts.pageAnnouncement(this.pageIndex + 1, this.pageCount), 'polite');
  }

  /** @internal */
  ariaSort(key: PanoptoViewerSortKey): string {
    return this.sort.key === key ? this.sort.direction : 'none';
  }

  /** @internal */
  arrow(key: PanoptoViewerSortKey): string {
    if (this.sort.key !== key) return '↕';
    return this.sort.direction === 'ascending' ? '↑' : '↓';
  }

  /** @internal */
  trackRow(_: number, row: PanoptoViewerRow): string {
    return row.userId ?? row.name;
  }

  private paginate(): void {
    this.pageCount = Math.max(1, Math.ceil(this.sorted.length / this._pageSize));
    this.pageIndex = Math.min(this.pageIndex, this.pageCount - 1);
    const start = this.pageIndex * this._pageSize;
    this.page = this.sorted.slice(start, start + this._pageSize);
  }
}
