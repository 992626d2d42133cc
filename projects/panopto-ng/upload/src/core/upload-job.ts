import { isAbortError, sleep, UploadClock } from './clock';
import { ConcurrencyLimiter } from './concurrency-limiter';
import { buildUcsManifest, DEFAULT_MANIFEST_NAME } from './manifest';
import { choosePartSize, MIN_PART_SIZE, partCount, partRange, smallerPartSize } from './part-plan';
import { ProgressMeter } from './progress-meter';
import { PersistedFile, PersistedUpload, UploadResumeStore } from './resume-store';
import { NETWORK_FAILURE_STATUS, RetryingSender } from './retrying-sender';
import {
  abortMultipartRequest,
  completeMultipartRequest,
  createMultipartRequest,
  listPartsRequest,
  objectUrl,
  parseListParts,
  s3Error,
  uploadPartRequest,
  xmlValue,
} from './s3-protocol';
import { SessionUpload, TERMINAL_UPLOAD_STATES, UploadStatus } from 'panopto-ng';
import { TransportResponse } from './transport';
import {
  MISSING_ETAG_MESSAGE,
  PanoptoUploadConfigError,
  PanoptoUploadError,
  PanoptoUploadHttpError,
  PanoptoUploadPermissionError,
  PanoptoUploadProcessingError,
  PanoptoUploadStepError,
} from './upload-errors';
import { PanoptoUploadOptions } from './upload-options';
import { uploadFingerprint, UploadSource } from './upload-source';
import { UploadPhase, UploadRequest, UploadSnapshot } from './upload-types';
import { defaultTitle, formatBytes } from './validation';

/** What a job shares with the engine that runs it. */
export interface UploadJobContext {
  sender: RetryingSender;
  limiter: ConcurrencyLimiter;
  clock: UploadClock;
  store: UploadResumeStore | null;
  options: PanoptoUploadOptions;
  /** `${serverUrl}/Panopto/PublicAPI/REST` */
  publicApiRestUrl: string;
  /** Called after each part the server acknowledged (monitoring). */
  onPart?: (part: {
    uploadId: string;
    fileName: string;
    partNumber: number;
    bytes: number;
    durationMs: number;
  }) => void;
}

interface FileState extends PersistedFile {
  source: UploadSource;
  /** Bytes of parts the server acknowledged. */
  doneBytes: number;
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * One upload (one Panopto session) from creation to a playable session. Every step is idempotent given what
 * is already done (session upload, multipart ids, acknowledged parts), so `resume()` and `retry()` simply run
 * the steps again and only missing work is sent.
 */
export class UploadJob {
  readonly title: string;
  readonly fingerprint: string;
  private phase: UploadPhase = 'queued';
  private sessionUpload: SessionUpload | null = null;
  private readonly files: FileState[];
  private manifestDone = false;
  private finished = false;
  private error: PanoptoUploadError | null = null;
  private resumedParts = 0;
  private pausedOffline = false;
  private run: AbortController | null = null;
  private readonly inflight = new Map<string, number>();
  private readonly meter = new ProgressMeter();
  private readonly listeners = new Set<(snapshot: UploadSnapshot) => void>();
  private lastEmit = Number.NEGATIVE_INFINITY;
  private emitTimer: unknown = null;
  private persistChain: Promise<void> = Promise.resolve();
  private settledWaiters: Array<(snapshot: UploadSnapshot) => void> = [];

  constructor(readonly id: string, readonly request: UploadRequest, private readonly ctx: UploadJobContext) {
    this.title = request.title?.trim() || defaultTitle(request.files[0].name);
    this.fingerprint = uploadFingerprint(request.folderId, request.files);
    this.files = request.files.map((source) => ({
      source,
      fileName: source.name,
      size: source.size,
      lastModified: source.lastModified,
      partSize: choosePartSize(source.size, ctx.options.partSize),
      uploadId: null,
      parts: [],
      completed: false,
      doneBytes: 0,
    }));
  }

