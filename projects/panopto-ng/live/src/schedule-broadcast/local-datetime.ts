/**
 * `<input type="datetime-local">` speaks the browser's local wall time without an offset ("2026-11-28T15:30").
 * These helpers convert between that and instants, in the browser's own time zone, so what is sent to Panopto
 * is always an explicit UTC instant.
 */

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/** Local wall time → epoch ms, or `null` for an empty or malformed value (or a time that does not exist). */
export function localInputToMs(value: string | null | undefined): number | null {
  const m = LOCAL.exec(value ?? '');
  if (!m) return null;
  const [y, mo, d, h, mi, s] = m.slice(1).map((x) => (x === undefined ? 0 : Number(x)));
  const date = new Date(y, mo - 1, d, h, mi, s);
  // Reject values the Date constructor silently rolled over (Feb 30th → Mar 2nd).
  if (date.getFullYear() !== y || date.getMonth() !== mo - 1 || date.getDate() !== d) return null;
  return date.getTime();
}

/** Epoch ms → the value a `datetime-local` input shows (minutes precision, local time). */
export function msToLocalInput(ms: number): string {
  const d = new Date(ms);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}`;
}

/** The browser's IANA time zone (`Europe/Berlin`), or `UTC` when the runtime does not say. */
export function browserTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}

/** `UTC+01:00` for the local offset at a given instant (offsets change with daylight saving time). */
export function utcOffsetLabel(ms: number): string {
  const minutes = -new Date(ms).getTimezoneOffset();
  const sign = minutes >= 0 ? '+' : '-';
  const abs = Math.abs(minutes);
  return `UTC${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}
