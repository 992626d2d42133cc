import { PanoptoApiError, PanoptoError } from 'panopto-ng/core';
import type { PanoptoCaptionsTexts } from '../i18n/captions-texts';

/** Whether an error means "you may not do this" (403), as opposed to a failure to retry or report. */
export function isForbidden(error: unknown): boolean {
  return error instanceof PanoptoApiError && error.status === 403;
}

/** A sentence for people: what to ask for on a 403, else the error's own message (it says what to do). */
export function describeCaptionError(error: unknown, texts: PanoptoCaptionsTexts, forbidden: string): string {
  if (isForbidden(error)) return forbidden;
  return texts.panoptoError(error instanceof PanoptoError ? error.message : String(error));
}
