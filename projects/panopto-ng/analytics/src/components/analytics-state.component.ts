import { NgIf } from '@angular/common';
import { ChangeDetectionStrategy, Component, Input } from '@angular/core';

/** What a chart shows: one of the shared states, or (`ready`) the chart itself. */
export type AnalyticsChartState = 'loading' | 'error' | 'empty' | 'ready';

/**
 * The loading, error or empty paragraph every analytics chart shows in place of its drawing, so the three look
 * and sound the same. Internal to the entry point: apps set `loading`, `error` and `emptyText` on the chart.
 *
 * Errors are an `alert` so they are read out at once; loading and empty are a polite `status`.
 */
@Component({
  selector: 'panopto-analytics-state',
  standalone: true,
  imports: [NgIf],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p
      *ngIf="state !== 'ready'"
      class="panopto-analytics-state"
      [class.error]="state === 'error'"
      [attr.role]="state === 'error' ? 'alert' : 'status'"
    >
      {{ message }}
    </p>
  `,
  styles: [
    `
      :host {
        display: block;
      }
      .panopto-analytics-state {
        margin: 0;
        padding: 1rem;
        border: 1px dashed var(--panopto-color-border, #d8dee4);
        border-radius: var(--panopto-radius, 8px);
        color: var(--panopto-color-text-muted, #57606a);
      }
      .panopto-analytics-state.error {
        color: var(--panopto-color-danger, #c62828);
        border-style: solid;
      }
    `,
  ],
})
export class PanoptoAnalyticsStateComponent {
  /** Which paragraph to show; `ready` shows none. */
  @Input() state: AnalyticsChartState = 'ready';
  /** What the paragraph says: the chart's loading text, the error, or its empty text. */
  @Input() message: string | null = null;
}
