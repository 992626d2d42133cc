import { InjectionToken, inject } from '@angular/core';
import { PanoptoApi } from 'panopto-ng';
import { Observable, toArray } from 'rxjs';
import {
  RemoteRecorder,
  ScheduledRecording,
  ScheduledRecordingCreate,
  ScheduledRecordingUpdate,
  Session,
} from './live-types';

/**
 * The REST calls the live entry point makes, in one small interface: the service depends on this rather than
 * on `PanoptoApi` directly, so its specs (and apps with an unusual transport) can swap it.
 */
export interface PanoptoLiveBackend {
  /** `GET /sessions/inProgress/webcast`, every page. */
  inProgressWebcasts(): Observable<Session[]>;
  /** `GET /remoteRecorders/search`, every page. */
  searchRemoteRecorders(searchQuery: string): Observable<RemoteRecorder[]>;
  /** `POST /scheduledRecordings?resolveConflicts=`. */
  createScheduledRecording(body: ScheduledRecordingCreate, resolveConflicts: boolean): Observable<ScheduledRecording>;
  /** `GET /scheduledRecordings/{id}`. */
  getScheduledRecording(id: string): Observable<ScheduledRecording>;
  /** `PUT /scheduledRecordings/{id}?resolveConflicts=` (start and end only). */
  updateScheduledRecording(
    id: string,
    body: ScheduledRecordingUpdate,
    resolveConflicts: boolean,
  ): Observable<ScheduledRecording>;
  /** `DELETE /scheduledRecordings/{id}`. */
  deleteScheduledRecording(id: string): Observable<unknown>;
}

/**
 * The default backend: the core's `PanoptoApi`, so live calls get its rate limiting, error mapping and the auth
 * interceptor. Polls go as `background` calls without the core's own retries: the poll loop backs off itself
 * (and honours `Retry-After`), so a 429 must reach it at once instead of being retried underneath.
 */
export class PanoptoApiLiveBackend implements PanoptoLiveBackend {
  constructor(private readonly api: PanoptoApi) {}

  inProgressWebcasts(): Observable<Session[]> {
    return this.api.sessions.allInProgressWebcasts({ priority: 'background', retry: false }).pipe(toArray());
  }

  searchRemoteRecorders(searchQuery: string): Observable<RemoteRecorder[]> {
    return this.api.remoteRecorders.allSearch(searchQuery).pipe(toArray());
  }

  createScheduledRecording(body: ScheduledRecordingCreate, resolveConflicts: boolean): Observable<ScheduledRecording> {
    return this.api.scheduledRecordings.create(body, { resolveConflicts });
  }

  getScheduledRecording(id: string): Observable<ScheduledRecording> {
    return this.api.scheduledRecordings.get(id);
  }

  updateScheduledRecording(
    id: string,
    body: ScheduledRecordingUpdate,
    resolveConflicts: boolean,
  ): Observable<ScheduledRecording> {
    return this.api.scheduledRecordings.update(id, body, { resolveConflicts });
  }

  deleteScheduledRecording(id: string): Observable<unknown> {
    return this.api.scheduledRecordings.delete(id);
  }
}

/**
 * The backend `PanoptoLiveService` uses; by default `PanoptoApi`.
 *
 * @example
 * ```ts
 * providers: [{ provide: PANOPTO_LIVE_BACKEND, useValue: myBackend }]
 * ```
 */
export const PANOPTO_LIVE_BACKEND = new InjectionToken<PanoptoLiveBackend>('PANOPTO_LIVE_BACKEND', {
  providedIn: 'root',
  factory: () => new PanoptoApiLiveBackend(inject(PanoptoApi)),
});
