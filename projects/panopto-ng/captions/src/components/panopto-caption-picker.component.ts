import { NgFor } from '@angular/common';
import {
  ChangeDetectionStrategy,
  ChangeDetectorRef,
  Component,
  Input,
  NgZone,
  OnChanges,
  OnDestroy,
  inject,
} from '@angular/core';
import { PANOPTO_CLOCK } from 'panopto-ng';
import { CaptionTrackState, PanoptoCaptionTrackSource, watchCaptionTracks } from './caption-track-source';
import { injectPanoptoTexts } from 'panopto-ng';
import type { PanoptoCaptionsTexts } from '../i18n/captions-texts';
import { PANOPTO_CAPTIONS_TEXTS } from '../i18n/captions-texts-set';

let nextId = 0;

/**
 * A caption language picker for a player, driven by the Embed API's caption tracks (`getCaptionTracks`,
 * `enableCaptions(track)`, `disableCaptions`). A track added while the page is open (an upload, a provider's
 * file) appears in the list within a second. A native `<select>`: keyboard and screen readers work as usual.
 *
 * @example
 * ```html
 * <panopto-player #player [sessionId]="id"></panopto-player>
 * <panopto-caption-picker [player]="player"></panopto-caption-picker>
 * ```
 */
@Component({
  selector: 'panopto-caption-picker',
  standalone: true,
  imports: [NgFor],
  template: `
    <label class="panopto-caption-picker" [for]="id">
      <span>{{ texts.pickerLabel }}</span>
      <select [id]="id" [disabled]="!state || state.tracks.length === 0" (change)="pick($any($event.target).value)">
        <option value="-1" [selected]="!state || state.selected < 0">{{ texts.captionsOff }}</option>
        <option *ngFor="let label of state?.tracks ?? []; let i = index" [value]="i" [selected]="state?.selected === i">
          {{ label }}
        </option>
      </select>
    </label>
  `,
  styles: [
    `
      .panopto-caption-picker {
        display: inline-flex;
        align-items: center;
        gap: 0.5rem;
        font-family: var(--panopto-font-family, inherit);
        color: var(--panopto-color-text, #1d2433);
      }
      select {
        font: inherit;
        min-height: 2.25rem;
        border-radius: var(--panopto-radius, 8px);
        border: 1px solid var(--panopto-color-border, #c5cbd6);
        background: var(--panopto-color-surface, #fff);
        color: inherit;
      }
      select:focus-visible {
        outline: 3px solid var(--panopto-focus-ring, var(--panopto-color-accent, #2a6ff0));
        outline-offset: 2px;
      }
    `,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PanoptoCaptionPickerComponent implements OnChanges, OnDestroy {
  private readonly cdr = inject(ChangeDetectorRef);
  private readonly zone = inject(NgZone);
  private readonly clock = inject(PANOPTO_CLOCK);
  readonly texts: PanoptoCaptionsTexts = injectPanoptoTexts(PANOPTO_CAPTIONS_TEXTS);
  readonly id = `panopto-caption-picker-${nextId++}`;

  /** The player (`<panopto-player #player>` → `[player]="player"`). */
  @Input() player: PanoptoCaptionTrackSource | null = null;

  state: CaptionTrackState | null = null;
  private stop: (() => void) | null = null;

  ngOnChanges(): void {
    this.stop?.();
    this.stop = null;
    this.state = null;
    if (!this.player) return;
    this.stop = watchCaptionTracks(this.player, this.clock, this.zone, (state) => {
      this.state = state;
      this.cdr.markForCheck();
    });
  }

  ngOnDestroy(): void {
    this.stop?.();
  }

  /** Shows the track at `index`, or none for -1. */
  pick(value: string | number): void {
    const index = Number(value);
    if (!this.player) return;
    if (index >= 0) this.player.enableCaptions(index);
    else this.player.disableCaptions();
    if (this.state) this.state = { ...this.state, selected: index };
    this.cdr.markForCheck();
  }
}
