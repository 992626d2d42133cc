// Managing recordings against the emulator's state: access levels enforced for REST and the embed page,
// session-only viewers, copies behaving as their type says, tags shared across sessions, the search index
// feed (changes from any route, resumable), reports built from the data, portal profiles that can sign in.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { RunningEmulator } from '../src/server.js';
import { SEED_IDS } from '../src/seed/seed.js';
import { seedGuid } from '../src/seed/guid.js';
import { REPORT_IDS } from '../src/api/reports.js';
import { PORTAL_ID } from '../src/api/portal-users.js';
import { allTokens, api, mintToken, startTestEmulator, type Tokens } from './helpers.js';

const S1 = seedGuid('session:BIO101/2026 Semester 1/Week 1 – Cells/0');
const SEM2 = seedGuid('folder:period:BIO101/2026 Semester 2');

describe('REST recordings management', () => {
  let emu: RunningEmulator;
  let t: Tokens;
  let learner: string;
  before(async () => {
    emu = await startTestEmulator();
    t = await allTokens(emu);
    learner = await mintToken(emu, 'learner');
  });
  after(() => emu.close());

  /** A fresh top-level folder of the instructor (no student has a role in it) holding one copied session. */
  async function privateSession(name: string): Promise<{ folder: string; session: string }> {
    const folder = await api(emu, '/folders', { token: t.instructor, method: 'POST', body: { Name: name } });
    assert.equal(folder.status, 200);
    const copy = await api(emu, `/sessions/${S1}/sessioncopy`, {
      token: t.instructor,
      method: 'POST',
      body: { CopyType: 'Full', FolderId: folder.body.Id, Name: `${name} lecture` },
    });
    assert.equal(copy.status, 200, JSON.stringify(copy.body));
    return { folder: folder.body.Id, session: copy.body.NewSessionId };
  }

  const embed = (id: string): Promise<string> =>
    fetch(`${emu.url}/Panopto/Pages/Embed.aspx?id=${id}`).then((r) => r.text());

  it('Restricted by default; Organization opens to every signed-in account; a grant opens to one', async () => {
    const { folder, session } = await privateSession('Access');
    const access = await api(emu, `/folders/${folder}/settings/access`, { token: t.instructor });
    assert.deepEqual(access.body, { Level: 'Restricted', IsInherited: false });
    assert.equal((await api(emu, `/sessions/${session}`, { token: learner })).status, 403);

    const org = await api(emu, `/sessions/${session}/settings/access`, {
      token: t.instructor,
      method: 'PUT',
      body: { Level: 'Organization' },
    });
    assert.deepEqual(org.body, { Level: 'Organization', IsInherited: false });
    assert.equal((await api(emu, `/sessions/${session}`, { token: learner })).status, 200);
    assert.equal((await api(emu, `/sessions/${session}`, { token: t.student })).status, 200);
    assert.match(await embed(session), /data-mode="login"/, 'signed out: sign in first');

    // Back to Restricted, with one viewer: the other student loses it, the granted one keeps it.
    const restricted = await api(emu, `/sessions/${session}/settings/access`, {
      token: t.instructor,
      method: 'PUT',
      body: { Level: 'Restricted' },
    });
    assert.deepEqual(restricted.body, { Level: 'Restricted', IsInherited: true });
    const grant = await api(emu, `/sessions/${session}/permissions`, {
      token: t.instructor,
      method: 'POST',
      body: { PrincipalId: SEED_IDS.student, PrincipalType: 'User', RoleType: 'Viewer' },
    });
    assert.equal(grant.status, 200);
    assert.equal((await api(emu, `/sessions/${session}`, { token: t.student })).status, 200);
    const denied = await api(emu, `/sessions/${session}`, { token: learner });
    assert.equal(denied.status, 403);
    assert.equal(denied.body.Error.ErrorCode, 'Forbidden');
    // A grant does not make the student an editor.
    const edit = await api(emu, `/sessions/${session}/settings/access`, {
      token: t.student,
      method: 'PUT',
      body: { Level: 'Public' },
    });
    assert.equal(edit.status, 403);

    // Public plays signed out; a folder's level is inherited by its sessions and subfolders.
    await api(emu, `/folders/${folder}/settings/access`, { token: t.instructor, method: 'PUT', body: { Level: 'Public' } });
    const inherited = await api(emu, `/sessions/${session}/settings/access`, { token: learner });
    assert.deepEqual(inherited.body, { Level: 'Public', IsInherited: true });
    assert.match(await embed(session), /data-mode="player"/);
    const top = await api(emu, `/folders/${folder}/settings/access`, {
      token: t.instructor,
      method: 'PUT',
      body: { IsInherited: true },
    });
    assert.equal(top.status, 400);
    assert.match(top.body.Error.Message, /top-level/);
  });

  it('Reference copies follow the original; Full copies keep what they copied; copies play', async () => {
    const ref = await api(emu, `/sessions/${S1}/sessioncopy`, {
      token: t.instructor,
      method: 'POST',
      body: { CopyType: 'Reference', FolderId: SEM2, Name: 'Cells (reference)' },
    });
    const full = await api(emu, `/sessions/${S1}/sessioncopy`, {
      token: t.instructor,
      method: 'POST',
      body: { CopyType: 'Full', FolderId: SEM2, Name: 'Cells (full)' },
    });
    const refCopy = emu.context.store.sessions.get(ref.body.NewSessionId);
    const fullCopy = emu.context.store.sessions.get(full.body.NewSessionId);
    assert.ok(refCopy && fullCopy);
    assert.equal(refCopy.FolderId, SEM2);
    const got = await api(emu, `/sessions/${ref.body.NewSessionId}`, { token: t.student });
    assert.equal(got.body.Name, 'Cells (reference)');
    assert.equal(got.body.FolderDetails.Id, SEM2);
    // The original gets new media (a re-upload): only the reference copy follows.
    emu.context.store.updateSession(S1, { media: { kind: 'generated', variant: 3 }, duration: 77 });
    assert.deepEqual(refCopy.Media, { kind: 'generated', variant: 3 });
    assert.equal(refCopy.Duration, 77);
    assert.notEqual(fullCopy.Duration, 77);
    const media = await fetch(`${emu.url}/Panopto/Pages/Embed/Media/${ref.body.NewSessionId}.webm`, { method: 'HEAD' });
    assert.notEqual(media.status, 403, 'the copy is watchable like its folder');
    const destructive = await api(emu, `/sessions/${S1}/sessioncopy`, {
      token: t.instructor,
      method: 'POST',
      body: { CopyType: 'Destructive', FolderId: SEM2, Name: 'x' },
    });
    assert.equal(destructive.status, 400);
    assert.match(destructive.body.Error.Message, /'CopyType'/);
  });

  it('tags are one vocabulary: usage counts, rename, merge and delete reach every session', async () => {
    const a = seedGuid('session:CHEM110/2026 Semester 1/Week 1 – Atoms/0');
    const b = seedGuid('session:CHEM110/2026 Semester 1/Week 2 – Bonding/0');
    await api(emu, `/sessions/${a}/tags`, { token: t.instructor, method: 'PUT', body: { Tags: ['exam prep', 'Lab'] } });
    const onB = await api(emu, `/sessions/${b}/tags`, { token: t.instructor, method: 'PUT', body: { Tags: ['Exam Prep'] } });
    const tag = onB.body.Results[0];
    assert.equal(tag.Content, 'exam prep', 'the existing tag, matched case-insensitively');
    assert.equal(tag.UsageCount, 2);
    const found = await api(emu, `/folders/${seedGuid('folder:unit:CHEM110')}/sessions/search?searchQuery=exam%20prep`, {
      token: t.student,
    });
    assert.deepEqual(found.body.Results.map((s: { Id: string }) => s.Id).sort(), [a, b].sort());
    const lab = (await api(emu, `/sessions/${a}/tags?sortField=Content`, { token: t.student })).body.Results[1];
    await api(emu, `/tags/${tag.Id}/merge`, { token: t.instructor, method: 'POST', body: { TagIdsToMerge: [lab.Id] } });
    assert.deepEqual(emu.context.store.sessions.get(a)?.Tags, ['exam prep']);
    await api(emu, `/tags/${tag.Id}`, { token: t.instructor, method: 'PUT', body: { Content: 'Revision' } });
    assert.deepEqual(emu.context.store.sessions.get(b)?.Tags, ['Revision']);
    await api(emu, `/tags/${tag.Id}`, { token: t.instructor, method: 'DELETE' });
    assert.deepEqual(emu.context.store.sessions.get(b)?.Tags, []);
  });

  it('the index feed reports changes from any route, pages with NextToken, and marks deletions', async () => {
    const since = new Date(Date.now() - 1000).toISOString();
    const target = seedGuid('session:PHYS120/2026 Semester 1/Week 1 – Kinematics/0');
    await api(emu, `/sessions/${target}`, { token: t.instructor, method: 'PUT', body: { Name: 'Kinematics, renamed' } });
    const feed = await api(emu, `/searchIndexSync/updates?fromDate=${since}`, { token: t.admin });
    assert.ok(feed.body.Updates.some((u: { VideoId: string }) => u.VideoId === target), JSON.stringify(feed.body));
    const content = await api(emu, `/searchIndexSync/content?id=${target}`, { token: t.admin });
    assert.equal(content.body.VideoContent.Title, 'Kinematics, renamed');
    assert.deepEqual(content.body.VideoContent.Principals, [{ Type: 'Public' }]);
    // Everything since the seed: several pages, each resuming where the last stopped.
    let page = await api(emu, '/searchIndexSync/updates?fromDate=2000-01-01T00:00:00Z', { token: t.admin });
    const ids = new Set<string>();
    let pages = 0;
    for (;;) {
      pages++;
      for (const u of page.body.Updates) ids.add(u.VideoId);
      if (!page.body.NextToken) break;
      page = await api(emu, `/searchIndexSync/updates?fromDate=2000-01-01T00:00:00Z&nextToken=${page.body.NextToken}`, {
        token: t.admin,
      });
    }
    assert.ok(pages > 10, `${pages} pages`);
    assert.equal(ids.size, emu.context.store.sessions.size + emu.context.store.playlists.size);
    await api(emu, `/sessions/${target}`, { token: t.instructor, method: 'DELETE' });
    const gone = await api(emu, `/searchIndexSync/content?id=${target}`, { token: t.admin });
    assert.deepEqual(gone.body, { Id: target, Deleted: true, VideoContent: null });
    const bad = await api(emu, '/searchIndexSync/updates?fromDate=yesterday', { token: t.admin });
    assert.equal(bad.status, 400);
    assert.match(bad.body.Error.Message, /'fromDate'/);
  });

  it('reports are built from the data when requested', async () => {
    const res = await fetch(`${emu.url}/Panopto/api/v1/reports/${REPORT_IDS.sessions}`, {
      headers: { Authorization: `Bearer ${t.admin}` },
    });
    const rows = (await res.text()).trim().split('\r\n');
    assert.equal(rows.length, emu.context.store.sessions.size + 1);
    assert.ok(rows.some((r) => r.includes('Cells (reference)') && r.includes('Reference')));
    assert.equal((await api(emu, `/reports/${REPORT_IDS.viewing}`, { token: t.instructor })).status, 403);
  });

  it('a portal profile is an account that signs in with its temporary password', async () => {
    const created = await api(emu, `/portal/${PORTAL_ID}/user`, {
      token: t.admin,
      method: 'POST',
      body: { XfpRole: 'Viewer', EmailAddress: 'guest@example.edu', FirstName: 'Gia', TemporaryPassword: 'welcome-123' },
    });
    assert.equal(created.status, 200);
    assert.equal(created.body.PortalPublicId, PORTAL_ID);
    assert.equal(emu.context.store.findUserByUsername('guest@example.edu')?.Password, 'welcome-123');
    const second = await api(emu, `/portal/${PORTAL_ID}/user?Page=1`, { token: t.admin });
    assert.equal(second.status, 400, 'one profile exists, so page 1 is past the end');
    await api(emu, `/portal/${PORTAL_ID}/user/${created.body.UserId}`, { token: t.admin, method: 'DELETE' });
    assert.equal(emu.context.store.findUserByUsername('guest@example.edu'), undefined);
  });
});
