// The access operations folders and sessions share (`…/settings/access`, `…/permissions`), written once for both.
import { Observable } from 'rxjs';
import { PanoptoCallOptions, PanoptoHttp } from '../http/panopto-http';
import {
  AccessLevel,
  AccessSettings,
  PanoptoListResponse,
  Permission,
  PermissionCreate,
  PermissionDelete,
} from 'panopto-ng/core';
import { PanoptoPageOptions, allPages, pageQuery } from './paging';
import { callOptions, listRequest } from './request-helpers';

/** Whose access: `/folders/{id}` or `/sessions/{id}`. */
export type AccessOwner = 'folders' | 'sessions';

/** Body of `PUT …/settings/access`: a `Level`, or (folders below the top level) `IsInherited: true`. */
export interface AccessSettingsUpdate {
  Level?: AccessLevel | `${AccessLevel}`;
  IsInherited?: boolean;
}

/** Options of one page of permissions (no sort). */
export type PermissionPageOptions = Pick<PanoptoPageOptions<never>, 'pageNumber' | 'priority' | 'retry'>;

const LEVELS: readonly string[] = Object.values(AccessLevel);

const label = (owner: AccessOwner, id: string): string => `${owner === 'folders' ? 'folder' : 'session'} ${id}`;

export function getAccessSettings(
  http: PanoptoHttp,
  owner: AccessOwner,
  id: string,
  options?: PanoptoCallOptions,
): Observable<AccessSettings> {
  return http.request<AccessSettings>(() => ({
    method: 'GET',
    path: `/${owner}/{id}/settings/access`,
    pathParams: { id },
    resource: label(owner, id),
    ...callOptions(options),
  }));
}

export function putAccessSettings(
  http: PanoptoHttp,
  owner: AccessOwner,
  id: string,
  settings: AccessSettingsUpdate,
  options?: PanoptoCallOptions,
): Observable<AccessSettings> {
  return http.request<AccessSettings>(() => {
    if (settings.IsInherited !== true && !LEVELS.includes(settings.Level as string)) {
      throw new TypeError(
        `panopto-ng: \`Level\` must be one of ${LEVELS.join(', ')} (or pass IsInherited: true); got ${JSON.stringify(settings.Level)}.`,
      );
    }
    return {
      method: 'PUT',
      path: `/${owner}/{id}/settings/access`,
      pathParams: { id },
      body: settings.IsInherited === true ? { IsInherited: true } : { IsInherited: false, Level: settings.Level },
      resource: label(owner, id),
      ...callOptions(options),
    };
  });
}

export function permissionsPage(
  http: PanoptoHttp,
  owner: AccessOwner,
  id: string,
  options?: PermissionPageOptions,
): Observable<PanoptoListResponse<Permission>> {
  return listRequest<Permission>(http, () => ({
    method: 'GET',
    path: `/${owner}/{id}/permissions`,
    pathParams: { id },
    query: { pageNumber: pageQuery(options)['pageNumber'] },
    resource: label(owner, id),
    ...callOptions(options),
  }));
}

export function allPermissionsOf(
  http: PanoptoHttp,
  owner: AccessOwner,
  id: string,
  options?: PanoptoCallOptions,
): Observable<Permission> {
  return allPages((pageNumber) => permissionsPage(http, owner, id, { ...options, pageNumber }));
}

export function postPermission(
  http: PanoptoHttp,
  owner: AccessOwner,
  id: string,
  permission: PermissionCreate,
  options?: PanoptoCallOptions,
): Observable<Permission> {
  return http.request<Permission>(() => ({
    method: 'POST',
    path: `/${owner}/{id}/permissions`,
    pathParams: { id },
    body: permission,
    guids: { PrincipalId: permission.PrincipalId ?? '', RoleId: permission.RoleId },
    resource: label(owner, id),
    ...callOptions(options),
  }));
}

export function deletePermission(
  http: PanoptoHttp,
  owner: AccessOwner,
  id: string,
  permission: PermissionDelete,
  options?: PanoptoCallOptions,
): Observable<PermissionDelete> {
  return http.request<PermissionDelete>(() => ({
    method: 'DELETE',
    path: `/${owner}/{id}/permissions`,
    pathParams: { id },
    query: {
      RoleId: permission.RoleId,
      RoleType: permission.RoleType,
      PrincipalId: permission.PrincipalId,
      PrincipalType: permission.PrincipalType,
    },
    guids: { PrincipalId: permission.PrincipalId ?? '', RoleId: permission.RoleId },
    resource: label(owner, id),
    ...callOptions(options),
  }));
}
