/**
 * What the engine reads from a file: only its metadata and `slice()`. A `File` fits; so does any object with
 * these members, which is how tests prove the engine never reads a whole file (no `arrayBuffer`, `text` or
 * `stream` is ever called).
 */
export interface UploadSource {
  readonly name: string;
  readonly size: number;
  readonly type: string;
  readonly lastModified: number;
  slice(start?: number, end?: number, contentType?: string): Blob;
}

/** Identifies "the same file picked again": name, size and last-modified time (the content is never read). */
export function fileFingerprint(file: UploadSource): string {
  return `${file.name}\u0000${file.size}\u0000${file.lastModified}`;
}

/** The resume key of one upload: the folder plus every file's fingerprint. */
export function uploadFingerprint(folderId: string, files: readonly UploadSource[]): string {
  return ['v1', folderId.toLowerCase(), ...files.map(fileFingerprint)].join('\u0001');
}
