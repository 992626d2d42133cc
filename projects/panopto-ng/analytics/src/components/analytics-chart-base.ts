import { BooleanInput, coerceBooleanProperty } from '@angular/cdk/coercion';
import { Directive, Input, inject } from '@angular/core';
import { PanoptoFormat, PanoptoLanguage, injectPanoptoTexts } from 'panopto-ng';
import type { PanoptoAnalyticsTexts } from '../i18n/analytics-texts';
import { PANOPTO_ANALYTICS_TEXTS } from '../i18n/analytics-texts-set';
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
  /** Shown when there is nothing to draw; the chart's own text of `PANOPTO_ANALYTICS_TEXTS` when unset. */
  @Input() emptyText: string | null = null;

  /** @internal The current language's texts of the charts. */
  readonly texts: PanoptoAnalyticsTexts = injectPanoptoTexts(PANOPTO_ANALYTICS_TEXTS);
  private readonly language = inject(PanoptoLanguage);

  /** The loading paragraph, worded for the chart (`Loading viewers…`). */
  protected abstract get loadingText(): string;
  /** The chart's empty paragraph when the app sets no `emptyText`. */
  protected abstract get defaultEmptyText(): string;

  /** @internal Numbers, times and dates in the current language. */
  get fmt(): PanoptoFormat {
    return this.language.format;
  }

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
    if (state === 'loading') return this.loadingText;
    return state === 'error' ? this.error : this.emptyText ?? this.defaultEmptyText;
  }

  /** Whether there is nothing to draw, so the chart shows its `emptyText`. */
  protected abstract hasNoData(): boolean;
}
