import { EQUAL_JITTER, retryDelay as coreRetryDelay } from 'panopto-ng/core';
import { DEFAULT_UPLOAD_RETRY_CONFIG } from 'panopto-ng/upload/options';
import {
  DEFAULT_UPLOAD_RETRY,
  isRetryableStatus,
  isRetryableUploadStatus,
  parseRetryAfter,
  retryDelay,
  UPLOAD_JITTER,
} from './retry-policy';

describe('upload retry policy', () => {
  const options = { initialDelayMs: 500, maxDelayMs: 30_000 };

  it('retries network errors (0), 408, 429 and 5xx for every method, nothing else', () => {
    for (const status of [0, 408, 429, 500, 502, 503, 504, 599]) expect(isRetryableUploadStatus(status)).toBeTrue();
    for (const status of [200, 400, 401, 403, 404, 409, 412, 413]) expect(isRetryableUploadStatus(status)).toBeFalse();
  });

  it('uses equal jitter (half fixed, half random) on the one backoff formula', () => {
    expect(UPLOAD_JITTER).toBe(EQUAL_JITTER);
  });

  describe('deprecated names of 0.1', () => {
    it('retryDelay() gives the delays of 0.1: 0.75 × 500·2^(n-1) at random 0.5, capped; Retry-After wins, capped', () => {
      expect([1, 2, 3, 4].map((n) => retryDelay(n, options, null, () => 0.5))).toEqual([375, 750, 1500, 3000]);
      expect([1, 2].map((n) => retryDelay(n, options, null, () => 0))).toEqual([250, 500]);
      expect(retryDelay(12, options, null, () => 0.999999)).toBe(30_000);
      expect(retryDelay(1, options, 7000, () => 0.5)).toBe(7000);
      expect(retryDelay(1, options, 60_000, () => 0.5)).toBe(30_000);
    });

    it('retryDelay() is the core retryDelay with EQUAL_JITTER (upload 0.1 argument order, a number back)', () => {
      for (const n of [1, 2, 5, 9]) {
        for (const r of [0, 0.3, 0.9]) {
          const core = coreRetryDelay(n, null, { ...options, jitter: EQUAL_JITTER }, () => r).delayMs;
          expect(retryDelay(n, options, null, () => r)).toBe(core);
        }
      }
    });

    it('isRetryableStatus() is the upload rule', () => {
      for (const status of [0, 200, 401, 408, 413, 429, 500, 503]) {
        expect(isRetryableStatus(status)).toBe(isRetryableUploadStatus(status));
      }
    });

    it('DEFAULT_UPLOAD_RETRY is the defaults in the maxAttempts vocabulary', () => {
      expect(DEFAULT_UPLOAD_RETRY).toEqual({ maxAttempts: 6, initialDelayMs: 500, maxDelayMs: 30_000 });
      expect(DEFAULT_UPLOAD_RETRY.maxAttempts).toBe(DEFAULT_UPLOAD_RETRY_CONFIG.maxRetries + 1);
    });
  });

  it('reads Retry-After like the REST core', () => {
    expect(parseRetryAfter('7', 0)).toBe(7000);
    expect(parseRetryAfter(null, 0)).toBeNull();
  });
});
