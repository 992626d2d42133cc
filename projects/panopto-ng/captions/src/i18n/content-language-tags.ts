import type { ContentLanguage } from '../api/caption-models';

/**
 * The BCP 47 tag of each Panopto caption language, so translations name them with `Intl.DisplayNames` in their
 * own language instead of keeping a list of 31 names each.
 */
export const CONTENT_LANGUAGE_TAGS: Readonly<Record<ContentLanguage, string>> = {
  English_USA: 'en-US',
  English_GBR: 'en-GB',
  Spanish_MEX: 'es-MX',
  Spanish_ESP: 'es-ES',
  German: 'de',
  French: 'fr',
  Dutch: 'nl',
  Thai: 'th',
  Chinese_Simplified: 'zh-Hans',
  Chinese_Traditional: 'zh-Hant',
  Korean: 'ko',
  Japanese: 'ja',
  Russian: 'ru',
  Portuguese: 'pt',
  Polish: 'pl',
  English_AUS: 'en-AU',
  Danish: 'da',
  Finnish: 'fi',
  Hungarian: 'hu',
  Norwegian: 'nb',
  Swedish: 'sv',
  Italian: 'it',
  Welsh: 'cy',
  Catalan: 'ca',
  Galician: 'gl',
  Basque: 'eu',
  Arabic: 'ar',
  Hindi: 'hi',
  French_CAN: 'fr-CA',
  Hebrew: 'he',
  Vietnamese: 'vi',
};

const names = new Map<string, Intl.DisplayNames>();

/** The name of a caption language in `locale` (`French_CAN` in `fr`: `français canadien`). */
export function contentLanguageName(locale: string, language: ContentLanguage): string {
  let display = names.get(locale);
  if (!display) names.set(locale, (display = new Intl.DisplayNames(locale, { type: 'language' })));
  return display.of(CONTENT_LANGUAGE_TAGS[language] ?? language) ?? language;
}
