// The emulator's records. Field names follow Panopto's where a record maps to a swagger model; everything
// else (passwords, media location, restrictions) is internal and never leaves through the REST API as is.

/** Panopto's built-in roles, as used by folder permissions (`Role.Name` in the swagger). */
export type FolderRoleName = 'Viewer' | 'Creator' | 'Publisher';

/** The account's system role; `Administrator` sees and manages everything. */
export type SystemRole = 'Administrator' | 'Creator' | 'Viewer';

export interface UserRecord {
  Id: string;
  Username: string;
  FirstName: string;
  LastName: string;
  Email: string;
  /** Only the seeded sign-in accounts have one; the other seeded users cannot sign in. */
  Password?: string;
  SystemRole: SystemRole;
}

export interface GroupRecord {
  Id: string;
  Name: string;
  MemberIds: string[];
}

/** A permission granted on a folder; inherited by every descendant folder and their sessions. */
export interface PermissionRecord {
  PrincipalId: string;
  PrincipalType: 'User' | 'Group';
  Role: FolderRoleName;
}

export interface FolderRecord {
  Id: string;
  Name: string;
  Description: string;
  /** `null` for a top-level folder (child of the root pseudo-folder). */
  ParentId: string | null;
  CreatedById: string;
  CreatedAt: string;
  Permissions: PermissionRecord[];
  /** `FolderSettings.AutomaticCaptionProviderId`: captions are requested for every new recording in the folder. */
  AutomaticCaptionProviderId?: string;
  /** Emulator-clock ms when the automatic provider was set: only sessions created after it get requests. */
  AutomaticCaptionsSinceMs?: number;
  /** Who may watch, when set on this folder; absent = inherited from the parent (top level: `Restricted`). */
  AccessLevel?: AccessLevelName;
}

/** Where a session's video comes from. */
export type SessionMedia =
  /** One of the generated seed videos (see `media/generate.ts`), by index. */
  | { kind: 'generated'; variant: number }
  /** A file on disk (an upload); `path` is absolute or relative to the data directory. */
  | { kind: 'file'; path: string; contentType: string; thumbnailPath?: string }
  /** No playable media yet (a scheduled or still-processing session). */
  | { kind: 'none' };

export interface SessionRecord {
  Id: string;
  Name: string;
  Description: string;
  FolderId: string;
  /** ISO date-time. */
  StartTime: string;
  /** Seconds. */
  Duration: number;
  CreatedById: string;
  Media: SessionMedia;
  /** Restricted sessions are visible only to creators of their folder (and admins), never to viewers. */
  Restricted: boolean;
  /** Live state: `webcast` (broadcasting now), `recording` (recording now) or none. */
  InProgress?: 'webcast' | 'recording';
  /** Set for sessions created by a scheduled recording. */
  IsBroadcast?: boolean;
  Tags?: string[];
  /** Who may watch, when set on this session; absent = the folder's level (a stricter own level never wins). */
  AccessLevel?: AccessLevelName;
  /** Viewers granted on this session alone (`/sessions/{id}/permissions`). */
  Permissions?: PermissionRecord[];
  /** Set on a copy: the session it was copied from and how (`SessionCopyType`). */
  CopiedFrom?: { SessionId: string; CopyType: 'Reference' | 'Full' };
  /**
   * The session's caption tracks. Absent = never touched: a generated seed video then has its generated English
   * track (see `embed/captions.ts`); once a caption operation runs the list is explicit (possibly empty).
   */
  Captions?: CaptionRecord[];
}

/** One caption track of a session, in one of Panopto's `ContentLanguage`s. */
export interface CaptionRecord {
  /** A `ContentLanguage` name, e.g. `English_USA`. */
  Language: string;
  /** `generated`: the seed video's own track; `upload`: POSTed; `provider`: written by a caption request. */
  Source: 'generated' | 'upload' | 'provider';
  /** WebVTT text (uploads are converted from SRT); absent for `generated`, which is rebuilt on demand. */
  Vtt?: string;
  /** ISO date-time; also makes the track's URL change when it is replaced. */
  UpdatedAt: string;
}

