// The SyncBackend over PanoptoApi: every call goes through the REST core (rate limiter, retries, events) at
// background priority, so a sync never delays what the user is clicking on.
import { PanoptoApi, PanoptoCallOptions } from 'panopto-ng';
import { BuiltInRoleType, PanoptoApiError, PanoptoError, PrincipalType } from 'panopto-ng/core';
import { firstValueFrom, Observable, toArray } from 'rxjs';
import { PanoptoCaptionsApi } from 'panopto-ng/captions';
import { SyncBackend } from './sync-backend';

const BACKGROUND: PanoptoCallOptions = { priority: 'background' };

/**
 * @internal Panopto's own message first (what the admin needs to act on), then the REST core's explanation; the
 * error keeps the REST core's `code` and has it as `cause`.
 */
export function describeSyncError(e: unknown): Error {
  if (e instanceof PanoptoApiError && e.serverMessage) {
    return new PanoptoError(`${e.serverMessage} (HTTP ${e.status}${e.errorCode ? `, ${e.errorCode}` : ''})`, {
      cause: e,
      code: e.code,
    });
  }
  return e instanceof Error ? e : new PanoptoError(String(e), { cause: e });
}

async function call<T>(source: Observable<T>): Promise<T> {
  try {
    return await firstValueFrom(source);
  } catch (e) {
    throw describeSyncError(e);
  }
}

/**
 * Adapts `PanoptoApi` to the planner's `SyncBackend`.
 *
 * @example
 * const backend = panoptoApiSyncBackend(inject(PanoptoApi));
 */
export function panoptoApiSyncBackend(api: PanoptoApi, captions?: PanoptoCaptionsApi): SyncBackend {
  return {
    ...(captions && {
      setAutomaticCaptionProvider: async (id: string, providerId: string) => {
        await call(captions.updateFolderSettings(id, { AutomaticCaptionProviderId: providerId }, BACKGROUND));
      },
    }),
    children: (id) => call(api.folders.allChildren(id, BACKGROUND).pipe(toArray())),
    permissions: async (id) =>
      (await call(api.folders.allPermissions(id, BACKGROUND).pipe(toArray()))).map((p) => ({
        principalId: (p.Principal?.Id ?? '').toLowerCase(),
        principalType: p.Principal?.Type === PrincipalType.Group ? 'Group' : 'User',
        role: p.Role?.Name ?? '',
        inherited: p.IsInherited,
      })),
    createFolder: (Name, Parent, Description) => call(api.folders.create({ Name, Parent, Description }, BACKGROUND)),
    updateFolder: async (id, changes) => {
      await call(api.folders.update(id, changes, BACKGROUND));
    },
    grant: async (id, principalId, principalType, role) => {
      await call(
        api.folders.grantPermission(
          id,
          {
            PrincipalId: principalId,
            PrincipalType: principalType as PrincipalType,
            RoleType: role as BuiltInRoleType,
          },
          BACKGROUND,
        ),
      );
    },
    revoke: async (id, principalId, principalType, role) => {
      // The planner only revokes built-in roles, so RoleType is always set (never "remove every role").
      await call(
        api.folders.revokePermission(
          id,
          {
            PrincipalId: principalId,
            PrincipalType: principalType as PrincipalType,
            RoleType: role as BuiltInRoleType,
          },
          BACKGROUND,
        ),
      );
    },
    searchUsers: async (q) => (await call(api.users.search(q, BACKGROUND))).Results ?? [],
    setFolderAccess: async (id, Level) => {
      await call(api.folders.updateAccessSettings(id, { Level }, BACKGROUND));
    },
    folderSessions: async (id) => await call(api.folders.allSessions(id, BACKGROUND).pipe(toArray())),
    copySession: async (id, FolderId, Name) => {
      await call(api.sessions.copy(id, { CopyType: 'Reference', FolderId, Name }, BACKGROUND));
    },
    searchGroups: async (q) =>
      ((await call(api.groups.search(q, BACKGROUND))).Results ?? []).map((g) => ({
        Id: g.Id ?? '',
        Name: g.Name ?? undefined,
      })),
  };
}
