import { Observable, Subject, of, throwError } from 'rxjs';
import { PanoptoLiveBackend } from '../core/live-backend';
import {
  RemoteRecorder,
  ScheduledRecording,
  Session,
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
  webcastAnswer: () => Observable<Session[]> = () => of([]);
  recorders: RemoteRecorder[] = [];
  created: { body: ScheduledRecordingCreate; resolveConflicts: boolean }[] = [];
  updated: { id: string; body: ScheduledRecordingUpdate; resolveConflicts: boolean }[] = [];
  deleted: string[] = [];
  createAnswer: (body: ScheduledRecordingCreate) => Observable<ScheduledRecording> = (body) =>
    of({
      Id: '11111111-2222-3333-4444-555555555555',
      Name: body.Name,
      StartTime: body.StartTime,
      EndTime: body.EndTime,
    });

  inProgressWebcasts(): Observable<Session[]> {
    this.webcastCalls++;
    return new Observable<Session[]>((sub) => {
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
  holdWebcasts(): Subject<Session[]> {
    const subject = new Subject<Session[]>();
    this.webcastAnswer = () => subject;
    return subject;
  }

  failWebcasts(error: unknown): void {
    this.webcastAnswer = () => throwError(() => error);
  }

  answerWebcasts(sessions: Session[]): void {
    this.webcastAnswer = () => of(sessions);
  }

  searchRemoteRecorders(): Observable<RemoteRecorder[]> {
    return of(this.recorders);
  }

  createScheduledRecording(body: ScheduledRecordingCreate, resolveConflicts: boolean): Observable<ScheduledRecording> {
    this.created.push({ body, resolveConflicts });
    return this.createAnswer(body);
  }

  getScheduledRecording(id: string): Observable<ScheduledRecording> {
    return of({ Id: id });
  }

  updateScheduledRecording(
    id: string,
    body: ScheduledRecordingUpdate,
    resolveConflicts: boolean,
  ): Observable<ScheduledRecording> {
    this.updated.push({ id, body, resolveConflicts });
    return of({ Id: id, StartTime: body.StartTime, EndTime: body.EndTime });
  }

  deleteScheduledRecording(id: string): Observable<unknown> {
    this.deleted.push(id);
    return of(id);
  }
}

/** A session as `/sessions/inProgress/webcast` lists it. */
export function webcast(n: number, startTime = '2026-11-28T14:30:00Z'): Session {
  const hex = n.toString(16).padStart(12, '0');
  return {
    Id: `aaaaaaaa-0000-4000-8000-${hex}`,
    Name: `Webcast ${n}`,
    StartTime: startTime,
    Folder: 'ffffffff-0000-4000-8000-000000000001',
  };
}
