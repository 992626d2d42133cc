import { MAX_FILE_SIZE, MIB } from './part-plan';
import { DEFAULT_UPLOAD_RETRY, UploadRetryOptions } from './retry-policy';

/** Tuning of the upload engine. Every field has a default; pass only what you change. */
export interface PanoptoUploadOptions {
  /** Requests in flight at once across ALL files and parts of the app. Default 4. */
  concurrency: number;
  /** Preferred part size in bytes, clamped to 5–25 MiB (bigger when a file would need > 10,000 parts). Default 16 MiB. */
  partSize: number;
  retry: UploadRetryOptions;
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

export const DEFAULT_UPLOAD_OPTIONS: PanoptoUploadOptions = {
  concurrency: 4,
  partSize: 16 * MIB,
  retry: DEFAULT_UPLOAD_RETRY,
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

/** Options with defaults filled in; `retry` may be given partially. */
export function resolveUploadOptions(
  options: Partial<Omit<PanoptoUploadOptions, 'retry'>> & { retry?: Partial<UploadRetryOptions> } = {},
): PanoptoUploadOptions {
  const resolved: PanoptoUploadOptions = {
    ...DEFAULT_UPLOAD_OPTIONS,
    ...options,
    retry: { ...DEFAULT_UPLOAD_RETRY, ...options.retry },
  };
  if (!(resolved.concurrency >= 1)) throw new RangeError('panopto-ng/upload: `concurrency` must be at least 1.');
  if (!(resolved.retry.maxAttempts >= 1))
    throw new RangeError('panopto-ng/upload: `retry.maxAttempts` must be at least 1.');
  return resolved;
}
