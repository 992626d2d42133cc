// The seed's shape (depth, bulk folders/sessions, recorders, broadcast, restricted sessions, statistics),
// its determinism, and PANOPTO_EMULATOR_DATA persistence across restarts.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSeed, SEED_IDS } from '../src/seed/seed.js';
import { VIDEO_VARIANTS } from '../src/media/generate.js';
import { api, mintToken, startTestEmulator } from './helpers.js';

describe('seed', () => {
  const seed = buildSeed(Date.UTC(2026, 5, 1));
  const byId = new Map(seed.folders.map((f) => [f.Id, f]));
  const depth = (id: string): number => {
    let d = 1;
    for (let f = byId.get(id); f?.ParentId; f = byId.get(f.ParentId)) d++;
    return d;
  };

  it('has a course tree at least 4 levels deep (faculty → unit → teaching period → week)', () => {
    const deepest = Math.max(...seed.folders.map((f) => depth(f.Id)));
    assert.ok(deepest >= 4, `depth ${deepest}`);
    const week = seed.folders.find((f) => f.Name === 'Week 1 – Cells' && depth(f.Id) === 4);
    assert.ok(week, 'a week folder at depth 4');
    const chain = [week.Name];
    for (let f = byId.get(week.ParentId as string); f; f = f.ParentId ? byId.get(f.ParentId) : undefined)
      chain.unshift(f.Name);
    assert.deepEqual(chain, [
      'Faculty of Science',
      'BIO101 Introduction to Biology',
      'BIO101 2026 Semester 1',
      'Week 1 – Cells',
    ]);
  });

  it('has one folder with 3,000 children and one with 1,000 sessions', () => {
    assert.equal(seed.folders.filter((f) => f.ParentId === SEED_IDS.manyFoldersParent).length, 3000);
    assert.equal(seed.sessions.filter((s) => s.FolderId === SEED_IDS.manySessionsFolder).length, 1000);
  });

  it('gives sessions generated media, restricted ones, viewer statistics, recorders and a scheduled broadcast', () => {
    const generated = seed.sessions.filter((s) => s.Media.kind === 'generated');
    assert.ok(generated.length >= 1050, `${generated.length} sessions with media`);
    for (const s of generated) {
      assert.equal(
        s.Media.kind === 'generated' && s.Duration,
        VIDEO_VARIANTS[s.Media.kind === 'generated' ? s.Media.variant : 0].duration,
      );
    }
    assert.ok(
      new Set(generated.map((s) => (s.Media.kind === 'generated' ? s.Media.variant : -1))).size ===
        VIDEO_VARIANTS.length,
    );
    assert.ok(seed.sessions.some((s) => s.Restricted));
    assert.ok(seed.viewing.length > 100);
    assert.equal(seed.remoteRecorders.length, 2);
    assert.equal(seed.scheduledRecordings.length, 1);
    const b = seed.scheduledRecordings[0];
    assert.equal(b.IsBroadcast, true);
    assert.ok(Date.parse(b.StartTime) > Date.UTC(2026, 5, 1));
    assert.deepEqual(
      seed.users.filter((u) => u.Password).map((u) => [u.Username, u.Password, u.SystemRole]),
      [
        ['instructor', 'instructor', 'Creator'],
        ['student', 'student', 'Viewer'],
        ['admin', 'admin', 'Administrator'],
        ['learner', 'learner', 'Viewer'],
      ],
    );
    assert.ok(seed.groups.length >= 3);
  });

  it('is deterministic', () => {
    const again = buildSeed(Date.UTC(2027, 0, 1));
    assert.deepEqual(
      again.folders.map((f) => f.Id),
      seed.folders.map((f) => f.Id),
    );
    assert.deepEqual(
      again.sessions.map((s) => s.Id),
      seed.sessions.map((s) => s.Id),
    );
    assert.equal(SEED_IDS.instructor, seed.users[0].Id);
  });
});

describe('persistence (PANOPTO_EMULATOR_DATA)', () => {
  it('keeps data and uploaded files across restarts', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'emu-data-'));
    try {
      let emu = await startTestEmulator({ dataDir: dir });
      let token = await mintToken(emu, 'instructor');
      const created = await api(emu, '/folders', {
        token,
        method: 'POST',
        body: { Name: 'Persisted folder', Parent: SEED_IDS.archive },
      });
      assert.equal(created.status, 200);
      writeFileSync(join(emu.context.filesDir, 'kept.webm'), 'not really a video');
      const uploaded = emu.context.store.createSessionFromUpload({
        folderId: created.body.Id,
        name: 'Kept upload',
        createdById: SEED_IDS.instructor,
        mediaPath: 'kept.webm',
        contentType: 'video/webm',
        duration: 3,
      });
      await emu.close();
      assert.ok(existsSync(join(dir, 'data.json')));

      emu = await startTestEmulator({ dataDir: dir });
      token = await mintToken(emu, 'instructor');
      const folder = await api(emu, `/folders/${created.body.Id}`, { token });
      assert.equal(folder.status, 200);
      assert.equal(folder.body.Name, 'Persisted folder');
      const media = await fetch(`${emu.url}/Panopto/Podcast/Stream/${uploaded.Id}.webm`);
      assert.equal(await media.text(), 'not really a video');
      await emu.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('starts from the seed when data.json is unreadable, and says so', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'emu-data-'));
    try {
      writeFileSync(join(dir, 'data.json'), '{ broken');
      const logs: string[] = [];
      const emu = await startTestEmulator({ dataDir: dir, logger: (line) => logs.push(line) });
      assert.ok(
        logs.some((l) => /unreadable/.test(l)),
        logs.join(''),
      );
      assert.equal(emu.context.store.folders.has(SEED_IDS.manyFoldersParent), true);
      await emu.close();
      assert.doesNotThrow(() => JSON.parse(readFileSync(join(dir, 'data.json'), 'utf8')));
      const aside = readdirSync(dir).find((f) => f.startsWith('data.json.unreadable-'));
      assert.ok(aside, 'the unreadable file is kept');
      assert.equal(readFileSync(join(dir, aside), 'utf8'), '{ broken');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
