import {
  EQUAL_JITTER,
  PanoptoJitter,
  PanoptoRetryConfig,
  PanoptoRetryRule,
  retryDelay as coreRetryDelay,
  retryReasonForStatus,
} from 'panopto-ng/core';
import { DEFAULT_UPLOAD_RETRY_CONFIG } from 'panopto-ng/upload/options';

/*
 * How the upload retries, as parameters of panopto-ng's one retry policy (`panopto-ng/core`): network errors
 * (status 0), 408, 429 and 5xx are retried for every method (a part is a PUT, S3's initiate and complete are
 * POSTs, and sending any of them again is harmless), with "equal jitter" (half fixed, half random) so parallel
 * parts that failed together do not retry in lockstep; a `Retry-After` header wins when present.
 */

/** Which failures the upload sends again: every method, and 408 too. */
export const UPLOAD_RETRY_RULE: PanoptoRetryRule = { methods: 'all', retryTimeouts408: true };

/** The upload's backoff jitter. */
export const UPLOAD_JITTER: PanoptoJitter = EQUAL_JITTER;

/** True for the statuses the upload sends again unchanged (0 = no response, 408, 429, 5xx). */
export function isRetryableUploadStatus(status: number): boolean {
  return retryReasonForStatus(status, 'POST', UPLOAD_RETRY_RULE) !== null;
}

// `Retry-After` is read exactly as the REST core reads it (delta-seconds or an HTTP date, in ms from now).
export { parseRetryAfter } from 'panopto-ng/core';

/**
 * The upload's retry options of 0.1.
 *
 * @deprecated Use `PanoptoRetryConfig` (`maxRetries` = `maxAttempts - 1`) from `panopto-ng/core` instead. Removed in 0.3.
 */
export interface UploadRetryOptions {
  /** Attempts per request including the first. Default 6. */
  maxAttempts: number;
  /** Base delay before the first retry. Default 500 ms. */
  initialDelayMs: number;
  /** Cap of one delay, `Retry-After` included. Default 30 s. */
  maxDelayMs: number;
}

/**
 * The upload's retry defaults in the 0.1 vocabulary.
 *
 * @deprecated Use `DEFAULT_UPLOAD_RETRY_CONFIG` (`panopto-ng/upload/options`) instead. Removed in 0.3.
 */
export const DEFAULT_UPLOAD_RETRY: UploadRetryOptions = {
  maxAttempts: DEFAULT_UPLOAD_RETRY_CONFIG.maxRetries + 1,
  initialDelayMs: DEFAULT_UPLOAD_RETRY_CONFIG.initialDelayMs,
  maxDelayMs: DEFAULT_UPLOAD_RETRY_CONFIG.maxDelayMs,
};

/**
 * True for the statuses worth sending again unchanged.
 *
 * @deprecated Use `retryReasonForStatus(status, method, { methods: 'all', retryTimeouts408: true })` from
 * `panopto-ng/core` instead. Removed in 0.3.
 */
export function isRetryableStatus(status: number): boolean {
  return isRetryableUploadStatus(status);
}

/**
 * The wait before retry number `retry` (1 = first retry). `random` returns [0, 1), injectable for tests.
 * Not the same function as `retryDelay` of `panopto-ng`/`panopto-ng/core`, which takes `retryAfterMs` second and
 * returns `{ delayMs, fromRetryAfter }`; this one keeps upload 0.1's argument order and returns the delay.
 *
 * @deprecated Use `retryDelay(retry, retryAfterMs, { ...options, jitter: EQUAL_JITTER }, random).delayMs` from
 * `panopto-ng/core` instead. Removed in 0.3.
 */
export function retryDelay(
  retry: number,
  options: Pick<PanoptoRetryConfig, 'initialDelayMs' | 'maxDelayMs'>,
  retryAfterMs: number | null = null,
  random: () => number = Math.random,
): number {
  const backoff = { initialDelayMs: options.initialDelayMs, maxDelayMs: options.maxDelayMs, jitter: UPLOAD_JITTER };
  return coreRetryDelay(retry, retryAfterMs, backoff, random).delayMs;
}
