// Turns usernames and group names into Panopto principal ids. Plain TypeScript over a SyncBackend.
import { assertGuid, isGuid } from 'panopto-ng/core';
import { DEFAULT_FOLDER_TEMPLATE } from './folder-template';
import { SyncBackend } from './sync-backend';
import { DesiredState, ResolvedDesiredState, ResolvedPrincipal, SyncPrincipalRef } from './sync-model';

/**
 * Resolves every principal of the desired state, one search per distinct username or group name (cached across
 * courses). A name that matches nobody exactly is reported in `unresolved` and left out, so the rest still syncs.
 *
 * @example
 * const resolved = await resolveDesiredState(desired, backend);
 */
export async function resolveDesiredState(desired: DesiredState, backend: SyncBackend): Promise<ResolvedDesiredState> {
  const cache = new Map<string, Promise<ResolvedPrincipal | string>>();
  const resolve = (ref: SyncPrincipalRef): Promise<ResolvedPrincipal | string> => {
    const key = JSON.stringify([ref.id?.toLowerCase(), ref.type, ref.username?.toLowerCase(), ref.groupName]);
    let hit = cache.get(key);
    if (!hit) {
      hit = resolveOne(ref, backend).catch((e: unknown) => `could not look up ${describe(ref)}: ${messageOf(e)}`);
      cache.set(key, hit);
    }
    return hit;
  };
  const unresolved = new Set<string>();
  const courses: ResolvedDesiredState['courses'] = [];
  for (const course of desired.courses) {
    const members: ResolvedDesiredState['courses'][number]['members'] = [];
    for (const m of course.members) {
      const r = await resolve(m.principal);
      if (typeof r === 'string') unresolved.add(`Course ${course.externalId}: ${r}; not granted.`);
      else members.push({ principal: r, role: m.role });
    }
    courses.push({ ...course, members });
  }
  const managedPrincipals: ResolvedPrincipal[] = [];
  for (const ref of desired.managedPrincipals ?? []) {
    const r = await resolve(ref);
    if (typeof r === 'string') unresolved.add(`Managed principal: ${r}.`);
    else managedPrincipals.push(r);
  }
  return {
    template: desired.template ?? DEFAULT_FOLDER_TEMPLATE,
    ...(desired.automaticCaptionProviderId
      ? { automaticCaptionProviderId: assertGuid(desired.automaticCaptionProviderId, 'automaticCaptionProviderId') }
      : {}),
    folderAccessLevel: desired.folderAccessLevel,
    courses,
    managedPrincipals,
    unresolved: [...unresolved],
  };
}

async function resolveOne(ref: SyncPrincipalRef, backend: SyncBackend): Promise<ResolvedPrincipal | string> {
  const given = [ref.id, ref.username, ref.groupName].filter((v) => v !== undefined).length;
  if (given !== 1) return `a principal needs exactly one of id, username or groupName (got ${describe(ref)})`;
  if (ref.id !== undefined) {
    if (!isGuid(ref.id) || (ref.type !== 'User' && ref.type !== 'Group')) {
      return `principal id ${ref.id} must be a GUID with type User or Group`;
    }
    return { id: ref.id.toLowerCase(), type: ref.type, label: `${ref.type} ${ref.id}` };
  }
  if (ref.username !== undefined) {
    const wanted = ref.username.toLowerCase();
    const hit = (await backend.searchUsers(ref.username)).find((u) => u.Username?.toLowerCase() === wanted);
    return hit
      ? { id: hit.Id.toLowerCase(), type: 'User', label: hit.Username ?? ref.username }
      : `no user "${ref.username}"`;
  }
  const name = ref.groupName as string;
  const hit = (await backend.searchGroups(name)).find((g) => g.Name === name);
  return hit ? { id: hit.Id.toLowerCase(), type: 'Group', label: name } : `no group "${name}"`;
}

function describe(ref: SyncPrincipalRef): string {
  return ref.username ? `user "${ref.username}"` : ref.groupName ? `group "${ref.groupName}"` : JSON.stringify(ref);
}

/** @internal An error's message, or the value in words (not part of the public API). */
export function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
