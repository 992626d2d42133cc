// Media: generated seed videos (real WebM, decodable) and thumbnails, Range requests for seeking,
// restricted media, uploaded files, and a clear error when ffmpeg is missing.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RunningEmulator } from '../src/server.js';
import { findFfmpeg } from '../src/media/ffmpeg.js';
import { seedGuid } from '../src/seed/guid.js';
import { SEED_IDS } from '../src/seed/seed.js';
import { api, mintToken, startTestEmulator } from './helpers.js';

function runProcess(cmd: string, args: string[]): Promise<{ status: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('close', (status) => resolve({ status, stderr }));
  });
}

const SESSION = seedGuid('session:BIO101/2026 Semester 1/Week 1 – Cells/0');
const RESTRICTED = seedGuid('session:BIO101/2026 Semester 1/Week 3 – Evolution/1');

describe('media', () => {
  let emu: RunningEmulator;
  let video: Buffer;
  const stream = (id: string) => `${emu.url}/Panopto/Podcast/Stream/${id}.webm`;

  before(async () => {
    emu = await startTestEmulator({ lazyMedia: false });
    await emu.context.media.whenReady();
    video = Buffer.from(await (await fetch(stream(SESSION))).arrayBuffer());
  });
  after(() => emu.close());

  it('serves a real WebM video for a seeded session', async () => {
    const res = await fetch(stream(SESSION), { method: 'HEAD' });
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-type'), 'video/webm');
    assert.equal(res.headers.get('accept-ranges'), 'bytes');
    assert.equal(Number(res.headers.get('content-length')), video.length);
    assert.deepEqual([...video.subarray(0, 4)], [0x1a, 0x45, 0xdf, 0xa3], 'EBML header');
    assert.ok(video.length > 50_000 && video.length < 2_000_000, `size ${video.length}`);
  });

  it(
    'decodes end to end through HTTP (ffmpeg reads it from the emulator, seeking included)',
    { skip: !findFfmpeg() && 'ffmpeg not installed' },
    async () => {
      const ffmpeg = findFfmpeg() as string;
      // The static ffmpeg build crashes resolving names; give it the address.
      const url = stream(SESSION).replace('//localhost:', '//127.0.0.1:');
      // Async spawn: the emulator runs in this process and must keep serving while ffmpeg reads.
      const run = await runProcess(ffmpeg, ['-v', 'error', '-ss', '5', '-i', url, '-map', '0', '-f', 'null', '-']);
      assert.equal(run.status, 0, run.stderr);
      const info = await runProcess(ffmpeg, ['-hide_banner', '-i', url]);
      assert.match(info.stderr, /Video: vp8/);
      assert.match(info.stderr, /Audio: (opus|vorbis)/);
      const session = (await api(emu, `/sessions/${SESSION}`, { token: await mintToken(emu, 'student') })).body as {
        Duration: number;
      };
      const [, h, m, s] = /Duration: (\d+):(\d+):([\d.]+)/.exec(info.stderr) ?? [];
      assert.ok(
        Math.abs(Number(h) * 3600 + Number(m) * 60 + Number(s) - session.Duration) < 1,
        'Duration matches the file',
      );
    },
  );

  it('answers Range requests with 206 and exact bytes', async () => {
    const first = await fetch(stream(SESSION), { headers: { Range: 'bytes=0-99' } });
    assert.equal(first.status, 206);
    assert.equal(first.headers.get('content-range'), `bytes 0-99/${video.length}`);
    assert.deepEqual(Buffer.from(await first.arrayBuffer()), video.subarray(0, 100));
    const middle = await fetch(stream(SESSION), { headers: { Range: 'bytes=1000-' } });
    assert.equal(middle.status, 206);
    assert.deepEqual(Buffer.from(await middle.arrayBuffer()), video.subarray(1000));
    const suffix = await fetch(stream(SESSION), { headers: { Range: 'bytes=-64' } });
    assert.deepEqual(Buffer.from(await suffix.arrayBuffer()), video.subarray(video.length - 64));
    const beyond = await fetch(stream(SESSION), { headers: { Range: `bytes=${video.length}-` } });
    assert.equal(beyond.status, 416);
    assert.equal(beyond.headers.get('content-range'), `bytes */${video.length}`);
    const garbage = await fetch(stream(SESSION), { headers: { Range: 'pages=1-2' } });
    assert.equal(garbage.status, 416);
  });

  it("serves thumbnails at Panopto's SessionPreviewImage path", async () => {
    const res = await fetch(`${emu.url}/Panopto/PublicAPI/SessionPreviewImage?id=${SESSION}`);
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-type'), 'image/png');
    const png = Buffer.from(await res.arrayBuffer());
    assert.deepEqual([...png.subarray(0, 4)], [0x89, 0x50, 0x4e, 0x47]);
    assert.equal((await fetch(`${emu.url}/Panopto/PublicAPI/SessionPreviewImage?id=nope`)).status, 400);
    assert.equal((await fetch(`${emu.url}/Panopto/PublicAPI/SessionPreviewImage?id=${seedGuid('none')}`)).status, 404);
  });

  it('protects restricted media', async () => {
    assert.equal((await fetch(stream(RESTRICTED))).status, 403);
    const student = await mintToken(emu, 'student');
    assert.equal((await fetch(stream(RESTRICTED), { headers: { Authorization: `Bearer ${student}` } })).status, 403);
    const instructor = await mintToken(emu, 'instructor');
    assert.equal((await fetch(stream(RESTRICTED), { headers: { Authorization: `Bearer ${instructor}` } })).status, 200);
  });

  it('serves an uploaded file attached with createSessionFromUpload', async () => {
    const file = join(emu.context.filesDir, 'upload-test.webm');
    writeFileSync(file, video.subarray(0, 5000));
    const session = emu.context.store.createSessionFromUpload({
      folderId: seedGuid('folder:period:BIO101/2026 Semester 1'),
      name: 'Uploaded',
      createdById: SEED_IDS.instructor,
      mediaPath: 'upload-test.webm',
      contentType: 'video/webm',
      duration: 1,
    });
    const res = await fetch(stream(session.Id), { headers: { Range: 'bytes=10-19' } });
    assert.equal(res.status, 206);
    assert.deepEqual(Buffer.from(await res.arrayBuffer()), video.subarray(10, 20));
    assert.equal((await fetch(stream(SEED_IDS.scheduledBroadcast))).status, 404, 'no media before the broadcast');
  });
});

