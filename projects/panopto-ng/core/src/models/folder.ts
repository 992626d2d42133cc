import { BasicFolder } from './common';

/** `FolderUrls` */
export interface FolderUrls {
  /** Opens the folder in Panopto. */
  FolderUrl?: string;
  /** An embeddable view of the folder. */
  EmbedUrl?: string;
  /** Where to change sharing; blank without permission. */
  ShareSettingsUrl?: string;
}

/** `Folder` as returned by `GET /folders/{id}`, `/folders/{id}/children` and `/folders/search`. */
export interface Folder {
  Id: string;
  Name: string;
  Description?: string | null;
  /** `null` for top-level folders. */
  ParentFolder?: BasicFolder | null;
  Urls?: FolderUrls;
}

/** `FolderCreate`: body of `POST /folders`. Omit `Parent` to create at the top level. */
export interface FolderCreate {
  Name: string;
  Description?: string;
  /** Existing folder to create this under; needs create permission there. */
  Parent?: string;
}

/**
 * `FolderUpdate`: body of `PUT /folders/{id}`. Set `Parent` to move the folder; `ROOT_FOLDER_ID` moves it to the
 * top level.
 */
export interface FolderUpdate {
  Name?: string;
  Description?: string;
  Parent?: string;
}

/** `FolderSortFields` of `/folders/{id}/children`. Panopto rejects `Relevance` there, so only `Name`. */
export type FolderChildrenSortField = 'Name';
/** `FolderSortFields` of `/folders/search` and `/folders/creator`. */
export type FolderSortField = 'Name' | 'Relevance';
