import { Observable } from 'rxjs';
import { PanoptoCallOptions, PanoptoHttp } from '../http/panopto-http';
import {
  AccessSettings,
  PanoptoListResponse,
  Permission,
  PermissionCreate,
  PermissionDelete,
  SessionCopyCreate,
  SessionCopyResponse,
  SessionScormManifestType,
  Tag,
  TagSortField,
  SortOrder,
} from 'panopto-ng/core';
import {
  AccessSettingsUpdate,
  PermissionPageOptions,
  allPermissionsOf,
  deletePermission,
  getAccessSettings,
  permissionsPage,
  postPermission,
  putAccessSettings,
} from './access-requests';
import { callOptions, listRequest } from './request-helpers';

/** Options of `sessions.tags()`: Panopto sorts a session's tags but does not page them. */
export interface SessionTagsOptions extends PanoptoCallOptions {
  sortField?: TagSortField;
  sortOrder?: SortOrder;
}

/**
 * Managing one session: who may watch it (level and viewers), its tags, copies and SCORM package. `SessionsApi` has
 * these methods; reach them as `inject(PanoptoApi).sessions`.
 *
 * @example
 * ```ts
 * api.sessions.updateAccessSettings(id, { Level: AccessLevel.Restricted }).pipe(
 *   switchMap(() => api.sessions.grantPermission(id, { PrincipalId: userId, PrincipalType: PrincipalType.User, RoleType: BuiltInRoleType.Viewer })),
 * ).subscribe();
 * ```
 */
export class SessionManagementApi {
  constructor(protected readonly http: PanoptoHttp) {}

  /** `GET /sessions/{id}/settings/access`: the level, and whether it is the folder's (`IsInherited`). */
  accessSettings(id: string, options?: PanoptoCallOptions): Observable<AccessSettings> {
    return getAccessSettings(this.http, 'sessions', id, options);
  }

  /**
   * `PUT /sessions/{id}/settings/access`. A session can be opened beyond its folder, never closed below it: a
   * stricter `Level` than the folder's answers the folder's, with `IsInherited: true`.
   */
  updateAccessSettings(id: string, settings: AccessSettingsUpdate, options?: PanoptoCallOptions): Observable<AccessSettings> {
    return putAccessSettings(this.http, 'sessions', id, settings, options);
  }

  /** `GET /sessions/{id}/permissions`: viewers of this session alone, then those inherited from its folders. */
  permissions(id: string, options?: PermissionPageOptions): Observable<PanoptoListResponse<Permission>> {
    return permissionsPage(this.http, 'sessions', id, options);
  }

  /** Every permission of the session. */
  allPermissions(id: string, options?: PanoptoCallOptions): Observable<Permission> {
    return allPermissionsOf(this.http, 'sessions', id, options);
  }

  /** `POST /sessions/{id}/permissions`: lets a user or group watch this session. */
  grantPermission(id: string, permission: PermissionCreate, options?: PanoptoCallOptions): Observable<Permission> {
    return postPermission(this.http, 'sessions', id, permission, options);
  }

  /** `DELETE /sessions/{id}/permissions`: takes a (non-inherited) viewer off the session. */
  revokePermission(id: string, permission: PermissionDelete, options?: PanoptoCallOptions): Observable<PermissionDelete> {
    return deletePermission(this.http, 'sessions', id, permission, options);
  }

  /** `GET /sessions/{id}/tags` (default sort `CreateDate`). */
  tags(id: string, options?: SessionTagsOptions): Observable<PanoptoListResponse<Tag>> {
    return listRequest<Tag>(this.http, () => ({
      method: 'GET',
      path: '/sessions/{id}/tags',
      pathParams: { id },
      query: { sortField: options?.sortField, sortOrder: options?.sortOrder },
      resource: `session ${id}`,
      ...callOptions(options),
    }));
  }

  /** `PUT /sessions/{id}/tags`: replaces all of the session's tags; new words join the site's vocabulary. */
  updateTags(id: string, tags: readonly string[], options?: PanoptoCallOptions): Observable<PanoptoListResponse<Tag>> {
    return listRequest<Tag>(this.http, () => {
      if (!Array.isArray(tags) || tags.some((t) => typeof t !== 'string')) {
        throw new TypeError('panopto-ng: `tags` must be an array of strings (the complete set of the session\'s tags).');
      }
      return {
        method: 'PUT',
        path: '/sessions/{id}/tags',
        pathParams: { id },
        body: { Tags: tags },
        resource: `session ${id}`,
        ...callOptions(options),
      };
    });
  }

  /** `POST /sessions/{id}/sessioncopy`: a `Reference` or `Full` copy into `FolderId`. Not retried (a POST). */
  copy(id: string, copy: SessionCopyCreate, options?: PanoptoCallOptions): Observable<SessionCopyResponse> {
    return this.http.request<SessionCopyResponse>(() => ({
      method: 'POST',
      path: '/sessions/{id}/sessioncopy',
      pathParams: { id },
      body: copy,
      guids: { FolderId: copy.FolderId ?? '' },
      resource: `session ${id}`,
      ...callOptions(options),
    }));
  }

  /** `GET /sessions/{id}/manage/scorm?type=`: the session as a SCORM package (a ZIP file) for an LMS. */
  scormManifest(id: string, type: SessionScormManifestType, options?: PanoptoCallOptions): Observable<Blob> {
    return this.http.request<Blob>(() => ({
      method: 'GET',
      path: '/sessions/{id}/manage/scorm',
      pathParams: { id },
      query: { type },
      responseType: 'blob',
      resource: `session ${id}`,
      ...callOptions(options),
    }));
  }
}