  /** Receives every snapshot (throttled progress, immediate phase changes). Returns an unsubscribe function. */
  subscribe(listener: (snapshot: UploadSnapshot) => void): () => void {
    this.listeners.add(listener);
    listener(this.snapshot());
    return () => this.listeners.delete(listener);
  }

  /** Resolves with the next snapshot whose phase is `complete`, `error` or `cancelled`. */
  settled(): Promise<UploadSnapshot> {
    if (this.phase === 'complete' || this.phase === 'cancelled' || this.phase === 'error')
      return Promise.resolve(this.snapshot());
    return new Promise((resolve) => this.settledWaiters.push(resolve));
  }

  get currentPhase(): UploadPhase {
    return this.phase;
  }

  /** Starts (or continues) the upload. */
  start(): void {
    if (this.phase === 'complete' || this.phase === 'cancelled' || this.run) return;
    void this.execute();
  }

  /** Stops sending; in-flight part requests are aborted and re-sent on `resume()`. */
  pause(offline = false): void {
    if (this.phase !== 'uploading' && this.phase !== 'finishing' && this.phase !== 'queued') return;
    this.run?.abort();
    this.run = null;
    this.inflight.clear();
    this.pausedOffline = offline;
    this.setPhase('paused');
  }

  resume(): void {
    if (this.phase !== 'paused') return;
    this.pausedOffline = false;
    this.meter.reset(this.bytesSent(), this.ctx.clock.now());
    this.start();
  }

  /** After an error: continues with the same session upload and multipart ids; only missing parts are sent. */
  retry(): void {
    if (this.phase !== 'error') return;
    this.error = null;
    this.start();
  }

  /**
   * Aborts in-flight requests, aborts the multipart uploads, deletes the session upload and forgets the
   * resume entry. Resolves when the server-side clean-up requests are done (failures there are ignored: the
   * server expires abandoned uploads).
   */
  async cancel(): Promise<void> {
    if (this.phase === 'complete' || this.phase === 'cancelled') return;
    this.run?.abort();
    this.run = null;
    this.inflight.clear();
    this.setPhase('cancelled');
    const signal = new AbortController().signal;
    const ignore = () => undefined;
    const cleanup: Array<Promise<unknown>> = [];
    if (this.sessionUpload && !this.finished) {
      const target = this.sessionUpload.UploadTarget;
      for (const file of this.files) {
        if (file.uploadId && !file.completed) {
          const request = abortMultipartRequest(objectUrl(target, file.fileName), file.uploadId);
          cleanup.push(this.ctx.sender.send(() => request, { signal }).catch(ignore));
        }
      }
      await Promise.all(cleanup);
      const id = this.sessionUpload.ID;
      await this.ctx.sender
        .send(() => ({ method: 'DELETE', url: this.sessionUploadUrl(id) }), { signal })
        .catch(ignore);
    }
    await this.forget();
  }

  snapshot(): UploadSnapshot {
    const files = this.files.map((f) => {
      const sent = this.fileBytesSent(f);
      return {
        name: f.fileName,
        size: f.size,
        bytesSent: sent,
        percent: f.size ? Math.min(100, (sent / f.size) * 100) : 100,
        partsDone: f.parts.length,
        partsTotal: partCount(f.size, f.partSize),
      };
    });
    const totalBytes = files.reduce((sum, f) => sum + f.size, 0);
    const bytesSent = files.reduce((sum, f) => sum + f.bytesSent, 0);
    const transferring = this.phase === 'uploading';
    return {
      id: this.id,
      title: this.title,
      folderId: this.request.folderId,
      phase: this.phase,
      files,
      bytesSent,
      totalBytes,
      percent: totalBytes ? Math.min(100, (bytesSent / totalBytes) * 100) : 0,
      bytesPerSecond: transferring ? this.meterSpeed : 0,
      secondsLeft: transferring ? this.meter.secondsLeft(totalBytes - bytesSent) : null,
      sessionUploadId: this.sessionUpload?.ID ?? null,
      sessionId: this.sessionUpload?.SessionId ?? null,
      processingState: this.finished ? this.sessionUpload?.State ?? null : null,
      processingMessage: this.sessionUpload?.Message ?? null,
      error: this.error,
      resumedParts: this.resumedParts,
      pausedOffline: this.pausedOffline,
    };
  }

