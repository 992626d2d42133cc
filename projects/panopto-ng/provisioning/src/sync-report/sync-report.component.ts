import { LiveAnnouncer } from '@angular/cdk/a11y';
import { NgFor, NgIf } from '@angular/common';
import {
  ChangeDetectionStrategy,
  ChangeDetectorRef,
  Component,
  Input,
  NgModule,
  OnChanges,
  SimpleChanges,
  inject,
} from '@angular/core';
import { injectPanoptoTexts } from 'panopto-ng';
import { PANOPTO_PROVISIONING_TEXTS } from '../i18n/provisioning-texts-set';
import { DEFAULT_PANOPTO_PROVISIONING_TEXTS } from '../i18n/provisioning-texts';
import { SYNC_OP_KINDS, SyncOp, SyncOpKind, SyncOpResult, SyncOpStatus, SyncPlan, SyncReport } from '../sync-model';

/** Status of a row: the report's, or `planned` before anything ran. */
export type SyncRowStatus = SyncOpStatus | 'planned';

export interface SyncReportRow {
  /** 1-based position in the plan (kept when filtering). */
  index: number;
  op: SyncOp;
  status: SyncRowStatus;
  detail: string;
  target: string;
}

const STATUSES: readonly SyncRowStatus[] = ['planned', 'pending', 'done', 'dry-run', 'skipped', 'failed'];

/** Rows of a plan merged with a report (pure, for tests and custom views). */
export function syncReportRows(plan: SyncPlan | null, report: SyncReport | null): SyncReportRow[] {
  const results = new Map((report?.results ?? []).map((r) => [r.op.id, r]));
  return (plan?.ops ?? []).map((op, i) => {
    const r = results.get(op.id);
    return {
      index: i + 1,
      op,
      status: r?.status ?? 'planned',
      detail: r?.detail ?? '',
      target: DEFAULT_PANOPTO_PROVISIONING_TEXTS.target(op),
    };
  });
}

/**
 * A plan and its results as a filterable table with counts. Announces apply progress to screen readers.
 * Themed by `--panopto-*` custom properties.
 *
 * @example
 * <panopto-sync-report [plan]="plan" [report]="report"></panopto-sync-report>
 */
