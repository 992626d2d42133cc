// The upload module's refusals: auth and permissions on sessionUpload, S3-style errors for bad ETags, missing
// parts, wrong order, bad GUIDs and part numbers, bad manifests (State 5 with a Message), and CORS for browsers.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  authJson,
  createSessionUpload,
  finishAndWait,
  manifestFor,
  startUploadFixture,
  type SessionUploadBody,
  type UploadFixture,
} from './upload-helpers.js';

const MIB = 1024 * 1024;

describe('upload: refusals and errors', () => {
  let fx: UploadFixture;
  before(async () => {
    fx = await startUploadFixture();
  });
  after(async () => {
    await fx?.close();
  });

  const target = (u: SessionUploadBody, file: string) => `${u.UploadTarget}/${encodeURIComponent(file)}`;
  async function startMultipart(u: SessionUploadBody, file: string): Promise<string> {
    const res = await fetch(`${target(u, file)}?uploads`, { method: 'POST' });
    assert.equal(res.status, 200);
    const id = /<UploadId>([^<]+)<\/UploadId>/.exec(await res.text())?.[1];
    assert.ok(id, 'UploadId in the XML');
    return id;
  }
  async function putPart(
    u: SessionUploadBody,
    file: string,
    uploadId: string,
    n: number | string,
    body: Uint8Array | string,
  ) {
    return fetch(`${target(u, file)}?partNumber=${n}&uploadId=${uploadId}`, { method: 'PUT', body });
  }
  const completeBody = (parts: Array<[number, string]>) =>
    `<CompleteMultipartUpload>${parts
      .map(([n, e]) => `<Part><PartNumber>${n}</PartNumber><ETag>${e}</ETag></Part>`)
      .join('')}</CompleteMultipartUpload>`;
  async function s3Code(res: Response): Promise<string | undefined> {
    return /<Code>([^<]+)<\/Code>/.exec(await res.text())?.[1];
  }
  async function putObject(u: SessionUploadBody, file: string, body: string) {
    const res = await fetch(target(u, file), { method: 'PUT', body });
    assert.equal(res.status, 200);
  }

  it('sessionUpload needs a token (401), a GUID FolderId (400), an existing folder (404) and Creator rights (403)', async () => {
    const url = `${fx.url}/Panopto/PublicAPI/REST/sessionUpload`;
    const noToken = await fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ FolderId: fx.folderId }),
    });
    assert.equal(noToken.status, 401);
    const badId = await fetch(url, {
      method: 'POST',
      headers: authJson(fx.instructorToken),
      body: JSON.stringify({ FolderId: 'not-a-guid' }),
    });
    assert.equal(badId.status, 400);
    const missing = await fetch(url, {
      method: 'POST',
      headers: authJson(fx.instructorToken),
      body: JSON.stringify({ FolderId: '11111111-2222-3333-4444-555555555555' }),
    });
    assert.equal(missing.status, 404);
    const viewer = await fetch(url, {
      method: 'POST',
      headers: authJson(fx.studentToken),
      body: JSON.stringify({ FolderId: fx.folderId }),
    });
    assert.equal(viewer.status, 403);
    assert.match(((await viewer.json()) as { Error: { Message: string } }).Error.Message, /Creator role/);
  });

  it('paths are case-insensitive, and other users cannot read or finish an upload', async () => {
    const res = await fetch(`${fx.url}/panopto/publicapi/rest/SESSIONUPLOAD`, {
      method: 'POST',
      headers: authJson(fx.instructorToken),
      body: JSON.stringify({ FolderId: fx.folderId }),
    });
    assert.equal(res.status, 201);
    const upload = (await res.json()) as SessionUploadBody;
    const other = await fetch(`${fx.url}/Panopto/PublicAPI/Rest/sessionUpload/${upload.ID}`, {
      headers: authJson(fx.studentToken),
    });
    assert.equal(other.status, 403);
    const bad = await fetch(`${fx.url}/Panopto/PublicAPI/REST/sessionUpload/xyz`, {
      headers: authJson(fx.instructorToken),
    });
    assert.equal(bad.status, 400);
    const wrongState = await fetch(`${fx.url}/Panopto/PublicAPI/REST/sessionUpload/${upload.ID}`, {
      method: 'PUT',
      headers: authJson(fx.instructorToken),
      body: JSON.stringify({ ...upload, State: 4 }),
    });
    assert.equal(wrongState.status, 400);
  });

  it('complete rejects a wrong ETag, a missing part, a wrong order and too-small parts with S3 error codes', async () => {
    const u = await createSessionUpload(fx);
    const id = await startMultipart(u, 'big.mp4');
    const one = await putPart(u, 'big.mp4', id, 1, new Uint8Array(5 * MIB));
    const two = await putPart(u, 'big.mp4', id, 2, new Uint8Array(100).fill(7));
    assert.equal(one.status, 200);
    const etag1 = one.headers.get('etag') as string;
    const etag2 = two.headers.get('etag') as string;
    assert.match(etag1, /^"[0-9a-f]{32}"$/);
    const complete = (parts: Array<[number, string]>) =>
      fetch(`${target(u, 'big.mp4')}?uploadId=${id}`, { method: 'POST', body: completeBody(parts) });

    const wrong = await complete([
      [1, etag1],
      [2, '"00000000000000000000000000000000"'],
    ]);
    assert.equal(wrong.status, 400);
    assert.equal(await s3Code(wrong), 'InvalidPart');
    const missing = await complete([
      [1, etag1],
      [3, etag2],
    ]);
    assert.equal(await s3Code(missing), 'InvalidPart');
    const order = await complete([
      [2, etag2],
      [1, etag1],
    ]);
    assert.equal(await s3Code(order), 'InvalidPartOrder');
    const lastOnly = await complete([[2, etag2]]);
    assert.equal(lastOnly.status, 200, 'a single small part is fine when it is the last one');
  });

  it('a too-small middle part is EntityTooSmall; malformed bodies are MalformedXML', async () => {
    const u = await createSessionUpload(fx);
    const id = await startMultipart(u, 'a.mp4');
    const e1 = (await putPart(u, 'a.mp4', id, 1, 'small')).headers.get('etag') as string;
    const e2 = (await putPart(u, 'a.mp4', id, 2, 'small')).headers.get('etag') as string;
    const res = await fetch(`${target(u, 'a.mp4')}?uploadId=${id}`, {
      method: 'POST',
      body: completeBody([
        [1, e1],
        [2, e2],
      ]),
    });
    assert.equal(await s3Code(res), 'EntityTooSmall');
    const junk = await fetch(`${target(u, 'a.mp4')}?uploadId=${id}`, { method: 'POST', body: 'not xml' });
    assert.equal(junk.status, 400);
    assert.equal(await s3Code(junk), 'MalformedXML');
  });

  it('bad GUIDs, unknown targets, unknown upload ids and wrong part numbers are errors, not crashes', async () => {
    const badGuid = await fetch(`${fx.url}/Panopto/Upload/not-a-guid/file.mp4?uploads`, { method: 'POST' });
    assert.equal(badGuid.status, 400);
    assert.equal(await s3Code(badGuid), 'InvalidBucketName');
    const unknown = await fetch(`${fx.url}/Panopto/Upload/11111111-2222-3333-4444-555555555555/file.mp4?uploads`, {
      method: 'POST',
    });
    assert.equal(unknown.status, 404);
    assert.equal(await s3Code(unknown), 'NoSuchBucket');
    const u = await createSessionUpload(fx);
    const id = await startMultipart(u, 'f.mp4');
    for (const n of [0, -1, 10001, 'x', '1.5']) {
      const res = await putPart(u, 'f.mp4', id, n, 'abc');
      assert.equal(res.status, 400, `part number ${n}`);
      assert.equal(await s3Code(res), 'InvalidArgument');
    }
    const noUpload = await putPart(u, 'f.mp4', 'nope', 1, 'abc');
    assert.equal(await s3Code(noUpload), 'NoSuchUpload');
    const otherFile = await putPart(u, 'g.mp4', id, 1, 'abc');
    assert.equal(await s3Code(otherFile), 'NoSuchUpload', 'an upload id only works for its own file');
    const traversal = await fetch(`${u.UploadTarget}/..%2Fescape.mp4`, { method: 'PUT', body: 'x' });
    assert.equal(traversal.status, 400);
    const alive = await fetch(`${fx.url}/__emulator/metrics`);
    assert.equal(alive.status, 200, 'the emulator still answers');
  });

  it('a manifest without a Title ends in State 5 with a Message', async () => {
    const u = await createSessionUpload(fx);
    await putObject(u, 'a.webm', 'not really a video');
    await putObject(
      u,
      'm.xml',
      '<Session xmlns="http://tempuri.org/UniversalCaptureSpecification/v1"><Videos><Video><Start>PT0S</Start><File>a.webm</File><Type>Primary</Type></Video></Videos></Session>',
    );
    const done = await finishAndWait(fx, u);
    assert.equal(done.State, 5);
    assert.match(done.Message ?? '', /Title/);
  });

  it('a manifest that references a file that was not uploaded ends in State 5 naming the file', async () => {
    const u = await createSessionUpload(fx);
    await putObject(u, 'm.xml', manifestFor('missing.mp4'));
    const done = await finishAndWait(fx, u);
    assert.equal(done.State, 5);
    assert.match(done.Message ?? '', /missing\.mp4/);
  });

  it('an upload without a manifest, or with a bad Type, ends in State 5', async () => {
    const none = await createSessionUpload(fx);
    await putObject(none, 'a.webm', 'x');
    assert.match((await finishAndWait(fx, none)).Message ?? '', /manifest/i);
    const badType = await createSessionUpload(fx);
    await putObject(badType, 'a.webm', 'x');
    await putObject(badType, 'm.xml', manifestFor('a.webm').replace('Primary', 'Main'));
    const done = await finishAndWait(fx, badType);
    assert.equal(done.State, 5);
    assert.match(done.Message ?? '', /Primary, Secondary or Audio/);
  });

  it('after State 1 the target refuses more files (403 AccessDenied)', async () => {
    const u = await createSessionUpload(fx);
    await putObject(u, 'm.xml', manifestFor('a.webm'));
    await finishAndWait(fx, u);
    const late = await fetch(`${u.UploadTarget}/late.mp4`, { method: 'PUT', body: 'x' });
    assert.equal(late.status, 403);
    assert.equal(await s3Code(late), 'AccessDenied');
  });

  it('answers CORS preflight for a localhost origin and exposes ETag on part responses', async () => {
    const u = await createSessionUpload(fx);
    const id = await startMultipart(u, 'c.mp4');
    const url = `${target(u, 'c.mp4')}?partNumber=1&uploadId=${id}`;
    const preflight = await fetch(url, {
      method: 'OPTIONS',
      headers: {
        Origin: 'http://localhost:9876',
        'Access-Control-Request-Method': 'PUT',
        'Access-Control-Request-Headers': 'content-type',
      },
    });
    assert.equal(preflight.status, 204);
    assert.equal(preflight.headers.get('access-control-allow-origin'), 'http://localhost:9876');
    assert.match(preflight.headers.get('access-control-allow-methods') ?? '', /PUT/);
    assert.match(preflight.headers.get('access-control-allow-methods') ?? '', /DELETE/);
    assert.match(preflight.headers.get('access-control-allow-headers') ?? '', /content-type/i);
    const part = await fetch(url, { method: 'PUT', body: 'x', headers: { Origin: 'http://localhost:9876' } });
    assert.match(part.headers.get('access-control-expose-headers') ?? '', /ETag/);
  });
});
