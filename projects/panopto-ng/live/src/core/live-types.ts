/**
 * The Panopto REST v1 shapes the live entry point works with, spelled exactly as in Panopto's swagger
 * (`Session`, `RemoteRecorder`, `ScheduledRecording`, `ScheduledRecordingCreate`, ...). Only the fields this
 * entry point reads are required; everything else Panopto sends passes through untouched.
 */

/** `BasicFolder` in the swagger. */
export interface LiveBasicFolder {
  Id: string;
  Name?: string | null;
}

/** A session as `/sessions/inProgress/webcast` lists it (a partial `Session`: no `CreatedBy`, few `Urls`). */
export interface LiveSession {
  Id: string;
  Name?: string | null;
  Description?: string | null;
  /** ISO date-time the webcast started (or is scheduled to start). */
  StartTime?: string | null;
  /** Seconds. */
  Duration?: number | null;
  Folder?: string | null;
  FolderDetails?: LiveBasicFolder | null;
  Urls?: { ViewerUrl?: string | null; EmbedUrl?: string | null; ThumbnailUrl?: string | null } | null;
}

/** `RemoteRecorderState` in the swagger. */
export type RemoteRecorderState =
  | 'Stopped'
  | 'Previewing'
  | 'Recording'
  | 'Paused'
  | 'Faulted'
  | 'Disconnected'
  | 'RecorderRunning';

/** `RemoteRecorder` in the swagger. */
export interface LiveRemoteRecorder {
  Id: string;
  Name?: string | null;
  State: RemoteRecorderState;
  DefaultRecordingFolder?: LiveBasicFolder | null;
}

/** `ScheduledRecordingRemoteRecorder` in the swagger: one recorder of a scheduled recording. */
export interface ScheduledRecordingRemoteRecorder {
  RemoteRecorderId: string;
  SuppressPrimary: boolean;
  SuppressSecondary: boolean;
}

/** `ScheduledRecordingCreate` in the swagger: the body of `POST /scheduledRecordings`. */
export interface ScheduledRecordingCreate {
  Name?: string;
  Description?: string;
  /** UTC ISO date-time. */
  StartTime: string;
  /** UTC ISO date-time. */
  EndTime: string;
  FolderId: string;
  Recorders?: ScheduledRecordingRemoteRecorder[];
  IsBroadcast: boolean;
}

/** `ScheduledRecordingUpdate` in the swagger: the body of `PUT /scheduledRecordings/{id}` (times only). */
export interface ScheduledRecordingUpdate {
  StartTime?: string;
  EndTime?: string;
}

/** `RecorderScheduleEntry` in the swagger. */
export interface RecorderScheduleEntry {
  Id?: string;
  Name?: string | null;
  RecorderId: string;
  SuppressPrimaryCapture: boolean;
  SuppressSecondaryCapture: boolean;
  RecorderDescription?: string | null;
}

/** `ScheduledRecording` in the swagger. Its `Id` is the session id of the recording. */
export interface LiveScheduledRecording {
  Id: string;
  Name?: string | null;
  StartTime?: string | null;
  EndTime?: string | null;
  RecorderScheduleEntries?: RecorderScheduleEntry[] | null;
}
