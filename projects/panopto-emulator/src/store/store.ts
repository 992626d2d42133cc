// The in-memory data store. Keys are lower-case GUIDs. Every mutation calls `changed()`, which the
// persistence layer uses to write `data.json` (debounced) when PANOPTO_EMULATOR_DATA is set.
import { randomUUID } from 'node:crypto';
import type {
  CaptionRequestRecord,
  FolderRecord,
  FolderRoleName,
  GroupRecord,
  PlaylistRecord,
  RemoteRecorderRecord,
  ScheduledRecordingRecord,
  SessionMedia,
  SessionRecord,
  StoreSnapshot,
  UserRecord,
  ViewingRecord,
  TagRecord,
  PortalUserRecord,
} from './types.js';
import { folderAccess, hasSessionGrant, levelAdmits, levelLists, sessionAccess } from './access-levels.js';
import { seedTagRecords } from './tags.js';

/** Panopto's root pseudo-folder: the parent of every top-level folder. */
export const ROOT_FOLDER_ID = '00000000-0000-0000-0000-000000000000';

const ROLE_RANK: Record<FolderRoleName, number> = { Viewer: 1, Creator: 2, Publisher: 3 };

/** What an account may do in a folder: `null` = nothing, not even see it. */
export type Access = FolderRoleName | 'Administrator' | null;

export interface CreateSessionFromUploadInput {
  folderId: string;
  name: string;
  description?: string;
  createdById: string;
  /** Absolute path of the playable media file (WebM or MP4). */
  mediaPath: string;
  contentType: string;
  /** Seconds; 0 when unknown. */
  duration: number;
  thumbnailPath?: string;
  /** Reuse an id allocated earlier (e.g. when the upload was created). */
  id?: string;
}

export class EmulatorStore {
  readonly users = new Map<string, UserRecord>();
  readonly groups = new Map<string, GroupRecord>();
  readonly folders = new Map<string, FolderRecord>();
  readonly sessions = new Map<string, SessionRecord>();
  readonly playlists = new Map<string, PlaylistRecord>();
  readonly remoteRecorders = new Map<string, RemoteRecorderRecord>();
  readonly scheduledRecordings = new Map<string, ScheduledRecordingRecord>();
  /** Keyed `${sessionId}|${userId}`. */
  readonly viewing = new Map<string, ViewingRecord>();
  /** Caption requests by id (see `api/accessibility.ts`). */
  readonly captionRequests = new Map<string, CaptionRequestRecord>();
  /** The shared tag vocabulary (see tags.ts). */
  readonly tags = new Map<string, TagRecord>();
  /** Portal (XFP) user profiles. */
  readonly portalUsers = new Map<string, PortalUserRecord>();

  private readonly childIndex = new Map<string | null, Set<string>>();
  private readonly sessionIndex = new Map<string, Set<string>>();
  private readonly listeners = new Set<() => void>();

  constructor(snapshot: StoreSnapshot, private readonly now: () => number = Date.now) {
    for (const u of snapshot.users) this.users.set(u.Id, u);
    for (const g of snapshot.groups) this.groups.set(g.Id, g);
    for (const f of snapshot.folders) this.putFolder(f);
    for (const s of snapshot.sessions) this.putSession(s);
    for (const p of snapshot.playlists) this.playlists.set(p.Id, p);
    for (const r of snapshot.remoteRecorders) this.remoteRecorders.set(r.Id, r);
    for (const r of snapshot.scheduledRecordings) this.scheduledRecordings.set(r.Id, r);
    for (const v of snapshot.viewing) this.viewing.set(`${v.SessionId}|${v.UserId}`, v);
    for (const r of snapshot.captionRequests ?? []) this.captionRequests.set(r.Id, r);
    for (const t of snapshot.tags ?? []) this.tags.set(t.Id, t);
    for (const p of snapshot.portalUsers ?? []) this.portalUsers.set(p.Id, p);
    seedTagRecords(this);
  }

  /** Subscribes to mutations; returns the unsubscribe function. */
  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Route modules call this after mutating a record in place. */
  changed(): void {
    for (const l of this.listeners) l();
  }

  snapshot(): StoreSnapshot {
    return {
      version: 1,
      users: [...this.users.values()],
      groups: [...this.groups.values()],
      folders: [...this.folders.values()],
      sessions: [...this.sessions.values()],
      playlists: [...this.playlists.values()],
      remoteRecorders: [...this.remoteRecorders.values()],
      scheduledRecordings: [...this.scheduledRecordings.values()],
      viewing: [...this.viewing.values()],
      captionRequests: [...this.captionRequests.values()],
      tags: [...this.tags.values()],
      portalUsers: [...this.portalUsers.values()],
    };
  }

  // ---- users and groups -------------------------------------------------------------------------------

  findUserByUsername(username: string): UserRecord | undefined {
    const wanted = username.toLowerCase();
    for (const u of this.users.values()) if (u.Username.toLowerCase() === wanted) return u;
    return undefined;
  }

