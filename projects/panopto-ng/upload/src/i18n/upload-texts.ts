// The texts of the upload component: their typed shape and the English defaults. Pure data (no Angular), so the
// translations and the leftover-English test load it anywhere.
import type { UploadValidationReason } from '../core/upload-errors';
import type { UploadPhase } from '../core/upload-types';

/**
 * One finding of the upload checker about a picked file, as `<panopto-upload>` words it: sizes and limits
 * arrive already formatted in the current language.
 */
export interface UploadFindingText {
  readonly reason: UploadValidationReason;
  readonly fileName: string;
  /** The file's size (`size`, `empty`). */
  readonly size: string;
  /** The largest size accepted (`size`). */
  readonly limit: string;
  /** The file's media type, empty when the browser does not know it (`type`). */
  readonly type: string;
}

/** Why an upload stopped, from the error's `code` (the error's own message stays English, for logs). */
export interface UploadFailureText {
  readonly code: string;
  /** The HTTP status, for `upload-http`. */
  readonly status?: number;
  /** Panopto's own words, for `upload-processing` and `upload-forbidden`, when it gave some. */
  readonly panoptoMessage?: string | null;
}

/**
 * Every text `<panopto-upload>` shows or announces. Sizes, speeds, percentages and durations arrive already
 * formatted in the current language. Override one with
 * `providePanoptoTexts(PANOPTO_UPLOAD_TEXTS, { chooseFiles: 'Browse…' })`; translations: `PANOPTO_UPLOAD_FR`,
 * `PANOPTO_UPLOAD_AR`.
 */
export interface PanoptoUploadTexts {
  dropHint: string;
  chooseFiles: string;
  pickFolderNote: string;
  pickFolderFirst: string;
  draftsLabel: string;
  titleLabel: string;
  descriptionLabel: string;
  upload: string;
  remove: string;
  uploadAll: (count: number) => string;
  queueLabel: string;
  phase: (phase: UploadPhase, offline: boolean) => string;
  progressLabel: (title: string) => string;
  /** Bytes sent of the total, both formatted. */
  sentOf: (sent: string, total: string) => string;
  speed: (size: string) => string;
  timeLeft: (duration: string) => string;
  resumed: string;
  play: (title: string) => string;
  pause: string;
  resume: string;
  retry: string;
  cancel: string;
  dismiss: string;
  /** A finding of the upload checker: what is wrong with the file and what to do. */
  finding: (finding: UploadFindingText) => string;
  failure: (failure: UploadFailureText) => string;
  announceUploading: (title: string) => string;
  announceProgress: (title: string, percent: string) => string;
  announceProcessing: (title: string) => string;
  announceReady: (title: string) => string;
  announceFailed: (title: string, reason: string) => string;
}

const PHASES: Record<UploadPhase, string> = {
  queued: 'Waiting',
  uploading: 'Uploading',
  paused: 'Paused',
  finishing: 'Finishing upload',
  processing: 'Processing in Panopto',
  complete: 'Ready to play',
  error: 'Failed',
  cancelled: 'Cancelled',
};

function finding({ reason, fileName, size, limit, type }: UploadFindingText): string {
  switch (reason) {
    case 'empty':
      return `"${fileName}" is empty (${size}). Pick the recording itself.`;
    case 'size':
      return `"${fileName}" is ${size}, larger than the ${limit} limit. Trim or compress it first.`;
    case 'type':
      return `"${fileName}" (${
        type || 'unknown type'
      }) is not a video or audio file Panopto accepts. Pick a video or audio recording.`;
    case 'name':
      return `"${fileName}" cannot be used as an upload's file name. Rename the file first.`;
    case 'title':
      return 'Give the session a title.';
    case 'folder':
      return 'Pick a folder to upload into first.';
  }
}

function failure({ code, status, panoptoMessage }: UploadFailureText): string {
  switch (code) {
    case 'upload-forbidden':
      return 'You do not have permission to upload into this folder. Ask for the Creator role on the folder or pick another folder.';
    case 'upload-processing':
      return panoptoMessage
        ? `Panopto could not process the upload: ${panoptoMessage}`
        : 'Panopto could not process the upload.';
    case 'upload-http':
      return `The upload server answered with HTTP ${status}.`;
    case 'upload-setup':
      return 'The upload could not be set up on this site. Ask the site administrator.';
    default:
      return 'The upload failed.';
  }
}

/** The English texts. */
export const DEFAULT_PANOPTO_UPLOAD_TEXTS: PanoptoUploadTexts = {
  dropHint: 'Drop video or audio files here',
  chooseFiles: 'Choose files…',
  pickFolderNote: 'Pick a folder before starting an upload.',
  pickFolderFirst: 'Pick a folder to upload into first.',
  draftsLabel: 'Files ready to upload',
  titleLabel: 'Title',
  descriptionLabel: 'Description',
  upload: 'Upload',
  remove: 'Remove',
  uploadAll: (count) => `Upload all (${count})`,
  queueLabel: 'Uploads',
  phase: (phase, offline) => (phase === 'paused' && offline ? 'Paused (offline)' : PHASES[phase]),
  progressLabel: (title) => `Upload of ${title}`,
  sentOf: (sent, total) => `${sent} of ${total}`,
  speed: (size) => `${size}/s`,
  timeLeft: (duration) => `${duration} left`,
  resumed: 'resumed',
  play: (title) => `Play “${title}”`,
  pause: 'Pause',
  resume: 'Resume',
  retry: 'Retry',
  cancel: 'Cancel',
  dismiss: 'Dismiss',
  finding,
  failure,
  announceUploading: (title) => `Uploading ${title}.`,
  announceProgress: (title, percent) => `${title}: ${percent} uploaded.`,
  announceProcessing: (title) => `${title}: uploaded, Panopto is processing it.`,
  announceReady: (title) => `${title} is ready to play.`,
  announceFailed: (title, reason) => `${title} failed: ${reason}`,
};
