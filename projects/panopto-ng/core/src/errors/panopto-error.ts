import { APIErrorInternal } from '../models/common';

/** What every `PanoptoError` constructor accepts besides the message. */
export interface PanoptoErrorOptions {
  /** The error this one wraps (a network failure, a parse error, …). */
  readonly cause?: unknown;
  /** A stable, kebab-case code for programs to switch on; subclasses pass their own. */
  readonly code?: string;
}

/**
 * Base class of every error panopto-ng emits (REST, auth, upload, player, live, provisioning, configuration), and
 * the only class of the library that extends `Error` directly. `instanceof PanoptoError` separates them from
 * bugs in app code; `code` is stable across releases (messages are for people and may change).
 *
 * @example
 * ```ts
 * api.folders.get(id).subscribe({
 *   error: (e) => { if (e instanceof PanoptoError && e.code === 'rate-limited') toast('Panopto is busy'); },
 * });
 * ```
 */
export class PanoptoError extends Error {
  /** Stable, kebab-case identifier of what went wrong, e.g. `api-error`, `timeout`, `invalid-config`. */
  readonly code: string;

  constructor(message: string, options?: PanoptoErrorOptions) {
    // ES2022 `cause`: the browsers Angular 15 supports set it from the options themselves.
    super(message, options);
    this.name = 'PanoptoError';
    this.code = options?.code ?? 'panopto-error';
  }
}

/** What every HTTP-level error knows about the request that failed. */
export interface PanoptoRequestInfo {
  /** HTTP method: `GET`, `POST`, … */
  readonly method: string;
  /** Full URL including the query string. */
  readonly url: string;
  /** Method + path template, e.g. `GET /folders/{id}/children`; the unit of rate limiting. */
  readonly endpoint: string;
  /** Number of attempts made (1 when not retried). */
  readonly attempts: number;
}

/** Constructor input of `PanoptoApiError` and its subclasses. */
export interface PanoptoApiErrorInit extends Partial<PanoptoRequestInfo> {
  readonly status: number;
  readonly statusText?: string;
  /** The `Error` object of Panopto's `APIError` body, when the response had one. */
  readonly apiError?: APIErrorInternal | null;
  /** The raw response body (for diagnostics). */
  readonly body?: unknown;
  readonly cause?: unknown;
  /** Overrides the subclass's `code`. */
  readonly code?: string;
}

/**
 * Panopto answered with an HTTP error. Carries the status, the request and, when Panopto sent an `APIError`
 * body, its `ErrorCode`, `Message` and `ErrorSource`.
 *
 * @example
 * ```ts
 * catchError((e) => e instanceof PanoptoApiError && e.status === 404 ? of(null) : throwError(() => e))
 * ```
 */
export class PanoptoApiError extends PanoptoError implements PanoptoRequestInfo {
  readonly status: number;
  readonly statusText: string;
  readonly method: string;
  readonly url: string;
  readonly endpoint: string;
  readonly attempts: number;
  /** `Error` of Panopto's `APIError` body, or `null`. */
  readonly apiError: APIErrorInternal | null;
  readonly body: unknown;

  constructor(message: string, init: PanoptoApiErrorInit) {
    super(message, { cause: init.cause, code: init.code ?? 'api-error' });
    this.name = 'PanoptoApiError';
    this.status = init.status;
    this.statusText = init.statusText ?? '';
    this.method = init.method ?? '';
    this.url = init.url ?? '';
    this.endpoint = init.endpoint ?? '';
    this.attempts = init.attempts ?? 1;
    this.apiError = init.apiError ?? null;
    this.body = init.body;
  }

  /** Panopto's `ErrorCode`, if it sent one. */
  get errorCode(): string | undefined {
    return this.apiError?.ErrorCode;
  }

  /** Panopto's `ErrorSource`, if it sent one. */
  get errorSource(): string | undefined {
    return this.apiError?.ErrorSource;
  }

  /** Panopto's own `Message`, if it sent one (the error's `message` is ours and says what to do). */
  get serverMessage(): string | undefined {
    return this.apiError?.Message;
  }
}

/**
 * 401 (not signed in, token expired or rejected) or 403 (signed in, but not allowed). Never retried by the REST
 * core; `panopto-ng/auth`'s interceptor refreshes the token and retries a 401 once.
 */
export class PanoptoAuthError extends PanoptoApiError {
  constructor(message: string, init: PanoptoApiErrorInit) {
    super(message, { ...init, code: init.code ?? (init.status === 403 ? 'forbidden' : 'unauthenticated') });
    this.name = 'PanoptoAuthError';
  }

  /** `true` for 401: signing in (again) can fix it. `false` for 403: the user lacks permission. */
  get isUnauthenticated(): boolean {
    return this.status === 401;
  }
}

/** Panopto kept answering 429 (too many requests) after every retry. */
export class PanoptoRateLimitError extends PanoptoApiError {
  /** What `Retry-After` asked for on the last answer, in ms, if sent. */
  readonly retryAfterMs: number | null;

  constructor(message: string, init: PanoptoApiErrorInit & { retryAfterMs?: number | null }) {
    super(message, { ...init, code: init.code ?? 'rate-limited' });
    this.name = 'PanoptoRateLimitError';
    this.retryAfterMs = init.retryAfterMs ?? null;
  }
}

/**
 * No HTTP answer: offline, DNS, CORS, connection dropped, or the request took longer than `requestTimeoutMs`.
 * `status` is always 0.
 */
export class PanoptoNetworkError extends PanoptoError implements PanoptoRequestInfo {
  readonly status = 0;
  readonly method: string;
  readonly url: string;
  readonly endpoint: string;
  readonly attempts: number;
  /** `true` when panopto-ng gave up waiting (`requestTimeoutMs`), `false` when the browser reported a failure. */
  readonly timedOut: boolean;

  constructor(message: string, init: Partial<PanoptoRequestInfo> & { timedOut?: boolean; cause?: unknown }) {
    super(message, { cause: init.cause, code: init.timedOut ? 'timeout' : 'network' });
    this.name = 'PanoptoNetworkError';
    this.method = init.method ?? '';
    this.url = init.url ?? '';
    this.endpoint = init.endpoint ?? '';
    this.attempts = init.attempts ?? 1;
    this.timedOut = init.timedOut ?? false;
  }
}

/**
 * Base of the errors of `panopto-ng/upload` (session upload, S3 parts, manifest, processing). The upload feature
 * adds its own subclasses; `stage` says where it failed.
 */
export class PanoptoUploadError extends PanoptoError {
  constructor(
    message: string,
    /** Which step failed, e.g. `create`, `part`, `complete`, `manifest`, `processing`. */
    readonly stage: string,
    options?: PanoptoErrorOptions,
  ) {
    super(message, { cause: options?.cause, code: options?.code ?? 'upload-failed' });
    this.name = 'PanoptoUploadError';
  }
}
