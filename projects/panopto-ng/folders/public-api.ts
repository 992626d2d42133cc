/*
 * Public API of `panopto-ng/folders`: the folder tree, the session list, the tree store and the backend seam.
 */
export * from './src/folder-browser/folder-browser.component';
export * from './src/session-list/session-list.component';
export * from './src/folder-tree-store';
export * from './src/flatten-folder-tree';
export * from './src/folder-backend';
export * from './src/folder-search';
export { describeFolderError } from './src/describe-error';
export { treeKeyAction, TreeTypeahead, isFocusableRow } from './src/tree-keyboard';
export type { TreeKeyAction } from './src/tree-keyboard';
export * from './src/panopto-models';
export * from './src/safe-thumbnail-url';
export * from './src/folders.module';
