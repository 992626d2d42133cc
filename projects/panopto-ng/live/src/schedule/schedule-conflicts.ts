import { GUID_PATTERN_SOURCE, PanoptoError } from 'panopto-ng/core';
import { errorFacts } from '../core/error-facts';

/** A session that already holds the recorder at the time asked for, as Panopto reports it. */
export interface ScheduleConflict {
  /** Session id, when Panopto names it. */
  readonly sessionId?: string;
  readonly name?: string;
  /** ISO date-times, when Panopto gives them. */
  readonly startTime?: string;
  readonly endTime?: string;
}

/**
 * Panopto refused a new or moved broadcast because the recorder is already booked. `conflicts` lists the
 * sessions in the way (as far as Panopto reported them) and `message` says it in words. Retry with
 * `resolveConflicts: true` to let Panopto resolve the clash, or pick another time. `code` is `schedule-conflict`;
 * `cause` (and `original`) is the error the REST call ended with.
 *
 * @example
 * ```ts
 * live.scheduleBroadcast(request).subscribe({
 *   error: (e) => { if (e instanceof PanoptoScheduleConflictError) showConflicts(e.conflicts, e.message); },
 * });
 * ```
 */
export class PanoptoScheduleConflictError extends PanoptoError {
  constructor(
    readonly conflicts: readonly ScheduleConflict[],
    /** Panopto's own `Message`. */
    readonly serverMessage: string | undefined,
    /** The error the REST call ended with. */
    readonly original?: unknown,
  ) {
    super(describeConflicts(conflicts, serverMessage), { cause: original, code: 'schedule-conflict' });
    this.name = 'PanoptoScheduleConflictError';
  }
}

/** Every id in a text (`String.match` with a global pattern restarts at 0 on each call). */
const GUID_IN_TEXT = new RegExp(GUID_PATTERN_SOURCE, 'gi');

function pick(item: Record<string, unknown>, ...keys: string[]): string | undefined {
  for (const key of keys) {
    const v = item[key];
    if (typeof v === 'string' && v !== '') return v;
  }
  return undefined;
}

/** Structured conflict lists a body may carry (SOAP's `ConflictingSessions` naming, or a plain `Conflicts`). */
function structuredConflicts(body: unknown): ScheduleConflict[] | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const b = body as Record<string, unknown>;
  const inner = (typeof b['Error'] === 'object' && b['Error'] !== null ? b['Error'] : {}) as Record<string, unknown>;
  const list = [b['ConflictingSessions'], b['Conflicts'], inner['ConflictingSessions'], inner['Conflicts']].find(
    Array.isArray,
  ) as unknown[] | undefined;
  if (!list) return undefined;
  return list
    .filter((x): x is Record<string, unknown> => typeof x === 'object' && x !== null)
    .map((x) => ({
      sessionId: pick(x, 'SessionId', 'SessionID', 'Id'),
      name: pick(x, 'SessionName', 'Name'),
      startTime: pick(x, 'StartTime'),
      endTime: pick(x, 'EndTime'),
    }));
}

/**
 * Conflicts written out in an error message as `Name (id, start–end)`, the way the local emulator (and
 * Panopto's SOAP-era tools) list them; `undefined` when the message lists none that way.
 */
function conflictsInText(message: string): ScheduleConflict[] | undefined {
  const item = new RegExp(`\\s*\\((${GUID_PATTERN_SOURCE}),\\s*([^,–)]+?)\\s*[–-]{1,2}\\s*(\\d{4}-[^)]+?)\\)`, 'gi');
  const found: ScheduleConflict[] = [];
  let previousEnd = 0;
  for (const m of message.matchAll(item)) {
    // The name is the text since the previous item ("; " between items); the first one follows the sentence
    // that introduces the list ("...on the same recorder: "), so cut at its first colon. Names may contain colons.
    let name = message.slice(previousEnd, m.index).replace(/^[\s;,.]+/, '');
    if (found.length === 0 && name.includes(': ')) name = name.slice(name.indexOf(': ') + 2);
    found.push({ name: name.trim() || undefined, sessionId: m[1], startTime: m[2].trim(), endTime: m[3].trim() });
    previousEnd = (m.index ?? 0) + m[0].length;
  }
  return found.length ? found : undefined;
}

/**
 * Recognises Panopto's "this clashes with another booking" answer to `POST`/`PUT /scheduledRecordings` and
 * turns it into a `PanoptoScheduleConflictError`; returns `null` for any other error.
 */
export function conflictFromError(error: unknown): PanoptoScheduleConflictError | null {
  const facts = errorFacts(error);
  if (facts.status !== 400 && facts.status !== 409) return null;
  const text = `${facts.errorCode ?? ''} ${facts.serverMessage ?? ''}`;
  const structured = structuredConflicts(facts.body);
  if (!structured && !/conflict/i.test(text)) return null;
  const message = facts.serverMessage ?? '';
  const conflicts =
    structured ??
    conflictsInText(message) ??
    [...new Set(message.match(GUID_IN_TEXT) ?? [])].map((sessionId) => ({ sessionId }));
  return new PanoptoScheduleConflictError(conflicts, facts.serverMessage, error);
}

function formatTime(iso: string | undefined): string | undefined {
  if (!iso) return undefined;
  const ms = Date.parse(iso);
  return Number.isFinite(ms) ? new Date(ms).toISOString().slice(11, 16) : undefined;
}

/** One conflict in words: “Algebra 101” (14:00–15:00 UTC). */
export function describeConflict(conflict: ScheduleConflict): string {
  const name = conflict.name
    ? `“${conflict.name}”`
    : conflict.sessionId
    ? `session ${conflict.sessionId}`
    : 'a session';
  const start = formatTime(conflict.startTime);
  const end = formatTime(conflict.endTime);
  const day =
    conflict.startTime && Number.isFinite(Date.parse(conflict.startTime)) ? conflict.startTime.slice(0, 10) : '';
  return start && end ? `${name} (${day} ${start}–${end} UTC)` : name;
}

function describeConflicts(conflicts: readonly ScheduleConflict[], serverMessage: string | undefined): string {
  const what =
    conflicts.length === 0
      ? `The recorder is already booked at that time${serverMessage ? ` (Panopto says: ${serverMessage})` : ''}.`
      : `The recorder is already booked at that time by ${
          conflicts.length === 1 ? '' : `${conflicts.length} sessions: `
        }${conflicts.map(describeConflict).join(', ')}.`;
  return `${what} Choose another time or recorder, or schedule anyway with resolveConflicts.`;
}
