/*
 * What is kept so an upload can continue after a page reload: the session upload, every file's multipart
 * upload id, part size and the parts already stored with their ETags. Keyed by `uploadFingerprint()`.
 */

export interface PersistedFile {
  fileName: string;
  size: number;
  lastModified: number;
  partSize: number;
  uploadId: string | null;
  /** `[partNumber, ETag]` of every part the server acknowledged. */
  parts: Array<[number, string]>;
  completed: boolean;
}

export interface PersistedUpload {
  fingerprint: string;
  folderId: string;
  sessionUploadId: string;
  uploadTarget: string;
  createdAt: number;
  expiresAt: number;
  files: PersistedFile[];
  manifestDone: boolean;
}

/** Storage of resumable uploads; `IndexedDbResumeStore` in browsers, `MemoryResumeStore` elsewhere. */
export interface UploadResumeStore {
  get(fingerprint: string): Promise<PersistedUpload | undefined>;
  put(entry: PersistedUpload): Promise<void>;
  delete(fingerprint: string): Promise<void>;
  /** Removes entries whose `expiresAt` is before `now`. */
  prune(now: number): Promise<void>;
}

/** Keeps entries for the life of the page (no reload survival); the fallback when IndexedDB is unavailable. */
export class MemoryResumeStore implements UploadResumeStore {
  private readonly entries = new Map<string, PersistedUpload>();

  async get(fingerprint: string): Promise<PersistedUpload | undefined> {
    const entry = this.entries.get(fingerprint);
    return entry ? structuredCloneEntry(entry) : undefined;
  }

  async put(entry: PersistedUpload): Promise<void> {
    this.entries.set(entry.fingerprint, structuredCloneEntry(entry));
  }

  async delete(fingerprint: string): Promise<void> {
    this.entries.delete(fingerprint);
  }

  async prune(now: number): Promise<void> {
    for (const [key, entry] of this.entries) if (entry.expiresAt < now) this.entries.delete(key);
  }
}

function structuredCloneEntry(entry: PersistedUpload): PersistedUpload {
  return JSON.parse(JSON.stringify(entry)) as PersistedUpload;
}
