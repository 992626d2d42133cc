// Every function-valued live text, in each shipped translation, run with realistic arguments (the rules are in
// testing-support/translation-texts.ts).
import type { RemoteRecorderState } from 'panopto-ng/core';
import { everyMember, TextSamples, translatedTextProblems } from '../../../testing-support/translation-texts';
import type { LivePlayerPhase } from '../live-player/live-player-phase';
import type { BroadcastField, BroadcastIssue, BroadcastRule } from '../schedule/broadcast-validation';
import { PANOPTO_LIVE_AR } from './live-ar';
import { PANOPTO_LIVE_FR } from './live-fr';
import { DEFAULT_PANOPTO_LIVE_TEXTS, PanoptoLiveTexts } from './live-texts';

const PHASES = everyMember<LivePlayerPhase>({
  upcoming: true,
  starting: true,
  live: true,
  ended: true,
  'on-demand': true,
});
const STATES = everyMember<RemoteRecorderState>({
  Stopped: true,
  Previewing: true,
  Recording: true,
  Paused: true,
  Faulted: true,
  Disconnected: true,
  RecorderRunning: true,
});
const FIELDS = everyMember<BroadcastField>({
  Id: true,
  Name: true,
  StartTime: true,
  EndTime: true,
  FolderId: true,
  Recorders: true,
});
const RULES = everyMember<BroadcastRule>({
  required: true,
  invalidDate: true,
  notInFuture: true,
  endNotAfterStart: true,
  invalidId: true,
  exactlyOneRecorder: true,
  primarySuppressed: true,
});
// Every rule on every field: the wording depends on both (a required title, a required start time...).
const ISSUES: BroadcastIssue[] = RULES.flatMap((rule) =>
  FIELDS.map((field) => ({ field, rule, message: `${field} breaks ${rule}` })),
);
const SESSION_ID = '4f0b8a52-9c1e-4d7a-b3f6-2a8e5c7d9e10';

const SAMPLES: TextSamples<PanoptoLiveTexts> = {
  onAirFailed: [['The server did not answer (HTTP 503).']],
  retryIn: [[30]],
  announceOnAirFailed: [[30]],
  announceOnAirCount: [[0], [3]],
  announceNowOnAir: [[['Chemistry 101 lecture', 'Faculty town hall']]],
  announceOffAir: [[['Chemistry 101 lecture']]],
  notASessionId: [['lecture-3']],
  phaseAnnouncement: PHASES.map((phase) => [phase]),
  recorderState: STATES.map((state) => [state]),
  recorderOption: [['Room 2.14 recorder', 'Previewing']],
  recordersFailed: [['The server did not answer (HTTP 503).']],
  announceRecordersFailed: [['The server did not answer (HTTP 503).']],
  recorderStateLine: [
    ['Disconnected', true],
    ['Previewing', false],
  ],
  timeZoneNote: [['Europe/Paris']],
  utcPreview: [['12/08/2026, 14:30']],
  conflictHeading: [[true], [false]],
  conflict: [
    [{ name: 'Organic chemistry', date: '12/08/2026', start: '14:00', end: '15:30' }],
    [{ sessionId: SESSION_ID, date: '12/08/2026', start: '14:00', end: '15:30' }],
    [{ sessionId: SESSION_ID }],
    [{}],
  ],
  panoptoSays: [['The recorder is offline.']],
  announceConflict: [[['“Organic chemistry” (12/08/2026 14:00–15:30 UTC)']], [[]]],
  notScheduled: [['The recorder is offline.']],
  issue: ISSUES.map((issue) => [issue]),
  announceIssues: [[['Give the broadcast a title.']], [['Give the broadcast a title.', 'Choose a folder.']]],
  scheduled: [['Organic chemistry, week 3']],
  httpError: [[503]],
};

describe('live texts in French and Arabic, run with sample arguments', () => {
  for (const translation of [PANOPTO_LIVE_FR, PANOPTO_LIVE_AR])
    it(`${translation.language}: every text function gives a non-empty text in the language`, () => {
      expect(translatedTextProblems(DEFAULT_PANOPTO_LIVE_TEXTS, translation, SAMPLES)).toEqual([]);
    });
});
