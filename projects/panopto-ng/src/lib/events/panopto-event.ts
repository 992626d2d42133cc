import type { PanoptoError } from 'panopto-ng/core';

/** How urgent a REST call is. `interactive` calls go before `background` ones when the rate limiter queues. */
export type PanoptoPriority = 'interactive' | 'background';

/** Fields shared by the REST core's request events. */
export interface PanoptoRequestEventFields {
  /** Unique per attempt, so a `request-start` can be matched with its `request-end`. */
  readonly requestId: number;
  readonly method: string;
  /** Full URL with query string. */
  readonly url: string;
  /** Method + path template, e.g. `GET /folders/{id}/children`. */
  readonly endpoint: string;
  /** 1 for the first try, 2 for the first retry, … */
  readonly attempt: number;
}

/**
 * The payload of each kind of event, by `type`. Feature entry points and apps can add kinds through declaration
 * merging (`declare module 'panopto-ng' { interface PanoptoEventMap { 'my-kind': {...} } }`), or publish a
 * `custom` event without any typing work.
 */
export interface PanoptoEventMap {
  /** A REST attempt was sent. */
  'request-start': PanoptoRequestEventFields & { readonly priority: PanoptoPriority };
  /** A REST attempt ended: answered (`status` > 0), failed without answer (`status` 0) or was cancelled. */
  'request-end': PanoptoRequestEventFields & {
    readonly status: number;
    readonly durationMs: number;
    readonly outcome: 'success' | 'error' | 'cancelled';
  };
  /** A failed attempt will be retried after `delayMs`. */
  retry: Omit<PanoptoRequestEventFields, 'requestId'> & {
    readonly delayMs: number;
    readonly reason: 'rate-limited' | 'server-error' | 'network-error' | 'timeout';
    readonly status: number;
    /** `true` when the delay came from the server's `Retry-After` header. */
    readonly fromRetryAfter: boolean;
  };
  /** The client-side limiter held a request back for `waitMs` to stay under `rateLimit`. */
  'rate-limit-wait': {
    readonly endpoint: string;
    readonly waitMs: number;
    readonly priority: PanoptoPriority;
    /** Requests still queued for this endpoint after this one was let through. */
    readonly queued: number;
  };
  /** A call failed for good (after any retries). */
  error: {
    readonly error: PanoptoError;
    readonly method?: string;
    readonly url?: string;
    readonly endpoint?: string;
  };
  /** `panopto-ng/auth`: a token refresh started, succeeded or failed. */
  'auth-refresh': {
    readonly outcome: 'started' | 'succeeded' | 'failed';
    readonly durationMs?: number;
    readonly detail?: string;
  };
  /** `panopto-ng/auth`: the session ended (sign-out, `invalid_grant`, revoked token). */
  'auth-signed-out': { readonly reason: string };
  /** `panopto-ng/upload`: one S3 part was sent. */
  'upload-part': {
    readonly uploadId: string;
    readonly fileName: string;
    readonly partNumber: number;
    readonly bytes: number;
    readonly durationMs?: number;
    readonly attempt?: number;
  };
  /** `panopto-ng/upload`: an upload changed state (`Uploading`, `Processing`, `Complete`, …). */
  'upload-state': { readonly uploadId: string; readonly state: string; readonly detail?: string };
  /** Anything else: `source` says who published it (`my-app`), `name` what happened. */
  custom: { readonly source: string; readonly name: string; readonly data?: Readonly<Record<string, unknown>> };
}

/** Every kind of event. */
export type PanoptoEventType = keyof PanoptoEventMap;

/**
 * One event of kind `K`: its `type`, the clock time it happened (`time`, ms since epoch) and its payload. For a
 * union of kinds it is the union of their events (distributive), so `e.type` still narrows.
 */
export type PanoptoEventOf<K extends PanoptoEventType> = K extends PanoptoEventType
  ? { readonly type: K; readonly time: number } & PanoptoEventMap[K]
  : never;

/**
 * The discriminated union of all events on `PanoptoEvents.events$`; narrow it with `switch (event.type)`.
 */
export type PanoptoEvent = { [K in PanoptoEventType]: PanoptoEventOf<K> }[PanoptoEventType];

/** What `publish()` accepts: an event whose `time` may be left out (the injected clock fills it in). */
export type PanoptoEventInput = {
  [K in PanoptoEventType]: { readonly type: K; readonly time?: number } & PanoptoEventMap[K];
}[PanoptoEventType];
