import { NgZone } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { HttpErrorResponse, HttpHeaders } from '@angular/common/http';
import { Subscription, of } from 'rxjs';
import { FakeLiveBackend, webcast } from '../testing-support/fake-live-backend';
import { FakePanoptoClock } from 'panopto-ng/testing';
import { FakeVisibilityDocument } from '../testing-support/fake-visibility-document';
import { PollOutcome, backoffDelayMs, pollWhileVisible, retryAfterMsOf } from './visibility-poll';

describe('pollWhileVisible', () => {
  let clock: FakePanoptoClock;
  let doc: FakeVisibilityDocument;
  let backend: FakeLiveBackend;
  let zone: NgZone;
  let outcomes: PollOutcome<unknown>[];
  let sub: Subscription | undefined;
  const timing = { intervalMs: 10_000, maxBackoffMs: 60_000 };

  function start(): void {
    sub = pollWhileVisible(() => backend.inProgressWebcasts(), timing, {
      zone,
      document: doc.asDocument(),
      clock,
    }).subscribe((o) => outcomes.push(o));
  }

  beforeEach(() => {
    clock = new FakePanoptoClock(Date.UTC(2026, 10, 28, 15));
    doc = new FakeVisibilityDocument();
    backend = new FakeLiveBackend();
    zone = TestBed.inject(NgZone);
    outcomes = [];
  });
  afterEach(() => sub?.unsubscribe());

  it('fetches at once, then once per interval', () => {
    backend.answerWebcasts([webcast(1)]);
    start();
    expect(backend.webcastCalls).toBe(1);
    clock.tick(9_999);
    expect(backend.webcastCalls).toBe(1);
    clock.tick(1);
    expect(backend.webcastCalls).toBe(2);
    expect(outcomes.every((o) => o.kind === 'value')).toBeTrue();
  });

  it('pauses while the tab is hidden and polls immediately when it is visible again', () => {
    start();
    expect(backend.webcastCalls).toBe(1);
    doc.setHidden(true);
    clock.tick(120_000);
    expect(backend.webcastCalls).toBe(1);
    expect(clock.pendingDelays()).toEqual([]);
    doc.setHidden(false);
    expect(backend.webcastCalls).toBe(2);
    clock.tick(10_000);
    expect(backend.webcastCalls).toBe(3);
  });

  it('does not start polling while hidden at subscription time', () => {
    doc.visibilityState = 'hidden';
    start();
    clock.tick(60_000);
    expect(backend.webcastCalls).toBe(0);
    doc.setHidden(false);
    expect(backend.webcastCalls).toBe(1);
  });

  it('backs off on errors, doubling up to the cap, and resets after a success', () => {
    backend.failWebcasts(new HttpErrorResponse({ status: 500 }));
    start();
    const waits: number[] = [];
    for (let i = 0; i < 5; i++) {
      const last = outcomes[outcomes.length - 1];
      expect(last.kind).toBe('error');
      if (last.kind === 'error') waits.push(last.retryInMs);
      clock.tick(clock.pendingDelays()[0]);
    }
    expect(waits).toEqual([20_000, 40_000, 60_000, 60_000, 60_000]);
    backend.answerWebcasts([]);
    clock.tick(clock.pendingDelays()[0]);
    expect(outcomes[outcomes.length - 1].kind).toBe('value');
    expect(clock.pendingDelays()).toEqual([10_000]);
  });

  it("waits at least a 429's Retry-After, and becoming visible does not skip the backoff", () => {
    backend.failWebcasts(new HttpErrorResponse({ status: 429, headers: new HttpHeaders({ 'Retry-After': '50' }) }));
    start();
    expect(clock.pendingDelays()).toEqual([50_000]);
    clock.tick(5_000);
    doc.setHidden(true);
    doc.setHidden(false);
    expect(backend.webcastCalls).toBe(1);
    expect(clock.pendingDelays()).toEqual([45_000]);
  });

  it('honours the retryAfterMs of the core rate-limit error and caps it', () => {
    expect(retryAfterMsOf({ retryAfterMs: 7000 })).toBe(7000);
    expect(backoffDelayMs(1, timing, { retryAfterMs: 500_000 })).toBe(60_000);
    expect(backoffDelayMs(1, timing, { retryAfterMs: null })).toBe(20_000);
  });

  it('cancels the request in flight and the timer on unsubscribe', () => {
    backend.holdWebcasts();
    start();
    expect(backend.webcastCalls).toBe(1);
    sub!.unsubscribe();
    expect(backend.webcastUnsubscribes).toBe(1);
    clock.tick(600_000);
    expect(backend.webcastCalls).toBe(1);
    doc.setHidden(true);
    doc.setHidden(false);
    expect(backend.webcastCalls).toBe(1);
  });

  it('never starts a second request while one is in flight', () => {
    const held = backend.holdWebcasts();
    start();
    doc.setHidden(true);
    doc.setHidden(false);
    clock.tick(100_000);
    expect(backend.webcastCalls).toBe(1);
    held.next([webcast(1)]);
    expect(outcomes.length).toBe(1);
    expect(clock.pendingDelays()).toEqual([10_000]);
  });

  it('keeps timers and requests outside the Angular zone and delivers outcomes inside it', () => {
    const zonesAtFetch: boolean[] = [];
    const zonesAtOutcome: boolean[] = [];
    backend.webcastAnswer = () => {
      zonesAtFetch.push(NgZone.isInAngularZone());
      return of([]);
    };
    zone.run(() =>
      pollWhileVisible(() => backend.inProgressWebcasts(), timing, {
        zone,
        document: doc.asDocument(),
        clock,
      }).subscribe(() => zonesAtOutcome.push(NgZone.isInAngularZone())),
    );
    clock.tick(10_000);
    expect(zonesAtFetch).toEqual([false, false]);
    expect(zonesAtOutcome).toEqual([true, true]);
  });
});
