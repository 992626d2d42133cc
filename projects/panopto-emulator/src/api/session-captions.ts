// A session's caption tracks, shared by the REST caption operations, caption requests, the embed page and
// Session.Urls.CaptionDownloadUrl. A generated seed video starts with its generated English track.
import { createHash } from 'node:crypto';
import type { EmulatorContext } from '../context.js';
import type { CaptionRecord, SessionRecord } from '../store/types.js';
import { CAPTION_DOWNLOAD_PATH, captionsVtt, hasCaptions } from '../embed/captions.js';
import { languageInfo, languageRank } from './caption-files.js';
import { seedGuid } from '../seed/guid.js';

/** The session's tracks in player order. */
export function captionsOf(session: SessionRecord): CaptionRecord[] {
  const list = session.Captions ?? (hasCaptions(session) ? [generatedTrack(session)] : []);
  return [...list].sort((a, b) => languageRank(a.Language) - languageRank(b.Language));
}

function generatedTrack(session: SessionRecord): CaptionRecord {
  return { Language: 'English_USA', Source: 'generated', UpdatedAt: session.StartTime };
}

/** Adds or replaces the track of one language. */
export function putCaption(
  ctx: EmulatorContext,
  session: SessionRecord,
  language: string,
  vtt: string,
  source: CaptionRecord['Source'],
): CaptionRecord {
  const record: CaptionRecord = {
    Language: language,
    Source: source,
    Vtt: vtt,
    UpdatedAt: new Date(ctx.clock.now()).toISOString(),
  };
  session.Captions = [...captionsOf(session).filter((c) => c.Language !== language), record];
  ctx.store.changed();
  return record;
}

/** Deletes every track, or the one of `language`; returns how many were removed. */
export function deleteCaptions(ctx: EmulatorContext, session: SessionRecord, language?: string): number {
  const before = captionsOf(session);
  session.Captions = language === undefined ? [] : before.filter((c) => c.Language !== language);
  ctx.store.changed();
  return before.length - session.Captions.length;
}

export function captionText(session: SessionRecord, record: CaptionRecord): string {
  return record.Vtt ?? captionsVtt(session);
}

/** What the embed page needs to show one track. */
export interface CaptionTrackInfo {
  language: string;
  label: string;
  srclang: string;
  src: string;
}

export function captionTracks(ctx: EmulatorContext, session: SessionRecord): CaptionTrackInfo[] {
  return captionsOf(session).map((c) => {
    const info = languageInfo(c.Language);
    // The version in the URL changes when a track is replaced, so the browser fetches the new cues.
    const version = createHash('sha1')
      .update(c.UpdatedAt + (c.Vtt?.length ?? 0))
      .digest('hex')
      .slice(0, 10);
    return {
      language: c.Language,
      label: info.label,
      srclang: info.tag,
      src: `${ctx.baseUrl}/Panopto/Pages/Embed/CaptionTracks/${session.Id}/${c.Language}.vtt?v=${version}`,
    };
  });
}

/** `Session.Urls.CaptionDownloadUrl`: the first track as SRT, or '' without captions (as Panopto leaves it). */
export function captionDownloadUrl(ctx: EmulatorContext, session: SessionRecord): string {
  const first = captionsOf(session)[0];
  return first
    ? `${ctx.baseUrl}/Panopto/Pages/Transcription/GenerateSRT.ashx?id=${session.Id}&language=${first.Language}`
    : '';
}

/** Deterministic id of a session's primary stream (the emulator's sessions have one stream each). */
export function primaryStreamId(sessionId: string): string {
  return seedGuid(`stream:${sessionId}`);
}
