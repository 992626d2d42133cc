import { fakeAsync, flushMicrotasks } from '@angular/core/testing';
import { FakePanoptoClock } from 'panopto-ng/testing';
import { validatePanoptoAnalyticsConfig } from '../config/validate-analytics-config';
import { PanoptoAnalyticsSinkError } from '../sinks/analytics-sink-error';
import { RecordingSink } from '../testing-support/recording-sink';
import { PanoptoAnalyticsClock, SYSTEM_ANALYTICS_CLOCK, toLegacyAnalyticsClock } from './analytics-clock';
import { AnalyticsDispatcher } from './analytics-dispatcher';
import { PanoptoAnalyticsEvent } from './analytics-event';
import { SinkChannel, sinkRetryReason } from './sink-channel';

const SESSION = '11111111-2222-3333-4444-555555555555';

function event(n: number): PanoptoAnalyticsEvent {
  return { id: `v:${n}`, type: 'play', at: new Date(0).toISOString(), sessionId: SESSION, viewId: 'v' };
}

/** A sink whose next sends reject with the given errors, then succeed. */
class FailingSink extends RecordingSink {
  errors: unknown[] = [];
  override send(batch: Parameters<RecordingSink['send']>[0]): Promise<void> {
    const error = this.errors.shift();
    if (error !== undefined) {
      this.calls++;
      return Promise.reject(error);
    }
    return super.send(batch);
  }
}

function sinkError(status: number, retryAfter: string | null = null): PanoptoAnalyticsSinkError {
  return new PanoptoAnalyticsSinkError(`HTTP ${status}`, { sink: 'failing', status, retryAfter });
}

function channel(sink: RecordingSink, clock: FakePanoptoClock, overrides = {}, random = () => 0.5) {
  const config = validatePanoptoAnalyticsConfig({ batchSize: 1, ...overrides });
  return new SinkChannel(sink, config, { clock, random });
}

