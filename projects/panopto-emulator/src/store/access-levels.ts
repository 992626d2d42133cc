// Who may watch: Panopto's access levels on folders and sessions, and session-only viewer grants.
// Folder roles (store.accessTo) still decide who may see and edit a folder's content; the level only widens
// that circle: Organization* to every signed-in account, Public* to anyone, even signed out. "Unlisted"
// levels open the item by id or link but keep it out of listings and search.
import type { EmulatorStore } from './store.js';
import type { AccessLevelName, SessionRecord, UserRecord } from './types.js';

/** Panopto's `AccessLevel` values, from most to least restricted. */
export const ACCESS_LEVELS: readonly AccessLevelName[] = [
  'Restricted',
  'OrganizationUnlisted',
  'Organization',
  'PublicUnlisted',
  'Public',
];

/** How open a level is: 0 (Restricted) to 4 (Public). */
export function openness(level: AccessLevelName): number {
  return ACCESS_LEVELS.indexOf(level);
}

export interface EffectiveAccess {
  Level: AccessLevelName;
  IsInherited: boolean;
}

/** A folder's level: its own, else its nearest ancestor's, else `Restricted` (a new top-level folder). */
export function folderAccess(store: EmulatorStore, folderId: string): EffectiveAccess {
  const folder = store.folders.get(folderId);
  if (folder?.AccessLevel) return { Level: folder.AccessLevel, IsInherited: false };
  for (const ancestor of store.ancestors(folderId)) {
    if (ancestor.AccessLevel) return { Level: ancestor.AccessLevel, IsInherited: true };
  }
  return { Level: 'Restricted', IsInherited: !!folder?.ParentId };
}

/**
 * A session's level. Panopto: "If AccessLevel is set to a more restrictive value than that inherited, the
 * inherited value will take precedence", so a session can open up beyond its folder but never close below it.
 */
export function sessionAccess(store: EmulatorStore, session: SessionRecord): EffectiveAccess {
  const inherited = folderAccess(store, session.FolderId).Level;
  const own = session.AccessLevel;
  if (own && openness(own) > openness(inherited)) return { Level: own, IsInherited: false };
  return { Level: inherited, IsInherited: true };
}

/** Whether the account (or one of its groups) was granted this session alone. */
export function hasSessionGrant(store: EmulatorStore, user: UserRecord, session: SessionRecord): boolean {
  const grants = session.Permissions ?? [];
  if (grants.length === 0) return false;
  const principals = new Set([user.Id, ...store.groupsOf(user.Id).map((g) => g.Id)]);
  return grants.some((p) => principals.has(p.PrincipalId));
}

/** Whether a level lets this account (or, `null`, a signed-out browser) watch. */
export function levelAdmits(level: AccessLevelName, user: UserRecord | null): boolean {
  if (openness(level) >= openness('PublicUnlisted')) return true;
  return user !== null && openness(level) >= openness('OrganizationUnlisted');
}

/** Whether a level lists the item to everyone it admits (not one of the "Unlisted" levels). */
export function levelLists(level: AccessLevelName): boolean {
  return level === 'Organization' || level === 'Public';
}
