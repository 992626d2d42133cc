import { DOCUMENT, isPlatformBrowser } from '@angular/common';
import { Injectable, NgZone, PLATFORM_ID, inject } from '@angular/core';
import { PANOPTO_CLOCK } from 'panopto-ng';
import { isGuid } from 'panopto-ng/core';
import {
  Observable,
  catchError,
  defer,
  distinctUntilChanged,
  filter,
  map,
  of,
  scan,
  shareReplay,
  startWith,
  throwError,
} from 'rxjs';
import { describeError } from './core/error-facts';
import { PANOPTO_LIVE_BACKEND } from './core/live-backend';
import { PANOPTO_LIVE_OPTIONS } from './core/live-options';
import {
  RemoteRecorder,
  ScheduledRecording,
  Session,
  ScheduledRecordingCreate,
  ScheduledRecordingRemoteRecorder,
  ScheduledRecordingUpdate,
} from './core/live-types';
import { diffById, uniqueById } from './core/webcast-diff';
import { PollOutcome, PollTiming, pollWhileVisible } from './polling/visibility-poll';
import {
  BroadcastIssue,
  InstantInput,
  PanoptoBroadcastValidationError,
  toUtcIso,
  validateBroadcast,
  validateReschedule,
} from './schedule/broadcast-validation';
import { conflictFromError } from './schedule/schedule-conflicts';

/** The webcasts on air, as `PanoptoLiveService.webcasts$` reports them after every poll. */
export interface LiveWebcastsState {
  /** `loading` until the first answer; `error` while the last poll failed (the list is the last good one). */
  readonly status: 'loading' | 'ready' | 'error';
  /** Every webcast in progress, each once. */
  readonly sessions: readonly Session[];
  /** Went on air since the previous answer. On the first answer: everything (see `initial`). */
  readonly added: readonly Session[];
  /** Went off air since the previous answer. */
  readonly removed: readonly Session[];
  /** `true` for the first successful answer, whose `added` is the whole list rather than news. */
  readonly initial: boolean;
  /** The error of the last poll (`status: 'error'`), else `null`. */
  readonly error: unknown;
  /** That error in words, else `null`. */
  readonly errorMessage: string | null;
  /** When the loop tries again after an error, in ms; `null` otherwise. */
  readonly retryInMs: number | null;
  /** Epoch ms of the last successful answer. */
  readonly updatedAt: number | null;
}

/** A broadcast to schedule: what a person fills in, turned into Panopto's `ScheduledRecordingCreate`. */
export interface BroadcastRequest {
  /** Title of the session. Required. */
  name: string;
  description?: string;
  /** When it goes on air: a `Date`, epoch ms, or an ISO string with an offset. Sent as UTC ISO. */
  start: InstantInput;
  /** When it ends. Must be after `start`. */
  end: InstantInput;
  /** The folder that will hold the session (often the recorder's `DefaultRecordingFolder.Id`). */
  folderId: string;
  /** The remote recorder that captures it. */
  recorderId: string;
  /** Leave the primary stream out. Panopto refuses that (a broadcast needs its primary stream); default false. */
  suppressPrimary?: boolean;
  /** Leave the secondary stream (e.g. screen capture) out. Default false. */
  suppressSecondary?: boolean;
}

/** Options of create and move calls. */
export interface ScheduleOptions {
  /** Passed to Panopto as `resolveConflicts`: let Panopto resolve a clash with existing bookings. Default false. */
  resolveConflicts?: boolean;
}

const INITIAL_STATE: LiveWebcastsState = {
  status: 'loading',
  sessions: [],
  added: [],
  removed: [],
  initial: false,
  error: null,
  errorMessage: null,
  retryInMs: null,
  updatedAt: null,
};

/**
 * Live webcasting with Panopto: the webcasts on air now (polled while anyone watches), the remote recorders,
 * and scheduling, moving and cancelling broadcasts (`IsBroadcast: true` scheduled recordings).
 *
 * Every method returns a cold Observable; nothing is sent until you subscribe, and unsubscribing cancels.
 * Scheduling rules are checked before any request, and each broken rule is reported with its field.
 *
 * @example
 * ```ts
 * const live = inject(PanoptoLiveService);
 * live.webcasts$.subscribe(({ sessions, added }) => console.log(sessions.length, 'on air;', added.length, 'new'));
 * live
 *   .scheduleBroadcast({ name: 'Town hall', start, end, folderId, recorderId }, { resolveConflicts: false })
 *   .subscribe({ next: (rec) => console.log('session', rec.Id), error: (e) => console.error(e.message) });
 * ```
 */
