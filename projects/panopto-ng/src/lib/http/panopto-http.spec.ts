import { HttpRequest } from '@angular/common/http';
import { TestRequest } from '@angular/common/http/testing';
import { PanoptoApiError, PanoptoAuthError, PanoptoNetworkError, PanoptoRateLimitError } from 'panopto-ng/core';
import { PanoptoEventOf } from '../events/panopto-event';
import { API, ID, ID2, setupRestCore } from '../testing/rest-core.test-helpers';
import { PANOPTO_REQUEST, PANOPTO_REQUEST_INFO } from './panopto-http-context';

const FOLDER = { Id: ID, Name: 'Biology' };
const folderUrl = `${API}/folders/${ID}`;
const ids = (n: number) =>
  Array.from({ length: n }, (_, i) => `00000000-0000-4000-8000-${String(i + 1).padStart(12, '0')}`);

function fail(req: TestRequest, status: number, headers: Record<string, string> = {}, body: object | null = null) {
  req.flush(body, { status, statusText: `status ${status}`, headers });
}

function networkError(req: TestRequest) {
  req.error(new ProgressEvent('error'), { status: 0, statusText: 'Unknown Error' });
}

describe('PanoptoHttp retries', () => {
  it('retries a GET after 500 with exponential backoff 1 s, 2 s, 4 s, then fails with attempts = 4', () => {
    const { api, http, clock, events, observe } = setupRestCore();
    const result = observe(api.folders.get(ID));
    const delays: number[] = [];
    fail(http.expectOne(folderUrl), 500);
    for (const expected of [1000, 2000, 4000]) {
      delays.push(...clock.pendingDelays());
      clock.tick(expected - 1);
      http.expectNone(folderUrl);
      clock.tick(1);
      fail(http.expectOne(folderUrl), 500);
    }
    expect(delays).toEqual([1000, 2000, 4000]);
    expect(result.error).toEqual(jasmine.any(PanoptoApiError));
    const error = result.error as PanoptoApiError;
    expect(error.status).toBe(500);
    expect(error.attempts).toBe(4);
    expect(error.message).toContain('after 4 attempts');
    const retries = events.filter((e): e is PanoptoEventOf<'retry'> => e.type === 'retry');
    expect(retries.map((e) => [e.attempt, e.delayMs, e.reason])).toEqual([
      [2, 1000, 'server-error'],
      [3, 2000, 'server-error'],
      [4, 4000, 'server-error'],
    ]);
    expect(events.filter((e) => e.type === 'error').length).toBe(1);
    http.verify();
  });

  it('succeeds when a retry succeeds', () => {
    const { api, http, clock, observe } = setupRestCore();
    const result = observe(api.folders.get(ID));
    fail(http.expectOne(folderUrl), 503);
    clock.tick(1000);
    http.expectOne(folderUrl).flush(FOLDER);
    expect(result.values).toEqual([FOLDER]);
    expect(result.completed).toBeTrue();
  });

  it('adds up to 25 % jitter from the injected random source', () => {
    const { api, http, clock, observe } = setupRestCore({}, { random: () => 0.5 });
    observe(api.folders.get(ID));
    fail(http.expectOne(folderUrl), 502);
    expect(clock.pendingDelays()).toEqual([1125]);
    clock.tick(1125);
    fail(http.expectOne(folderUrl), 502);
    expect(clock.pendingDelays()).toEqual([2250]);
  });

  it('caps the backoff at maxDelayMs and stops after maxRetries', () => {
    const { api, http, clock, observe } = setupRestCore({
      retry: { maxRetries: 2, initialDelayMs: 1000, maxDelayMs: 1500 },
    });
    const result = observe(api.folders.get(ID));
    fail(http.expectOne(folderUrl), 500);
    expect(clock.pendingDelays()).toEqual([1000]);
    clock.tick(1000);
    fail(http.expectOne(folderUrl), 500);
    expect(clock.pendingDelays()).toEqual([1500]);
    clock.tick(1500);
    fail(http.expectOne(folderUrl), 500);
    expect((result.error as PanoptoApiError).attempts).toBe(3);
    clock.tick(60000);
    http.verify();
  });

  it('honours Retry-After in seconds on 429', () => {
    const { api, http, clock, events, observe } = setupRestCore();
    const result = observe(api.folders.get(ID));
    fail(http.expectOne(folderUrl), 429, { 'Retry-After': '3' });
    clock.tick(2999);
    http.expectNone(folderUrl);
    clock.tick(1);
    http.expectOne(folderUrl).flush(FOLDER);
    expect(result.values).toEqual([FOLDER]);
    const retry = events.find((e): e is PanoptoEventOf<'retry'> => e.type === 'retry');
    expect(retry).toEqual(
      jasmine.objectContaining({ delayMs: 3000, reason: 'rate-limited', status: 429, fromRetryAfter: true }),
    );
  });

  it('honours Retry-After as an HTTP date on 429', () => {
    const { api, http, clock, observe } = setupRestCore();
    observe(api.folders.get(ID));
    const at = new Date(clock.now() + 5000).toUTCString();
    fail(http.expectOne(folderUrl), 429, { 'Retry-After': at });
    clock.tick(4999);
    http.expectNone(folderUrl);
    clock.tick(1);
    http.expectOne(folderUrl);
  });

  it('backs off from 1 s on 429 without Retry-After, and ends with PanoptoRateLimitError', () => {
    const { api, http, clock, observe } = setupRestCore({ retry: { maxRetries: 1 } });
    const result = observe(api.folders.get(ID));
    fail(http.expectOne(folderUrl), 429);
    expect(clock.pendingDelays()).toEqual([1000]);
    clock.tick(1000);
    fail(http.expectOne(folderUrl), 429, { 'Retry-After': '7' });
    expect(result.error).toEqual(jasmine.any(PanoptoRateLimitError));
    expect((result.error as PanoptoRateLimitError).retryAfterMs).toBe(7000);
    expect((result.error as Error).message).toContain('rateLimit.perSecond');
  });

  it('retries a POST after 429 (not processed) but never after 500', () => {
    const { api, http, clock, observe } = setupRestCore();
    const ok = observe(api.folders.create({ Name: 'A' }));
    fail(http.expectOne(`${API}/folders`), 429, { 'Retry-After': '1' });
    clock.tick(1000);
    http.expectOne(`${API}/folders`).flush(FOLDER);
    expect(ok.values).toEqual([FOLDER]);

    const failed = observe(api.folders.create({ Name: 'B' }));
    fail(http.expectOne(`${API}/folders`), 500);
    expect(failed.error).toEqual(jasmine.any(PanoptoApiError));
    expect((failed.error as PanoptoApiError).attempts).toBe(1);
    expect((failed.error as Error).message).toContain('POST is never retried');
    expect(clock.pendingDelays()).toEqual([]);
    clock.tick(60000);
    http.verify();
  });

  it('retries PUT and DELETE after 5xx (idempotent)', () => {
    const { api, http, clock, observe } = setupRestCore();
    const put = observe(api.folders.update(ID, { Name: 'x' }));
    const del = observe(api.sessions.delete(ID2));
    fail(
      http.expectOne((r) => r.method === 'PUT'),
      502,
    );
    fail(
      http.expectOne((r) => r.method === 'DELETE'),
      504,
    );
    clock.tick(1000);
    http.expectOne((r) => r.method === 'PUT').flush(FOLDER);
    http.expectOne((r) => r.method === 'DELETE').flush(ID2);
    expect(put.values).toEqual([FOLDER]);
    expect(del.values).toEqual([ID2]);
  });

  it('retries network errors on GET and ends with PanoptoNetworkError (status 0)', () => {
    const { api, http, clock, events, observe } = setupRestCore({ retry: { maxRetries: 1 } });
    const result = observe(api.folders.get(ID));
    networkError(http.expectOne(folderUrl));
    expect(events.some((e) => e.type === 'retry' && e.reason === 'network-error')).toBeTrue();
    clock.tick(1000);
    networkError(http.expectOne(folderUrl));
    const error = result.error as PanoptoNetworkError;
    expect(error).toEqual(jasmine.any(PanoptoNetworkError));
    expect(error.status).toBe(0);
    expect(error.timedOut).toBeFalse();
    expect(error.message).toContain('could not reach Panopto at https://demo.hosted.panopto.com');
  });

  it('does not retry a network error on POST', () => {
    const { api, http, clock, observe } = setupRestCore();
    const result = observe(api.folders.create({ Name: 'x' }));
    networkError(http.expectOne(`${API}/folders`));
    expect(result.error).toEqual(jasmine.any(PanoptoNetworkError));
    clock.tick(60000);
    http.verify();
  });

  it('times out after requestTimeoutMs, cancels the request, retries, then fails with timedOut', () => {
    const { api, http, clock, events, observe } = setupRestCore({ requestTimeoutMs: 5000, retry: { maxRetries: 1 } });
    const result = observe(api.folders.get(ID));
    const first = http.expectOne(folderUrl);
    clock.tick(4999);
    expect(first.cancelled).toBeFalse();
    clock.tick(1);
    expect(first.cancelled).toBeTrue();
    expect(events.some((e) => e.type === 'retry' && e.reason === 'timeout')).toBeTrue();
    clock.tick(1000);
    http.expectOne(folderUrl);
    clock.tick(5000);
    const error = result.error as PanoptoNetworkError;
    expect(error).toEqual(jasmine.any(PanoptoNetworkError));
    expect(error.timedOut).toBeTrue();
    expect(error.message).toContain('within 5000 ms');
    expect(error.message).toContain('requestTimeoutMs');
  });

  for (const status of [401, 403]) {
    it(`never retries ${status}: it is the auth interceptor's job`, () => {
      const { api, http, clock, observe } = setupRestCore();
      const result = observe(api.folders.children(ID));
      fail(
        http.expectOne((r) => r.url === `${folderUrl}/children`),
        status,
      );
      expect(result.error).toEqual(jasmine.any(PanoptoAuthError));
      expect((result.error as PanoptoAuthError).status).toBe(status);
      clock.tick(60000);
      http.verify();
    });
  }

  it('does not retry 400 or 404', () => {
    const { api, http, clock, observe } = setupRestCore();
    observe(api.folders.get(ID));
    observe(api.sessions.get(ID2));
    fail(http.expectOne(folderUrl), 404);
    fail(http.expectOne(`${API}/sessions/${ID2}`), 400);
    clock.tick(60000);
    http.verify();
  });

  it('does not retry when the call passes { retry: false }', () => {
    const { api, http, clock, observe } = setupRestCore();
    const result = observe(api.folders.get(ID, { retry: false }));
    fail(http.expectOne(folderUrl), 503);
    expect((result.error as PanoptoApiError).status).toBe(503);
    clock.tick(60000);
    http.verify();
  });

  it('stops a pending retry when the subscriber unsubscribes', () => {
    const { api, http, clock, observe } = setupRestCore();
    const result = observe(api.folders.get(ID));
    fail(http.expectOne(folderUrl), 500);
    result.subscription.unsubscribe();
    expect(clock.pendingDelays()).toEqual([]);
    clock.tick(60000);
    http.verify();
  });
});

