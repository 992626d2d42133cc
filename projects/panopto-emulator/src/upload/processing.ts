// What happens after the client sets State 1: Processing (3, SessionId allocated) then Complete (4) with a
// playable session in the folder, or ProcessingError (5) with a Message when the manifest or a file is bad
// (a file whose CRC32 differs from its manifest Checksum included). The manifest's <Date> becomes the session's
// StartTime and its <Cuts> shorten the Duration.
import { randomUUID } from 'node:crypto';
import { spawn } from 'node:child_process';
import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { crc32 } from 'node:zlib';
import { dirname, join, relative } from 'node:path';
import type { EmulatorContext } from '../context.js';
import { findFfmpeg, runFfmpeg } from '../media/ffmpeg.js';
import {
  durationAfterCuts,
  ManifestError,
  mediaContentType,
  parseManifest,
  type ParsedManifest,
} from './manifest-check.js';
import { UploadState, type SessionUploadRecord, type UploadRegistry } from './upload-registry.js';

export interface ProcessingOptions {
  /** Time in each of the Processing steps (ms). Tests make it short. */
  stepDelayMs: number;
}

/** Largest manifest read (a UCS file is a few KB; anything huge is not a manifest). */
const MAX_MANIFEST_BYTES = 1024 * 1024;

/** Runs `fn` after `ms`; the module clears pending timers when the emulator closes. */
export type Scheduler = (ms: number, fn: () => void) => void;

export function startProcessing(
  ctx: EmulatorContext,
  registry: UploadRegistry,
  record: SessionUploadRecord,
  options: ProcessingOptions,
  schedule: Scheduler,
): void {
  const later = (ms: number, fn: () => Promise<void> | void) =>
    schedule(ms, () => {
      Promise.resolve(fn()).catch((err: Error) => fail(record, `Processing failed: ${err.message}`));
    });

  const fail = (r: SessionUploadRecord, message: string) => {
    r.State = UploadState.ProcessingError;
    r.MessageID = 1;
    r.Message = message;
    ctx.metrics.uploadFailed();
  };

  later(options.stepDelayMs, async () => {
    if (record.State !== UploadState.UploadComplete) return; // deleted meanwhile
    record.State = UploadState.Processing;
    record.SessionId = randomUUID();
    let manifest: ParsedManifest;
    try {
      manifest = await readManifest(registry, record);
    } catch (err) {
      later(options.stepDelayMs, () =>
        fail(
          record,
          err instanceof ManifestError ? err.message : `The manifest could not be read: ${(err as Error).message}`,
        ),
      );
      return;
    }
    later(options.stepDelayMs, async () => {
      if (record.State !== UploadState.Processing) return;
      const primary = manifest.videos.find((v) => v.type === 'Primary') ?? manifest.videos[0];
      const object = registry.objects.get(`${record.ID}/${primary.file}`);
      if (!object) return fail(record, `The file "${primary.file}" disappeared before processing.`);
      for (const { file, crc32: expected } of manifest.checksums) {
        const uploaded = registry.objects.get(`${record.ID}/${file}`);
        if (!uploaded) continue; // not uploaded at all: the manifest check has already named it if it mattered
        const actual = await fileCrc32(uploaded.path);
        if (actual !== expected) {
          return fail(
            record,
            `The file "${file}" is damaged: its CRC32 is ${actual}, but the manifest's Checksum says ${expected}. Upload it again.`,
          );
        }
      }
      const mediaDuration = await probeDurationSeconds(object.path);
      // Session cuts are on the session's timeline, the primary's own on its stream's; both removed once.
      const cuts = [
        ...manifest.cuts.map((c) => ({ ...c, startSeconds: c.startSeconds - primary.startSeconds })),
        ...primary.cuts,
      ];
      const duration = durationAfterCuts(mediaDuration, cuts);
      const thumbnail = await makeThumbnail(
        object.path,
        join(dirname(dirname(object.path)), 'thumbnail.png'),
        duration,
      );
      const session = ctx.store.createSessionFromUpload({
        id: record.SessionId ?? undefined,
        folderId: record.FolderId,
        name: manifest.title,
        description: manifest.description,
        createdById: record.OwnerId,
        mediaPath: relative(ctx.filesDir, object.path),
        contentType:
          object.contentType !== 'application/octet-stream' ? object.contentType : mediaContentType(primary.file),
        duration,
        thumbnailPath: thumbnail ? relative(ctx.filesDir, thumbnail) : undefined,
      });
      if (manifest.date) {
        session.StartTime = new Date(manifest.date).toISOString();
        ctx.store.changed();
      }
      record.State = UploadState.Complete;
      record.Message = null;
      ctx.metrics.uploadCompleted();
    });
  });
}

async function readManifest(registry: UploadRegistry, record: SessionUploadRecord): Promise<ParsedManifest> {
  const objects = registry.objectsOf(record.ID);
  if (objects.length === 0) throw new ManifestError('No files were uploaded.');
  const names = new Set(objects.map((o) => o.fileName));
  const candidates = objects.filter((o) => o.fileName.toLowerCase().endsWith('.xml') && o.size <= MAX_MANIFEST_BYTES);
  let lastError: ManifestError | null = null;
  for (const candidate of candidates) {
    const xml = await readFile(candidate.path, 'utf8');
    if (!/<(?:[\w-]+:)?Session[\s>]/.test(xml)) continue;
    try {
      return parseManifest(xml, names);
    } catch (err) {
      if (err instanceof ManifestError) lastError = err;
      else throw err;
    }
  }
  throw (
    lastError ??
    new ManifestError('No manifest was uploaded: upload a UCS XML file (root <Session>) that lists the media files.')
  );
}

/** CRC32 of a file as 8 upper-case hex digits (the UCS Checksum format). */
async function fileCrc32(path: string): Promise<string> {
  let value = 0;
  for await (const chunk of createReadStream(path)) value = crc32(chunk as Buffer, value);
  return value.toString(16).toUpperCase().padStart(8, '0');
}

/** Duration from ffmpeg's header probe; 0 when ffmpeg is missing or the container does not say. */
function probeDurationSeconds(path: string): Promise<number> {
  const binary = findFfmpeg();
  if (!binary) return Promise.resolve(0);
  return new Promise((resolve) => {
    const child = spawn(binary, ['-hide_banner', '-nostdin', '-i', path], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
    child.stderr.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-20000)));
    child.on('error', () => resolve(0));
    child.on('close', () => {
      clearTimeout(timer);
      const m = /Duration: (\d+):(\d+):(\d+(?:\.\d+)?)/.exec(stderr);
      resolve(m ? Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3]) : 0);
    });
  });
}

/** A PNG frame from the video (one second in, or the first frame of a short one); null without ffmpeg or on failure. */
async function makeThumbnail(video: string, target: string, duration: number): Promise<string | null> {
  const binary = findFfmpeg();
  if (!binary) return null;
  try {
    const at = duration > 2 ? '1' : '0';
    await runFfmpeg(binary, ['-ss', at, '-i', video, '-frames:v', '1', '-f', 'image2', '-c:v', 'png', target]);
    return target;
  } catch {
    return null;
  }
}
