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

/** Panopto's caption download path (REST `Urls.CaptionDownloadUrl`); the emulator serves SubRip there. */
export const CAPTION_DOWNLOAD_PATH = '/Panopto/Pages/Transcription/GenerateSRT.ashx';

/** `CaptionDownloadUrl` of a session: '' when it has no captions, as Panopto leaves it blank. */
export function captionDownloadUrl(baseUrl: string, session: SessionRecord): string {
  return hasCaptions(session) ? `${baseUrl}${CAPTION_DOWNLOAD_PATH}?id=${session.Id}&language=English_USA` : '';
}

/** The caption track as SubRip (what a caption download gives), from the same cues as the WebVTT track. */
export function captionsSrt(session: SessionRecord): string {
  return captionsVtt(session)
    .replace(/^WEBVTT\n\n/, '')
    .replace(/(\d{2}:\d{2})\.(\d{3})/g, '00:$1,$2');
}