describe('PanoptoHttp rate limiter', () => {
  it('lets 5 calls to one endpoint through in a second and holds the 6th until the window slides', () => {
    const { api, http, clock, events, observe } = setupRestCore();
    const six = ids(6);
    six.forEach((id) => observe(api.folders.get(id)));
    const sent = http.match((r) => r.url.startsWith(`${API}/folders/`));
    expect(sent.length).toBe(5);
    clock.tick(999);
    http.expectNone(`${API}/folders/${six[5]}`);
    clock.tick(1);
    http.expectOne(`${API}/folders/${six[5]}`);
    const wait = events.find((e): e is PanoptoEventOf<'rate-limit-wait'> => e.type === 'rate-limit-wait');
    expect(wait).toEqual(
      jasmine.objectContaining({ endpoint: 'GET /folders/{id}', waitMs: 1000, priority: 'interactive' }),
    );
  });

  it('counts per endpoint template: other endpoints are not held', () => {
    const { api, http, observe } = setupRestCore();
    ids(5).forEach((id) => observe(api.folders.get(id)));
    observe(api.sessions.get(ID2));
    observe(api.folders.children(ID));
    expect(http.match(() => true).length).toBe(7);
  });

  it('lets queued interactive calls go before background ones', () => {
    const { api, http, clock, observe } = setupRestCore();
    ids(5).forEach((id) => observe(api.folders.get(id)));
    http.match(() => true);
    observe(api.folders.get(ID, { priority: 'background' }));
    observe(api.folders.get(ID2, { priority: 'interactive' }));
    clock.tick(1000);
    const order = http.match(() => true).map((r) => r.request.url);
    expect(order).toEqual([`${API}/folders/${ID2}`, `${API}/folders/${ID}`]);
  });

  it('keeps under perMinute with a sliding minute window', () => {
    const { api, http, clock, observe } = setupRestCore({ rateLimit: { perSecond: 100, perMinute: 3 } });
    ids(4).forEach((id) => observe(api.folders.get(id)));
    const first = http.match(() => true);
    expect(first.length).toBe(3);
    first.forEach((req) => req.flush(FOLDER));
    clock.tick(59999);
    expect(http.match(() => true).length).toBe(0);
    clock.tick(1);
    expect(http.match(() => true).length).toBe(1);
  });

  it('gives the slot of a queued call that unsubscribes to the next one', () => {
    const { api, http, clock, observe } = setupRestCore({ rateLimit: { perSecond: 1 } });
    const [a, b, c] = ids(3);
    observe(api.folders.get(a));
    const second = observe(api.folders.get(b));
    observe(api.folders.get(c));
    http.expectOne(`${API}/folders/${a}`);
    second.subscription.unsubscribe();
    clock.tick(1000);
    http.expectOne(`${API}/folders/${c}`);
    http.expectNone(`${API}/folders/${b}`);
  });

  it('does not hold anything when rateLimit.enabled is false', () => {
    const { api, http, observe } = setupRestCore({ rateLimit: { enabled: false } });
    ids(12).forEach((id) => observe(api.folders.get(id)));
    expect(http.match(() => true).length).toBe(12);
  });

  it('holds other calls to an endpoint while Panopto asks to wait after a 429', () => {
    const { api, http, clock, observe } = setupRestCore();
    observe(api.folders.get(ID));
    fail(http.expectOne(folderUrl), 429, { 'Retry-After': '2' });
    observe(api.folders.get(ID2));
    http.expectNone(`${API}/folders/${ID2}`);
    clock.tick(2000);
    expect(http.match(() => true).length).toBe(2);
  });
});