@Component({
  selector: 'panopto-sync-report',
  standalone: true,
  imports: [NgFor, NgIf],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="psr-filters" role="group" [attr.aria-label]="texts.filtersLabel">
      <label>
        {{ texts.operationLabel }}
        <select [value]="kindFilter" (change)="setKind($any($event.target).value)">
          <option value="">{{ texts.option(texts.all, rows.length) }}</option>
          <option *ngFor="let k of kinds" [value]="k">{{ texts.option(kindLabel(k), countKind(k)) }}</option>
        </select>
      </label>
      <label>
        {{ texts.statusLabel }}
        <select [value]="statusFilter" (change)="setStatus($any($event.target).value)">
          <option value="">{{ texts.option(texts.all, rows.length) }}</option>
          <option *ngFor="let s of statuses" [value]="s">{{ texts.option(texts.status(s), countStatus(s)) }}</option>
        </select>
      </label>
    </div>
    <p class="psr-counts" data-testid="sync-counts">
      <span *ngFor="let s of presentStatuses()" class="psr-count" [attr.data-status]="s">{{
        texts.statusCount(texts.status(s), countStatus(s))
      }}</span>
    </p>
    <p *ngIf="rows.length === 0" class="psr-empty">{{ emptyText ?? texts.emptyText }}</p>
    <table *ngIf="rows.length > 0" class="psr-table">
      <caption>
        {{
          texts.tableCaption(caption ?? texts.caption, visible.length, rows.length)
        }}
      </caption>
      <thead>
        <tr>
          <th scope="col">{{ texts.numberColumn }}</th>
          <th scope="col">{{ texts.operationColumn }}</th>
          <th scope="col">{{ texts.targetColumn }}</th>
          <th scope="col">{{ texts.reasonColumn }}</th>
          <th scope="col">{{ texts.statusColumn }}</th>
        </tr>
      </thead>
      <tbody>
        <tr *ngFor="let row of visible" [attr.data-status]="row.status" [attr.data-kind]="row.op.kind">
          <td>{{ row.index }}</td>
          <td>{{ kindLabel(row.op.kind) }}</td>
          <td class="psr-target">{{ texts.target(row.op) }}</td>
          <td>{{ texts.reason(row.op) }}</td>
          <td>
            <span class="psr-status" [attr.data-status]="row.status">{{ texts.status(row.status) }}</span>
            <span *ngIf="detailOf(row) as detail" class="psr-detail">{{ detail }}</span>
          </td>
        </tr>
      </tbody>
    </table>
    <details *ngIf="plan?.notes?.length" class="psr-notes">
      <summary>{{ texts.notesSummary(plan?.notes?.length ?? 0) }}</summary>
      <ul>
        <li *ngFor="let note of plan?.notes">{{ note }}</li>
      </ul>
    </details>
  `,
  styles: [
    `
      :host {
        display: block;
        color: var(--panopto-color-text, #1b1f24);
        font: inherit;
      }
      .psr-filters {
        display: flex;
        flex-wrap: wrap;
        gap: 1rem;
        margin-bottom: 0.5rem;
      }
      .psr-filters label {
        display: flex;
        flex-direction: column;
        font-size: 0.875rem;
      }
      select {
        font: inherit;
        padding: 0.25rem;
        border: 1px solid var(--panopto-color-border, #8a94a3);
        border-radius: var(--panopto-radius, 4px);
        background: var(--panopto-color-surface, #fff);
        color: inherit;
      }
      select:focus-visible {
        outline: 2px solid var(--panopto-color-accent, #2a6ff0);
        outline-offset: 2px;
      }
      .psr-counts {
        display: flex;
        flex-wrap: wrap;
        gap: 0.75rem;
        margin: 0.5rem 0;
      }
      .psr-table {
        width: 100%;
        border-collapse: collapse;
        font-size: 0.875rem;
      }
      caption {
        text-align: start;
        font-weight: 600;
        padding-bottom: 0.25rem;
      }
      th,
      td {
        text-align: start;
        vertical-align: top;
        padding: 0.35rem 0.5rem;
        border-bottom: 1px solid var(--panopto-color-border, #d5dae1);
      }
      .psr-target {
        overflow-wrap: anywhere;
      }
      .psr-status {
        font-weight: 600;
      }
      [data-status='done'] > .psr-status,
      .psr-count[data-status='done'] {
        color: var(--panopto-color-success, #1a7f37);
      }
      [data-status='failed'] > .psr-status,
      .psr-count[data-status='failed'] {
        color: var(--panopto-color-danger, #c62828);
      }
      .psr-detail {
        display: block;
        color: var(--panopto-color-text-muted, #5b6573);
      }
    `,
  ],
})
export class PanoptoSyncReportComponent implements OnChanges {
  @Input() plan: SyncPlan | null = null;
  @Input() report: SyncReport | null = null;
  /** The table's caption; `caption` of `PANOPTO_PROVISIONING_TEXTS` when unset. */
  @Input() caption: string | null = null;
  /** Shown when the plan changes nothing; `emptyText` of `PANOPTO_PROVISIONING_TEXTS` when unset. */
  @Input() emptyText: string | null = null;

  /** The current language's texts of the report. */
  readonly texts = injectPanoptoTexts(PANOPTO_PROVISIONING_TEXTS);

  readonly kinds = SYNC_OP_KINDS;
  readonly statuses = STATUSES;
  rows: SyncReportRow[] = [];
  visible: SyncReportRow[] = [];
  kindFilter: SyncOpKind | '' = '';
  statusFilter: SyncRowStatus | '' = '';

  private readonly announcer = inject(LiveAnnouncer);
  private readonly cdr = inject(ChangeDetectorRef);
  private lastAnnounced = '';
  private results = new Map<string, SyncOpResult>();

  ngOnChanges(changes: SimpleChanges): void {
    this.rows = syncReportRows(this.plan, this.report);
    this.results = new Map((this.report?.results ?? []).map((r) => [r.op.id, r]));
    this.applyFilters();
    if (changes['report'] && this.report) this.announce(this.report);
  }

  kindLabel(kind: SyncOpKind): string {
    return this.texts.kind(kind);
  }

  /**
   * The note under a row's status in the current language: why it was skipped (worded from the results), else
   * what the run reported (Panopto's own message of a failure, the call a dry run would send).
   */
  detailOf(row: SyncReportRow): string {
    const results = this.results;
    const result = results.get(row.op.id);
    if (result?.resumed) return this.texts.resumed;
    if (result?.status === 'skipped') {
      const blocker = row.op.dependsOn
        .map((id) => results.get(id))
        .find((r) => r && (r.status === 'failed' || r.status === 'skipped'));
      if (blocker) return this.texts.blocked(this.texts.reason(blocker.op));
    }
    return row.detail;
  }

  countKind(kind: SyncOpKind): number {
    return this.rows.filter((r) => r.op.kind === kind).length;
  }

  countStatus(status: SyncRowStatus): number {
    return this.rows.filter((r) => r.status === status).length;
  }

  presentStatuses(): SyncRowStatus[] {
    return this.statuses.filter((s) => this.countStatus(s) > 0);
  }

  setKind(value: string): void {
    this.kindFilter = (SYNC_OP_KINDS as readonly string[]).includes(value) ? (value as SyncOpKind) : '';
    this.applyFilters();
  }

  setStatus(value: string): void {
    this.statusFilter = (STATUSES as readonly string[]).includes(value) ? (value as SyncRowStatus) : '';
    this.applyFilters();
  }

  private applyFilters(): void {
    this.visible = this.rows.filter(
      (r) =>
        (!this.kindFilter || r.op.kind === this.kindFilter) && (!this.statusFilter || r.status === this.statusFilter),
    );
    this.cdr.markForCheck();
  }

  /** Announce the start, each quarter of progress and the end — not every operation (too chatty). */
  private announce(report: SyncReport): void {
    const total = report.results.length;
    const finishedOps = total - report.counts.pending;
    const quarter = total ? Math.floor((finishedOps / total) * 4) : 4;
    const key = report.finished ? `end:${report.planId}:${report.dryRun}` : `q${quarter}:${report.planId}`;
    if (key === this.lastAnnounced) return;
    this.lastAnnounced = key;
    const c = report.counts;
    const message = report.finished
      ? report.dryRun
        ? this.texts.dryRunFinished(c['dry-run'])
        : this.texts.syncFinished(c.done, c.skipped, c.failed)
      : this.texts.applying(finishedOps, total);
    void this.announcer.announce(message, 'polite');
  }
}

/** For NgModule apps. */
@NgModule({ imports: [PanoptoSyncReportComponent], exports: [PanoptoSyncReportComponent] })
export class PanoptoSyncReportModule {}