describe('media without ffmpeg', () => {
  it('fails media routes with a clear message and keeps everything else working', async () => {
    const saved = process.env['PANOPTO_EMULATOR_FFMPEG'];
    const cache = mkdtempSync(join(tmpdir(), 'emu-no-ffmpeg-'));
    process.env['PANOPTO_EMULATOR_FFMPEG'] = join(cache, 'no-such-ffmpeg');
    const emu = await startTestEmulator({ mediaCacheDir: cache, lazyMedia: false });
    try {
      const res = await fetch(`${emu.url}/Panopto/Podcast/Stream/${SESSION}.webm`);
      assert.equal(res.status, 503);
      const body = (await res.json()) as { Error: { ErrorCode: string; Message: string } };
      assert.equal(body.Error.ErrorCode, 'MediaUnavailable');
      assert.match(body.Error.Message, /ffmpeg/);
      assert.match(body.Error.Message, /@ffmpeg-installer\/linux-x64/);
      assert.equal((await api(emu, `/sessions/${SESSION}`, { token: await mintToken(emu, 'student') })).status, 200);
    } finally {
      if (saved === undefined) delete process.env['PANOPTO_EMULATOR_FFMPEG'];
      else process.env['PANOPTO_EMULATOR_FFMPEG'] = saved;
      await emu.close();
      rmSync(cache, { recursive: true, force: true });
    }
  });
});