describe('PanoptoHttp sharing of identical GETs', () => {
  it('sends one request for identical GETs in flight and gives both subscribers the answer', () => {
    const { api, http, observe } = setupRestCore();
    const a = observe(api.folders.get(ID));
    const b = observe(api.folders.get(ID));
    http.expectOne(folderUrl).flush(FOLDER);
    expect(a.values).toEqual([FOLDER]);
    expect(b.values).toEqual([FOLDER]);
    observe(api.folders.get(ID));
    http.expectOne(folderUrl);
  });

  it('keeps the request while any subscriber remains and cancels it when the last leaves', () => {
    const { api, http, observe } = setupRestCore();
    const a = observe(api.folders.get(ID));
    const b = observe(api.folders.get(ID));
    const req = http.expectOne(folderUrl);
    a.subscription.unsubscribe();
    expect(req.cancelled).toBeFalse();
    b.subscription.unsubscribe();
    expect(req.cancelled).toBeTrue();
  });

  it('does not share GETs that differ in query, nor POSTs', () => {
    const { api, http, observe } = setupRestCore();
    observe(api.folders.children(ID, { pageNumber: 0 }));
    observe(api.folders.children(ID, { pageNumber: 1 }));
    observe(api.folders.create({ Name: 'x' }));
    observe(api.folders.create({ Name: 'x' }));
    expect(http.match(() => true).length).toBe(4);
  });
});

