// REST v1 playlists, users, groups, remote recorders and scheduled recordings (Panopto's scheduling rules).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { RunningEmulator } from '../src/server.js';
import { SEED_IDS } from '../src/seed/seed.js';
import { seedGuid } from '../src/seed/guid.js';
import { allTokens, api, startTestEmulator, type Tokens } from './helpers.js';

const PLAYLIST = seedGuid('playlist:bio101-highlights');
const BIO101_S1 = seedGuid('folder:period:BIO101/2026 Semester 1');
const LT1 = seedGuid('recorder:lt1');
const SR214 = seedGuid('recorder:sr214');
const S1 = seedGuid('session:BIO101/2026 Semester 1/Week 1 – Cells/0');
const S2 = seedGuid('session:BIO101/2026 Semester 1/Week 2 – Genetics/0');

describe('REST playlists', () => {
  let emu: RunningEmulator;
  let t: Tokens;
  before(async () => {
    emu = await startTestEmulator();
    t = await allTokens(emu);
  });
  after(() => emu.close());

  it('gets, lists and searches playlists', async () => {
    const p = await api(emu, `/playlists/${PLAYLIST}`, { token: t.student });
    assert.equal(p.status, 200);
    assert.equal(p.body.Name, 'BIO101 Highlights');
    assert.deepEqual(p.body.Folder, { Id: BIO101_S1, Name: 'BIO101 2026 Semester 1' });
    assert.ok(p.body.Urls.EmbedUrl && p.body.Urls.ThumbnailUrl);
    const inFolder = await api(emu, `/folders/${BIO101_S1}/playlists`, { token: t.student });
    assert.deepEqual(Object.keys(inFolder.body.Results[0].Urls), ['ViewerUrl']);
    assert.equal(
      (await api(emu, '/playlists/search?searchQuery=highlights', { token: t.student })).body.Results.length,
      1,
    );
    assert.equal((await api(emu, '/playlists/search', { token: t.student })).status, 400);
    assert.equal((await api(emu, `/playlists/${seedGuid('none')}`, { token: t.student })).status, 404);
  });

  it('keeps session order, inserts at an index and removes sessions', async () => {
    const created = await api(emu, '/playlists', {
      token: t.instructor,
      method: 'POST',
      body: { Name: 'Revision', FolderId: BIO101_S1, Sessions: [S1, S2] },
    });
    assert.equal(created.status, 200);
    const id = created.body.Id;
    const order = async (q = ''): Promise<string[]> =>
      (await api(emu, `/playlists/${id}/sessions${q}`, { token: t.student })).body.Results.map(
        (s: { Id: string }) => s.Id,
      );
    assert.deepEqual(await order(), [S1, S2]);
    assert.deepEqual(await order('?sortOrder=Desc'), [S2, S1]);
    const S3 = seedGuid('session:BIO101/2026 Semester 1/Week 4 – Ecology/0');
    const added = await api(emu, `/playlists/${id}/sessions`, {
      token: t.instructor,
      method: 'PUT',
      body: { SessionId: S3, Index: 0 },
    });
    assert.equal(added.status, 200);
    assert.deepEqual(await order(), [S3, S1, S2]);
    assert.equal(
      (await api(emu, `/playlists/${id}/sessions`, { token: t.student, method: 'PUT', body: { SessionId: S3 } }))
        .status,
      403,
    );
    assert.equal(
      (await api(emu, `/playlists/${id}/sessions/${S1}`, { token: t.instructor, method: 'DELETE' })).status,
      200,
    );
    assert.deepEqual(await order(), [S3, S2]);
    const renamed = await api(emu, `/playlists/${id}`, {
      token: t.instructor,
      method: 'PUT',
      body: { Name: 'Exam revision' },
    });
    assert.equal(renamed.body.Name, 'Exam revision');
    assert.equal((await api(emu, `/playlists/${id}`, { token: t.instructor, method: 'DELETE' })).status, 200);
    assert.equal((await api(emu, `/playlists/${id}`, { token: t.instructor })).status, 404);
    assert.equal(
      (await api(emu, '/playlists', { token: t.instructor, method: 'POST', body: { Name: 'x' } })).status,
      400,
    );
  });
});

