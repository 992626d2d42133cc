import { HttpErrorResponse } from '@angular/common/http';
import {
  PanoptoApiError,
  PanoptoApiErrorInit,
  PanoptoAuthError,
  PanoptoError,
  PanoptoNetworkError,
  PanoptoRateLimitError,
  describeApiError,
  readApiError,
} from 'panopto-ng/core';

/** The request an error belongs to, as the REST core describes it in messages. */
export interface FailedRequestInfo {
  readonly method: string;
  readonly url: string;
  /** `GET /folders/{id}/children` */
  readonly endpoint: string;
  /** What the call was about, for messages: `folder 6f1c…`, `the session search`. */
  readonly resource: string;
  readonly attempts: number;
  /** `requestTimeoutMs`, quoted when the request timed out. */
  readonly timeoutMs?: number;
}

/** Thrown inside the REST core when `requestTimeoutMs` passes without an answer; mapped to `PanoptoNetworkError`. */
export class PanoptoRequestTimeout extends PanoptoError {
  constructor() {
    super('timeout', { code: 'timeout' });
    this.name = 'PanoptoRequestTimeout';
  }
}

function afterAttempts(attempts: number): string {
  return attempts > 1 ? ` after ${attempts} attempts` : '';
}

/**
 * Turns whatever the HTTP layer threw into the matching `PanoptoError` with a message that says what happened and
 * what to do about it.
 */
export function toPanoptoError(
  error: unknown,
  req: FailedRequestInfo,
  retryAfterMs: number | null = null,
): PanoptoError {
  // The internal timeout marker is a PanoptoError too, so it is mapped before errors are passed through as they are.
  if (error instanceof PanoptoError && !(error instanceof PanoptoRequestTimeout)) return error;
  // `endpoint` already starts with the method: `GET /folders/{id}/children`.
  const call = req.endpoint;
  const base = { method: req.method, url: req.url, endpoint: req.endpoint, attempts: req.attempts, cause: error };

  if (error instanceof PanoptoRequestTimeout) {
    return new PanoptoNetworkError(
      `${call} got no answer from Panopto within ${req.timeoutMs ?? '?'} ms${afterAttempts(req.attempts)}. ` +
        `Panopto may be slow or unreachable: try again later, or raise \`requestTimeoutMs\` in providePanopto().`,
      { ...base, timedOut: true },
    );
  }
  if (!(error instanceof HttpErrorResponse)) {
    return new PanoptoError(`${call} failed unexpectedly: ${String(error)}.`, { cause: error });
  }
  if (error.status === 0) {
    let origin = req.url;
    try {
      origin = new URL(req.url).origin;
    } catch {
      /* keep the full URL */
    }
    return new PanoptoNetworkError(
      `${call} could not reach Panopto at ${origin} (no HTTP response${afterAttempts(req.attempts)}). ` +
        `Check the network connection, that \`serverUrl\` is right, and that the server allows this page's origin (CORS).`,
      base,
    );
  }

  const apiError = readApiError(error.error);
  const init: PanoptoApiErrorInit = {
    ...base,
    status: error.status,
    statusText: error.statusText,
    apiError,
    body: error.error,
  };
  const says = describeApiError(apiError);
  switch (true) {
    case error.status === 401:
      return new PanoptoAuthError(
        `${call} was refused (401 Unauthorized): there is no valid access token, so the user is not signed in or the ` +
          `token expired.${says} Sign in first; panopto-ng/auth attaches the token and refreshes it when it expires.`,
        init,
      );
    case error.status === 403:
      return new PanoptoAuthError(
        `${call} was refused (403 Forbidden): the signed-in user lacks permission on ${req.resource}.${says} ` +
          `Ask its owner to share it with this user, or sign in as a user who has access.`,
        init,
      );
    case error.status === 404:
      return new PanoptoApiError(
        `${capitalize(req.resource)} was not found (404 on ${call}): it does not exist, was deleted, or is hidden ` +
          `from the signed-in user.${says} Check the id; take ids from listings or search results.`,
        init,
      );
    case error.status === 429:
      return new PanoptoRateLimitError(
        `${call} is rate limited by Panopto (429 Too Many Requests)${afterAttempts(req.attempts)}.${says} ` +
          `Make fewer calls: lower \`rateLimit.perSecond\`/\`perMinute\`, pass { priority: 'background' } for bulk ` +
          `work, or try again later.`,
        { ...init, retryAfterMs },
      );
    case error.status >= 200 && error.status < 300:
      return new PanoptoApiError(
        `${call} answered ${error.status} but its body is not the JSON panopto-ng expects. ` +
          `Check that \`serverUrl\` points at a Panopto site (not a login page or proxy).`,
        init,
      );
    case error.status === 400:
      return new PanoptoApiError(
        `Panopto rejected ${call} (400 Bad Request).${says} Check the parameters and body passed for ${req.resource}.`,
        init,
      );
    case error.status >= 500:
      return new PanoptoApiError(
        `Panopto failed on ${call} (${error.status}${error.statusText ? ' ' + error.statusText : ''})` +
          `${afterAttempts(req.attempts)}.${says} This is a server-side problem: try again later` +
          `${
            req.method === 'POST' ? ' (POST is never retried automatically, as it may already have been applied)' : ''
          }.`,
        init,
      );
    default:
      return new PanoptoApiError(
        `${call} failed with ${error.status}${error.statusText ? ' ' + error.statusText : ''} for ${
          req.resource
        }.${says}`,
        init,
      );
  }
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
