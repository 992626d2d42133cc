/**
 * What sinks receive. Deliberately flat and free of personal data: a session id, a random view id, and the
 * app's opaque viewer id only when the app passes one to `track()`.
 */

/** Kinds of analytics events sent to sinks. Raw time updates are not sent; closed runs (`watched`) are. */
export type PanoptoAnalyticsEventType =
  | 'view-start'
  | 'play'
  | 'pause'
  | 'seek'
  | 'rate'
  | 'ended'
  | 'hidden'
  | 'visible'
  | 'watched'
  | 'view-end';

/** One engagement event as sent to sinks. */
export interface PanoptoAnalyticsEvent {
  /** `${viewId}:${sequence}`: unique and stable, so a backend can drop duplicates after a retry. */
  readonly id: string;
  readonly type: PanoptoAnalyticsEventType;
  /** ISO 8601 time the event happened in the browser. */
  readonly at: string;
  readonly sessionId: string;
  /** Random per `track()` call; not derived from the user. */
  readonly viewId: string;
  /** Only when the app passed `viewerId` to `track()`. */
  readonly viewerId?: string;
  /** Media position in seconds, where one applies. */
  readonly positionSeconds?: number;
  /** `seek`: where the jump started and ended. */
  readonly fromSeconds?: number;
  readonly toSeconds?: number;
  /** `rate`: the new playback rate. */
  readonly rate?: number;
  /** `watched`: a played run `[startSeconds, endSeconds)`. */
  readonly startSeconds?: number;
  readonly endSeconds?: number;
  /** `view-start`/`view-end`/`ended`: the media duration; `view-end`/`ended`: completion 0–100. */
  readonly durationSeconds?: number;
  readonly completionPercent?: number;
}

/** What one `send()` delivers. */
export interface PanoptoAnalyticsBatch {
  /** Random id of the batch; the same on every retry of it. */
  readonly batchId: string;
  /** ISO 8601 time the batch was formed. */
  readonly createdAt: string;
  readonly events: readonly PanoptoAnalyticsEvent[];
}