describe('SinkChannel retries (core retry policy)', () => {
  it('waits what it waited before the core backoff: equal jitter, doubled, capped', fakeAsync(() => {
    const clock = new FakePanoptoClock();
    const sink = new FailingSink();
    sink.errors = [new Error('down'), new Error('down'), new Error('down'), new Error('down')];
    const c = channel(sink, clock, { retry: { maxRetries: 4, initialDelayMs: 1000, maxDelayMs: 3000 } });
    c.enqueue(event(1));
    const waits: number[] = [];
    for (let i = 0; i < 4; i++) {
      flushMicrotasks();
      waits.push(...clock.pendingDelays());
      clock.tick(clock.pendingDelays()[0]);
    }
    flushMicrotasks();
    // base × (0.5 + 0.5 × random): 1000, 2000, 3000 (cap), 3000 at random 0.5
    expect(waits).toEqual([750, 1500, 2250, 2250]);
    expect(sink.deliveredIds()).toEqual(['v:1']);
  }));

  it('stops after retry.maxRetries and counts the batch as dropped', fakeAsync(() => {
    const clock = new FakePanoptoClock();
    const sink = new RecordingSink();
    sink.failures = 100;
    const c = channel(sink, clock, { retry: { maxRetries: 2, initialDelayMs: 10, maxDelayMs: 10 } });
    c.enqueue(event(1));
    for (let i = 0; i < 5; i++) {
      flushMicrotasks();
      clock.tick(10);
    }
    expect(sink.calls).toBe(3);
    expect(c.snapshot().droppedEvents).toBe(1);
  }));

  it('retries 429, 408, 5xx and no answer; drops a batch the backend refuses (4xx) at once', fakeAsync(() => {
    for (const [status, retried] of [
      [429, true],
      [408, true],
      [500, true],
      [503, true],
      [0, true],
      [400, false],
      [401, false],
      [413, false],
    ] as const) {
      const clock = new FakePanoptoClock();
      const sink = new FailingSink();
      sink.errors = [sinkError(status)];
      const c = channel(sink, clock);
      c.enqueue(event(1));
      flushMicrotasks();
      clock.tick(60_000);
      flushMicrotasks();
      expect(sink.deliveredIds().length)
        .withContext(`HTTP ${status}`)
        .toBe(retried ? 1 : 0);
      expect(c.snapshot().droppedEvents)
        .withContext(`HTTP ${status}`)
        .toBe(retried ? 0 : 1);
      expect(c.snapshot().lastError).toBe(`HTTP ${status}`);
    }
  }));

  it('waits the sink’s Retry-After, capped at retry.maxDelayMs', fakeAsync(() => {
    const clock = new FakePanoptoClock();
    const sink = new FailingSink();
    sink.errors = [sinkError(429, '7'), sinkError(503, '120')];
    const c = channel(sink, clock, { retry: { maxDelayMs: 30_000 } });
    c.enqueue(event(1));
    flushMicrotasks();
    expect(clock.pendingDelays()).toEqual([7000]);
    clock.tick(7000);
    flushMicrotasks();
    expect(clock.pendingDelays()).toEqual([30_000]);
    clock.tick(30_000);
    flushMicrotasks();
    expect(sink.deliveredIds()).toEqual(['v:1']);
  }));

  it('classifies failures with retryReasonForStatus', () => {
    expect(sinkRetryReason(sinkError(429))).toBe('rate-limited');
    expect(sinkRetryReason(sinkError(502))).toBe('server-error');
    expect(sinkRetryReason(sinkError(408))).toBe('timeout');
    expect(sinkRetryReason(sinkError(0))).toBe('network-error');
    expect(sinkRetryReason(new Error('custom sink failed'))).toBe('network-error');
    expect(sinkRetryReason('a string')).toBe('network-error');
    expect(sinkRetryReason(sinkError(404))).toBeNull();
  });

  it('still reads the deprecated maxAttempts / retryInitialDelayMs / retryMaxDelayMs without retry', fakeAsync(() => {
    const clock = new FakePanoptoClock();
    const sink = new RecordingSink();
    sink.failures = 100;
    const c = new SinkChannel(
      sink,
      {
        batchSize: 1,
        flushIntervalMs: 1000,
        maxQueueSize: 10,
        maxAttempts: 2,
        retryInitialDelayMs: 400,
        retryMaxDelayMs: 400,
      },
      { clock, random: () => 0 },
    );
    c.enqueue(event(1));
    flushMicrotasks();
    expect(clock.pendingDelays()).toEqual([200]);
    clock.tick(200);
    flushMicrotasks();
    expect(sink.calls).toBe(2);
    expect(clock.pendingDelays()).toEqual([]);
    expect(c.snapshot().droppedEvents).toBe(1);
  }));
});

describe('deprecated PanoptoAnalyticsClock', () => {
  it('is still accepted by AnalyticsDispatcher and SinkChannel in place of { clock, random }', fakeAsync(() => {
    const fake = new FakePanoptoClock();
    // An object of the old shape (now, setTimeout, clearTimeout, random), as an app may still pass one.
    const legacy: PanoptoAnalyticsClock = toLegacyAnalyticsClock({ clock: fake, random: () => 1 });
    const sink = new RecordingSink();
    sink.failures = 1;
    const config = validatePanoptoAnalyticsConfig({ batchSize: 1, flushIntervalMs: 100, initialConsent: true });
    const d = new AnalyticsDispatcher([sink], config, legacy);
    d.enqueue(event(1));
    flushMicrotasks();
    expect(fake.pendingDelays()).toEqual([1000]); // random 1 → the whole step
    fake.tick(1000);
    flushMicrotasks();
    expect(sink.deliveredIds()).toEqual(['v:1']);
    expect(sink.sent[0].createdAt).toBe(new Date(fake.now() - 1000).toISOString());
    d.setConsent(false);
    d.dispose();
  }));

  it('SYSTEM_ANALYTICS_CLOCK still reads real time and cancels its timers', (done) => {
    expect(Math.abs(SYSTEM_ANALYTICS_CLOCK.now() - Date.now())).toBeLessThan(50);
    const r = SYSTEM_ANALYTICS_CLOCK.random();
    expect(r >= 0 && r < 1).toBeTrue();
    let fired = false;
    const handle = SYSTEM_ANALYTICS_CLOCK.setTimeout(() => (fired = true), 0);
    SYSTEM_ANALYTICS_CLOCK.clearTimeout(handle);
    SYSTEM_ANALYTICS_CLOCK.setTimeout(() => {
      expect(fired).toBeFalse();
      done();
    }, 5);
  });
});
