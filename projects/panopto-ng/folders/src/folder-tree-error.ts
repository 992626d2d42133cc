import { PanoptoError } from 'panopto-ng/core';

/**
 * Stable codes of {@link FolderTreeError} (the message is for people and may change; switch on the code):
 * - `folder-name-required`: create or rename with an empty name.
 * - `folder-not-in-tree`: the folder is not (or no longer) among the loaded folders.
 * - `folder-move-into-itself`: a move into the folder itself or one of its subfolders.
 * - `folder-outside-root`: a folder to reveal lies outside the tree's `rootFolderId`.
 * - `folder-not-listed`: Panopto's listing of a parent did not contain the folder to reveal.
 * - `folder-load-failed`: loading the children of a folder on the way failed.
 * - `folder-chain-too-deep`: walking `ParentFolder` up did not reach the top (a cycle in the data?).
 * - `folder-tree-error`: anything else (the default of `new FolderTreeError(message)`).
 */
export type FolderTreeErrorCode =
  | 'folder-name-required'
  | 'folder-not-in-tree'
  | 'folder-move-into-itself'
  | 'folder-outside-root'
  | 'folder-not-listed'
  | 'folder-load-failed'
  | 'folder-chain-too-deep'
  | 'folder-tree-error';

/**
 * Thrown (as an Observable error) when a change or a reveal is refused before it reaches Panopto. A
 * `PanoptoError`, so `instanceof PanoptoError` and `code` work as for every other panopto-ng error.
 *
 * @example
 * ```ts
 * store.rename(id, name).subscribe({
 *   error: (e) => { if (e instanceof FolderTreeError && e.code === 'folder-name-required') focusNameField(); },
 * });
 * ```
 */
export class FolderTreeError extends PanoptoError {
  declare readonly code: FolderTreeErrorCode;

  constructor(message: string, code: FolderTreeErrorCode = 'folder-tree-error', options?: { cause?: unknown }) {
    super(message, options && 'cause' in options ? { cause: options.cause, code } : { code });
    this.name = 'FolderTreeError';
  }
}
