// The texts of the folder browser and the session list: their typed shape and the English defaults. Pure data
// (no Angular), so the translations and the leftover-English test load it anywhere.
import { plural } from 'panopto-ng/core';
import type { FolderTreeErrorCode } from '../folder-tree-error';

/**
 * Every text `<panopto-folder-browser>` and `<panopto-session-list>` show or announce, and the sentences
 * `describeFolderError` gives for a failed call. Names, queries and Panopto's own reasons arrive as they are;
 * counts are numbers (worded with `plural`), dates arrive formatted in the current language. Override one with
 * `providePanoptoTexts(PANOPTO_FOLDERS_TEXTS, { newFolder: 'Add folder' })`; translations: `PANOPTO_FOLDERS_FR`,
 * `PANOPTO_FOLDERS_AR`.
 */
export interface PanoptoFoldersTexts {
  /** The tree's accessible name when the app binds no `ariaLabel`. */
  treeLabel: string;
  searchLabel: string;
  searching: string;
  searchFailed: (reason: string) => string;
  noSearchMatch: (query: string) => string;
  searchResultsLabel: (query: string) => string;
  /** Under a search result: the folder it is in. */
  resultParent: (parentName: string) => string;
  actionsLabel: string;
  newFolder: string;
  rename: string;
  moveTo: string;
  delete: string;
  captions: string;
  refresh: string;
  signInMessage: string;
  signInButton: string;
  signInFailed: (reason: string) => string;
  loadingFolders: string;
  noFoldersYet: string;
  loadingRow: string;
  /** The error row of a folder whose children failed to load (`subfolders`: below a folder, not the top level). */
  loadFailed: (reason: string, subfolders: boolean) => string;
  retry: string;
  cancel: string;
  newFolderHeading: string;
  renameHeading: string;
  /** Where the new folder goes; `parentName` is null at the top level. */
  createInside: (parentName: string | null) => string;
  folderNameLabel: string;
  create: string;
  /** `name` is undefined when no folder is selected. */
  moveHeading: (name: string | undefined) => string;
  findDestination: string;
  destination: string;
  noMoveTargets: string;
  move: string;
  /** The top level as a destination of "Move to…". */
  topLevel: string;
  /** A destination found by search, with the folder it is in. */
  moveTargetIn: (name: string, parentName: string) => string;
  chooseDestination: string;
  deleteHeading: string;
  deleteWarning: (name: string) => string;
  invalidFolderId: (id: string) => string;
  invalidRootFolderId: (id: string) => string;
  openFailed: (reason: string) => string;
  announceSelected: (name: string) => string;
  announceCreated: (name: string) => string;
  announceRenamed: (name: string) => string;
  /** `parentName` is null when the destination is the top level, undefined when its name is not known. */
  announceMoved: (name: string, parentName: string | null | undefined) => string;
  /** `name` is undefined when the folder was no longer loaded. */
  announceDeleted: (name: string | undefined) => string;
  /** Children of a folder loaded; `folderName` is null at the top level. */
  announceLoaded: (folderName: string | null, count: number) => string;
  announceLoadFailed: (folderName: string | null, reason: string) => string;
  announceSearchDone: (query: string, count: number) => string;
  sessionsHeading: string;
  sortLabel: string;
  sortByName: string;
  sortByDate: string;
  /** A sort button's text with the current order's arrow. */
  sorted: (field: string, ascending: boolean) => string;
  chooseFolder: string;
  noSessions: string;
  /** Read out before a session's length (the thumbnail's badge is hidden from screen readers). */
  sessionDuration: (duration: string) => string;
  loadingSessions: string;
  sessionsFailed: (reason: string) => string;
  showMoreSessions: string;
  untitledSession: string;
  announceSessions: (count: number) => string;
  /** Why a call to Panopto failed when Panopto gave no reason of its own: from the HTTP status (0: unreachable). */
  httpFailure: (status: number) => string;
  /** A change or reveal the tree refused before asking Panopto (the error's own message stays English, for logs). */
  treeFailure: (code: FolderTreeErrorCode) => string;
}

function httpFailure(status: number): string {
  switch (status) {
    case 0:
      return 'Panopto could not be reached. Check the connection and try again.';
    case 401:
      return 'You are not signed in to Panopto, or your session ended. Sign in and try again.';
    case 403:
      return 'You do not have permission to do that in Panopto.';
    case 404:
      return 'That folder no longer exists in Panopto.';
    case 429:
      return 'Panopto is busy (too many requests). Wait a moment and try again.';
    default:
      return status >= 500
        ? `Panopto had a problem (HTTP ${status}). Try again in a moment.`
        : `Panopto refused the request (HTTP ${status}).`;
  }
}

