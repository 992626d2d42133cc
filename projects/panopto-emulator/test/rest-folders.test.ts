// REST v1 folders: listing, paging (50, 0-based), sorting, canCreate, CRUD incl. move, permissions, errors.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { RunningEmulator } from '../src/server.js';
import { SEED_IDS } from '../src/seed/seed.js';
import { seedGuid } from '../src/seed/guid.js';
import { allTokens, api, ROOT, startTestEmulator, type Tokens } from './helpers.js';

const BIO101 = seedGuid('folder:unit:BIO101');
const BIO101_S1 = seedGuid('folder:period:BIO101/2026 Semester 1');
const SCIENCE = seedGuid('folder:faculty:Faculty of Science');
const ARTS = seedGuid('folder:faculty:Faculty of Arts');

describe('REST folders', () => {
  let emu: RunningEmulator;
  let t: Tokens;
  before(async () => {
    emu = await startTestEmulator();
    t = await allTokens(emu);
  });
  after(() => emu.close());

  it('lists top-level folders under the root pseudo-folder, by visibility', async () => {
    const student = await api(emu, `/folders/${ROOT}/children`, { token: t.student });
    assert.equal(student.status, 200);
    const names = student.body.Results.map((f: { Name: string }) => f.Name);
    assert.deepEqual(names, [...names].sort());
    assert.ok(names.includes('Faculty of Science'));
    assert.ok(!names.includes('Administration – Staff only'));
    const admin = await api(emu, `/folders/${ROOT}/children`, { token: t.admin });
    assert.ok(admin.body.Results.some((f: { Name: string }) => f.Name === 'Administration – Staff only'));
    assert.equal(student.body.Results[0].ParentFolder, null);
  });

  it('pages 3,000 children 50 at a time from page 0 and sorts both ways', async () => {
    const id = SEED_IDS.manyFoldersParent;
    const p0 = await api(emu, `/folders/${id}/children?pageNumber=0`, { token: t.student });
    assert.equal(p0.body.Results.length, 50);
    assert.equal(p0.body.Results[0].Name, 'Department recording 0001');
    assert.deepEqual(p0.body.Results[0].ParentFolder, { Id: id, Name: 'Departmental recordings (3,000 folders)' });
    const p59 = await api(emu, `/folders/${id}/children?pageNumber=59`, { token: t.student });
    assert.equal(p59.body.Results.length, 50);
    assert.equal(p59.body.Results[49].Name, 'Department recording 3000');
    const p60 = await api(emu, `/folders/${id}/children?pageNumber=60`, { token: t.student });
    assert.deepEqual(p60.body.Results, []);
    const desc = await api(emu, `/folders/${id}/children?sortField=Name&sortOrder=Desc`, { token: t.student });
    assert.equal(desc.body.Results[0].Name, 'Department recording 3000');
    const bad = await api(emu, `/folders/${id}/children?sortOrder=Sideways`, { token: t.student });
    assert.equal(bad.status, 400);
    assert.equal(bad.body.Error.Success, false);
    assert.equal((await api(emu, `/folders/${id}/children?pageNumber=-1`, { token: t.student })).status, 400);
  });

  it('filters children with canCreate by role', async () => {
    const student = await api(emu, `/folders/${SCIENCE}/children?canCreate=true`, { token: t.student });
    assert.deepEqual(student.body.Results, []);
    const instructor = await api(emu, `/folders/${SCIENCE}/children?canCreate=true`, { token: t.instructor });
    assert.equal(instructor.body.Results.length, 3);
  });

  it('gets a folder with Panopto fields, and errors like Panopto', async () => {
    const ok = await api(emu, `/folders/${BIO101}`, { token: t.student });
    assert.equal(ok.status, 200);
    assert.deepEqual(Object.keys(ok.body).sort(), ['Description', 'Id', 'Name', 'ParentFolder', 'Urls']);
    assert.equal(ok.body.Urls.ShareSettingsUrl, '', 'viewers get no share settings URL');
    const upper = await fetch(`${emu.url}/PANOPTO/API/V1/FOLDERS/${BIO101.toUpperCase()}`, {
      headers: { Authorization: `Bearer ${t.student}` },
    });
    assert.equal(upper.status, 200, 'paths and ids are case-insensitive');
    const missing = await api(emu, `/folders/${seedGuid('nope')}`, { token: t.student });
    assert.equal(missing.status, 404);
    assert.deepEqual(Object.keys(missing.body.Error).sort(), ['ErrorCode', 'ErrorSource', 'Message', 'Success']);
    assert.equal((await api(emu, '/folders/not-a-guid', { token: t.student })).status, 400);
    assert.equal((await api(emu, `/folders/${BIO101}`)).status, 401);
    assert.equal((await api(emu, `/folders/${BIO101}`, { token: 'garbage' })).status, 401);
    assert.equal((await api(emu, `/folders/${SEED_IDS.adminOnly}`, { token: t.instructor })).status, 403);
  });

  it('creates, renames, moves and deletes folders with permission checks', async () => {
    const created = await api(emu, '/folders', {
      token: t.instructor,
      method: 'POST',
      body: { Name: 'Week 7 – Extra', Description: 'd', Parent: BIO101_S1 },
    });
    assert.equal(created.status, 200);
    assert.equal(created.body.ParentFolder.Id, BIO101_S1);
    const id = created.body.Id;
    assert.equal(
      (await api(emu, '/folders', { token: t.student, method: 'POST', body: { Name: 'x', Parent: BIO101_S1 } })).status,
      403,
    );
    assert.equal(
      (await api(emu, '/folders', { token: t.instructor, method: 'POST', body: { Parent: BIO101_S1 } })).status,
      400,
    );

    const renamed = await api(emu, `/folders/${id}`, {
      token: t.instructor,
      method: 'PUT',
      body: { Name: 'Week 7 – Revision' },
    });
    assert.equal(renamed.body.Name, 'Week 7 – Revision');
    assert.equal(renamed.body.Description, 'd');
    const moved = await api(emu, `/folders/${id}`, { token: t.instructor, method: 'PUT', body: { Parent: ARTS } });
    assert.equal(moved.body.ParentFolder.Id, ARTS);
    const top = await api(emu, `/folders/${id}`, { token: t.instructor, method: 'PUT', body: { Parent: ROOT } });
    assert.equal(top.body.ParentFolder, null);
    const cycle = await api(emu, `/folders/${SCIENCE}`, { token: t.admin, method: 'PUT', body: { Parent: BIO101 } });
    assert.equal(cycle.status, 400);
    assert.equal(
      (await api(emu, `/folders/${BIO101}`, { token: t.student, method: 'PUT', body: { Name: 'hacked' } })).status,
      403,
    );

    const deleted = await api(emu, `/folders/${id}`, { token: t.instructor, method: 'DELETE' });
    assert.equal(deleted.status, 200);
    assert.equal(typeof deleted.body, 'string');
    assert.equal((await api(emu, `/folders/${id}`, { token: t.instructor })).status, 404);
  });

  it('rejects malformed JSON, wrong types and oversized bodies with APIError, never crashing', async () => {
    const malformed = await api(emu, '/folders', {
      token: t.instructor,
      method: 'POST',
      rawBody: '{"Name": ',
      headers: { 'content-type': 'application/json' },
    });
    assert.equal(malformed.status, 400);
    assert.equal(malformed.body.Error.ErrorCode, 'InvalidRequestBody');
    const array = await api(emu, '/folders', { token: t.instructor, method: 'POST', body: [1, 2] });
    assert.equal(array.status, 400);
    const wrongType = await api(emu, '/folders', { token: t.instructor, method: 'POST', body: { Name: 42 } });
    assert.equal(wrongType.status, 400);
    const badParent = await api(emu, '/folders', {
      token: t.instructor,
      method: 'POST',
      body: { Name: 'x', Parent: 'abc' },
    });
    assert.equal(badParent.status, 400);
    const huge = await api(emu, '/folders', {
      token: t.instructor,
      method: 'POST',
      body: { Name: 'x', Description: 'y'.repeat(2 * 1024 * 1024) },
    });
    assert.equal(huge.status, 413);
    assert.equal(huge.body.Error.ErrorCode, 'RequestEntityTooLarge');
    // Still serving.
    assert.equal((await api(emu, `/folders/${BIO101}`, { token: t.student })).status, 200);
  });

  it('lists sessions of a folder (partial objects), paged and sorted', async () => {
    const id = SEED_IDS.manySessionsFolder;
    const p0 = await api(emu, `/folders/${id}/sessions`, { token: t.student });
    assert.equal(p0.body.Results.length, 50);
    assert.equal(p0.body.Results[0].Name, 'Archived lecture 0001');
    assert.equal(p0.body.Results[0].CreatedBy, undefined);
    assert.deepEqual(Object.keys(p0.body.Results[0].Urls), ['ViewerUrl']);
    assert.equal(
      (await api(emu, `/folders/${id}/sessions?pageNumber=19`, { token: t.student })).body.Results.length,
      50,
    );
    assert.equal(
      (await api(emu, `/folders/${id}/sessions?pageNumber=20`, { token: t.student })).body.Results.length,
      0,
    );
    const newest = await api(emu, `/folders/${id}/sessions?sortField=CreatedDate&sortOrder=Desc`, { token: t.student });
    assert.equal(newest.body.Results[0].Name, 'Archived lecture 0001');
    const oldest = await api(emu, `/folders/${id}/sessions?sortField=CreatedDate&sortOrder=Asc`, { token: t.student });
    assert.equal(oldest.body.Results[0].Name, 'Archived lecture 1000');
  });

  it('searches folders (searchQuery required) and lists creator folders', async () => {
    const hits = await api(emu, '/folders/search?searchQuery=bio101 semester', { token: t.student });
    assert.ok(hits.body.Results.length >= 2);
    assert.ok(hits.body.Results.every((f: { Name: string }) => /BIO101/.test(f.Name)));
    assert.equal((await api(emu, '/folders/search', { token: t.student })).status, 400);
    assert.equal((await api(emu, '/folders/creator', { token: t.student })).body.Results.length, 0);
    const creator = await api(emu, '/folders/creator?sortField=Name', { token: t.instructor });
    assert.equal(creator.body.Results.length, 50);
  });

  it('lists, grants and removes folder permissions', async () => {
    const list = await api(emu, `/folders/${BIO101_S1}/permissions`, { token: t.instructor });
    assert.equal(list.status, 200);
    assert.ok(list.body.Results.every((p: { IsInherited: boolean }) => p.IsInherited));
    assert.equal((await api(emu, `/folders/${BIO101_S1}/permissions`, { token: t.student })).status, 403);
    const grant = await api(emu, `/folders/${BIO101_S1}/permissions`, {
      token: t.instructor,
      method: 'POST',
      body: { PrincipalId: SEED_IDS.student, PrincipalType: 'User', RoleType: 'Creator' },
    });
    assert.equal(grant.status, 200);
    assert.deepEqual(grant.body.Role.Name, 'Creator');
    assert.equal(
      (await api(emu, `/folders/${BIO101_S1}/children?canCreate=true`, { token: t.student })).body.Results.length,
      6,
    );
    const remove = await api(
      emu,
      `/folders/${BIO101_S1}/permissions?PrincipalId=${SEED_IDS.student}&PrincipalType=User&RoleType=Creator`,
      {
        token: t.instructor,
        method: 'DELETE',
      },
    );
    assert.equal(remove.status, 200);
    assert.equal(
      (await api(emu, `/folders/${BIO101_S1}/children?canCreate=true`, { token: t.student })).body.Results.length,
      0,
    );
    const again = await api(
      emu,
      `/folders/${BIO101_S1}/permissions?PrincipalId=${SEED_IDS.student}&PrincipalType=User`,
      { token: t.instructor, method: 'DELETE' },
    );
    assert.equal(again.status, 404);
    const noRole = await api(emu, `/folders/${BIO101_S1}/permissions`, {
      token: t.instructor,
      method: 'POST',
      body: { PrincipalId: SEED_IDS.student, PrincipalType: 'User' },
    });
    assert.equal(noRole.status, 400);
  });
});