  groupsOf(userId: string): GroupRecord[] {
    return [...this.groups.values()].filter((g) => g.MemberIds.includes(userId));
  }

  // ---- folders ----------------------------------------------------------------------------------------

  private putFolder(f: FolderRecord): void {
    this.folders.set(f.Id, f);
    let set = this.childIndex.get(f.ParentId);
    if (!set) this.childIndex.set(f.ParentId, (set = new Set()));
    set.add(f.Id);
  }

  /** Direct children of a folder (`null` or the root id = top level), in insertion order. */
  childrenOf(parentId: string | null): FolderRecord[] {
    const key = parentId === ROOT_FOLDER_ID ? null : parentId;
    return [...(this.childIndex.get(key) ?? [])].map((id) => this.folders.get(id) as FolderRecord);
  }

  /** The folder's ancestors, nearest first. */
  ancestors(folderId: string): FolderRecord[] {
    const out: FolderRecord[] = [];
    let current = this.folders.get(folderId);
    const seen = new Set<string>();
    while (current?.ParentId && !seen.has(current.ParentId)) {
      seen.add(current.ParentId);
      current = this.folders.get(current.ParentId);
      if (current) out.push(current);
    }
    return out;
  }

  isDescendant(folderId: string, ancestorId: string): boolean {
    return this.ancestors(folderId).some((f) => f.Id === ancestorId);
  }

  createFolder(input: {
    name: string;
    description?: string;
    parentId: string | null;
    createdById: string;
  }): FolderRecord {
    const folder: FolderRecord = {
      Id: randomUUID(),
      Name: input.name,
      Description: input.description ?? '',
      ParentId: input.parentId === ROOT_FOLDER_ID ? null : input.parentId,
      CreatedById: input.createdById,
      CreatedAt: new Date(this.now()).toISOString(),
      Permissions: [],
    };
    this.putFolder(folder);
    this.changed();
    return folder;
  }

  updateFolder(id: string, patch: { name?: string; description?: string; parentId?: string | null }): FolderRecord {
    const folder = this.folders.get(id) as FolderRecord;
    if (patch.name !== undefined) folder.Name = patch.name;
    if (patch.description !== undefined) folder.Description = patch.description;
    if (patch.parentId !== undefined) {
      const newParent = patch.parentId === ROOT_FOLDER_ID ? null : patch.parentId;
      this.childIndex.get(folder.ParentId)?.delete(id);
      folder.ParentId = newParent;
      this.putFolder(folder);
    }
    this.changed();
    return folder;
  }

  /** Deletes a folder with its whole subtree and their sessions (Panopto moves them to the recycle bin). */
  deleteFolder(id: string): void {
    const stack = [id];
    while (stack.length) {
      const current = stack.pop() as string;
      for (const child of this.childIndex.get(current) ?? []) stack.push(child);
      for (const sessionId of [...(this.sessionIndex.get(current) ?? [])]) this.removeSession(sessionId);
      const folder = this.folders.get(current);
      if (folder) this.childIndex.get(folder.ParentId)?.delete(current);
      this.childIndex.delete(current);
      this.folders.delete(current);
    }
    this.changed();
  }

  /**
   * The account's effective access to a folder: the highest role granted to the user or one of their groups
   * on the folder or any ancestor. Administrators get `'Administrator'` everywhere.
   */
  accessTo(user: UserRecord, folderId: string): Access {
    if (user.SystemRole === 'Administrator') return 'Administrator';
    const principals = new Set([user.Id, ...this.groupsOf(user.Id).map((g) => g.Id)]);
    let best: FolderRoleName | null = null;
    const folder = this.folders.get(folderId);
    if (!folder) return null;
    for (const f of [folder, ...this.ancestors(folderId)]) {
      for (const p of f.Permissions) {
        if (principals.has(p.PrincipalId) && (!best || ROLE_RANK[p.Role] > ROLE_RANK[best])) best = p.Role;
      }
      if (f.CreatedById === user.Id && (!best || ROLE_RANK.Creator > ROLE_RANK[best])) best = 'Creator';
    }
    // An Organization or Public folder is listed to every signed-in account, as a viewer.
    if (!best && levelLists(folderAccess(this, folderId).Level)) best = 'Viewer';
    return best;
  }

  canView(user: UserRecord, folderId: string): boolean {
    return this.accessTo(user, folderId) !== null || levelAdmits(folderAccess(this, folderId).Level, user);
  }

  canCreate(user: UserRecord, folderId: string): boolean {
    const access = this.accessTo(user, folderId);
    return access === 'Administrator' || access === 'Creator' || access === 'Publisher';
  }

  /**
   * Whether the account (`null`: a signed-out browser) can watch this session: folder access, a grant on the
   * session, or its access level (access-levels.ts); creator rights only for sessions hidden from viewers.
   */
  canViewSession(user: UserRecord | null, session: SessionRecord): boolean {
    if (session.Restricted) return user !== null && this.canCreate(user, session.FolderId);
    if (user && (this.canView(user, session.FolderId) || hasSessionGrant(this, user, session))) return true;
    return levelAdmits(sessionAccess(this, session).Level, user);
  }