  private meterSpeed = 0;

  // ---- the steps -------------------------------------------------------------------------------------------

  private async execute(): Promise<void> {
    const controller = new AbortController();
    this.run = controller;
    this.setPhase(this.manifestDone || this.files.every((f) => f.completed) ? 'finishing' : 'uploading');
    try {
      if (!this.sessionUpload) await this.restoreOrCreate(controller.signal);
      for (const file of this.files) await this.uploadFile(file, controller.signal);
      if (!this.manifestDone) {
        this.setPhase('finishing');
        await this.uploadManifest(controller.signal);
      }
      if (!this.finished) await this.finish(controller.signal);
      this.setPhase('processing');
      await this.pollUntilDone(controller.signal);
      if (this.run === controller) this.run = null;
    } catch (error) {
      if (this.run !== controller || controller.signal.aborted) return; // paused or cancelled meanwhile
      this.run = null;
      controller.abort(); // stops sibling parts of a failed one
      if (isAbortError(error)) return;
      this.fail(error);
    }
  }

  private async restoreOrCreate(signal: AbortSignal): Promise<void> {
    const saved = await this.ctx.store?.get(this.fingerprint).catch(() => undefined);
    if (saved && saved.expiresAt > this.ctx.clock.now() && (await this.adopt(saved, signal))) return;
    if (saved) await this.ctx.store?.delete(this.fingerprint).catch(() => undefined);
    const url = `${this.ctx.publicApiRestUrl}/sessionUpload`;
    const body = JSON.stringify({ FolderId: this.request.folderId });
    const response = await this.ctx.sender.send(
      () => ({ method: 'POST', url, headers: { 'Content-Type': 'application/json' }, body }),
      { signal },
    );
    if (response.status === 403)
      throw new PanoptoUploadPermissionError(this.request.folderId, panoptoMessage(response) ?? undefined);
    if (response.status === 404) {
      throw new PanoptoUploadHttpError(
        `Folder ${this.request.folderId} does not exist (or you cannot see it).`,
        404,
        url,
        false,
      );
    }
    this.expectOk(response, 'Creating the session upload', url);
    this.sessionUpload = parseSessionUpload(response.body, url);
    this.persist();
  }

  /** Takes over a persisted upload if Panopto still accepts files for it; false means "start fresh". */
  private async adopt(saved: PersistedUpload, signal: AbortSignal): Promise<boolean> {
    const url = this.sessionUploadUrl(saved.sessionUploadId);
    const response = await this.ctx.sender.send(() => ({ method: 'GET', url }), { signal });
    if (response.status !== 200) return false;
    let upload: SessionUpload;
    try {
      upload = parseSessionUpload(response.body, url);
    } catch {
      return false;
    }
    if (upload.State !== UploadStatus.Uploading) return false;
    this.sessionUpload = upload;
    this.manifestDone = saved.manifestDone;
    for (const file of this.files) {
      const previous = saved.files.find((p) => p.fileName === file.fileName && p.size === file.size);
      if (!previous?.uploadId) continue;
      file.partSize = previous.partSize;
      file.uploadId = previous.uploadId;
      file.completed = previous.completed;
      if (file.completed) {
        file.parts = previous.parts;
      } else {
        // Trust only parts the server still has with the same ETag.
        const list = await this.ctx.sender.send(
          () => listPartsRequest(objectUrl(upload.UploadTarget, file.fileName), previous.uploadId as string),
          { signal },
        );
        if (list.status === 200) {
          const server = new Map(parseListParts(list.body));
          file.parts = previous.parts.filter(([n, etag]) => server.get(n) === etag);
        } else {
          file.uploadId = null; // the multipart upload is gone: start this file again
          file.parts = [];
        }
      }
      file.doneBytes = file.parts.reduce((sum, [n]) => sum + rangeLength(file, n), 0);
      this.resumedParts += file.parts.length;
    }
    this.meter.reset(this.bytesSent(), this.ctx.clock.now());
    this.persist();
    this.emit(true);
    return true;
  }

