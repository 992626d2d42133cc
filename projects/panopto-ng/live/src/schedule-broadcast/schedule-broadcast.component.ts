import { LiveAnnouncer } from '@angular/cdk/a11y';
import { DOCUMENT, NgFor, NgIf } from '@angular/common';
import {
  ChangeDetectionStrategy,
  ChangeDetectorRef,
  Component,
  ElementRef,
  EventEmitter,
  Input,
  OnDestroy,
  OnInit,
  Output,
  inject,
} from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { PANOPTO_CLOCK, PanoptoFormat, PanoptoLanguage, injectPanoptoTexts } from 'panopto-ng';
import { PanoptoDateOptions } from 'panopto-ng/core';
import { PanoptoFolderBrowserComponent, PanoptoFolderSelection } from 'panopto-ng/folders';
import { Subscription } from 'rxjs';
import { RemoteRecorder, ScheduledRecording } from '../core/live-types';
import { BroadcastRequest, PanoptoLiveService } from '../panopto-live.service';
import { BroadcastField, BroadcastIssue, PanoptoBroadcastValidationError } from '../schedule/broadcast-validation';
import { PanoptoScheduleConflictError, ScheduleConflict } from '../schedule/schedule-conflicts';
import { describeLiveError } from '../i18n/describe-live-error';
import { PANOPTO_LIVE_TEXTS } from '../i18n/live-texts-set';
import { browserTimeZone, localInputToMs, msToLocalInput, utcOffsetLabel } from './local-datetime';

let nextId = 0;

/** The form's fields, in the order they are shown. */
type FormField = 'recorder' | 'folder' | 'name' | 'start' | 'end';

const FIELD_OF: Record<BroadcastField, FormField> = {
  Recorders: 'recorder',
  FolderId: 'folder',
  Name: 'name',
  StartTime: 'start',
  EndTime: 'end',
  Id: 'name',
};

/** Conflicts and the preview of what is sent are in UTC, as Panopto stores them. */
const UTC: PanoptoDateOptions = { timeZone: 'UTC' };

const UNAVAILABLE_STATES = new Set<string>(['Disconnected', 'Faulted']);

/**
 * A form that schedules a live broadcast on a remote recorder: recorder (with its state), folder (the
 * recorder's default, or any folder through `<panopto-folder-browser>`), title, start and end in the browser's
 * time zone (shown explicitly; sent to Panopto in UTC). Panopto's rules are checked before sending, and every
 * message sits next to its field (`aria-describedby`); conflicts Panopto reports are listed, with the choice
 * to schedule anyway. On success it shows the created session and emits it.
 *
 * Theming: `--panopto-color-*`, `--panopto-radius`, `--panopto-focus-ring`, `--panopto-font-family`.
 *
 * @example
 * ```html
 * <panopto-schedule-broadcast [defaultDurationMinutes]="45" (scheduled)="onScheduled($event)"></panopto-schedule-broadcast>
 * ```
 */
