/*
 * Public API of `panopto-ng/folders`: the folder tree, the session list, the tree store and the backend seam.
 * Explicit exports: the headless parts the browser is built from (focus, permissions, dialogs, drag and drop,
 * announcements, the node graph) are internal and may change.
 */
export { PanoptoFolderBrowserComponent } from './src/folder-browser/folder-browser.component';
export type { PanoptoFolderChange, PanoptoFolderSelection } from './src/folder-browser/folder-browser-events';
export { PanoptoSessionListComponent } from './src/session-list/session-list.component';
export type { PanoptoSessionListItem } from './src/session-list/session-list.component';
export { FolderTreeStore } from './src/folder-tree-store';
export type { FolderLoadEvent, FolderLoadState, FolderNode } from './src/folder-node-graph';
export { FolderTreeError } from './src/folder-tree-error';
export type { FolderTreeErrorCode } from './src/folder-tree-error';
export { flattenFolderTree } from './src/flatten-folder-tree';
export type { ErrorRow, FolderRow, FolderTreeRow, LoadingRow } from './src/flatten-folder-tree';
export { PanoptoApiFolderBackend, PanoptoFolderBackend } from './src/folder-backend';
export type { SessionPageRequest } from './src/folder-backend';
export { loadAncestorChain, searchFolders } from './src/folder-search';
export type { FolderSearchState } from './src/folder-search';
export { describeFolderError } from './src/describe-error';
export type { FolderErrorTexts } from './src/describe-error';
export { TreeTypeahead, isFocusableRow, treeKeyAction } from './src/tree-keyboard';
export type { TreeDirection, TreeKeyAction } from './src/tree-keyboard';
export { PANOPTO_ROOT_FOLDER_ID, isFolderGuid } from './src/panopto-models';
export type {
  PanoptoBasicFolderShape,
  PanoptoFolderShape,
  PanoptoSessionShape,
  PanoptoSortOrder,
  SessionListSortField,
} from './src/panopto-models';
export { formatDuration, safeThumbnailUrl } from './src/safe-thumbnail-url';
export { PanoptoFolderBrowserModule, PanoptoFoldersModule, PanoptoSessionListModule } from './src/folders.module';
export { PanoptoSessionDetailsComponent } from './src/session-details/session-details.component';
export type { PanoptoSessionCopied, PanoptoSessionDetailsState } from './src/session-details/session-details.component';
export { PanoptoContinueWatchingComponent } from './src/continue-watching/continue-watching.component';
export type { PanoptoContinueWatchingItem } from './src/continue-watching/continue-watching.component';
export { PanoptoRecordingsModule } from './src/recordings.module';

// Texts and translations (each translation reaches an app's bundle only when the app imports it).
export type { PanoptoFoldersTexts } from './src/i18n/folders-texts';
export { DEFAULT_PANOPTO_FOLDERS_TEXTS } from './src/i18n/folders-texts';
export { PANOPTO_FOLDERS_TEXTS } from './src/i18n/folders-texts-set';
export { PANOPTO_FOLDERS_FR } from './src/i18n/folders-fr';
export { PANOPTO_FOLDERS_AR } from './src/i18n/folders-ar';