describe('PanoptoHttp events and context', () => {
  it('publishes request-start and request-end with status and duration from the clock', () => {
    const { api, http, clock, events, observe } = setupRestCore();
    observe(api.folders.get(ID));
    const req = http.expectOne(folderUrl);
    clock.tick(250);
    req.flush(FOLDER);
    const start = events.find((e): e is PanoptoEventOf<'request-start'> => e.type === 'request-start');
    const end = events.find((e): e is PanoptoEventOf<'request-end'> => e.type === 'request-end');
    expect(start).toEqual(
      jasmine.objectContaining({
        method: 'GET',
        endpoint: 'GET /folders/{id}',
        url: folderUrl,
        attempt: 1,
        priority: 'interactive',
      }),
    );
    expect(end).toEqual(
      jasmine.objectContaining({ requestId: start?.requestId, status: 200, durationMs: 250, outcome: 'success' }),
    );
  });

  it('publishes a cancelled request-end when unsubscribed in flight', () => {
    const { api, http, events, observe } = setupRestCore();
    const result = observe(api.folders.get(ID));
    http.expectOne(folderUrl);
    result.subscription.unsubscribe();
    expect(events.some((e) => e.type === 'request-end' && e.outcome === 'cancelled')).toBeTrue();
  });

  it('marks its requests with PANOPTO_REQUEST and PANOPTO_REQUEST_INFO', () => {
    const { api, http, observe } = setupRestCore();
    observe(api.folders.children(ID, { priority: 'background' }));
    const req: HttpRequest<unknown> = http.expectOne(() => true).request;
    expect(req.context.get(PANOPTO_REQUEST)).toBeTrue();
    expect(req.context.get(PANOPTO_REQUEST_INFO)).toEqual({
      endpoint: 'GET /folders/{id}/children',
      attempt: 1,
      priority: 'background',
    });
  });
});
