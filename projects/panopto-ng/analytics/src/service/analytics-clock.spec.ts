import { TestBed, fakeAsync, flushMicrotasks } from '@angular/core/testing';
import { PANOPTO_CLOCK } from 'panopto-ng';
import { FakePanoptoClock, provideFakePanoptoClock } from 'panopto-ng/testing';
import { withPanoptoAnalytics } from '../config/with-analytics';
import { PanoptoAnalyticsClock, toLegacyAnalyticsClock } from '../delivery/analytics-clock';
import { FakeTrackablePlayer } from '../testing-support/fake-trackable-player';
import { RecordingSink } from '../testing-support/recording-sink';
import { PANOPTO_ANALYTICS_CLOCK } from './analytics-clock-token';
import { PanoptoAnalyticsService } from './panopto-analytics.service';

const SESSION = '11111111-2222-3333-4444-555555555555';

describe('PanoptoAnalyticsService time', () => {
  afterEach(() => TestBed.resetTestingModule());

  it('runs flush timers, retry waits and jitter on PANOPTO_CLOCK and PANOPTO_RANDOM', fakeAsync(() => {
    const clock = new FakePanoptoClock(Date.UTC(2026, 2, 1, 9));
    const sink = new RecordingSink();
    sink.failures = 1;
    TestBed.configureTestingModule({
      providers: [
        provideFakePanoptoClock(clock, () => 0),
        withPanoptoAnalytics({ sinks: [sink], initialConsent: true, flushIntervalMs: 5000 }).providers,
      ],
    });
    const service = TestBed.inject(PanoptoAnalyticsService);
    const player = new FakeTrackablePlayer();
    player.duration = 60;
    const handle = service.track(player, { sessionId: SESSION, viewId: 'v1' });
    flushMicrotasks();
    expect(clock.pendingDelays()).toEqual([5000]);
    clock.tick(5000);
    flushMicrotasks();
    expect(sink.calls).toBe(1); // failed
    expect(clock.pendingDelays()).toEqual([500]); // 1000 × (0.5 + 0.5 × random 0)
    clock.tick(500);
    flushMicrotasks();
    expect(sink.sent.length).toBe(1);
    expect(sink.sent[0].events[0].at).toBe(new Date(Date.UTC(2026, 2, 1, 9)).toISOString());
    handle.stop();
    TestBed.resetTestingModule();
  }));

  it('deprecated PANOPTO_ANALYTICS_CLOCK reads PANOPTO_CLOCK by default', () => {
    const clock = new FakePanoptoClock(1_000_000);
    TestBed.configureTestingModule({ providers: [provideFakePanoptoClock(clock, () => 0.25)] });
    const legacy = TestBed.inject(PANOPTO_ANALYTICS_CLOCK);
    expect(legacy.now()).toBe(1_000_000);
    expect(legacy.random()).toBe(0.25);
    let fired = 0;
    legacy.setTimeout(() => fired++, 100);
    const cancelled = legacy.setTimeout(() => fired++, 100);
    legacy.clearTimeout(cancelled);
    clock.tick(100);
    expect(fired).toBe(1);
    expect(TestBed.inject(PANOPTO_CLOCK)).toBe(clock);
  });

  it('deprecated PANOPTO_ANALYTICS_CLOCK is still honoured when an app provides it', fakeAsync(() => {
    const own = new FakePanoptoClock(5_000);
    const ignored = new FakePanoptoClock(9_000_000);
    const legacy: PanoptoAnalyticsClock = toLegacyAnalyticsClock({ clock: own, random: () => 1 });
    const sink = new RecordingSink();
    TestBed.configureTestingModule({
      providers: [
        provideFakePanoptoClock(ignored),
        { provide: PANOPTO_ANALYTICS_CLOCK, useValue: legacy },
        withPanoptoAnalytics({ sinks: [sink], initialConsent: true, flushIntervalMs: 2000 }).providers,
      ],
    });
    const service = TestBed.inject(PanoptoAnalyticsService);
    const handle = service.track(new FakeTrackablePlayer(), { sessionId: SESSION, viewId: 'v1' });
    expect(own.pendingDelays()).toEqual([2000]);
    expect(ignored.pendingDelays()).toEqual([]);
    own.tick(2000);
    flushMicrotasks();
    expect(sink.sent[0].events[0].at).toBe(new Date(5_000).toISOString());
    handle.stop();
    TestBed.resetTestingModule();
  }));
});
