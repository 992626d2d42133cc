import {
  HttpClient,
  HttpContext,
  HttpErrorResponse,
  HttpHeaders,
  HttpParams,
  HttpResponse,
} from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable, catchError, concatMap, defer, finalize, map, mergeMap, race, share, tap, throwError } from 'rxjs';
import { PANOPTO_CLOCK, PANOPTO_RANDOM } from '../clock/panopto-clock';
import { PANOPTO_CONFIG } from '../config/panopto-config';
import { FailedRequestInfo, PanoptoRequestTimeout, toPanoptoError } from '../errors/map-http-error';
import {
  PanoptoError,
  PanoptoRateLimitError,
  assertGuid,
  clockTimer,
  parseRetryAfter,
  retryDelay,
  retryReasonFor,
} from 'panopto-ng/core';
import { PanoptoEvents } from '../events/panopto-events';
import { PanoptoPriority } from '../events/panopto-event';
import { PANOPTO_REQUEST, PANOPTO_REQUEST_INFO, PANOPTO_SKIP_RETRY } from './panopto-http-context';
import { PanoptoRateLimiter } from './panopto-rate-limiter';

/** HTTP methods the REST core sends. */
export type PanoptoHttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

/** A query value; `undefined` and `null` leave the parameter out. */
export type PanoptoQueryValue = string | number | boolean | null | undefined;

/** Per-call options accepted by every `PanoptoApi` method. */
export interface PanoptoCallOptions {
  /** `background` calls wait behind `interactive` ones (the default) in the rate limiter. */
  priority?: PanoptoPriority;
  /** `false` switches retries off for this call. */
  retry?: boolean;
}

/** One REST call, described for `PanoptoHttp.request()`. */
export interface PanoptoRequestSpec extends PanoptoCallOptions {
  method: PanoptoHttpMethod;
  /** Path template under the base URL; `{name}` placeholders come from `pathParams`: `/folders/{id}/children`. */
  path: string;
  /** Values of the placeholders. Each must be a GUID; anything else fails before a URL is built. */
  pathParams?: Readonly<Record<string, string>>;
  query?: Readonly<Record<string, PanoptoQueryValue>>;
  body?: unknown;
  /** Other ids (in the body or query) that must be GUIDs when present, by name for the error message. */
  guids?: Readonly<Record<string, string | undefined>>;
  headers?: Readonly<Record<string, string>>;
  /** What the call is about, for error messages: `folder 6f1c…`. Default: the endpoint. */
  resource?: string;
  /** Base URL; default `config.apiBaseUrl`. Use `config.publicApiRestUrl` for the upload API. */
  baseUrl?: string;
  /** Extra `HttpContext` values; the REST core adds `PANOPTO_REQUEST` and `PANOPTO_REQUEST_INFO`. */
  context?: HttpContext;
  /** `text` or `blob` for the operations that answer a file (reports, SCORM packages). Default `json`. */
  responseType?: 'json' | 'text' | 'blob';
}

interface BuiltRequest {
  readonly method: PanoptoHttpMethod;
  readonly url: string;
  readonly urlWithParams: string;
  readonly params: HttpParams;
  readonly headers: HttpHeaders;
  readonly endpoint: string;
  readonly resource: string;
  readonly body: unknown;
  readonly priority: PanoptoPriority;
  readonly retry: boolean;
  readonly context: HttpContext | undefined;
  readonly responseType: 'json' | 'text' | 'blob';
  /** Identity of a GET for in-flight sharing: URL, parameters and headers. */
  readonly shareKey: string;
}

/**
 * The engine under `PanoptoApi`: builds safe URLs, applies the client-side rate limit, the retry policy and the
 * timeout, shares identical GETs in flight, maps failures to `PanoptoError`s and publishes `PanoptoEvents`.
 * Feature entry points use it for Panopto calls that `PanoptoApi` does not cover.
 *
 * @example
 * ```ts
 * inject(PanoptoHttp).request<SessionUpload>({
 *   method: 'POST', path: '/sessionUpload', baseUrl: config.publicApiRestUrl, body: { FolderId: folderId },
 * });
 * ```
 */
@Injectable({ providedIn: 'root' })
export class PanoptoHttp {
  private readonly config = inject(PANOPTO_CONFIG);
  private readonly http = inject(HttpClient);
  private readonly clock = inject(PANOPTO_CLOCK);
  private readonly random = inject(PANOPTO_RANDOM);
  private readonly events = inject(PanoptoEvents);
  private readonly limiter = inject(PanoptoRateLimiter);
  private readonly inFlight = new Map<string, Observable<unknown>>();
  private nextRequestId = 1;

  /**
   * A cold Observable of the response body: nothing is sent until subscription, and unsubscribing cancels the
   * request (and any pending retry or rate-limit wait). Pass a factory to build the spec at subscription time.
   */
  request<T>(spec: PanoptoRequestSpec | (() => PanoptoRequestSpec)): Observable<T> {
    return defer(() => {
      // A factory lets callers validate arguments lazily: bad input then fails the subscription, not the call.
      const built = this.build(typeof spec === 'function' ? spec() : spec);
      if (built.method !== 'GET') return this.execute<T>(built);
      return this.shared<T>(built.shareKey, () => this.execute<T>(built));
    });
  }

  /** Identical GETs in flight get one request; it is cancelled when the last subscriber leaves. */
  private shared<T>(key: string, start: () => Observable<T>): Observable<T> {
    const existing = this.inFlight.get(key) as Observable<T> | undefined;
    if (existing) return existing;
    const entry: Observable<T> = start().pipe(
      finalize(() => {
        if (this.inFlight.get(key) === entry) this.inFlight.delete(key);
      }),
      share(),
    );
    this.inFlight.set(key, entry);
    return entry;
  }

