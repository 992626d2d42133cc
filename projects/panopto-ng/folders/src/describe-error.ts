import { HttpErrorResponse } from '@angular/common/http';
import { PanoptoError, readApiError } from 'panopto-ng/core';
import { FolderTreeError } from './folder-tree-error';
import { DEFAULT_PANOPTO_FOLDERS_TEXTS, PanoptoFoldersTexts } from './i18n/folders-texts';

/**
 * True when the call failed because nobody is signed in, or the session ended (401): the REST core's
 * `PanoptoAuthError` with code `unauthenticated`, or a custom backend's raw 401. Signing in fixes it; Retry does not.
 */
export function isSignInRequired(error: unknown): boolean {
  if (error instanceof PanoptoError) return error.code === 'unauthenticated';
  return error instanceof HttpErrorResponse && error.status === 401;
}

/** The texts `describeFolderError` words a failure with (a texts set of `panopto-ng/folders` has them). */
export type FolderErrorTexts = Pick<PanoptoFoldersTexts, 'httpFailure' | 'treeFailure'>;

/**
 * Turns whatever a folder call failed with into one sentence a person can read, in the language of `texts`:
 * Panopto's own `Message` when it sent one, else what the status means, else what the tree refused (by the
 * `FolderTreeError`'s code; the error's own message stays English, for logs). A 401 says to sign in: Panopto's own
 * text there is for developers ("send Authorization: Bearer …").
 *
 * @example
 * ```ts
 * readonly texts = injectPanoptoTexts(PANOPTO_FOLDERS_TEXTS);
 * showBanner(describeFolderError(error, this.texts)); // 'Panopto is busy (too many requests). …'
 * ```
 */
export function describeFolderError(error: unknown, texts: FolderErrorTexts = DEFAULT_PANOPTO_FOLDERS_TEXTS): string {
  if (isSignInRequired(error)) return texts.httpFailure(401);
  // panopto-ng's PanoptoApiError: Panopto's own reason is the most specific thing to show next to the action.
  const serverMessage = (error as { serverMessage?: unknown } | null)?.serverMessage;
  if (typeof serverMessage === 'string' && serverMessage.trim()) return serverMessage.trim();
  if (error instanceof HttpErrorResponse) {
    // A custom backend's raw HttpErrorResponse: Panopto's `APIError` body, read by the core's one reader.
    const message = readApiError(error.error)?.Message;
    if (message?.trim()) return message.trim();
    return texts.httpFailure(error.status);
  }
  // The core's API and network errors: their message is English for developers; the status says it for people.
  const status = (error as { status?: unknown } | null)?.status;
  if (error instanceof PanoptoError && typeof status === 'number') return texts.httpFailure(status);
  // A failed load on the way to a folder carries the sentence the tree already showed for it.
  if (error instanceof FolderTreeError && error.code !== 'folder-load-failed') return texts.treeFailure(error.code);
  if (error instanceof Error && error.message) return error.message;
  if (typeof error === 'string' && error) return error;
  return texts.treeFailure('folder-tree-error');
}
