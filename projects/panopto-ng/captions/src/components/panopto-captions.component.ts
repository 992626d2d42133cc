import { LiveAnnouncer } from '@angular/cdk/a11y';
import { NgFor, NgIf } from '@angular/common';
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
  inject,
} from '@angular/core';
import { PANOPTO_CLOCK, PanoptoApi } from 'panopto-ng';
import { Subscription } from 'rxjs';
import { PanoptoCaptionsApi } from '../api/panopto-captions-api';
import { PanoptoCaptionFileError } from '../api/caption-file-error';
import { CONTENT_LANGUAGES, ContentLanguage } from '../api/caption-models';
import { languageOfCaptionTrack } from '../api/caption-languages';
import { CaptionCheckResult } from '../checker/caption-findings';
import { checkCaptionFile } from '../checker/check-caption-text';
import { CaptionRequestPanelComponent } from './caption-request-panel.component';
import { CaptionTrackState, PanoptoCaptionTrackSource, watchCaptionTracks } from './caption-track-source';
import { injectPanoptoTexts } from 'panopto-ng';
import type { PanoptoCaptionsTexts } from '../i18n/captions-texts';
import { PANOPTO_CAPTIONS_TEXTS } from '../i18n/captions-texts-set';
import { describeCaptionError, isForbidden } from './describe-caption-error';

/** What happened to a session's captions, emitted by `(captionsChanged)`. */
export interface PanoptoCaptionsChange {
  readonly kind: 'uploaded' | 'deleted';
  readonly sessionId: string;
  readonly language: ContentLanguage | null;
}

/** The upload's phase: the component shows one at a time. */
export type CaptionUploadPhase = 'idle' | 'checking' | 'findings' | 'ready' | 'uploading' | 'done' | 'error';

let nextId = 0;

/**
 * The captions of one session: the languages it has (from the player's caption tracks), upload a caption file
 * for a language (drop zone; the checker's findings with line numbers inline; nothing is sent while there are
 * any), delete a language, and request captions from a provider (eligibility preview, schedule, status).
 * A 403 says what to ask for; other failures show Panopto's message. Results are announced to screen readers.
 *
 * @example
 * ```html
 * <panopto-player #player [sessionId]="id"></panopto-player>
 * <panopto-captions [sessionId]="id" [player]="player"></panopto-captions>
 * ```
 */
