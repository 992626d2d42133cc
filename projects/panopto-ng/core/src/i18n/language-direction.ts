/** Languages written right to left (ISO 639 codes, with the legacy `iw` for Hebrew). */
const RTL_LANGUAGES = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'iw', 'ks', 'ps', 'sd', 'syr', 'ug', 'ur', 'yi']);
/** Scripts written right to left, for tags that name one (`az-Arab`, `pa-Arab`). */
const RTL_SCRIPTS = new Set(['arab', 'hebr', 'thaa', 'syrc', 'nkoo', 'adlm', 'rohg']);

/**
 * The writing direction of a BCP 47 language tag, for `dir` on the page: `rtl` for Arabic, Hebrew, Persian, Urdu
 * and the other right-to-left languages and scripts, `ltr` otherwise.
 *
 * @example
 * ```ts
 * languageDirection('ar-EG'); // 'rtl'
 * languageDirection('fr'); // 'ltr'
 * ```
 */
export function languageDirection(language: string): 'ltr' | 'rtl' {
  const [lang, ...subtags] = language.toLowerCase().split(/[-_]/);
  if (subtags.some((subtag) => subtag.length === 4 && RTL_SCRIPTS.has(subtag))) return 'rtl';
  return RTL_LANGUAGES.has(lang) ? 'rtl' : 'ltr';
}

/**
 * Whether a translation for `tag` serves the language `language`: the same tag, or `language` is a regional or
 * script variant of it (`fr` serves `fr-CA`; `fr-CA` does not serve `fr`). Case-insensitive.
 *
 * @example
 * ```ts
 * languageMatches('fr', 'fr-CA'); // true
 * ```
 */
export function languageMatches(tag: string, language: string): boolean {
  const t = tag.toLowerCase().replace(/_/g, '-');
  const l = language.toLowerCase().replace(/_/g, '-');
  return l === t || l.startsWith(`${t}-`);
}
