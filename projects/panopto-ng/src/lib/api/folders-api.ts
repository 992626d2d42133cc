import { Observable } from 'rxjs';
import { PanoptoCallOptions, PanoptoHttp } from '../http/panopto-http';
import { PanoptoListResponse } from 'panopto-ng/core';
import { Folder, FolderChildrenSortField, FolderCreate, FolderSortField, FolderUpdate } from 'panopto-ng/core';
import { Permission, PermissionCreate, PermissionDelete } from 'panopto-ng/core';
import { Playlist, PlaylistSortField } from 'panopto-ng/core';
import { Session, SessionSortField } from 'panopto-ng/core';
import { PanoptoAllPagesOptions, PanoptoPageOptions, allPages, pageQuery, searchQueryOf } from './paging';
import { callOptions, deleteRequest, listRequest } from './request-helpers';
import { FolderAccessApi } from './folder-access-api';

/** Options of `folders.children()`. */
export interface FolderChildrenOptions extends PanoptoPageOptions<FolderChildrenSortField> {
  /** Only folders the user can create content in. */
  canCreate?: boolean;
}

/** Options of `folders.search()`. */
export interface FolderSearchOptions extends PanoptoPageOptions<FolderSortField> {
  canCreate?: boolean;
}

/**
 * `/folders`: get, create, update, move, delete, list children, sessions and playlists, search, permissions.
 * Reach it as `inject(PanoptoApi).folders`.
 *
 * @example
 * ```ts
 * api.folders.children(ROOT_FOLDER_ID).subscribe(({ Results }) => (this.folders = Results));
 * ```
 */
export class FoldersApi extends FolderAccessApi {
  constructor(http: PanoptoHttp) {
    super(http);
  }

  /** `GET /folders/{id}` */
  get(id: string, options?: PanoptoCallOptions): Observable<Folder> {
    return this.http.request<Folder>(() => ({
      method: 'GET',
      path: '/folders/{id}',
      pathParams: { id },
      resource: `folder ${id}`,
      ...callOptions(options),
    }));
  }

  /** `POST /folders`. Omit `Parent` to create a top-level folder. Never retried after a 5xx. */
  create(folder: FolderCreate, options?: PanoptoCallOptions): Observable<Folder> {
    return this.http.request<Folder>(() => ({
      method: 'POST',
      path: '/folders',
      body: folder,
      guids: { Parent: folder.Parent },
      resource: folder.Parent ? `folder ${folder.Parent}` : 'the top level',
      ...callOptions(options),
    }));
  }

  /** `PUT /folders/{id}`: rename, describe, or move (set `Parent`; `ROOT_FOLDER_ID` = top level). */
  update(id: string, changes: FolderUpdate, options?: PanoptoCallOptions): Observable<Folder> {
    return this.http.request<Folder>(() => ({
      method: 'PUT',
      path: '/folders/{id}',
      pathParams: { id },
      body: changes,
      guids: { Parent: changes.Parent },
      resource: `folder ${id}`,
      ...callOptions(options),
    }));
  }

  /** Moves a folder under `parentId` (`ROOT_FOLDER_ID` for the top level): `PUT /folders/{id}` with `Parent`. */
  move(id: string, parentId: string, options?: PanoptoCallOptions): Observable<Folder> {
    return this.update(id, { Parent: parentId }, options);
  }

  /** `DELETE /folders/{id}`: the folder and everything in it, per the site's retention policy. */
  delete(id: string, options?: PanoptoCallOptions): Observable<string | null> {
    return deleteRequest(this.http, () => ({
      path: '/folders/{id}',
      pathParams: { id },
      resource: `folder ${id}`,
      ...callOptions(options),
    }));
  }

  /** `GET /folders/{id}/children`: one page of subfolders. Use `ROOT_FOLDER_ID` for the top level. */
  children(id: string, options?: FolderChildrenOptions): Observable<PanoptoListResponse<Folder>> {
    return listRequest<Folder>(this.http, () => ({
      method: 'GET',
      path: '/folders/{id}/children',
      pathParams: { id },
      query: { canCreate: options?.canCreate, ...pageQuery(options) },
      resource: `folder ${id}`,
      ...callOptions(options),
    }));
  }

  /** Every subfolder, page by page (lazily; stops at the first empty page). */
  allChildren(id: string, options?: PanoptoAllPagesOptions<FolderChildrenOptions>): Observable<Folder> {
    return allPages((pageNumber) => this.children(id, { ...options, pageNumber }));
  }

  /** `GET /folders/{id}/sessions`: one page of the folder's sessions (partial objects). */
  sessions(id: string, options?: PanoptoPageOptions<SessionSortField>): Observable<PanoptoListResponse<Session>> {
    return listRequest<Session>(this.http, () => ({
      method: 'GET',
      path: '/folders/{id}/sessions',
      pathParams: { id },
      query: pageQuery(options),
      resource: `folder ${id}`,
      ...callOptions(options),
    }));
  }