@Injectable({ providedIn: 'root' })
export class PanoptoLiveService {
  private readonly backend = inject(PANOPTO_LIVE_BACKEND);
  private readonly clock = inject(PANOPTO_CLOCK);
  private readonly options = inject(PANOPTO_LIVE_OPTIONS);
  private readonly zone = inject(NgZone);
  private readonly document = inject(DOCUMENT, { optional: true });
  private readonly isBrowser = isPlatformBrowser(inject(PLATFORM_ID));

  /**
   * The webcasts in progress. One poll loop is shared by every subscriber and runs only while someone is
   * subscribed; it pauses while the tab is hidden, backs off on errors and 429, and polls again as soon as the
   * tab is visible. Late subscribers get the latest state at once. On the server it emits `loading` only.
   */
  readonly webcasts$: Observable<LiveWebcastsState> = this.watchWebcasts();

  /**
   * A poll loop of its own, with other timing than the configured one (most apps use `webcasts$`).
   *
   * @example
   * ```ts
   * live.watchWebcasts({ intervalMs: 5000 }).subscribe((state) => render(state.sessions));
   * ```
   */
  watchWebcasts(timing: Partial<PollTiming> = {}): Observable<LiveWebcastsState> {
    const full: PollTiming = {
      intervalMs: timing.intervalMs ?? this.options.pollIntervalMs,
      maxBackoffMs: timing.maxBackoffMs ?? this.options.maxBackoffMs,
    };
    if (!this.isBrowser) return of(INITIAL_STATE);
    return pollWhileVisible(() => this.backend.inProgressWebcasts().pipe(map(uniqueById)), full, {
      zone: this.zone,
      document: this.document,
      clock: this.clock,
    }).pipe(
      scan((state, outcome: PollOutcome<Session[]>) => this.reduce(state, outcome), INITIAL_STATE),
      startWith(INITIAL_STATE),
      shareReplay({ bufferSize: 1, refCount: true }),
    );
  }

  private reduce(state: LiveWebcastsState, outcome: PollOutcome<Session[]>): LiveWebcastsState {
    if (outcome.kind === 'error') {
      return {
        ...state,
        status: 'error',
        added: [],
        removed: [],
        initial: false,
        error: outcome.error,
        errorMessage: describeError(outcome.error),
        retryInMs: outcome.retryInMs,
      };
    }
    const first = state.updatedAt === null;
    const { added, removed } = diffById(state.sessions, outcome.value);
    return {
      status: 'ready',
      sessions: outcome.value,
      added,
      removed,
      initial: first,
      error: null,
      errorMessage: null,
      retryInMs: null,
      updatedAt: this.clock.now(),
    };
  }

  /**
   * Whether a session is on air now, from the shared `webcasts$` loop (emits on change only).
   *
   * @example
   * ```ts
   * live.isLive(sessionId).subscribe((onAir) => (badgeVisible = onAir));
   * ```
   */
  isLive(sessionId: string): Observable<boolean> {
    const id = sessionId.toLowerCase();
    return this.webcasts$.pipe(
      // Unknown until the first answer: say nothing rather than a premature "no".
      filter((s) => s.status !== 'loading'),
      map((s) => s.sessions.some((x) => x.Id.toLowerCase() === id)),
      distinctUntilChanged(),
    );
  }

  /**
   * Remote recorders matching `searchQuery` (every page), each with its `State` and `DefaultRecordingFolder`.
   *
   * @example
   * ```ts
   * live.remoteRecorders('Room').subscribe((recorders) => (this.recorders = recorders));
   * ```
   */
  remoteRecorders(searchQuery = ''): Observable<RemoteRecorder[]> {
    return defer(() => this.backend.searchRemoteRecorders(searchQuery));
  }

