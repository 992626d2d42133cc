/**
 * `UploadStatus` of a `SessionUpload` (Panopto's upload API, `PublicAPI/REST/sessionUpload`). Numeric on the wire.
 */
export enum UploadStatus {
  Uploading = 0,
  /** Set by the client (PUT with `State: 1`) once every file and the manifest are uploaded. */
  UploadComplete = 1,
  UploadCancelled = 2,
  Processing = 3,
  Complete = 4,
  ProcessingError = 5,
  DeletingFiles = 6,
  Deleted = 7,
  DeletingError = 8,
}

/** States after which polling a `SessionUpload` can stop. */
export const TERMINAL_UPLOAD_STATES: readonly UploadStatus[] = [
  UploadStatus.UploadCancelled,
  UploadStatus.Complete,
  UploadStatus.ProcessingError,
  UploadStatus.Deleted,
  UploadStatus.DeletingError,
];

/** `SessionUpload` as `POST/GET/PUT …/PublicAPI/REST/sessionUpload` exchange it (note the upper-case `ID`). */
export interface SessionUpload {
  ID: string;
  FolderId: string;
  /** Set once processing has created the session. */
  SessionId?: string | null;
  /** S3-compatible multipart target, e.g. `https://host/Panopto/Upload/{guid}`. */
  UploadTarget: string;
  State: UploadStatus;
  MessageID?: number | null;
  Message?: string | null;
}
