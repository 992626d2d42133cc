import { NumberInput, coerceNumberProperty } from '@angular/cdk/coercion';
import { NgFor, NgIf } from '@angular/common';
import { ChangeDetectionStrategy, Component, Input, OnChanges } from '@angular/core';
import { AnalyticsChartBase } from './analytics-chart-base';
import { PanoptoAnalyticsStateComponent } from './analytics-state.component';
import { CompletionBin, completionBins } from './completion-bins';
import { uniqueId } from './format';

/**
 * How far viewers got through a session (or the sessions of a folder): a bar chart of the completion
 * distribution with the count on every bar, plus a summary sentence and a table for screen readers.
 *
 * @example
 * ```html
 * <panopto-completion-summary [completions]="rows.map(r => r.percentCompleted)" label="Lecture 3"></panopto-completion-summary>
 * ```
 */
@Component({
  selector: 'panopto-completion-summary',
  standalone: true,
  imports: [NgIf, NgFor, PanoptoAnalyticsStateComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <panopto-analytics-state [state]="state" [message]="stateMessage"></panopto-analytics-state>
    <figure *ngIf="state === 'ready'" class="summary">
      <svg
        role="img"
        [attr.aria-labelledby]="titleId + ' ' + descId"
        viewBox="0 0 100 100"
        preserveAspectRatio="none"
        focusable="false"
      >
        <title [attr.id]="titleId">{{ label ?? texts.completionLabel }}</title>
        <desc [attr.id]="descId">{{ description }}</desc>
        <rect
          *ngFor="let bin of bins; let i = index"
          class="bar"
          [class.completed]="i === bins.length - 1"
          [attr.x]="i * 20 + 2"
          width="16"
          [attr.y]="100 - height(bin)"
          [attr.height]="height(bin)"
        ></rect>
      </svg>
      <ol class="legend" aria-hidden="true">
        <li *ngFor="let bin of bins">
          <strong>{{ bin.count }}</strong>
          <span>{{ texts.completionBin(bin) }}</span>
        </li>
      </ol>
      <figcaption class="caption">{{ description }}</figcaption>
      <table class="panopto-visually-hidden">
        <caption>
          {{
            texts.completionTableCaption(label ?? texts.completionLabel)
          }}
        </caption>
        <thead>
          <tr>
            <th scope="col">{{ texts.completionColumn }}</th>
            <th scope="col">{{ texts.completionViewersColumn }}</th>
          </tr>
        </thead>
        <tbody>
          <tr *ngFor="let bin of bins">
            <th scope="row">{{ texts.completionBin(bin) }}</th>
            <td>{{ bin.count }}</td>
          </tr>
        </tbody>
      </table>
    </figure>
  `,
  styleUrls: ['../../../shared-styles/visually-hidden.css'],
  styles: [
    `
      :host {
        display: block;
        font-family: var(--panopto-font-family, inherit);
        color: var(--panopto-color-text, #1b1f24);
      }
      .summary {
        margin: 0;
      }
      svg {
        display: block;
        width: 100%;
        height: var(--panopto-completion-height, 120px);
        border-bottom: 1px solid var(--panopto-color-border, #d8dee4);
      }
      .bar {
        fill: var(--panopto-color-accent, #2a6ff0);
        opacity: 0.7;
      }
      .bar.completed {
        fill: var(--panopto-color-success, #1b7f3b);
        opacity: 1;
      }
      .legend {
        display: grid;
        grid-template-columns: repeat(5, 1fr);
        list-style: none;
        margin: 0.25rem 0 0;
        padding: 0;
        text-align: center;
        font-size: 0.8rem;
        color: var(--panopto-color-text-muted, #57606a);
      }
      .legend strong {
        display: block;
        font-size: 1rem;
        color: var(--panopto-color-text, #1b1f24);
        font-variant-numeric: tabular-nums;
      }
      .caption {
        font-size: 0.85rem;
        color: var(--panopto-color-text-muted, #57606a);
        margin-top: 0.25rem;
      }
    `,
  ],
})
export class PanoptoCompletionSummaryComponent extends AnalyticsChartBase implements OnChanges {
  /** Completion of each viewer (or each viewer × session for a folder), 0–100. */
  @Input() completions: readonly number[] = [];
  /** From this percentage a viewer counts as having completed. Default 100. */
  @Input()
  get completedAt(): number {
    return this._completedAt;
  }
  set completedAt(value: NumberInput) {
    this._completedAt = Math.min(100, Math.max(75, coerceNumberProperty(value, 100)));
  }
  /** Accessible name of the chart; `completionLabel` of `PANOPTO_ANALYTICS_TEXTS` when unset. */
  @Input() label: string | null = null;

  /** @internal */ bins: CompletionBin[] = completionBins([]);
  /** @internal */ total = 0;
  /** @internal */ readonly titleId = uniqueId('panopto-completion-title');
  /** @internal */ readonly descId = uniqueId('panopto-completion-desc');

  private _completedAt = 100;
  private max = 0;

  ngOnChanges(): void {
    this.bins = completionBins(this.completions ?? [], this._completedAt);
    this.total = this.bins.reduce((sum, b) => sum + b.count, 0);
    this.max = this.bins.reduce((m, b) => Math.max(m, b.count), 0);
  }

  /** @internal The summary sentence, in the current language. */
  get description(): string {
    const completed = this.bins[this.bins.length - 1].count;
    const share = this.fmt.percent(this.total ? completed / this.total : 0);
    const bins = this.bins.map((b) => this.texts.completionBinCount(b.count, b));
    return this.texts.completionDescription(this.total, bins, share);
  }

  protected get loadingText(): string {
    return this.texts.completionLoading;
  }

  protected get defaultEmptyText(): string {
    return this.texts.completionEmpty;
  }

  protected hasNoData(): boolean {
    return this.total === 0;
  }

  /** @internal */
  height(bin: CompletionBin): number {
    return this.max > 0 ? Math.max(bin.count > 0 ? 2 : 0, (bin.count / this.max) * 96) : 0;
  }
}
