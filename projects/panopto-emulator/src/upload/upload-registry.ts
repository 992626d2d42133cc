// In-memory state of session uploads and their S3 multipart uploads. Files live on disk under
// `<filesDir>/uploads/<ID>/`; this registry only knows where. (Not persisted: an emulator restart forgets
// unfinished uploads, as a real tenant eventually expires abandoned ones.)
import { randomUUID } from 'node:crypto';

/** Panopto's UploadStatus numbers. */
export const UploadState = {
  Uploading: 0,
  UploadComplete: 1,
  UploadCancelled: 2,
  Processing: 3,
  Complete: 4,
  ProcessingError: 5,
  DeletingFiles: 6,
  Deleted: 7,
  DeletingError: 8,
} as const;

/** The `SessionUpload` object as the REST API returns it. */
export interface SessionUploadBody {
  ID: string;
  FolderId: string;
  SessionId: string | null;
  UploadTarget: string;
  State: number;
  MessageID: number;
  Message: string | null;
}

export interface SessionUploadRecord extends SessionUploadBody {
  OwnerId: string;
  CreatedAt: number;
}

export interface StoredPart {
  partNumber: number;
  etag: string;
  size: number;
  path: string;
  /** Where the part's bytes start in `path`: 0 in its own file, (N − 1) × part size in the assembly file. */
  offset: number;
}

export interface MultipartRecord {
  uploadId: string;
  sessionUploadId: string;
  fileName: string;
  contentType: string;
  parts: Map<number, StoredPart>;
  initiatedAt: number;
}

export interface StoredObject {
  fileName: string;
  path: string;
  size: number;
  etag: string;
  contentType: string;
}

export class UploadRegistry {
  readonly uploads = new Map<string, SessionUploadRecord>();
  readonly multiparts = new Map<string, MultipartRecord>();
  /** Keyed `${sessionUploadId}/${fileName}`. */
  readonly objects = new Map<string, StoredObject>();

  create(folderId: string, ownerId: string, baseUrl: string, now: number): SessionUploadRecord {
    const id = randomUUID();
    const record: SessionUploadRecord = {
      ID: id,
      FolderId: folderId,
      SessionId: null,
      UploadTarget: `${baseUrl}/Panopto/Upload/${id}`,
      State: UploadState.Uploading,
      MessageID: 0,
      Message: null,
      OwnerId: ownerId,
      CreatedAt: now,
    };
    this.uploads.set(id, record);
    return record;
  }

  objectsOf(sessionUploadId: string): StoredObject[] {
    return [...this.objects.values()].filter((o) => this.objects.get(`${sessionUploadId}/${o.fileName}`) === o);
  }

  multipartsOf(sessionUploadId: string): MultipartRecord[] {
    return [...this.multiparts.values()].filter((m) => m.sessionUploadId === sessionUploadId);
  }
}

/** The body sent to clients: the record without internal fields. */
export function publicBody(record: SessionUploadRecord): SessionUploadBody {
  const { ID, FolderId, SessionId, UploadTarget, State, MessageID, Message } = record;
  return { ID, FolderId, SessionId, UploadTarget, State, MessageID, Message };
}
