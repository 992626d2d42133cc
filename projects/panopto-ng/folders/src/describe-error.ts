import { HttpErrorResponse } from '@angular/common/http';
import { PanoptoError, readApiError } from 'panopto-ng/core';

/**
 * True when the call failed because nobody is signed in, or the session ended (401): the REST core's
 * `PanoptoAuthError` with code `unauthenticated`, or a custom backend's raw 401. Signing in fixes it; Retry does not.
 */
export function isSignInRequired(error: unknown): boolean {
  if (error instanceof PanoptoError) return error.code === 'unauthenticated';
  return error instanceof HttpErrorResponse && error.status === 401;
}

/**
 * Turns whatever a folder call failed with into one sentence a person can read: Panopto's own `Message` when
 * it sent one, else what the status means. `panopto-ng`'s error types already carry such a message. A 401 says
 * to sign in: Panopto's own text there is for developers ("send Authorization: Bearer …").
 */
export function describeFolderError(error: unknown): string {
  if (isSignInRequired(error)) return describeStatus(401);
  // panopto-ng's PanoptoApiError: Panopto's own reason is the most specific thing to show next to the action.
  const serverMessage = (error as { serverMessage?: unknown } | null)?.serverMessage;
  if (typeof serverMessage === 'string' && serverMessage.trim()) return serverMessage.trim();
  if (error instanceof HttpErrorResponse) {
    // A custom backend's raw HttpErrorResponse: Panopto's `APIError` body, read by the core's one reader.
    const message = readApiError(error.error)?.Message;
    if (message?.trim()) return message.trim();
    return describeStatus(error.status);
  }
  if (error instanceof Error && error.message) return error.message;
  if (typeof error === 'string' && error) return error;
  return 'Something went wrong talking to Panopto. Try again.';
}

function describeStatus(status: number): string {
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
