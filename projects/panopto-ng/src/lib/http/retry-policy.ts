import { PanoptoRetryConfig } from '../config/panopto-config';
import { PanoptoApiError, PanoptoError, PanoptoNetworkError, PanoptoRateLimitError } from '../errors/panopto-error';

/** Why an attempt is retried. */
export type PanoptoRetryReason = 'rate-limited' | 'server-error' | 'network-error' | 'timeout';

/** Methods whose repetition cannot apply a change twice; only these are retried after 5xx or network errors. */
const IDEMPOTENT = new Set(['GET', 'PUT', 'DELETE', 'HEAD', 'OPTIONS']);

/**
 * Whether a failed attempt may be retried, and why. 429 is retried for every method (Panopto did not process the
 * request); 5xx, network errors and timeouts only for idempotent methods; 401/403 never (the auth interceptor
 * owns token refresh), nor any other 4xx.
 */
export function retryReasonFor(error: PanoptoError, method: string): PanoptoRetryReason | null {
  if (error instanceof PanoptoRateLimitError) return 'rate-limited';
  const idempotent = IDEMPOTENT.has(method.toUpperCase());
  if (error instanceof PanoptoNetworkError) return idempotent ? (error.timedOut ? 'timeout' : 'network-error') : null;
  if (error instanceof PanoptoApiError && error.status >= 500 && error.status <= 599) {
    return idempotent ? 'server-error' : null;
  }
  return null;
}

/**
 * Exponential backoff: `initialDelayMs · 2^(retry-1)` plus up to 25 % jitter, capped at `maxDelayMs`. With
 * `random() = 0` the delays are exactly 1 s, 2 s, 4 s, … for the defaults.
 */
export function backoffDelay(retry: number, config: PanoptoRetryConfig, random: () => number): number {
  const base = config.initialDelayMs * Math.pow(2, Math.max(0, retry - 1));
  const jitter = base * 0.25 * Math.min(1, Math.max(0, random()));
  return Math.round(Math.min(config.maxDelayMs, base + jitter));
}

/** The delay before retry number `retry`: the server's `Retry-After` when given, else backoff; capped. */
export function retryDelay(
  retry: number,
  retryAfterMs: number | null,
  config: PanoptoRetryConfig,
  random: () => number,
): { delayMs: number; fromRetryAfter: boolean } {
  if (retryAfterMs !== null) return { delayMs: Math.min(config.maxDelayMs, retryAfterMs), fromRetryAfter: true };
  return { delayMs: backoffDelay(retry, config, random), fromRetryAfter: false };
}