describe('REST users, groups and remote recorders', () => {
  let emu: RunningEmulator;
  let t: Tokens;
  before(async () => {
    emu = await startTestEmulator();
    t = await allTokens(emu);
  });
  after(() => emu.close());

  it('searches users and groups (staff only)', async () => {
    const users = await api(emu, '/users/search?searchQuery=student', { token: t.instructor });
    assert.deepEqual(users.body.Results, [{ Id: SEED_IDS.student, Username: 'student' }]);
    assert.equal((await api(emu, '/users/search?searchQuery=student', { token: t.student })).status, 403);
    assert.equal((await api(emu, '/users/search', { token: t.instructor })).status, 400);
    const groups = await api(emu, '/groups/search?searchQuery=students', { token: t.admin });
    assert.ok(groups.body.Results.length >= 2);
    assert.deepEqual(Object.keys(groups.body.Results[0]).sort(), ['Id', 'Name']);
    assert.equal((await api(emu, '/groups/search?searchQuery=students', { token: t.student })).status, 403);
  });

  it('searches the two remote recorders', async () => {
    const all = await api(emu, '/remoteRecorders/search?searchQuery=*', { token: t.instructor });
    assert.equal(all.body.Results.length, 2);
    assert.deepEqual(
      all.body.Results.map((r: { Name: string }) => r.Name),
      ['Lecture Theatre 1 (LT1)', 'Seminar Room 2.14'],
    );
    assert.equal(all.body.Results[0].DefaultRecordingFolder.Id, BIO101_S1);
    const desc = await api(emu, '/remoteRecorders/search?searchQuery=*&sortOrder=Desc', { token: t.instructor });
    assert.equal(desc.body.Results[0].Name, 'Seminar Room 2.14');
    assert.equal(
      (await api(emu, '/remoteRecorders/search?searchQuery=seminar', { token: t.instructor })).body.Results.length,
      1,
    );
    assert.equal((await api(emu, '/remoteRecorders/search?searchQuery=*', { token: t.student })).status, 403);
  });
});

