import { fakeAsync, flushMicrotasks, tick } from '@angular/core/testing';
import { validatePanoptoAnalyticsConfig } from '../config/validate-analytics-config';
import { RecordingSink } from '../testing-support/recording-sink';
import { PanoptoAnalyticsClock, SYSTEM_ANALYTICS_CLOCK } from './analytics-clock';
import { AnalyticsDispatcher } from './analytics-dispatcher';
import { PanoptoAnalyticsEvent } from './analytics-event';

// fakeAsync replaces the global timers and Date.now that the system clock uses; jitter is fixed at the midpoint.
const CLOCK: PanoptoAnalyticsClock = { ...SYSTEM_ANALYTICS_CLOCK, random: () => 0.5 };
const SESSION = '11111111-2222-3333-4444-555555555555';

function event(n: number, viewId = 'view-a'): PanoptoAnalyticsEvent {
  return {
    id: `${viewId}:${n}`,
    type: 'play',
    at: new Date(0).toISOString(),
    sessionId: SESSION,
    viewId,
    positionSeconds: n,
  };
}

function dispatcher(sinks: RecordingSink[], overrides: Parameters<typeof validatePanoptoAnalyticsConfig>[0] = {}) {
  const config = validatePanoptoAnalyticsConfig({ sinks, initialConsent: true, ...overrides });
  return new AnalyticsDispatcher(config.sinks, config, CLOCK);
}

describe('AnalyticsDispatcher batching', () => {
  it('sends 25 events as one batch as soon as the batch is full', fakeAsync(() => {
    const sink = new RecordingSink();
    const d = dispatcher([sink], { batchSize: 25, flushIntervalMs: 10_000 });
    for (let i = 1; i <= 25; i++) d.enqueue(event(i));
    flushMicrotasks();
    expect(sink.calls).toBe(1);
    expect(sink.sent[0].events.length).toBe(25);
    expect(sink.sent[0].events.map((e) => e.positionSeconds)).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
    tick(60_000);
    expect(sink.calls).toBe(1);
    d.dispose();
  }));

  it('sends a partial batch when the flush timer fires, not before', fakeAsync(() => {
    const sink = new RecordingSink();
    const d = dispatcher([sink], { batchSize: 25, flushIntervalMs: 5000 });
    for (let i = 1; i <= 7; i++) d.enqueue(event(i));
    tick(4999);
    expect(sink.calls).toBe(0);
    tick(1);
    expect(sink.calls).toBe(1);
    expect(sink.sent[0].events.length).toBe(7);
    d.dispose();
  }));

  it('splits 60 events into 25 + 25 + 10, in order, one batch in flight at a time', fakeAsync(() => {
    const sink = new RecordingSink();
    const d = dispatcher([sink], { batchSize: 25, flushIntervalMs: 1000 });
    for (let i = 1; i <= 60; i++) d.enqueue(event(i));
    flushMicrotasks();
    tick(1000);
    expect(sink.sent.map((b) => b.events.length)).toEqual([25, 25, 10]);
    expect(sink.deliveredIds()).toEqual(Array.from({ length: 60 }, (_, i) => `view-a:${i + 1}`));
    d.dispose();
  }));

  it('delivers to every sink independently: one failing sink does not block or duplicate the others', fakeAsync(() => {
    const good = new RecordingSink('good');
    const bad = new RecordingSink('bad');
    bad.failures = 1;
    const d = dispatcher([good, bad], { batchSize: 5, retryInitialDelayMs: 1000 });
    for (let i = 1; i <= 5; i++) d.enqueue(event(i));
    flushMicrotasks();
    expect(good.sent.length).toBe(1);
    expect(bad.sent.length).toBe(0);
    tick(1000);
    expect(bad.sent.length).toBe(1);
    expect(good.sent.length).toBe(1);
    d.dispose();
  }));
});

