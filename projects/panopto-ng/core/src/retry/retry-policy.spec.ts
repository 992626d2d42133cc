import { PanoptoApiError, PanoptoAuthError, PanoptoNetworkError, PanoptoRateLimitError } from '../errors/panopto-error';
import {
  ADDITIVE_JITTER,
  EQUAL_JITTER,
  FULL_JITTER,
  NO_JITTER,
  backoffDelay,
  parseRetryAfter,
  retryDelay,
  retryReasonFor,
  retryReasonForStatus,
} from './retry-policy';

const REST = { initialDelayMs: 1000, maxDelayMs: 30000 };

describe('backoffDelay (the one backoff formula)', () => {
  it('doubles from initialDelayMs; ADDITIVE_JITTER (default) adds up to 25 %', () => {
    expect([1, 2, 3, 4].map((n) => backoffDelay(n, REST, () => 0))).toEqual([1000, 2000, 4000, 8000]);
    expect(backoffDelay(1, REST, () => 1)).toBe(1250);
    expect(backoffDelay(2, { ...REST, jitter: ADDITIVE_JITTER }, () => 0.5)).toBe(2250);
  });

  it('caps the step and the jittered delay at maxDelayMs', () => {
    expect(backoffDelay(10, REST, () => 1)).toBe(30000);
    expect(backoffDelay(5, REST, () => 1)).toBe(20000); // 16 s · 1.25
    expect(backoffDelay(6, REST, () => 0)).toBe(30000);
  });

  it('EQUAL_JITTER keeps half of the step fixed (upload), FULL_JITTER spreads over all of it, NO_JITTER none', () => {
    const upload = { initialDelayMs: 500, maxDelayMs: 30000, jitter: EQUAL_JITTER };
    expect(backoffDelay(3, upload, () => 0)).toBe(1000);
    expect(backoffDelay(3, upload, () => 1)).toBe(2000);
    expect(backoffDelay(20, upload, () => 0)).toBe(15000);
    expect(backoffDelay(2, { ...REST, jitter: FULL_JITTER }, () => 0)).toBe(0);
    expect(backoffDelay(2, { ...REST, jitter: NO_JITTER }, () => 0.7)).toBe(2000);
  });

  it('treats a random source outside [0, 1] as its nearest end', () => {
    expect(backoffDelay(1, REST, () => -3)).toBe(1000);
    expect(backoffDelay(1, REST, () => 7)).toBe(1250);
  });
});

describe('retryDelay', () => {
  it("prefers the server's Retry-After, capped", () => {
    expect(retryDelay(1, 5000, REST, () => 0)).toEqual({ delayMs: 5000, fromRetryAfter: true });
    expect(retryDelay(1, 90000, REST, () => 0)).toEqual({ delayMs: 30000, fromRetryAfter: true });
    expect(retryDelay(2, null, REST, () => 0)).toEqual({ delayMs: 2000, fromRetryAfter: false });
  });
});

describe('parseRetryAfter', () => {
  const now = Date.UTC(2026, 0, 1, 12, 0, 0);
  it('reads seconds and HTTP dates, and nothing else', () => {
    expect(parseRetryAfter('1.5', now)).toBe(1500);
    expect(parseRetryAfter('Thu, 01 Jan 2026 12:00:03 GMT', now)).toBe(3000);
    expect(parseRetryAfter(' ', now)).toBeNull();
    expect(parseRetryAfter(undefined, now)).toBeNull();
  });
});

describe('retryReasonForStatus / retryReasonFor', () => {
  it('retries 429 for every method, 5xx and no-answer only for idempotent ones by default', () => {
    expect(retryReasonForStatus(429, 'POST')).toBe('rate-limited');
    expect(retryReasonForStatus(503, 'GET')).toBe('server-error');
    expect(retryReasonForStatus(503, 'post')).toBeNull();
    expect(retryReasonForStatus(0, 'DELETE')).toBe('network-error');
    expect(retryReasonForStatus(0, 'GET', {}, true)).toBe('timeout');
    expect(retryReasonForStatus(401, 'GET')).toBeNull();
    expect(retryReasonForStatus(404, 'GET')).toBeNull();
    expect(retryReasonForStatus(408, 'GET')).toBeNull();
  });

  it('takes the differences of upload as a rule: every method, and 408', () => {
    const upload = { methods: 'all', retryTimeouts408: true } as const;
    expect(retryReasonForStatus(500, 'POST', upload)).toBe('server-error');
    expect(retryReasonForStatus(408, 'POST', upload)).toBe('timeout');
    expect(retryReasonForStatus(0, 'POST', upload)).toBe('network-error');
    expect(retryReasonForStatus(400, 'PUT', upload)).toBeNull();
  });

  it('reads the REST core errors', () => {
    expect(retryReasonFor(new PanoptoRateLimitError('x', { status: 429 }), 'POST')).toBe('rate-limited');
    expect(retryReasonFor(new PanoptoNetworkError('x', { timedOut: true }), 'GET')).toBe('timeout');
    expect(retryReasonFor(new PanoptoNetworkError('x', {}), 'POST')).toBeNull();
    expect(retryReasonFor(new PanoptoApiError('x', { status: 502 }), 'PUT')).toBe('server-error');
    expect(retryReasonFor(new PanoptoAuthError('x', { status: 401 }), 'GET')).toBeNull();
  });
});
