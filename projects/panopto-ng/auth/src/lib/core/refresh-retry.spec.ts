import { HttpErrorResponse, HttpHeaders } from '@angular/common/http';
import { EQUAL_JITTER } from 'panopto-ng/core';
import { FakePanoptoClock } from 'panopto-ng/testing';
import { PanoptoSignInError } from './auth-errors';
import { toSignInError } from './auth-http';
import { DEFAULT_REFRESH_RETRY, refreshWithRetries } from './refresh-retry';
import { TokenResult } from './token-grant';
import { settle } from '../testing-support/auth-test-kit';

const OK: TokenResult = { accessToken: 'a', expiresIn: 3600 };
const retry = { maxRetries: 3, initialDelayMs: 1000, maxDelayMs: 3000 };

/** Answers each call with the next outcome (an error is thrown). */
function calls(...outcomes: (TokenResult | Error)[]) {
  let n = 0;
  const fn = async () => {
    const next = outcomes[Math.min(n++, outcomes.length - 1)];
    if (next instanceof Error) throw next;
    return next;
  };
  return { fn, count: () => n };
}

/** Runs the retries to their end on the fake clock and returns the delays waited. */
async function drive(clock: FakePanoptoClock, done: Promise<unknown>): Promise<number[]> {
  let finished = false;
  done.then(
    () => (finished = true),
    () => (finished = true),
  );
  const delays: number[] = [];
  for (let i = 0; i < 20 && !finished; i++) {
    await settle();
    const [next] = clock.pendingDelays();
    if (next !== undefined) {
      delays.push(next);
      clock.tick(next);
    }
  }
  return delays;
}

const network = () => new PanoptoSignInError('token_request_failed', 'offline');
const status = (s: number) => new PanoptoSignInError('token_request_failed', `HTTP ${s}`, s);

describe('refreshWithRetries', () => {
  it('retries network errors with the shared exponential backoff, capped at maxDelayMs, no jitter', async () => {
    const clock = new FakePanoptoClock();
    const failures: [number, boolean][] = [];
    const call = calls(network(), network(), network(), network());
    const done = refreshWithRetries(call.fn, {
      retry,
      clock,
      random: () => 0.9,
      onFailure: (_e, attempt, willRetry) => failures.push([attempt, willRetry]),
    });
    const delays = await drive(clock, done);
    await expectAsync(done).toBeRejectedWith(jasmine.objectContaining({ code: 'token_request_failed' }));
    expect(delays).toEqual([1000, 2000, 3000]);
    expect(failures).toEqual([
      [1, true],
      [2, true],
      [3, true],
      [4, false],
    ]);
  });

  it('retries 408, 429 and 5xx and can succeed', async () => {
    for (const s of [408, 429, 500, 503]) {
      const clock = new FakePanoptoClock();
      const call = calls(status(s), OK);
      const done = refreshWithRetries(call.fn, { retry, clock, random: () => 0 });
      await drive(clock, done);
      expect(await done).toBe(OK);
      expect(call.count()).toBe(2);
    }
  });

  it('never retries invalid_grant or another 4xx', async () => {
    for (const error of [new PanoptoSignInError('invalid_grant', 'dead', 400), status(400), status(403)]) {
      const clock = new FakePanoptoClock();
      const call = calls(error, OK);
      const willRetry: boolean[] = [];
      const done = refreshWithRetries(call.fn, {
        retry,
        clock,
        random: () => 0,
        onFailure: (_e, _a, w) => willRetry.push(w),
      });
      await expectAsync(done).toBeRejectedWith(error);
      expect(call.count()).toBe(1);
      expect(willRetry).toEqual([false]);
    }
  });

  it('waits what Retry-After asks (capped at maxDelayMs) and applies a given jitter otherwise', async () => {
    const clock = new FakePanoptoClock();
    const limited = (after: string) =>
      toSignInError(
        new HttpErrorResponse({ status: 429, headers: new HttpHeaders({ 'Retry-After': after }), url: 'https://t' }),
        'Refreshing',
        () => clock.now(),
      );
    const call = calls(limited('2'), limited('60'), network(), OK);
    const done = refreshWithRetries(call.fn, { retry, clock, random: () => 0, jitter: EQUAL_JITTER });
    expect(await drive(clock, done)).toEqual([2000, 3000, 1500]);
    expect(await done).toBe(OK);
  });

  it('wraps a foreign failure, and stops retrying once cancelled', async () => {
    const clock = new FakePanoptoClock();
    const call = calls(new Error('boom'), OK);
    const done = refreshWithRetries(call.fn, { retry, clock, random: () => 0, cancelled: () => true });
    await expectAsync(done).toBeRejectedWith(jasmine.any(PanoptoSignInError));
    expect(call.count()).toBe(1);
    expect(DEFAULT_REFRESH_RETRY).toEqual({ maxRetries: 3, initialDelayMs: 1000, maxDelayMs: 30_000 });
  });
});
