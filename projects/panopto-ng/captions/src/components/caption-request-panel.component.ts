import { LiveAnnouncer } from '@angular/cdk/a11y';
import { NgFor, NgIf } from '@angular/common';
import {
  ChangeDetectionStrategy,
  ChangeDetectorRef,
  Component,
  EventEmitter,
  Input,
  NgZone,
  OnDestroy,
  Output,
  inject,
} from '@angular/core';
import { PANOPTO_CLOCK } from 'panopto-ng';
import { clockInterval } from 'panopto-ng/core';
import { Subscription } from 'rxjs';
import { PanoptoCaptionsApi } from '../api/panopto-captions-api';
import {
  AccessibilityBulkPreviewResponse,
  AccessibilityRequestType,
  AccessibilitySessionPreview,
  ContentLanguage,
} from '../api/caption-models';
import { injectPanoptoTexts } from 'panopto-ng';
import type { PanoptoCaptionsTexts } from '../i18n/captions-texts';
import { PANOPTO_CAPTIONS_TEXTS } from '../i18n/captions-texts-set';
import { describeCaptionError, isForbidden } from './describe-caption-error';

/** Where a provider request stands. */
export type CaptionRequestPhase = 'idle' | 'previewing' | 'preview' | 'scheduling' | 'pending' | 'done' | 'error';

let nextId = 0;

/**
 * Request captions from a provider for some sessions: preview eligibility (with the reason for each session
 * that is not eligible), pick a provider, schedule, then follow the requests until they are done. Used by
 * `<panopto-captions>`; usable on its own for a folder's sessions.
 *
 * @example
 * ```html
 * <panopto-caption-request-panel [sessionIds]="folderSessionIds"></panopto-caption-request-panel>
 * ```
 */
@Component({
  selector: 'panopto-caption-request-panel',
  standalone: true,
  imports: [NgFor, NgIf],
  templateUrl: './caption-request-panel.component.html',
  styleUrls: ['./panopto-captions.component.css'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CaptionRequestPanelComponent implements OnDestroy {
  private readonly captions = inject(PanoptoCaptionsApi);
  private readonly announcer = inject(LiveAnnouncer);
  private readonly cdr = inject(ChangeDetectorRef);
  private readonly zone = inject(NgZone);
  private readonly clock = inject(PANOPTO_CLOCK);
  readonly texts: PanoptoCaptionsTexts = injectPanoptoTexts(PANOPTO_CAPTIONS_TEXTS);
  readonly ids = `panopto-caption-request-${nextId++}`;

  /** The sessions to request captions for (at most 100, Panopto's limit). */
  @Input() sessionIds: readonly string[] = [];
  /** Language of the captions asked for. */
  @Input() language: ContentLanguage = 'English_USA';
  /** What to request. Default `Transcription` (captions). */
  @Input() requestType: AccessibilityRequestType = 'Transcription';
  /** How often the status of scheduled requests is read, in ms. */
  @Input() statusPollMs = 5000;

  /** Every scheduled request is done. */
  @Output() readonly requestsCompleted = new EventEmitter<readonly string[]>();

  phase: CaptionRequestPhase = 'idle';
  preview: AccessibilityBulkPreviewResponse | null = null;
  providerId: number | null = null;
  message = '';
  forbidden = false;
  scheduledIds: string[] = [];

  private work: Subscription | null = null;
  private stopPolling: (() => void) | null = null;

  ngOnDestroy(): void {
    this.work?.unsubscribe();
    this.stopPolling?.();
  }

  get languageLabel(): string {
    return this.texts.languageName(this.language);
  }

  get evaluations(): AccessibilitySessionPreview[] {
    return this.preview?.SessionEvaluations ?? [];
  }

  get schedulable(): string[] {
    return this.evaluations.filter((e) => e.EligibilityState !== 'Excluded').map((e) => e.SessionId);
  }

  stateText(e: AccessibilitySessionPreview): string {
    if (e.EligibilityState === 'Eligible') return this.texts.eligible;
    return e.EligibilityState === 'ConditionallyEligible' ? this.texts.conditionallyEligible : this.texts.excluded;
  }

  runPreview(): void {
    this.phase = 'previewing';
    this.message = this.texts.previewing;
    this.forbidden = false;
    this.work?.unsubscribe();
    this.work = this.captions
      .previewBulkRequest({ Type: this.requestType, SessionIds: [...this.sessionIds] })
      .subscribe({
        next: (preview) => {
          this.preview = preview;
          this.providerId = preview.Providers?.[0]?.ProviderInstanceId ?? null;
          this.phase = 'preview';
          const s = preview.Summary;
          this.message = s
            ? this.texts.eligibleSummary(s.EligibleCount + s.ConditionallyEligibleCount, s.TotalSessions)
            : '';
          this.announcer.announce(this.message, 'polite');
          this.cdr.markForCheck();
        },
        error: (e: unknown) => this.fail(e),
      });
    this.cdr.markForCheck();
  }

  onProvider(value: string): void {
    this.providerId = Number(value);
  }

  schedule(): void {
    const ids = this.schedulable;
    if (this.providerId === null || ids.length === 0) return;
    this.phase = 'scheduling';
    this.work?.unsubscribe();
    this.work = this.captions
      .scheduleBulkRequest({
        Type: this.requestType,
        SessionIds: ids,
        ProviderInstanceId: this.providerId,
        SourceLanguage: this.language,
      })
      .subscribe({
        next: (result) => {
          this.scheduledIds = (result.Results ?? []).filter((r) => r.Scheduled).map((r) => r.SessionId);
          this.phase = this.scheduledIds.length ? 'pending' : 'preview';
          this.message = this.texts.scheduled(result.ScheduledCount);
          this.announcer.announce(this.message, 'polite');
          if (this.scheduledIds.length) this.followStatus();
          this.cdr.markForCheck();
        },
        error: (e: unknown) => this.fail(e),
      });
    this.cdr.markForCheck();
  }

  /** Reads the preview of the scheduled sessions until none is pending any more. */
  private followStatus(): void {
    this.stopPolling?.();
    const ids = [...this.scheduledIds];
    let inFlight = false;
    const poll = (): void => {
      if (inFlight) return;
      inFlight = true;
      this.zone.run(() => {
        this.work = this.captions
          .previewBulkRequest({ Type: this.requestType, SessionIds: ids }, { priority: 'background' })
          .subscribe({
            next: (preview) => {
              inFlight = false;
              const pending = (preview.SessionEvaluations ?? []).filter(
                (e) => e.ReasonCode === 'PendingRequest',
              ).length;
              this.preview = preview;
              if (pending === 0) {
                this.stopPolling?.();
                this.stopPolling = null;
                this.phase = 'done';
                this.message = this.texts.requestDone;
                this.announcer.announce(this.message, 'polite');
                this.requestsCompleted.emit(ids);
              } else this.message = this.texts.pending(pending);
              this.cdr.markForCheck();
            },
            error: (e: unknown) => {
              inFlight = false;
              this.stopPolling?.();
              this.fail(e);
            },
          });
      });
    };
    this.message = this.texts.pending(ids.length);
    this.stopPolling = this.zone.runOutsideAngular(() => clockInterval(this.clock, this.statusPollMs, poll));
  }

  private fail(error: unknown): void {
    this.phase = 'error';
    this.forbidden = isForbidden(error);
    this.message = describeCaptionError(error, this.texts, this.texts.forbiddenRequest);
    this.announcer.announce(this.message, 'assertive');
    this.cdr.markForCheck();
  }
}
