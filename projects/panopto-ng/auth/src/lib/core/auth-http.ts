import { HttpBackend, HttpClient, HttpErrorResponse, HttpHeaders, HttpParams } from '@angular/common/http';
import { PanoptoRetryReason, PanoptoRetryRule, parseRetryAfter, retryReasonForStatus } from 'panopto-ng/core';
import { firstValueFrom } from 'rxjs';
import { PanoptoSignInError } from './auth-errors';

/**
 * HTTP for the auth module's own calls (discovery, JWKS, token, broker). Built on `HttpBackend`, so these
 * calls never pass through interceptors: the auth interceptor can't recurse into a refresh, and an app's own
 * interceptors can't add a bearer token to the token endpoint.
 */
export class AuthHttp {
  private readonly http: HttpClient;

  constructor(backend: HttpBackend) {
    this.http = new HttpClient(backend);
  }

  getJson<T>(url: string): Promise<T> {
    return firstValueFrom(this.http.get<T>(url));
  }

  /** `application/x-www-form-urlencoded` POST, as OAuth token and revocation endpoints require. */
  postForm<T>(url: string, form: Record<string, string>): Promise<T> {
    let body = new HttpParams();
    for (const [k, v] of Object.entries(form)) body = body.set(k, v);
    const headers = new HttpHeaders({ 'Content-Type': 'application/x-www-form-urlencoded' });
    return firstValueFrom(this.http.post<T>(url, body.toString(), { headers }));
  }

  /** JSON POST with cookies (the broker keeps the refresh token in an httpOnly cookie). */
  postJsonWithCredentials<T>(url: string, body: object): Promise<T> {
    return firstValueFrom(this.http.post<T>(url, body, { withCredentials: true }));
  }
}

/** How a failed token call should be treated. */
export type TokenFailureKind = 'terminal' | 'retryable';

/**
 * Which token-call failures the one retry policy retries: token calls are POSTs whose repetition is harmless
 * (the code or refresh token is simply presented again), so every method qualifies, and 408 counts as a
 * timeout.
 */
export const TOKEN_RETRY_RULE: PanoptoRetryRule = { methods: 'all', retryTimeouts408: true };

/** The OAuth `error` of a token response, if any (`invalid_grant`, …). */
export function oauthErrorCode(error: unknown): string | undefined {
  if (error instanceof HttpErrorResponse && error.error && typeof error.error === 'object') {
    const code = (error.error as Record<string, unknown>)['error'];
    return typeof code === 'string' ? code : undefined;
  }
  return undefined;
}

/**
 * Why a failed token call is worth repeating, or null when it is not. Only network failures (status 0), 408,
 * 429 and 5xx are retried (`retryReasonForStatus` with `TOKEN_RETRY_RULE`). Every other 4xx, and above all
 * `invalid_grant`, means the refresh token is dead, and retrying would loop (a classic failure of other
 * libraries that counted some 400s as network errors).
 */
export function tokenRetryReason(error: unknown): PanoptoRetryReason | null {
  if (error instanceof PanoptoSignInError) {
    // The keys are fetched with a GET; a failed fetch says nothing about the tokens, which stay valid.
    if (error.code === 'keys_unavailable') return retryReasonForStatus(error.status ?? 0, 'GET') ?? 'network-error';
    return error.code === 'token_request_failed'
      ? retryReasonForStatus(error.status ?? 0, 'POST', TOKEN_RETRY_RULE)
      : null;
  }
  if (error instanceof HttpErrorResponse) return retryReasonForStatus(error.status, 'POST', TOKEN_RETRY_RULE);
  return 'network-error';
}

/** `tokenRetryReason()` as two kinds: a terminal failure ends the session. */
export function classifyTokenFailure(error: unknown): TokenFailureKind {
  return tokenRetryReason(error) === null ? 'terminal' : 'retryable';
}

/**
 * Turns an HTTP failure of a token call into a `PanoptoSignInError` with an actionable message. `now` (the
 * clock) turns an HTTP-date `Retry-After` into a delay.
 */
export function toSignInError(error: unknown, what: string, now: () => number): PanoptoSignInError {
  if (error instanceof PanoptoSignInError) return error;
  if (error instanceof HttpErrorResponse) {
    const code = oauthErrorCode(error);
    if (code === 'invalid_grant' || code === 'invalid_token') {
      return new PanoptoSignInError(
        'invalid_grant',
        `${what}: Panopto answered '${code}' — the sign-in has expired or was revoked; sign in again.`,
        error.status,
      );
    }
    if (error.status === 0) {
      return new PanoptoSignInError(
        'token_request_failed',
        `${what}: the server could not be reached (network error or CORS).`,
      );
    }
    const description =
      error.error && typeof error.error === 'object'
        ? (error.error as Record<string, unknown>)['error_description']
        : undefined;
    return new PanoptoSignInError(
      error.status === 401 && what.includes('broker') ? 'invalid_grant' : 'token_request_failed',
      `${what}: HTTP ${error.status}${code ? ` '${code}'` : ''}${
        typeof description === 'string' ? ` (${description})` : ''
      }.`,
      error.status,
      { cause: error, retryAfterMs: parseRetryAfter(error.headers?.get('Retry-After'), now()) },
    );
  }
  return new PanoptoSignInError(
    'token_request_failed',
    `${what}: ${error instanceof Error ? error.message : String(error)}`,
  );
}
