/** `RecorderScheduleEntry`: a recorder booked for a scheduled recording. */
export interface RecorderScheduleEntry {
  Id?: string;
  Name?: string;
  RecorderId: string;
  SuppressPrimaryCapture: boolean;
  SuppressSecondaryCapture: boolean;
  RecorderDescription?: string;
}

/** `ScheduledRecording`. `Id` is the id of the session that will hold the recording. */
export interface ScheduledRecording {
  Id: string;
  Name?: string;
  RecorderScheduleEntries?: RecorderScheduleEntry[];
  /** ISO date-time. */
  StartTime?: string;
  /** ISO date-time. */
  EndTime?: string;
}

/** `ScheduledRecordingRemoteRecorder`: one recorder of a new scheduled recording (Panopto allows one). */
export interface ScheduledRecordingRemoteRecorder {
  RemoteRecorderId: string;
  /** At least one recorder must not suppress the primary stream. */
  SuppressPrimary: boolean;
  SuppressSecondary: boolean;
}

/** `ScheduledRecordingCreate`: body of `POST /scheduledRecordings`. `IsBroadcast: true` webcasts it live. */
export interface ScheduledRecordingCreate {
  Name?: string;
  Description?: string;
  /** ISO date-time. */
  StartTime: string;
  /** ISO date-time. */
  EndTime: string;
  FolderId: string;
  Recorders?: ScheduledRecordingRemoteRecorder[];
  IsBroadcast: boolean;
}

/** `ScheduledRecordingUpdate`: body of `PUT /scheduledRecordings/{id}`; UTC times in the future. */
export interface ScheduledRecordingUpdate {
  StartTime?: string;
  EndTime?: string;
}
