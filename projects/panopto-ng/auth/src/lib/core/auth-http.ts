import { HttpBackend, HttpClient, HttpErrorResponse, HttpHeaders, HttpParams } from '@angular/common/http';
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

/** The OAuth `error` of a token response, if any (`invalid_grant`, …). */
export function oauthErrorCode(error: unknown): string | undefined {
  if (error instanceof HttpErrorResponse && error.error && typeof error.error === 'object') {
    const code = (error.error as Record<string, unknown>)['error'];
    return typeof code === 'string' ? code : undefined;
  }
  return undefined;
}

/**
 * Only network failures (status 0), 408, 429 and 5xx are worth retrying. Every other 4xx — above all
 * `invalid_grant` — means the refresh token is dead, and retrying would loop (a classic failure of other
 * libraries that counted some 400s as network errors).
 */
export function classifyTokenFailure(error: unknown): TokenFailureKind {
  const retryableStatus = (s: number | undefined) => s === undefined || s === 0 || s === 408 || s === 429 || s >= 500;
  if (error instanceof PanoptoSignInError) {
    return error.code === 'token_request_failed' && retryableStatus(error.status) ? 'retryable' : 'terminal';
  }
  if (error instanceof HttpErrorResponse) return retryableStatus(error.status) ? 'retryable' : 'terminal';
  return 'retryable';
}

/** Turns an HTTP failure of a token call into a `PanoptoSignInError` with an actionable message. */
export function toSignInError(error: unknown, what: string): PanoptoSignInError {
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
    );
  }
  return new PanoptoSignInError(
    'token_request_failed',
    `${what}: ${error instanceof Error ? error.message : String(error)}`,
  );
}
