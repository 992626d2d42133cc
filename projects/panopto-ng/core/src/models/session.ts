import { BasicFolder } from './common';
import { User } from './user';

/** `SessionUrls`. Listings fill only `ViewerUrl` (and `ThumbnailUrl` for search); fetch by id for the rest. */
export interface SessionUrls {
  ViewerUrl?: string;
  EmbedUrl?: string;
  ShareSettingsUrl?: string;
  /** One-time download, not for streaming; may be blank. */
  DownloadUrl?: string;
  AudioDescriptionDownloadUrl?: string;
  CaptionDownloadUrl?: string;
  /** Creators only. */
  EditorUrl?: string;
  ThumbnailUrl?: string;
}

/** `SearchResultContext`: where a search matched, returned with `includeFields: 'Context'`. */
export interface SearchResultContext {
  Text?: string;
  /** Seconds into the session. */
  Time?: number;
  ThumbnailUrl?: string;
}

/** `Session`. Listings return partial objects (no `CreatedBy`, few `Urls`); `sessions.get(id)` returns all. */
export interface Session {
  Id: string;
  Name: string;
  Description?: string | null;
  /** ISO date-time. */
  StartTime?: string | null;
  /** Seconds. */
  Duration?: number | null;
  /** Seconds, for the calling user. */
  MostRecentViewPosition?: number | null;
  CreatedBy?: User | null;
  Urls?: SessionUrls;
  /** Id of the folder that holds the session. */
  Folder: string;
  FolderDetails?: BasicFolder | null;
  Context?: SearchResultContext[] | null;
  /** 0–100, watched by the calling user. */
  PercentCompleted?: number | null;
}

/** `SessionUpdate`: body of `PUT /sessions/{id}`. Set `Folder` to move the session. */
export interface SessionUpdate {
  Name?: string;
  Description?: string;
  Folder?: string;
}

/** `SessionSortFields` */
export type SessionSortField = 'Name' | 'CreatedDate' | 'Relevance';

/** `SessionViewerStats`: one row of `GET /sessions/{id}/viewers`. */
export interface SessionViewerStats {
  User?: User;
  PercentCompleted?: number;
  /** ISO date-time. */
  LastViewedDateTime: string;
  MostRecentViewPositionInSeconds?: number;
}

/** `SessionViewerStatsSortFields` */
export type SessionViewerStatsSortField = 'UserName' | 'LastViewedDateTime';
