import { PanoptoConfigError } from 'panopto-ng';
import { PanoptoAnalyticsBatch } from '../delivery/analytics-event';
import { panoptoHttpSink } from './http-sink';

const BATCH: PanoptoAnalyticsBatch = {
  batchId: 'b1',
  createdAt: new Date(0).toISOString(),
  events: [{ id: 'v:1', type: 'play', at: new Date(0).toISOString(), sessionId: 's', viewId: 'v', positionSeconds: 0 }],
};

describe('panoptoHttpSink', () => {
  it('POSTs the batch as JSON with keepalive and resolves on 2xx', async () => {
    const fetchSpy = jasmine.createSpy('fetch').and.resolveTo(new Response(null, { status: 204 }));
    await panoptoHttpSink({ url: '/api/engagement', fetch: fetchSpy, headers: { 'X-App': 'demo' } }).send(BATCH);
    const [url, init] = fetchSpy.calls.mostRecent().args as [string, RequestInit];
    expect(url).toBe('/api/engagement');
    expect(init.method).toBe('POST');
    expect(init.keepalive).toBeTrue();
    expect(JSON.parse(init.body as string)).toEqual(BATCH);
    expect((init.headers as Record<string, string>)['X-App']).toBe('demo');
  });

  it('rejects on a non-2xx answer so the batch is retried', async () => {
    const fetchSpy = jasmine.createSpy('fetch').and.resolveTo(new Response('no', { status: 503 }));
    await expectAsync(panoptoHttpSink({ url: '/api/engagement', fetch: fetchSpy }).send(BATCH)).toBeRejectedWithError(
      /503/,
    );
  });

  it('uses sendBeacon on unload, and fetch keepalive when the beacon is refused', () => {
    const fetchSpy = jasmine.createSpy('fetch').and.resolveTo(new Response(null, { status: 204 }));
    const accepted = jasmine.createSpy('sendBeacon').and.returnValue(true);
    expect(panoptoHttpSink({ url: '/e', fetch: fetchSpy, sendBeacon: accepted }).sendOnUnload?.(BATCH)).toBeTrue();
    expect(accepted).toHaveBeenCalledTimes(1);
    expect(fetchSpy).not.toHaveBeenCalled();

    const refused = jasmine.createSpy('sendBeacon').and.returnValue(false);
    expect(panoptoHttpSink({ url: '/e', fetch: fetchSpy, sendBeacon: refused }).sendOnUnload?.(BATCH)).toBeTrue();
    expect((fetchSpy.calls.mostRecent().args[1] as RequestInit).keepalive).toBeTrue();
  });

  it('accepts same-origin paths and https URLs, and rejects plain http elsewhere', () => {
    expect(() => panoptoHttpSink({ url: 'https://collector.example.edu/e' })).not.toThrow();
    expect(() => panoptoHttpSink({ url: 'http://localhost:8080/e' })).not.toThrow();
    expect(() => panoptoHttpSink({ url: 'http://collector.example.edu/e' })).toThrowError(PanoptoConfigError, /https/);
    expect(() => panoptoHttpSink({ url: '' })).toThrowError(PanoptoConfigError);
    expect(() => panoptoHttpSink({ url: '//evil.example/e' })).toThrowError(PanoptoConfigError);
  });
});
