// Panopto's upload flow from a real S3 client nobody here wrote: Debian's boto3, as Panopto's
// upload-python-sample uses it (multipart to UploadTarget, then a UCS manifest), over https. The manifest's
// <Date> becomes StartTime, its <Cuts> shorten Duration, and a wrong Checksum ends in ProcessingError naming the
// file. Skips (and says so) without Python, boto3 or ffmpeg.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RunningEmulator } from '../src/server.js';
import { startTestEmulator } from './helpers.js';
import { makeNoiseWebm } from './upload-helpers.js';
import { findPython, postJsonTrusting, runPython } from './python/python.js';

const found = findPython(['boto3', 'requests']);
const SCRIPT = new URL('./python/panopto_ucs_upload.py', import.meta.url).pathname;

describe('boto3 upload with a UCS manifest over https', { skip: 'skip' in found ? found.skip : false }, () => {
  let emu: RunningEmulator;
  let dir: string;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'emulator-boto3-'));
    emu = await startTestEmulator({ https: { certDir: join(dir, 'tls') } });
    const ca = emu.certificate?.cert as string;
    await postJsonTrusting(ca, `${emu.url}/__emulator/uploads/config`, { processingStepMs: 30 });
  });
  after(async () => {
    await emu?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('Date sets StartTime, Cuts shorten Duration, a wrong Checksum is ProcessingError naming the file', async (t) => {
    const video = makeNoiseWebm(3);
    if (!video) return t.skip('ffmpeg (optional dependency) is not installed; cannot generate a video');
    const videoFile = join(dir, 'lecture.webm');
    writeFileSync(videoFile, video);
    const store = emu.context.store;
    const instructor = store.findUserByUsername('instructor');
    const folder = [...store.folders.values()].find(
      (f) => instructor && store.accessTo(instructor, f.Id) === 'Creator',
    );
    assert.ok(folder, 'the seed has a folder the instructor creates in');
    const certFile = emu.certificate?.certFile as string;
    const minted = await postJsonTrusting(emu.certificate?.cert as string, `${emu.url}/__emulator/tokens`, {
      username: 'instructor',
    });
    const token = (minted.json as { access_token: string }).access_token;
    const run = await runPython(
      'python' in found ? found.python : 'python3',
      SCRIPT,
      [`localhost:${emu.port}`, token, folder.Id, videoFile],
      { AWS_CA_BUNDLE: certFile, REQUESTS_CA_BUNDLE: certFile },
    );
    assert.equal(run.status, 0, `python failed:\n${run.stderr}\n${run.stdout}`);
    const out = JSON.parse(run.stdout);
    assert.match(out.upload_target, new RegExp(`^https://localhost:${emu.port}/Panopto/Upload/`), 'https UploadTarget');
    assert.ok(out.parts >= 2, 'the video went up in several parts');
    assert.equal(out.good.state, 4, `processing completed: ${out.good.message}`);
    assert.equal(out.good.session.StartTime, '2024-03-05T09:30:00.000Z', '<Date> is the StartTime');
    // 3 s of video; session cut 1–1.5 s, video cut 2.5–3.5 s (clipped at 3 s): 2 s remain.
    assert.ok(Math.abs(out.good.session.Duration - 2) < 0.1, `Duration after cuts: ${out.good.session.Duration}`);
    assert.match(out.good.session.DownloadUrl, /\.webm$/, 'the download URL ends as the file it serves');
    assert.equal(out.damaged.state, 5, 'a wrong checksum is ProcessingError');
    assert.match(out.damaged.message, /"lecture\.webm"/);
    assert.match(out.damaged.message, new RegExp(out.crc32));
  });
});
