// Bundled by the benchmark (esbuild) into the page: the framework-free upload engine plus a raw-PUT baseline.
// Runs in Chromium; exposes `window.bench`.
import { PanoptoUploadEngine } from '../../../projects/panopto-ng/upload/src/core/upload-engine';
import { XhrUploadTransport } from '../../../projects/panopto-ng/upload/src/core/xhr-transport';
import { MemoryResumeStore } from '../../../projects/panopto-ng/upload/src/core/resume-store';
import { generatedBlob } from '../../../projects/panopto-ng/upload/src/testing-support/incremental-sha256';

interface BenchConfig {
  emulator: string;
  token: string;
  folderId: string;
  size: number;
  /** Engine tuning; omitted = the library's defaults. */
  partSizeMiB?: number;
  concurrency?: number;
}

let file: File | null = null;

function restHeaders(config: BenchConfig) {
  return { Authorization: `Bearer ${config.token}`, 'Content-Type': 'application/json' };
}

async function createSessionUpload(config: BenchConfig): Promise<{ ID: string; UploadTarget: string }> {
  const res = await fetch(`${config.emulator}/Panopto/PublicAPI/REST/sessionUpload`, {
    method: 'POST',
    headers: restHeaders(config),
    body: JSON.stringify({ FolderId: config.folderId }),
  });
  if (res.status !== 201) throw new Error(`create: HTTP ${res.status}`);
  return res.json();
}

function theFile(config: BenchConfig): File {
  if (!file || file.size !== config.size)
    file = new File([generatedBlob(config.size)], 'bench.mp4', { type: 'video/mp4', lastModified: 1 });
  return file;
}

/**
 * The baseline: a session upload created, then one PUT of the whole file (PutObject). Returns milliseconds from
 * the create call to the PUT's answer, as the engine is timed from its create call to Complete's answer.
 */
async function rawPut(config: BenchConfig): Promise<number> {
  const body = theFile(config);
  const start = performance.now();
  const upload = await createSessionUpload(config);
  await new Promise<void>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('PUT', `${upload.UploadTarget}/raw.mp4`);
    xhr.onload = () => (xhr.status === 200 ? resolve() : reject(new Error(`raw PUT: HTTP ${xhr.status}`)));
    xhr.onerror = () => reject(new Error('raw PUT: network error'));
    xhr.send(body);
  });
  return performance.now() - start;
}

/**
 * The engine: multipart upload of the same bytes. Returns the time (from the start, which creates the session
 * upload) until every media part is acknowledged (`partsMs`, as progress reports it: at most 10 reports a second),
 * until CompleteMultipartUpload answered (`transferMs`: the object exists, as after the raw PUT's answer) and
 * until State 1 (`totalMs`).
 */
async function engineUpload(config: BenchConfig): Promise<{
  partsMs: number;
  transferMs: number;
  completeMs: number;
  totalMs: number;
  parts: number;
  phase: string;
}> {
  const engine = new PanoptoUploadEngine({
    transport: new XhrUploadTransport((url) =>
      url.includes('/PublicAPI/REST/') ? { Authorization: `Bearer ${config.token}` } : {},
    ),
    publicApiRestUrl: `${config.emulator}/Panopto/PublicAPI/REST`,
    store: new MemoryResumeStore(),
    options: {
      ...(config.partSizeMiB ? { partSize: config.partSizeMiB * 1024 * 1024 } : {}),
      ...(config.concurrency ? { concurrency: config.concurrency } : {}),
      pollIntervalMs: 100,
    },
  });
  const start = performance.now();
  let partsMs = 0;
  let transferMs = 0;
  let totalMs = 0;
  const job = engine.start({ folderId: config.folderId, files: [theFile(config)], title: 'Benchmark' });
  job.subscribe((s) => {
    if (!partsMs && s.files[0].partsDone === s.files[0].partsTotal) partsMs = performance.now() - start;
    if (!transferMs && s.phase === 'finishing') transferMs = performance.now() - start;
    if (!totalMs && s.phase === 'processing') totalMs = performance.now() - start;
  });
  const done = await job.settled();
  if (done.phase !== 'complete') throw new Error(`engine upload ended in ${done.phase}: ${done.error?.message}`);
  const completeMs = transferMs - partsMs;
  return { partsMs, transferMs, completeMs, totalMs, parts: done.files[0].partsTotal, phase: done.phase };
}

(window as unknown as { bench: unknown }).bench = { rawPut, engineUpload };
