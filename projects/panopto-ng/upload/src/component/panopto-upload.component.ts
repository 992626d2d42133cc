import { LiveAnnouncer } from '@angular/cdk/a11y';
import { BooleanInput, coerceBooleanProperty } from '@angular/cdk/coercion';
import { NgFor, NgIf } from '@angular/common';
import {
  ChangeDetectionStrategy,
  ChangeDetectorRef,
  Component,
  ElementRef,
  EventEmitter,
  inject,
  Input,
  OnDestroy,
  Output,
  ViewChild,
} from '@angular/core';
import { PANOPTO_CONFIG, PanoptoFormat, PanoptoLanguage, injectPanoptoTexts } from 'panopto-ng';
import { isGuid, ROOT_FOLDER_ID } from 'panopto-ng/core';
import { MAX_FILE_SIZE } from 'panopto-ng/upload/options';
import { Subject } from 'rxjs';
import { takeUntil } from 'rxjs/operators';
import {
  PanoptoUploadError,
  PanoptoUploadHttpError,
  PanoptoUploadProcessingError,
  PanoptoUploadValidationError,
} from '../core/upload-errors';
import { UploadSnapshot } from '../core/upload-types';
import { defaultTitle } from '../core/validation';
import { PanoptoUploadRef, PanoptoUploadService } from '../angular/panopto-upload.service';
import { PANOPTO_UPLOAD_TEXTS } from '../i18n/upload-texts-set';
import { milestone } from './upload-format';

/** Emitted when Panopto has turned an upload into a playable session. */
export interface PanoptoUploadedEvent {
  sessionId: string;
  folderId: string;
  title: string;
}

interface Draft {
  id: number;
  file: File;
  title: string;
  description: string;
}

interface Row {
  ref: PanoptoUploadRef;
  snapshot: UploadSnapshot;
  announced: number;
}

let nextInstance = 0;

/**
 * Drop zone, file picker and upload queue for one Panopto folder: title and description per file, per-file
 * progress (accessible progress bars, speed, time left), pause/resume/cancel/retry, Panopto's processing state
 * and a link to the new session. Progress milestones and errors are announced to screen readers.
 *
 * @example
 * ```html
 * <panopto-upload [folderId]="folderId" (uploaded)="play($event.sessionId)"></panopto-upload>
 * ```
 */
