import { clockSleep, isAbortError, PanoptoClock, SessionUpload, TERMINAL_UPLOAD_STATES, UploadStatus } from 'panopto-ng/core';
import { PanoptoUploadOptions } from 'panopto-ng/upload/options';
import { ConcurrencyLimiter } from './concurrency-limiter';
import { buildUcsManifest, DEFAULT_MANIFEST_NAME } from './manifest';
import { MultipartUpload, UploadedPart } from './multipart-upload';
import { partCount } from './part-plan';
import { PersistedUpload, UploadResumeStore } from './resume-store';
import { restoreFile, ResumeRecorder, resumeRecordOf, storedFileFor } from './resume-records';
import { RetryingSender } from './retrying-sender';
import { objectUrl } from './s3-protocol';
import { SessionUploadApi } from './session-upload-api';
import { PanoptoUploadError, PanoptoUploadProcessingError } from './upload-errors';
import { newFileState, UploadFileState } from './upload-file-state';
import { toUploadError } from './upload-http-errors';
import { UploadProgress } from './upload-progress';
import { uploadFingerprint } from './upload-source';
import { UploadPhase, UploadRequest, UploadSnapshot } from './upload-types';
import { defaultTitle } from './validation';

/** What a job shares with the engine that runs it. */
export interface UploadJobContext {
  sender: RetryingSender;
  limiter: ConcurrencyLimiter;
  clock: PanoptoClock;
  store: UploadResumeStore | null;
  options: PanoptoUploadOptions;
  /** `${serverUrl}/Panopto/PublicAPI/REST` */
  publicApiRestUrl: string;
  /** Called after each part the server acknowledged (monitoring). */
  onPart?: (part: UploadedPart) => void;
}

/**
 * One upload (one Panopto session) from creation to a playable session. Every step is idempotent given what
 * is already done (session upload, multipart ids, acknowledged parts), so `resume()` and `retry()` simply run
 * the steps again and only missing work is sent. The steps themselves live in their own modules: the session
 * upload's REST calls (`SessionUploadApi`), each file's S3 multipart upload (`MultipartUpload`), progress
 * (`UploadProgress`), resume records (`ResumeRecorder`) and error mapping (`upload-http-errors`).
 */
export class UploadJob {
  readonly title: string;
  readonly fingerprint: string;
  private phase: UploadPhase = 'queued';
  private sessionUpload: SessionUpload | null = null;
  private readonly files: UploadFileState[];
  private manifestDone = false;
  private finished = false;
  private error: PanoptoUploadError | null = null;
  private resumedParts = 0;
  private pausedOffline = false;
  private run: AbortController | null = null;
  private readonly listeners = new Set<(snapshot: UploadSnapshot) => void>();
  private settledWaiters: Array<(snapshot: UploadSnapshot) => void> = [];
  private readonly api: SessionUploadApi;
  private readonly multipart: MultipartUpload;
  private readonly progress: UploadProgress;
  private readonly records: ResumeRecorder;

  constructor(readonly id: string, readonly request: UploadRequest, private readonly ctx: UploadJobContext) {
    this.title = request.title?.trim() || defaultTitle(request.files[0].name);
    this.fingerprint = uploadFingerprint(request.folderId, request.files);
    this.files = request.files.map((source) => newFileState(source, ctx.options.partSize));
    this.api = new SessionUploadApi(ctx.sender, ctx.publicApiRestUrl);
    this.progress = new UploadProgress(ctx.clock, ctx.options.progressIntervalMs, this.files, () => {
      const snapshot = this.snapshot();
      this.listeners.forEach((listener) => listener(snapshot));
    });
    this.multipart = new MultipartUpload({
      sender: ctx.sender,
      limiter: ctx.limiter,
      clock: ctx.clock,
      progress: this.progress,
      persist: () => this.persist(),
      onPart: ctx.onPart,
    });
    this.records = new ResumeRecorder(ctx.store, this.fingerprint);
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
    this.stop();
    this.pausedOffline = offline;
    this.setPhase('paused');
  }

  resume(): void {
    if (this.phase !== 'paused') return;
    this.pausedOffline = false;
    this.progress.restartMeter();
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
    this.stop();
    this.setPhase('cancelled');
    const signal = new AbortController().signal;
    const upload = this.sessionUpload;
    if (upload && !this.finished) {
      await Promise.all(
        this.files
          .filter((file) => file.uploadId && !file.completed)
          .map((file) =>
            this.multipart.abort(objectUrl(upload.UploadTarget, file.fileName), file.uploadId as string, signal),
          ),
      );
      await this.api.remove(upload.ID, signal);
    }
    await this.records.forget();
  }

