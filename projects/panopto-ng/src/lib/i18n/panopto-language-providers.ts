import { InjectionToken, Provider } from '@angular/core';
import type { PanoptoTextsShape } from 'panopto-ng/core';
import type { PanoptoTextsSet } from './panopto-texts-set';

/** A translation of any set, as the DI registry holds it (so one call can register several sets' translations). */
export interface PanoptoAnyTranslation {
  readonly set: string;
  readonly language: string;
  readonly texts: object;
}

/** Texts an app put in place of some of a set's texts, in every language or (with `language`) in one. */
export interface PanoptoTextsOverride {
  readonly set: string;
  readonly language?: string;
  readonly texts: object;
}

/** @internal The translations registered with {@link providePanoptoLanguages} (multi). */
export const PANOPTO_TRANSLATIONS = new InjectionToken<readonly PanoptoAnyTranslation[][]>('PANOPTO_TRANSLATIONS');
/** @internal The overrides registered with {@link providePanoptoTexts} (multi). */
export const PANOPTO_TEXTS_OVERRIDES = new InjectionToken<readonly PanoptoTextsOverride[]>('PANOPTO_TEXTS_OVERRIDES');

/**
 * Registers translations an app ships (each entry point exports its own, e.g. `PANOPTO_CAPTIONS_FR`), so
 * `PanoptoLanguage.use('fr')` shows them. Only the translations imported here reach the app's bundle.
 *
 * @example
 * ```ts
 * providers: [providePanoptoLanguages(PANOPTO_CAPTIONS_FR, PANOPTO_CAPTIONS_AR, PANOPTO_ANALYTICS_FR)]
 * ```
 */
export function providePanoptoLanguages(...translations: PanoptoAnyTranslation[]): Provider {
  return { provide: PANOPTO_TRANSLATIONS, multi: true, useValue: translations };
}

/**
 * Puts the app's own wording in place of one, some or all texts of a set; in every language, or only in
 * `language` (`fr` also covers `fr-CA`). Provide it at the root or on a component to reword one place only.
 *
 * @example
 * ```ts
 * providers: [providePanoptoTexts(PANOPTO_CAPTIONS_TEXTS, { heading: 'Subtitles' }, 'en')]
 * ```
 */
export function providePanoptoTexts<T extends PanoptoTextsShape<T>>(
  set: PanoptoTextsSet<T>,
  overrides: Partial<T>,
  language?: string,
): Provider {
  const override: PanoptoTextsOverride = { set: set.name, language, texts: overrides };
  return { provide: PANOPTO_TEXTS_OVERRIDES, multi: true, useValue: override };
}
