import { HttpErrorResponse, HttpHeaders } from '@angular/common/http';
import { PanoptoSignInError } from './auth-errors';
import { classifyTokenFailure, oauthErrorCode, toSignInError, tokenRetryReason } from './auth-http';

const http = (status: number, error: unknown = null, headers?: HttpHeaders) =>
  new HttpErrorResponse({ status, error, headers, url: 'https://t/token' });
const NOW = Date.UTC(2026, 0, 1);
const now = () => NOW;

describe('token failures', () => {
  it('retries only network errors, 408, 429 and 5xx (the one retry policy, every method)', () => {
    const reasons = [0, 408, 429, 500, 503, 400, 401, 403, 404].map((s) =>
      tokenRetryReason(new PanoptoSignInError('token_request_failed', 'x', s === 0 ? undefined : s)),
    );
    expect(reasons).toEqual([
      'network-error',
      'timeout',
      'rate-limited',
      'server-error',
      'server-error',
      null,
      null,
      null,
      null,
    ]);
    expect(tokenRetryReason(http(502))).toBe('server-error');
    expect(tokenRetryReason(new Error('?'))).toBe('network-error');
  });

  it('never retries invalid_grant, whatever the status', () => {
    expect(classifyTokenFailure(new PanoptoSignInError('invalid_grant', 'dead', 503))).toBe('terminal');
    expect(classifyTokenFailure(new PanoptoSignInError('token_request_failed', 'x', 503))).toBe('retryable');
  });

  it('toSignInError maps invalid_grant, network errors and other HTTP failures', () => {
    expect(toSignInError(http(400, { error: 'invalid_grant' }), 'Refreshing', now).code).toBe('invalid_grant');
    expect(oauthErrorCode(http(400, { error: 'invalid_token' }))).toBe('invalid_token');
    const offline = toSignInError(http(0), 'Refreshing', now);
    expect(offline.code).toBe('token_request_failed');
    expect(offline.status).toBeUndefined();
    const broker = toSignInError(http(401), 'Refreshing through the broker', now);
    expect(broker.code).toBe('invalid_grant');
    const busy = toSignInError(
      http(503, { error: 'temporarily_unavailable', error_description: 'later' }),
      'Refreshing',
      now,
    );
    expect(busy.message).toBe(`Refreshing: HTTP 503 'temporarily_unavailable' (later).`);
    expect(busy.retryAfterMs).toBeNull();
  });

  it('keeps what Retry-After asked for, in seconds or as an HTTP date', () => {
    const seconds = toSignInError(http(429, null, new HttpHeaders({ 'Retry-After': '3' })), 'Refreshing', now);
    expect(seconds.retryAfterMs).toBe(3000);
    const date = new Date(NOW + 5000).toUTCString();
    expect(
      toSignInError(http(503, null, new HttpHeaders({ 'Retry-After': date })), 'Refreshing', now).retryAfterMs,
    ).toBe(5000);
  });
});
