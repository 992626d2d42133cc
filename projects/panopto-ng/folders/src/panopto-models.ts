/*
 * The Panopto models the folder components read, named for this entry point; they are `panopto-ng`'s own
 * `Folder`, `Session` and `BasicFolder` (spelled as in Panopto's swagger), from `panopto-ng/core`.
 */

import { BasicFolder, Folder, ROOT_FOLDER_ID, Session, isGuid } from 'panopto-ng/core';

/** The top-level pseudo-folder (`ROOT_FOLDER_ID` of `panopto-ng`): its children are the top-level folders. */
export const PANOPTO_ROOT_FOLDER_ID = ROOT_FOLDER_ID;

/**
 * True when `value` is a GUID as Panopto writes them.
 *
 * @deprecated Use `isGuid` from `panopto-ng/core` (also exported by `panopto-ng`) instead. Removed in 0.3.
 */
export const isFolderGuid: (value: unknown) => value is string = isGuid;

/** `BasicFolder` as `panopto-ng` types it. */
export type PanoptoBasicFolderShape = BasicFolder;

/** `Folder` as `panopto-ng` types it (what the browser reads: `Id`, `Name`, `ParentFolder`). */
export type PanoptoFolderShape = Folder;

/** `Session` as `panopto-ng` types it. Listings return partial objects (no `CreatedBy`, few `Urls`). */
export type PanoptoSessionShape = Session;

/** `FolderSortFields`/`SessionSortFields` values the components use. */
export type SessionListSortField = 'Name' | 'CreatedDate';
/** `SortOrder` in Panopto's swagger. */
export type PanoptoSortOrder = 'Asc' | 'Desc';
