// Caption files as the emulator keeps them: Panopto's ContentLanguage names with the labels its player shows,
// SRT or WebVTT in (checked only as far as Panopto does: UTF-8 text with a header or SRT timing lines), WebVTT
// stored, SRT out again for Session.Urls.CaptionDownloadUrl.
import { badRequest } from '../http.js';

/** Panopto's `ContentLanguage` enum (swagger order), with a track label and a BCP 47 tag for `<track srclang>`. */
export const CONTENT_LANGUAGES: readonly { name: string; label: string; tag: string }[] = [
  { name: 'English_USA', label: 'English', tag: 'en-US' },
  { name: 'English_GBR', label: 'English (UK)', tag: 'en-GB' },
  { name: 'Spanish_MEX', label: 'Spanish (Mexico)', tag: 'es-MX' },
  { name: 'Spanish_ESP', label: 'Spanish (Spain)', tag: 'es-ES' },
  { name: 'German', label: 'German', tag: 'de' },
  { name: 'French', label: 'French', tag: 'fr' },
  { name: 'Dutch', label: 'Dutch', tag: 'nl' },
  { name: 'Thai', label: 'Thai', tag: 'th' },
  { name: 'Chinese_Simplified', label: 'Chinese (Simplified)', tag: 'zh-Hans' },
  { name: 'Chinese_Traditional', label: 'Chinese (Traditional)', tag: 'zh-Hant' },
  { name: 'Korean', label: 'Korean', tag: 'ko' },
  { name: 'Japanese', label: 'Japanese', tag: 'ja' },
  { name: 'Russian', label: 'Russian', tag: 'ru' },
  { name: 'Portuguese', label: 'Portuguese', tag: 'pt' },
  { name: 'Polish', label: 'Polish', tag: 'pl' },
  { name: 'English_AUS', label: 'English (Australia)', tag: 'en-AU' },
  { name: 'Danish', label: 'Danish', tag: 'da' },
  { name: 'Finnish', label: 'Finnish', tag: 'fi' },
  { name: 'Hungarian', label: 'Hungarian', tag: 'hu' },
  { name: 'Norwegian', label: 'Norwegian', tag: 'no' },
  { name: 'Swedish', label: 'Swedish', tag: 'sv' },
  { name: 'Italian', label: 'Italian', tag: 'it' },
  { name: 'Welsh', label: 'Welsh', tag: 'cy' },
  { name: 'Catalan', label: 'Catalan', tag: 'ca' },
  { name: 'Galician', label: 'Galician', tag: 'gl' },
  { name: 'Basque', label: 'Basque', tag: 'eu' },
  { name: 'Arabic', label: 'Arabic', tag: 'ar' },
  { name: 'Hindi', label: 'Hindi', tag: 'hi' },
  { name: 'French_CAN', label: 'French (Canada)', tag: 'fr-CA' },
  { name: 'Hebrew', label: 'Hebrew', tag: 'he' },
  { name: 'Vietnamese', label: 'Vietnamese', tag: 'vi' },
];

/** The ContentLanguage in Panopto's spelling (matched case-insensitively), or a 400 naming the field. */
export function contentLanguageOf(value: unknown, field: string): string {
  const raw = typeof value === 'string' ? value.trim() : '';
  const hit = CONTENT_LANGUAGES.find((l) => l.name.toLowerCase() === raw.toLowerCase());
  if (!hit) {
    throw badRequest(
      `'${field}' must be a ContentLanguage such as English_USA, French or German; got '${raw}'.`,
      'InvalidLanguage',
    );
  }
  return hit.name;
}

export function languageInfo(name: string): { name: string; label: string; tag: string } {
  return CONTENT_LANGUAGES.find((l) => l.name === name) ?? { name, label: name, tag: 'und' };
}

/** Order of tracks on the player: the enum's order, so indices stay put when a language is added. */
export function languageRank(name: string): number {
  const i = CONTENT_LANGUAGES.findIndex((l) => l.name === name);
  return i < 0 ? CONTENT_LANGUAGES.length : i;
}

const SRT_TIMING = /^\s*(\d{1,}:\d{2}:\d{2}),(\d{3})\s+-->\s+(\d{1,}:\d{2}:\d{2}),(\d{3})(.*)$/;

/** An uploaded caption file as WebVTT, or a 400 that says why it is not one. */
export function captionFileToVtt(bytes: Buffer, fileName: string): string {
  if (bytes.length === 0) throw badRequest(`The caption file '${fileName}' is empty.`, 'InvalidCaptionFile');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw badRequest(
      `The caption file '${fileName}' is not UTF-8 text. Save it as UTF-8 and upload it again.`,
      'InvalidCaptionFile',
    );
  }
  text = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (text.includes('\0'))
    throw badRequest(`'${fileName}' is a binary file, not an SRT or VTT caption file.`, 'InvalidCaptionFile');
  if (/^WEBVTT(?:[ \t][^\n]*)?(?:\n|$)/.test(text)) {
    if (!text.includes('-->')) throw badRequest(`The WebVTT file '${fileName}' has no cues.`, 'InvalidCaptionFile');
    return text.endsWith('\n') ? text : `${text}\n`;
  }
  const lines = text.split('\n');
  if (!lines.some((l) => SRT_TIMING.test(l))) {
    throw badRequest(
      `'${fileName}' is not an SRT or VTT caption file: it has neither a WEBVTT header nor SRT timing lines (00:00:01,000 --> 00:00:02,000).`,
      'InvalidCaptionFile',
    );
  }
  const out = ['WEBVTT', ''];
  for (let i = 0; i < lines.length; i++) {
    const timing = SRT_TIMING.exec(lines[i]);
    if (timing) {
      // The SRT cue number just before the timing line has no place in WebVTT (as an identifier it is harmless,
      // but Panopto's converter drops it, and so do we).
      if (out.length > 2 && /^\d+$/.test(out[out.length - 1].trim())) out.pop();
      out.push(`${timing[1]}.${timing[2]} --> ${timing[3]}.${timing[4]}`);
    } else out.push(lines[i]);
  }
  return `${out.join('\n').replace(/\n+$/, '')}\n`;
}

/** WebVTT back to SRT (for the caption download): numbered cues, comma milliseconds, no header or notes. */
export function vttToSrt(vtt: string): string {
  const blocks = vtt.replace(/\r\n?/g, '\n').split(/\n{2,}/);
  const out: string[] = [];
  let n = 0;
  for (const block of blocks) {
    const lines = block.split('\n');
    const at = lines.findIndex((l) => l.includes('-->'));
    if (at < 0) continue;
    const [start, , end] = lines[at].trim().split(/\s+/);
    const stamp = (s: string): string => (s.split(':').length === 2 ? `00:${s}` : s).replace('.', ',');
    out.push(
      `${++n}\n${stamp(start)} --> ${stamp(end)}\n${lines
        .slice(at + 1)
        .join('\n')
        .replace(/\n+$/, '')}`,
    );
  }
  return `${out.join('\n\n')}\n`;
}
