// The texts of the live components: their typed shape and the English defaults. Pure data (no Angular), so the
// translations and the leftover-English test load it anywhere.
import { RemoteRecorderState, plural } from 'panopto-ng/core';
import type { LivePlayerPhase } from '../live-player/live-player-phase';
import type { BroadcastIssue } from '../schedule/broadcast-validation';

/** A conflicting booking as the schedule form lists it: times already formatted (in UTC) in the language. */
export interface LiveConflictText {
  readonly name?: string;
  readonly sessionId?: string;
  readonly date?: string;
  readonly start?: string;
  readonly end?: string;
}

/**
 * Every text the live components show or announce. Times, dates and durations arrive already formatted in the
 * current language. Override one with `providePanoptoTexts(PANOPTO_LIVE_TEXTS, { watch: 'Join' })`;
 * translations: `PANOPTO_LIVE_FR`, `PANOPTO_LIVE_AR`.
 */
export interface PanoptoLiveTexts {
  // <panopto-live-now>
  onAirHeading: string;
  watch: string;
  checkingOnAir: string;
  onAirFailed: (reason: string) => string;
  retryIn: (seconds: number) => string;
  mayBeOutOfDate: string;
  nothingOnAir: string;
  liveBadge: string;
  /** Read before a webcast's name by screen readers (the badge is hidden from them). */
  liveBefore: string;
  untitledWebcast: string;
  /** Before the start time of a row. */
  started: string;
  /** Before the time a webcast has been on air. */
  onAirFor: string;
  announceOnAirFailed: (seconds: number) => string;
  announceOnAirCount: (count: number) => string;
  announceNowOnAir: (names: readonly string[]) => string;
  announceOffAir: (names: readonly string[]) => string;

  // <panopto-live-player>
  notASessionId: (id: string) => string;
  /** Before the start date and time. */
  startsAt: string;
  /** Before the countdown. */
  startsIn: string;
  startingNote: string;
  liveIndicator: string;
  livePlayerLabel: string;
  endedNote: string;
  /** Announced when the phase changes (empty for none). */
  phaseAnnouncement: (phase: LivePlayerPhase) => string;

  // <panopto-schedule-broadcast>
  recorderLabel: string;
  loadingRecorders: string;
  chooseRecorder: string;
  recorderState: (state: RemoteRecorderState) => string;
  recorderOption: (name: string, state: string) => string;
  recordersFailed: (reason: string) => string;
  announceRecordersFailed: (reason: string) => string;
  tryAgain: string;
  noRecorders: string;
  recorderStateLine: (state: string, unavailable: boolean) => string;
  folderLabel: string;
  recorderDefaultFolder: string;
  noFolder: string;
  chooseAnotherFolder: string;
  closeFolderList: string;
  folderBrowserLabel: string;
  defaultFolderName: string;
  titleLabel: string;
  timeZoneNote: (zone: string) => string;
  startsLabel: string;
  endsLabel: string;
  /** What will be sent to Panopto, a date and time formatted in UTC. */
  utcPreview: (dateTime: string) => string;
  suppressSecondary: string;
  conflictHeading: (listed: boolean) => string;
  conflict: (conflict: LiveConflictText) => string;
  panoptoSays: (message: string) => string;
  conflictAdvice: string;
  announceConflict: (conflicts: readonly string[]) => string;
  scheduleAnyway: string;
  changeTime: string;
  notScheduled: (reason: string) => string;
  /** A rule the broadcast breaks, next to its field. */
  issue: (issue: BroadcastIssue) => string;
  announceIssues: (messages: readonly string[]) => string;
  scheduling: string;
  schedule: string;
  scheduled: (name: string) => string;
  sessionTerm: string;
  onAirTerm: string;
  recorderTerm: string;
  scheduleAnother: string;

  // Failed requests without Panopto's own words.
  httpError: (status: number) => string;
  requestFailed: string;
}

const STATES: Record<RemoteRecorderState, string> = {
  Stopped: 'Stopped',
  Previewing: 'Previewing',
  Recording: 'Recording',
  Paused: 'Paused',
  Faulted: 'Faulted',
  Disconnected: 'Disconnected',
  RecorderRunning: 'Running',
};

const PHASES: Record<LivePlayerPhase, string> = {
  upcoming: 'The broadcast has not started yet.',
  starting: 'The broadcast is about to start.',
  live: 'The broadcast is live.',
  ended: 'The broadcast has ended. The recording is available.',
  'on-demand': '',
};

function issue({ field, rule }: BroadcastIssue): string {
  const start = field === 'StartTime';
  switch (rule) {
    case 'required':
      if (field === 'Name') return 'Give the broadcast a title.';
      if (field === 'FolderId') return 'Choose the folder the broadcast is saved in.';
      return start ? 'Choose when the broadcast starts.' : 'Choose when the broadcast ends.';
    case 'invalidDate':
      return start ? 'The start time is not a date.' : 'The end time is not a date.';
    case 'notInFuture':
      return start ? 'The start time must be in the future.' : 'The end time must be in the future.';
    case 'endNotAfterStart':
      return 'The end time must be after the start time.';
    case 'invalidId':
      return field === 'FolderId' ? 'That is not a folder id.' : 'That is not a remote recorder id.';
    case 'exactlyOneRecorder':
      return 'Choose the remote recorder that captures the broadcast.';
    case 'primarySuppressed':
      return 'The recorder must capture its primary stream.';
  }
}

