import { LiveAnnouncer } from '@angular/cdk/a11y';
import { NgIf, isPlatformBrowser } from '@angular/common';
import {
  ChangeDetectionStrategy,
  ChangeDetectorRef,
  Component,
  EventEmitter,
  Input,
  NgZone,
  OnChanges,
  OnDestroy,
  Output,
  PLATFORM_ID,
  inject,
} from '@angular/core';
import { PANOPTO_CLOCK, PanoptoFormat, PanoptoLanguage, injectPanoptoTexts } from 'panopto-ng';
import { isGuid } from 'panopto-ng/core';
import { PanoptoPlayerComponent } from 'panopto-ng/player';
import { Subscription } from 'rxjs';
import { everySecond } from '../core/second-ticker';
import { parseInstant } from '../core/time-format';
import { PANOPTO_LIVE_TEXTS } from '../i18n/live-texts-set';
import { PanoptoLiveService } from '../panopto-live.service';
import { LivePlayerPhase, livePlayerPhase } from './live-player-phase';

/** A point in time: ISO string (with offset), epoch ms or `Date`. */
export type LiveInstant = string | number | Date | null | undefined;

function toMs(value: LiveInstant): number | null {
  if (value === null || value === undefined || value === '') return null;
  if (value instanceof Date) return Number.isFinite(value.getTime()) ? value.getTime() : null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  return parseInstant(value);
}

/**
 * A player for a live session that follows its life by itself: before the start a "starts at … (countdown)"
 * panel, while on air a live indicator over `<panopto-player>`, and after the end the on-demand recording. It
 * switches on the injectable clock (`PANOPTO_CLOCK`) and on `PanoptoLiveService`'s list of webcasts in progress
 * (an overrunning broadcast stays live; one the recorder has not started yet shows "starting").
 *
 * It composes `<panopto-player>` from `panopto-ng/player` rather than changing it, so the player stays free of
 * live polling for apps that do not need it.
 *
 * Theming: `--panopto-color-danger` (live indicator), `--panopto-color-surface`, `--panopto-color-border`,
 * `--panopto-color-text`, `--panopto-color-text-muted`, `--panopto-radius`.
 *
 * @example
 * ```html
 * <panopto-live-player [sessionId]="rec.Id" [startTime]="rec.StartTime" [endTime]="rec.EndTime"
 *                      (phaseChange)="log($event)"></panopto-live-player>
 * ```
 */
@Component({
  selector: 'panopto-live-player',
  standalone: true,
  imports: [NgIf, PanoptoPlayerComponent],
  templateUrl: './live-player.component.html',
  styleUrls: ['../../../shared-styles/visually-hidden.css', './live-player.component.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PanoptoLivePlayerComponent implements OnChanges, OnDestroy {
  /** The session (a GUID); for a scheduled broadcast, the `ScheduledRecording.Id`. */
  @Input() sessionId = '';
  /** When the broadcast starts. Without it, the player follows only the in-progress list. */
  @Input() startTime: LiveInstant = null;
  /** When the broadcast ends. */
  @Input() endTime: LiveInstant = null;
  /** The session's title, for the player's accessible name and the countdown panel. */
  @Input() videoTitle = '';

  /** The phase changed (also emitted once for the first phase). */
  @Output() readonly phaseChange = new EventEmitter<LivePlayerPhase>();

  /** @internal */ phase: LivePlayerPhase = 'on-demand';
  /** @internal */ startMs: number | null = null;
  /** @internal */ now: number;
  /** @internal */ validId = false;
  /** @internal The current language's texts of the live components. */
  readonly texts = injectPanoptoTexts(PANOPTO_LIVE_TEXTS);

  private readonly live = inject(PanoptoLiveService);
  private readonly clock = inject(PANOPTO_CLOCK);
  private readonly zone = inject(NgZone);
  private readonly cdr = inject(ChangeDetectorRef);
  private readonly announcer = inject(LiveAnnouncer);
  private readonly language = inject(PanoptoLanguage);
  private readonly isBrowser = isPlatformBrowser(inject(PLATFORM_ID));
  private endMs: number | null = null;
  private onAir = false;
  private liveSub?: Subscription;
  private cancelTimers: (() => void)[] = [];
  private stopTicker: (() => void) | null = null;
  private emitted = false;

  constructor() {
    this.now = this.clock.now();
  }

  ngOnChanges(): void {
    this.validId = isGuid(this.sessionId);
    this.startMs = toMs(this.startTime);
    this.endMs = toMs(this.endTime);
    this.liveSub?.unsubscribe();
    this.onAir = false;
    if (this.validId && this.isBrowser) {
      this.liveSub = this.live.isLive(this.sessionId).subscribe((onAir) => {
        this.onAir = onAir;
        this.update();
      });
    }
    this.update();
  }

  ngOnDestroy(): void {
    this.liveSub?.unsubscribe();
    this.clearTimers();
    this.setTicking(false);
  }

  /** @internal Dates and durations in the current language. */
  get fmt(): PanoptoFormat {
    return this.language.format;
  }

  /** @internal The machine-readable instant of a `<time datetime>`. */
  isoOf(ms: number): string {
    return new Date(ms).toISOString();
  }

  /** @internal Whole seconds left, rounded up so the countdown reaches 0:00 at the start. */
  countdown(): { text: string; words: string } {
    const seconds = Math.max(0, Math.ceil(((this.startMs ?? this.now) - this.now) / 1000));
    return { text: this.fmt.duration(seconds), words: this.fmt.spokenDuration(seconds) };
  }

  /** Recomputes the phase and arms a timer for the next moment it can change by the clock. */
  private update(): void {
    this.now = this.clock.now();
    const next = livePlayerPhase(this.now, this.startMs, this.endMs, this.onAir);
    if (next !== this.phase || !this.emitted) {
      const announce = this.emitted && this.texts.phaseAnnouncement(next);
      this.phase = next;
      this.emitted = true;
      this.phaseChange.emit(next);
      if (announce) void this.announcer.announce(announce, 'polite');
    }
    this.clearTimers();
    for (const at of [this.startMs, this.endMs]) {
      if (at !== null && at > this.now)
        this.cancelTimers.push(this.clock.setTimeout(() => this.update(), at - this.now));
    }
    this.setTicking(this.phase === 'upcoming');
    this.cdr.markForCheck();
  }

  private clearTimers(): void {
    this.cancelTimers.forEach((cancel) => cancel());
    this.cancelTimers = [];
  }

  /** The countdown ticks outside the zone and refreshes only this view. */
  private setTicking(on: boolean): void {
    if (on && !this.stopTicker && this.isBrowser) {
      this.stopTicker = everySecond(this.zone, this.clock, () => {
        this.now = this.clock.now();
        this.cdr.detectChanges();
      });
    } else if (!on && this.stopTicker) {
      this.stopTicker();
      this.stopTicker = null;
    }
  }
}