  /**
   * The `ScheduledRecordingCreate` body a request turns into (times in UTC ISO, `IsBroadcast: true`).
   *
   * @example
   * ```ts
   * const body = live.toScheduledRecordingCreate(request);
   * ```
   */
  toScheduledRecordingCreate(request: BroadcastRequest): ScheduledRecordingCreate {
    const recorder: ScheduledRecordingRemoteRecorder = {
      RemoteRecorderId: request.recorderId,
      SuppressPrimary: request.suppressPrimary ?? false,
      SuppressSecondary: request.suppressSecondary ?? false,
    };
    const body: ScheduledRecordingCreate = {
      Name: (request.name ?? '').trim(),
      StartTime: toUtcIso(request.start),
      EndTime: toUtcIso(request.end),
      FolderId: request.folderId,
      Recorders: request.recorderId ? [recorder] : [],
      IsBroadcast: true,
    };
    const description = request.description?.trim();
    if (description) body.Description = description;
    return body;
  }

  /**
   * Every rule the request breaks (empty when it can be sent), checked against the injectable clock.
   *
   * @example
   * ```ts
   * const issues = live.validateBroadcast(request); // [{ field: 'EndTime', rule: 'endNotAfterStart', message }]
   * ```
   */
  validateBroadcast(request: BroadcastRequest): BroadcastIssue[] {
    return validateBroadcast(this.toScheduledRecordingCreate(request), this.clock.now());
  }

  /**
   * Schedules a live broadcast. Fails with `PanoptoBroadcastValidationError` (before any request) when a rule
   * is broken, and with `PanoptoScheduleConflictError` when Panopto reports the recorder already booked.
   *
   * @example
   * ```ts
   * live.scheduleBroadcast({ name: 'Lecture 5', start, end, folderId, recorderId }).subscribe((rec) => open(rec.Id));
   * ```
   */
  scheduleBroadcast(request: BroadcastRequest, options: ScheduleOptions = {}): Observable<ScheduledRecording> {
    return defer(() => {
      const body = this.toScheduledRecordingCreate(request);
      const issues = validateBroadcast(body, this.clock.now());
      if (issues.length) return throwError(() => new PanoptoBroadcastValidationError(issues));
      return this.backend
        .createScheduledRecording(body, options.resolveConflicts ?? false)
        .pipe(catchError((e: unknown) => throwError(() => conflictFromError(e) ?? e)));
    });
  }

  /**
   * Moves a scheduled broadcast (`PUT` with the new start and end, both in the future).
   *
   * @example
   * ```ts
   * live.moveBroadcast(id, { start: later, end: evenLater }).subscribe();
   * ```
   */
  moveBroadcast(
    id: string,
    times: { start: InstantInput; end: InstantInput },
    options: ScheduleOptions = {},
  ): Observable<ScheduledRecording> {
    return defer(() => {
      const update: ScheduledRecordingUpdate = { StartTime: toUtcIso(times.start), EndTime: toUtcIso(times.end) };
      const issues = validateReschedule(update, this.clock.now());
      if (!isGuid(id)) issues.unshift(notAnId(id));
      if (issues.length) return throwError(() => new PanoptoBroadcastValidationError(issues));
      return this.backend
        .updateScheduledRecording(id, update, options.resolveConflicts ?? false)
        .pipe(catchError((e: unknown) => throwError(() => conflictFromError(e) ?? e)));
    });
  }

  /**
   * Cancels a scheduled broadcast (`DELETE /scheduledRecordings/{id}`).
   *
   * @example
   * ```ts
   * live.cancelBroadcast(id).subscribe(() => announce('Cancelled'));
   * ```
   */
  cancelBroadcast(id: string): Observable<void> {
    return defer(() => {
      if (!isGuid(id)) return throwError(() => new PanoptoBroadcastValidationError([notAnId(id)]));
      return this.backend.deleteScheduledRecording(id).pipe(map(() => undefined));
    });
  }

  /**
   * A scheduled broadcast by id (`GET /scheduledRecordings/{id}`).
   *
   * @example
   * ```ts
   * live.getBroadcast(id).subscribe((rec) => console.log(rec.StartTime));
   * ```
   */
  getBroadcast(id: string): Observable<ScheduledRecording> {
    return defer(() => {
      if (!isGuid(id)) return throwError(() => new PanoptoBroadcastValidationError([notAnId(id)]));
      return this.backend.getScheduledRecording(id);
    });
  }
}

function notAnId(id: string): BroadcastIssue {
  return { field: 'Id', rule: 'invalidId', message: `'${id}' is not a scheduled recording id (a GUID).` };
}
