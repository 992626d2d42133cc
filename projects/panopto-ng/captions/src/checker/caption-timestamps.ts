// Timestamps of SRT (`00:01:02,345`) and WebVTT (`01:02.345` or `00:01:02.345`), parsed strictly so the checker
// can say exactly what is wrong with one.
import type { CaptionFormat } from './caption-findings';

/** A parsed timestamp in seconds, or why it is not one (with the fix). */
export type TimestampResult = { readonly seconds: number } | { readonly problem: string; readonly fix: string };

const SRT_STAMP = /^(\d{2,}):(\d{2}):(\d{2}),(\d{3})$/;
const VTT_STAMP = /^(?:(\d{2,}):)?(\d{2}):(\d{2})\.(\d{3})$/;
/** Near misses people write: one-digit fields, two-digit milliseconds, the other format's separator. */
const LOOSE_STAMP = /^(?:(\d+):)?(\d+):(\d+)(?:[.,:](\d+))?$/;

/** `--> ` between two timestamps, with optional WebVTT cue settings after the second. */
export const TIMING_LINE = /^\s*(\S+)[ \t]+-->[ \t]+(\S+)(?:[ \t]+(.*))?$/;

export function parseTimestamp(text: string, format: CaptionFormat): TimestampResult {
  const fast = fastSeconds(text, format === 'srt' ? 44 : 46);
  if (fast >= 0) return { seconds: fast };
  const strict = (format === 'srt' ? SRT_STAMP : VTT_STAMP).exec(text);
  const example = format === 'srt' ? '00:01:02,345' : '00:01:02.345';
  if (strict) {
    const hours = strict[1] === undefined ? 0 : Number(strict[1]);
    const minutes = Number(strict[2]);
    const seconds = Number(strict[3]);
    if (minutes > 59 || seconds > 59) {
      return {
        problem: `'${text}' has ${minutes > 59 ? 'minutes' : 'seconds'} above 59`,
        fix: `Carry over into the next unit, as in ${example}.`,
      };
    }
    return { seconds: hours * 3600 + minutes * 60 + seconds + Number(strict[4]) / 1000 };
  }
  const loose = LOOSE_STAMP.exec(text);
  if (loose && loose[4] !== undefined) {
    const separator = text[text.length - loose[4].length - 1];
    const wanted = format === 'srt' ? ',' : '.';
    if (separator !== wanted) {
      return {
        problem: `'${text}' separates the milliseconds with '${separator}'`,
        fix: `${format === 'srt' ? 'SRT' : 'WebVTT'} uses '${wanted}' before the milliseconds: ${example}.`,
      };
    }
  }
  return {
    problem: `'${text}' is not a timestamp`,
    fix: `Write it as hours:minutes:seconds${format === 'srt' ? ',' : '.'}milliseconds, e.g. ${example}.`,
  };
}

/** Seconds as `m:ss.mmm` (or `h:mm:ss.mmm`) for messages. */
export function formatSeconds(seconds: number): string {
  const total = Math.round(seconds * 1000);
  const ms = total % 1000;
  const s = Math.floor(total / 1000) % 60;
  const m = Math.floor(total / 60000) % 60;
  const h = Math.floor(total / 3600000);
  const tail = `${String(s).padStart(2, '0')}.${String(ms).padStart(3, '0')}`;
  return h ? `${h}:${String(m).padStart(2, '0')}:${tail}` : `${m}:${tail}`;
}

/**
 * The common shapes (`hh:mm:ss,mmm`, `hh:mm:ss.mmm`, `mm:ss.mmm`) read digit by digit: the checker meets one per
 * cue boundary, and this keeps a 10 MB file fast. -1 for anything else (the regular expressions then explain).
 */
function fastSeconds(t: string, separator: number): number {
  const n = t.length;
  if (n !== 12 && !(n === 9 && separator === 46)) return -1;
  const o = n - 9; // offset of the minutes
  if (t.charCodeAt(o + 2) !== 58 || t.charCodeAt(o + 5) !== separator || (o && t.charCodeAt(2) !== 58)) return -1;
  const d = (i: number): number => {
    const c = t.charCodeAt(i) - 48;
    return c >= 0 && c <= 9 ? c : -1000000;
  };
  const hours = o ? d(0) * 10 + d(1) : 0;
  const minutes = d(o) * 10 + d(o + 1);
  const seconds = d(o + 3) * 10 + d(o + 4);
  const ms = d(o + 6) * 100 + d(o + 7) * 10 + d(o + 8);
  if (hours < 0 || minutes < 0 || minutes > 59 || seconds < 0 || seconds > 59 || ms < 0) return -1;
  return hours * 3600 + minutes * 60 + seconds + ms / 1000;
}
