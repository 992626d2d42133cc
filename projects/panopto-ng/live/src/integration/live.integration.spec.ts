// Integration: PanoptoLiveService in a real browser against the running emulator (real HTTP, real bearer
// tokens), with the emulator's clock jumped forward (/__emulator/clock) so a scheduled broadcast goes on air and
// ends within seconds. The service reads the same emulated time through PANOPTO_CLOCK, so its "in the future"
// checks agree with the emulator's. Jumps are small (seconds) so other suites sharing the emulator are unaffected.
import { HttpInterceptorFn, provideHttpClient, withInterceptors } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { PANOPTO_CLOCK, PanoptoApi, PanoptoClock, RemoteRecorder, providePanopto } from 'panopto-ng';
import { Subscription, filter, firstValueFrom, timeout } from 'rxjs';
import { withPanoptoLive } from '../core/live-options';
import { LiveWebcastsState, PanoptoLiveService } from '../panopto-live.service';
import { PanoptoBroadcastValidationError } from '../schedule/broadcast-validation';
import { PanoptoScheduleConflictError } from '../schedule/schedule-conflicts';
import { emulatorUrl } from '../../../testing-support/emulator';

async function post(url: string, body: unknown): Promise<Record<string, unknown>> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`POST ${url}: HTTP ${res.status} ${await res.text()}`);
  return res.json() as Promise<Record<string, unknown>>;
}

/** A PanoptoClock that follows the emulator's (possibly jumped) time: synced once, then advanced by real time. */
async function emulatorClock(emulator: string): Promise<PanoptoClock & { resync(): Promise<void> }> {
  let offset = 0;
  const resync = async () => {
    const state = (await (await fetch(`${emulator}/__emulator/clock`)).json()) as { nowMs: number };
    offset = state.nowMs - Date.now();
  };
  await resync();
  return {
    resync,
    now: () => Date.now() + offset,
    setTimeout: (callback, ms) => {
      const handle = setTimeout(callback, ms);
      return () => clearTimeout(handle);
    },
  };
}

