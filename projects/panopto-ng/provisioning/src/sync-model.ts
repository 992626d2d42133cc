// Plain TypeScript (no Angular): the desired state, the current state and the plan. Runs in a browser or in Node.

/** The three folder roles the sync manages (Panopto's `BuiltInRoleType` without `None`). */
export type SyncRole = 'Viewer' | 'Creator' | 'Publisher';

/** Panopto's `PrincipalType`, as a string so the pure code needs no import from the Angular entry point. */
export type SyncPrincipalType = 'User' | 'Group';

/**
 * Who a course gives a role to: a Panopto principal id, or a username / group name resolved through
 * `/users/search` / `/groups/search` before planning. Exactly one of the three must be set.
 */
export interface SyncPrincipalRef {
  /** Panopto principal id (GUID); needs `type`. Cheapest: no search call. */
  id?: string;
  /** Required with `id`. */
  type?: SyncPrincipalType;
  /** A Panopto username, e.g. `student` or `unimelb\jsmith`. */
  username?: string;
  /** A Panopto group name, e.g. `BIO101 2026 Semester 1 – Students`. */
  groupName?: string;
}

/** Panopto's `AccessLevel`, as a string so the pure code needs no import from the Angular entry point. */
export type SyncAccessLevel = 'Restricted' | 'OrganizationUnlisted' | 'Organization' | 'PublicUnlisted' | 'Public';

/** One enrolment: a principal and the role they should have on the course folder. */
export interface SyncMember {
  principal: SyncPrincipalRef;
  role: SyncRole;
}

/** A course as the source system (LMS, timetable) sees it. */
export interface DesiredCourse {
  /** Stable id in the source system; written into the folder's Description marker. */
  externalId: string;
  name: string;
  /** Teaching period, e.g. `2026 S1`; available to the template as `{period}`. */
  period: string;
  /** Extra template fields, e.g. `{ faculty: 'Science', unit: 'BIO101' }`. */
  fields?: Record<string, string>;
  members: SyncMember[];
  /**
   * `externalId` of an earlier course (last year's, say) whose folder's sessions this course reuses: each gets a
   * Reference copy (it plays the original, nothing is duplicated) in this course's folder, unless one of that name
   * is already there.
   */
  copySessionsFrom?: string;
}

/** Everything the sync should make true under the managed root. */
export interface DesiredState {
  /**
   * Folder path template; `/` separates levels; placeholders `{externalId}`, `{name}`, `{period}` and any key of
   * `fields`. The last level is the course folder. Default `{name} ({period})`.
   */
  template?: string;
  /**
   * A caption provider (`TranscriptionProviderInstance.Id`, from `GET /captionproviders`) set as the automatic
   * caption provider of each course folder the sync creates: every new recording there gets captions requested.
   */
  automaticCaptionProviderId?: string;
  courses: DesiredCourse[];
  /** Who may watch, for each course folder the sync creates; existing folders keep the level they have. */
  folderAccessLevel?: SyncAccessLevel;
  /**
   * People and groups the app owns. A direct permission of one of them on a managed course folder that the
   * desired state doesn't ask for is revoked; everybody else's permissions are left alone. Everyone named in
   * any course is managed anyway, so list here the people who may have left every course (e.g. the whole
   * roster of your LMS).
   */
  managedPrincipals?: SyncPrincipalRef[];
}

/** A principal after resolution. */
export interface ResolvedPrincipal {
  id: string;
  type: SyncPrincipalType;
  /** How to name them in reasons: username, group name or id. */
  label: string;
}

/** A desired state whose principals are all ids (see `resolveDesiredState`). */
export interface ResolvedDesiredState {
  template: string;
  automaticCaptionProviderId?: string;
  courses: (Omit<DesiredCourse, 'members'> & { members: { principal: ResolvedPrincipal; role: SyncRole }[] })[];
  managedPrincipals: ResolvedPrincipal[];
  folderAccessLevel?: SyncAccessLevel;
  /** Principals that could not be resolved, and why: each becomes a plan warning. */
  unresolved: string[];
}

/** A permission as read from `GET /folders/{id}/permissions`. */
export interface CurrentPermission {
  principalId: string;
  principalType: SyncPrincipalType;
  /** Role name as Panopto returns it (`Viewer`, `Creator`, `Publisher`, or a custom role). */
  role: string;
  inherited: boolean;
}

