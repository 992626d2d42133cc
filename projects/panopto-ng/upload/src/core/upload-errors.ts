/*
 * The upload's error types. Each says what went wrong and what to do about it; the component shows `message`
 * as is. All extend the REST core's `PanoptoUploadError` (itself a `PanoptoError`), so apps catch upload
 * failures with one `instanceof`; `stage` says which step failed.
 */
import { PanoptoUploadError } from 'panopto-ng/core';

export { PanoptoUploadError };

/**
 * A failure the engine raised itself; `retryable` says whether `retry()` can help. `code` is `upload-failed`
 * unless a subclass (or `options.code`) says more.
 */
export class PanoptoUploadStepError extends PanoptoUploadError {
  constructor(
    message: string,
    stage: string,
    readonly retryable = false,
    options?: { cause?: unknown; code?: string },
  ) {
    super(message, stage, { cause: options?.cause, code: options?.code ?? 'upload-failed' });
    this.name = 'PanoptoUploadStepError';
  }
}

/** Why a file or request was rejected before anything was sent. */
export type UploadValidationReason = 'type' | 'size' | 'empty' | 'folder' | 'title' | 'name';

/** The file or request is not acceptable; nothing was sent. Code `upload-invalid`. */
export class PanoptoUploadValidationError extends PanoptoUploadStepError {
  constructor(readonly reason: UploadValidationReason, message: string) {
    super(message, 'validate', false, { code: 'upload-invalid' });
    this.name = 'PanoptoUploadValidationError';
  }
}

/** The signed-in user may not create sessions in the folder (403 from Panopto). Code `upload-forbidden`. */
export class PanoptoUploadPermissionError extends PanoptoUploadStepError {
  constructor(readonly folderId: string, detail?: string) {
    super(
      `You do not have permission to upload into folder ${folderId}. Ask for the Creator role on the folder or ` +
        `pick another folder.${detail ? ` (Panopto said: ${detail})` : ''}`,
      'create',
      false,
      { code: 'upload-forbidden' },
    );
    this.name = 'PanoptoUploadPermissionError';
  }
}

/**
 * The server or browser setup prevents the upload from working, e.g. the S3 target's CORS policy hides the
 * `ETag` response header. Retrying will not help; the setup must change. Code `upload-setup`.
 */
export class PanoptoUploadConfigError extends PanoptoUploadStepError {
  constructor(message: string, stage = 'part') {
    super(message, stage, false, { code: 'upload-setup' });
    this.name = 'PanoptoUploadConfigError';
  }
}

/**
 * An HTTP request of the upload failed for good (a non-retryable status, or retries exhausted). Code
 * `upload-http`.
 */
export class PanoptoUploadHttpError extends PanoptoUploadStepError {
  constructor(message: string, readonly status: number, readonly url: string, retryable: boolean, stage = 'request') {
    super(message, stage, retryable, { code: 'upload-http' });
    this.name = 'PanoptoUploadHttpError';
  }
}

/**
 * Panopto received the files but could not turn them into a session (state 5 ProcessingError, etc.). Code
 * `upload-processing`.
 */
export class PanoptoUploadProcessingError extends PanoptoUploadStepError {
  constructor(readonly state: number, readonly panoptoMessage: string | null) {
    super(
      panoptoMessage
        ? `Panopto could not process the upload: ${panoptoMessage}`
        : `Panopto could not process the upload (state ${state}).`,
      'processing',
      false,
      { code: 'upload-processing' },
    );
    this.name = 'PanoptoUploadProcessingError';
  }
}

/** The message shown when the S3 target hides the ETag header. */
export const MISSING_ETAG_MESSAGE =
  'The upload server answered a part without a readable ETag header, so the upload cannot be completed. ' +
  'If the upload target is on another origin, its CORS policy must expose the header: ' +
  '`Access-Control-Expose-Headers: ETag`.';
