// The texts of the caption components: their typed shape and the English defaults. Pure data (no Angular), so
// the translations and the leftover-English test load it anywhere.
import { plural } from 'panopto-ng/core';
import { captionLanguageLabel } from '../api/caption-languages';
import type { ContentLanguage, ExclusionReason } from '../api/caption-models';
import type { CaptionFinding } from '../checker/caption-findings';

/**
 * Every text the caption components show or announce. Override one with
 * `providePanoptoTexts(PANOPTO_CAPTIONS_TEXTS, { heading: 'Subtitles' })`; translations: `PANOPTO_CAPTIONS_FR`,
 * `PANOPTO_CAPTIONS_AR`.
 */
export interface PanoptoCaptionsTexts {
  heading: string;
  languagesHeading: string;
  noCaptions: string;
  noPlayer: string;
  hasCaptionsNoPlayer: string;
  /** The name of a caption language in the option list and in sentences. */
  languageName: (language: ContentLanguage) => string;
  deleteLanguage: (label: string) => string;
  confirmDelete: (label: string) => string;
  confirm: string;
  cancel: string;
  deleted: (label: string) => string;
  uploadHeading: string;
  languageLabel: string;
  dropHint: string;
  chooseFile: string;
  checking: (fileName: string) => string;
  checkedOk: (fileName: string, cues: number) => string;
  findingsHeading: (fileName: string, count: number) => string;
  /** One finding of the caption-file checker, with its line. */
  finding: (finding: CaptionFinding) => string;
  /** Findings beyond those listed. */
  moreFindings: (count: number) => string;
  upload: string;
  uploading: (fileName: string) => string;
  uploaded: (label: string) => string;
  requestHeading: string;
  requestIntro: string;
  preview: string;
  previewing: string;
  providerLabel: string;
  eligible: string;
  conditionallyEligible: string;
  excluded: string;
  /** The preview's summary: how many of the sessions can be captioned. */
  eligibleSummary: (eligible: number, total: number) => string;
  reason: (reason: ExclusionReason) => string;
  schedule: (count: number, language: string) => string;
  scheduled: (count: number) => string;
  pending: (count: number) => string;
  requestDone: string;
  forbiddenEdit: string;
  forbiddenRequest: string;
  panoptoError: (message: string) => string;
  captionsOff: string;
  pickerLabel: string;
  automaticProviderLabel: string;
  automaticProviderNone: string;
  automaticProviderSaved: (name: string) => string;
}

const REASONS: Record<ExclusionReason, string> = {
  None: 'Eligible.',
  NotFound: 'The session was not found.',
  InsufficientPermissions: 'You may not request captions for this session.',
  InvalidTranscriptionRequestType: 'This kind of request is not available for this session.',
  NoActiveDelivery: 'The session is still recording or processing.',
  NoPrimaryStream: 'The session has no video yet.',
  PendingEdits: 'The session has edits that are still being applied.',
  PendingRequest: 'A request is already in progress.',
  UnsupportedLanguage: 'The provider does not support this language.',
  AlreadyHasAudioDescription: 'The session already has an audio description.',
  AlreadyHasCaptions: 'The session already has captions.',
  AlreadyHasAsrCaptions: 'The session has machine captions; a request replaces them.',
  NoSourceCaptions: 'There are no captions to translate from.',
  SchedulingFailed: 'Panopto could not schedule the request.',
};

const requests = (count: number) => plural('en', count, { one: '# request', other: '# requests' });

/** The English texts. */
export const DEFAULT_PANOPTO_CAPTIONS_TEXTS: PanoptoCaptionsTexts = {
  heading: 'Captions',
  languagesHeading: 'Languages',
  noCaptions: 'No captions yet. Upload a caption file or request captions below.',
  noPlayer: 'Connect a player to list the caption languages.',
  hasCaptionsNoPlayer: 'This session has captions.',
  languageName: captionLanguageLabel,
  deleteLanguage: (label) => `Delete ${label} captions`,
  confirmDelete: (label) => `Delete the ${label} captions? This cannot be undone.`,
  confirm: 'Delete',
  cancel: 'Cancel',
  deleted: (label) => `${label} captions deleted.`,
  uploadHeading: 'Upload a caption file',
  languageLabel: 'Language',
  dropHint: 'Drop an SRT or WebVTT file here, or',
  chooseFile: 'Choose file',
  checking: (name) => `Checking ${name}…`,
  checkedOk: (name, cues) => `${name}: ${plural('en', cues, { one: '# cue', other: '# cues' })}, no problems found.`,
  findingsHeading: (name, count) =>
    `${name} was not uploaded: ${plural('en', count, { one: '# problem', other: '# problems' })} to fix`,
  finding: (f) => `Line ${f.line}: ${f.message} ${f.fix}`,
  moreFindings: (count) => plural('en', count, { one: '… and # more problem', other: '… and # more problems' }),
  upload: 'Upload',
  uploading: (name) => `Uploading ${name}…`,
  uploaded: (label) => `${label} captions uploaded.`,
  requestHeading: 'Request captions from a provider',
  requestIntro: 'Check which sessions can be captioned, choose a provider, then schedule.',
  preview: 'Check eligibility',
  previewing: 'Checking eligibility…',
  providerLabel: 'Provider',
  eligible: 'Eligible',
  conditionallyEligible: 'Eligible (replaces existing)',
  excluded: 'Not eligible',
  eligibleSummary: (eligible, total) =>
    plural('en', total, { one: `${eligible} of # session eligible`, other: `${eligible} of # sessions eligible` }),
  reason: (r) => REASONS[r] ?? r,
  schedule: (count, language) => `Schedule ${requests(count)} for ${language} captions`,
  scheduled: (count) => `${requests(count)} scheduled.`,
  pending: (count) => `${requests(count)} in progress…`,
  requestDone: 'Requested captions are ready.',
  forbiddenEdit:
    "You can't change captions of this session. Ask a creator of its folder (or your Panopto administrator) for creator access.",
  forbiddenRequest:
    'Requesting captions from a provider is for Panopto administrators. Ask your Panopto administrator to request them.',
  panoptoError: (message) => `Panopto reported an error: ${message}`,
  captionsOff: 'Off',
  pickerLabel: 'Captions',
  automaticProviderLabel: 'Automatic captions for new recordings',
  automaticProviderNone: 'None',
  automaticProviderSaved: (name) => `Automatic captions: ${name}.`,
};
