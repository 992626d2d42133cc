import { PanoptoError } from 'panopto-ng/core';

/**
 * Why a sign-in step failed; stable strings an app can switch on. They keep the OAuth spelling
 * (`invalid_grant`, snake_case) they have had since 0.1. `keys_unavailable`: the tenant's signing keys (JWKS)
 * could not be fetched; it is retryable and the session is kept.
 */
export type PanoptoSignInErrorCode =
  | 'state_mismatch'
  | 'state_replayed'
  | 'authorization_denied'
  | 'missing_code'
  | 'invalid_id_token'
  | 'keys_unavailable'
  | 'invalid_grant'
  | 'token_request_failed'
  | 'discovery_failed'
  | 'not_signed_in'
  | 'unsupported';

/**
 * The old name of `PanoptoSignInErrorCode`, easy to confuse with `PanoptoAuthError` (HTTP 401/403 of the REST
 * core).
 *
 * @deprecated Use `PanoptoSignInErrorCode` instead. Removed in 0.3.
 */
export type PanoptoAuthErrorCode = PanoptoSignInErrorCode;

/** What `PanoptoSignInError` accepts besides code, message and status. */
export interface PanoptoSignInErrorOptions {
  /** The failure this one wraps (the `HttpErrorResponse` of the token call, …). */
  readonly cause?: unknown;
  /** What the server's `Retry-After` asked for (ms), when it sent one with a 429 or 503. */
  readonly retryAfterMs?: number | null;
}

/**
 * A failure of the sign-in flow (callback, token exchange, refresh, ID token validation). The message says
 * what happened and what to do; `code` is stable for programmatic handling. Not to be confused with the REST
 * core's `PanoptoAuthError` (an API call answered 401/403).
 *
 * @example
 * ```ts
 * auth.handleCallback().catch((e) => {
 *   if (e instanceof PanoptoSignInError && e.code === 'state_replayed') router.navigateByUrl('/');
 * });
 * ```
 */
export class PanoptoSignInError extends PanoptoError {
  declare readonly code: PanoptoSignInErrorCode;
  /** What the server's `Retry-After` asked for (ms), or null. */
  readonly retryAfterMs: number | null;

  constructor(
    code: PanoptoSignInErrorCode,
    message: string,
    /** HTTP status of the token endpoint or broker, when there was a response. */
    readonly status?: number,
    options?: PanoptoSignInErrorOptions,
  ) {
    super(message, options && 'cause' in options ? { code, cause: options.cause } : { code });
    this.name = 'PanoptoSignInError';
    this.retryAfterMs = options?.retryAfterMs ?? null;
  }
}

/**
 * `error` as a `PanoptoSignInError`: what the service emits is always one, with a code (an unexpected failure
 * becomes `token_request_failed` with the original as `cause`).
 */
export function asSignInError(error: unknown): PanoptoSignInError {
  if (error instanceof PanoptoSignInError) return error;
  return new PanoptoSignInError(
    'token_request_failed',
    `Sign-in failed unexpectedly: ${error instanceof Error ? error.message : String(error)}`,
    undefined,
    { cause: error },
  );
}
