import { PanoptoError } from 'panopto-ng/core';
import { PanoptoAnalyticsBatch } from '../delivery/analytics-event';
import { PanoptoAnalyticsSinkError } from './analytics-sink-error';
import { panoptoHttpSink } from './http-sink';

const BATCH: PanoptoAnalyticsBatch = { batchId: 'b1', createdAt: new Date(0).toISOString(), events: [] };

async function rejection(promise: Promise<void> | void): Promise<unknown> {
  try {
    await promise;
  } catch (e) {
    return e;
  }
  throw new Error('expected a rejection');
}

describe('PanoptoAnalyticsSinkError', () => {
  it('is a PanoptoError with the stable code analytics-sink-failed', () => {
    const e = new PanoptoAnalyticsSinkError('HTTP 503', { sink: 'http', status: 503, retryAfter: '5' });
    expect(e).toBeInstanceOf(PanoptoError);
    expect(e).toBeInstanceOf(Error);
    expect(e.code).toBe('analytics-sink-failed');
    expect(e.name).toBe('PanoptoAnalyticsSinkError');
    expect([e.sink, e.status, e.retryAfter]).toEqual(['http', 503, '5']);
    expect(new PanoptoAnalyticsSinkError('x', { sink: 's', status: 0 }).retryAfter).toBeNull();
  });

  it('is what panoptoHttpSink rejects with on an HTTP error, with its status and Retry-After', async () => {
    const fetchSpy = jasmine
      .createSpy('fetch')
      .and.resolveTo(new Response('busy', { status: 429, headers: { 'Retry-After': '12' } }));
    const e = await rejection(panoptoHttpSink({ url: '/api/engagement', fetch: fetchSpy, name: 'mine' }).send(BATCH));
    expect(e).toBeInstanceOf(PanoptoAnalyticsSinkError);
    const error = e as PanoptoAnalyticsSinkError;
    expect([error.sink, error.status, error.retryAfter]).toEqual(['mine', 429, '12']);
    expect(error.message).toBe('mine sink: /api/engagement answered HTTP 429');
  });

  it('has status 0 and the cause when there was no answer', async () => {
    const cause = new TypeError('Failed to fetch');
    const fetchSpy = jasmine.createSpy('fetch').and.rejectWith(cause);
    const e = (await rejection(
      panoptoHttpSink({ url: '/e', fetch: fetchSpy }).send(BATCH),
    )) as PanoptoAnalyticsSinkError;
    expect(e).toBeInstanceOf(PanoptoAnalyticsSinkError);
    expect(e.status).toBe(0);
    expect((e as Error & { cause?: unknown }).cause).toBe(cause);
    expect(e.message).toContain('Failed to fetch');
  });
});