  private async uploadFile(file: FileState, signal: AbortSignal): Promise<void> {
    if (file.completed) return;
    const target = (this.sessionUpload as SessionUpload).UploadTarget;
    const url = objectUrl(target, file.fileName);
    for (;;) {
      if (!file.uploadId) {
        file.uploadId = await this.createMultipart(url, file.source.type, signal);
        file.parts = [];
        file.doneBytes = 0;
        this.persist();
      }
      try {
        await this.sendMissingParts(file, url, file.uploadId, signal);
        break;
      } catch (error) {
        if (!(error instanceof PanoptoUploadHttpError && error.status === 413)) throw error;
        await this.shrinkParts(file, url, error, signal);
      }
    }
    await this.completeMultipart(url, file.uploadId, file.parts, signal);
    file.completed = true;
    this.persist();
  }

  /**
   * After a 413 (a part too large for some proxy on the way): starts this file again in smaller parts, halving
   * until 5 MiB. Only this upload's file changes; S3 numbers parts by position, so a part cannot simply be
   * split, and the old multipart upload is aborted (the parts it holds are lost, usually just the first few).
   */
  private async shrinkParts(file: FileState, url: string, error: PanoptoUploadHttpError, signal: AbortSignal) {
    const smaller = smallerPartSize(file.size, file.partSize);
    if (smaller === null) {
      throw new PanoptoUploadHttpError(
        `Parts of ${formatBytes(Math.min(file.partSize, file.size))} of "${file.fileName}" were refused as too ` +
          `large (HTTP 413), and they cannot get smaller: S3 needs at least ${formatBytes(MIN_PART_SIZE)} per part. ` +
          'A proxy or firewall between this browser and Panopto probably limits request size; it has to let ' +
          `${formatBytes(MIN_PART_SIZE)} requests through.`,
        413,
        error.url,
        false,
        'part',
      );
    }
    const abandoned = file.uploadId as string;
    // Best effort: an abandoned multipart upload only costs storage until S3's lifecycle rules remove it.
    await this.ctx.sender.send(() => abortMultipartRequest(url, abandoned), { signal }).catch(() => undefined);
    file.partSize = smaller;
    file.uploadId = null;
    file.parts = [];
    file.doneBytes = 0;
    this.persist();
    this.emit(true);
  }

  /** Sends the parts of `file` the server has not acknowledged; the first failure stops the others. */
  private async sendMissingParts(file: FileState, url: string, uploadId: string, signal: AbortSignal) {
    const done = new Set(file.parts.map(([n]) => n));
    const total = partCount(file.size, file.partSize);
    // A failing part aborts its siblings (child controller), so an error stops the file promptly.
    const siblings = new AbortController();
    const forward = () => siblings.abort();
    signal.addEventListener('abort', forward, { once: true });
    try {
      const sends: Array<Promise<void>> = [];
      for (let n = 1; n <= total; n++) {
        if (done.has(n)) continue;
        sends.push(
          this.sendPart(file, url, uploadId, n, siblings.signal).catch((error) => {
            siblings.abort();
            throw error;
          }),
        );
      }
      // Wait for the stopped siblings too: none may record a part after a restart with another part size.
      const failures = (await Promise.allSettled(sends)).flatMap((r) => (r.status === 'rejected' ? [r.reason] : []));
      // The cause, not the aborts it set off in the other parts.
      if (failures.length) throw failures.find((e) => !isAbortError(e)) ?? failures[0];
    } finally {
      signal.removeEventListener('abort', forward);
    }
  }

