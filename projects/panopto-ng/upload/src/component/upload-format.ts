import { formatBytes } from '../core/validation';
import { UploadPhase, UploadSnapshot } from '../core/upload-types';

/** "12.3 MB/s" */
export function formatSpeed(bytesPerSecond: number): string {
  return bytesPerSecond > 0 ? `${formatBytes(Math.round(bytesPerSecond))}/s` : '';
}

/** "2 min 5 s left", "8 s left", or '' while unknown. */
export function formatTimeLeft(seconds: number | null): string {
  if (seconds === null || !Number.isFinite(seconds)) return '';
  const s = Math.max(0, Math.round(seconds));
  if (s >= 3600) return `${Math.floor(s / 3600)} h ${Math.round((s % 3600) / 60)} min left`;
  if (s >= 60) return `${Math.floor(s / 60)} min ${s % 60} s left`;
  return `${s} s left`;
}

const PHASE_LABELS: Record<UploadPhase, string> = {
  queued: 'Waiting',
  uploading: 'Uploading',
  paused: 'Paused',
  finishing: 'Finishing upload',
  processing: 'Processing in Panopto',
  complete: 'Ready to play',
  error: 'Failed',
  cancelled: 'Cancelled',
};

export function phaseLabel(snapshot: UploadSnapshot): string {
  if (snapshot.phase === 'paused' && snapshot.pausedOffline) return 'Paused (offline)';
  return PHASE_LABELS[snapshot.phase];
}

/** The progress milestone (25, 50, 75, 100) reached by `percent`, for announcements. */
export function milestone(percent: number): number {
  return percent >= 100 ? 100 : percent >= 75 ? 75 : percent >= 50 ? 50 : percent >= 25 ? 25 : 0;
}

export { formatBytes };
