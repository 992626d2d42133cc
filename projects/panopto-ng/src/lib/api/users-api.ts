import { Observable } from 'rxjs';
import { PanoptoCallOptions, PanoptoHttp } from '../http/panopto-http';
import { PanoptoListResponse } from 'panopto-ng/core';
import { Session, SessionSortField } from 'panopto-ng/core';
import { Group, User } from 'panopto-ng/core';
import { PanoptoAllPagesOptions, PanoptoPageOptions, allPages, pageQuery, searchQueryOf } from './paging';
import { callOptions, listRequest } from './request-helpers';

/** Options of `users.viewedSessions()`. */
export interface ViewedSessionsOptions extends PanoptoPageOptions<SessionSortField> {
  /** Also sessions watched to the end. Default false (only partly viewed ones). */
  includeCompleted?: boolean;
}

/**
 * `/users`: search, and the sessions a user has viewed.
 *
 * @example
 * ```ts
 * api.users.viewedSessions({ includeCompleted: true }).subscribe(({ Results }) => resume(Results));
 * ```
 */
export class UsersApi {
  constructor(private readonly http: PanoptoHttp) {}

  /** `GET /users/search` (not paged by Panopto). */
  search(searchQuery: string, options?: PanoptoCallOptions): Observable<PanoptoListResponse<User>> {
    return listRequest<User>(this.http, () => ({
      method: 'GET',
      path: '/users/search',
      query: { searchQuery: searchQueryOf(searchQuery) },
      resource: 'the user search',
      ...callOptions(options),
    }));
  }

  /** `GET /users/me/sessions/viewed`: sessions the signed-in user started watching. */
  viewedSessions(options?: ViewedSessionsOptions): Observable<PanoptoListResponse<Session>> {
    return listRequest<Session>(this.http, () => ({
      method: 'GET',
      path: '/users/me/sessions/viewed',
      query: { includeCompleted: options?.includeCompleted, ...pageQuery(options) },
      resource: "the signed-in user's viewed sessions",
      ...callOptions(options),
    }));
  }

  /** Every viewed session of the signed-in user. */
  allViewedSessions(options?: PanoptoAllPagesOptions<ViewedSessionsOptions>): Observable<Session> {
    return allPages((pageNumber) => this.viewedSessions({ ...options, pageNumber }));
  }

  /** `GET /users/{id}/sessions/viewed`: the same for another user (administrators only). */
  viewedSessionsOf(userId: string, options?: ViewedSessionsOptions): Observable<PanoptoListResponse<Session>> {
    return listRequest<Session>(this.http, () => ({
      method: 'GET',
      path: '/users/{id}/sessions/viewed',
      pathParams: { id: userId },
      query: { includeCompleted: options?.includeCompleted, ...pageQuery(options) },
      resource: `user ${userId}`,
      ...callOptions(options),
    }));
  }
}

/**
 * `/groups`: search.
 *
 * @example
 * ```ts
 * api.groups.search('Biology 101').subscribe(({ Results }) => pick(Results));
 * ```
 */
export class GroupsApi {
  constructor(private readonly http: PanoptoHttp) {}

  /** `GET /groups/search` (not paged by Panopto). */
  search(searchQuery: string, options?: PanoptoCallOptions): Observable<PanoptoListResponse<Group>> {
    return listRequest<Group>(this.http, () => ({
      method: 'GET',
      path: '/groups/search',
      query: { searchQuery: searchQueryOf(searchQuery) },
      resource: 'the group search',
      ...callOptions(options),
    }));
  }
}
