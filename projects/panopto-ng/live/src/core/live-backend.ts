import { HttpClient, HttpParams } from '@angular/common/http';
import { InjectionToken, inject } from '@angular/core';
import { PANOPTO_CONFIG, ResolvedPanoptoConfig } from 'panopto-ng';
import { EMPTY, Observable, expand, map, reduce } from 'rxjs';
import {
  LiveRemoteRecorder,
  LiveScheduledRecording,
  LiveSession,
  ScheduledRecordingCreate,
  ScheduledRecordingUpdate,
} from './live-types';

/**
 * The REST calls the live entry point makes, in one small interface: the service depends on this, not on the
 * HTTP details, so tests (and apps with their own transport) can swap it.
 */
export interface PanoptoLiveBackend {
  /** `GET /sessions/inProgress/webcast`, every page. */
  inProgressWebcasts(): Observable<LiveSession[]>;
  /** `GET /remoteRecorders/search`, every page. */
  searchRemoteRecorders(searchQuery: string): Observable<LiveRemoteRecorder[]>;
  /** `POST /scheduledRecordings?resolveConflicts=`. */
  createScheduledRecording(
    body: ScheduledRecordingCreate,
    resolveConflicts: boolean,
  ): Observable<LiveScheduledRecording>;
  /** `GET /scheduledRecordings/{id}`. */
  getScheduledRecording(id: string): Observable<LiveScheduledRecording>;
  /** `PUT /scheduledRecordings/{id}?resolveConflicts=` (start and end only). */
  updateScheduledRecording(
    id: string,
    body: ScheduledRecordingUpdate,
    resolveConflicts: boolean,
  ): Observable<LiveScheduledRecording>;
  /** `DELETE /scheduledRecordings/{id}`. */
  deleteScheduledRecording(id: string): Observable<unknown>;
}

/** Safety net for a server that never returns an empty page: stop after this many pages. */
export const MAX_PAGES = 200;

/** Fetches pages 0, 1, 2... until a page has no results, and concatenates them. */
export function allPages<T>(page: (pageNumber: number) => Observable<{ Results?: T[] | null }>): Observable<T[]> {
  return page(0).pipe(
    map((r, i) => ({ results: r.Results ?? [], pageNumber: i })),
    expand(({ results, pageNumber }) =>
      results.length === 0 || pageNumber + 1 >= MAX_PAGES
        ? EMPTY
        : page(pageNumber + 1).pipe(map((r) => ({ results: r.Results ?? [], pageNumber: pageNumber + 1 }))),
    ),
    reduce((all, { results }) => all.concat(results), [] as T[]),
  );
}

/** The default backend: plain `HttpClient` calls under the configured `apiBaseUrl` (the auth interceptor adds the token). */
export class HttpLiveBackend implements PanoptoLiveBackend {
  constructor(private readonly http: HttpClient, private readonly config: ResolvedPanoptoConfig) {}

  private url(path: string): string {
    return `${this.config.apiBaseUrl}${path}`;
  }

  inProgressWebcasts(): Observable<LiveSession[]> {
    return allPages((pageNumber) =>
      this.http.get<{ Results?: LiveSession[] }>(this.url('/sessions/inProgress/webcast'), {
        params: new HttpParams().set('pageNumber', pageNumber),
      }),
    );
  }

  searchRemoteRecorders(searchQuery: string): Observable<LiveRemoteRecorder[]> {
    return allPages((pageNumber) =>
      this.http.get<{ Results?: LiveRemoteRecorder[] }>(this.url('/remoteRecorders/search'), {
        params: new HttpParams().set('searchQuery', searchQuery).set('pageNumber', pageNumber),
      }),
    );
  }

  createScheduledRecording(
    body: ScheduledRecordingCreate,
    resolveConflicts: boolean,
  ): Observable<LiveScheduledRecording> {
    return this.http.post<LiveScheduledRecording>(this.url('/scheduledRecordings'), body, {
      params: new HttpParams().set('resolveConflicts', resolveConflicts),
    });
  }

  getScheduledRecording(id: string): Observable<LiveScheduledRecording> {
    return this.http.get<LiveScheduledRecording>(this.url(`/scheduledRecordings/${encodeURIComponent(id)}`));
  }

  updateScheduledRecording(
    id: string,
    body: ScheduledRecordingUpdate,
    resolveConflicts: boolean,
  ): Observable<LiveScheduledRecording> {
    return this.http.put<LiveScheduledRecording>(this.url(`/scheduledRecordings/${encodeURIComponent(id)}`), body, {
      params: new HttpParams().set('resolveConflicts', resolveConflicts),
    });
  }

  deleteScheduledRecording(id: string): Observable<unknown> {
    return this.http.delete(this.url(`/scheduledRecordings/${encodeURIComponent(id)}`), { responseType: 'text' });
  }
}

/**
 * The backend `PanoptoLiveService` uses. Override it to route the live calls through your own transport.
 *
 * @example
 * ```ts
 * providers: [{ provide: PANOPTO_LIVE_BACKEND, useValue: myBackend }]
 * ```
 */
export const PANOPTO_LIVE_BACKEND = new InjectionToken<PanoptoLiveBackend>('PANOPTO_LIVE_BACKEND', {
  providedIn: 'root',
  factory: () => new HttpLiveBackend(inject(HttpClient), inject(PANOPTO_CONFIG)),
});