function treeFailure(code: FolderTreeErrorCode): string {
  switch (code) {
    case 'folder-name-required':
      return 'Give the folder a name.';
    case 'folder-not-in-tree':
      return 'That folder is no longer in the tree.';
    case 'folder-move-into-itself':
      return 'A folder cannot be moved into itself or one of its own subfolders.';
    case 'folder-outside-root':
      return 'That folder is not inside this tree.';
    case 'folder-not-listed':
      return 'Panopto did not list that folder where it should be.';
    case 'folder-load-failed':
      return 'Loading failed.';
    case 'folder-chain-too-deep':
      return "That folder's place in Panopto could not be worked out.";
    default:
      return 'Something went wrong talking to Panopto. Try again.';
  }
}

/** The English texts. */
export const DEFAULT_PANOPTO_FOLDERS_TEXTS: PanoptoFoldersTexts = {
  treeLabel: 'Panopto folders',
  searchLabel: 'Search folders',
  searching: 'Searching…',
  searchFailed: (reason) => `Search failed: ${reason}`,
  noSearchMatch: (query) => `No folders match “${query}”.`,
  searchResultsLabel: (query) => `Folders matching ${query}`,
  resultParent: (parentName) => `in ${parentName}`,
  actionsLabel: 'Folder actions',
  newFolder: 'New folder',
  rename: 'Rename',
  moveTo: 'Move to…',
  delete: 'Delete',
  captions: 'Captions…',
  refresh: 'Refresh',
  signInMessage: 'Sign in to Panopto to see these folders.',
  signInButton: 'Sign in to Panopto',
  signInFailed: (reason) => `Sign-in could not start: ${reason}`,
  loadingFolders: 'Loading folders…',
  noFoldersYet: 'No folders here yet.',
  loadingRow: 'Loading…',
  loadFailed: (reason, subfolders) => `Could not load ${subfolders ? 'subfolders' : 'folders'}: ${reason}`,
  retry: 'Retry',
  cancel: 'Cancel',
  newFolderHeading: 'New folder',
  renameHeading: 'Rename folder',
  createInside: (parentName) => `Inside ${parentName ?? 'the top level'}`,
  folderNameLabel: 'Folder name',
  create: 'Create',
  moveHeading: (name) => `Move ${name || 'folder'} to…`,
  findDestination: 'Find a destination',
  destination: 'Destination',
  noMoveTargets: 'No folders to move to. Type to search Panopto.',
  move: 'Move',
  topLevel: 'Top level',
  moveTargetIn: (name, parentName) => `${name} (in ${parentName})`,
  chooseDestination: 'Choose where to move the folder.',
  deleteHeading: 'Delete folder?',
  deleteWarning: (name) =>
    `${name} and everything in it (subfolders and sessions) will be deleted in Panopto, following your site's retention policy.`,
  invalidFolderId: (id) => `'${id}' is not a Panopto folder id (a GUID).`,
  invalidRootFolderId: (id) =>
    `rootFolderId '${id}' is not a Panopto folder id (a GUID). Leave it out to start at the top level.`,
  openFailed: (reason) => `Could not open that folder: ${reason}`,
  announceSelected: (name) => `${name} selected.`,
  announceCreated: (name) => `Folder ${name} created.`,
  announceRenamed: (name) => `Folder renamed to ${name}.`,
  announceMoved: (name, parentName) =>
    `Moved ${name} to ${parentName === null ? 'the top level' : parentName ?? 'the folder'}.`,
  announceDeleted: (name) => (name ? `Folder ${name} deleted.` : 'Folder deleted.'),
  announceLoaded: (folderName, count) =>
    count
      ? `${folderName ?? 'Folders'}: ${plural('en', count, { one: '# folder', other: '# folders' })} loaded.`
      : folderName === null
      ? 'No folders.'
      : `${folderName} has no subfolders.`,
  announceLoadFailed: (folderName, reason) =>
    `Could not load ${folderName === null ? 'folders' : `subfolders of ${folderName}`}: ${reason}`,
  announceSearchDone: (query, count) =>
    count
      ? `${plural('en', count, { one: '# folder', other: '# folders' })} found for ${query}.`
      : `No folders found for ${query}.`,
  sessionsHeading: 'Sessions',
  sortLabel: 'Sort sessions',
  sortByName: 'Name',
  sortByDate: 'Date',
  sorted: (field, ascending) => `${field} ${ascending ? '↑' : '↓'}`,
  chooseFolder: 'Choose a folder to see its sessions.',
  noSessions: 'No sessions in this folder.',
  sessionDuration: (duration) => `Duration ${duration}.`,
  loadingSessions: 'Loading sessions…',
  sessionsFailed: (reason) => `Could not load sessions: ${reason}`,
  showMoreSessions: 'Show more sessions',
  untitledSession: 'Untitled session',
  announceSessions: (count) =>
    count ? `${plural('en', count, { one: '# session', other: '# sessions' })} shown.` : 'No sessions in this folder.',
  httpFailure,
  treeFailure,
};
