import { NgZone } from '@angular/core';
import { TestBed, fakeAsync, flush, flushMicrotasks, tick } from '@angular/core/testing';
import { providePanoptoAnalytics } from '../config/provide-analytics';
import { PanoptoAnalyticsConfig } from '../config/analytics-config';
import { PanoptoAnalyticsEvent } from '../delivery/analytics-event';
import { EngagementSummary } from '../engagement/engagement-summary';
import { panoptoHttpSink } from '../sinks/http-sink';
import { FakeTrackablePlayer } from '../testing-support/fake-trackable-player';
import { RecordingSink } from '../testing-support/recording-sink';
import { PanoptoAnalyticsService } from './panopto-analytics.service';

const SESSION = '11111111-2222-3333-4444-555555555555';

function setUp(config: PanoptoAnalyticsConfig) {
  TestBed.configureTestingModule({ providers: [providePanoptoAnalytics(config)] });
  return TestBed.inject(PanoptoAnalyticsService);
}

/** Plays from the current position to `to`, one time update every 250 ms of (fake) wall time. */
function playTo(player: FakeTrackablePlayer, to: number): void {
  while (player.time < to - 1e-9) {
    tick(250);
    player.at(Math.min(to, player.time + 0.25));
  }
}

function events(sink: RecordingSink): PanoptoAnalyticsEvent[] {
  return [...sink.sent, ...sink.unloaded].flatMap((b) => b.events);
}

