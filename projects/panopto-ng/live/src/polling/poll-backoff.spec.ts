import { HttpErrorResponse, HttpHeaders } from '@angular/common/http';
import { NO_JITTER, backoffDelay } from 'panopto-ng/core';
import { backoffDelayMs, retryAfterMsOf } from './visibility-poll';

describe('poll backoff', () => {
  const timing = { intervalMs: 10_000, maxBackoffMs: 60_000 };

  it('backoffDelayMs (deprecated) still works and is the core backoffDelay without jitter', () => {
    const core = (failures: number) =>
      backoffDelay(failures + 1, { initialDelayMs: 10_000, maxDelayMs: 60_000, jitter: NO_JITTER }, () => 0.9);
    for (const failures of [0, 1, 2, 3, 8]) {
      expect(backoffDelayMs(failures, timing, new Error('boom'))).toBe(core(failures));
    }
    expect([1, 2, 3].map((n) => backoffDelayMs(n, timing, null))).toEqual([20_000, 40_000, 60_000]);
  });

  it('waits at least Retry-After, never less than the backoff, and never more than the cap', () => {
    const after = (seconds: string) =>
      new HttpErrorResponse({ status: 429, headers: new HttpHeaders({ 'Retry-After': seconds }) });
    expect(backoffDelayMs(1, timing, after('50'))).toBe(50_000);
    expect(backoffDelayMs(1, timing, after('1'))).toBe(20_000);
    expect(backoffDelayMs(1, timing, after('600'))).toBe(60_000);
  });

  it('reads Retry-After in seconds, and as an HTTP date when it knows the time', () => {
    const now = Date.UTC(2026, 10, 28, 15, 0, 0);
    const headers = (value: string) => ({ headers: new HttpHeaders({ 'Retry-After': value }) });
    expect(retryAfterMsOf(headers('2.5'))).toBe(2500);
    expect(retryAfterMsOf(headers('Sat, 28 Nov 2026 15:00:30 GMT'), now)).toBe(30_000);
    expect(retryAfterMsOf(headers('Sat, 28 Nov 2026 15:00:30 GMT'))).toBeUndefined();
    expect(retryAfterMsOf(headers('soon'))).toBeUndefined();
    expect(retryAfterMsOf('not an error')).toBeUndefined();
  });
});