describe('AnalyticsDispatcher consent', () => {
  it('sends nothing at all without consent, whatever happens', fakeAsync(() => {
    const sink = new RecordingSink();
    const d = dispatcher([sink], { initialConsent: null, batchSize: 5, flushIntervalMs: 100 });
    for (let i = 1; i <= 50; i++) d.enqueue(event(i));
    tick(60_000);
    d.flush();
    d.flushForUnload();
    flushMicrotasks();
    expect(sink.calls).toBe(0);
    expect(sink.unloaded.length).toBe(0);
    expect(d.stats().awaitingConsent).toBe(50);
    d.dispose();
  }));

  it('keeps at most preConsentBufferSize events (newest) and releases them on consent', fakeAsync(() => {
    const sink = new RecordingSink();
    const d = dispatcher([sink], {
      initialConsent: null,
      preConsentBufferSize: 20,
      batchSize: 25,
      flushIntervalMs: 100,
    });
    for (let i = 1; i <= 30; i++) d.enqueue(event(i));
    expect(d.stats().droppedWithoutConsent).toBe(10);
    d.setConsent(true);
    tick(100);
    expect(sink.deliveredIds()).toEqual(Array.from({ length: 20 }, (_, i) => `view-a:${i + 11}`));
    d.dispose();
  }));

  it('drops events before consent when the buffer size is 0', fakeAsync(() => {
    const sink = new RecordingSink();
    const d = dispatcher([sink], { initialConsent: null, preConsentBufferSize: 0, flushIntervalMs: 100 });
    d.enqueue(event(1));
    d.setConsent(true);
    d.enqueue(event(2));
    tick(100);
    expect(sink.deliveredIds()).toEqual(['view-a:2']);
    d.dispose();
  }));

  it('revoking consent clears what is queued and waiting for a retry, and drops later events', fakeAsync(() => {
    const sink = new RecordingSink();
    sink.failures = 1;
    const d = dispatcher([sink], { batchSize: 3, flushIntervalMs: 100, retryInitialDelayMs: 1000 });
    for (let i = 1; i <= 5; i++) d.enqueue(event(i)); // 3 go out and fail, 2 wait for the timer
    flushMicrotasks();
    expect(sink.calls).toBe(1);
    d.setConsent(false);
    d.enqueue(event(6));
    tick(60_000);
    d.flushForUnload();
    expect(sink.calls).toBe(1);
    expect(sink.sent.length + sink.unloaded.length).toBe(0);
    expect(d.stats().sinks[0].queued).toBe(0);
    d.dispose();
  }));
});

describe('AnalyticsDispatcher failures', () => {
  it('retries a failed batch with exponential backoff and delivers it once, same batch id', fakeAsync(() => {
    const sink = new RecordingSink();
    sink.failures = 2;
    const d = dispatcher([sink], { batchSize: 2, retryInitialDelayMs: 1000, maxAttempts: 5 });
    d.enqueue(event(1));
    d.enqueue(event(2));
    flushMicrotasks();
    expect(sink.calls).toBe(1);
    tick(749); // first retry after 1000 × (0.5 + 0.5 × 0.5) = 750 ms
    expect(sink.calls).toBe(1);
    tick(1);
    expect(sink.calls).toBe(2);
    tick(1499); // second after 2000 × 0.75
    expect(sink.calls).toBe(2);
    tick(1);
    expect(sink.calls).toBe(3);
    expect(sink.sent.length).toBe(1);
    expect(sink.deliveredIds()).toEqual(['view-a:1', 'view-a:2']);
    expect(d.stats().sinks[0].failedAttempts).toBe(2);
    d.dispose();
  }));

  it('gives up after maxAttempts, counts the loss, and carries on with the next batch', fakeAsync(() => {
    const sink = new RecordingSink();
    sink.failures = 1000;
    const d = dispatcher([sink], { batchSize: 2, retryInitialDelayMs: 100, retryMaxDelayMs: 400, maxAttempts: 3 });
    d.enqueue(event(1));
    d.enqueue(event(2));
    tick(60_000);
    expect(sink.calls).toBe(3);
    expect(d.stats().sinks[0].droppedEvents).toBe(2);
    sink.failures = 0;
    d.enqueue(event(3));
    d.enqueue(event(4));
    flushMicrotasks();
    expect(sink.deliveredIds()).toEqual(['view-a:3', 'view-a:4']);
    d.dispose();
  }));

  it('loses nothing while a sink is down for a while, within the queue bound', fakeAsync(() => {
    const sink = new RecordingSink();
    sink.failures = 3;
    const d = dispatcher([sink], { batchSize: 10, flushIntervalMs: 500, retryInitialDelayMs: 200, maxAttempts: 10 });
    for (let i = 1; i <= 95; i++) {
      d.enqueue(event(i));
      tick(20);
    }
    tick(60_000);
    expect(sink.deliveredIds()).toEqual(Array.from({ length: 95 }, (_, i) => `view-a:${i + 1}`));
    expect(d.stats().sinks[0].droppedEvents).toBe(0);
    d.dispose();
  }));

  it('drops the oldest events beyond maxQueueSize and says how many', fakeAsync(() => {
    const sink = new RecordingSink();
    sink.hold = true; // the first batch never finishes, so the rest piles up
    const d = dispatcher([sink], { batchSize: 5, maxQueueSize: 20 });
    for (let i = 1; i <= 40; i++) d.enqueue(event(i));
    flushMicrotasks();
    const stats = d.stats().sinks[0];
    expect(stats.inFlight + stats.queued).toBe(20);
    expect(stats.droppedEvents).toBe(20);
    d.dispose();
  }));
});

