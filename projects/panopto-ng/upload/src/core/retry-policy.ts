/**
 * When and how long to wait before a failed request is sent again. Retried: network errors (status 0), 408,
 * 429 and 5xx. Waits grow exponentially from `initialDelayMs` with "equal jitter" (half fixed, half random) so
 * parallel parts that failed together do not retry in lockstep; a `Retry-After` header wins when present.
 */
export interface UploadRetryOptions {
  /** Attempts per request including the first. Default 6. */
  maxAttempts: number;
  /** Base delay before the first retry. Default 500 ms. */
  initialDelayMs: number;
  /** Cap of one delay, `Retry-After` included. Default 30 s. */
  maxDelayMs: number;
}

export const DEFAULT_UPLOAD_RETRY: UploadRetryOptions = { maxAttempts: 6, initialDelayMs: 500, maxDelayMs: 30_000 };

/** True for the statuses worth sending again unchanged. */
export function isRetryableStatus(status: number): boolean {
  return status === 0 || status === 408 || status === 429 || status >= 500;
}

// `Retry-After` is read exactly as the REST core reads it (delta-seconds or an HTTP date, in ms from now).
export { parseRetryAfter } from 'panopto-ng';

/**
 * The wait before retry number `retry` (1 = first retry). `random` returns [0, 1), injectable for tests.
 */
export function retryDelay(
  retry: number,
  options: UploadRetryOptions,
  retryAfterMs: number | null = null,
  random: () => number = Math.random,
): number {
  if (retryAfterMs !== null) return Math.min(options.maxDelayMs, retryAfterMs);
  const exponential = Math.min(options.maxDelayMs, options.initialDelayMs * 2 ** (retry - 1));
  return Math.round(exponential / 2 + random() * (exponential / 2));
}
