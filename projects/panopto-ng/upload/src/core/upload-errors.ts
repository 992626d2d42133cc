/*
 * The upload's error types. Each says what went wrong and what to do about it; the component shows `message`
 * as is. All extend `PanoptoUploadError` so apps can catch upload failures with one `instanceof`.
 */

/** Base of every upload failure. `retryable` says whether `retry()` can help. */
export class PanoptoUploadError extends Error {
  override name = 'PanoptoUploadError';
  constructor(message: string, readonly retryable = false) {
    super(message);
    Object.setPrototypeOf(this, new.target.prototype);
  }
}

/** Why a file or request was rejected before anything was sent. */
export type UploadValidationReason = 'type' | 'size' | 'empty' | 'folder' | 'title' | 'name';

/** The file or request is not acceptable; nothing was sent. */
export class PanoptoUploadValidationError extends PanoptoUploadError {
  override name = 'PanoptoUploadValidationError';
  constructor(readonly reason: UploadValidationReason, message: string) {
    super(message, false);
  }
}

/** The signed-in user may not create sessions in the folder (403 from Panopto). */
export class PanoptoUploadPermissionError extends PanoptoUploadError {
  override name = 'PanoptoUploadPermissionError';
  constructor(readonly folderId: string, detail?: string) {
    super(
      `You do not have permission to upload into folder ${folderId}. Ask for the Creator role on the folder or ` +
        `pick another folder.${detail ? ` (Panopto said: ${detail})` : ''}`,
      false,
    );
  }
}

/**
 * The server or browser setup prevents the upload from working, e.g. the S3 target's CORS policy hides the
 * `ETag` response header. Retrying will not help; the setup must change.
 */
export class PanoptoUploadConfigError extends PanoptoUploadError {
  override name = 'PanoptoUploadConfigError';
}

/** An HTTP request of the upload failed for good (a non-retryable status, or retries exhausted). */
export class PanoptoUploadHttpError extends PanoptoUploadError {
  override name = 'PanoptoUploadHttpError';
  constructor(message: string, readonly status: number, readonly url: string, retryable: boolean) {
    super(message, retryable);
  }
}

/** Panopto received the files but could not turn them into a session (state 5 ProcessingError, etc.). */
export class PanoptoUploadProcessingError extends PanoptoUploadError {
  override name = 'PanoptoUploadProcessingError';
  constructor(readonly state: number, readonly panoptoMessage: string | null) {
    super(
      panoptoMessage
        ? `Panopto could not process the upload: ${panoptoMessage}`
        : `Panopto could not process the upload (state ${state}).`,
      false,
    );
  }
}

/** The message shown when the S3 target hides the ETag header. */
export const MISSING_ETAG_MESSAGE =
  'The upload server answered a part without a readable ETag header, so the upload cannot be completed. ' +
  'If the upload target is on another origin, its CORS policy must expose the header: ' +
  '`Access-Control-Expose-Headers: ETag`.';
