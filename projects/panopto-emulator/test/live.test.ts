// Live webcasting in the emulator: scheduled broadcasts go on air at their start and off air at their end on the
// emulator's controllable clock (POST /__emulator/clock), appear in /sessions/inProgress/webcast while on air,
// are playable on demand afterwards, and move their recorder's State. In-process emulator on port 0.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startEmulator, type RunningEmulator } from '../src/server.js';
import { isSessionLive } from '../src/live/broadcast-phases.js';

let emu: RunningEmulator;
let token: string;

async function mint(username: string): Promise<string> {
  const res = await fetch(`${emu.url}/__emulator/tokens`, { method: 'POST', body: JSON.stringify({ username }) });
  assert.equal(res.status, 200);
  return ((await res.json()) as { access_token: string }).access_token;
}

async function api(
  path: string,
  init: { method?: string; body?: unknown } = {},
): Promise<{ status: number; body: any }> {
  const res = await fetch(`${emu.url}/Panopto/api/v1${path}`, {
    method: init.method ?? 'GET',
    headers: { Authorization: `Bearer ${token}`, ...(init.body ? { 'Content-Type': 'application/json' } : {}) },
    body: init.body ? JSON.stringify(init.body) : undefined,
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : undefined };
}

async function clock(body?: unknown): Promise<{ status: number; body: any }> {
  const res = await fetch(
    `${emu.url}/__emulator/clock`,
    body === undefined ? {} : { method: 'POST', body: JSON.stringify(body) },
  );
  return { status: res.status, body: await res.json() };
}

async function webcastIds(): Promise<string[]> {
  const res = await api('/sessions/inProgress/webcast?pageNumber=0');
  assert.equal(res.status, 200);
  return (res.body.Results as { Id: string }[]).map((s) => s.Id);
}

async function recorder(name: string): Promise<any> {
  const res = await api(`/remoteRecorders/search?searchQuery=${encodeURIComponent(name)}`);
  assert.equal(res.status, 200);
  return res.body.Results[0];
}

/** Schedules a broadcast on LT1 in its default folder, `startInMs` after the emulator's now. */
async function scheduleBroadcast(name: string, startInMs: number, durationMs: number): Promise<string> {
  const lt1 = await recorder('LT1');
  const now = (await clock()).body.nowMs as number;
  const res = await api('/scheduledRecordings?resolveConflicts=true', {
    method: 'POST',
    body: {
      Name: name,
      StartTime: new Date(now + startInMs).toISOString(),
      EndTime: new Date(now + startInMs + durationMs).toISOString(),
      FolderId: lt1.DefaultRecordingFolder.Id,
      Recorders: [{ RemoteRecorderId: lt1.Id, SuppressPrimary: false, SuppressSecondary: false }],
      IsBroadcast: true,
    },
  });
  assert.equal(res.status, 200, JSON.stringify(res.body));
  return res.body.Id as string;
}

async function until(check: () => Promise<boolean>, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition not reached in time');
    await new Promise((r) => setTimeout(r, 50));
  }
}

before(async () => {
  emu = await startEmulator({ port: 0, quiet: true, lazyMedia: true });
  token = await mint('admin');
});
after(async () => emu.close());

describe('emulator live: broadcasts on the controllable clock', () => {
  it('reports the clock and starts at real speed', async () => {
    const { status, body } = await clock();
    assert.equal(status, 200);
    assert.equal(body.speed, 1);
    assert.ok(Math.abs(body.nowMs - Date.now()) < 5000);
  });

  it('takes a broadcast on air at its start, lists it while on air, and leaves it on demand after its end', async () => {
    const id = await scheduleBroadcast('Live test: jump', 2 * 60_000, 10 * 60_000);
    assert.ok(!(await webcastIds()).includes(id), 'not on air before its start');
    assert.equal(isSessionLive(emu.context.store, id), false);
    assert.equal((await recorder('LT1')).State, 'Previewing');

    await clock({ advanceMs: 2 * 60_000 + 1000 });
    assert.ok((await webcastIds()).includes(id), 'on air after its start');
    assert.equal(isSessionLive(emu.context.store, id.toUpperCase()), true);
    assert.equal((await recorder('LT1')).State, 'Recording');
    assert.equal(emu.context.store.sessions.get(id)?.Media.kind, 'generated', 'the live feed plays a video');

    await clock({ advanceMs: 10 * 60_000 });
    assert.ok(!(await webcastIds()).includes(id), 'off air after its end');
    assert.equal(isSessionLive(emu.context.store, id), false);
    assert.equal((await recorder('LT1')).State, 'Previewing', 'the recorder is back to its previous state');
    const session = await api(`/sessions/${id}`);
    assert.equal(session.status, 200);
    assert.equal(session.body.Duration, 600, 'on demand, as long as the broadcast was');
    assert.equal(emu.context.store.sessions.get(id)?.Media.kind, 'generated', 'still playable on demand');
  });

  it('runs faster with speed, so a broadcast two minutes ahead goes on air within a second', async () => {
    const id = await scheduleBroadcast('Live test: speed', 2 * 60_000, 60_000);
    assert.equal((await clock({ speed: 600 })).body.speed, 600);
    try {
      await until(async () => (await webcastIds()).includes(id));
      await until(async () => !(await webcastIds()).includes(id));
    } finally {
      await clock({ reset: true });
    }
    assert.equal((await clock()).body.speed, 1);
  });

  it('applies the scheduling rules on the same clock', async () => {
    const before = (await clock()).body.nowMs as number;
    await clock({ advanceMs: 60 * 60_000 });
    const lt1 = await recorder('LT1');
    const res = await api('/scheduledRecordings?resolveConflicts=false', {
      method: 'POST',
      body: {
        Name: 'Too early',
        StartTime: new Date(before + 30 * 60_000).toISOString(),
        EndTime: new Date(before + 40 * 60_000).toISOString(),
        FolderId: lt1.DefaultRecordingFolder.Id,
        Recorders: [{ RemoteRecorderId: lt1.Id, SuppressPrimary: false, SuppressSecondary: false }],
        IsBroadcast: true,
      },
    });
    assert.equal(res.status, 400);
    assert.match(res.body.Error.Message, /future/);
  });

  it('refuses clock changes it cannot make, in an APIError body', async () => {
    for (const body of [{ advanceMs: -1 }, { speed: 0 }, { speed: 'fast' }, { rewind: true }]) {
      const res = await clock(body);
      assert.equal(res.status, 400, JSON.stringify(body));
      assert.equal(res.body.Error.ErrorCode, 'InvalidParameter');
    }
  });

  it('leaves the seeded webcast that has no schedule on air', async () => {
    const seeded = [...emu.context.store.sessions.values()].find(
      (s) => s.InProgress === 'webcast' && !emu.context.store.scheduledRecordings.has(s.Id),
    );
    assert.ok(seeded, 'the seed has a webcast in progress');
    await clock({ advanceMs: 60_000 });
    assert.ok((await webcastIds()).includes(seeded.Id));
  });
});