describe('PanoptoLiveService against the emulator (integration, accelerated time)', () => {
  let emulator: string;
  let token: string;
  let live: PanoptoLiveService;
  let clock: PanoptoClock & { resync(): Promise<void> };
  let recorder: RemoteRecorder;
  const cleanup: Subscription[] = [];
  const created: string[] = [];

  const bearer: HttpInterceptorFn = (req, next) =>
    req.url.startsWith(`${emulator}/Panopto/api/v1/`)
      ? next(req.clone({ setHeaders: { Authorization: `Bearer ${token}` } }))
      : next(req);

  async function advance(ms: number): Promise<void> {
    await post(`${emulator}/__emulator/clock`, { advanceMs: ms });
    await clock.resync();
  }

  /** Waits (real time) for a webcasts$ state that satisfies `test`. */
  function stateWhere(test: (s: LiveWebcastsState) => boolean): Promise<LiveWebcastsState> {
    return firstValueFrom(live.webcasts$.pipe(filter(test), timeout(10_000)));
  }

  beforeEach(async () => {
    emulator = emulatorUrl();
    token = (await post(`${emulator}/__emulator/tokens`, { username: 'instructor' }))['access_token'] as string;
    clock = await emulatorClock(emulator);
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(withInterceptors([bearer])),
        providePanopto({ serverUrl: emulator }, withPanoptoLive({ pollIntervalMs: 1000, maxBackoffMs: 4000 })),
        { provide: PANOPTO_CLOCK, useValue: clock },
      ],
    });
    live = TestBed.inject(PanoptoLiveService);
    const recorders = await firstValueFrom(live.remoteRecorders('*'));
    recorder = recorders.find((r) => r.Name?.includes('LT1')) as RemoteRecorder;
    expect(recorder).withContext('the emulator seeds recorder LT1').toBeTruthy();
  });

  afterEach(async () => {
    cleanup.splice(0).forEach((s) => s.unsubscribe());
    for (const id of created.splice(0)) {
      await firstValueFrom(live.cancelBroadcast(id)).catch(() => undefined);
    }
  });

  it('lists remote recorders with State and DefaultRecordingFolder', () => {
    expect(recorder.State).toMatch(/^(Stopped|Previewing|Recording|Paused|Faulted|Disconnected|RecorderRunning)$/);
    expect(recorder.DefaultRecordingFolder?.Id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('schedules a broadcast that goes on air, is listed while live, and ends as an on-demand session', async () => {
    const start = clock.now() + 3000;
    const rec = await firstValueFrom(
      live.scheduleBroadcast(
        {
          name: 'Integration: live now',
          start,
          end: start + 4000,
          folderId: recorder.DefaultRecordingFolder?.Id ?? '',
          recorderId: recorder.Id,
        },
        { resolveConflicts: true },
      ),
    );
    created.push(rec.Id);
    expect(rec.StartTime).toBe(new Date(start).toISOString());
    const id = rec.Id.toLowerCase();

    cleanup.push(live.webcasts$.subscribe());
    const before = await stateWhere((s) => s.status === 'ready');
    expect(before.sessions.some((s) => s.Id.toLowerCase() === id)).toBeFalse();

    await advance(3500);
    const onAir = await stateWhere((s) => s.sessions.some((x) => x.Id.toLowerCase() === id));
    expect(onAir.added.some((x) => x.Id.toLowerCase() === id)).toBeTrue();
    expect(await firstValueFrom(live.isLive(id))).toBeTrue();

    await advance(4500);
    const ended = await stateWhere((s) => s.removed.some((x) => x.Id.toLowerCase() === id));
    expect(ended.sessions.some((x) => x.Id.toLowerCase() === id)).toBeFalse();
    const session = await firstValueFrom(TestBed.inject(PanoptoApi).sessions.get(id));
    expect(session.Duration).toBe(4);
  });

  it('reports a conflict with the session in the way, then moves and cancels the broadcast', async () => {
    const start = clock.now() + 60 * 60_000;
    const request = {
      name: 'Integration: first',
      start,
      end: start + 30 * 60_000,
      folderId: recorder.DefaultRecordingFolder?.Id ?? '',
      recorderId: recorder.Id,
    };
    const first = await firstValueFrom(live.scheduleBroadcast(request, { resolveConflicts: true }));
    created.push(first.Id);

    const clash = await firstValueFrom(
      live.scheduleBroadcast({ ...request, name: 'Integration: clash', start: start + 10 * 60_000 }),
    ).catch((e: unknown) => e);
    expect(clash).toBeInstanceOf(PanoptoScheduleConflictError);
    const conflict = clash as PanoptoScheduleConflictError;
    expect(conflict.conflicts.map((c) => c.sessionId?.toLowerCase())).toContain(first.Id.toLowerCase());
    expect(conflict.message).toContain('“Integration: first”');

    const moved = await firstValueFrom(
      live.moveBroadcast(first.Id, { start: start + 2 * 60 * 60_000, end: start + 3 * 60 * 60_000 }),
    );
    expect(Date.parse(moved.StartTime ?? '')).toBe(start + 2 * 60 * 60_000);

    await firstValueFrom(live.cancelBroadcast(first.Id));
    created.splice(created.indexOf(first.Id), 1);
    const gone = await firstValueFrom(live.getBroadcast(first.Id)).catch((e: unknown) => e);
    expect((gone as { status?: number }).status).toBe(404);
  });

  it('refuses a broadcast that breaks Panopto’s rules before calling the emulator', async () => {
    const error = await firstValueFrom(
      live.scheduleBroadcast({
        name: 'Bad',
        start: clock.now() + 60_000,
        end: clock.now() + 30_000,
        folderId: recorder.DefaultRecordingFolder?.Id ?? '',
        recorderId: recorder.Id,
      }),
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PanoptoBroadcastValidationError);
    expect((error as PanoptoBroadcastValidationError).field).toBe('EndTime');
  });
});
