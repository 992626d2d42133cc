import { PanoptoApiError, PanoptoError, PanoptoNetworkError, PanoptoRateLimitError } from '../errors/panopto-error';

/*
 * The one retry policy of panopto-ng: which failures are worth sending again, and how long to wait first.
 * The REST core, upload, analytics delivery, auth refresh, live polling and provisioning all call these
 * functions; what really differs between them (upload also retries POSTs of parts and 408s; a sign-in is never
 * retried on `invalid_grant`) is passed in as parameters, never re-implemented.
 */

/**
 * The one option vocabulary for retries, used by `providePanopto({ retry })` and every feature's `retry` option.
 *
 * @example
 * ```ts
 * providePanopto({ serverUrl, retry: { maxRetries: 5, initialDelayMs: 500, maxDelayMs: 10_000 } })
 * ```
 */
export interface PanoptoRetryConfig {
  /** Retries after the first attempt. 0 switches retries off. */
  maxRetries: number;
  /** First backoff delay in ms, doubled each retry (with jitter). */
  initialDelayMs: number;
  /** Upper bound of one delay in ms, `Retry-After` included. */
  maxDelayMs: number;
}

/**
 * How the random part of a delay is spread: the delay before a retry lies between `low` and `high` times the
 * exponential step `initialDelayMs · 2^(retry-1)` (itself capped at `maxDelayMs`).
 */
export type PanoptoJitter = readonly [low: number, high: number];

/** Up to 25 % added to each step (the REST core): with `random() = 0`, exactly 1 s, 2 s, 4 s, … */
export const ADDITIVE_JITTER: PanoptoJitter = [1, 1.25];
/** Half fixed, half random (upload): parts that failed together do not retry in lockstep. */
export const EQUAL_JITTER: PanoptoJitter = [0.5, 1];
/** Anywhere from 0 to the full step. */
export const FULL_JITTER: PanoptoJitter = [0, 1];
/** Exactly the exponential step. */
export const NO_JITTER: PanoptoJitter = [1, 1];

/** What `backoffDelay()` needs: the delays of a `PanoptoRetryConfig` and, optionally, the jitter. */
export interface PanoptoBackoffOptions {
  readonly initialDelayMs: number;
  readonly maxDelayMs: number;
  /** Default `ADDITIVE_JITTER`. */
  readonly jitter?: PanoptoJitter;
}

/**
 * The wait before retry number `retry` (1 = the first retry): the exponential step, capped at `maxDelayMs`,
 * times a random factor within `jitter`, capped again. The one backoff formula of panopto-ng.
 *
 * @example
 * ```ts
 * backoffDelay(3, { initialDelayMs: 1000, maxDelayMs: 30_000 }, () => 0); // 4000
 * backoffDelay(3, { initialDelayMs: 500, maxDelayMs: 30_000, jitter: EQUAL_JITTER }, Math.random); // 1000–2000
 * ```
 */
export function backoffDelay(retry: number, options: PanoptoBackoffOptions, random: () => number): number {
  const step = Math.min(options.maxDelayMs, options.initialDelayMs * Math.pow(2, Math.max(0, retry - 1)));
  const [low, high] = options.jitter ?? ADDITIVE_JITTER;
  const factor = low + (high - low) * Math.min(1, Math.max(0, random()));
  return Math.round(Math.min(options.maxDelayMs, step * factor));
}

/**
 * The delay before retry number `retry`: the server's `Retry-After` when given (capped at `maxDelayMs`), else
 * `backoffDelay()`.
 *
 * @example
 * ```ts
 * const { delayMs, fromRetryAfter } = retryDelay(1, parseRetryAfter(header, clock.now()), config.retry, random);
 * ```
 */
export function retryDelay(
  retry: number,
  retryAfterMs: number | null,
  options: PanoptoBackoffOptions,
  random: () => number,
): { delayMs: number; fromRetryAfter: boolean } {
  if (retryAfterMs !== null) return { delayMs: Math.min(options.maxDelayMs, retryAfterMs), fromRetryAfter: true };
  return { delayMs: backoffDelay(retry, options, random), fromRetryAfter: false };
}

/**
 * Parses a `Retry-After` header (a delay in seconds, or an HTTP date) into milliseconds from `nowMs`. Returns
 * `null` when absent or unreadable.
 *
 * @example
 * ```ts
 * parseRetryAfter('2', Date.now()); // 2000
 * ```
 */
export function parseRetryAfter(header: string | null | undefined, nowMs: number): number | null {
  if (header === null || header === undefined) return null;
  const value = header.trim();
  if (value === '') return null;
  if (/^\d+(\.\d+)?$/.test(value)) return Math.round(Number(value) * 1000);
  const date = Date.parse(value);
  if (Number.isNaN(date)) return null;
  return Math.max(0, date - nowMs);
}

/** Why an attempt is retried. */
export type PanoptoRetryReason = 'rate-limited' | 'server-error' | 'network-error' | 'timeout';

/** Which failures a caller retries, where it differs from the REST core's rule. */
export interface PanoptoRetryRule {
  /**
   * `idempotent` (default): 5xx, network errors and timeouts are retried only for GET, PUT, DELETE, HEAD and
   * OPTIONS, since repeating a POST may apply it twice. `all`: for every method (upload parts and S3 multipart
   * calls, whose repetition is harmless).
   */
  readonly methods?: 'idempotent' | 'all';
  /** Also retry 408 Request Timeout (as a `timeout`). Default false. */
  readonly retryTimeouts408?: boolean;
}

/** Methods whose repetition cannot apply a change twice. */
const IDEMPOTENT = new Set(['GET', 'PUT', 'DELETE', 'HEAD', 'OPTIONS']);

/**
 * Whether a response status (0 for no response) is worth sending again, and why. 429 is retried for every
 * method (Panopto did not process the request); 5xx, network errors and timeouts only for methods the rule
 * allows; 401/403 never (the auth interceptor owns token refresh), nor any other 4xx.
 *
 * @example
 * ```ts
 * retryReasonForStatus(503, 'GET'); // 'server-error'
 * retryReasonForStatus(503, 'POST'); // null
 * retryReasonForStatus(408, 'PUT', { methods: 'all', retryTimeouts408: true }); // 'timeout'
 * ```
 */
export function retryReasonForStatus(
  status: number,
  method: string,
  rule: PanoptoRetryRule = {},
  timedOut = false,
): PanoptoRetryReason | null {
  if (status === 429) return 'rate-limited';
  const allowed = rule.methods === 'all' || IDEMPOTENT.has(method.toUpperCase());
  if (!allowed) return null;
  if (status === 0) return timedOut ? 'timeout' : 'network-error';
  if (status === 408 && rule.retryTimeouts408) return 'timeout';
  if (status >= 500 && status <= 599) return 'server-error';
  return null;
}

/**
 * `retryReasonForStatus()` for an error the REST core produced.
 *
 * @example
 * ```ts
 * if (retryReasonFor(error, 'GET') && retry <= config.retry.maxRetries) { … }
 * ```
 */
export function retryReasonFor(error: PanoptoError, method: string, rule?: PanoptoRetryRule): PanoptoRetryReason | null {
  if (error instanceof PanoptoRateLimitError) return 'rate-limited';
  if (error instanceof PanoptoNetworkError) return retryReasonForStatus(0, method, rule, error.timedOut);
  if (error instanceof PanoptoApiError) return retryReasonForStatus(error.status, method, rule);
  return null;
}