  private async sendPart(
    file: FileState,
    url: string,
    uploadId: string,
    n: number,
    signal: AbortSignal,
  ): Promise<void> {
    const key = `${file.fileName}\u0000${n}`;
    const { start, end } = partRange(file.size, file.partSize, n);
    let startedAt = 0;
    let response: TransportResponse;
    try {
      response = await this.ctx.sender.send(() => uploadPartRequest(url, uploadId, n, file.source.slice(start, end)), {
        signal,
        limiter: this.ctx.limiter,
        onAttempt: () => {
          startedAt = this.ctx.clock.now();
          this.inflight.set(key, 0);
        },
        onUploadProgress: (loaded) => {
          this.inflight.set(key, Math.min(loaded, end - start));
          this.emit();
        },
      });
    } finally {
      this.inflight.delete(key);
    }
    this.expectOk(response, `Part ${n} of "${file.fileName}"`, url);
    const etag = response.header('ETag');
    if (!etag) throw new PanoptoUploadConfigError(MISSING_ETAG_MESSAGE);
    file.parts.push([n, etag]);
    file.doneBytes += end - start;
    this.ctx.onPart?.({
      uploadId,
      fileName: file.fileName,
      partNumber: n,
      bytes: end - start,
      durationMs: this.ctx.clock.now() - startedAt,
    });
    this.persist();
    this.emit();
  }

  private async createMultipart(url: string, contentType: string, signal: AbortSignal): Promise<string> {
    const response = await this.ctx.sender.send(() => createMultipartRequest(url, contentType), { signal });
    this.expectOk(response, 'Starting the multipart upload', url);
    const uploadId = xmlValue(response.body, 'UploadId');
    if (!uploadId)
      throw new PanoptoUploadHttpError(
        `The upload target did not return an UploadId (${url}).`,
        response.status,
        url,
        true,
      );
    return uploadId;
  }

  private async completeMultipart(
    url: string,
    uploadId: string,
    parts: Array<[number, string]>,
    signal: AbortSignal,
  ): Promise<void> {
    const response = await this.ctx.sender.send(() => completeMultipartRequest(url, uploadId, parts), { signal });
    this.expectOk(response, 'Completing the multipart upload', url);
    const error = s3Error(response.body);
    if (error) {
      throw new PanoptoUploadHttpError(
        `Completing the multipart upload failed: ${error.code} ${error.message}`.trim(),
        response.status,
        url,
        true,
      );
    }
  }

  private async uploadManifest(signal: AbortSignal): Promise<void> {
    const names = new Set(this.files.map((f) => f.fileName));
    const manifestName = names.has(DEFAULT_MANIFEST_NAME) ? `session-${this.id}.xml` : DEFAULT_MANIFEST_NAME;
    const xml = buildUcsManifest({
      title: this.title,
      description: this.request.description,
      date: this.request.date ?? new Date(this.files[0].lastModified || this.ctx.clock.now()),
      files: this.files.map((f) => ({ fileName: f.fileName, contentType: f.source.type })),
    });
    const url = objectUrl((this.sessionUpload as SessionUpload).UploadTarget, manifestName);
    const uploadId = await this.createMultipart(url, 'application/xml', signal);
    const body = new Blob([xml], { type: 'application/xml' });
    const response = await this.ctx.sender.send(() => uploadPartRequest(url, uploadId, 1, body), {
      signal,
      limiter: this.ctx.limiter,
    });
    this.expectOk(response, 'Uploading the session manifest', url);
    const etag = response.header('ETag');
    if (!etag) throw new PanoptoUploadConfigError(MISSING_ETAG_MESSAGE);
    await this.completeMultipart(url, uploadId, [[1, etag]], signal);
    this.manifestDone = true;
    this.persist();
  }

