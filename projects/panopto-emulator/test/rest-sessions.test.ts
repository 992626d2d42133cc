// REST v1 sessions: get (full shape), restricted sessions, update/move/delete, search, in-progress lists,
// viewer statistics, the caller's viewed sessions.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { RunningEmulator } from '../src/server.js';
import { SEED_IDS } from '../src/seed/seed.js';
import { seedGuid } from '../src/seed/guid.js';
import { allTokens, api, startTestEmulator, type Tokens } from './helpers.js';

const WEEK1 = 'BIO101/2026 Semester 1/Week 1 – Cells';
const SESSION = seedGuid(`session:${WEEK1}/0`);
const RESTRICTED = seedGuid('session:BIO101/2026 Semester 1/Week 3 – Evolution/1');
const WEEK1_FOLDER = seedGuid(`folder:week:${WEEK1}`);
const WEEK2_FOLDER = seedGuid('folder:week:BIO101/2026 Semester 1/Week 2 – Genetics');

describe('REST sessions', () => {
  let emu: RunningEmulator;
  let t: Tokens;
  before(async () => {
    emu = await startTestEmulator();
    t = await allTokens(emu);
  });
  after(() => emu.close());

  it("gets a full session with CreatedBy, Urls, folder details and the caller's progress", async () => {
    const res = await api(emu, `/sessions/${SESSION}`, { token: t.student });
    assert.equal(res.status, 200);
    const s = res.body;
    assert.equal(s.Id, SESSION);
    assert.equal(s.Folder, WEEK1_FOLDER);
    assert.equal(s.FolderDetails.Id, WEEK1_FOLDER);
    assert.deepEqual(s.CreatedBy, { Id: SEED_IDS.instructor, Username: 'instructor' });
    assert.equal(s.Urls.EmbedUrl, `${emu.url}/Panopto/Pages/Embed.aspx?id=${SESSION}`);
    assert.equal(s.Urls.ThumbnailUrl, `${emu.url}/Panopto/PublicAPI/SessionPreviewImage?id=${SESSION}`);
    assert.equal(s.Urls.EditorUrl, '');
    assert.ok(s.Duration > 0);
    assert.ok(s.PercentCompleted >= 0 && s.PercentCompleted <= 100);
    const asInstructor = await api(emu, `/sessions/${SESSION}`, { token: t.instructor });
    assert.notEqual(asInstructor.body.Urls.EditorUrl, '');
  });

  it('hides restricted sessions from viewers', async () => {
    assert.equal((await api(emu, `/sessions/${RESTRICTED}`, { token: t.student })).status, 403);
    assert.equal((await api(emu, `/sessions/${RESTRICTED}`, { token: t.instructor })).status, 200);
    const folder = seedGuid('folder:week:BIO101/2026 Semester 1/Week 3 – Evolution');
    const asStudent = await api(emu, `/folders/${folder}/sessions`, { token: t.student });
    const asInstructor = await api(emu, `/folders/${folder}/sessions`, { token: t.instructor });
    assert.equal(asStudent.body.Results.length + 1, asInstructor.body.Results.length);
  });

  it('renames, moves and deletes sessions (creators only)', async () => {
    const id = seedGuid(`session:${WEEK1}/1`);
    assert.equal(
      (await api(emu, `/sessions/${id}`, { token: t.student, method: 'PUT', body: { Name: 'x' } })).status,
      403,
    );
    const renamed = await api(emu, `/sessions/${id}`, {
      token: t.instructor,
      method: 'PUT',
      body: { Name: 'Cells, revisited' },
    });
    assert.equal(renamed.status, 200);
    assert.equal(renamed.body.Name, 'Cells, revisited');
    const moved = await api(emu, `/sessions/${id}`, {
      token: t.instructor,
      method: 'PUT',
      body: { Folder: WEEK2_FOLDER },
    });
    assert.equal(moved.body.Folder, WEEK2_FOLDER);
    const inWeek2 = await api(emu, `/folders/${WEEK2_FOLDER}/sessions`, { token: t.instructor });
    assert.ok(inWeek2.body.Results.some((s: { Id: string }) => s.Id === id));
    assert.equal(
      (await api(emu, `/sessions/${id}`, { token: t.instructor, method: 'PUT', body: { Folder: SEED_IDS.adminOnly } }))
        .status,
      403,
    );
    assert.equal(
      (await api(emu, `/sessions/${id}`, { token: t.instructor, method: 'PUT', body: { Name: '  ' } })).status,
      400,
    );
    assert.equal((await api(emu, `/sessions/${id}`, { token: t.student, method: 'DELETE' })).status, 403);
    assert.equal((await api(emu, `/sessions/${id}`, { token: t.instructor, method: 'DELETE' })).status, 200);
    assert.equal((await api(emu, `/sessions/${id}`, { token: t.instructor })).status, 404);
  });

  it('searches sessions with sorting, paging and Context', async () => {
    const byName = await api(emu, '/sessions/search?searchQuery=archived lecture&sortField=Name&sortOrder=Desc', {
      token: t.student,
    });
    assert.equal(byName.body.Results.length, 50);
    assert.equal(byName.body.Results[0].Name, 'Archived lecture 1000');
    assert.deepEqual(Object.keys(byName.body.Results[0].Urls).sort(), ['ThumbnailUrl', 'ViewerUrl']);
    assert.equal(
      (await api(emu, '/sessions/search?searchQuery=archived lecture&pageNumber=20', { token: t.student })).body.Results
        .length,
      0,
    );
    const ctx = await api(emu, '/sessions/search?searchQuery=BIO101&includeFields=Context', { token: t.student });
    assert.ok(Array.isArray(ctx.body.Results[0].Context));
    assert.equal((await api(emu, '/sessions/search?searchQuery=x&sortField=Size', { token: t.student })).status, 400);
    assert.equal((await api(emu, '/sessions/search?searchQuery=', { token: t.student })).status, 400);
  });

  it('lists webcasts and recordings in progress', async () => {
    const webcasts = await api(emu, '/sessions/inProgress/webcast', { token: t.student });
    assert.equal(webcasts.status, 200);
    assert.deepEqual(
      webcasts.body.Results.map((s: { Name: string }) => s.Name),
      ['BIO101 Drop-in help (live now)'],
    );
    const recordings = await api(emu, '/sessions/inProgress/recording', { token: t.student });
    assert.deepEqual(
      recordings.body.Results.map((s: { Name: string }) => s.Name),
      ['CHEM110 Lab briefing (recording)'],
    );
  });

  it('reports viewers to creators only, sorted', async () => {
    const res = await api(emu, `/sessions/${SESSION}/viewers?sortField=UserName`, { token: t.instructor });
    assert.equal(res.status, 200);
    assert.ok(res.body.Results.length >= 2);
    const names = res.body.Results.map((r: { User: { Username: string } }) => r.User.Username);
    assert.deepEqual(
      names,
      [...names].sort((a: string, b: string) => a.localeCompare(b, 'en', { sensitivity: 'base', numeric: true })),
    );
    const row = res.body.Results[0];
    assert.deepEqual(Object.keys(row).sort(), [
      'LastViewedDateTime',
      'MostRecentViewPositionInSeconds',
      'PercentCompleted',
      'User',
    ]);
    const byDate = await api(emu, `/sessions/${SESSION}/viewers?sortField=LastViewedDateTime&sortOrder=Desc`, {
      token: t.instructor,
    });
    const dates = byDate.body.Results.map((r: { LastViewedDateTime: string }) => Date.parse(r.LastViewedDateTime));
    assert.deepEqual(
      dates,
      [...dates].sort((a: number, b: number) => b - a),
    );
    assert.equal((await api(emu, `/sessions/${SESSION}/viewers`, { token: t.student })).status, 403);
  });

  it("lists the caller's partially viewed sessions, and completed ones on request", async () => {
    const partial = await api(emu, '/users/me/sessions/viewed', { token: t.student });
    assert.equal(partial.status, 200);
    assert.equal(partial.body.Results.length, 50);
    const everything = async (q: string): Promise<{ PercentCompleted: number }[]> => {
      const rows: { PercentCompleted: number }[] = [];
      for (let p = 0; ; p++) {
        const r = await api(emu, `/users/me/sessions/viewed?pageNumber=${p}${q}`, { token: t.student });
        if (!r.body.Results.length) return rows;
        rows.push(...r.body.Results);
      }
    };
    const partialAll = await everything('');
    const withCompleted = await everything('&includeCompleted=true');
    assert.ok(partialAll.every((s) => s.PercentCompleted < 100));
    assert.ok(withCompleted.some((s) => s.PercentCompleted === 100));
    assert.equal(
      withCompleted.length,
      partialAll.length + withCompleted.filter((s) => s.PercentCompleted === 100).length,
    );
    // Viewing recorded through the store (what the Embed page does) shows up here.
    const fresh = seedGuid('session:CHEM110/2026 Semester 1/Week 1 – Atoms/0');
    emu.context.store.recordViewing(fresh, SEED_IDS.instructor, { secondsViewed: 3, position: 3 });
    const mine = await api(emu, '/users/me/sessions/viewed', { token: t.instructor });
    assert.ok(
      mine.body.Results.some(
        (s: { Id: string; MostRecentViewPosition: number }) => s.Id === fresh && s.MostRecentViewPosition === 3,
      ),
    );
    assert.equal((await api(emu, `/users/${SEED_IDS.student}/sessions/viewed`, { token: t.instructor })).status, 403);
    assert.equal((await api(emu, `/users/${SEED_IDS.student}/sessions/viewed`, { token: t.admin })).status, 200);
  });
});
