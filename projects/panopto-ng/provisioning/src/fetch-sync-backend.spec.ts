import { PanoptoApiError, PanoptoConfigError } from 'panopto-ng/core';
import { FakePanoptoClock } from 'panopto-ng/testing';
import { FetchSyncBackendOptions, createFetchSyncBackend } from './fetch-sync-backend';

interface Answer {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

describe('createFetchSyncBackend', () => {
  let clock: FakePanoptoClock;
  let answers: Answer[];
  let calls: { method: string; url: string }[];
  let waits: number[];

  const fakeFetch = (async (url: string, init?: RequestInit) => {
    calls.push({ method: init?.method ?? 'GET', url });
    const answer = answers.shift() ?? { status: 200, body: { Results: [] } };
    const text =
      answer.body === undefined ? '' : typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body);
    return new Response(text, { status: answer.status, headers: answer.headers });
  }) as unknown as typeof fetch;

  function backend(options: Partial<FetchSyncBackendOptions> = {}) {
    return createFetchSyncBackend({
      serverUrl: 'https://demo.hosted.panopto.com/',
      accessToken: 'token',
      fetch: fakeFetch,
      clock,
      minIntervalMs: 0,
      ...options,
    });
  }

  /** Settles `promise`, advancing the fake clock past every wait the backend starts (recorded in `waits`). */
  async function run<T>(promise: Promise<T>): Promise<T> {
    let settled = false;
    const done = promise.finally(() => (settled = true));
    done.catch(() => undefined);
    while (!settled) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      const [next] = clock.pendingDelays();
      if (next !== undefined) {
        waits.push(next);
        clock.tick(next);
      }
    }
    return done;
  }

  async function failure(promise: Promise<unknown>): Promise<unknown> {
    try {
      await run(promise);
    } catch (e) {
      return e;
    }
    throw new Error('expected the call to fail');
  }

  beforeEach(() => {
    clock = new FakePanoptoClock(Date.UTC(2026, 10, 28, 15));
    answers = [];
    calls = [];
    waits = [];
  });

  it('waits what Retry-After asks for a 429, then retries', async () => {
    answers = [
      { status: 429, headers: { 'Retry-After': '2' } },
      { status: 200, body: { Results: [] } },
    ];
    expect(await run(backend().searchUsers('ann'))).toEqual([]);
    expect(waits).toEqual([2000]);
    expect(calls.length).toBe(2);
  });

  it('backs off 1 s, 2 s, 4 s on 5xx of a GET, then fails with Panopto’s message', async () => {
    const body = { Error: { ErrorCode: 'Busy', Message: 'Try later', Success: false } };
    answers = [503, 503, 503, 503].map((status) => ({ status, body }));
    const error = await failure(backend().children('f1'));
    expect(waits).toEqual([1000, 2000, 4000]);
    expect(error).toBeInstanceOf(PanoptoApiError);
    const apiError = error as PanoptoApiError;
    expect(apiError.message).toBe('GET /folders/{id}/children failed (HTTP 503): Try later');
    expect(apiError.status).toBe(503);
    expect(apiError.errorCode).toBe('Busy');
    expect(apiError.attempts).toBe(4);
    expect(apiError.endpoint).toBe('GET /folders/{id}/children');
  });

  it('never repeats a POST that got a 5xx, and shows a body that is not an APIError', async () => {
    answers = [{ status: 500, body: 'Internal error' }];
    const error = await failure(backend().createFolder('X', 'f1', ''));
    expect(calls.length).toBe(1);
    expect((error as Error).message).toBe('POST /folders failed (HTTP 500): Internal error');
  });

  it('retries a 429 of a POST too', async () => {
    answers = [{ status: 429 }, { status: 200, body: { Id: 'f2', Name: 'X' } }];
    expect((await run(backend().createFolder('X', 'f1', ''))).Id).toBe('f2');
    expect(waits).toEqual([1000]);
  });

  it('takes retries in the core vocabulary', async () => {
    answers = [{ status: 503 }, { status: 503 }, { status: 503 }];
    await failure(backend({ retry: { maxRetries: 1, initialDelayMs: 300 } }).children('f1'));
    expect(calls.length).toBe(2);
    expect(waits).toEqual([300]);
  });

  it('maxAttempts (deprecated) still sets the attempts in all; retry wins when both are given', async () => {
    answers = [{ status: 503 }, { status: 503 }, { status: 503 }];
    await failure(backend({ maxAttempts: 2 }).children('f1'));
    expect(calls.length).toBe(2);
    calls = [];
    answers = [{ status: 503 }, { status: 503 }];
    await failure(backend({ maxAttempts: 5, retry: { maxRetries: 0 } }).children('f1'));
    expect(calls.length).toBe(1);
  });

  it('caps Retry-After at maxDelayMs', async () => {
    answers = [{ status: 429, headers: { 'Retry-After': '600' } }];
    await run(backend({ retry: { maxDelayMs: 5000 } }).searchGroups('g'));
    expect(waits).toEqual([5000]);
  });

  it('refuses a wrong retry option, naming it', () => {
    expect(() => backend({ retry: { maxRetries: -1 } })).toThrowMatching(
      (e) => e instanceof PanoptoConfigError && e.field === 'provisioning.retry.maxRetries',
    );
    expect(() => backend({ retry: { maxRetrys: 2 } as never })).toThrowMatching(
      (e) => e instanceof PanoptoConfigError && e.message.includes('Did you mean `maxRetries`?'),
    );
  });

  it('spaces calls to one endpoint by minIntervalMs on the clock', async () => {
    const b = backend({ minIntervalMs: 200 });
    await run(Promise.all([b.searchUsers('a'), b.searchUsers('b'), b.searchGroups('c')]));
    expect(calls.length).toBe(3);
    expect(waits).toEqual([200]);
  });
});
