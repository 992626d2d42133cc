import { Observable, Subject, of, throwError } from 'rxjs';
import { PanoptoLiveBackend } from '../core/live-backend';
import {
  LiveRemoteRecorder,
  LiveScheduledRecording,
  LiveSession,
  ScheduledRecordingCreate,
  ScheduledRecordingUpdate,
} from '../core/live-types';

/**
 * A scriptable backend for specs: `webcasts` answers are queued (`respondWebcasts`), or held open with
 * `holdWebcasts()` to test cancellation; every call is recorded.
 */
export class FakeLiveBackend implements PanoptoLiveBackend {
  webcastCalls = 0;
  webcastUnsubscribes = 0;
  /** What the next `inProgressWebcasts()` answers; a function is called per request. */
  webcastAnswer: () => Observable<LiveSession[]> = () => of([]);
  recorders: LiveRemoteRecorder[] = [];
  created: { body: ScheduledRecordingCreate; resolveConflicts: boolean }[] = [];
  updated: { id: string; body: ScheduledRecordingUpdate; resolveConflicts: boolean }[] = [];
  deleted: string[] = [];
  createAnswer: (body: ScheduledRecordingCreate) => Observable<LiveScheduledRecording> = (body) =>
    of({
      Id: '11111111-2222-3333-4444-555555555555',
      Name: body.Name,
      StartTime: body.StartTime,
      EndTime: body.EndTime,
    });

  inProgressWebcasts(): Observable<LiveSession[]> {
    this.webcastCalls++;
    return new Observable<LiveSession[]>((sub) => {
      let done = false;
      const inner = this.webcastAnswer().subscribe({
        next: (v) => sub.next(v),
        error: (e) => {
          done = true;
          sub.error(e);
        },
        complete: () => {
          done = true;
          sub.complete();
        },
      });
      return () => {
        // Counts only cancellations: unsubscribing before the answer completed.
        if (!done) this.webcastUnsubscribes++;
        inner.unsubscribe();
      };
    });
  }

  /** Makes the next answers never arrive (until the returned subject emits). */
  holdWebcasts(): Subject<LiveSession[]> {
    const subject = new Subject<LiveSession[]>();
    this.webcastAnswer = () => subject;
    return subject;
  }

  failWebcasts(error: unknown): void {
    this.webcastAnswer = () => throwError(() => error);
  }

  answerWebcasts(sessions: LiveSession[]): void {
    this.webcastAnswer = () => of(sessions);
  }

  searchRemoteRecorders(): Observable<LiveRemoteRecorder[]> {
    return of(this.recorders);
  }

  createScheduledRecording(
    body: ScheduledRecordingCreate,
    resolveConflicts: boolean,
  ): Observable<LiveScheduledRecording> {
    this.created.push({ body, resolveConflicts });
    return this.createAnswer(body);
  }

  getScheduledRecording(id: string): Observable<LiveScheduledRecording> {
    return of({ Id: id });
  }

  updateScheduledRecording(
    id: string,
    body: ScheduledRecordingUpdate,
    resolveConflicts: boolean,
  ): Observable<LiveScheduledRecording> {
    this.updated.push({ id, body, resolveConflicts });
    return of({ Id: id, StartTime: body.StartTime, EndTime: body.EndTime });
  }

  deleteScheduledRecording(id: string): Observable<unknown> {
    this.deleted.push(id);
    return of(id);
  }
}

/** A session as `/sessions/inProgress/webcast` lists it. */
export function webcast(n: number, startTime = '2026-11-28T14:30:00Z'): LiveSession {
  const hex = n.toString(16).padStart(12, '0');
  return { Id: `aaaaaaaa-0000-4000-8000-${hex}`, Name: `Webcast ${n}`, StartTime: startTime, Folder: null };
}
