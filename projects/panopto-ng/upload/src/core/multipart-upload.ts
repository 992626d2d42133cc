import { isAbortError, PanoptoClock } from 'panopto-ng/core';
import { ConcurrencyLimiter } from './concurrency-limiter';
import { MIN_PART_SIZE, partCount, partRange, smallerPartSize } from './part-plan';
import { RetryingSender } from './retrying-sender';
import {
  abortMultipartRequest,
  completeMultipartRequest,
  createMultipartRequest,
  listPartsRequest,
  parseListParts,
  s3Error,
  uploadPartRequest,
  xmlValue,
} from './s3-protocol';
import { TransportResponse } from './transport';
import { MISSING_ETAG_MESSAGE, PanoptoUploadConfigError, PanoptoUploadHttpError } from './upload-errors';
import { restartFile, UploadFileState } from './upload-file-state';
import { expectOk } from './upload-http-errors';
import { UploadProgress } from './upload-progress';
import { formatBytes } from './validation';

/** One part the server acknowledged, for monitoring. */
export interface UploadedPart {
  uploadId: string;
  fileName: string;
  partNumber: number;
  bytes: number;
  durationMs: number;
}

/** What the multipart steps share with the upload they belong to. */
export interface MultipartContext {
  sender: RetryingSender;
  /** Parts take a slot of this limiter (shared by every upload of the engine). */
  limiter: ConcurrencyLimiter;
  clock: PanoptoClock;
  progress: UploadProgress;
  /** Remember the file's plan and acknowledged parts (the resume store). */
  persist(): void;
  /** After each part the server acknowledged (monitoring). */
  onPart?: (part: UploadedPart) => void;
}

/**
 * The S3 multipart upload of one file into the upload target: initiate, the missing parts in parallel (within
 * the shared limiter), complete. Idempotent given the file's state: only parts the server has not acknowledged
 * are sent. A 413 (a proxy limiting request size) restarts the file in smaller parts.
 */
export class MultipartUpload {
  constructor(private readonly ctx: MultipartContext) {}

  /** Sends what is missing of `file` to `url` (its object in the upload target) and completes it. */
  async uploadFile(file: UploadFileState, url: string, signal: AbortSignal): Promise<void> {
    if (file.completed) return;
    for (;;) {
      if (!file.uploadId) {
        const uploadId = await this.initiate(url, file.source.type, signal);
        restartFile(file);
        file.uploadId = uploadId;
        this.ctx.persist();
      }
      try {
        await this.sendMissingParts(file, url, file.uploadId, signal);
        break;
      } catch (error) {
        if (!(error instanceof PanoptoUploadHttpError && error.status === 413)) throw error;
        await this.shrinkParts(file, url, error, signal);
      }
    }
    await this.complete(url, file.uploadId, file.parts, signal);
    file.completed = true;
    this.ctx.persist();
  }

  /** Uploads a small object (the manifest) as a one-part multipart upload. */
  async putObject(url: string, body: Blob, what: string, signal: AbortSignal): Promise<void> {
    const uploadId = await this.initiate(url, body.type, signal);
    const response = await this.ctx.sender.send(() => uploadPartRequest(url, uploadId, 1, body), {
      signal,
      limiter: this.ctx.limiter,
    });
    expectOk(response, what, url);
    const etag = response.header('ETag');
    if (!etag) throw new PanoptoUploadConfigError(MISSING_ETAG_MESSAGE);
    await this.complete(url, uploadId, [[1, etag]], signal);
  }

  /** `[partNumber, ETag]` of the parts the server holds, or null when the multipart upload is gone. */
  async listParts(url: string, uploadId: string, signal: AbortSignal): Promise<Array<[number, string]> | null> {
    const response = await this.ctx.sender.send(() => listPartsRequest(url, uploadId), { signal });
    return response.status === 200 ? parseListParts(response.body) : null;
  }

  /**
   * Aborts a multipart upload, best effort: an abandoned one only costs storage until S3's lifecycle rules
   * remove it, so failures are ignored.
   */
  async abort(url: string, uploadId: string, signal: AbortSignal): Promise<void> {
    await this.ctx.sender.send(() => abortMultipartRequest(url, uploadId), { signal }).catch(() => undefined);
  }

  /**
   * After a 413 (a part too large for some proxy on the way): starts this file again in smaller parts, halving
   * until 5 MiB. Only this upload's file changes; S3 numbers parts by position, so a part cannot simply be
   * split, and the old multipart upload is aborted (the parts it holds are lost, usually just the first few).
   */
  private async shrinkParts(file: UploadFileState, url: string, error: PanoptoUploadHttpError, signal: AbortSignal) {
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
    await this.abort(url, file.uploadId as string, signal);
    restartFile(file, smaller);
    this.ctx.persist();
    this.ctx.progress.emit(true);
  }

  /** Sends the parts of `file` the server has not acknowledged; the first failure stops the others. */
  private async sendMissingParts(file: UploadFileState, url: string, uploadId: string, signal: AbortSignal) {
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

  private async sendPart(file: UploadFileState, url: string, uploadId: string, n: number, signal: AbortSignal) {
    const { clock, progress } = this.ctx;
    const { start, end } = partRange(file.size, file.partSize, n);
    let startedAt = 0;
    let response: TransportResponse;
    try {
      response = await this.ctx.sender.send(() => uploadPartRequest(url, uploadId, n, file.source.slice(start, end)), {
        signal,
        limiter: this.ctx.limiter,
        onAttempt: () => {
          startedAt = clock.now();
          progress.partStarted(file.fileName, n);
        },
        onUploadProgress: (loaded) => {
          progress.partProgress(file.fileName, n, Math.min(loaded, end - start));
          progress.emit();
        },
      });
    } finally {
      progress.partEnded(file.fileName, n);
    }
    expectOk(response, `Part ${n} of "${file.fileName}"`, url);
    const etag = response.header('ETag');
    if (!etag) throw new PanoptoUploadConfigError(MISSING_ETAG_MESSAGE);
    file.parts.push([n, etag]);
    file.doneBytes += end - start;
    this.ctx.onPart?.({
      uploadId,
      fileName: file.fileName,
      partNumber: n,
      bytes: end - start,
      durationMs: clock.now() - startedAt,
    });
    this.ctx.persist();
    progress.emit();
  }

  private async initiate(url: string, contentType: string, signal: AbortSignal): Promise<string> {
    const response = await this.ctx.sender.send(() => createMultipartRequest(url, contentType), { signal });
    expectOk(response, 'Starting the multipart upload', url);
    const uploadId = xmlValue(response.body, 'UploadId');
    if (!uploadId) {
      const message = `The upload target did not return an UploadId (${url}).`;
      throw new PanoptoUploadHttpError(message, response.status, url, true);
    }
    return uploadId;
  }

  private async complete(url: string, uploadId: string, parts: Array<[number, string]>, signal: AbortSignal) {
    const response = await this.ctx.sender.send(() => completeMultipartRequest(url, uploadId, parts), { signal });
    expectOk(response, 'Completing the multipart upload', url);
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
}
