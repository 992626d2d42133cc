// Shared set-up of the upload tests: an in-process emulator on port 0 with fast processing, tokens for the
// seeded accounts, a folder the instructor may upload into (and the student only view), and a real WebM.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmulator, type RunningEmulator } from '../src/server.js';
import { findFfmpeg } from '../src/media/ffmpeg.js';

export interface UploadFixture {
  emulator: RunningEmulator;
  url: string;
  instructorToken: string;
  studentToken: string;
  /** Instructor: Creator; student: Viewer. */
  folderId: string;
  close(): Promise<void>;
}

export async function startUploadFixture(processingStepMs = 30): Promise<UploadFixture> {
  const emulator = await startEmulator({ port: 0, quiet: true, lazyMedia: true });
  const url = emulator.url;
  await fetch(`${url}/__emulator/uploads/config`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ processingStepMs }),
  });
  const token = async (username: string) => {
    const res = await fetch(`${url}/__emulator/tokens`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ username }),
    });
    return ((await res.json()) as { access_token: string }).access_token;
  };
  const store = emulator.context.store;
  const instructor = store.findUserByUsername('instructor');
  const student = store.findUserByUsername('student');
  if (!instructor || !student) throw new Error('The seed has no instructor/student accounts.');
  const folder = [...store.folders.values()].find(
    (f) => store.accessTo(instructor, f.Id) === 'Creator' && store.accessTo(student, f.Id) === 'Viewer',
  );
  if (!folder) throw new Error('The seed has no folder where the instructor creates and the student views.');
  return {
    emulator,
    url,
    instructorToken: await token('instructor'),
    studentToken: await token('student'),
    folderId: folder.Id,
    close: () => emulator.close(),
  };
}

/**
 * A real, playable WebM of a few seconds with noise content (so it is larger than 5 MiB and spans two parts).
 * Returns null when the optional ffmpeg package is missing.
 */
export function makeNoiseWebm(seconds = 3): Buffer | null {
  const ffmpeg = findFfmpeg();
  if (!ffmpeg) return null;
  const dir = mkdtempSync(join(tmpdir(), 'upload-test-'));
  const out = join(dir, 'noise.webm');
  try {
    execFileSync(ffmpeg, [
      '-hide_banner',
      '-loglevel',
      'error',
      '-nostdin',
      '-y',
      '-f',
      'lavfi',
      '-i',
      'nullsrc=s=640x360:r=15,geq=random(1)*255:128:128',
      '-t',
      String(seconds),
      '-c:v',
      'libvpx',
      '-deadline',
      'realtime',
      '-cpu-used',
      '8',
      '-crf',
      '4',
      '-b:v',
      '60M',
      out,
    ]);
    return readFileSync(out);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function authJson(token: string): Record<string, string> {
  return { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' };
}

export interface SessionUploadBody {
  ID: string;
  FolderId: string;
  SessionId: string | null;
  UploadTarget: string;
  State: number;
  MessageID: number;
  Message: string | null;
}

export async function createSessionUpload(
  fx: UploadFixture,
  token = fx.instructorToken,
  folderId = fx.folderId,
): Promise<SessionUploadBody> {
  const res = await fetch(`${fx.url}/Panopto/PublicAPI/REST/sessionUpload`, {
    method: 'POST',
    headers: authJson(token),
    body: JSON.stringify({ FolderId: folderId }),
  });
  if (res.status !== 201) throw new Error(`create: ${res.status} ${await res.text()}`);
  return (await res.json()) as SessionUploadBody;
}

/** Sets State 1 and polls until a terminal state; returns the last body. */
export async function finishAndWait(
  fx: UploadFixture,
  upload: SessionUploadBody,
  timeoutMs = 15000,
): Promise<SessionUploadBody> {
  const res = await fetch(`${fx.url}/Panopto/PublicAPI/REST/sessionUpload/${upload.ID}`, {
    method: 'PUT',
    headers: authJson(fx.instructorToken),
    body: JSON.stringify({ ...upload, State: 1 }),
  });
  if (res.status !== 200) throw new Error(`finish: ${res.status} ${await res.text()}`);
  const deadline = Date.now() + timeoutMs;
  const seen: number[] = [];
  for (;;) {
    const body = (await (
      await fetch(`${fx.url}/Panopto/PublicAPI/REST/sessionUpload/${upload.ID}`, {
        headers: authJson(fx.instructorToken),
      })
    ).json()) as SessionUploadBody & { seen?: number[] };
    if (seen[seen.length - 1] !== body.State) seen.push(body.State);
    if ([2, 4, 5, 7, 8].includes(body.State)) return Object.assign(body, { seen });
    if (Date.now() > deadline) throw new Error(`Processing did not finish; states seen ${seen.join(',')}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** A valid minimal manifest for one file. */
export function manifestFor(fileName: string, title = 'Uploaded lecture'): string {
  return `<?xml version="1.0" encoding="utf-8"?>
<Session xmlns="http://tempuri.org/UniversalCaptureSpecification/v1">
  <Title>${title}</Title>
  <Videos><Video><Start>PT0S</Start><File>${fileName}</File><Type>Primary</Type></Video></Videos>
</Session>`;
}
