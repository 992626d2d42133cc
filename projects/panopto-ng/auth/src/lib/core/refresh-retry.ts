import {
  NO_JITTER,
  PanoptoClock,
  PanoptoJitter,
  PanoptoRandom,
  PanoptoRetryConfig,
  clockSleep,
  retryDelay,
} from 'panopto-ng/core';
import { PanoptoSignInError, asSignInError } from './auth-errors';
import { tokenRetryReason } from './auth-http';
import { TokenResult } from './token-grant';

/** Retries of a token refresh when `providePanopto({ retry })` sets none: 3 retries, 1 s doubling to 30 s. */
export const DEFAULT_REFRESH_RETRY: PanoptoRetryConfig = { maxRetries: 3, initialDelayMs: 1000, maxDelayMs: 30_000 };

export interface RefreshRetryOptions {
  /** The one retry vocabulary (`providePanopto({ retry })`). */
  readonly retry: PanoptoRetryConfig;
  /**
   * Default `NO_JITTER`: tabs never refresh in lockstep (the refresh lock lets one tab at a time call the token
   * endpoint), so the exact exponential step is kept.
   */
  readonly jitter?: PanoptoJitter;
  readonly clock: PanoptoClock;
  readonly random: PanoptoRandom;
  /** After every failed attempt (1 = the first call), with whether another attempt follows. */
  readonly onFailure?: (error: PanoptoSignInError, attempt: number, willRetry: boolean) => void;
  /** No more retries once this returns true (the service was destroyed). */
  readonly cancelled?: () => boolean;
}

/**
 * Calls `attempt` until it succeeds, retrying what the one retry policy retries for a token call (no answer,
 * 408, 429, 5xx) with the shared backoff (`Retry-After` wins). A token the server refused (`invalid_grant`,
 * any other 4xx) is never retried: repeating it would loop.
 *
 * @throws PanoptoSignInError the last failure
 */
export async function refreshWithRetries<T = TokenResult>(
  attempt: () => Promise<T>,
  options: RefreshRetryOptions,
): Promise<T> {
  for (let n = 1; ; n++) {
    try {
      return await attempt();
    } catch (e) {
      const error = asSignInError(e);
      const willRetry =
        tokenRetryReason(error) !== null && n <= options.retry.maxRetries && !(options.cancelled?.() ?? false);
      options.onFailure?.(error, n, willRetry);
      if (!willRetry) throw error;
      const { delayMs } = retryDelay(
        n,
        error.retryAfterMs,
        { ...options.retry, jitter: options.jitter ?? NO_JITTER },
        options.random,
      );
      await clockSleep(options.clock, delayMs);
    }
  }
}