  private async finish(signal: AbortSignal): Promise<void> {
    const upload = this.sessionUpload as SessionUpload;
    const url = this.sessionUploadUrl(upload.ID);
    const body = JSON.stringify({ ...upload, State: UploadStatus.UploadComplete });
    const response = await this.ctx.sender.send(
      () => ({ method: 'PUT', url, headers: { 'Content-Type': 'application/json' }, body }),
      { signal },
    );
    this.expectOk(response, 'Finishing the upload', url);
    this.finished = true;
    try {
      this.sessionUpload = parseSessionUpload(response.body, url);
    } catch {
      this.sessionUpload = { ...upload, State: UploadStatus.UploadComplete };
    }
    // Nothing is left to resume once Panopto has the files.
    await this.forget();
  }

  private async pollUntilDone(signal: AbortSignal): Promise<void> {
    const upload = this.sessionUpload as SessionUpload;
    const url = this.sessionUploadUrl(upload.ID);
    for (;;) {
      const current = this.sessionUpload as SessionUpload;
      if (current.State === UploadStatus.Complete) {
        this.setPhase('complete');
        return;
      }
      if (TERMINAL_UPLOAD_STATES.includes(current.State))
        throw new PanoptoUploadProcessingError(current.State, current.Message ?? null);
      await sleep(this.ctx.clock, this.ctx.options.pollIntervalMs, signal);
      const response = await this.ctx.sender.send(() => ({ method: 'GET', url }), { signal });
      this.expectOk(response, 'Checking the processing state', url);
      const next = parseSessionUpload(response.body, url);
      const changed =
        next.State !== current.State || next.SessionId !== current.SessionId || next.Message !== current.Message;
      this.sessionUpload = next;
      if (changed) this.emit(true);
    }
  }

  // ---- helpers ---------------------------------------------------------------------------------------------

  private sessionUploadUrl(id: string): string {
    return `${this.ctx.publicApiRestUrl}/sessionUpload/${encodeURIComponent(id)}`;
  }

  private expectOk(response: TransportResponse, what: string, url: string): void {
    if (response.status >= 200 && response.status < 300) return;
    const status = response.status;
    const detail = panoptoMessage(response);
    let message: string;
    if (status === NETWORK_FAILURE_STATUS)
      message = `${what} failed: the server could not be reached. Check the connection and retry.`;
    else if (status === 401) message = `${what} failed: your Panopto sign-in has expired. Sign in again, then retry.`;
    else if (status === 403) message = `${what} was refused (403 Forbidden).`;
    else if (status === 413) message = `${what} was refused as too large (HTTP 413).`;
    else message = `${what} failed with HTTP ${status}.`;
    if (detail) message += ` Panopto said: ${detail}`;
    throw new PanoptoUploadHttpError(
      message,
      status,
      url,
      status === 0 || status === 401 || status === 408 || status === 429 || status >= 500,
    );
  }

  private fail(error: unknown): void {
    this.error =
      error instanceof PanoptoUploadError
        ? error
        : new PanoptoUploadStepError(
            `The upload failed: ${error instanceof Error ? error.message : String(error)}`,
            'upload',
            true,
            {
              cause: error,
            },
          );
    this.inflight.clear();
    this.setPhase('error');
  }

  private bytesSent(): number {
    return this.files.reduce((sum, f) => sum + this.fileBytesSent(f), 0);
  }

  private fileBytesSent(file: FileState): number {
    if (file.completed) return file.size;
    let sent = file.doneBytes;
    for (const [key, loaded] of this.inflight) if (key.startsWith(`${file.fileName}\u0000`)) sent += loaded;
    return Math.min(sent, file.size);
  }

  private setPhase(phase: UploadPhase): void {
    if (this.phase === phase) return;
    this.phase = phase;
    this.emit(true);
    if (phase === 'complete' || phase === 'error' || phase === 'cancelled') {
      const waiters = this.settledWaiters;
      this.settledWaiters = [];
      const snapshot = this.snapshot();
      waiters.forEach((resolve) => resolve(snapshot));
    }
  }

