// Every function-valued upload text, in each shipped translation, run with realistic arguments (the rules are in
// testing-support/translation-texts.ts).
import { everyMember, TextSamples, translatedTextProblems } from '../../../testing-support/translation-texts';
import type { UploadValidationReason } from '../core/upload-errors';
import type { UploadPhase } from '../core/upload-types';
import { PANOPTO_UPLOAD_AR } from './upload-ar';
import { PANOPTO_UPLOAD_FR } from './upload-fr';
import { DEFAULT_PANOPTO_UPLOAD_TEXTS, PanoptoUploadTexts, UploadFailureText } from './upload-texts';

const PHASES = everyMember<UploadPhase>({
  queued: true,
  uploading: true,
  paused: true,
  finishing: true,
  processing: true,
  complete: true,
  error: true,
  cancelled: true,
});
const REASONS = everyMember<UploadValidationReason>({
  type: true,
  size: true,
  empty: true,
  folder: true,
  title: true,
  name: true,
});
// Each failure the component words itself, with and without Panopto's own words, and one it does not know.
const FAILURES: UploadFailureText[] = [
  { code: 'upload-forbidden', panoptoMessage: 'Access denied' },
  { code: 'upload-processing', panoptoMessage: 'The file has no audio or video stream.' },
  { code: 'upload-processing', panoptoMessage: null },
  { code: 'upload-http', status: 507 },
  { code: 'upload-setup' },
  { code: 'upload-failed' },
];
const TITLE = 'Week 3 - Organic chemistry';

const SAMPLES: TextSamples<PanoptoUploadTexts> = {
  uploadAll: [[3]],
  phase: PHASES.flatMap((phase) => [
    [phase, false],
    [phase, true],
  ]),
  progressLabel: [[TITLE]],
  sentOf: [['12.5 MB', '48 MB']],
  speed: [['2.1 MB']],
  timeLeft: [['3 minutes']],
  play: [[TITLE]],
  finding: REASONS.flatMap((reason) => [
    [{ reason, fileName: 'week-3.mp4', size: '2.4 GB', limit: '2 GB', type: 'video/mp4' }],
    [{ reason, fileName: 'notes.docx', size: '0 B', limit: '2 GB', type: '' }],
  ]),
  failure: FAILURES.map((failure) => [failure]),
  announceUploading: [[TITLE]],
  announceProgress: [[TITLE, '40 %']],
  announceProcessing: [[TITLE]],
  announceReady: [[TITLE]],
  announceFailed: [[TITLE, 'The upload server answered with HTTP error 507.']],
};

describe('upload texts in French and Arabic, run with sample arguments', () => {
  for (const translation of [PANOPTO_UPLOAD_FR, PANOPTO_UPLOAD_AR])
    it(`${translation.language}: every text function gives a non-empty text in the language`, () => {
      expect(translatedTextProblems(DEFAULT_PANOPTO_UPLOAD_TEXTS, translation, SAMPLES)).toEqual([]);
    });
});
