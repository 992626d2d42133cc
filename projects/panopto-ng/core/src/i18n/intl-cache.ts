/*
 * One cache of Intl formatters per locale and options: constructing an Intl object costs far more than using it,
 * and charts format hundreds of values per render.
 */
const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

/** A cached `Intl.NumberFormat` for `locale` and `options`. */
export function numberFormat(locale: string, options?: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `n|${locale}|${options ? JSON.stringify(options) : ''}`;
  let format = cache.get(key) as Intl.NumberFormat | undefined;
  if (!format) cache.set(key, (format = new Intl.NumberFormat(locale, options)));
  return format;
}

/** A cached `Intl.DateTimeFormat` for `locale` and `options`. */
export function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `d|${locale}|${JSON.stringify(options)}`;
  let format = cache.get(key) as Intl.DateTimeFormat | undefined;
  if (!format) cache.set(key, (format = new Intl.DateTimeFormat(locale, options)));
  return format;
}