/** A folder under the managed root, as read from Panopto. */
export interface CurrentFolder {
  id: string;
  name: string;
  /** Parent folder id; the managed root's id for its direct children. */
  parentId: string;
  description?: string | null;
  /** Read only for course folders (those carrying a marker); `undefined` otherwise. */
  permissions?: CurrentPermission[];
  /** Read only for course folders that copies come from or go to; `undefined` otherwise. */
  sessions?: { id: string; name: string }[];
}

/** What exists under the managed root. */
export interface CurrentState {
  rootId: string;
  folders: CurrentFolder[];
}

/** A folder that exists (`id`) or that an earlier operation of the same plan creates (`createdBy`). */
export type FolderRef = { id: string; createdBy?: undefined } | { createdBy: string; id?: undefined };

interface OpBase {
  /** Deterministic id: the same change planned twice gets the same id (so resuming works). */
  id: string;
  /** Ids of operations that must succeed first. */
  dependsOn: string[];
  /** One line a person can read: what and why. */
  reason: string;
  /** The course this serves, when there is one. */
  externalId?: string;
}

export interface CreateFolderOp extends OpBase {
  kind: 'create-folder';
  parent: FolderRef;
  name: string;
  description: string;
  /** Full path below the managed root, for display. */
  path: string;
  /** Course folders only: set as the folder's automatic caption provider right after it is created. */
  automaticCaptionProviderId?: string;
}
export interface RenameFolderOp extends OpBase {
  kind: 'rename';
  folderId: string;
  from: string;
  to: string;
}
export interface MoveFolderOp extends OpBase {
  kind: 'move';
  folderId: string;
  parent: FolderRef;
  fromPath: string;
  toPath: string;
}
export interface GrantOp extends OpBase {
  kind: 'grant';
  folder: FolderRef;
  principal: ResolvedPrincipal;
  role: SyncRole;
}
export interface RevokeOp extends OpBase {
  kind: 'revoke';
  folderId: string;
  principal: ResolvedPrincipal;
  role: string;
}

/** Sets who may watch a course folder the plan creates (`PUT /folders/{id}/settings/access`). */
export interface SetAccessOp extends OpBase {
  kind: 'set-access';
  folder: FolderRef;
  level: SyncAccessLevel;
}
/** A Reference copy of an earlier course's session (`POST /sessions/{id}/sessioncopy`). */
export interface CopySessionOp extends OpBase {
  kind: 'copy-session';
  sessionId: string;
  /** The copy's name (the original's). */
  name: string;
  /** Path of the folder the session comes from, for display. */
  fromPath: string;
  folder: FolderRef;
}

export type SyncOp = CreateFolderOp | RenameFolderOp | MoveFolderOp | GrantOp | RevokeOp | SetAccessOp | CopySessionOp;
export type SyncOpKind = SyncOp['kind'];
export const SYNC_OP_KINDS: readonly SyncOpKind[] = [
  'create-folder',
  'rename',
  'move',
  'grant',
  'revoke',
  'set-access',
  'copy-session',
];

/** The minimal operations that turn the current state into the desired one. */
export interface SyncPlan {
  /** Hash of the operations: the key under which `apply` stores progress. */
  id: string;
  rootId: string;
  ops: SyncOp[];
  /** Things left alone on purpose, and principals that could not be resolved. */
  notes: string[];
}

export type SyncOpStatus = 'done' | 'skipped' | 'failed' | 'dry-run' | 'pending';

/** What happened to one operation. */
export interface SyncOpResult {
  op: SyncOp;
  status: SyncOpStatus;
  /** Why it was skipped, Panopto's error message when it failed, or what would be sent (dry run). */
  detail?: string;
  /** Folder id a `create-folder` produced. */
  folderId?: string;
  /** Skipped because the progress store says an earlier run of the same plan did it. */
  resumed?: boolean;
}

/** Progress or outcome of `apply`. */
export interface SyncReport {
  planId: string;
  dryRun: boolean;
  results: SyncOpResult[];
  counts: Record<SyncOpStatus, number>;
  finished: boolean;
}
