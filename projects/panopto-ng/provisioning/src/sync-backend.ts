// The few Panopto calls the sync needs, as Promises: implemented over PanoptoApi (Angular) or fetch (Node).
import { CurrentPermission, SyncAccessLevel, SyncPrincipalType, SyncRole } from './sync-model';

/** A folder as the sync needs it. */
export interface SyncBackendFolder {
  Id: string;
  Name: string;
  Description?: string | null;
}

/** The REST calls the sync makes. Every method rejects with an Error whose message is Panopto's. */
export interface SyncBackend {
  /** Every child of a folder (all pages). */
  children(folderId: string): Promise<SyncBackendFolder[]>;
  /** Every permission on a folder (all pages), direct and inherited. */
  permissions(folderId: string): Promise<CurrentPermission[]>;
  createFolder(name: string, parentId: string, description: string): Promise<SyncBackendFolder>;
  updateFolder(folderId: string, changes: { Name?: string; Parent?: string }): Promise<void>;
  grant(folderId: string, principalId: string, principalType: SyncPrincipalType, role: SyncRole): Promise<void>;
  revoke(folderId: string, principalId: string, principalType: SyncPrincipalType, role: string): Promise<void>;
  /** Users matching a search (the caller picks the exact username). */
  searchUsers(query: string): Promise<{ Id: string; Username?: string }[]>;
  searchGroups(query: string): Promise<{ Id: string; Name?: string }[]>;
  /** `PUT /folders/{id}/settings`: the folder's automatic caption provider. Needed only when a template names one. */
  setAutomaticCaptionProvider?(folderId: string, providerId: string): Promise<void>;
  /** Sets a folder's access level. Needed only for desired states with `folderAccessLevel`. */
  setFolderAccess?(folderId: string, level: SyncAccessLevel): Promise<void>;
  /** Every session of one folder (all pages). Needed only for courses with `copySessionsFrom`. */
  folderSessions?(folderId: string): Promise<{ Id: string; Name: string }[]>;
  /** A Reference copy of a session into a folder. Needed only for courses with `copySessionsFrom`. */
  copySession?(sessionId: string, folderId: string, name: string): Promise<void>;
}
