// Moves scheduled recordings through their life on the emulator's clock:
//   before StartTime  scheduled (no media, not in progress)
//   Start ≤ now < End on air: a broadcast is listed by /sessions/inProgress/webcast (a plain scheduled recording
//                     by /sessions/inProgress/recording), plays a looping generated feed, its recorder shows
//                     `Recording`
//   now ≥ EndTime     ended: on demand (playable, Duration = End − Start), recorder back to its previous state
// Applying is idempotent: it computes the wanted state of every scheduled recording and changes only what differs.
import type { EmulatorStore } from '../store/store.js';
import type { RemoteRecorderState, ScheduledRecordingRecord, SessionRecord } from '../store/types.js';

export type BroadcastPhase = 'scheduled' | 'onAir' | 'ended';

export function phaseAt(
  record: Pick<ScheduledRecordingRecord, 'StartTime' | 'EndTime'>,
  nowMs: number,
): BroadcastPhase {
  if (nowMs < Date.parse(record.StartTime)) return 'scheduled';
  return nowMs < Date.parse(record.EndTime) ? 'onAir' : 'ended';
}

/** A stable generated-video variant for a session, so the same broadcast always shows the same feed. */
function variantFor(sessionId: string, variantCount: number): number {
  let h = 0;
  for (const c of sessionId) h = (h * 31 + c.charCodeAt(0)) >>> 0;
  return h % Math.max(1, variantCount);
}

export interface PhaseChange {
  sessionId: string;
  name: string;
  phase: BroadcastPhase;
}

/**
 * Applies the phases of every scheduled recording at `nowMs`. `recorderStateBefore` remembers the state a
 * recorder had before it started recording, to restore it afterwards. Returns what changed.
 */
export function applyBroadcastPhases(
  store: EmulatorStore,
  nowMs: number,
  variantCount: number,
  recorderStateBefore: Map<string, RemoteRecorderState>,
): PhaseChange[] {
  const changes: PhaseChange[] = [];
  const recording = new Set<string>();
  for (const record of store.scheduledRecordings.values()) {
    const session = store.sessions.get(record.Id);
    if (!session) continue;
    const phase = phaseAt(record, nowMs);
    if (phase === 'onAir') record.RecorderScheduleEntries.forEach((e) => recording.add(e.RecorderId));
    if (applyToSession(session, record, phase, variantCount))
      changes.push({ sessionId: session.Id, name: session.Name, phase });
  }
  for (const recorder of store.remoteRecorders.values()) {
    if (recording.has(recorder.Id)) {
      if (recorder.State !== 'Recording') {
        recorderStateBefore.set(recorder.Id, recorder.State);
        recorder.State = 'Recording';
      }
    } else if (recorderStateBefore.has(recorder.Id)) {
      recorder.State = recorderStateBefore.get(recorder.Id) as RemoteRecorderState;
      recorderStateBefore.delete(recorder.Id);
    }
  }
  if (changes.length) store.changed();
  return changes;
}

function applyToSession(
  session: SessionRecord,
  record: ScheduledRecordingRecord,
  phase: BroadcastPhase,
  variants: number,
): boolean {
  const before = JSON.stringify([session.InProgress, session.Media, session.Duration]);
  const kind = record.IsBroadcast ? 'webcast' : 'recording';
  const duration = Math.round((Date.parse(record.EndTime) - Date.parse(record.StartTime)) / 1000);
  if (phase === 'scheduled') {
    delete session.InProgress;
    session.Media = { kind: 'none' };
  } else {
    if (session.Media.kind === 'none') session.Media = { kind: 'generated', variant: variantFor(session.Id, variants) };
    session.Duration = duration;
    if (phase === 'onAir') session.InProgress = kind;
    else delete session.InProgress;
  }
  return JSON.stringify([session.InProgress, session.Media, session.Duration]) !== before;
}

/**
 * Whether a session is broadcasting now (listed by `/sessions/inProgress/webcast`). For the Embed page: a live
 * session plays its feed in a loop with a live marker.
 */
export function isSessionLive(store: EmulatorStore, sessionId: string): boolean {
  return store.sessions.get(sessionId.toLowerCase())?.InProgress === 'webcast';
}