  snapshot(): UploadSnapshot {
    const files = this.files.map((f) => {
      const sent = this.progress.fileBytesSent(f);
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
      bytesPerSecond: transferring ? this.progress.bytesPerSecond : 0,
      secondsLeft: transferring ? this.progress.secondsLeft(totalBytes - bytesSent) : null,
      sessionUploadId: this.sessionUpload?.ID ?? null,
      sessionId: this.sessionUpload?.SessionId ?? null,
      processingState: this.finished ? this.sessionUpload?.State ?? null : null,
      processingMessage: this.sessionUpload?.Message ?? null,
      error: this.error,
      resumedParts: this.resumedParts,
      pausedOffline: this.pausedOffline,
    };
  }

  /** Waits for pending resume-store writes (tests use it before "reloading"). */
  flushPersistence(): Promise<void> {
    return this.records.flush();
  }

  // ---- the steps -------------------------------------------------------------------------------------------

  private async execute(): Promise<void> {
    const controller = new AbortController();
    this.run = controller;
    this.setPhase(this.manifestDone || this.files.every((f) => f.completed) ? 'finishing' : 'uploading');
    try {
      if (!this.sessionUpload) await this.restoreOrCreate(controller.signal);
      const target = (this.sessionUpload as SessionUpload).UploadTarget;
      for (const file of this.files) {
        await this.multipart.uploadFile(file, objectUrl(target, file.fileName), controller.signal);
      }
      if (!this.manifestDone) {
        this.setPhase('finishing');
        await this.uploadManifest(target, controller.signal);
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
      this.error = toUploadError(error);
      this.progress.clearInflight();
      this.setPhase('error');
    }
  }

  private async restoreOrCreate(signal: AbortSignal): Promise<void> {
    const saved = await this.records.load();
    if (saved && saved.expiresAt > this.ctx.clock.now() && (await this.adopt(saved, signal))) return;
    if (saved) await this.records.discard();
    this.sessionUpload = await this.api.create(this.request.folderId, signal);
    this.persist();
  }

  /** Takes over a persisted upload if Panopto still accepts files for it; false means "start fresh". */
  private async adopt(saved: PersistedUpload, signal: AbortSignal): Promise<boolean> {
    const upload = await this.api.find(saved.sessionUploadId, signal);
    if (!upload || upload.State !== UploadStatus.Uploading) return false;
    this.sessionUpload = upload;
    this.manifestDone = saved.manifestDone;
    for (const file of this.files) {
      const stored = storedFileFor(saved, file);
      if (!stored?.uploadId) continue;
      const url = objectUrl(upload.UploadTarget, file.fileName);
      const serverParts = stored.completed ? null : await this.multipart.listParts(url, stored.uploadId, signal);
      restoreFile(file, stored, serverParts);
      this.resumedParts += file.parts.length;
    }
    this.progress.restartMeter();
    this.persist();
    this.progress.emit(true);
    return true;
  }

  private async uploadManifest(target: string, signal: AbortSignal): Promise<void> {
    const names = new Set(this.files.map((f) => f.fileName));
    const manifestName = names.has(DEFAULT_MANIFEST_NAME) ? `session-${this.id}.xml` : DEFAULT_MANIFEST_NAME;
    const xml = buildUcsManifest({
      title: this.title,
      description: this.request.description,
      date: this.request.date ?? new Date(this.files[0].lastModified || this.ctx.clock.now()),
      files: this.files.map((f) => ({ fileName: f.fileName, contentType: f.source.type })),
    });
    const body = new Blob([xml], { type: 'application/xml' });
    await this.multipart.putObject(objectUrl(target, manifestName), body, 'Uploading the session manifest', signal);
    this.manifestDone = true;
    this.persist();
  }

  private async finish(signal: AbortSignal): Promise<void> {
    this.sessionUpload = await this.api.finish(this.sessionUpload as SessionUpload, signal);
    this.finished = true;
    // Nothing is left to resume once Panopto has the files.
    await this.records.forget();
  }

  private async pollUntilDone(signal: AbortSignal): Promise<void> {
    const id = (this.sessionUpload as SessionUpload).ID;
    for (;;) {
      const current = this.sessionUpload as SessionUpload;
      if (current.State === UploadStatus.Complete) {
        this.setPhase('complete');
        return;
      }
      if (TERMINAL_UPLOAD_STATES.includes(current.State))
        throw new PanoptoUploadProcessingError(current.State, current.Message ?? null);
      await clockSleep(this.ctx.clock, this.ctx.options.pollIntervalMs, signal);
      const next = await this.api.get(id, signal);
      const changed =
        next.State !== current.State || next.SessionId !== current.SessionId || next.Message !== current.Message;
      this.sessionUpload = next;
      if (changed) this.progress.emit(true);
    }
  }

  // ---- helpers ---------------------------------------------------------------------------------------------

  /** Aborts the running steps and forgets the parts in flight (pause, cancel). */
  private stop(): void {
    this.run?.abort();
    this.run = null;
    this.progress.clearInflight();
  }

  private setPhase(phase: UploadPhase): void {
    if (this.phase === phase) return;
    this.phase = phase;
    this.progress.emit(true);
    if (phase === 'complete' || phase === 'error' || phase === 'cancelled') {
      const waiters = this.settledWaiters;
      this.settledWaiters = [];
      const snapshot = this.snapshot();
      waiters.forEach((resolve) => resolve(snapshot));
    }
  }

  private persist(): void {
    const upload = this.sessionUpload;
    if (!upload || this.finished || this.phase === 'cancelled') return;
    this.records.save(
      resumeRecordOf({
        fingerprint: this.fingerprint,
        folderId: this.request.folderId,
        sessionUpload: upload,
        manifestDone: this.manifestDone,
        files: this.files,
        now: this.ctx.clock.now(),
        ttlMs: this.ctx.options.resumeTtlMs,
      }),
    );
  }
}
