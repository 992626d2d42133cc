import { BasicFolder } from './common';

/** `RemoteRecorderState` */
export enum RemoteRecorderState {
  Stopped = 'Stopped',
  Previewing = 'Previewing',
  Recording = 'Recording',
  Paused = 'Paused',
  Faulted = 'Faulted',
  Disconnected = 'Disconnected',
  RecorderRunning = 'RecorderRunning',
}

/** `RemoteRecorder` from `GET /remoteRecorders/search`. */
export interface RemoteRecorder {
  Id: string;
  Name?: string;
  State: RemoteRecorderState;
  DefaultRecordingFolder?: BasicFolder | null;
}

/** `RemoteRecorderSortFields` */
export type RemoteRecorderSortField = 'Name';
