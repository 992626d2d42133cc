// Every function-valued caption text, in each shipped translation, run with realistic arguments (the rules are in
// testing-support/translation-texts.ts).
import type { ExclusionReason } from '../api/caption-models';
import { CONTENT_LANGUAGES } from '../api/caption-models';
import type { CaptionFinding, CaptionFindingCode } from '../checker/caption-findings';
import { everyMember, TextSamples, translatedTextProblems } from '../../../testing-support/translation-texts';
import { PANOPTO_CAPTIONS_AR } from './captions-ar';
import { PANOPTO_CAPTIONS_FR } from './captions-fr';
import { DEFAULT_PANOPTO_CAPTIONS_TEXTS, PanoptoCaptionsTexts } from './captions-texts';

const FINDING_CODES = everyMember<CaptionFindingCode>({
  'empty-file': true,
  'too-large': true,
  'wrong-encoding': true,
  'not-a-caption-file': true,
  'missing-header': true,
  'bad-cue-number': true,
  'bad-timestamp': true,
  'end-before-start': true,
  'out-of-order': true,
  overlap: true,
  'empty-cue': true,
  'line-too-long': true,
});
const REASONS = everyMember<ExclusionReason>({
  None: true,
  NotFound: true,
  InsufficientPermissions: true,
  InvalidTranscriptionRequestType: true,
  NoActiveDelivery: true,
  NoPrimaryStream: true,
  PendingEdits: true,
  PendingRequest: true,
  UnsupportedLanguage: true,
  AlreadyHasAudioDescription: true,
  AlreadyHasCaptions: true,
  AlreadyHasAsrCaptions: true,
  NoSourceCaptions: true,
  SchedulingFailed: true,
});
const finding = (code: CaptionFindingCode): CaptionFinding => ({
  code,
  line: 14,
  message: 'Cue 3 ends at 00:00:02,000, before it starts (00:00:04,000).',
  fix: 'Give it an end time after its start time.',
});

const SAMPLES: TextSamples<PanoptoCaptionsTexts> = {
  languageName: CONTENT_LANGUAGES.map((language) => [language]),
  deleteLanguage: [['English (US)']],
  confirmDelete: [['English (US)']],
  deleted: [['English (US)']],
  checking: [['lecture-03.srt']],
  checkedOk: [['lecture-03.srt', 412]],
  findingsHeading: [['lecture-03.vtt', 3]],
  finding: FINDING_CODES.map((code) => [finding(code)]),
  moreFindings: [[12]],
  uploading: [['lecture-03.srt']],
  uploaded: [['Français (France)']],
  eligibleSummary: [
    [4, 7],
    [1, 1],
  ],
  reason: REASONS.map((reason) => [reason]),
  schedule: [[4, 'Spanish (Mexico)']],
  scheduled: [[4]],
  pending: [[2]],
  panoptoError: [['The session is locked for editing.']],
  automaticProviderSaved: [['Verbit']],
};

describe('caption texts in French and Arabic, run with sample arguments', () => {
  for (const translation of [PANOPTO_CAPTIONS_FR, PANOPTO_CAPTIONS_AR])
    it(`${translation.language}: every text function gives a non-empty text in the language`, () => {
      // The Arabic summary reads "4 of 7 eligible", with no counted noun to agree.
      const countFree = translation.language === 'ar' ? (['eligibleSummary'] as const) : [];
      expect(translatedTextProblems(DEFAULT_PANOPTO_CAPTIONS_TEXTS, translation, SAMPLES, { countFree })).toEqual([]);
    });
});
