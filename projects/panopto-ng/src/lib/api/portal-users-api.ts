import { Observable } from 'rxjs';
import { PanoptoCallOptions, PanoptoHttp } from '../http/panopto-http';
import { XfpUserProfile, XfpUserProfileCreate, XfpUserProfileUpdate, XfpUserRole } from 'panopto-ng/core';
import { callOptions } from './request-helpers';

/** Filter of `portalUsers.find()`. The swagger answers one profile per call: `Page` picks which match. */
export interface PortalUserFilter extends PanoptoCallOptions {
  XfpRole?: XfpUserRole;
  EmailAddress?: string;
  /** Which match, from 0. */
  Page?: number;
  Sort?: 'EmailAddress' | 'FirstName' | 'LastName' | 'CreatedDate' | 'XfpRole';
  SortDescending?: boolean;
}

/**
 * `/portal/{portalId}/user`: user profiles of a Panopto portal ("XFP"), for administrators. Reach it as
 * `inject(PanoptoApi).portalUsers`.
 *
 * @example
 * ```ts
 * api.portalUsers.create(portalId, { XfpRole: 'Viewer', EmailAddress: 'guest@example.edu' }).subscribe();
 * ```
 */
export class PortalUsersApi {
  constructor(private readonly http: PanoptoHttp) {}

  /** `GET /portal/{portalId}/user`: the profile matching the filter (the `Page`-th match). */
  find(portalId: string, filter?: PortalUserFilter): Observable<XfpUserProfile> {
    return this.http.request<XfpUserProfile>(() => ({
      method: 'GET',
      path: '/portal/{portalId}/user',
      pathParams: { portalId },
      query: {
        XfpRole: filter?.XfpRole,
        EmailAddress: filter?.EmailAddress,
        Page: filter?.Page,
        Sort: filter?.Sort,
        SortDescending: filter?.SortDescending,
      },
      resource: `portal ${portalId}`,
      ...callOptions(filter),
    }));
  }

  /** `POST /portal/{portalId}/user` */
  create(portalId: string, profile: XfpUserProfileCreate, options?: PanoptoCallOptions): Observable<XfpUserProfile> {
    return this.http.request<XfpUserProfile>(() => ({
      method: 'POST',
      path: '/portal/{portalId}/user',
      pathParams: { portalId },
      body: profile,
      resource: `portal ${portalId}`,
      ...callOptions(options),
    }));
  }

  /** `PUT /portal/{portalId}/user/{userId}` */
  update(
    portalId: string,
    userId: string,
    changes: XfpUserProfileUpdate,
    options?: PanoptoCallOptions,
  ): Observable<XfpUserProfile> {
    return this.http.request<XfpUserProfile>(() => ({
      method: 'PUT',
      path: '/portal/{portalId}/user/{userId}',
      pathParams: { portalId, userId },
      body: changes,
      resource: `portal user ${userId}`,
      ...callOptions(options),
    }));
  }

  /** `DELETE /portal/{portalId}/user/{userId}`: `true` when it was deleted. */
  delete(portalId: string, userId: string, options?: PanoptoCallOptions): Observable<boolean> {
    return this.http.request<boolean>(() => ({
      method: 'DELETE',
      path: '/portal/{portalId}/user/{userId}',
      pathParams: { portalId, userId },
      resource: `portal user ${userId}`,
      ...callOptions(options),
    }));
  }

  /** `POST /portal/{portalId}/user/bulk-create` with `{ Users }`; answers the first profile created. */
  bulkCreate(portalId: string, users: readonly XfpUserProfileCreate[], options?: PanoptoCallOptions): Observable<XfpUserProfile> {
    return this.http.request<XfpUserProfile>(() => ({
      method: 'POST',
      path: '/portal/{portalId}/user/bulk-create',
      pathParams: { portalId },
      body: { Users: users },
      resource: `portal ${portalId}`,
      ...callOptions(options),
    }));
  }

  /** `POST /portal/{portalId}/user/bulk-delete` with `{ UserIds }`; answers the first profile deleted. */
  bulkDelete(portalId: string, userIds: readonly string[], options?: PanoptoCallOptions): Observable<XfpUserProfile> {
    return this.http.request<XfpUserProfile>(() => ({
      method: 'POST',
      path: '/portal/{portalId}/user/bulk-delete',
      pathParams: { portalId },
      body: { UserIds: userIds },
      guids: Object.fromEntries(userIds.map((id, i) => [`UserIds[${i}]`, id])),
      resource: `portal ${portalId}`,
      ...callOptions(options),
    }));
  }
}