@Component({
  selector: 'panopto-upload',
  standalone: true,
  imports: [NgFor, NgIf],
  templateUrl: './panopto-upload.component.html',
  styleUrls: ['../../../shared-styles/visually-hidden.css', './panopto-upload.component.css'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PanoptoUploadComponent implements OnDestroy {
  private readonly uploads = inject(PanoptoUploadService);
  private readonly announcer = inject(LiveAnnouncer);
  private readonly cdr = inject(ChangeDetectorRef);
  private readonly config = inject(PANOPTO_CONFIG);
  private readonly language = inject(PanoptoLanguage);
  private readonly destroyed = new Subject<void>();
  private nextDraftId = 1;

  /** The Panopto folder sessions are created in (a GUID). Uploading is disabled until it is set. */
  @Input() folderId: string | null = null;

  /** Allow picking several files (each becomes its own session). Default true. */
  @Input()
  get multiple(): boolean {
    return this.multipleValue;
  }
  set multiple(value: BooleanInput) {
    this.multipleValue = coerceBooleanProperty(value);
  }
  private multipleValue = true;

  /** Start uploading as soon as files are picked, titled after the file name. Default false. */
  @Input()
  get autoStart(): boolean {
    return this.autoStartValue;
  }
  set autoStart(value: BooleanInput) {
    this.autoStartValue = coerceBooleanProperty(value);
  }
  private autoStartValue = false;

  /** Builds the link shown when a session is ready. Default: the session's Embed page on the Panopto site. */
  @Input() sessionUrl: (sessionId: string) => string = (id) =>
    `${this.config.serverUrl}/Panopto/Pages/Embed.aspx?id=${encodeURIComponent(id)}`;

  /** A session is ready to play. */
  @Output() readonly uploaded = new EventEmitter<PanoptoUploadedEvent>();
  /** An upload failed (also shown and announced in the component). */
  @Output() readonly uploadError = new EventEmitter<PanoptoUploadError>();

  @ViewChild('fileInput', { static: true }) fileInput!: ElementRef<HTMLInputElement>;

  /** Unique per instance, so several upload components can sit on one page. */
  readonly hintId = `panopto-upload-hint-${++nextInstance}`;
  drafts: Draft[] = [];
  rows: Row[] = [];
  rejected: string[] = [];
  dragging = false;

  /** The current language's texts of the upload component. */
  readonly texts = injectPanoptoTexts(PANOPTO_UPLOAD_TEXTS);

  /** Sizes, percentages and durations in the current language. */
  get fmt(): PanoptoFormat {
    return this.language.format;
  }

  /** `aria-valuenow`: a plain whole number, whatever the language. */
  wholePercent(percent: number): number {
    return Math.floor(percent);
  }

  percentText(percent: number): string {
    return this.fmt.percent(Math.floor(percent) / 100);
  }

  /** "12 MB/s", or '' while unknown. */
  speedText(bytesPerSecond: number): string {
    return bytesPerSecond > 0 ? this.texts.speed(this.fmt.fileSize(Math.round(bytesPerSecond))) : '';
  }

  /** "2 minutes, 5 seconds left", or '' while unknown. */
  timeLeftText(seconds: number | null): string {
    if (seconds === null || !Number.isFinite(seconds)) return '';
    return this.texts.timeLeft(this.fmt.spokenDuration(Math.max(0, Math.round(seconds))));
  }

  /** A finding of the upload checker about `file`, in the current language. */
  findingText(problem: PanoptoUploadValidationError, file: File): string {
    const limit = Math.min(this.uploads.options.maxFileSize, MAX_FILE_SIZE);
    return this.texts.finding({
      reason: problem.reason,
      fileName: file.name,
      size: this.fmt.fileSize(file.size),
      limit: this.fmt.fileSize(limit),
      type: file.type,
    });
  }

  /** Why an upload stopped, in the current language (the error's own message stays for logs). */
  failureText(error: PanoptoUploadError): string {
    return this.texts.failure({
      code: error.code,
      status: error instanceof PanoptoUploadHttpError ? error.status : undefined,
      panoptoMessage: error instanceof PanoptoUploadProcessingError ? error.panoptoMessage : undefined,
    });
  }

  get accept(): string {
    const o = this.uploads.options;
    return [...o.acceptedTypes, ...o.acceptedExtensions.map((e) => `.${e}`)].join(',');
  }

  get folderReady(): boolean {
    return isGuid(this.folderId) && this.folderId !== ROOT_FOLDER_ID;
  }

  openPicker(): void {
    this.fileInput.nativeElement.click();
  }

  onFilesPicked(input: HTMLInputElement): void {
    this.addFiles(Array.from(input.files ?? []));
    input.value = ''; // picking the same file again must fire `change` again
  }

  onDragOver(event: DragEvent): void {
    event.preventDefault();
    if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    if (!this.dragging) {
      this.dragging = true;
      this.cdr.markForCheck();
    }
  }

  onDragLeave(): void {
    this.dragging = false;
    this.cdr.markForCheck();
  }

  onDrop(event: DragEvent): void {
    event.preventDefault();
    this.dragging = false;
    this.addFiles(Array.from(event.dataTransfer?.files ?? []));
  }

  /** Adds files: valid ones become drafts (or start at once with `autoStart`), invalid ones are reported. */
  addFiles(files: File[]): void {
    const picked = this.multiple ? files : files.slice(0, 1);
    this.rejected = [];
    for (const file of picked) {
      const problems = this.uploads
        .validate({ folderId: this.folderId ?? '', files: [file] })
        .filter((p) => p.reason !== 'folder');
      if (problems.length) {
        this.rejected.push(this.findingText(problems[0], file));
        continue;
      }
      const draft: Draft = { id: this.nextDraftId++, file, title: defaultTitle(file.name), description: '' };
      if (this.autoStart && this.folderReady) this.start(draft);
      else this.drafts = [...this.drafts, draft];
    }
    if (this.rejected.length) this.announcer.announce(this.rejected.join(' '), 'assertive');
    this.cdr.markForCheck();
  }

  removeDraft(draft: Draft): void {
    this.drafts = this.drafts.filter((d) => d !== draft);
  }

  startAll(): void {
    for (const draft of [...this.drafts]) this.start(draft);
  }

  start(draft: Draft): void {
    if (!this.folderReady) {
      this.rejected = [this.texts.pickFolderFirst];
      this.announcer.announce(this.rejected[0], 'assertive');
      this.cdr.markForCheck();
      return;
    }
    let ref: PanoptoUploadRef;
    try {
      ref = this.uploads.start({
        folderId: this.folderId as string,
        files: [draft.file],
        title: draft.title.trim() || defaultTitle(draft.file.name),
        description: draft.description.trim() || undefined,
      });
    } catch (error) {
      const message =
        error instanceof PanoptoUploadValidationError
          ? this.findingText(error, draft.file)
          : this.texts.failure({ code: '' });
      this.rejected = [message];
      this.announcer.announce(message, 'assertive');
      this.cdr.markForCheck();
      return;
    }
    this.drafts = this.drafts.filter((d) => d !== draft);
    const row: Row = { ref, snapshot: ref.snapshot, announced: 0 };
    this.rows = [...this.rows, row];
    this.announcer.announce(this.texts.announceUploading(ref.snapshot.title), 'polite');
    ref.snapshots$.pipe(takeUntil(this.destroyed)).subscribe((snapshot) => this.update(row, snapshot));
    this.cdr.markForCheck();
  }

  pause(row: Row): void {
    row.ref.pause();
  }
  resume(row: Row): void {
    row.ref.resume();
  }
  retry(row: Row): void {
    row.ref.retry();
  }
  cancel(row: Row): void {
    void row.ref.cancel();
  }
  dismiss(row: Row): void {
    this.uploads.remove(row.ref.id);
    this.rows = this.rows.filter((r) => r !== row);
  }

  /** Text value of a row's progress bar for screen readers. */
  valueText(row: Row): string {
    const s = row.snapshot;
    const parts = [
      this.percentText(s.percent),
      this.texts.sentOf(this.fmt.fileSize(s.bytesSent), this.fmt.fileSize(s.totalBytes)),
    ];
    const left = this.timeLeftText(s.secondsLeft);
    if (left) parts.push(left);
    return parts.join(', ');
  }

  trackRow = (_: number, row: Row) => row.ref.id;
  trackDraft = (_: number, draft: Draft) => draft.id;

  ngOnDestroy(): void {
    this.destroyed.next();
    this.destroyed.complete();
  }

  private update(row: Row, snapshot: UploadSnapshot): void {
    const previous = row.snapshot;
    row.snapshot = snapshot;
    const reached = milestone(snapshot.percent);
    if (
      reached > row.announced &&
      (snapshot.phase === 'uploading' || snapshot.phase === 'finishing' || reached === 100)
    ) {
      row.announced = reached;
      this.announcer.announce(this.texts.announceProgress(snapshot.title, this.fmt.percent(reached / 100)), 'polite');
    }
    if (previous.phase !== snapshot.phase) {
      if (snapshot.phase === 'processing')
        this.announcer.announce(this.texts.announceProcessing(snapshot.title), 'polite');
      if (snapshot.phase === 'complete' && snapshot.sessionId) {
        this.announcer.announce(this.texts.announceReady(snapshot.title), 'polite');
        this.uploaded.emit({ sessionId: snapshot.sessionId, folderId: snapshot.folderId, title: snapshot.title });
      }
      if (snapshot.phase === 'error' && snapshot.error) {
        this.announcer.announce(
          this.texts.announceFailed(snapshot.title, this.failureText(snapshot.error)),
          'assertive',
        );
        this.uploadError.emit(snapshot.error);
      }
    }
    // Rows are replaced so OnPush sees the change.
    this.rows = this.rows.map((r) => (r === row ? row : r));
    this.cdr.markForCheck();
  }
}
