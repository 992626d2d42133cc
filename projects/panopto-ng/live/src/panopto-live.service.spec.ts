import { HttpErrorResponse } from '@angular/common/http';
import { PLATFORM_ID } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { throwError } from 'rxjs';
import { PANOPTO_LIVE_BACKEND } from './core/live-backend';
import { PANOPTO_LIVE_OPTIONS } from './core/live-options';
import { BroadcastRequest, LiveWebcastsState, PanoptoLiveService } from './panopto-live.service';
import { PanoptoBroadcastValidationError } from './schedule/broadcast-validation';
import { PanoptoScheduleConflictError } from './schedule/schedule-conflicts';
import { FakeLiveBackend, webcast } from './testing-support/fake-live-backend';
import { PANOPTO_CLOCK } from 'panopto-ng';
import { FakePanoptoClock } from 'panopto-ng/testing';

const RECORDER = '0f0f0f0f-1111-4222-8333-444444444444';
const FOLDER = '0a0a0a0a-1111-4222-8333-444444444444';

describe('PanoptoLiveService', () => {
  let clock: FakePanoptoClock;
  let backend: FakeLiveBackend;
  let live: PanoptoLiveService;

  function setup(platform = 'browser'): void {
    clock = new FakePanoptoClock(Date.UTC(2026, 10, 28, 15, 0, 0));
    backend = new FakeLiveBackend();
    TestBed.configureTestingModule({
      providers: [
        { provide: PANOPTO_LIVE_BACKEND, useValue: backend },
        { provide: PANOPTO_CLOCK, useValue: clock },
        { provide: PANOPTO_LIVE_OPTIONS, useValue: { pollIntervalMs: 15_000, maxBackoffMs: 120_000 } },
        { provide: PLATFORM_ID, useValue: platform },
      ],
    });
    live = TestBed.inject(PanoptoLiveService);
  }

  function request(overrides: Partial<BroadcastRequest> = {}): BroadcastRequest {
    const now = clock.now();
    return {
      name: 'Town hall',
      start: new Date(now + 2 * 60_000),
      end: new Date(now + 32 * 60_000),
      folderId: FOLDER,
      recorderId: RECORDER,
      ...overrides,
    };
  }

  describe('webcasts$', () => {
    beforeEach(() => setup());

    it('runs one poll loop for many subscribers and stops it when the last one leaves', () => {
      backend.holdWebcasts();
      const a = live.webcasts$.subscribe();
      const b = live.webcasts$.subscribe();
      const c = live.webcasts$.subscribe();
      expect(backend.webcastCalls).toBe(1);
      a.unsubscribe();
      b.unsubscribe();
      expect(backend.webcastUnsubscribes).toBe(0);
      c.unsubscribe();
      expect(backend.webcastUnsubscribes).toBe(1);
      clock.tick(600_000);
      expect(backend.webcastCalls).toBe(1);
    });

    it('pauses polling while the tab is hidden and polls at once when it is visible again', () => {
      const visibility = spyOnProperty(document, 'visibilityState', 'get').and.returnValue('visible');
      const sub = live.webcasts$.subscribe();
      expect(backend.webcastCalls).toBe(1);
      visibility.and.returnValue('hidden');
      document.dispatchEvent(new Event('visibilitychange'));
      clock.tick(120_000);
      expect(backend.webcastCalls).toBe(1);
      visibility.and.returnValue('visible');
      document.dispatchEvent(new Event('visibilitychange'));
      expect(backend.webcastCalls).toBe(2);
      sub.unsubscribe();
    });

    it('emits the list with additions and removals after every poll', () => {
      const states: LiveWebcastsState[] = [];
      backend.answerWebcasts([webcast(1), webcast(2)]);
      const sub = live.webcasts$.subscribe((s) => states.push(s));
      backend.answerWebcasts([webcast(2), webcast(3)]);
      clock.tick(15_000);
      sub.unsubscribe();
      expect(states.map((s) => s.status)).toEqual(['loading', 'ready', 'ready']);
      expect(states[1].initial).toBeTrue();
      expect(states[1].added.length).toBe(2);
      expect(states[2].initial).toBeFalse();
      expect(states[2].added.map((s) => s.Name)).toEqual(['Webcast 3']);
      expect(states[2].removed.map((s) => s.Name)).toEqual(['Webcast 1']);
      expect(states[2].sessions.map((s) => s.Name)).toEqual(['Webcast 2', 'Webcast 3']);
      expect(states[2].updatedAt).toBe(clock.now());
    });

    it('keeps the last good list on error, says why, and recovers', () => {
      const states: LiveWebcastsState[] = [];
      backend.answerWebcasts([webcast(1)]);
      const sub = live.webcasts$.subscribe((s) => states.push(s));
      backend.failWebcasts(new HttpErrorResponse({ status: 503, statusText: 'Service Unavailable' }));
      clock.tick(15_000);
      const failed = states[states.length - 1];
      expect(failed.status).toBe('error');
      expect(failed.sessions.length).toBe(1);
      expect(failed.errorMessage).toContain('503');
      expect(failed.retryInMs).toBe(30_000);
      backend.answerWebcasts([]);
      clock.tick(30_000);
      const recovered = states[states.length - 1];
      expect(recovered.status).toBe('ready');
      expect(recovered.removed.length).toBe(1);
      sub.unsubscribe();
    });

    it('gives a late subscriber the current state without a new request', () => {
      backend.answerWebcasts([webcast(1)]);
      const first = live.webcasts$.subscribe();
      let late: LiveWebcastsState | undefined;
      live.webcasts$.subscribe((s) => (late = s)).unsubscribe();
      expect(late?.sessions.length).toBe(1);
      expect(backend.webcastCalls).toBe(1);
      first.unsubscribe();
    });

    it('tells whether one session is live', () => {
      const seen: boolean[] = [];
      backend.answerWebcasts([webcast(1)]);
      const sub = live.isLive(webcast(1).Id.toUpperCase()).subscribe((v) => seen.push(v));
      backend.answerWebcasts([]);
      clock.tick(15_000);
      sub.unsubscribe();
      expect(seen).toEqual([true, false]);
    });
  });

  it('does not poll on the server', () => {
    setup('server');
    const states: LiveWebcastsState[] = [];
    live.webcasts$.subscribe((s) => states.push(s));
    expect(backend.webcastCalls).toBe(0);
    expect(states.map((s) => s.status)).toEqual(['loading']);
  });

  describe('scheduling', () => {
    beforeEach(() => setup());

    it('sends a broadcast in UTC with IsBroadcast and resolveConflicts', () => {
      let id = '';
      live
        .scheduleBroadcast(request({ name: '  Town hall ' }), { resolveConflicts: true })
        .subscribe((r) => (id = r.Id));
      expect(id).toBe('11111111-2222-3333-4444-555555555555');
      expect(backend.created).toEqual([
        {
          resolveConflicts: true,
          body: {
            Name: 'Town hall',
            StartTime: '2026-11-28T15:02:00.000Z',
            EndTime: '2026-11-28T15:32:00.000Z',
            FolderId: FOLDER,
            Recorders: [{ RemoteRecorderId: RECORDER, SuppressPrimary: false, SuppressSecondary: false }],
            IsBroadcast: true,
          },
        },
      ]);
    });

    it('is cold: nothing is sent before subscribing', () => {
      live.scheduleBroadcast(request());
      expect(backend.created.length).toBe(0);
    });

    it('refuses a broken request before any call, naming each field', () => {
      let error: unknown;
      live
        .scheduleBroadcast(request({ name: ' ', start: clock.now() - 1000, end: clock.now() - 2000, recorderId: '' }))
        .subscribe({ error: (e) => (error = e) });
      expect(backend.created.length).toBe(0);
      expect(error).toBeInstanceOf(PanoptoBroadcastValidationError);
      const fields = (error as PanoptoBroadcastValidationError).issues.map((i) => `${i.field}:${i.rule}`);
      expect(fields).toEqual([
        'Recorders:exactlyOneRecorder',
        'Name:required',
        'StartTime:notInFuture',
        'EndTime:endNotAfterStart',
      ]);
    });

    it('turns a conflict answer into a PanoptoScheduleConflictError listing the sessions', () => {
      backend.createAnswer = () =>
        throwError(
          () =>
            new HttpErrorResponse({
              status: 400,
              error: {
                Error: {
                  ErrorCode: 'ScheduleConflict',
                  Message: 'Conflicts with an existing recording',
                  Success: false,
                },
                ConflictingSessions: [
                  {
                    SessionId: 'bbbbbbbb-0000-4000-8000-000000000001',
                    SessionName: 'Algebra',
                    StartTime: '2026-11-28T15:00:00Z',
                    EndTime: '2026-11-28T16:00:00Z',
                  },
                ],
              },
            }),
        );
      let error: unknown;
      live.scheduleBroadcast(request()).subscribe({ error: (e) => (error = e) });
      expect(error).toBeInstanceOf(PanoptoScheduleConflictError);
      const conflict = error as PanoptoScheduleConflictError;
      expect(conflict.conflicts[0].name).toBe('Algebra');
      expect(conflict.message).toContain('“Algebra” (2026-11-28 15:00–16:00 UTC)');
    });

    it('passes other errors through unchanged', () => {
      const failure = new HttpErrorResponse({ status: 403 });
      backend.createAnswer = () => throwError(() => failure);
      let error: unknown;
      live.scheduleBroadcast(request()).subscribe({ error: (e) => (error = e) });
      expect(error).toBe(failure);
    });

    it('moves a broadcast with both times in UTC, and refuses a move into the past', () => {
      const id = '11111111-2222-3333-4444-555555555555';
      live.moveBroadcast(id, { start: '2026-11-28T17:00:00+01:00', end: '2026-11-28T17:30:00+01:00' }).subscribe();
      expect(backend.updated).toEqual([
        {
          id,
          body: { StartTime: '2026-11-28T16:00:00.000Z', EndTime: '2026-11-28T16:30:00.000Z' },
          resolveConflicts: false,
        },
      ]);
      let error: unknown;
      live
        .moveBroadcast(id, { start: clock.now() - 1, end: clock.now() + 1000 })
        .subscribe({ error: (e) => (error = e) });
      expect((error as PanoptoBroadcastValidationError).field).toBe('StartTime');
      expect(backend.updated.length).toBe(1);
    });

    it('cancels by id and refuses something that is not an id', () => {
      live.cancelBroadcast('11111111-2222-3333-4444-555555555555').subscribe();
      expect(backend.deleted).toEqual(['11111111-2222-3333-4444-555555555555']);
      let error: unknown;
      live.cancelBroadcast('../folders').subscribe({ error: (e) => (error = e) });
      expect((error as PanoptoBroadcastValidationError).field).toBe('Id');
      expect(backend.deleted.length).toBe(1);
    });
  });
});
