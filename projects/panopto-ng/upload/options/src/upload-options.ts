import { PanoptoRetryConfig } from 'panopto-ng/core';
import { MAX_FILE_SIZE, MIB } from './upload-limits';

/** Tuning of the upload engine. Every field has a default; pass only what you change. */
export interface PanoptoUploadOptions {
  /** Requests in flight at once across ALL files and parts of the app. Default 4. */
  concurrency: number;
  /** Preferred part size in bytes, clamped to 5–25 MiB (bigger when a file would need > 10,000 parts). Default 16 MiB. */
  partSize: number;
  /**
   * Retries of one request (part, S3 call or REST call) after network errors, 408, 429 and 5xx, in the one
   * vocabulary of panopto-ng. Default 5 retries from 500 ms, each delay at most 30 s.
   */
  retry: PanoptoRetryConfig;
  /** How often the session upload's state is checked while Panopto processes it. Default 3000 ms. */
  pollIntervalMs: number;
  /** Minimum time between two progress updates of one upload (100 ms = at most 10 per second). */
  progressIntervalMs: number;
  /** Largest accepted file in bytes. Default 25 MiB × 10,000 (what Panopto's part limits allow). */
  maxFileSize: number;
  /** MIME types accepted; `video/*` style wildcards allowed. Default video and audio. */
  acceptedTypes: string[];
  /** File extensions accepted when the browser reports no or a generic MIME type (lower case, no dot). */
  acceptedExtensions: string[];
  /** How long a half-finished upload can be resumed after a reload. Default 7 days. */
  resumeTtlMs: number;
}

/** `retry` as the upload options accept it: any part of a `PanoptoRetryConfig`. */
export interface PanoptoUploadRetryConfig extends Partial<PanoptoRetryConfig> {
  /**
   * Attempts per request including the first.
   *
   * @deprecated Use `maxRetries` (= `maxAttempts - 1`) instead. Removed in 0.3.
   */
  maxAttempts?: number;
}

/** Options given to `withPanoptoUpload()` or `new PanoptoUploadEngine()`: any subset; `retry` may be partial. */
export type PanoptoUploadConfig = Partial<Omit<PanoptoUploadOptions, 'retry'>> & { retry?: PanoptoUploadRetryConfig };

/** The upload's retry defaults: 5 retries (6 attempts) from 500 ms, at most 30 s per delay. */
export const DEFAULT_UPLOAD_RETRY_CONFIG: PanoptoRetryConfig = { maxRetries: 5, initialDelayMs: 500, maxDelayMs: 30_000 };

export const DEFAULT_UPLOAD_OPTIONS: PanoptoUploadOptions = {
  concurrency: 4,
  partSize: 16 * MIB,
  retry: DEFAULT_UPLOAD_RETRY_CONFIG,
  pollIntervalMs: 3000,
  progressIntervalMs: 100,
  maxFileSize: MAX_FILE_SIZE,
  acceptedTypes: ['video/*', 'audio/*'],
  acceptedExtensions: [
    'mp4',
    'm4v',
    'mov',
    'qt',
    'avi',
    'wmv',
    'asf',
    'mkv',
    'webm',
    'flv',
    'mpg',
    'mpeg',
    'mp2',
    'mts',
    'm2ts',
    'ts',
    '3gp',
    '3g2',
    'ogv',
    'mp3',
    'm4a',
    'wav',
    'wma',
    'aac',
    'ogg',
    'oga',
    'opus',
    'flac',
    'aif',
    'aiff',
  ],
  resumeTtlMs: 7 * 24 * 60 * 60 * 1000,
};
