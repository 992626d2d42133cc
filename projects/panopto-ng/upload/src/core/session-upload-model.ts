/*
 * Panopto's `SessionUpload` object and `UploadStatus` enum (PublicAPI/REST; not in the v1 swagger). Field names
 * are Panopto's, including the upper-case `ID`.
 */

/** Processing states of a session upload, as Panopto numbers them. */
export enum UploadStatus {
  Uploading = 0,
  /** Set by the client to say every file is uploaded. */
  UploadComplete = 1,
  UploadCancelled = 2,
  Processing = 3,
  Complete = 4,
  ProcessingError = 5,
  DeletingFiles = 6,
  Deleted = 7,
  DeletingError = 8,
}

/** States after which polling stops. */
export const TERMINAL_UPLOAD_STATES: ReadonlySet<number> = new Set([
  UploadStatus.UploadCancelled,
  UploadStatus.Complete,
  UploadStatus.ProcessingError,
  UploadStatus.Deleted,
  UploadStatus.DeletingError,
]);

export interface SessionUpload {
  ID: string;
  FolderId: string;
  SessionId: string | null;
  /** `https://{host}/Panopto/Upload/{guid}`: the S3 "bucket/prefix" the files go to. */
  UploadTarget: string;
  State: UploadStatus;
  MessageID: number | null;
  Message: string | null;
}
