import { NumberInput, coerceNumberProperty } from '@angular/cdk/coercion';
import { NgFor, NgIf } from '@angular/common';
import { ChangeDetectionStrategy, Component, Input, OnChanges } from '@angular/core';
import { WatchedInterval } from '../engagement/intervals';
import { AnalyticsChartBase } from './analytics-chart-base';
import { PanoptoAnalyticsStateComponent } from './analytics-state.component';
import { uniqueId } from './format';
import { HeatmapModel, heatmapModel } from './heatmap-math';

/**
 * How often each part of a session was watched, as bars over time, with the drop-off point marked. Plain SVG,
 * themed by `--panopto-*` properties; screen readers get a summary and a table of every bucket.
 *
 * Feed it the played runs of one view (`summary.playedSegments` from `track()`) or of many views (e.g. from
 * your backend's `watched` events); rewatched parts count as often as they were played.
 *
 * @example
 * ```html
 * <panopto-engagement-heatmap
 *   [segments]="(summary$ | async)?.playedSegments ?? []"
 *   [durationSeconds]="session.Duration"
 *   buckets="60"
 * ></panopto-engagement-heatmap>
 * ```
 */
@Component({
  selector: 'panopto-engagement-heatmap',
  standalone: true,
  imports: [NgIf, NgFor, PanoptoAnalyticsStateComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <panopto-analytics-state [state]="state" [message]="stateMessage"></panopto-analytics-state>
    <figure *ngIf="state === 'ready' && model as m" class="heatmap">
      <svg
        role="img"
        [attr.aria-labelledby]="titleId + ' ' + descId"
        [attr.viewBox]="'0 0 ' + m.counts.length + ' 100'"
        preserveAspectRatio="none"
        focusable="false"
      >
        <title [attr.id]="titleId">{{ label ?? texts.heatmapLabel }}</title>
        <desc [attr.id]="descId">{{ description }}</desc>
        <rect
          *ngFor="let count of m.counts; let i = index"
          class="bar"
          [class.peak]="i === m.peakIndex"
          [attr.x]="i + 0.06"
          [attr.width]="0.88"
          [attr.y]="100 - height(count, m)"
          [attr.height]="height(count, m)"
        ></rect>
        <line
          *ngIf="m.dropOffSeconds !== null"
          class="drop-off"
          [attr.x1]="m.dropOffSeconds / m.bucketSeconds"
          [attr.x2]="m.dropOffSeconds / m.bucketSeconds"
          y1="0"
          y2="100"
          vector-effect="non-scaling-stroke"
        ></line>
      </svg>
      <div class="axis" aria-hidden="true">
        <span>{{ fmt.duration(0) }}</span>
        <span *ngIf="m.dropOffSeconds !== null" class="drop-off-label" [style.left.%]="dropOffPercent(m)">
          {{ texts.dropOffMarker(fmt.duration(m.dropOffSeconds)) }}
        </span>
        <span>{{ fmt.duration(duration) }}</span>
      </div>
      <figcaption class="caption">{{ description }}</figcaption>
      <table class="panopto-visually-hidden">
        <caption>
          {{
            texts.heatmapTableCaption(label ?? texts.heatmapLabel)
          }}
        </caption>
        <thead>
          <tr>
            <th scope="col">{{ texts.heatmapPartColumn }}</th>
            <th scope="col">{{ texts.heatmapViewsColumn }}</th>
          </tr>
        </thead>
        <tbody>
          <tr *ngFor="let count of m.counts; let i = index">
            <th scope="row">
              {{ fmt.duration(i * m.bucketSeconds, digits) }}–{{ fmt.duration((i + 1) * m.bucketSeconds, digits) }}
            </th>
            <td>{{ fmt.number(count) }}</td>
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
      .heatmap {
        margin: 0;
      }
      /* A timeline: time runs left to right in every language, as on Panopto's own player, so the bars and
         the axis under them stay left-to-right on purpose when the page is right-to-left (SVG x never
         mirrors; the axis must match it). Each label is isolated so its words still read in their own
         direction. */
      svg,
      .axis {
        direction: ltr;
      }
      .axis > span {
        unicode-bidi: isolate;
      }
      svg {
        display: block;
        width: 100%;
        height: var(--panopto-heatmap-height, 120px);
        background: var(--panopto-color-background, #f6f7f9);
        border: 1px solid var(--panopto-color-border, #d8dee4);
        border-radius: var(--panopto-radius, 8px);
      }
      .bar {
        fill: var(--panopto-color-accent, #2a6ff0);
        opacity: 0.75;
      }
      .bar.peak {
        opacity: 1;
      }
      .drop-off {
        stroke: var(--panopto-color-danger, #c62828);
        stroke-width: 2;
        stroke-dasharray: 4 3;
      }
      .axis {
        position: relative;
        display: flex;
        justify-content: space-between;
        font-size: 0.8rem;
        color: var(--panopto-color-text-muted, #57606a);
        min-height: 1.4em;
      }
      .drop-off-label {
        position: absolute;
        transform: translateX(-50%);
        color: var(--panopto-color-danger, #c62828);
        white-space: nowrap;
      }
      .caption {
        font-size: 0.85rem;
        color: var(--panopto-color-text-muted, #57606a);
        margin-top: 0.25rem;
      }
    `,
  ],
})
export class PanoptoEngagementHeatmapComponent extends AnalyticsChartBase implements OnChanges {
  /** Played runs in seconds, overlapping where rewatched. */
  @Input() segments: readonly WatchedInterval[] = [];
  /** The session's length in seconds. Nothing is drawn until it is known. */
  @Input() durationSeconds: number | null = null;
  /** Number of bars. Default 60. */
  @Input()
  get buckets(): number {
    return this._buckets;
  }
  set buckets(value: NumberInput) {
    this._buckets = Math.max(1, Math.min(1000, Math.round(coerceNumberProperty(value, 60))));
  }
  /** Share of the peak below which viewing counts as dropped off. Default 0.5. */
  @Input()
  get dropOffThreshold(): number {
    return this._threshold;
  }
  set dropOffThreshold(value: NumberInput) {
    this._threshold = Math.min(1, Math.max(0, coerceNumberProperty(value, 0.5)));
  }
  /** Accessible name of the chart; `heatmapLabel` of `PANOPTO_ANALYTICS_TEXTS` when unset. */
  @Input() label: string | null = null;

  /** @internal */ model: HeatmapModel | null = null;
  /** @internal */ readonly titleId = uniqueId('panopto-heatmap-title');
  /** @internal */ readonly descId = uniqueId('panopto-heatmap-desc');

  private _buckets = 60;
  private _threshold = 0.5;

  /** @internal Tenths of a second in labels when buckets are shorter than two seconds. */
  get digits(): number {
    return this.model && this.model.bucketSeconds < 2 && !Number.isInteger(this.model.bucketSeconds) ? 1 : 0;
  }

  /** @internal */
  get duration(): number {
    return this.durationSeconds ?? 0;
  }

  ngOnChanges(): void {
    const duration = this.durationSeconds;
    const model =
      duration && duration > 0 ? heatmapModel(this.segments ?? [], duration, this._buckets, this._threshold) : null;
    this.model = model && model.max > 0 ? model : null;
  }

  /** @internal The summary sentence, in the current language. */
  get description(): string {
    return this.model ? this.describe(this.model) : '';
  }

  protected get loadingText(): string {
    return this.texts.heatmapLoading;
  }

  protected get defaultEmptyText(): string {
    return this.texts.heatmapEmpty;
  }

  protected hasNoData(): boolean {
    return this.model === null;
  }

  /** @internal */
  height(count: number, m: HeatmapModel): number {
    return m.max > 0 ? (count / m.max) * 100 : 0;
  }

  /** @internal */
  dropOffPercent(m: HeatmapModel): number {
    return m.dropOffSeconds === null ? 0 : (m.dropOffSeconds / this.duration) * 100;
  }

  private describe(m: HeatmapModel): string {
    const { fmt, texts } = this;
    const peakFrom = fmt.duration(m.peakIndex * m.bucketSeconds, this.digits);
    const peakTo = fmt.duration((m.peakIndex + 1) * m.bucketSeconds, this.digits);
    const peak = texts.mostWatched(peakFrom, peakTo, fmt.number(m.max), m.max);
    const drop =
      m.dropOffSeconds === null
        ? texts.holdsToEnd
        : texts.dropsOffAt(fmt.duration(m.dropOffSeconds, this.digits), fmt.duration(this.duration));
    return `${peak} ${drop}`;
  }
}
