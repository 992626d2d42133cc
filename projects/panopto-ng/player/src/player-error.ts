import { PanoptoError } from 'panopto-ng/core';

// Angular's development flag; production builds define it as false, so the minifier drops what it guards.
// Checked at each use site: a shared `const DEV_MODE` was not folded across modules and its messages stayed in bundles.
declare const ngDevMode: boolean | undefined;

/**
 * Why a player reported an error:
 * - `playNotAllowed`, `playWithSoundNotAllowed`: the browser blocked autoplay (Panopto's `ApiError` values);
 *   for the second the player is muted, so offer an unmute button (a user gesture).
 * - `invalidSessionId`: `sessionId` is not a GUID; nothing was loaded.
 * - `invalidServer`: the `server` input is not a bare host name, or no Panopto site is configured.
 * - `scriptLoadFailed`: the Embed API script failed or timed out; the player fell back to a plain iframe.
 * - `notViewable`: the embedded page never answered, which Panopto does when the signed-in viewer lacks
 *   permission.
 * - `embedError`: any other error the Embed API reported.
 */
export type PanoptoPlayerErrorCode =
  | 'playNotAllowed'
  | 'playWithSoundNotAllowed'
  | 'invalidSessionId'
  | 'invalidServer'
  | 'scriptLoadFailed'
  | 'notViewable'
  | 'embedError';

/** What `(error)` emits. `message` is written for the developer reading the console. */
export class PanoptoPlayerError extends PanoptoError {
  // Set by PanoptoError from `{ code }`; only its type is narrowed here (no second assignment in the bundle).
  declare readonly code: PanoptoPlayerErrorCode;

  constructor(code: PanoptoPlayerErrorCode, message: string) {
    super(message, { code });
    this.name = 'PanoptoPlayerError';
  }
}

/** Maps an `onError` value from the Embed API to a typed error (explanations in development builds only). */
export function fromEmbedApiError(value: unknown): PanoptoPlayerError {
  const blocked = value === 'playNotAllowed' || value === 'playWithSoundNotAllowed';
  return new PanoptoPlayerError(
    blocked ? value : 'embedError',
    typeof ngDevMode === 'undefined' || ngDevMode
      ? value === 'playNotAllowed'
        ? 'The browser blocked autoplay; start playback from a click.'
        : blocked
        ? 'The browser allowed autoplay only muted; call unmute() from a user gesture to restore sound.'
        : `Panopto player error: ${String(value)}`
      : String(value),
  );
}
