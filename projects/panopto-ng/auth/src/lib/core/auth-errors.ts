/** Why a sign-in step failed; stable strings an app can switch on. */
export type PanoptoAuthErrorCode =
  | 'state_mismatch'
  | 'state_replayed'
  | 'authorization_denied'
  | 'missing_code'
  | 'invalid_id_token'
  | 'invalid_grant'
  | 'token_request_failed'
  | 'discovery_failed'
  | 'not_signed_in'
  | 'unsupported';

/**
 * A failure of the sign-in flow (callback, token exchange, refresh, ID token validation). The message says
 * what happened and what to do; `code` is stable for programmatic handling.
 *
 * @example
 * ```ts
 * auth.handleCallback().catch((e) => {
 *   if (e instanceof PanoptoSignInError && e.code === 'state_replayed') router.navigateByUrl('/');
 * });
 * ```
 */
export class PanoptoSignInError extends Error {
  constructor(
    readonly code: PanoptoAuthErrorCode,
    message: string,
    /** HTTP status of the token endpoint or broker, when there was a response. */
    readonly status?: number,
  ) {
    super(message);
    this.name = 'PanoptoSignInError';
  }
}
