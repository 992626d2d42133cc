import { Observable } from 'rxjs';
import { PanoptoCallOptions, PanoptoHttp } from '../http/panopto-http';
import { PanoptoListResponse } from 'panopto-ng/core';
import {
  Session,
  SessionSortField,
  SessionUpdate,
  SessionViewerStats,
  SessionViewerStatsSortField,
} from 'panopto-ng/core';
import { PanoptoAllPagesOptions, PanoptoPageOptions, allPages, pageQuery, searchQueryOf } from './paging';
import { callOptions, deleteRequest, listRequest } from './request-helpers';
import { SessionManagementApi } from './session-management-api';

/** Options of `sessions.search()`. */
export interface SessionSearchOptions extends PanoptoPageOptions<SessionSortField> {
  /** Extra fields to fill; Panopto supports only `Context` (where in the session the query matched). */
  includeFields?: ReadonlyArray<'Context'>;
}

/**
 * `/sessions`: get, update (rename, move), delete, search, viewers, sessions in progress.
 * Reach it as `inject(PanoptoApi).sessions`.
 *
 * @example
 * ```ts
 * api.sessions.search('biology', { sortField: 'Relevance' }).subscribe(({ Results }) => show(Results));
 * ```
 */
export class SessionsApi extends SessionManagementApi {
  constructor(http: PanoptoHttp) {
    super(http);
  }

  /** `GET /sessions/{id}`: the full session, with `CreatedBy` and every `Urls` entry. */
  get(id: string, options?: PanoptoCallOptions): Observable<Session> {
    return this.http.request<Session>(() => ({
      method: 'GET',
      path: '/sessions/{id}',
      pathParams: { id },
      resource: `session ${id}`,
      ...callOptions(options),
    }));
  }

  /** `PUT /sessions/{id}`: rename, describe, or move (set `Folder`). */
  update(id: string, changes: SessionUpdate, options?: PanoptoCallOptions): Observable<Session> {
    return this.http.request<Session>(() => ({
      method: 'PUT',
      path: '/sessions/{id}',
      pathParams: { id },
      body: changes,
      guids: { Folder: changes.Folder },
      resource: `session ${id}`,
      ...callOptions(options),
    }));
  }

  /** `DELETE /sessions/{id}` (per the site's retention policy). */
  delete(id: string, options?: PanoptoCallOptions): Observable<string | null> {
    return deleteRequest(this.http, () => ({
      path: '/sessions/{id}',
      pathParams: { id },
      resource: `session ${id}`,
      ...callOptions(options),
    }));
  }

  /** `GET /sessions/search` (default sort `Name`). */
  search(searchQuery: string, options?: SessionSearchOptions): Observable<PanoptoListResponse<Session>> {
    return listRequest<Session>(this.http, () => ({
      method: 'GET',
      path: '/sessions/search',
      query: {
        searchQuery: searchQueryOf(searchQuery),
        includeFields: options?.includeFields?.length ? options.includeFields.join(',') : undefined,
        ...pageQuery(options),
      },
      resource: 'the session search',
      ...callOptions(options),
    }));
  }

  /** Every search result. */
  allSearch(searchQuery: string, options?: PanoptoAllPagesOptions<SessionSearchOptions>): Observable<Session> {
    return allPages((pageNumber) => this.search(searchQuery, { ...options, pageNumber }));
  }

  /** `GET /sessions/{id}/viewers`: per-user viewing statistics. */
  viewers(
    id: string,
    options?: PanoptoPageOptions<SessionViewerStatsSortField>,
  ): Observable<PanoptoListResponse<SessionViewerStats>> {
    return listRequest<SessionViewerStats>(this.http, () => ({
      method: 'GET',
      path: '/sessions/{id}/viewers',
      pathParams: { id },
      query: pageQuery(options),
      resource: `session ${id}`,
      ...callOptions(options),
    }));
  }

  /** Every viewer of the session. */
  allViewers(
    id: string,
    options?: PanoptoAllPagesOptions<PanoptoPageOptions<SessionViewerStatsSortField>>,
  ): Observable<SessionViewerStats> {
    return allPages((pageNumber) => this.viewers(id, { ...options, pageNumber }));
  }

  /** `GET /sessions/inProgress/webcast`: live webcasts happening now. */
  inProgressWebcasts(options?: PanoptoPageOptions<SessionSortField>): Observable<PanoptoListResponse<Session>> {
    return listRequest<Session>(this.http, () => ({
      method: 'GET',
      path: '/sessions/inProgress/webcast',
      query: pageQuery(options),
      resource: 'the webcasts in progress',
      ...callOptions(options),
    }));
  }

  /** Every webcast in progress. */
  allInProgressWebcasts(options?: PanoptoAllPagesOptions<PanoptoPageOptions<SessionSortField>>): Observable<Session> {
    return allPages((pageNumber) => this.inProgressWebcasts({ ...options, pageNumber }));
  }

  /** `GET /sessions/inProgress/recording`: recordings happening now. */
  inProgressRecordings(options?: PanoptoPageOptions<SessionSortField>): Observable<PanoptoListResponse<Session>> {
    return listRequest<Session>(this.http, () => ({
      method: 'GET',
      path: '/sessions/inProgress/recording',
      query: pageQuery(options),
      resource: 'the recordings in progress',
      ...callOptions(options),
    }));
  }

  /** Every recording in progress. */
  allInProgressRecordings(options?: PanoptoAllPagesOptions<PanoptoPageOptions<SessionSortField>>): Observable<Session> {
    return allPages((pageNumber) => this.inProgressRecordings({ ...options, pageNumber }));
  }
}