  /** Every session of the folder. */
  allSessions(id: string, options?: PanoptoAllPagesOptions<PanoptoPageOptions<SessionSortField>>): Observable<Session> {
    return allPages((pageNumber) => this.sessions(id, { ...options, pageNumber }));
  }

  /** `GET /folders/{id}/sessions/search`: sessions of this folder matching `searchQuery`. */
  searchSessions(
    id: string,
    searchQuery: string,
    options?: PanoptoPageOptions<SessionSortField>,
  ): Observable<PanoptoListResponse<Session>> {
    return listRequest<Session>(this.http, () => ({
      method: 'GET',
      path: '/folders/{id}/sessions/search',
      pathParams: { id },
      query: { searchQuery: searchQueryOf(searchQuery), ...pageQuery(options) },
      resource: `folder ${id}`,
      ...callOptions(options),
    }));
  }

  /** `GET /folders/{id}/playlists` */
  playlists(id: string, options?: PanoptoPageOptions<PlaylistSortField>): Observable<PanoptoListResponse<Playlist>> {
    return listRequest<Playlist>(this.http, () => ({
      method: 'GET',
      path: '/folders/{id}/playlists',
      pathParams: { id },
      query: pageQuery(options),
      resource: `folder ${id}`,
      ...callOptions(options),
    }));
  }

  /** Every playlist of the folder. */
  allPlaylists(
    id: string,
    options?: PanoptoAllPagesOptions<PanoptoPageOptions<PlaylistSortField>>,
  ): Observable<Playlist> {
    return allPages((pageNumber) => this.playlists(id, { ...options, pageNumber }));
  }

  /** `GET /folders/search`: folders whose name matches (default sort `Relevance`). */
  search(searchQuery: string, options?: FolderSearchOptions): Observable<PanoptoListResponse<Folder>> {
    return listRequest<Folder>(this.http, () => ({
      method: 'GET',
      path: '/folders/search',
      query: { searchQuery: searchQueryOf(searchQuery), canCreate: options?.canCreate, ...pageQuery(options) },
      resource: 'the folder search',
      ...callOptions(options),
    }));
  }

  /** Every search result. */
  allSearch(searchQuery: string, options?: PanoptoAllPagesOptions<FolderSearchOptions>): Observable<Folder> {
    return allPages((pageNumber) => this.search(searchQuery, { ...options, pageNumber }));
  }

  /** `GET /folders/creator`: folders the signed-in user can create in. */
  creator(options?: PanoptoPageOptions<FolderSortField>): Observable<PanoptoListResponse<Folder>> {
    return listRequest<Folder>(this.http, () => ({
      method: 'GET',
      path: '/folders/creator',
      query: pageQuery(options),
      resource: 'the creator folders',
      ...callOptions(options),
    }));
  }

  /** Every creator folder. */
  allCreator(options?: PanoptoAllPagesOptions<PanoptoPageOptions<FolderSortField>>): Observable<Folder> {
    return allPages((pageNumber) => this.creator({ ...options, pageNumber }));
  }

  /** `GET /folders/{id}/permissions`: one page of who has which role. */
  permissions(
    id: string,
    options?: Pick<PanoptoPageOptions<never>, 'pageNumber' | 'priority' | 'retry'>,
  ): Observable<PanoptoListResponse<Permission>> {
    return listRequest<Permission>(this.http, () => ({
      method: 'GET',
      path: '/folders/{id}/permissions',
      pathParams: { id },
      query: { pageNumber: pageQuery(options)['pageNumber'] },
      resource: `folder ${id}`,
      ...callOptions(options),
    }));
  }

  /** Every permission of the folder. */
  allPermissions(id: string, options?: PanoptoCallOptions): Observable<Permission> {
    return allPages((pageNumber) => this.permissions(id, { ...options, pageNumber }));
  }

  /** `POST /folders/{id}/permissions`: gives a user or group a role (only when access is not inherited). */
  grantPermission(id: string, permission: PermissionCreate, options?: PanoptoCallOptions): Observable<Permission> {
    return this.http.request<Permission>(() => ({
      method: 'POST',
      path: '/folders/{id}/permissions',
      pathParams: { id },
      body: permission,
      guids: { PrincipalId: permission.PrincipalId ?? '', RoleId: permission.RoleId },
      resource: `folder ${id}`,
      ...callOptions(options),
    }));
  }

  /** `DELETE /folders/{id}/permissions`: removes a role (or, without a role, all roles) of a principal. */
  revokePermission(
    id: string,
    permission: PermissionDelete,
    options?: PanoptoCallOptions,
  ): Observable<PermissionDelete> {
    return this.http.request<PermissionDelete>(() => ({
      method: 'DELETE',
      path: '/folders/{id}/permissions',
      pathParams: { id },
      query: {
        RoleId: permission.RoleId,
        RoleType: permission.RoleType,
        PrincipalId: permission.PrincipalId,
        PrincipalType: permission.PrincipalType,
      },
      guids: { PrincipalId: permission.PrincipalId ?? '', RoleId: permission.RoleId },
      resource: `folder ${id}`,
      ...callOptions(options),
    }));
  }
}