@Component({
  selector: 'panopto-captions',
  standalone: true,
  imports: [NgFor, NgIf, CaptionRequestPanelComponent],
  templateUrl: './panopto-captions.component.html',
  styleUrls: ['../../../shared-styles/visually-hidden.css', './panopto-captions.component.css'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PanoptoCaptionsComponent implements OnChanges, OnDestroy {
  private readonly captions = inject(PanoptoCaptionsApi);
  private readonly api = inject(PanoptoApi);
  private readonly announcer = inject(LiveAnnouncer);
  private readonly cdr = inject(ChangeDetectorRef);
  private readonly zone = inject(NgZone);
  private readonly clock = inject(PANOPTO_CLOCK);
  readonly texts: PanoptoCaptionsTexts = injectPanoptoTexts(PANOPTO_CAPTIONS_TEXTS);
  readonly ids = `panopto-captions-${nextId++}`;
  readonly languages = CONTENT_LANGUAGES;

  /** The session (a GUID). */
  @Input() sessionId: string | null = null;
  /** A player showing the session (`<panopto-player #player>` → `[player]="player"`): its tracks are listed. */
  @Input() player: PanoptoCaptionTrackSource | null = null;
  /** The language chosen for uploads at first. */
  @Input() defaultLanguage: ContentLanguage = 'English_USA';
  /** Sessions a provider request covers (a folder's, say); default: this session. */
  @Input() requestSessionIds: readonly string[] | null = null;
  /** Show the provider request section. Default true. */
  @Input() showRequests = true;

  /** A caption was uploaded or deleted. */
  @Output() readonly captionsChanged = new EventEmitter<PanoptoCaptionsChange>();

  tracks: CaptionTrackState | null = null;
  /** Without a player: whether Panopto lists a caption download for the session. */
  hasCaptionDownload: boolean | null = null;
  language: ContentLanguage = 'English_USA';
  phase: CaptionUploadPhase = 'idle';
  file: File | null = null;
  check: CaptionCheckResult | null = null;
  message = '';
  forbidden = false;
  dragging = false;
  confirming: string | null = null;
  busyTrack: string | null = null;
  trackError = '';

  private stopWatching: (() => void) | null = null;
  private work: Subscription | null = null;
  private sessionLookup: Subscription | null = null;

  ngOnChanges(): void {
    this.language = this.phase === 'idle' ? this.defaultLanguage : this.language;
    this.stopWatching?.();
    this.stopWatching = null;
    this.tracks = null;
    if (this.player) {
      this.stopWatching = watchCaptionTracks(this.player, this.clock, this.zone, (state) => {
        this.tracks = state;
        this.cdr.markForCheck();
      });
    } else this.lookUpSession();
  }

  ngOnDestroy(): void {
    this.stopWatching?.();
    this.work?.unsubscribe();
    this.sessionLookup?.unsubscribe();
  }

  get requestIds(): readonly string[] {
    return this.requestSessionIds?.length ? this.requestSessionIds : this.sessionId ? [this.sessionId] : [];
  }

  trackLanguage(label: string): ContentLanguage | null {
    return languageOfCaptionTrack(label);
  }

  // ---- upload -------------------------------------------------------------------------------------------

  onLanguage(value: string): void {
    this.language = (CONTENT_LANGUAGES as readonly string[]).includes(value)
      ? (value as ContentLanguage)
      : this.language;
  }

  onDragOver(event: DragEvent): void {
    event.preventDefault();
    if (!this.dragging) {
      this.dragging = true;
      this.cdr.markForCheck();
    }
  }

  onDragLeave(): void {
    this.dragging = false;
  }

  onDrop(event: DragEvent): void {
    event.preventDefault();
    this.dragging = false;
    const file = event.dataTransfer?.files?.[0];
    if (file) void this.choose(file);
  }

  onPicked(input: HTMLInputElement): void {
    const file = input.files?.[0];
    input.value = '';
    if (file) void this.choose(file);
  }

  /** Runs the checker on a file; nothing is sent until it passes and Upload is pressed. */
  async choose(file: File): Promise<void> {
    this.file = file;
    this.phase = 'checking';
    this.check = null;
    this.message = this.texts.checking(file.name);
    this.cdr.markForCheck();
    const result = await checkCaptionFile(file);
    if (this.file !== file) return; // another file was chosen meanwhile
    this.check = result;
    this.phase = result.ok ? 'ready' : 'findings';
    this.message = result.ok
      ? this.texts.checkedOk(file.name, result.cueCount)
      : this.texts.findingsHeading(file.name, result.totalFindings);
    this.announcer.announce(this.message, result.ok ? 'polite' : 'assertive');
    this.cdr.markForCheck();
  }

  upload(): void {
    const file = this.file;
    const sessionId = this.sessionId;
    if (!file || !sessionId || this.phase !== 'ready') return;
    const language = this.language;
    this.phase = 'uploading';
    this.message = this.texts.uploading(file.name);
    this.forbidden = false;
    this.work?.unsubscribe();
    this.work = this.captions.uploadSessionCaptions(sessionId, file, language).subscribe({
      complete: () =>
        this.finish('done', this.texts.uploaded(this.texts.languageName(language)), {
          kind: 'uploaded',
          sessionId,
          language,
        }),
      error: (e: unknown) => this.fail(e),
    });
    this.cdr.markForCheck();
  }

  private finish(phase: CaptionUploadPhase, message: string, change: PanoptoCaptionsChange): void {
    this.phase = phase;
    this.message = message;
    this.announcer.announce(message, 'polite');
    this.captionsChanged.emit(change);
    if (!this.player) this.lookUpSession();
    this.cdr.markForCheck();
  }

  private fail(error: unknown): void {
    if (error instanceof PanoptoCaptionFileError) {
      this.check = error.result;
      this.phase = 'findings';
      this.message = this.texts.findingsHeading(error.fileName, error.result.totalFindings);
    } else {
      this.phase = 'error';
      this.forbidden = isForbidden(error);
      this.message = describeCaptionError(error, this.texts, this.texts.forbiddenEdit);
    }
    this.announcer.announce(this.message, 'assertive');
    this.cdr.markForCheck();
  }

  // ---- delete -------------------------------------------------------------------------------------------

  askDelete(label: string): void {
    this.confirming = label;
    this.trackError = '';
  }

  cancelDelete(): void {
    this.confirming = null;
  }

  delete(label: string): void {
    const sessionId = this.sessionId;
    const language = languageOfCaptionTrack(label);
    if (!sessionId) return;
    this.busyTrack = label;
    this.confirming = null;
    this.work?.unsubscribe();
    this.work = this.captions.deleteSessionCaptionLanguage(sessionId, language).subscribe({
      complete: () => {
        this.busyTrack = null;
        this.finish(this.phase, this.texts.deleted(label), { kind: 'deleted', sessionId, language });
      },
      error: (e: unknown) => {
        this.busyTrack = null;
        this.trackError = describeCaptionError(e, this.texts, this.texts.forbiddenEdit);
        this.announcer.announce(this.trackError, 'assertive');
        this.cdr.markForCheck();
      },
    });
  }

  private lookUpSession(): void {
    this.sessionLookup?.unsubscribe();
    this.hasCaptionDownload = null;
    if (!this.sessionId) return;
    this.sessionLookup = this.api.sessions.get(this.sessionId).subscribe({
      next: (s) => {
        this.hasCaptionDownload = !!s.Urls?.CaptionDownloadUrl;
        this.cdr.markForCheck();
      },
      error: (e: unknown) => {
        this.trackError = describeCaptionError(e, this.texts, this.texts.forbiddenEdit);
        this.cdr.markForCheck();
      },
    });
  }
}
