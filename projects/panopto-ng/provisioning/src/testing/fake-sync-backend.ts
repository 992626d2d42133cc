// Test double: a tiny in-memory Panopto (folders + direct permissions, inheritance on read) behind SyncBackend.
import { SyncBackend, SyncBackendFolder } from '../sync-backend';
import { CurrentPermission, SyncAccessLevel, SyncPrincipalType, SyncRole } from '../sync-model';

interface FakeFolder {
  Id: string;
  Name: string;
  Description: string | null;
  parentId: string;
  perms: { principalId: string; principalType: SyncPrincipalType; role: string }[];
}

export class FakeSyncBackend implements SyncBackend {
  readonly folders = new Map<string, FakeFolder>();
  readonly calls: string[] = [];
  readonly users = new Map<string, string>(); // username -> id
  readonly groups = new Map<string, string>(); // name -> id
  inFlight = 0;
  maxInFlight = 0;
  /** Make a call fail: return an error message for the call string, or undefined. */
  failWhen: (call: string) => string | undefined = () => undefined;
  /** Resolve mutating calls only when the test says so (to observe concurrency). */
  gate: Promise<void> | null = null;
  private seq = 0;

  constructor(readonly rootId = 'root0000-0000-4000-8000-000000000000') {}

  addFolder(name: string, parentId: string, description: string | null = null): string {
    const id = `f${String(++this.seq).padStart(7, '0')}-0000-4000-8000-000000000000`;
    this.folders.set(id, { Id: id, Name: name, Description: description, parentId, perms: [] });
    return id;
  }

  addPermission(folderId: string, principalId: string, role: string, principalType: SyncPrincipalType = 'User'): void {
    this.folders.get(folderId)?.perms.push({ principalId, principalType, role });
  }

  /** Direct permissions as `type:id:role` strings, sorted. */
  directOf(folderId: string): string[] {
    return (this.folders.get(folderId)?.perms ?? []).map((p) => `${p.principalType}:${p.principalId}:${p.role}`).sort();
  }

  pathOf(folderId: string): string {
    const names: string[] = [];
    for (let f = this.folders.get(folderId); f; f = this.folders.get(f.parentId)) names.unshift(f.Name);
    return names.join('/');
  }

  findByPath(path: string): string | undefined {
    return [...this.folders.keys()].find((id) => this.pathOf(id) === path);
  }

  private async mutate<T>(call: string, fn: () => T): Promise<T> {
    this.calls.push(call);
    this.inFlight++;
    this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
    try {
      await (this.gate ?? Promise.resolve());
      await Promise.resolve();
      const failure = this.failWhen(call);
      if (failure) throw new Error(failure);
      return fn();
    } finally {
      this.inFlight--;
    }
  }

  async children(folderId: string): Promise<SyncBackendFolder[]> {
    this.calls.push(`children ${folderId}`);
    return [...this.folders.values()]
      .filter((f) => f.parentId === folderId)
      .map((f) => ({ Id: f.Id, Name: f.Name, Description: f.Description }));
  }

  async permissions(folderId: string): Promise<CurrentPermission[]> {
    this.calls.push(`permissions ${folderId}`);
    const out: CurrentPermission[] = [];
    let inherited = false;
    for (let f = this.folders.get(folderId); f; f = this.folders.get(f.parentId), inherited = true) {
      for (const p of f.perms) out.push({ ...p, inherited });
    }
    return out;
  }

  createFolder(name: string, parentId: string, description: string): Promise<SyncBackendFolder> {
    return this.mutate(`create ${name} in ${parentId}`, () => {
      if (parentId !== this.rootId && !this.folders.has(parentId)) throw new Error(`Folder ${parentId} was not found.`);
      const id = this.addFolder(name, parentId, description);
      return { Id: id, Name: name, Description: description };
    });
  }

  updateFolder(folderId: string, changes: { Name?: string; Parent?: string }): Promise<void> {
    return this.mutate(`update ${folderId} ${JSON.stringify(changes)}`, () => {
      const f = this.folders.get(folderId);
      if (!f) throw new Error(`Folder ${folderId} was not found.`);
      if (changes.Name !== undefined) f.Name = changes.Name;
      if (changes.Parent !== undefined) f.parentId = changes.Parent;
    });
  }

  grant(folderId: string, principalId: string, principalType: SyncPrincipalType, role: SyncRole): Promise<void> {
    return this.mutate(`grant ${role} ${principalId} on ${folderId}`, () => {
      const f = this.folders.get(folderId);
      if (!f) throw new Error(`Folder ${folderId} was not found.`);
      if (!f.perms.some((p) => p.principalId === principalId && p.role === role))
        f.perms.push({ principalId, principalType, role });
    });
  }

  revoke(folderId: string, principalId: string, principalType: SyncPrincipalType, role: string): Promise<void> {
    return this.mutate(`revoke ${role} ${principalId} on ${folderId}`, () => {
      const f = this.folders.get(folderId);
      if (!f) throw new Error(`Folder ${folderId} was not found.`);
      f.perms = f.perms.filter(
        (p) => !(p.principalId === principalId && p.principalType === principalType && p.role === role),
      );
    });
  }

  /** Sessions by folder id (add with `addSession`); copies made by `copySession` land here too. */
  readonly sessions = new Map<string, { Id: string; Name: string; copyOf?: string }[]>();
  /** Access levels set by `setFolderAccess`, by folder id. */
  readonly accessLevels = new Map<string, SyncAccessLevel>();

  addSession(folderId: string, name: string): string {
    const id = `s${String(++this.seq).padStart(7, '0')}-0000-4000-8000-000000000000`;
    this.sessions.set(folderId, [...(this.sessions.get(folderId) ?? []), { Id: id, Name: name }]);
    return id;
  }

  async folderSessions(folderId: string): Promise<{ Id: string; Name: string }[]> {
    this.calls.push(`sessions ${folderId}`);
    return (this.sessions.get(folderId) ?? []).map(({ Id, Name }) => ({ Id, Name }));
  }

  setFolderAccess(folderId: string, level: SyncAccessLevel): Promise<void> {
    return this.mutate(`access ${level} on ${folderId}`, () => {
      if (!this.folders.has(folderId)) throw new Error(`Folder ${folderId} was not found.`);
      this.accessLevels.set(folderId, level);
    });
  }

  copySession(sessionId: string, folderId: string, name: string): Promise<void> {
    return this.mutate(`copy ${sessionId} to ${folderId}`, () => {
      if (!this.folders.has(folderId)) throw new Error(`Folder ${folderId} was not found.`);
      const id = `c${String(++this.seq).padStart(7, '0')}-0000-4000-8000-000000000000`;
      this.sessions.set(folderId, [...(this.sessions.get(folderId) ?? []), { Id: id, Name: name, copyOf: sessionId }]);
    });
  }

  async searchUsers(query: string): Promise<{ Id: string; Username?: string }[]> {
    this.calls.push(`users ${query}`);
    return [...this.users].filter(([u]) => u.includes(query.toLowerCase())).map(([Username, Id]) => ({ Id, Username }));
  }

  async searchGroups(query: string): Promise<{ Id: string; Name?: string }[]> {
    this.calls.push(`groups ${query}`);
    return [...this.groups]
      .filter(([n]) => n.toLowerCase().includes(query.toLowerCase()))
      .map(([Name, Id]) => ({ Id, Name }));
  }
}
