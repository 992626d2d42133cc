import { dateTimeFormat, numberFormat } from './intl-cache';

/** A date as `Date`, epoch milliseconds or an ISO 8601 string (Panopto's REST dates). */
export type PanoptoDateInput = Date | number | string;

/** Options of the date and time formats: the style and, for scheduled recordings, the time zone to show. */
export interface PanoptoDateOptions {
  /** `short` (`07/12/2026`), `medium` (the default), `long` or `full`. */
  readonly style?: 'short' | 'medium' | 'long' | 'full';
  /** An IANA time zone (`Europe/Paris`); the browser's own when absent. */
  readonly timeZone?: string;
}

/**
 * Small locale-aware formats for what components show: numbers, percentages, dates, times, durations and file
 * sizes, all through `Intl` in one locale (the app's `LOCALE_ID`, or the language `PanoptoLanguage` switched to).
 * Get one with {@link panoptoFormat}; the Intl objects behind it are cached.
 *
 * @example
 * ```ts
 * const format = panoptoFormat('fr');
 * format.fileSize(1_572_864); // '1,5 Mo'
 * format.duration(3725); // '1:02:05'
 * format.percent(0.42); // '42 %'
 * ```
 */
export interface PanoptoFormat {
  /** The BCP 47 locale the formats use. */
  readonly locale: string;
  /** `1234.5` → `1,234.5` (en), `1 234,5` (fr); at most `maximumFractionDigits` decimals (default 1). */
  number(value: number, maximumFractionDigits?: number): string;
  /** A fraction as a whole percentage: `0.42` → `42%` (en), `42 %` (fr), `٤٢٪؜` (ar). */
  percent(fraction: number): string;
  /** The calendar date. */
  date(value: PanoptoDateInput, options?: PanoptoDateOptions): string;
  /** The time of day (hours and minutes in the locale's clock). */
  time(value: PanoptoDateInput, options?: Pick<PanoptoDateOptions, 'timeZone'>): string;
  /** Date and time together. */
  dateTime(value: PanoptoDateInput, options?: PanoptoDateOptions): string;
  /** A media position or length as a clock: `75` → `1:15`, `3725` → `1:02:05`; `fractionDigits` for sub-seconds. */
  duration(seconds: number, fractionDigits?: number): string;
  /** A length in words, for screen readers and sentences: `3725` → `1 hour, 2 minutes, 5 seconds`. */
  spokenDuration(seconds: number): string;
  /** Bytes in the largest unit that keeps the number at least 1: `1_572_864` → `1.5 MB` (binary multiples). */
  fileSize(bytes: number): string;
}

const FILE_UNITS = ['byte', 'kilobyte', 'megabyte', 'gigabyte', 'terabyte'] as const;
const formats = new Map<string, PanoptoFormat>();

function toDate(value: PanoptoDateInput): Date {
  return value instanceof Date ? value : new Date(value);
}

function createFormat(locale: string): PanoptoFormat {
  const twoDigits = (n: number, fractionDigits = 0) =>
    numberFormat(locale, {
      minimumIntegerDigits: 2,
      minimumFractionDigits: fractionDigits,
      maximumFractionDigits: fractionDigits,
      useGrouping: false,
    }).format(n);
  const plain = (n: number) => numberFormat(locale, { useGrouping: false }).format(n);
  return {
    locale,
    number: (value, maximumFractionDigits = 1) => numberFormat(locale, { maximumFractionDigits }).format(value),
    percent: (fraction) => numberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(fraction),
    date: (value, options = {}) =>
      dateTimeFormat(locale, { dateStyle: options.style ?? 'medium', timeZone: options.timeZone }).format(
        toDate(value),
      ),
    time: (value, options = {}) =>
      dateTimeFormat(locale, { timeStyle: 'short', timeZone: options.timeZone }).format(toDate(value)),
    dateTime: (value, options = {}) =>
      dateTimeFormat(locale, {
        dateStyle: options.style ?? 'medium',
        timeStyle: 'short',
        timeZone: options.timeZone,
      }).format(toDate(value)),
    duration: (seconds, fractionDigits = 0) => {
      const scale = 10 ** fractionDigits;
      const total = Math.max(0, Math.round(seconds * scale) / scale);
      const h = Math.floor(total / 3600);
      const m = Math.floor((total % 3600) / 60);
      const s = twoDigits(total - h * 3600 - m * 60, fractionDigits);
      return h > 0 ? `${plain(h)}:${twoDigits(m)}:${s}` : `${plain(m)}:${s}`;
    },
    spokenDuration: (seconds) => {
      const total = Math.max(0, Math.round(seconds));
      const parts: [number, string][] = [
        [Math.floor(total / 3600), 'hour'],
        [Math.floor((total % 3600) / 60), 'minute'],
        [total % 60, 'second'],
      ];
      const words = parts
        .filter(([n], i) => n > 0 || (i === 2 && total === 0))
        .map(([n, unit]) => numberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' }).format(n));
      return listFormat(locale).format(words);
    },
    fileSize: (bytes) => {
      let value = Math.max(0, bytes);
      let unit = 0;
      while (value >= 1024 && unit < FILE_UNITS.length - 1) {
        value /= 1024;
        unit++;
      }
      return numberFormat(locale, {
        style: 'unit',
        unit: FILE_UNITS[unit],
        unitDisplay: unit === 0 ? 'long' : 'short',
        maximumFractionDigits: unit === 0 || value >= 10 ? 0 : 1,
      }).format(value);
    },
  };
}

const lists = new Map<string, Intl.ListFormat>();
function listFormat(locale: string): Intl.ListFormat {
  let list = lists.get(locale);
  if (!list) lists.set(locale, (list = new Intl.ListFormat(locale, { style: 'long', type: 'unit' })));
  return list;
}

/**
 * The formats of `locale` (one shared instance per locale). Components get the current language's through
 * `PanoptoLanguage.format` in `panopto-ng`; this is the framework-free door for Node, workers and tests.
 *
 * @example
 * ```ts
 * panoptoFormat('en').spokenDuration(75); // '1 minute, 15 seconds'
 * ```
 */
export function panoptoFormat(locale: string): PanoptoFormat {
  let format = formats.get(locale);
  if (!format) formats.set(locale, (format = createFormat(locale)));
  return format;
}
