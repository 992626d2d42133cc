import { SessionUpload } from 'panopto-ng/core';
import { PersistedFile, PersistedUpload, UploadResumeStore } from './resume-store';
import { partLength, persistedFileOf, UploadFileState } from './upload-file-state';

/*
 * The resume records of one upload: what is written to the resume store while it runs (so a reload can
 * continue it), and how a stored record is taken over again.
 */

/** The record of an upload in progress. */
export function resumeRecordOf(input: {
  fingerprint: string;
  folderId: string;
  sessionUpload: SessionUpload;
  manifestDone: boolean;
  files: readonly UploadFileState[];
  now: number;
  ttlMs: number;
}): PersistedUpload {
  return {
    fingerprint: input.fingerprint,
    folderId: input.folderId,
    sessionUploadId: input.sessionUpload.ID,
    uploadTarget: input.sessionUpload.UploadTarget,
    createdAt: input.now,
    expiresAt: input.now + input.ttlMs,
    manifestDone: input.manifestDone,
    files: input.files.map(persistedFileOf),
  };
}

/** The stored file that is `file` (same name and size), if the record has one. */
export function storedFileFor(record: PersistedUpload, file: UploadFileState): PersistedFile | undefined {
  return record.files.find((p) => p.fileName === file.fileName && p.size === file.size);
}

/**
 * Takes over a stored file's plan and parts. Of an unfinished file only the parts the server still holds with
 * the same ETag are trusted (`serverParts`, from ListParts); `null` means its multipart upload is gone, so the
 * file starts again.
 */
export function restoreFile(
  file: UploadFileState,
  stored: PersistedFile,
  serverParts: ReadonlyArray<[number, string]> | null,
): void {
  file.partSize = stored.partSize;
  file.uploadId = stored.uploadId;
  file.completed = stored.completed;
  if (file.completed) {
    file.parts = stored.parts;
  } else if (serverParts) {
    const server = new Map(serverParts);
    file.parts = stored.parts.filter(([n, etag]) => server.get(n) === etag);
  } else {
    file.uploadId = null;
    file.parts = [];
  }
  file.doneBytes = file.parts.reduce((sum, [n]) => sum + partLength(file, n), 0);
}

/**
 * Writes one upload's record to the resume store, in order and without ever failing the upload (a store that
 * cannot write only means the upload cannot be resumed after a reload).
 */
export class ResumeRecorder {
  private chain: Promise<void> = Promise.resolve();

  constructor(private readonly store: UploadResumeStore | null, private readonly fingerprint: string) {}

  /** The stored record of this upload, if any (a failing store reads as none). */
  async load(): Promise<PersistedUpload | undefined> {
    return this.store?.get(this.fingerprint).catch(() => undefined);
  }

  /** Removes a stored record that will not be used (expired, or its session upload is gone). */
  async discard(): Promise<void> {
    await this.store?.delete(this.fingerprint).catch(() => undefined);
  }

  save(record: PersistedUpload): void {
    const store = this.store;
    if (!store) return;
    this.chain = this.chain.then(() => store.put(record)).catch(() => undefined);
  }

  /** Deletes the record after the writes queued before; resolves when done. */
  async forget(): Promise<void> {
    const store = this.store;
    if (!store) return;
    this.chain = this.chain.then(() => store.delete(this.fingerprint)).catch(() => undefined);
    await this.chain;
  }

  /** Resolves when the queued writes are done. */
  flush(): Promise<void> {
    return this.chain;
  }
}