/** A caption, translation or audio-description request scheduled through `/accessibility/bulk/schedule`. */
export interface CaptionRequestRecord {
  Id: string;
  SessionId: string;
  /** `AccessibilityRequestType`. */
  Type: 'Transcription' | 'Translation' | 'AudioDescription';
  ProviderId: string;
  SourceLanguage: string;
  /** The language written when done (the source for transcriptions, a target for translations). */
  TargetLanguage: string;
  RequestedById: string;
  /** Emulator-clock times, ms since the epoch: accepted, started, done. */
  CreatedAtMs: number;
  StartsAtMs: number;
  CompletesAtMs: number;
  State: 'Pending' | 'InProgress' | 'Complete';
  /** Set when the request came from a folder's automatic caption provider. */
  Automatic?: boolean;
}

export interface PlaylistRecord {
  Id: string;
  Name: string;
  Description: string;
  FolderId: string;
  SessionIds: string[];
  CreatedById: string;
  CreatedAt: string;
}

/** Panopto's `RemoteRecorderState` enum names. */
export type RemoteRecorderState =
  | 'Stopped'
  | 'Previewing'
  | 'Recording'
  | 'Paused'
  | 'Faulted'
  | 'Disconnected'
  | 'RecorderRunning';

export interface RemoteRecorderRecord {
  Id: string;
  Name: string;
  State: RemoteRecorderState;
  DefaultRecordingFolderId: string | null;
}

export interface RecorderScheduleEntryRecord {
  RecorderId: string;
  SuppressPrimary: boolean;
  SuppressSecondary: boolean;
  RecorderDescription?: string;
}

export interface ScheduledRecordingRecord {
  /** The session created for the recording (Panopto returns the session id as the scheduled recording's id). */
  Id: string;
  Name: string;
  FolderId: string;
  StartTime: string;
  EndTime: string;
  IsBroadcast: boolean;
  RecorderScheduleEntries: RecorderScheduleEntryRecord[];
  CreatedById: string;
}

/** One viewer's history with one session (drives `/sessions/{id}/viewers` and `/users/me/sessions/viewed`). */
export interface ViewingRecord {
  SessionId: string;
  UserId: string;
  /** Unique seconds watched. */
  SecondsViewed: number;
  /** Last playback position in seconds (`MostRecentViewPosition`). */
  LastPosition: number;
  /** ISO date-time of the last view. */
  LastViewedAt: string;
  /** Number of separate views. */
  Views: number;
}

/** Panopto's `AccessLevel` enum, from most to least restricted. */
export type AccessLevelName = 'Restricted' | 'OrganizationUnlisted' | 'Organization' | 'PublicUnlisted' | 'Public';

/** A tag of the tenant's shared vocabulary; sessions hold tags by `Content` in `SessionRecord.Tags`. */
export interface TagRecord {
  Id: string;
  Content: string;
  CreatedById: string;
  CreateDate: string;
  MostRecentUseDate: string;
}

/** A user profile of a portal (Panopto's "XFP" portals API). */
export interface PortalUserRecord {
  Id: string;
  PortalId: string;
  /** The account created for the profile (it can sign in with the temporary password). */
  UserId: string;
  XfpRole: 'Viewer' | 'PortalManager';
  CreatedDate: string;
}

/** Everything the emulator persists (`PANOPTO_EMULATOR_DATA/data.json`). */
export interface StoreSnapshot {
  version: 1;
  users: UserRecord[];
  groups: GroupRecord[];
  folders: FolderRecord[];
  sessions: SessionRecord[];
  playlists: PlaylistRecord[];
  remoteRecorders: RemoteRecorderRecord[];
  scheduledRecordings: ScheduledRecordingRecord[];
  viewing: ViewingRecord[];
  /** Caption requests (absent in data written before captions existed). */
  captionRequests?: CaptionRequestRecord[];
  /** Added with the tags API; absent in older data files. */
  tags?: TagRecord[];
  /** Added with the portals API; absent in older data files. */
  portalUsers?: PortalUserRecord[];
}
