// Labels of the caption languages, as the player's caption tracks name them (the emulator uses the same ones;
// Panopto's own labels are not documented, so a track is also matched by its ContentLanguage name).
import { CONTENT_LANGUAGES, ContentLanguage } from './caption-models';

const LABELS: Readonly<Record<ContentLanguage, string>> = {
  English_USA: 'English',
  English_GBR: 'English (UK)',
  Spanish_MEX: 'Spanish (Mexico)',
  Spanish_ESP: 'Spanish (Spain)',
  German: 'German',
  French: 'French',
  Dutch: 'Dutch',
  Thai: 'Thai',
  Chinese_Simplified: 'Chinese (Simplified)',
  Chinese_Traditional: 'Chinese (Traditional)',
  Korean: 'Korean',
  Japanese: 'Japanese',
  Russian: 'Russian',
  Portuguese: 'Portuguese',
  Polish: 'Polish',
  English_AUS: 'English (Australia)',
  Danish: 'Danish',
  Finnish: 'Finnish',
  Hungarian: 'Hungarian',
  Norwegian: 'Norwegian',
  Swedish: 'Swedish',
  Italian: 'Italian',
  Welsh: 'Welsh',
  Catalan: 'Catalan',
  Galician: 'Galician',
  Basque: 'Basque',
  Arabic: 'Arabic',
  Hindi: 'Hindi',
  French_CAN: 'French (Canada)',
  Hebrew: 'Hebrew',
  Vietnamese: 'Vietnamese',
};

/**
 * The label a caption track of `language` has on the player.
 *
 * @example
 * ```ts
 * captionLanguageLabel('French_CAN'); // 'French (Canada)'
 * ```
 */
export function captionLanguageLabel(language: ContentLanguage): string {
  return LABELS[language] ?? language;
}

/**
 * The `ContentLanguage` of a player caption track label (`'French'`, or the enum name itself), or `null`.
 *
 * @example
 * ```ts
 * languageOfCaptionTrack('English (UK)'); // 'English_GBR'
 * ```
 */
export function languageOfCaptionTrack(label: string): ContentLanguage | null {
  const wanted = label.trim().toLowerCase();
  return CONTENT_LANGUAGES.find((l) => l.toLowerCase() === wanted || LABELS[l].toLowerCase() === wanted) ?? null;
}
