// The upload module with a real S3 client (AWS SDK for JavaScript v3): multipart through to a playable session.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import {
  AbortMultipartUploadCommand,
  CompleteMultipartUploadCommand,
  CreateMultipartUploadCommand,
  ListPartsCommand,
  PutObjectCommand,
  S3Client,
  UploadPartCommand,
} from '@aws-sdk/client-s3';
import {
  authJson,
  createSessionUpload,
  finishAndWait,
  makeNoiseWebm,
  manifestFor,
  startUploadFixture,
  type UploadFixture,
} from './upload-helpers.js';

interface Metrics {
  uploads: { bytesReceived: number; completed: number };
}

describe('upload: AWS SDK v3 against the S3-compatible target', () => {
  let fx: UploadFixture;
  let s3: S3Client;
  before(async () => {
    // Processing steps long enough (250 ms) for the 20 ms poll to see State 3 even on a busy machine.
    fx = await startUploadFixture(250);
    s3 = new S3Client({
      endpoint: `${fx.url}/Panopto`,
      forcePathStyle: true,
      region: 'us-east-1',
      credentials: { accessKeyId: 'dummy', secretAccessKey: 'dummy' }, // Panopto ignores them
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    });
  });
  after(async () => {
    s3?.destroy();
    await fx?.close();
  });

  it('multipart-uploads a WebM and a manifest, and processing makes a playable session in the folder', async (t) => {
    const video = makeNoiseWebm(3);
    if (!video) return t.skip('ffmpeg (optional dependency) is not installed; cannot generate a playable WebM');
    assert.ok(video.length > 5 * 1024 * 1024, `the generated WebM should span two parts (${video.length} bytes)`);
    const upload = await createSessionUpload(fx);
    assert.equal(upload.State, 0);
    assert.equal(upload.FolderId, fx.folderId);
    assert.equal(upload.SessionId, null);
    assert.equal(upload.UploadTarget, `${fx.url}/Panopto/Upload/${upload.ID}`);
    const metricsBefore = (await (await fetch(`${fx.url}/__emulator/metrics`)).json()) as Metrics;

    const key = `${upload.ID}/lecture.webm`;
    const created = await s3.send(
      new CreateMultipartUploadCommand({ Bucket: 'Upload', Key: key, ContentType: 'video/webm' }),
    );
    assert.ok(created.UploadId);
    const split = 5 * 1024 * 1024;
    const bodies = [video.subarray(0, split), video.subarray(split)];
    const etags: string[] = [];
    for (const [i, body] of bodies.entries()) {
      const part: { ETag?: string } = await s3.send(
        new UploadPartCommand({
          Bucket: 'Upload',
          Key: key,
          UploadId: created.UploadId,
          PartNumber: i + 1,
          Body: body,
        }),
      );
      assert.equal(
        part.ETag,
        `"${createHash('md5').update(body).digest('hex')}"`,
        'ETag is the quoted MD5 of the part',
      );
      etags.push(part.ETag as string);
    }
    const listed = await s3.send(new ListPartsCommand({ Bucket: 'Upload', Key: key, UploadId: created.UploadId }));
    assert.deepEqual(
      listed.Parts?.map((p) => [p.PartNumber, p.ETag, p.Size]),
      [
        [1, etags[0], bodies[0].length],
        [2, etags[1], bodies[1].length],
      ],
    );
    await s3.send(
      new CompleteMultipartUploadCommand({
        Bucket: 'Upload',
        Key: key,
        UploadId: created.UploadId,
        MultipartUpload: { Parts: etags.map((ETag, i) => ({ ETag, PartNumber: i + 1 })) },
      }),
    );
    const manifestKey = `${upload.ID}/session.xml`;
    const manifestUpload = await s3.send(new CreateMultipartUploadCommand({ Bucket: 'Upload', Key: manifestKey }));
    const manifestPart = await s3.send(
      new UploadPartCommand({
        Bucket: 'Upload',
        Key: manifestKey,
        UploadId: manifestUpload.UploadId,
        PartNumber: 1,
        Body: manifestFor('lecture.webm', 'SDK upload'),
      }),
    );
    await s3.send(
      new CompleteMultipartUploadCommand({
        Bucket: 'Upload',
        Key: manifestKey,
        UploadId: manifestUpload.UploadId,
        MultipartUpload: { Parts: [{ ETag: manifestPart.ETag, PartNumber: 1 }] },
      }),
    );

    const hash = (await (await fetch(`${fx.url}/__emulator/uploads/${upload.ID}/lecture.webm/sha256`)).json()) as {
      sha256: string;
    };
    assert.equal(hash.sha256, createHash('sha256').update(video).digest('hex'), 'stored object is byte-identical');

    const done = (await finishAndWait(fx, upload)) as Awaited<ReturnType<typeof finishAndWait>> & { seen: number[] };
    assert.deepEqual(
      done.seen.filter((s) => s >= 3),
      [3, 4],
      `states move Processing → Complete (saw ${done.seen})`,
    );
    assert.equal(done.Message, null);
    assert.ok(done.SessionId, 'SessionId is set');
    const session = fx.emulator.context.store.sessions.get(done.SessionId as string);
    assert.ok(session, 'the session exists');
    assert.equal(session.FolderId, fx.folderId);
    assert.equal(session.Name, 'SDK upload');
    assert.ok(session.Duration > 1, `duration probed from the file (${session.Duration})`);

    const media = await fetch(`${fx.url}/Panopto/Podcast/Stream/${done.SessionId}.webm`);
    assert.equal(media.status, 200);
    assert.match(media.headers.get('content-type') ?? '', /video\/webm/);
    assert.equal(
      Buffer.from(await media.arrayBuffer()).equals(video),
      true,
      'the media route serves the uploaded bytes',
    );

    const metrics = (await (await fetch(`${fx.url}/__emulator/metrics`)).json()) as Metrics;
    assert.ok(metrics.uploads.bytesReceived - metricsBefore.uploads.bytesReceived >= video.length, 'bytes counted');
    assert.equal(metrics.uploads.completed - metricsBefore.uploads.completed, 1, 'upload counted as completed');
  });

  it('accepts a single PutObject and an aborted multipart upload forgets its parts', async () => {
    const upload = await createSessionUpload(fx);
    const put = await s3.send(new PutObjectCommand({ Bucket: 'Upload', Key: `${upload.ID}/notes.xml`, Body: 'hello' }));
    assert.equal(put.ETag, `"${createHash('md5').update('hello').digest('hex')}"`);
    const key = `${upload.ID}/x.mp4`;
    const created = await s3.send(new CreateMultipartUploadCommand({ Bucket: 'Upload', Key: key }));
    await s3.send(
      new UploadPartCommand({
        Bucket: 'Upload',
        Key: key,
        UploadId: created.UploadId,
        PartNumber: 1,
        Body: Buffer.alloc(1024),
      }),
    );
    await s3.send(new AbortMultipartUploadCommand({ Bucket: 'Upload', Key: key, UploadId: created.UploadId }));
    await assert.rejects(
      s3.send(
        new UploadPartCommand({
          Bucket: 'Upload',
          Key: key,
          UploadId: created.UploadId,
          PartNumber: 2,
          Body: Buffer.alloc(10),
        }),
      ),
      (err: Error) => err.name === 'NoSuchUpload',
    );
    await assert.rejects(
      s3.send(new ListPartsCommand({ Bucket: 'Upload', Key: key, UploadId: created.UploadId })),
      (err: Error) => err.name === 'NoSuchUpload',
    );
    const del = await fetch(`${fx.url}/Panopto/PublicAPI/REST/sessionUpload/${upload.ID}`, {
      method: 'DELETE',
      headers: authJson(fx.instructorToken),
    });
    assert.equal(del.status, 200);
    assert.equal(((await del.json()) as { State: number }).State, 2, 'deleting an upload in progress cancels it');
  });
});