@Component({
  selector: 'panopto-schedule-broadcast',
  standalone: true,
  imports: [NgIf, NgFor, ReactiveFormsModule, PanoptoFolderBrowserComponent],
  templateUrl: './schedule-broadcast.component.html',
  styleUrls: ['./schedule-broadcast.component.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PanoptoScheduleBroadcastComponent implements OnInit, OnDestroy {
  /** Search query for the recorder list; Panopto's `*` lists every recorder you may use. */
  @Input() recorderQuery = '*';
  /** Length of a new broadcast, in minutes, when the form opens. Default 60. */
  @Input() defaultDurationMinutes = 60;
  /** How far ahead the default start is, in minutes. Default 10. */
  @Input() defaultLeadMinutes = 10;

  /** A broadcast was scheduled; carries Panopto's `ScheduledRecording` (its `Id` is the session id). */
  @Output() readonly scheduled = new EventEmitter<ScheduledRecording>();

  /** @internal */ readonly ids = (() => {
    const base = `panopto-schedule-${++nextId}`;
    return {
      recorder: `${base}-recorder`,
      folder: `${base}-folder`,
      name: `${base}-name`,
      start: `${base}-start`,
      end: `${base}-end`,
      zone: `${base}-zone`,
      recorderState: `${base}-recorder-state`,
      folderBrowser: `${base}-folder-browser`,
    };
  })();
  /** @internal */ readonly form = new FormGroup({
    recorderId: new FormControl('', { nonNullable: true }),
    name: new FormControl('', { nonNullable: true }),
    start: new FormControl('', { nonNullable: true }),
    end: new FormControl('', { nonNullable: true }),
    suppressSecondary: new FormControl(false, { nonNullable: true }),
  });
  /** @internal */ recorders: RemoteRecorder[] = [];
  /** @internal */ recordersStatus: 'loading' | 'ready' | 'error' = 'loading';
  /** @internal */ recordersError = '';
  /** @internal */ folder: { id: string; name: string; isDefault: boolean } | null = null;
  /** @internal */ browsingFolders = false;
  /** @internal */ errors: Partial<Record<FormField, string>> = {};
  /** @internal */ phase: 'editing' | 'saving' | 'conflict' | 'error' | 'done' = 'editing';
  /** @internal */ conflict: PanoptoScheduleConflictError | null = null;
  /** @internal */ failure = '';
  /** @internal */ created: ScheduledRecording | null = null;
  /** @internal */ readonly timeZone = browserTimeZone();
  /** @internal Times of the created broadcast are shown in the zone the form used. */
  readonly zone: PanoptoDateOptions = { timeZone: this.timeZone };
  /** @internal The current language's texts of the live components. */
  readonly texts = injectPanoptoTexts(PANOPTO_LIVE_TEXTS);

  private readonly live = inject(PanoptoLiveService);
  private readonly clock = inject(PANOPTO_CLOCK);
  private readonly cdr = inject(ChangeDetectorRef);
  private readonly announcer = inject(LiveAnnouncer);
  private readonly language = inject(PanoptoLanguage);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly document = inject(DOCUMENT);
  private readonly subscriptions = new Subscription();
  private request$?: Subscription;
  private submitted = false;

  ngOnInit(): void {
    this.resetTimes();
    this.loadRecorders();
    this.subscriptions.add(this.form.controls.recorderId.valueChanges.subscribe((id) => this.onRecorderChosen(id)));
    // After a first attempt, messages follow the values as they are corrected.
    this.subscriptions.add(
      this.form.valueChanges.subscribe(() => {
        if (this.submitted && this.phase === 'editing') this.showIssues(this.live.validateBroadcast(this.request()));
      }),
    );
  }

  ngOnDestroy(): void {
    this.subscriptions.unsubscribe();
    this.request$?.unsubscribe();
  }

  /** @internal */
  loadRecorders(): void {
    this.recordersStatus = 'loading';
    this.subscriptions.add(
      this.live.remoteRecorders(this.recorderQuery).subscribe({
        next: (list) => {
          this.recorders = list;
          this.recordersStatus = 'ready';
          if (list.length === 1 && !this.form.controls.recorderId.value) {
            this.form.controls.recorderId.setValue(list[0].Id);
          }
          this.cdr.markForCheck();
        },
        error: (e: unknown) => {
          this.recordersStatus = 'error';
          this.recordersError = describeLiveError(e, this.texts);
          void this.announcer.announce(this.texts.announceRecordersFailed(this.recordersError), 'polite');
          this.cdr.markForCheck();
        },
      }),
    );
  }

  /** @internal */
  get selectedRecorder(): RemoteRecorder | undefined {
    const id = this.form.controls.recorderId.value;
    return this.recorders.find((r) => r.Id === id);
  }

  /** @internal */
  recorderUnavailable(recorder: RemoteRecorder | undefined): boolean {
    return !!recorder && UNAVAILABLE_STATES.has(recorder.State);
  }

  /** @internal The zone label for the chosen start (daylight saving time can change the offset). */
  get zoneLabel(): string {
    const start = localInputToMs(this.form.controls.start.value) ?? this.clock.now();
    return `${this.timeZone} (${utcOffsetLabel(start)})`;
  }

  /** @internal Dates and times in the current language. */
  get fmt(): PanoptoFormat {
    return this.language.format;
  }

  /** @internal What will be sent, in UTC, for a field (the date and time in the current language). */
  utcPreview(field: 'start' | 'end'): string | null {
    const ms = localInputToMs(this.form.controls[field].value);
    return ms === null ? null : this.fmt.dateTime(ms, UTC);
  }

  /** @internal */
  describedBy(field: FormField, ...more: string[]): string | null {
    const ids = [...more];
    if (this.errors[field]) ids.push(`${this.ids[field]}-error`);
    return ids.length ? ids.join(' ') : null;
  }

  /** @internal */
  toggleFolderBrowser(): void {
    this.browsingFolders = !this.browsingFolders;
  }

  /** @internal */
  onFolderSelected(selection: PanoptoFolderSelection): void {
    const recorderDefault = this.selectedRecorder?.DefaultRecordingFolder?.Id;
    this.folder = { id: selection.id, name: selection.name, isDefault: selection.id === recorderDefault };
    if (this.submitted) this.showIssues(this.live.validateBroadcast(this.request()));
    this.cdr.markForCheck();
  }

  /** @internal */
  describeConflict(conflict: ScheduleConflict): string {
    const instant = (iso: string | undefined) => (iso && Number.isFinite(Date.parse(iso)) ? iso : undefined);
    const start = instant(conflict.startTime);
    const end = instant(conflict.endTime);
    return this.texts.conflict({
      name: conflict.name,
      sessionId: conflict.sessionId,
      date: start && this.fmt.date(start, UTC),
      start: start && this.fmt.time(start, UTC),
      end: end && this.fmt.time(end, UTC),
    });
  }

  /** @internal */
  submit(resolveConflicts = false): void {
    if (this.phase === 'saving') return;
    this.submitted = true;
    const request = this.request();
    const issues = this.live.validateBroadcast(request);
    this.showIssues(issues);
    if (issues.length) {
      this.phase = 'editing';
      void this.announcer.announce(this.texts.announceIssues(issues.map((i) => this.texts.issue(i))), 'polite');
      this.focusField(FIELD_OF[issues[0].field]);
      return;
    }
    this.phase = 'saving';
    this.conflict = null;
    this.failure = '';
    this.request$?.unsubscribe();
    this.request$ = this.live.scheduleBroadcast(request, { resolveConflicts }).subscribe({
      next: (recording) => {
        this.phase = 'done';
        this.created = recording;
        void this.announcer.announce(this.texts.scheduled(recording.Name ?? request.name), 'polite');
        this.scheduled.emit(recording);
        this.cdr.markForCheck();
      },
      error: (e: unknown) => this.onFailure(e),
    });
    this.cdr.markForCheck();
  }

  /** @internal Back to the form, keeping what was typed. */
  edit(): void {
    this.phase = 'editing';
    this.conflict = null;
    this.cdr.markForCheck();
  }

  /** @internal A fresh form after a success. */
  scheduleAnother(): void {
    this.created = null;
    this.phase = 'editing';
    this.submitted = false;
    this.errors = {};
    this.form.controls.name.reset('');
    this.resetTimes();
    this.cdr.markForCheck();
  }

  private onFailure(e: unknown): void {
    if (e instanceof PanoptoScheduleConflictError) {
      this.phase = 'conflict';
      this.conflict = e;
      const conflicts = e.conflicts.map((c) => this.describeConflict(c));
      void this.announcer.announce(`${this.texts.announceConflict(conflicts)} ${this.texts.conflictAdvice}`, 'polite');
    } else if (e instanceof PanoptoBroadcastValidationError) {
      this.phase = 'editing';
      this.showIssues(e.issues);
    } else {
      this.phase = 'error';
      this.failure = describeLiveError(e, this.texts);
      void this.announcer.announce(this.texts.notScheduled(this.failure), 'polite');
    }
    this.cdr.markForCheck();
  }

  private onRecorderChosen(id: string): void {
    const recorder = this.recorders.find((r) => r.Id === id);
    const defaultFolder = recorder?.DefaultRecordingFolder;
    // Follow the recorder's default folder unless the user picked another one on purpose.
    if (defaultFolder?.Id && (!this.folder || this.folder.isDefault)) {
      this.folder = { id: defaultFolder.Id, name: defaultFolder.Name ?? this.texts.defaultFolderName, isDefault: true };
    }
    this.cdr.markForCheck();
  }

  private request(): BroadcastRequest {
    const v = this.form.getRawValue();
    const start = localInputToMs(v.start);
    const end = localInputToMs(v.end);
    return {
      name: v.name,
      start: start ?? '',
      end: end ?? '',
      folderId: this.folder?.id ?? '',
      recorderId: v.recorderId,
      suppressSecondary: v.suppressSecondary,
    };
  }

  private showIssues(issues: readonly BroadcastIssue[]): void {
    const errors: Partial<Record<FormField, string>> = {};
    for (const issue of issues) {
      const field = FIELD_OF[issue.field];
      const message = this.texts.issue(issue);
      errors[field] = errors[field] ? `${errors[field]} ${message}` : message;
    }
    this.errors = errors;
    this.cdr.markForCheck();
  }

  private resetTimes(): void {
    const minute = 60_000;
    const start = Math.ceil((this.clock.now() + this.defaultLeadMinutes * minute) / minute) * minute;
    this.form.patchValue({
      start: msToLocalInput(start),
      end: msToLocalInput(start + this.defaultDurationMinutes * minute),
    });
  }

  private focusField(field: FormField): void {
    // The error text renders with this change detection; focus after it so the description is read with it.
    this.cdr.detectChanges();
    const target = field === 'folder' ? `#${this.ids.folder}-button` : `#${this.ids[field]}`;
    const el = this.host.nativeElement.querySelector<HTMLElement>(target);
    if (el && this.document.activeElement !== el) el.focus();
  }
}