describe('REST scheduled recordings', () => {
  let emu: RunningEmulator;
  let t: Tokens;
  const hour = 3600_000;
  const at = (hoursFromNow: number): string =>
    new Date(Math.ceil(Date.now() / hour) * hour + hoursFromNow * hour).toISOString();
  const body = (start: number, end: number, extra: Record<string, unknown> = {}) => ({
    Name: 'Guest lecture',
    StartTime: at(start),
    EndTime: at(end),
    FolderId: BIO101_S1,
    IsBroadcast: true,
    Recorders: [{ RemoteRecorderId: SR214, SuppressPrimary: false, SuppressSecondary: false }],
    ...extra,
  });
  before(async () => {
    emu = await startTestEmulator();
    t = await allTokens(emu);
  });
  after(() => emu.close());

  it('has the seeded broadcast', async () => {
    const res = await api(emu, `/scheduledRecordings/${SEED_IDS.scheduledBroadcast}`, { token: t.student });
    assert.equal(res.status, 200);
    assert.equal(res.body.Name, 'BIO101 Live Q&A');
    assert.ok(Date.parse(res.body.StartTime) > Date.now());
    assert.equal(res.body.RecorderScheduleEntries[0].RecorderId, LT1);
    assert.equal(res.body.RecorderScheduleEntries[0].SuppressPrimaryCapture, false);
  });

  it('creates, reschedules and cancels a broadcast', async () => {
    const created = await api(emu, '/scheduledRecordings?resolveConflicts=false', {
      token: t.instructor,
      method: 'POST',
      body: body(48, 49),
    });
    assert.equal(created.status, 200);
    const id = created.body.Id;
    const session = await api(emu, `/sessions/${id}`, { token: t.instructor });
    assert.equal(session.status, 200, 'the scheduled recording is a session');
    const moved = await api(emu, `/scheduledRecordings/${id}`, {
      token: t.instructor,
      method: 'PUT',
      body: { StartTime: at(50), EndTime: at(52) },
    });
    assert.equal(moved.status, 200);
    assert.equal(moved.body.StartTime, at(50));
    assert.equal((await api(emu, `/scheduledRecordings/${id}`, { token: t.student, method: 'DELETE' })).status, 403);
    assert.equal((await api(emu, `/scheduledRecordings/${id}`, { token: t.instructor, method: 'DELETE' })).status, 200);
    assert.equal((await api(emu, `/scheduledRecordings/${id}`, { token: t.instructor })).status, 404);
  });

  it("enforces Panopto's rules", async () => {
    const post = (b: unknown, q = '?resolveConflicts=false') =>
      api(emu, `/scheduledRecordings${q}`, { token: t.instructor, method: 'POST', body: b });
    assert.equal((await post(body(60, 61), '')).status, 400, 'resolveConflicts is required');
    assert.equal((await post(body(61, 60))).status, 400, 'end after start');
    assert.equal((await post(body(-3, -2))).status, 400, 'in the future');
    assert.equal((await post(body(60, 61, { Recorders: [] }))).status, 400, 'one recorder');
    const two = [
      { RemoteRecorderId: SR214, SuppressPrimary: false, SuppressSecondary: false },
      { RemoteRecorderId: LT1, SuppressPrimary: false, SuppressSecondary: false },
    ];
    assert.equal((await post(body(60, 61, { Recorders: two }))).status, 400, 'exactly one recorder');
    const suppressed = await post(
      body(60, 61, { Recorders: [{ RemoteRecorderId: SR214, SuppressPrimary: true, SuppressSecondary: true }] }),
    );
    assert.equal(suppressed.status, 400);
    assert.equal(suppressed.body.Error.ErrorCode, 'AllStreamsSuppressed');
    assert.equal(
      (
        await post(
          body(60, 61, {
            Recorders: [{ RemoteRecorderId: seedGuid('x'), SuppressPrimary: false, SuppressSecondary: false }],
          }),
        )
      ).status,
      404,
    );
    assert.equal((await post(body(60, 61, { IsBroadcast: undefined }))).status, 400);
    assert.equal(
      (
        await api(emu, '/scheduledRecordings?resolveConflicts=false', {
          token: t.student,
          method: 'POST',
          body: body(60, 61),
        })
      ).status,
      403,
    );
  });

  it('reports conflicts on the same recorder and resolves them on request', async () => {
    const first = await api(emu, '/scheduledRecordings?resolveConflicts=false', {
      token: t.instructor,
      method: 'POST',
      body: body(70, 72),
    });
    assert.equal(first.status, 200);
    const clash = await api(emu, '/scheduledRecordings?resolveConflicts=false', {
      token: t.instructor,
      method: 'POST',
      body: body(71, 73),
    });
    assert.equal(clash.status, 400);
    assert.equal(clash.body.Error.ErrorCode, 'ScheduleConflict');
    assert.match(clash.body.Error.Message, new RegExp(first.body.Id));
    const other = await api(emu, '/scheduledRecordings?resolveConflicts=false', {
      token: t.instructor,
      method: 'POST',
      body: body(71, 73, { Recorders: [{ RemoteRecorderId: LT1, SuppressPrimary: false, SuppressSecondary: true }] }),
    });
    assert.equal(other.status, 200, 'another recorder does not conflict');
    const resolved = await api(emu, '/scheduledRecordings?resolveConflicts=true', {
      token: t.instructor,
      method: 'POST',
      body: body(71, 73),
    });
    assert.equal(resolved.status, 200);
    assert.equal((await api(emu, `/scheduledRecordings/${first.body.Id}`, { token: t.instructor })).status, 404);
  });
});
