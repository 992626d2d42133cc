import { IndexedDbResumeStore } from './indexed-db-resume-store';
import { MIB } from './part-plan';
import { MemoryResumeStore } from './resume-store';
import {
  PanoptoUploadConfigError,
  PanoptoUploadHttpError,
  PanoptoUploadPermissionError,
  PanoptoUploadProcessingError,
  PanoptoUploadValidationError,
} from './upload-errors';
import { PanoptoUploadEngine, UploadEngineDeps } from './upload-engine';
import { UploadSnapshot } from './upload-types';
import {
  FAKE_REST,
  FakeClock,
  FakeUploadServer,
  FOLDER_ID,
  UnreadableHugeFile,
  until,
} from '../testing-support/fake-upload-server';

const GB = 1024 * MIB;

function engineFor(
  server: FakeUploadServer,
  deps: Partial<UploadEngineDeps> = {},
  options: UploadEngineDeps['options'] = {},
) {
  return new PanoptoUploadEngine({
    transport: server,
    publicApiRestUrl: FAKE_REST,
    clock: new FakeClock(true),
    random: () => 0.5,
    ...deps,
    options: { pollIntervalMs: 1234, progressIntervalMs: 0, partSize: 5 * MIB, ...options },
  });
}

describe('PanoptoUploadEngine', () => {
  it('uploads a 5 GB file using only Blob.slice, one slice per part, and ends with the new SessionId', async () => {
    const server = new FakeUploadServer();
    const file = new UnreadableHugeFile('lecture.mp4', 5 * GB);
    const engine = engineFor(server, {}, { partSize: 25 * MIB });
    const job = engine.start({ folderId: FOLDER_ID, files: [file], title: 'Week 1' });
    const result = await job.settled();
    expect(result.error).toBeNull();
    expect(result.phase).toBe('complete');
    expect(result.sessionId).toBe('f0000000-0000-4000-8000-000000000001');
    const parts = Math.ceil((5 * GB) / (25 * MIB));
    expect(server.partsSent().filter((n) => n > 0).length).toBe(parts + 1); // + the manifest's one part
    expect(file.slices.length).toBe(parts);
    expect(file.slices[0]).toEqual([0, 25 * MIB]);
    expect(file.slices[parts - 1]).toEqual([(parts - 1) * 25 * MIB, 5 * GB]);
    expect(result.bytesSent).toBe(5 * GB);
    expect(result.percent).toBe(100);
  });

  it('sends the UCS manifest last, with the title escaped, and then State 1', async () => {
    const server = new FakeUploadServer();
    const engine = engineFor(server);
    const job = engine.start({
      folderId: FOLDER_ID,
      files: [new UnreadableHugeFile('a.mp4', 6 * MIB)],
      title: 'Q&A <live>',
      description: 'x',
    });
    await job.settled();
    expect(server.manifests.length).toBe(1);
    expect(server.manifests[0]).toContain('<Title>Q&amp;A &lt;live&gt;</Title>');
    expect(server.manifests[0]).toContain('<File>a.mp4</File>');
    const kinds = server.log.map((r) => r.kind);
    const lastMediaComplete = kinds.indexOf('complete');
    const manifestInitiate = kinds.lastIndexOf('initiate');
    expect(manifestInitiate).toBeGreaterThan(lastMediaComplete);
    expect(kinds.indexOf('finish')).toBeGreaterThan(kinds.lastIndexOf('complete'));
  });

  it('never runs more than 4 parts at once, across two uploads sharing the limiter', async () => {
    const server = new FakeUploadServer();
    let release: () => void = () => undefined;
    let gate = new Promise<void>((r) => (release = r));
    server.intercept = async (req) => {
      if (req.kind === 'part') await gate;
      return undefined;
    };
    const engine = engineFor(server);
    const a = engine.start({ folderId: FOLDER_ID, files: [new UnreadableHugeFile('a.mp4', 50 * 5 * MIB)] });
    const b = engine.start({ folderId: FOLDER_ID, files: [new UnreadableHugeFile('b.mp4', 50 * 5 * MIB)] });
    const interval = setInterval(() => {
      release();
      gate = new Promise<void>((r) => (release = r));
    }, 1);
    await Promise.all([a.settled(), b.settled()]);
    clearInterval(interval);
    release();
    expect(server.maxInFlightParts).toBe(4);
    expect(engine.limiter.peak).toBe(4);
    expect(server.partsSent().length).toBe(102);
  });

  it('backs off exponentially with jitter, honours Retry-After, and retries 408/429/5xx/network errors', async () => {
    const server = new FakeUploadServer();
    const clock = new FakeClock(true);
    const failures: Record<number, Array<'network-error' | { status: number; headers?: Record<string, string> }>> = {
      1: [{ status: 503 }, { status: 500 }, 'network-error', { status: 408 }],
      2: [{ status: 429, headers: { 'Retry-After': '7' } }],
    };
    server.intercept = (req, attempt) =>
      req.kind === 'part' && !req.url.includes('.xml') ? failures[req.partNumber as number]?.[attempt - 1] : undefined;
    const engine = engineFor(server, { clock, random: () => 0.5 }, { concurrency: 1 });
    const result = await engine
      .start({ folderId: FOLDER_ID, files: [new UnreadableHugeFile('a.mp4', 8 * MIB)] })
      .settled();
    expect(result.phase).toBe('complete');
    // Equal jitter with random 0.5: 0.75 × 500·2^(n-1) → 375, 750, 1500, 3000 (part 1); Retry-After 7 s → 7000
    // (part 2). The two parts back off independently, so their waits interleave.
    expect(clock.delays.filter((d) => d !== 1234).sort((a, b) => a - b)).toEqual([375, 750, 1500, 3000, 7000]);
    expect(server.partsSent().filter((n) => n === 1).length).toBe(6); // 5 media attempts + the manifest
  });

  it('gives up after maxAttempts and fails with the status; other 4xx fail at once', async () => {
    const server = new FakeUploadServer();
    server.intercept = (req) => (req.kind === 'part' ? { status: 503 } : undefined);
    const engine = engineFor(server, {}, { retry: { maxAttempts: 3 } });
    const result = await engine
      .start({ folderId: FOLDER_ID, files: [new UnreadableHugeFile('a.mp4', 1 * MIB)] })
      .settled();
    expect(result.phase).toBe('error');
    expect(result.error).toEqual(jasmine.any(PanoptoUploadHttpError));
    expect((result.error as PanoptoUploadHttpError).status).toBe(503);
    expect(server.partsSent()).toEqual([1, 1, 1]);

    const server2 = new FakeUploadServer();
    server2.intercept = (req) =>
      req.kind === 'part' ? { status: 400, body: '<Error><Message>Bad digest</Message></Error>' } : undefined;
    const result2 = await engineFor(server2)
      .start({ folderId: FOLDER_ID, files: [new UnreadableHugeFile('a.mp4', 1 * MIB)] })
      .settled();
    expect(result2.phase).toBe('error');
    expect(result2.error?.message).toContain('HTTP 400');
    expect(result2.error?.message).toContain('Bad digest');
    expect(server2.partsSent()).toEqual([1]);
  });

  describe('HTTP 413 (a proxy limits request size)', () => {
    const isFile = (url: string, name: string) => new URL(url).pathname.endsWith(`/${name}`);
    const partsOf = (server: FakeUploadServer, name: string) =>
      server.log.filter((r) => r.kind === 'part' && isFile(r.url, name));
    const uploadIdsOf = (server: FakeUploadServer, name: string) => [
      ...new Set(partsOf(server, name).map((r) => r.uploadId)),
    ];

    it('halves only that upload’s part size and sends its file again; a parallel upload keeps its own', async () => {
      const server = new FakeUploadServer();
      // Only a.mp4's requests go through a proxy that refuses bodies over 8 MiB.
      server.intercept = (req) =>
        req.kind === 'part' && isFile(req.url, 'a.mp4') && (req.bodySize ?? 0) > 8 * MIB ? { status: 413 } : undefined;
      const engine = engineFor(server, {}, { partSize: 16 * MIB });
      const a = engine.start({ folderId: FOLDER_ID, files: [new UnreadableHugeFile('a.mp4', 40 * MIB)] });
      const b = engine.start({ folderId: FOLDER_ID, files: [new UnreadableHugeFile('b.mp4', 40 * MIB)] });
      const [ra, rb] = await Promise.all([a.settled(), b.settled()]);

      expect(ra.phase).toBe('complete');
      expect(rb.phase).toBe('complete');
      const [first, second] = uploadIdsOf(server, 'a.mp4');
      expect(uploadIdsOf(server, 'a.mp4').length).toBe(2);
      expect(server.log.some((r) => r.kind === 'abort' && r.uploadId === first)).toBeTrue();
      const resent = partsOf(server, 'a.mp4').filter((r) => r.uploadId === second);
      expect(resent.map((r) => r.bodySize)).toEqual([8, 8, 8, 8, 8].map((m) => m * MIB));
      expect(ra.files[0].partsTotal).toBe(5);
      expect(ra.bytesSent).toBe(40 * MIB);
      // b.mp4 never saw a 413: still 16 MiB parts, one multipart upload.
      expect(partsOf(server, 'b.mp4').map((r) => r.bodySize)).toEqual([16 * MIB, 16 * MIB, 8 * MIB]);
      expect(uploadIdsOf(server, 'b.mp4').length).toBe(1);
      expect(rb.files[0].partsTotal).toBe(3);
    });

    it('fails with advice when even 5 MiB parts are refused, after trying 16, 8 and 5 MiB', async () => {
      const server = new FakeUploadServer();
      server.intercept = (req) => (req.kind === 'part' && isFile(req.url, 'a.mp4') ? { status: 413 } : undefined);
      const result = await engineFor(server, {}, { partSize: 16 * MIB })
        .start({ folderId: FOLDER_ID, files: [new UnreadableHugeFile('a.mp4', 40 * MIB)] })
        .settled();
      expect(result.phase).toBe('error');
      expect(result.error).toEqual(jasmine.any(PanoptoUploadHttpError));
      expect((result.error as PanoptoUploadHttpError).status).toBe(413);
      expect(result.error?.message).toContain('cannot get smaller');
      expect(result.error?.message).toContain('5.0 MB');
      const plans = uploadIdsOf(server, 'a.mp4').map((id) =>
        Math.max(
          ...partsOf(server, 'a.mp4')
            .filter((r) => r.uploadId === id)
            .map((r) => r.bodySize ?? 0),
        ),
      );
      expect(plans).toEqual([16 * MIB, 8 * MIB, 5 * MIB]);
    });

    it('a small file sent in one part cannot shrink: it fails at once with the 413 explained', async () => {
      const server = new FakeUploadServer();
      server.intercept = (req) => (req.kind === 'part' ? { status: 413 } : undefined);
      const result = await engineFor(server, {}, { partSize: 16 * MIB })
        .start({ folderId: FOLDER_ID, files: [new UnreadableHugeFile('a.mp4', 3 * MIB)] })
        .settled();
      expect(result.phase).toBe('error');
      expect(result.error?.message).toContain('HTTP 413');
      expect(server.partsSent()).toEqual([1]);
    });
  });

  it('retry() after a failed part sends only the missing parts with the same upload id', async () => {
    const server = new FakeUploadServer();
    let broken = true;
    server.intercept = (req) => (req.kind === 'part' && req.partNumber === 3 && broken ? { status: 400 } : undefined);
    const engine = engineFor(server, {}, { concurrency: 1 });
    const job = engine.start({ folderId: FOLDER_ID, files: [new UnreadableHugeFile('a.mp4', 25 * MIB)] });
    const failed = await job.settled();
    expect(failed.phase).toBe('error');
    expect(server.partsSent().slice(0, 3)).toEqual([1, 2, 3]);
    const acknowledged = failed.files[0].partsDone;
    expect(acknowledged).toBeGreaterThanOrEqual(2);
    const firstUploadId = server.log.find((r) => r.kind === 'part')?.uploadId as string;
    const stored = [...(server.multiparts.get(firstUploadId)?.keys() ?? [])];

    broken = false;
    server.log.length = 0;
    job.retry();
    const done = await job.settled();
    expect(done.phase).toBe('complete');
    const resent = server.log.filter((r) => r.kind === 'part' && r.uploadId === firstUploadId).map((r) => r.partNumber);
    // Exactly the parts the server did not acknowledge (3, and 4 unless it slipped through before the abort).
    expect(resent).toEqual([1, 2, 3, 4, 5].filter((n) => !stored.includes(n)));
    expect(resent).toContain(3);
    expect(server.count('create')).toBe(0);
    expect(server.log.filter((r) => r.kind === 'initiate').length).toBe(1); // only the manifest's
  });

  it('a 401 on a part refreshes the token once and re-sends that part with the new token', async () => {
    const server = new FakeUploadServer();
    server.intercept = (req) =>
      req.kind === 'part' && req.partNumber === 2 && req.headers['Authorization'] !== 'Bearer token-2'
        ? { status: 401 }
        : undefined;
    const refresher = { refresh: jasmine.createSpy('refresh').and.callFake(async () => (server.token = 'token-2')) };
    const engine = engineFor(server, { refresher }, { concurrency: 1 });
    const result = await engine
      .start({ folderId: FOLDER_ID, files: [new UnreadableHugeFile('a.mp4', 15 * MIB)] })
      .settled();
    expect(result.phase).toBe('complete');
    expect(refresher.refresh).toHaveBeenCalledTimes(1);
    const part2 = server.log.filter((r) => r.kind === 'part' && r.partNumber === 2);
    expect(part2.map((r) => r.headers['Authorization'])).toEqual(['Bearer token-1', 'Bearer token-2']);
  });

  it('a part that stays 401 after the refresh fails with a sign-in message (no endless refresh)', async () => {
    const server = new FakeUploadServer();
    server.intercept = (req) => (req.kind === 'part' ? { status: 401 } : undefined);
    const refresher = { refresh: jasmine.createSpy('refresh').and.resolveTo(undefined) };
    const result = await engineFor(server, { refresher })
      .start({ folderId: FOLDER_ID, files: [new UnreadableHugeFile('a.mp4', 1 * MIB)] })
      .settled();
    expect(result.phase).toBe('error');
    expect(result.error?.message).toContain('Sign in again');
    expect(refresher.refresh).toHaveBeenCalledTimes(1);
  });

  it('a 403 on create is a permission error naming the folder', async () => {
    const server = new FakeUploadServer();
    server.intercept = (req) =>
      req.kind === 'create' ? { status: 403, body: '{"Error":{"Message":"Creator role needed"}}' } : undefined;
    const result = await engineFor(server)
      .start({ folderId: FOLDER_ID, files: [new UnreadableHugeFile('a.mp4', 1 * MIB)] })
      .settled();
    expect(result.error).toEqual(jasmine.any(PanoptoUploadPermissionError));
    expect(result.error?.message).toContain(FOLDER_ID);
    expect(result.error?.message).toContain('Creator role needed');
    expect(server.count('part')).toBe(0);
  });

  it('a part answer without a readable ETag fails fast with the CORS header advice', async () => {
    const server = new FakeUploadServer();
    server.omitEtag = true;
    const result = await engineFor(server)
      .start({ folderId: FOLDER_ID, files: [new UnreadableHugeFile('a.mp4', 1 * MIB)] })
      .settled();
    expect(result.phase).toBe('error');
    expect(result.error).toEqual(jasmine.any(PanoptoUploadConfigError));
    expect(result.error?.message).toContain('Access-Control-Expose-Headers: ETag');
    expect(server.partsSent()).toEqual([1]); // not retried
  });

  it('reports processing errors with Panopto’s Message', async () => {
    const server = new FakeUploadServer();
    server.finalState = 5;
    server.finalMessage = 'The file could not be decoded.';
    const result = await engineFor(server)
      .start({ folderId: FOLDER_ID, files: [new UnreadableHugeFile('a.mp4', 1 * MIB)] })
      .settled();
    expect(result.phase).toBe('error');
    expect(result.error).toEqual(jasmine.any(PanoptoUploadProcessingError));
    expect(result.error?.message).toContain('The file could not be decoded.');
    expect(result.processingState).toBe(5);
  });

  it('cancel() aborts every in-flight part, aborts the multipart upload and deletes the session upload', async () => {
    const server = new FakeUploadServer();
    server.intercept = (req) => (req.kind === 'part' ? 'hang' : undefined);
    const store = new MemoryResumeStore();
    const engine = engineFor(server, { store });
    const job = engine.start({ folderId: FOLDER_ID, files: [new UnreadableHugeFile('a.mp4', 40 * MIB)] });
    await until(() => server.inFlightParts === 4, '4 parts in flight');
    const inFlight = server.log.filter((r) => r.kind === 'part');
    await job.cancel();
    expect(inFlight.every((r) => r.signal.aborted)).toBeTrue();
    expect(server.count('abort')).toBe(1);
    expect(server.count('delete')).toBe(1);
    expect(job.snapshot().phase).toBe('cancelled');
    expect(await store.get(job.fingerprint)).toBeUndefined();
    expect(server.partsSent().length).toBe(4); // queued parts were never sent
  });

  it('pause() aborts in-flight parts and resume() re-sends only unfinished ones', async () => {
    const server = new FakeUploadServer();
    let hang = true;
    server.intercept = (req) => (req.kind === 'part' && req.partNumber !== 1 && hang ? 'hang' : undefined);
    const engine = engineFor(server, {}, { concurrency: 2 });
    const job = engine.start({ folderId: FOLDER_ID, files: [new UnreadableHugeFile('a.mp4', 20 * MIB)] });
    await until(() => job.snapshot().files[0].partsDone === 1 && server.inFlightParts === 2, 'part 1 done, 2 hanging');
    job.pause();
    expect(job.snapshot().phase).toBe('paused');
    hang = false;
    server.log.length = 0;
    job.resume();
    const done = await job.settled();
    expect(done.phase).toBe('complete');
    expect(
      server.log
        .filter((r) => r.kind === 'part' && r.bodySize !== undefined && r.bodySize > 1000)
        .map((r) => r.partNumber),
    ).toEqual([2, 3, 4]);
  });

  it('going offline pauses running uploads and coming online resumes them', async () => {
    const server = new FakeUploadServer();
    let hang = true;
    server.intercept = (req) => (req.kind === 'part' && hang ? 'hang' : undefined);
    const engine = engineFor(server);
    const job = engine.start({ folderId: FOLDER_ID, files: [new UnreadableHugeFile('a.mp4', 10 * MIB)] });
    await until(() => server.inFlightParts === 2, 'parts in flight');
    engine.setOnline(false);
    expect(job.snapshot().phase).toBe('paused');
    expect(job.snapshot().pausedOffline).toBeTrue();
    hang = false;
    engine.setOnline(true);
    expect((await job.settled()).phase).toBe('complete');
  });

  it('throttles progress to at most 10 snapshots per second per upload', async () => {
    const server = new FakeUploadServer();
    const clock = new FakeClock(false);
    // Simulate a burst: 1000 progress events over one virtual second on a single part.
    const transport = {
      send: async (
        request: Parameters<FakeUploadServer['send']>[0],
        options: Parameters<FakeUploadServer['send']>[1],
      ) => {
        if (request.method === 'PUT' && request.url.includes('partNumber=1&') && !request.url.includes('.xml')) {
          for (let i = 1; i <= 1000; i++) {
            clock.time += 1;
            options.onUploadProgress?.(i * 1000);
          }
        }
        return server.send(request, options);
      },
    };
    const engine = new PanoptoUploadEngine({
      transport,
      publicApiRestUrl: FAKE_REST,
      clock,
      options: { progressIntervalMs: 100, pollIntervalMs: 10, partSize: 5 * MIB },
    });
    const job = engine.start({ folderId: FOLDER_ID, files: [new UnreadableHugeFile('a.mp4', 5 * MIB)] });
    const seen: UploadSnapshot[] = [];
    const startAt = clock.time;
    job.subscribe((s) => seen.push(s));
    await until(() => clock.time - startAt >= 1000, 'burst');
    const during = seen.filter((s) => s.phase === 'uploading');
    expect(during.length).toBeLessThanOrEqual(11);
    expect(during.length).toBeGreaterThanOrEqual(5);
    const percents = during.map((s) => s.percent);
    expect([...percents].sort((a, b) => a - b)).toEqual(percents);
    job.pause();
  });

  it('validates before sending anything: empty, too big, wrong type, bad folder', () => {
    const server = new FakeUploadServer();
    const engine = engineFor(server, {}, { maxFileSize: 10 * MIB });
    const cases: Array<[UnreadableHugeFile, string, string]> = [
      [new UnreadableHugeFile('empty.mp4', 0), 'empty', 'is empty'],
      [new UnreadableHugeFile('huge.mp4', 11 * MIB), 'size', 'larger than the 10 MB limit'],
      [new UnreadableHugeFile('notes.pdf', 1000, 1, 'application/pdf'), 'type', 'not a video or audio file'],
    ];
    for (const [file, reason, text] of cases) {
      let error: unknown;
      try {
        engine.start({ folderId: FOLDER_ID, files: [file] });
      } catch (e) {
        error = e;
      }
      expect(error).toEqual(jasmine.any(PanoptoUploadValidationError));
      expect((error as PanoptoUploadValidationError).reason).toBe(reason);
      expect((error as Error).message).toContain(text);
    }
    const folderProblems = engine.validate({ folderId: 'nope', files: [new UnreadableHugeFile('a.mkv', 10, 1, '')] });
    expect(folderProblems.map((p) => p.reason)).toEqual(['folder']); // .mkv without MIME type is accepted by extension
    expect(server.log.length).toBe(0);
  });

  describe('resume after a reload (IndexedDB)', () => {
    const dbName = `panopto-ng-upload-spec-${Math.random().toString(36).slice(2)}`;
    afterAll(() => indexedDB.deleteDatabase(dbName));

    it('a new engine with the same file sends only the missing parts, with the same upload ids', async () => {
      const server = new FakeUploadServer();
      server.intercept = (req) => (req.kind === 'part' && (req.partNumber as number) >= 3 ? 'hang' : undefined);
      const storeA = new IndexedDbResumeStore(indexedDB, dbName);
      const engineA = engineFor(server, { store: storeA }, { concurrency: 2 });
      const file = new UnreadableHugeFile('resume.mp4', 25 * MIB, 42);
      const jobA = engineA.start({ folderId: FOLDER_ID, files: [file] });
      await until(() => jobA.snapshot().files[0].partsDone === 2, 'two parts stored');
      engineA.dispose(); // the page goes away
      await jobA.flushPersistence();
      await storeA.close();
      const uploadId = server.log.find((r) => r.kind === 'part')?.uploadId;

      server.intercept = () => undefined;
      server.log.length = 0;
      const storeB = new IndexedDbResumeStore(indexedDB, dbName);
      const engineB = engineFor(server, { store: storeB }, { concurrency: 2 });
      const sameFileAgain = new UnreadableHugeFile('resume.mp4', 25 * MIB, 42);
      const jobB = engineB.start({ folderId: FOLDER_ID, files: [sameFileAgain] });
      const done = await jobB.settled();
      expect(done.phase).toBe('complete');
      expect(done.resumedParts).toBe(2);
      expect(server.count('create')).toBe(0);
      const media = server.log.filter((r) => r.kind === 'part' && r.uploadId === uploadId);
      expect(media.map((r) => r.partNumber).sort()).toEqual([3, 4, 5]);
      expect(sameFileAgain.slices.map(([s]) => s / (5 * MIB)).sort()).toEqual([2, 3, 4]);
      expect(await storeB.get(jobB.fingerprint)).toBeUndefined(); // forgotten once finished
      await storeB.close();
    });

    it('a different lastModified starts a fresh upload', async () => {
      const server = new FakeUploadServer();
      const store = new MemoryResumeStore();
      server.intercept = (req) => (req.kind === 'part' && (req.partNumber as number) >= 2 ? 'hang' : undefined);
      const engineA = engineFor(server, { store }, { concurrency: 1 });
      const jobA = engineA.start({ folderId: FOLDER_ID, files: [new UnreadableHugeFile('x.mp4', 15 * MIB, 1)] });
      await until(() => jobA.snapshot().files[0].partsDone === 1, 'one part');
      engineA.dispose();
      await jobA.flushPersistence();
      server.intercept = () => undefined;
      server.log.length = 0;
      const jobB = engineFor(server, { store }).start({
        folderId: FOLDER_ID,
        files: [new UnreadableHugeFile('x.mp4', 15 * MIB, 2)],
      });
      const done = await jobB.settled();
      expect(done.resumedParts).toBe(0);
      expect(server.count('create')).toBe(1);
    });

    it('expired entries are not resumed', async () => {
      const server = new FakeUploadServer();
      const store = new MemoryResumeStore();
      const clock = new FakeClock(true);
      server.intercept = (req) => (req.kind === 'part' && (req.partNumber as number) >= 2 ? 'hang' : undefined);
      const engineA = engineFor(server, { store, clock }, { concurrency: 1, resumeTtlMs: 1000 });
      const jobA = engineA.start({ folderId: FOLDER_ID, files: [new UnreadableHugeFile('y.mp4', 15 * MIB, 1)] });
      await until(() => jobA.snapshot().files[0].partsDone === 1, 'one part');
      engineA.dispose();
      await jobA.flushPersistence();
      clock.time += 2000;
      server.intercept = () => undefined;
      server.log.length = 0;
      const done = await engineFor(server, { store, clock })
        .start({ folderId: FOLDER_ID, files: [new UnreadableHugeFile('y.mp4', 15 * MIB, 1)] })
        .settled();
      expect(done.resumedParts).toBe(0);
      expect(server.count('create')).toBe(1);
    });
  });
});