  /** Publishes a snapshot now (`force`) or at most once per `progressIntervalMs`. */
  private emit(force = false): void {
    const clock = this.ctx.clock;
    const now = clock.now();
    const interval = this.ctx.options.progressIntervalMs;
    if (force || now - this.lastEmit >= interval) {
      if (this.emitTimer !== null) clock.clearTimeout(this.emitTimer);
      this.emitTimer = null;
      this.publish(now);
    } else if (this.emitTimer === null) {
      this.emitTimer = clock.setTimeout(() => {
        this.emitTimer = null;
        this.publish(clock.now());
      }, interval - (now - this.lastEmit));
    }
  }

  private publish(now: number): void {
    this.lastEmit = now;
    this.meterSpeed = this.meter.sample(this.bytesSent(), now);
    const snapshot = this.snapshot();
    this.listeners.forEach((listener) => listener(snapshot));
  }

  private persist(): void {
    const store = this.ctx.store;
    const upload = this.sessionUpload;
    if (!store || !upload || this.finished || this.phase === 'cancelled') return;
    const now = this.ctx.clock.now();
    const entry: PersistedUpload = {
      fingerprint: this.fingerprint,
      folderId: this.request.folderId,
      sessionUploadId: upload.ID,
      uploadTarget: upload.UploadTarget,
      createdAt: now,
      expiresAt: now + this.ctx.options.resumeTtlMs,
      manifestDone: this.manifestDone,
      files: this.files.map((f) => ({
        fileName: f.fileName,
        size: f.size,
        lastModified: f.lastModified,
        partSize: f.partSize,
        uploadId: f.uploadId,
        parts: [...f.parts],
        completed: f.completed,
      })),
    };
    this.persistChain = this.persistChain.then(() => store.put(entry)).catch(() => undefined);
  }

  /** Waits for pending resume-store writes (tests use it before "reloading"). */
  flushPersistence(): Promise<void> {
    return this.persistChain;
  }

  private async forget(): Promise<void> {
    const store = this.ctx.store;
    if (!store) return;
    this.persistChain = this.persistChain.then(() => store.delete(this.fingerprint)).catch(() => undefined);
    await this.persistChain;
  }
}

function rangeLength(file: FileState, n: number): number {
  const { start, end } = partRange(file.size, file.partSize, n);
  return end - start;
}

function parseSessionUpload(body: string, url: string): SessionUpload {
  let parsed: Partial<SessionUpload>;
  try {
    parsed = JSON.parse(body) as Partial<SessionUpload>;
  } catch {
    throw new PanoptoUploadHttpError(`Panopto's answer from ${url} is not JSON.`, 200, url, true);
  }
  if (!parsed || typeof parsed.ID !== 'string' || !GUID.test(parsed.ID)) {
    throw new PanoptoUploadHttpError(`Panopto's answer from ${url} has no valid session upload ID.`, 200, url, true);
  }
  if (typeof parsed.UploadTarget !== 'string' || !/^https?:\/\/[^/]+\/./i.test(parsed.UploadTarget)) {
    throw new PanoptoUploadHttpError(`Panopto's answer from ${url} has no valid UploadTarget.`, 200, url, true);
  }
  return {
    ID: parsed.ID,
    FolderId: String(parsed.FolderId ?? ''),
    SessionId: typeof parsed.SessionId === 'string' ? parsed.SessionId : null,
    UploadTarget: parsed.UploadTarget,
    State: Number(parsed.State ?? 0) as UploadStatus,
    MessageID: typeof parsed.MessageID === 'number' ? parsed.MessageID : null,
    Message: typeof parsed.Message === 'string' ? parsed.Message : null,
  };
}

/** Panopto's `Error.Message` / `Message`, or an S3 `<Message>`, when the body carries one. */
function panoptoMessage(response: TransportResponse): string | null {
  const body = response.body ?? '';
  try {
    const json = JSON.parse(body) as { Error?: { Message?: string }; Message?: string };
    return json.Error?.Message ?? json.Message ?? null;
  } catch {
    return xmlValue(body, 'Message');
  }
}
