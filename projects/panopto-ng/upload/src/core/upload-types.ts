import { UploadStatus } from 'panopto-ng/core';
import { PanoptoUploadError } from './upload-errors';
import { UploadSource } from './upload-source';

/** What to upload and how to describe the resulting session. */
export interface UploadRequest {
  /** The Panopto folder the session is created in. */
  folderId: string;
  /** Media files of ONE session (usually one; more become secondary streams). */
  files: UploadSource[];
  /** Session title. Default: the first file's name without extension. */
  title?: string;
  description?: string;
  /** Recording date. Default: the first file's last-modified time. */
  date?: Date;
}

/**
 * Where an upload is:
 * `queued` → `uploading` (⇄ `paused`) → `finishing` (manifest, State 1) → `processing` → `complete`;
 * or `error` (then `retry()` continues) or `cancelled`.
 */
export type UploadPhase =
  | 'queued'
  | 'uploading'
  | 'paused'
  | 'finishing'
  | 'processing'
  | 'complete'
  | 'error'
  | 'cancelled';

export interface UploadFileProgress {
  name: string;
  size: number;
  bytesSent: number;
  /** 0–100. */
  percent: number;
  partsDone: number;
  partsTotal: number;
}

/** An immutable picture of one upload, emitted at most `progressIntervalMs` apart plus on every phase change. */
export interface UploadSnapshot {
  /** Local id of this upload (not Panopto's). */
  id: string;
  title: string;
  folderId: string;
  phase: UploadPhase;
  files: UploadFileProgress[];
  bytesSent: number;
  totalBytes: number;
  /** 0–100 over all files. */
  percent: number;
  /** Smoothed (exponential moving average) upload speed. */
  bytesPerSecond: number;
  /** Estimated seconds to finish the transfer; null while unknown. */
  secondsLeft: number | null;
  /** Panopto's session upload `ID`, once created. */
  sessionUploadId: string | null;
  /** The new session's id, once Panopto created it. */
  sessionId: string | null;
  /** Panopto's `State` while processing. */
  processingState: UploadStatus | null;
  /** Panopto's `Message` (often set on errors). */
  processingMessage: string | null;
  error: PanoptoUploadError | null;
  /** Parts reused from an earlier attempt or page (not sent again). */
  resumedParts: number;
  /** True when the upload was paused because the browser went offline. */
  pausedOffline: boolean;
}
