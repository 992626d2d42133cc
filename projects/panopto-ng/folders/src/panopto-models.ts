/*
 * The parts of Panopto's REST v1 models the folder browser reads, spelled as in Panopto's swagger.
 * Kept structural on purpose: `Folder` and `Session` from `panopto-ng` satisfy these shapes, and so does any
 * object an app's own backend returns.
 */

/** The top-level pseudo-folder: Panopto lists its children as the top-level folders. */
export const PANOPTO_ROOT_FOLDER_ID = '00000000-0000-0000-0000-000000000000';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** True when `value` is a GUID as Panopto writes them (`xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx`). */
export function isFolderGuid(value: unknown): value is string {
  return typeof value === 'string' && GUID.test(value);
}

/** `BasicFolder` in Panopto's swagger. */
export interface PanoptoBasicFolderShape {
  Id: string;
  Name: string;
}

/** `Folder` in Panopto's swagger (the fields the browser uses). */
export interface PanoptoFolderShape {
  Id: string;
  Name: string;
  Description?: string | null;
  /** `null` or missing for top-level folders. */
  ParentFolder?: PanoptoBasicFolderShape | null;
}

/** `Session` in Panopto's swagger (the fields the session list uses). Listings return partial objects. */
export interface PanoptoSessionShape {
  Id: string;
  Name: string;
  Description?: string | null;
  StartTime?: string | null;
  /** Seconds. */
  Duration?: number | null;
  Folder?: string | null;
  Urls?: { ViewerUrl?: string | null; EmbedUrl?: string | null; ThumbnailUrl?: string | null } | null;
}

/** `FolderSortFields`/`SessionSortFields` values the components use. */
export type SessionSortField = 'Name' | 'CreatedDate';
/** `SortOrder` in Panopto's swagger. */
export type PanoptoSortOrder = 'Asc' | 'Desc';
