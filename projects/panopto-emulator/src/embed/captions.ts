// Captions of seeded sessions: the generated seed videos get an English WebVTT track (one cue every few
// seconds naming the session), so caption APIs have something real to list, enable and show.
import type { SessionRecord } from '../store/types.js';

export function hasCaptions(session: SessionRecord): boolean {
  return session.Media.kind === 'generated';
}

function stamp(seconds: number): string {
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  return `${String(m).padStart(2, '0')}:${s.toFixed(3).padStart(6, '0')}`;
}

export function captionsVtt(session: SessionRecord, cueSeconds = 4): string {
  const lines = ['WEBVTT', ''];
  const duration = Math.max(1, Math.ceil(session.Duration));
  for (let start = 0, n = 1; start < duration; start += cueSeconds, n++) {
    const end = Math.min(duration, start + cueSeconds);
    lines.push(String(n), `${stamp(start)} --> ${stamp(end)}`, `${session.Name} (${start}–${end} s)`, '');
  }
  return lines.join('\n');
}

/**
 * Panopto's caption download path (REST `Urls.CaptionDownloadUrl`); the emulator serves SubRip there, from the
 * session's caption tracks (api/session-captions.ts builds the URL per language).
 */
export const CAPTION_DOWNLOAD_PATH = '/Panopto/Pages/Transcription/GenerateSRT.ashx';
