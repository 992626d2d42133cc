import { LiveAnnouncer } from '@angular/cdk/a11y';
import { NgFor, NgIf, isPlatformBrowser } from '@angular/common';
import {
  ChangeDetectionStrategy,
  ChangeDetectorRef,
  Component,
  EventEmitter,
  Input,
  NgZone,
  OnDestroy,
  OnInit,
  Output,
  PLATFORM_ID,
  inject,
} from '@angular/core';
import { PANOPTO_CLOCK, PanoptoFormat, PanoptoLanguage, injectPanoptoTexts } from 'panopto-ng';
import { Subscription } from 'rxjs';
import { Session } from '../core/live-types';
import { everySecond } from '../core/second-ticker';
import { isoDuration, parseInstant } from '../core/time-format';
import { describeLiveError } from '../i18n/describe-live-error';
import { PANOPTO_LIVE_TEXTS } from '../i18n/live-texts-set';
import { LiveWebcastsState, PanoptoLiveService } from '../panopto-live.service';

let nextId = 0;

/**
 * What is on air now: every webcast in progress with a live badge, its start time and how long it has been on
 * air (ticking each second). Polls through `PanoptoLiveService.webcasts$` (shared with any other consumer),
 * shows loading, empty and error states, keeps rows in place between polls (no flicker), and announces
 * webcasts going on and off air to screen readers.
 *
 * Theming: `--panopto-color-danger` (live badge), `--panopto-color-surface`, `--panopto-color-border`,
 * `--panopto-color-text`, `--panopto-color-text-muted`, `--panopto-color-accent`, `--panopto-radius`,
 * `--panopto-focus-ring`.
 *
 * @example
 * ```html
 * <panopto-live-now heading="On air now" (watch)="open($event.Id)"></panopto-live-now>
 * ```
 */
@Component({
  selector: 'panopto-live-now',
  standalone: true,
  imports: [NgIf, NgFor],
  templateUrl: './live-now.component.html',
  styleUrls: ['../../../shared-styles/visually-hidden.css', './live-now.component.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PanoptoLiveNowComponent implements OnInit, OnDestroy {
  /** The list's heading (an `h2`); empty for none, `onAirHeading` of `PANOPTO_LIVE_TEXTS` when unset. */
  @Input() heading: string | null = null;
  /** Label of each row's button; `watch` of `PANOPTO_LIVE_TEXTS` when unset. */
  @Input() watchLabel: string | null = null;
  /** Announce webcasts going on and off air through the screen reader (polite). Default true. */
  @Input() announce = true;

  /** The user chose a webcast to watch. */
  @Output() readonly watch = new EventEmitter<Session>();

  /** @internal */ readonly headingId = `panopto-live-now-heading-${++nextId}`;
  /** @internal */ state: LiveWebcastsState | null = null;
  /** @internal */ now: number;
  /** @internal The current language's texts of the live components. */
  readonly texts = injectPanoptoTexts(PANOPTO_LIVE_TEXTS);

  private readonly live = inject(PanoptoLiveService);
  private readonly clock = inject(PANOPTO_CLOCK);
  private readonly zone = inject(NgZone);
  private readonly cdr = inject(ChangeDetectorRef);
  private readonly announcer = inject(LiveAnnouncer);
  private readonly language = inject(PanoptoLanguage);
  private readonly isBrowser = isPlatformBrowser(inject(PLATFORM_ID));
  private subscription?: Subscription;
  private stopTicker: (() => void) | null = null;
  private lastStatus: LiveWebcastsState['status'] | null = null;

  constructor() {
    this.now = this.clock.now();
  }

  ngOnInit(): void {
    this.subscription = this.live.webcasts$.subscribe((state) => this.onState(state));
  }

  ngOnDestroy(): void {
    this.subscription?.unsubscribe();
    this.setTicking(false);
  }

  /** @internal */
  get headingText(): string {
    return this.heading ?? this.texts.onAirHeading;
  }

  /** @internal Times and durations in the current language. */
  get fmt(): PanoptoFormat {
    return this.language.format;
  }

  /** @internal The last poll's error in the current language. */
  errorText(): string {
    return describeLiveError(this.state?.error, this.texts);
  }

  /** @internal Rows keep their DOM between polls: compared by Id. */
  trackById(_index: number, session: Session): string {
    return session.Id.toLowerCase();
  }

  /** @internal */
  startMs(session: Session): number | null {
    return parseInstant(session.StartTime);
  }

  /** @internal */
  elapsed(session: Session): { text: string; words: string; iso: string } | null {
    const start = this.startMs(session);
    if (start === null) return null;
    const ms = this.now - start;
    const seconds = Math.max(0, Math.floor(ms / 1000));
    return { text: this.fmt.duration(seconds), words: this.fmt.spokenDuration(seconds), iso: isoDuration(ms) };
  }

  /** @internal */
  retrySeconds(): number {
    return Math.ceil((this.state?.retryInMs ?? 0) / 1000);
  }

  private onState(state: LiveWebcastsState): void {
    this.state = state;
    this.now = this.clock.now();
    this.announceChanges(state);
    this.lastStatus = state.status;
    this.setTicking(state.sessions.length > 0);
    this.cdr.markForCheck();
  }

  private announceChanges(state: LiveWebcastsState): void {
    if (!this.announce) return;
    const texts = this.texts;
    const names = (list: readonly Session[]) => list.map((s) => s.Name || texts.untitledWebcast);
    let message = '';
    if (state.status === 'error' && this.lastStatus !== 'error') {
      message = texts.announceOnAirFailed(this.retrySeconds());
    } else if (state.status === 'ready' && state.initial) {
      message = texts.announceOnAirCount(state.sessions.length);
    } else if (state.status === 'ready') {
      const parts = [];
      if (state.added.length) parts.push(texts.announceNowOnAir(names(state.added)));
      if (state.removed.length) parts.push(texts.announceOffAir(names(state.removed)));
      message = parts.join(' ');
    }
    if (message) void this.announcer.announce(message, 'polite');
  }

  /** Elapsed times tick outside the zone and refresh only this view, never the whole app. */
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