  private build(spec: PanoptoRequestSpec): BuiltRequest {
    for (const [name, value] of Object.entries(spec.guids ?? {})) {
      if (value !== undefined) assertGuid(value, name);
    }
    const path = spec.path.replace(/\{(\w+)\}/g, (_, name: string) => {
      const value = spec.pathParams?.[name];
      return encodeURIComponent(assertGuid(value, name));
    });
    let params = new HttpParams();
    for (const [key, value] of Object.entries(spec.query ?? {})) {
      if (value !== undefined && value !== null) params = params.set(key, String(value));
    }
    const headers = new HttpHeaders(spec.headers ? { ...spec.headers } : {});
    const url = `${spec.baseUrl ?? this.config.apiBaseUrl}${path}`;
    const query = params.toString();
    const urlWithParams = query ? `${url}?${query}` : url;
    const endpoint = `${spec.method} ${spec.path}`;
    const headerKey = headers
      .keys()
      .sort()
      .map((k) => `${k.toLowerCase()}:${headers.getAll(k)?.join(',')}`)
      .join('\n');
    return {
      method: spec.method,
      url,
      urlWithParams,
      params,
      headers,
      endpoint,
      resource: spec.resource ?? endpoint,
      body: spec.body,
      priority: spec.priority ?? 'interactive',
      retry: spec.retry !== false && !spec.context?.get(PANOPTO_SKIP_RETRY),
      context: spec.context,
      responseType: spec.responseType ?? 'json',
      shareKey: `${urlWithParams}\n${headerKey}\n${spec.responseType ?? 'json'}`,
    };
  }

  private execute<T>(req: BuiltRequest): Observable<T> {
    const attempt = (n: number): Observable<HttpResponse<T>> =>
      this.limiter.acquire(req.endpoint, req.priority).pipe(
        concatMap(() => this.send<T>(req, n)),
        catchError((error: PanoptoError) => {
          const reason = req.retry && n <= this.config.retry.maxRetries ? retryReasonFor(error, req.method) : null;
          if (!reason) return throwError(() => error);
          const retryAfterMs = error instanceof PanoptoRateLimitError ? error.retryAfterMs : null;
          const { delayMs, fromRetryAfter } = retryDelay(n, retryAfterMs, this.config.retry, this.random);
          if (reason === 'rate-limited') this.limiter.pause(req.endpoint, this.clock.now() + delayMs);
          this.events.publish({
            type: 'retry',
            method: req.method,
            url: req.urlWithParams,
            endpoint: req.endpoint,
            attempt: n + 1,
            delayMs,
            reason,
            status: 'status' in error ? (error as { status: number }).status : 0,
            fromRetryAfter,
          });
          return clockTimer(this.clock, delayMs).pipe(concatMap(() => attempt(n + 1)));
        }),
      );
    return attempt(1).pipe(
      map((response) => response.body as T),
      catchError((error: PanoptoError) => {
        this.events.publish({
          type: 'error',
          error,
          method: req.method,
          url: req.urlWithParams,
          endpoint: req.endpoint,
        });
        return throwError(() => error);
      }),
    );
  }

  /** One attempt: request + timeout, mapped errors, start/end events. */
  private send<T>(req: BuiltRequest, attempt: number): Observable<HttpResponse<T>> {
    return defer(() => {
      const requestId = this.nextRequestId++;
      const startedAt = this.clock.now();
      const fields = { requestId, method: req.method, url: req.urlWithParams, endpoint: req.endpoint, attempt };
      let ended = false;
      const end = (status: number, outcome: 'success' | 'error' | 'cancelled') => {
        ended = true;
        this.events.publish({
          type: 'request-end',
          ...fields,
          status,
          outcome,
          durationMs: this.clock.now() - startedAt,
        });
      };
      this.events.publish({ type: 'request-start', ...fields, priority: req.priority });
      const context = (req.context ?? new HttpContext())
        .set(PANOPTO_REQUEST, true)
        .set(PANOPTO_REQUEST_INFO, { endpoint: req.endpoint, attempt, priority: req.priority });
      const http$ = this.http.request<T>(req.method, req.url, {
        body: req.body,
        params: req.params,
        headers: req.headers,
        context,
        observe: 'response',
        // One engine for every answer type; Angular's overloads want a literal, the value is one of the three.
        responseType: req.responseType as 'json',
      });
      const timeout$ = clockTimer(this.clock, this.config.requestTimeoutMs).pipe(
        mergeMap(() => throwError(() => new PanoptoRequestTimeout())),
      );
      return race(http$, timeout$).pipe(
        tap((response) => end(response.status, 'success')),
        catchError((error: unknown) => {
          const info: FailedRequestInfo = {
            method: req.method,
            url: req.urlWithParams,
            endpoint: req.endpoint,
            resource: req.resource,
            attempts: attempt,
            timeoutMs: this.config.requestTimeoutMs,
          };
          const retryAfter =
            error instanceof HttpErrorResponse
              ? parseRetryAfter(error.headers?.get('Retry-After'), this.clock.now())
              : null;
          end(error instanceof HttpErrorResponse ? error.status : 0, 'error');
          return throwError(() => toPanoptoError(error, info, retryAfter));
        }),
        finalize(() => {
          if (!ended) end(0, 'cancelled');
        }),
      );
    });
  }
}
