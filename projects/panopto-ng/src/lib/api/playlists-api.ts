import { Observable } from 'rxjs';
import { PanoptoCallOptions, PanoptoHttp } from '../http/panopto-http';
import { PanoptoListResponse } from 'panopto-ng/core';
import {
  Playlist,
  PlaylistAddSession,
  PlaylistCreate,
  PlaylistSessionSortField,
  PlaylistSortField,
  PlaylistUpdate,
} from 'panopto-ng/core';
import { Session } from 'panopto-ng/core';
import { PanoptoAllPagesOptions, PanoptoPageOptions, allPages, pageQuery, searchQueryOf } from './paging';
import { callOptions, deleteRequest, listRequest } from './request-helpers';

/**
 * `/playlists`: get, create, update, delete, search, and the sessions of a playlist.
 *
 * @example
 * ```ts
 * api.playlists.create({ Name: 'Week 1', FolderId: folderId, Sessions: [a, b] }).subscribe();
 * ```
 */
export class PlaylistsApi {
  constructor(private readonly http: PanoptoHttp) {}

  /** `GET /playlists/{id}` */
  get(id: string, options?: PanoptoCallOptions): Observable<Playlist> {
    return this.http.request<Playlist>(() => ({
      method: 'GET',
      path: '/playlists/{id}',
      pathParams: { id },
      resource: `playlist ${id}`,
      ...callOptions(options),
    }));
  }

  /** `POST /playlists` */
  create(playlist: PlaylistCreate, options?: PanoptoCallOptions): Observable<Playlist> {
    return this.http.request<Playlist>(() => ({
      method: 'POST',
      path: '/playlists',
      body: playlist,
      guids: Object.fromEntries([
        ['FolderId', playlist.FolderId ?? ''],
        ...(playlist.Sessions ?? []).map((s, i) => [`Sessions[${i}]`, s]),
      ]),
      resource: `folder ${playlist.FolderId}`,
      ...callOptions(options),
    }));
  }

  /** `PUT /playlists/{id}`: rename, describe, or move (`Folder`). */
  update(id: string, changes: PlaylistUpdate, options?: PanoptoCallOptions): Observable<Playlist> {
    return this.http.request<Playlist>(() => ({
      method: 'PUT',
      path: '/playlists/{id}',
      pathParams: { id },
      body: changes,
      guids: { Folder: changes.Folder },
      resource: `playlist ${id}`,
      ...callOptions(options),
    }));
  }

  /** `DELETE /playlists/{id}` */
  delete(id: string, options?: PanoptoCallOptions): Observable<string | null> {
    return deleteRequest(this.http, () => ({
      path: '/playlists/{id}',
      pathParams: { id },
      resource: `playlist ${id}`,
      ...callOptions(options),
    }));
  }

  /** `GET /playlists/search` */
  search(
    searchQuery: string,
    options?: PanoptoPageOptions<PlaylistSortField>,
  ): Observable<PanoptoListResponse<Playlist>> {
    return listRequest<Playlist>(this.http, () => ({
      method: 'GET',
      path: '/playlists/search',
      query: { searchQuery: searchQueryOf(searchQuery), ...pageQuery(options) },
      resource: 'the playlist search',
      ...callOptions(options),
    }));
  }

  /** Every search result. */
  allSearch(
    searchQuery: string,
    options?: PanoptoAllPagesOptions<PanoptoPageOptions<PlaylistSortField>>,
  ): Observable<Playlist> {
    return allPages((pageNumber) => this.search(searchQuery, { ...options, pageNumber }));
  }

  /** `GET /playlists/{id}/sessions` (default sort `Order`, the playlist's own order). */
  sessions(
    id: string,
    options?: PanoptoPageOptions<PlaylistSessionSortField>,
  ): Observable<PanoptoListResponse<Session>> {
    return listRequest<Session>(this.http, () => ({
      method: 'GET',
      path: '/playlists/{id}/sessions',
      pathParams: { id },
      query: pageQuery(options),
      resource: `playlist ${id}`,
      ...callOptions(options),
    }));
  }

  /** Every session of the playlist. */
  allSessions(
    id: string,
    options?: PanoptoAllPagesOptions<PanoptoPageOptions<PlaylistSessionSortField>>,
  ): Observable<Session> {
    return allPages((pageNumber) => this.sessions(id, { ...options, pageNumber }));
  }

  /** `PUT /playlists/{id}/sessions`: inserts a session at `Index` (0 = first; omitted = append). */
  addSession(
    id: string,
    entry: PlaylistAddSession,
    options?: PanoptoCallOptions,
  ): Observable<PanoptoListResponse<Session>> {
    return listRequest<Session>(this.http, () => ({
      method: 'PUT',
      path: '/playlists/{id}/sessions',
      pathParams: { id },
      body: entry,
      guids: { SessionId: entry.SessionId ?? '' },
      resource: `playlist ${id}`,
      ...callOptions(options),
    }));
  }

  /** `DELETE /playlists/{id}/sessions/{sessionId}`: returns the removed session. */
  removeSession(id: string, sessionId: string, options?: PanoptoCallOptions): Observable<Session> {
    return this.http.request<Session>(() => ({
      method: 'DELETE',
      path: '/playlists/{id}/sessions/{sessionId}',
      pathParams: { id, sessionId },
      resource: `playlist ${id}`,
      ...callOptions(options),
    }));
  }
}