  // ---- sessions ---------------------------------------------------------------------------------------

  private putSession(s: SessionRecord): void {
    this.sessions.set(s.Id, s);
    let set = this.sessionIndex.get(s.FolderId);
    if (!set) this.sessionIndex.set(s.FolderId, (set = new Set()));
    set.add(s.Id);
  }

  private removeSession(id: string): void {
    const s = this.sessions.get(id);
    if (!s) return;
    this.sessionIndex.get(s.FolderId)?.delete(id);
    this.sessions.delete(id);
    for (const key of [...this.viewing.keys()]) if (key.startsWith(`${id}|`)) this.viewing.delete(key);
    for (const p of this.playlists.values()) p.SessionIds = p.SessionIds.filter((x) => x !== id);
  }

  sessionsInFolder(folderId: string): SessionRecord[] {
    return [...(this.sessionIndex.get(folderId) ?? [])].map((id) => this.sessions.get(id) as SessionRecord);
  }

  createSession(input: Omit<SessionRecord, 'Id'> & { Id?: string }): SessionRecord {
    const session: SessionRecord = { ...input, Id: (input.Id ?? randomUUID()).toLowerCase() };
    this.putSession(session);
    this.changed();
    return session;
  }

  /** For the upload module: a processed upload becomes a playable session. */
  createSessionFromUpload(input: CreateSessionFromUploadInput): SessionRecord {
    const existing = input.id ? this.sessions.get(input.id.toLowerCase()) : undefined;
    const media: SessionMedia = {
      kind: 'file',
      path: input.mediaPath,
      contentType: input.contentType,
      thumbnailPath: input.thumbnailPath,
    };
    if (existing) {
      existing.Media = media;
      existing.Duration = input.duration;
      this.followOriginal(existing);
      this.changed();
      return existing;
    }
    return this.createSession({
      Id: input.id,
      Name: input.name,
      Description: input.description ?? '',
      FolderId: input.folderId,
      StartTime: new Date(this.now()).toISOString(),
      Duration: input.duration,
      CreatedById: input.createdById,
      Media: media,
      Restricted: false,
    });
  }

  updateSession(
    id: string,
    patch: { name?: string; description?: string; folderId?: string; media?: SessionMedia; duration?: number },
  ): SessionRecord {
    const s = this.sessions.get(id) as SessionRecord;
    if (patch.name !== undefined) s.Name = patch.name;
    if (patch.description !== undefined) s.Description = patch.description;
    if (patch.media !== undefined) s.Media = patch.media;
    if (patch.duration !== undefined) s.Duration = patch.duration;
    if (patch.media !== undefined || patch.duration !== undefined) this.followOriginal(s);
    if (patch.folderId !== undefined && patch.folderId !== s.FolderId) {
      this.sessionIndex.get(s.FolderId)?.delete(id);
      s.FolderId = patch.folderId;
      this.putSession(s);
    }
    this.changed();
    return s;
  }

  /** Reference copies play the original's media: keep them in step when it changes. */
  private followOriginal(original: SessionRecord): void {
    for (const copy of this.sessions.values()) {
      if (copy.CopiedFrom?.SessionId === original.Id && copy.CopiedFrom.CopyType === 'Reference') {
        copy.Media = original.Media;
        copy.Duration = original.Duration;
      }
    }
  }

  deleteSession(id: string): void {
    this.removeSession(id);
    this.scheduledRecordings.delete(id);
    this.changed();
  }

  // ---- viewing ----------------------------------------------------------------------------------------

  /**
   * Records viewing by one user (the Embed page reports watched seconds here).
   * `secondsViewed` is added to the user's total, capped at the session's duration.
   */
  recordViewing(
    sessionId: string,
    userId: string,
    update: { secondsViewed: number; position?: number; newView?: boolean },
  ): ViewingRecord {
    const key = `${sessionId}|${userId}`;
    const session = this.sessions.get(sessionId);
    const cap = session?.Duration || Number.POSITIVE_INFINITY;
    let record = this.viewing.get(key);
    if (!record) {
      record = { SessionId: sessionId, UserId: userId, SecondsViewed: 0, LastPosition: 0, LastViewedAt: '', Views: 0 };
      this.viewing.set(key, record);
    }
    record.SecondsViewed = Math.min(cap, record.SecondsViewed + Math.max(0, update.secondsViewed));
    if (update.position !== undefined && Number.isFinite(update.position))
      record.LastPosition = Math.max(0, update.position);
    if (update.newView || record.Views === 0) record.Views += 1;
    record.LastViewedAt = new Date(this.now()).toISOString();
    this.changed();
    return record;
  }

  viewingOfSession(sessionId: string): ViewingRecord[] {
    return [...this.viewing.values()].filter((v) => v.SessionId === sessionId);
  }

  viewingOfUser(userId: string): ViewingRecord[] {
    return [...this.viewing.values()].filter((v) => v.UserId === userId);
  }
}
