import { PanoptoError, isGuid } from 'panopto-ng/core';
import {
  ScheduledRecordingCreate,
  ScheduledRecordingRemoteRecorder,
  ScheduledRecordingUpdate,
} from '../core/live-types';

/** The fields of a scheduled broadcast a rule can complain about, spelled as in `ScheduledRecordingCreate`. */
export type BroadcastField = 'Id' | 'Name' | 'StartTime' | 'EndTime' | 'FolderId' | 'Recorders';

/** Which of Panopto's rules a value breaks; stable for code, while `message` is for people. */
export type BroadcastRule =
  | 'required'
  | 'invalidDate'
  | 'notInFuture'
  | 'endNotAfterStart'
  | 'invalidId'
  | 'exactlyOneRecorder'
  | 'primarySuppressed';

/** One broken rule, bound to the field it is about. */
export interface BroadcastIssue {
  readonly field: BroadcastField;
  readonly rule: BroadcastRule;
  readonly message: string;
}

/**
 * Thrown (as an Observable error) by `PanoptoLiveService` before any request is sent, when a broadcast breaks
 * one of Panopto's scheduling rules. `issues` lists every broken rule with its field, so a form can put each
 * message next to its input; `field` is the first one. `code` is `invalid-broadcast`.
 *
 * @example
 * ```ts
 * live.scheduleBroadcast(request).subscribe({
 *   error: (e) => {
 *     if (e instanceof PanoptoBroadcastValidationError) e.issues.forEach((i) => showError(i.field, i.message));
 *   },
 * });
 * ```
 */
export class PanoptoBroadcastValidationError extends PanoptoError {
  readonly field: BroadcastField;
  constructor(readonly issues: readonly BroadcastIssue[]) {
    super(issues.map((i) => `${i.field}: ${i.message}`).join(' '), { code: 'invalid-broadcast' });
    this.name = 'PanoptoBroadcastValidationError';
    this.field = issues[0]?.field ?? 'Name';
  }
}

/** A point in time given as a `Date`, epoch ms or an ISO string with an offset or `Z`. */
export type InstantInput = Date | number | string;

/**
 * Turns an instant into the UTC ISO form Panopto expects (`2026-11-28T15:00:00.000Z`), or `''` when it is not
 * a valid instant. A string without offset is refused rather than guessed: whose local time would it be?
 */
export function toUtcIso(value: InstantInput | null | undefined): string {
  if (value === null || value === undefined || value === '') return '';
  if (typeof value === 'string' && !/(Z|[+-]\d\d:?\d\d)$/i.test(value.trim())) return '';
  const date = value instanceof Date ? value : new Date(value);
  return Number.isFinite(date.getTime()) ? date.toISOString() : '';
}

function describeTime(ms: number): string {
  return new Date(ms).toISOString().replace('.000Z', 'Z');
}

function checkTimes(startIso: string | undefined, endIso: string | undefined, nowMs: number): BroadcastIssue[] {
  const issues: BroadcastIssue[] = [];
  const start = startIso ? Date.parse(startIso) : NaN;
  const end = endIso ? Date.parse(endIso) : NaN;
  if (!startIso) {
    issues.push({ field: 'StartTime', rule: 'required', message: 'Choose when the broadcast starts.' });
  } else if (!Number.isFinite(start)) {
    issues.push({ field: 'StartTime', rule: 'invalidDate', message: `The start time '${startIso}' is not a date.` });
  } else if (start <= nowMs) {
    issues.push({
      field: 'StartTime',
      rule: 'notInFuture',
      message: `The start time must be in the future (it is ${describeTime(start)}, now is ${describeTime(nowMs)}).`,
    });
  }
  if (!endIso) {
    issues.push({ field: 'EndTime', rule: 'required', message: 'Choose when the broadcast ends.' });
  } else if (!Number.isFinite(end)) {
    issues.push({ field: 'EndTime', rule: 'invalidDate', message: `The end time '${endIso}' is not a date.` });
  } else if (Number.isFinite(start) && end <= start) {
    issues.push({ field: 'EndTime', rule: 'endNotAfterStart', message: 'The end time must be after the start time.' });
  } else if (end <= nowMs) {
    issues.push({ field: 'EndTime', rule: 'notInFuture', message: 'The end time must be in the future.' });
  }
  return issues;
}

function checkRecorders(recorders: readonly ScheduledRecordingRemoteRecorder[] | undefined): BroadcastIssue[] {
  const list = recorders ?? [];
  if (list.length !== 1) {
    return [
      {
        field: 'Recorders',
        rule: 'exactlyOneRecorder',
        message:
          list.length === 0
            ? 'Choose the remote recorder that captures the broadcast.'
            : `Panopto accepts exactly one remote recorder per scheduled recording; ${list.length} were given.`,
      },
    ];
  }
  const [recorder] = list;
  if (!isGuid(recorder.RemoteRecorderId)) {
    return [
      {
        field: 'Recorders',
        rule: 'invalidId',
        message: `'${recorder.RemoteRecorderId}' is not a remote recorder id (a GUID).`,
      },
    ];
  }
  if (recorder.SuppressPrimary) {
    return [
      {
        field: 'Recorders',
        rule: 'primarySuppressed',
        message: recorder.SuppressSecondary
          ? 'Every stream of the recorder is suppressed, so nothing would be broadcast. Keep the primary stream.'
          : 'The recorder must capture its primary stream (Panopto needs at least one recorder that does).',
      },
    ];
  }
  return [];
}

/**
 * Checks a new scheduled broadcast against Panopto's rules, before it is sent: a name, a folder, exactly one
 * recorder that keeps its primary stream, a start in the future and an end after the start. Returns every
 * broken rule (empty when the broadcast is fine).
 *
 * @example
 * ```ts
 * const issues = validateBroadcast(body, clock.now()); // clock = inject(PANOPTO_CLOCK)
 * if (issues.length) throw new PanoptoBroadcastValidationError(issues);
 * ```
 */
export function validateBroadcast(body: ScheduledRecordingCreate, nowMs: number): BroadcastIssue[] {
  const issues: BroadcastIssue[] = [];
  if (!body.Name || body.Name.trim() === '') {
    issues.push({ field: 'Name', rule: 'required', message: 'Give the broadcast a title.' });
  }
  issues.push(...checkTimes(body.StartTime, body.EndTime, nowMs));
  if (!body.FolderId) {
    issues.push({ field: 'FolderId', rule: 'required', message: 'Choose the folder the broadcast is saved in.' });
  } else if (!isGuid(body.FolderId)) {
    issues.push({ field: 'FolderId', rule: 'invalidId', message: `'${body.FolderId}' is not a folder id (a GUID).` });
  }
  issues.push(...checkRecorders(body.Recorders));
  // Order issues as the form shows the fields, so the first message is about the first field.
  const order: BroadcastField[] = ['Recorders', 'FolderId', 'Name', 'StartTime', 'EndTime'];
  return issues.sort((a, b) => order.indexOf(a.field) - order.indexOf(b.field));
}

/** Checks a move (`PUT /scheduledRecordings/{id}`): both times given, in the future, end after start. */
export function validateReschedule(update: ScheduledRecordingUpdate, nowMs: number): BroadcastIssue[] {
  return checkTimes(update.StartTime, update.EndTime, nowMs);
}
