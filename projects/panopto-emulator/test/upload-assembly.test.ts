// Multipart parts are streamed into place, so CompleteMultipartUpload copies nothing for a normal upload and
// only the misplaced parts otherwise; the object is byte-identical either way. Also the shaped-link fault
// (`bandwidth`), which limits how fast the upload target reads each request body.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import {
  createSessionUpload,
  startUploadFixture,
  type SessionUploadBody,
  type UploadFixture,
} from './upload-helpers.js';

const MIB = 1024 * 1024;

/** Deterministic, distinct bytes per part, so a part written at the wrong offset changes the hash. */
function partBytes(seed: number, size: number): Uint8Array {
  const out = new Uint8Array(size);
  let x = seed * 2654435761;
  for (let i = 0; i < size; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    out[i] = x >>> 24;
  }
  return out;
}

describe('upload: parts streamed into place', () => {
  let fx: UploadFixture;
  before(async () => {
    fx = await startUploadFixture();
  });
  after(async () => {
    await fx?.close();
  });

  const target = (u: SessionUploadBody, file: string) => `${u.UploadTarget}/${encodeURIComponent(file)}`;
  async function start(u: SessionUploadBody, file: string): Promise<string> {
    const res = await fetch(`${target(u, file)}?uploads`, { method: 'POST' });
    const id = /<UploadId>([^<]+)<\/UploadId>/.exec(await res.text())?.[1];
    assert.ok(id);
    return id;
  }
  async function put(u: SessionUploadBody, file: string, id: string, n: number, body: Uint8Array): Promise<string> {
    const res = await fetch(`${target(u, file)}?partNumber=${n}&uploadId=${id}`, { method: 'PUT', body });
    assert.equal(res.status, 200, await res.text());
    const etag = res.headers.get('etag');
    assert.ok(etag);
    return etag;
  }
  async function complete(u: SessionUploadBody, file: string, id: string, parts: Array<[number, string]>) {
    const body = `<CompleteMultipartUpload>${parts
      .map(([n, e]) => `<Part><PartNumber>${n}</PartNumber><ETag>${e}</ETag></Part>`)
      .join('')}</CompleteMultipartUpload>`;
    const res = await fetch(`${target(u, file)}?uploadId=${id}`, { method: 'POST', body });
    assert.equal(res.status, 200, await res.text());
  }
  async function stored(u: SessionUploadBody, file: string): Promise<{ sha256: string; size: number }> {
    return (await fetch(`${fx.url}/__emulator/uploads/${u.ID}/${file}/sha256`)).json() as Promise<{
      sha256: string;
      size: number;
    }>;
  }
  const copied = async () =>
    ((await (await fetch(`${fx.url}/__emulator/metrics`)).json()) as { counters: Record<string, number> }).counters[
      'upload.completeCopiedBytes'
    ] ?? 0;
  const sha = (...chunks: Uint8Array[]) => {
    const h = createHash('sha256');
    chunks.forEach((c) => h.update(c));
    return h.digest('hex');
  };

  it('an in-order upload is completed without copying a byte, and is byte-identical', async () => {
    const u = await createSessionUpload(fx);
    const id = await start(u, 'lecture.mp4');
    const parts = [partBytes(1, 5 * MIB), partBytes(2, 5 * MIB), partBytes(3, 1234)];
    const before = await copied();
    const etags = [];
    for (let i = 0; i < parts.length; i++) etags.push(await put(u, 'lecture.mp4', id, i + 1, parts[i]));
    await complete(
      u,
      'lecture.mp4',
      id,
      etags.map((e, i) => [i + 1, e]),
    );
    assert.equal(await copied(), before, 'CompleteMultipartUpload copied part bytes');
    const object = await stored(u, 'lecture.mp4');
    assert.equal(object.sha256, sha(...parts));
    assert.equal(object.size, 10 * MIB + 1234);
  });

  it('parts sent out of order, re-sent, or left out still make the right object (only misplaced parts are copied)', async () => {
    const u = await createSessionUpload(fx);
    const id = await start(u, 'talk.mp4');
    const p1 = partBytes(11, 6 * MIB);
    const p2 = partBytes(12, 6 * MIB);
    const p2again = partBytes(13, 6 * MIB);
    const p3 = partBytes(14, 6 * MIB);
    const p4 = partBytes(15, 3 * MIB);
    const before = await copied();
    // The last (short) part first; then 3 and 1; part 2 twice (the second is the one that counts).
    const e4 = await put(u, 'talk.mp4', id, 4, p4);
    const e3 = await put(u, 'talk.mp4', id, 3, p3);
    const e1 = await put(u, 'talk.mp4', id, 1, p1);
    await put(u, 'talk.mp4', id, 2, p2);
    const e2 = await put(u, 'talk.mp4', id, 2, p2again);
    // Part 3 is left out: part 4 moves down to where part 3 was.
    await complete(u, 'talk.mp4', id, [
      [1, e1],
      [2, e2],
      [4, e4],
    ]);
    const object = await stored(u, 'talk.mp4');
    assert.equal(object.sha256, sha(p1, p2again, p4));
    assert.equal(object.size, 15 * MIB);
    // Part 4 (it came before any full part told the part size) and the re-sent part 2 were in their own files.
    assert.equal((await copied()) - before, 3 * MIB + 6 * MIB, 'only misplaced parts are copied');
    assert.ok(e3);
  });

  it('the bandwidth fault reads each body no faster than bytesPerSecond; a bad value is refused naming the field', async () => {
    const bad = await fetch(`${fx.url}/__emulator/faults`, {
      method: 'POST',
      body: JSON.stringify({ bandwidth: [{ route: '/Panopto/Upload/*', bytesPerSecond: 'fast' }] }),
    });
    assert.equal(bad.status, 400);
    assert.match(await bad.text(), /bandwidth\[0\]\.bytesPerSecond/);
    const ok = await fetch(`${fx.url}/__emulator/faults`, {
      method: 'POST',
      body: JSON.stringify({ bandwidth: [{ route: '/Panopto/Upload/*', bytesPerSecond: 4 * MIB }] }),
    });
    assert.equal(ok.status, 200);
    try {
      const u = await createSessionUpload(fx);
      const body = partBytes(21, 2 * MIB);
      const started = performance.now();
      const res = await fetch(target(u, 'clip.mp4'), { method: 'PUT', body });
      const ms = performance.now() - started;
      assert.equal(res.status, 200);
      assert.ok(ms >= 450, `2 MiB at 4 MiB/s took ${ms.toFixed(0)} ms, expected ≥ 500 ms`);
      assert.equal((await stored(u, 'clip.mp4')).sha256, sha(body));
    } finally {
      await fetch(`${fx.url}/__emulator/faults`, { method: 'DELETE' });
    }
  });
});
