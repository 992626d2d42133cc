import { isGuid, ROOT_FOLDER_ID } from 'panopto-ng/core';
import { MAX_FILE_SIZE, PanoptoUploadOptions } from 'panopto-ng/upload/options';
import { PanoptoUploadValidationError } from './upload-errors';
import { UploadSource } from './upload-source';

/** Human-readable size: 1536 → "1.5 KB". */
export function formatBytes(bytes: number): string {
  const units = ['bytes', 'KB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return unit === 0 ? `${value} bytes` : `${value.toFixed(value < 10 ? 1 : 0)} ${units[unit]}`;
}

function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
}

function typeMatches(type: string, patterns: readonly string[]): boolean {
  const lower = type.toLowerCase();
  return patterns.some((p) =>
    p.endsWith('/*') ? lower.startsWith(p.slice(0, -1).toLowerCase()) : lower === p.toLowerCase(),
  );
}

/** Checks one file against the options; returns the problem, or null when the file can be uploaded. */
export function validateFile(
  file: UploadSource,
  options: Pick<PanoptoUploadOptions, 'maxFileSize' | 'acceptedTypes' | 'acceptedExtensions'>,
): PanoptoUploadValidationError | null {
  if (file.size === 0) {
    return new PanoptoUploadValidationError('empty', `"${file.name}" is empty (0 bytes). Pick the recording itself.`);
  }
  const limit = Math.min(options.maxFileSize, MAX_FILE_SIZE);
  if (file.size > limit) {
    return new PanoptoUploadValidationError(
      'size',
      `"${file.name}" is ${formatBytes(file.size)}, larger than the ${formatBytes(
        limit,
      )} limit. Trim or compress it first.`,
    );
  }
  const typeOk = file.type && typeMatches(file.type, options.acceptedTypes);
  const extension = extensionOf(file.name);
  const generic = !file.type || file.type === 'application/octet-stream';
  if (!typeOk && !(generic && options.acceptedExtensions.includes(extension))) {
    return new PanoptoUploadValidationError(
      'type',
      `"${file.name}" (${file.type || 'unknown type'}) is not a video or audio file Panopto accepts. ` +
        `Accepted: ${options.acceptedTypes.join(', ')}${
          options.acceptedExtensions.length ? ` or .${options.acceptedExtensions.slice(0, 8).join(', .')}…` : ''
        }.`,
    );
  }
  const nameProblem = fileNameProblem(file.name);
  if (nameProblem) {
    return new PanoptoUploadValidationError(
      'name',
      `${JSON.stringify(file.name)} ${nameProblem} Rename the file first.`,
    );
  }
  return null;
}

// C0 and C1 control characters (the manifest strips them; an upload key must not carry them either).
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
const NONCHARACTER = /[\ufffe\uffff]/;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/**
 * Why a file name cannot become an upload key and a manifest entry, or null when it can. Names travel into an
 * S3 object key (percent-encoded, where a lone surrogate throws `URIError`) and into the XML manifest.
 */
export function fileNameProblem(name: string): string | null {
  if (typeof name !== 'string' || name.trim() === '') return 'is not a usable file name (it is empty).';
  if (/[\\/]/.test(name)) return 'is not a usable file name: it contains a slash or backslash.';
  if (name.includes('..') || name === '.') return "is not a usable file name: it contains '..' or is '.'.";
  if (CONTROL.test(name)) return 'contains a control character (such as a tab or a line break).';
  const nonCharacter = NONCHARACTER.exec(name);
  if (nonCharacter) {
    return `contains U+${nonCharacter[0].charCodeAt(0).toString(16).toUpperCase()}, which is not a character.`;
  }
  if (LONE_SURROGATE.test(name)) return 'contains a lone surrogate (a broken character from a damaged name).';
  return null;
}

/** Checks the folder id, the title and every file; returns all problems (empty when the upload can start). */
export function validateUploadRequest(
  request: { folderId: string; files: readonly UploadSource[]; title?: string },
  options: Pick<PanoptoUploadOptions, 'maxFileSize' | 'acceptedTypes' | 'acceptedExtensions'>,
): PanoptoUploadValidationError[] {
  const problems: PanoptoUploadValidationError[] = [];
  // The root pseudo-folder (all zeros) is a GUID too, but no session can be created in it.
  if (!isGuid(request.folderId) || request.folderId === ROOT_FOLDER_ID) {
    problems.push(
      new PanoptoUploadValidationError(
        'folder',
        `Pick a folder to upload into ('${request.folderId ?? ''}' is not a folder id).`,
      ),
    );
  }
  if (request.files.length === 0) {
    problems.push(new PanoptoUploadValidationError('empty', 'Pick at least one video or audio file.'));
  }
  if (request.title !== undefined && request.title.trim() === '') {
    problems.push(new PanoptoUploadValidationError('title', 'Give the session a title.'));
  }
  const names = new Set<string>();
  for (const file of request.files) {
    const problem = validateFile(file, options);
    if (problem) problems.push(problem);
    if (names.has(file.name)) {
      problems.push(
        new PanoptoUploadValidationError('name', `"${file.name}" is picked twice; file names must be unique.`),
      );
    }
    names.add(file.name);
  }
  return problems;
}

/** The default session title: the first file's name without its extension. */
export function defaultTitle(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return (dot > 0 ? fileName.slice(0, dot) : fileName).trim() || fileName;
}
