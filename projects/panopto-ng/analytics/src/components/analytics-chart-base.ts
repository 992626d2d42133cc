import { BooleanInput, coerceBooleanProperty } from '@angular/cdk/coercion';
import { Directive, Input } from '@angular/core';
import { AnalyticsChartState } from './analytics-state.component';

/**
 * The inputs every analytics chart shares (`loading`, `error`) and the one rule that turns them, and whether
 * there is anything to draw, into what the chart shows. A chart renders
 * `<panopto-analytics-state [state]="state" [message]="stateMessage">` and draws itself only when `state` is
 * `ready`.
 */
@Directive()
export abstract class AnalyticsChartBase {
  /** Shows the loading state instead of the chart; the bare attribute (`loading`) counts as true. */
  @Input()
  get loading(): boolean {
    return this._loading;
  }
  set loading(value: BooleanInput) {
    this._loading = coerceBooleanProperty(value);
  }
  /** Shows this message as an error instead of the chart. */
  @Input() error: string | null = null;
  /** Shown when there is nothing to draw; each chart declares it as an input with its own default. */
  abstract emptyText: string;

  /** The loading paragraph, worded for the chart (`Loading viewers…`). */
  protected abstract readonly loadingText: string;

  private _loading = false;

  /** @internal Loading wins over an error (a retry is under way), an error over the empty state. */
  get state(): AnalyticsChartState {
    if (this._loading) return 'loading';
    if (this.error) return 'error';
    return this.hasNoData() ? 'empty' : 'ready';
  }

  /** @internal The text of the current state's paragraph. */
  get stateMessage(): string | null {
    const state = this.state;
    return state === 'loading' ? this.loadingText : state === 'error' ? this.error : this.emptyText;
  }

  /** Whether there is nothing to draw, so the chart shows its `emptyText`. */
  protected abstract hasNoData(): boolean;
}
