import { FakePanoptoClock } from 'panopto-ng/testing';
import { ConcurrencyLimiter } from './concurrency-limiter';
import { MultipartUpload, UploadedPart } from './multipart-upload';
import { MIB } from './part-plan';
import { RetryingSender } from './retrying-sender';
import { PanoptoUploadConfigError, PanoptoUploadHttpError } from './upload-errors';
import { newFileState } from './upload-file-state';
import { UploadProgress } from './upload-progress';
import { FakeClock, FakeUploadServer, UnreadableHugeFile } from '../testing-support/fake-upload-server';

const URL_A = 'https://tenant.example/Panopto/Upload/x/a.mp4';

function setUp(server: FakeUploadServer, size = 12 * MIB, partSize = 5 * MIB) {
  const file = newFileState(new UnreadableHugeFile('a.mp4', size), partSize);
  const retry = { maxRetries: 1, initialDelayMs: 10, maxDelayMs: 100 };
  const sender = new RetryingSender(server, new FakeClock(true), retry, null, () => 0.5);
  const progress = new UploadProgress(new FakePanoptoClock(0), 0, [file], () => undefined);
  const persisted: number[] = [];
  const parts: UploadedPart[] = [];
  const multipart = new MultipartUpload({
    sender,
    limiter: new ConcurrencyLimiter(2),
    clock: new FakePanoptoClock(0),
    progress,
    persist: () => persisted.push(file.parts.length),
    onPart: (part) => parts.push(part),
  });
  return { file, multipart, persisted, parts, progress };
}

describe('MultipartUpload', () => {
  const signal = new AbortController().signal;

  it('initiates, sends every part once (at most 2 at a time) and completes the file', async () => {
    const server = new FakeUploadServer();
    const { file, multipart, persisted, parts, progress } = setUp(server);
    await multipart.uploadFile(file, URL_A, signal);
    expect(file.completed).toBeTrue();
    expect(file.parts.map(([n]) => n).sort()).toEqual([1, 2, 3]);
    expect(server.maxInFlightParts).toBe(2);
    expect(server.log.map((r) => r.kind)).toEqual(['initiate', 'part', 'part', 'part', 'complete']);
    expect(parts.map((p) => p.bytes).sort((a, b) => a - b)).toEqual([2 * MIB, 5 * MIB, 5 * MIB]);
    expect(persisted[persisted.length - 1]).toBe(3);
    expect(progress.fileBytesSent(file)).toBe(12 * MIB);
  });

  it('sends only the parts not acknowledged yet, under the same upload id', async () => {
    const server = new FakeUploadServer();
    const { file, multipart } = setUp(server);
    server.multiparts.set('mp-old', new Map([[1, '"e1"']]));
    Object.assign(file, { uploadId: 'mp-old', parts: [[1, '"e1"']], doneBytes: 5 * MIB });
    await multipart.uploadFile(file, URL_A, signal);
    expect(server.partsSent().sort()).toEqual([2, 3]);
    expect(server.count('initiate')).toBe(0);
  });

  it('a 413 restarts the file in smaller parts, aborting the old multipart upload', async () => {
    const server = new FakeUploadServer();
    server.intercept = (req) => (req.kind === 'part' && (req.bodySize ?? 0) > 8 * MIB ? { status: 413 } : undefined);
    const { file, multipart } = setUp(server, 20 * MIB, 16 * MIB);
    await multipart.uploadFile(file, URL_A, signal);
    expect(file.partSize).toBe(8 * MIB);
    expect(server.count('abort')).toBe(1);
    expect(server.count('initiate')).toBe(2);
    expect(file.completed).toBeTrue();
  });

  it('a part without a readable ETag fails with the CORS advice; the first failure stops the siblings', async () => {
    const server = new FakeUploadServer();
    server.omitEtag = true;
    const { file, multipart } = setUp(server, 30 * MIB);
    const error = await multipart.uploadFile(file, URL_A, signal).catch((e) => e);
    expect(error).toEqual(jasmine.any(PanoptoUploadConfigError));
    expect(server.partsSent().length).toBeLessThan(6);
    expect(file.completed).toBeFalse();
  });

  it('putObject() uploads a small object in one part; listParts() and abort() talk to the same object', async () => {
    const server = new FakeUploadServer();
    const { multipart } = setUp(server);
    const manifest = new Blob(['<Session/>'], { type: 'application/xml' });
    await multipart.putObject('https://tenant.example/Panopto/Upload/x/m.xml', manifest, 'The manifest', signal);
    expect(server.manifests).toEqual(['<Session/>']);
    expect(server.log[0].headers['Content-Type']).toBe('application/xml');

    server.multiparts.set('mp-9', new Map([[2, '"e2"']]));
    expect(await multipart.listParts(URL_A, 'mp-9', signal)).toEqual([[2, '"e2"']]);
    await multipart.abort(URL_A, 'mp-9', signal);
    expect(await multipart.listParts(URL_A, 'mp-9', signal)).toBeNull();
    server.intercept = () => 'network-error';
    await expectAsync(multipart.abort(URL_A, 'mp-9', signal)).toBeResolved(); // best effort
  });

  it('a refused complete is an HTTP error naming the step', async () => {
    const server = new FakeUploadServer();
    server.intercept = (req) => (req.kind === 'complete' ? { status: 400 } : undefined);
    const { file, multipart } = setUp(server, 3 * MIB);
    const error = await multipart.uploadFile(file, URL_A, signal).catch((e) => e);
    expect(error).toEqual(jasmine.any(PanoptoUploadHttpError));
    expect(error.message).toContain('Completing the multipart upload failed with HTTP 400');
  });
});