/** The English texts. */
export const DEFAULT_PANOPTO_LIVE_TEXTS: PanoptoLiveTexts = {
  onAirHeading: 'On air now',
  watch: 'Watch',
  checkingOnAir: 'Checking what is on air…',
  onAirFailed: (reason) => `Could not check what is on air: ${reason}`,
  retryIn: (seconds) =>
    plural('en', seconds, { one: 'Trying again in # second.', other: 'Trying again in # seconds.' }),
  mayBeOutOfDate: 'The list below may be out of date.',
  nothingOnAir: 'Nothing is on air right now.',
  liveBadge: 'Live',
  liveBefore: 'Live:',
  untitledWebcast: 'Untitled webcast',
  started: 'started',
  onAirFor: '· on air',
  announceOnAirFailed: (seconds) =>
    plural('en', seconds, {
      one: 'Could not check what is on air. Trying again in # second.',
      other: 'Could not check what is on air. Trying again in # seconds.',
    }),
  announceOnAirCount: (count) =>
    count === 0
      ? 'Nothing is on air right now.'
      : plural('en', count, { one: '# webcast on air now.', other: '# webcasts on air now.' }),
  announceNowOnAir: (names) => `Now on air: ${names.join(', ')}.`,
  announceOffAir: (names) => `Off air: ${names.join(', ')}.`,

  notASessionId: (id) => `'${id}' is not a Panopto session id, so there is nothing to play.`,
  startsAt: 'Starts at',
  startsIn: 'in',
  startingNote: 'Starting… the broadcast will appear here as soon as it is on air.',
  liveIndicator: 'Live',
  livePlayerLabel: 'Live broadcast',
  endedNote: 'The broadcast has ended. This is the recording.',
  phaseAnnouncement: (phase) => PHASES[phase],

  recorderLabel: 'Remote recorder',
  loadingRecorders: 'Loading recorders…',
  chooseRecorder: 'Choose a recorder',
  recorderState: (state) => STATES[state] ?? state,
  recorderOption: (name, state) => `${name} — ${state}`,
  recordersFailed: (reason) => `Could not load the recorders: ${reason}`,
  announceRecordersFailed: (reason) => `Could not load the remote recorders. ${reason}`,
  tryAgain: 'Try again',
  noRecorders: 'No remote recorders are available to you.',
  recorderStateLine: (state, unavailable) =>
    unavailable
      ? `State: ${state}. The broadcast starts only if the recorder is back online by then.`
      : `State: ${state}`,
  folderLabel: 'Folder',
  recorderDefaultFolder: "(the recorder's default folder)",
  noFolder: 'Choose a recorder or a folder.',
  chooseAnotherFolder: 'Choose another folder',
  closeFolderList: 'Close the folder list',
  folderBrowserLabel: 'Folder for the broadcast',
  defaultFolderName: 'Default folder',
  titleLabel: 'Title',
  timeZoneNote: (zone) => `Times are in your time zone, ${zone}, and sent to Panopto in UTC.`,
  startsLabel: 'Starts',
  endsLabel: 'Ends',
  utcPreview: (dateTime) => `${dateTime} UTC`,
  suppressSecondary: 'Leave out the secondary stream (screen capture)',
  conflictHeading: (listed) =>
    listed ? 'The recorder is already booked at that time by:' : 'The recorder is already booked at that time',
  conflict: ({ name, sessionId, date, start, end }) => {
    const who = name ? `“${name}”` : sessionId ? `session ${sessionId}` : 'a session';
    return start && end ? `${who} (${date} ${start}–${end} UTC)` : who;
  },
  panoptoSays: (message) => `Panopto says: ${message}`,
  conflictAdvice: 'Choose another time or recorder, or schedule anyway and let Panopto resolve the conflict.',
  announceConflict: (conflicts) =>
    conflicts.length
      ? `The recorder is already booked at that time by ${conflicts.join(', ')}.`
      : 'The recorder is already booked at that time.',
  scheduleAnyway: 'Schedule anyway',
  changeTime: 'Change the time',
  notScheduled: (reason) => `The broadcast was not scheduled. ${reason}`,
  issue,
  announceIssues: (messages) =>
    `The broadcast was not scheduled. ${plural('en', messages.length, {
      one: 'One field needs',
      other: '# fields need',
    })} attention: ${messages.join(' ')}`,
  scheduling: 'Scheduling…',
  schedule: 'Schedule broadcast',
  scheduled: (name) => `Scheduled “${name}”.`,
  sessionTerm: 'Session',
  onAirTerm: 'On air',
  recorderTerm: 'Recorder',
  scheduleAnother: 'Schedule another broadcast',

  httpError: (status) => `Panopto answered with HTTP ${status}.`,
  requestFailed: 'The request failed.',
};