describe('PanoptoAnalyticsService', () => {
  afterEach(() => TestBed.resetTestingModule());

  it('follows a player and publishes the summary', fakeAsync(() => {
    const service = setUp({});
    const player = new FakeTrackablePlayer();
    player.duration = 100;
    const handle = service.track(player, { sessionId: SESSION, viewId: 'v1' });
    const seen: EngagementSummary[] = [];
    handle.summary$.subscribe((s) => seen.push(s));
    player.play();
    playTo(player, 30);
    player.at(10); // dragged back
    playTo(player, 20);
    player.pause();
    const s = handle.summary;
    expect(s.sessionId).toBe(SESSION);
    expect(s.watchedIntervals).toEqual([{ start: 0, end: 30 }]);
    expect(s.completionPercent).toBeCloseTo(30, 6);
    expect(s.rewatchedSeconds).toBeCloseTo(10, 6);
    expect(s.seeksBack).toBe(1);
    expect(s.pauses).toBe(1);
    expect(seen[seen.length - 1]).toEqual(s);
    // throttled: far fewer emissions than the 160 time updates
    expect(seen.length).toBeLessThan(60);
    handle.stop();
    expect(player.stateChange.observed).toBeFalse();
    expect(player.timeUpdate.observed).toBeFalse();
  }));

  it('sends discrete events and watched runs to sinks once consent is given, with no personal data', fakeAsync(() => {
    const sink = new RecordingSink();
    const service = setUp({ sinks: [sink], flushIntervalMs: 1000 });
    const player = new FakeTrackablePlayer();
    player.duration = 60;
    const handle = service.track(player, { sessionId: SESSION, viewId: 'v1' });
    player.play();
    playTo(player, 5);
    player.pause();
    tick(5000);
    expect(sink.calls).toBe(0); // no consent yet
    service.setConsent(true);
    tick(1000);
    const sent = events(sink);
    expect(sent.map((e) => e.type)).toEqual(['view-start', 'play', 'watched', 'pause']);
    expect(sent.find((e) => e.type === 'watched')).toEqual(
      jasmine.objectContaining({ startSeconds: 0, endSeconds: 5, sessionId: SESSION, viewId: 'v1' }),
    );
    expect(sent.every((e) => !('viewerId' in e))).toBeTrue();
    expect(sent.map((e) => e.id)).toEqual(['v1:1', 'v1:2', 'v1:3', 'v1:4']);
    handle.stop();
    tick(1000);
    const end = events(sink).find((e) => e.type === 'view-end');
    expect(end?.completionPercent).toBeCloseTo((5 / 60) * 100, 2);
  }));

  it('reports an explicit seek, rate changes and the end', fakeAsync(() => {
    const sink = new RecordingSink();
    const service = setUp({ sinks: [sink], initialConsent: true, flushIntervalMs: 100 });
    const player = new FakeTrackablePlayer();
    player.duration = 20;
    const handle = service.track(player, { sessionId: SESSION, viewId: 'v1', viewerId: 'opaque-42' });
    player.play();
    playTo(player, 4);
    handle.recordSeek(3);
    player.time = 3;
    player.playbackRateChange.next(2);
    playTo(player, 19.75);
    player.end();
    tick(100);
    const s = handle.summary;
    expect(s.seeksBack).toBe(1);
    expect(s.ends).toBe(1); // the `ended` output duplicating stateChange(0) is ignored
    expect(s.completionPercent).toBeCloseTo(100, 6);
    expect(s.ratePlayback.map((r) => r.rate)).toEqual([1, 2]);
    const types = events(sink).map((e) => e.type);
    expect(types.filter((t) => t === 'seek').length).toBe(1);
    expect(types.filter((t) => t === 'rate').length).toBe(1);
    expect(types.filter((t) => t === 'ended').length).toBe(1);
    expect(events(sink).every((e) => e.viewerId === 'opaque-42')).toBeTrue();
    handle.stop();
    flush();
  }));

  it('runs delivery outside the Angular zone and emits summaries inside it', fakeAsync(() => {
    const zones: boolean[] = [];
    const sink = new RecordingSink();
    const send = sink.send.bind(sink);
    sink.send = (batch) => {
      zones.push(NgZone.isInAngularZone());
      return send(batch);
    };
    const service = setUp({ sinks: [sink], initialConsent: true, flushIntervalMs: 100 });
    const zone = TestBed.inject(NgZone);
    const player = new FakeTrackablePlayer();
    player.duration = 10;
    const inZone: boolean[] = [];
    const handle = zone.run(() => service.track(player, { sessionId: SESSION }));
    handle.summary$.subscribe(() => inZone.push(NgZone.isInAngularZone()));
    zone.run(() => {
      player.play();
      playTo(player, 2);
      player.pause();
    });
    tick(100);
    expect(zones.length).toBeGreaterThan(0);
    expect(zones).not.toContain(true);
    expect(inZone.slice(1)).not.toContain(false);
    handle.stop();
    flush();
  }));

  it('subscribes to the player outside the zone and enters it for nobody when nobody watches', fakeAsync(() => {
    const service = setUp({ sinks: [new RecordingSink()], initialConsent: true, flushIntervalMs: 100 });
    const zone = TestBed.inject(NgZone);
    const player = new FakeTrackablePlayer();
    player.duration = 10;
    const subscribedInZone: boolean[] = [];
    const subscribe = player.timeUpdate.subscribe.bind(player.timeUpdate);
    spyOn(player.timeUpdate, 'subscribe').and.callFake(((...args: Parameters<typeof subscribe>) => {
      subscribedInZone.push(NgZone.isInAngularZone());
      return subscribe(...args);
    }) as typeof subscribe);
    const handle = zone.run(() => service.track(player, { sessionId: SESSION }));
    expect(subscribedInZone).toEqual([false]);
    // Count entries into the zone from outside while playing with no summary$ / delivery$ subscriber.
    const original = zone.run.bind(zone);
    let entries = 0;
    spyOn(zone, 'run').and.callFake(<T>(fn: (...args: unknown[]) => T) => {
      if (!NgZone.isInAngularZone()) entries++;
      return original(fn);
    });
    zone.runOutsideAngular(() => playTo(player, 5)); // 20 samples, summaries, a batch or two sent
    tick(200);
    expect(entries).toBe(0);
    handle.stop();
    flush();
  }));

  it('on pagehide sends the pending batch with navigator.sendBeacon, including the run played so far', fakeAsync(() => {
    const beacon = spyOn(navigator, 'sendBeacon').and.returnValue(true);
    const fetchSpy = jasmine.createSpy('fetch').and.resolveTo(new Response(null, { status: 204 }));
    const sink = panoptoHttpSink({ url: '/api/engagement', fetch: fetchSpy });
    const service = setUp({ sinks: [sink], initialConsent: true, flushIntervalMs: 60_000 });
    const player = new FakeTrackablePlayer();
    player.duration = 100;
    const handle = service.track(player, { sessionId: SESSION, viewId: 'v1' });
    player.play();
    playTo(player, 8);
    window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: false }));
    expect(fetchSpy).not.toHaveBeenCalled();
    expect(beacon).toHaveBeenCalledTimes(1);
    const [url, body] = beacon.calls.mostRecent().args;
    expect(url).toBe('/api/engagement');
    expect(body instanceof Blob).toBeTrue();
    expect((body as Blob).type).toBe('text/plain;charset=utf-8');
    handle.stop();
    flush();
  }));

  it('sends what the beacon carried: the run so far and the end of the view', async () => {
    const beacon = spyOn(navigator, 'sendBeacon').and.returnValue(true);
    const sink = panoptoHttpSink({ url: '/api/engagement', fetch: jasmine.createSpy('fetch') });
    const service = setUp({ sinks: [sink], initialConsent: true, flushIntervalMs: 60_000 });
    const player = new FakeTrackablePlayer();
    player.duration = 100;
    const handle = service.track(player, { sessionId: SESSION, viewId: 'v1' });
    player.play();
    player.at(0.25);
    window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: false }));
    expect(beacon).toHaveBeenCalledTimes(1);
    const body = JSON.parse(await (beacon.calls.mostRecent().args[1] as Blob).text());
    expect(body.events.map((e: PanoptoAnalyticsEvent) => e.type)).toEqual([
      'view-start',
      'play',
      'watched',
      'view-end',
    ]);
    handle.stop();
  });

  it('makes no beacon and no request on pagehide without consent', fakeAsync(() => {
    const beacon = spyOn(navigator, 'sendBeacon').and.returnValue(true);
    const fetchSpy = jasmine.createSpy('fetch');
    const service = setUp({ sinks: [panoptoHttpSink({ url: '/api/engagement', fetch: fetchSpy })] });
    const player = new FakeTrackablePlayer();
    const handle = service.track(player, { sessionId: SESSION });
    player.play();
    playTo(player, 3);
    window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: false }));
    document.dispatchEvent(new Event('visibilitychange'));
    tick(120_000);
    expect(beacon).not.toHaveBeenCalled();
    expect(fetchSpy).not.toHaveBeenCalled();
    handle.stop();
    flush();
  }));

  it('records the tab being hidden and flushes by beacon then', fakeAsync(() => {
    const sink = new RecordingSink();
    const service = setUp({ sinks: [sink], initialConsent: true, flushIntervalMs: 60_000 });
    const player = new FakeTrackablePlayer();
    player.duration = 100;
    const handle = service.track(player, { sessionId: SESSION, viewId: 'v1' });
    player.play();
    playTo(player, 4);
    const visibility = spyOnProperty(document, 'visibilityState', 'get').and.returnValue('hidden');
    document.dispatchEvent(new Event('visibilitychange'));
    expect(handle.summary.hidden).toBeTrue();
    expect(sink.unloaded.flatMap((b) => b.events).map((e) => e.type)).toEqual([
      'view-start',
      'play',
      'watched',
      'hidden',
    ]);
    playTo(player, 10);
    visibility.and.returnValue('visible');
    document.dispatchEvent(new Event('visibilitychange'));
    expect(handle.summary.hidden).toBeFalse();
    expect(handle.summary.hiddenPlaybackSeconds).toBeCloseTo(6, 6);
    handle.stop();
    flush();
  }));

  it('rejects track() without a session id or with something that is not a player', () => {
    const service = setUp({});
    expect(() => service.track(new FakeTrackablePlayer(), { sessionId: '' })).toThrowError(/sessionId/);
    expect(() => service.track({} as FakeTrackablePlayer, { sessionId: SESSION })).toThrowError(/stateChange/);
  });

  it('tracks locally and sends nothing when no analytics provider is configured', fakeAsync(() => {
    TestBed.configureTestingModule({});
    const service = TestBed.inject(PanoptoAnalyticsService);
    const player = new FakeTrackablePlayer();
    player.duration = 10;
    const handle = service.track(player, { sessionId: SESSION });
    service.setConsent(true);
    player.play();
    playTo(player, 5);
    player.pause();
    expect(handle.summary.completionPercent).toBeCloseTo(50, 6);
    handle.stop();
    flush();
  }));
});
