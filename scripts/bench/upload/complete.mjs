// The emulator's CompleteMultipartUpload for a 1 GB object, timed from Node: 16 parts of 64 MiB are sent (4 at
// a time), then the Complete request is timed alone. Baseline in the same run: copying the finished object once
// on the same disk (`fs.copyFile`), which is the least a join that copies the bytes would cost.
import { copyFile, rm } from 'node:fs/promises';
import { randomFillSync } from 'node:crypto';
import { join } from 'node:path';
import { startEmulator } from '../../../projects/panopto-emulator/src/server.ts';
import { MB } from './harness.mjs';

/** Returns { sizeMb, completeMs, copyMs, copiedBytes }. */
export async function measureComplete(sizeMb = 1024, partMiB = 64) {
  const emulator = await startEmulator({ port: 0, quiet: true, lazyMedia: true });
  try {
    const post = (path, body) =>
      fetch(`${emulator.url}${path}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      });
    const token = (await (await post('/__emulator/tokens', { username: 'admin' })).json()).access_token;
    const folderId = [...emulator.context.store.folders.values()][0].Id;
    const upload = await (
      await fetch(`${emulator.url}/Panopto/PublicAPI/REST/sessionUpload`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ FolderId: folderId }),
      })
    ).json();
    const object = `${upload.UploadTarget}/big.mp4`;
    const init = await (await fetch(`${object}?uploads`, { method: 'POST' })).text();
    const uploadId = /<UploadId>([^<]+)<\/UploadId>/.exec(init)[1];
    const part = randomFillSync(Buffer.alloc(partMiB * MB));
    const count = Math.ceil(sizeMb / partMiB);
    const etags = new Array(count);
    let next = 1;
    await Promise.all(
      Array.from({ length: 4 }, async () => {
        while (next <= count) {
          const n = next++;
          const res = await fetch(`${object}?partNumber=${n}&uploadId=${uploadId}`, { method: 'PUT', body: part });
          if (res.status !== 200) throw new Error(`part ${n}: HTTP ${res.status}`);
          etags[n - 1] = res.headers.get('etag');
        }
      }),
    );
    const body = `<CompleteMultipartUpload>${etags
      .map((e, i) => `<Part><PartNumber>${i + 1}</PartNumber><ETag>${e}</ETag></Part>`)
      .join('')}</CompleteMultipartUpload>`;
    const copiedBefore = emulator.context.metrics.snapshot().counters['upload.completeCopiedBytes'] ?? 0;
    const started = performance.now();
    const res = await fetch(`${object}?uploadId=${uploadId}`, { method: 'POST', body });
    await res.text();
    const completeMs = performance.now() - started;
    if (res.status !== 200) throw new Error(`complete: HTTP ${res.status}`);
    const copiedBytes =
      (emulator.context.metrics.snapshot().counters['upload.completeCopiedBytes'] ?? 0) - copiedBefore;

    const stored = join(emulator.context.filesDir, 'uploads', upload.ID, 'objects', 'big.mp4');
    const copyStarted = performance.now();
    await copyFile(stored, `${stored}.copy`);
    const copyMs = performance.now() - copyStarted;
    await rm(`${stored}.copy`, { force: true });
    return { sizeMb: count * partMiB, completeMs, copyMs, copiedBytes };
  } finally {
    await emulator.close();
  }
}
