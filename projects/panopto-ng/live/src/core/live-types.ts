/**
 * The Panopto models the live entry point works with come from the core (`panopto-ng/core`), spelled as in
 * Panopto's swagger. Re-exported here only for the files of this entry point; apps import them from
 * `panopto-ng`.
 */
export type {
  BasicFolder,
  RemoteRecorder,
  RecorderScheduleEntry,
  ScheduledRecording,
  ScheduledRecordingCreate,
  ScheduledRecordingRemoteRecorder,
  ScheduledRecordingUpdate,
  Session,
} from 'panopto-ng/core';
export { RemoteRecorderState } from 'panopto-ng/core';
