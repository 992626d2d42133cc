import { choosePartSize, partRange } from './part-plan';
import { PersistedFile } from './resume-store';
import { UploadSource } from './upload-source';

/**
 * One file of an upload as the engine tracks it: its part plan, its multipart upload id and the parts the
 * server acknowledged (the same fields the resume store keeps), plus the source and the acknowledged bytes.
 */
export interface UploadFileState extends PersistedFile {
  source: UploadSource;
  /** Bytes of parts the server acknowledged. */
  doneBytes: number;
}

/** A file nothing has been sent of yet, cut into parts of about `preferredPartSize`. */
export function newFileState(source: UploadSource, preferredPartSize: number): UploadFileState {
  return {
    source,
    fileName: source.name,
    size: source.size,
    lastModified: source.lastModified,
    partSize: choosePartSize(source.size, preferredPartSize),
    uploadId: null,
    parts: [],
    completed: false,
    doneBytes: 0,
  };
}

/** Bytes of part `n` of `file` under its current plan. */
export function partLength(file: Pick<UploadFileState, 'size' | 'partSize'>, n: number): number {
  const { start, end } = partRange(file.size, file.partSize, n);
  return end - start;
}

/** Forgets the file's multipart upload (and optionally changes its part size): everything is sent again. */
export function restartFile(file: UploadFileState, partSize = file.partSize): void {
  file.partSize = partSize;
  file.uploadId = null;
  file.parts = [];
  file.doneBytes = 0;
}

/** What the resume store keeps of a file (no source, no byte counts). */
export function persistedFileOf(file: UploadFileState): PersistedFile {
  return {
    fileName: file.fileName,
    size: file.size,
    lastModified: file.lastModified,
    partSize: file.partSize,
    uploadId: file.uploadId,
    parts: [...file.parts],
    completed: file.completed,
  };
}