describe('AnalyticsDispatcher unload', () => {
  it('hands queued events and a batch waiting for a retry to sendOnUnload, in batches', fakeAsync(() => {
    const sink = new RecordingSink();
    sink.failures = 1;
    const d = dispatcher([sink], { batchSize: 4, flushIntervalMs: 10_000, retryInitialDelayMs: 5000 });
    for (let i = 1; i <= 10; i++) d.enqueue(event(i)); // 1–4 fail and wait; 5–8 wait behind; 9–10 partial
    flushMicrotasks();
    d.flushForUnload();
    expect(sink.unloaded.map((b) => b.events.length)).toEqual([4, 4, 2]);
    expect(sink.deliveredIds()).toEqual(Array.from({ length: 10 }, (_, i) => `view-a:${i + 1}`));
    tick(60_000);
    expect(sink.calls).toBe(1); // nothing is sent twice
    d.dispose();
  }));

  it('leaves a batch the sink is sending to the sink, and keeps refused batches for later', fakeAsync(() => {
    const sink = new RecordingSink();
    sink.hold = true;
    const d = dispatcher([sink], { batchSize: 2, flushIntervalMs: 1000 });
    for (let i = 1; i <= 3; i++) d.enqueue(event(i));
    sink.acceptUnload = false;
    d.flushForUnload();
    expect(sink.unloaded.length).toBe(0);
    expect(d.stats().sinks[0].queued).toBe(1);
    sink.hold = false;
    sink.release();
    flushMicrotasks();
    tick(1000);
    expect(sink.deliveredIds()).toEqual(['view-a:1', 'view-a:2', 'view-a:3']);
    d.dispose();
  }));
});

describe('AnalyticsDispatcher sampling', () => {
  it('sends all or nothing of a view, deterministically', fakeAsync(() => {
    const sink = new RecordingSink();
    const d = dispatcher([sink], { sampling: 0.5, batchSize: 1000, flushIntervalMs: 100 });
    const views = Array.from({ length: 400 }, (_, i) => `view-${i}`);
    for (const v of views) for (let n = 1; n <= 3; n++) d.enqueue(event(n, v));
    tick(100);
    const perView = new Map<string, number>();
    for (const e of sink.sent.flatMap((b) => b.events)) perView.set(e.viewId, (perView.get(e.viewId) ?? 0) + 1);
    expect([...perView.values()].every((n) => n === 3)).toBeTrue();
    expect(perView.size).toBeGreaterThan(150);
    expect(perView.size).toBeLessThan(250);
    expect(d.stats().sampledOut).toBe((400 - perView.size) * 3);
    // the same views are chosen again
    const again = dispatcher([new RecordingSink()], { sampling: 0.5 });
    expect(views.filter((v) => again.isSampled(SESSION, v))).toEqual([...perView.keys()]);
    d.dispose();
  }));
});
