/**
 * What a texts set may hold: plain strings, and functions for texts that take values (counts, names), each
 * function typed with the parameters it needs.
 */
export type PanoptoTextsShape<T> = { readonly [K in keyof T]: string | ((...args: never[]) => string) };

/**
 * A complete translation of one texts set into one language, as pure data an app opts into by importing it (it
 * never ships unless imported). `set` is the name the set was defined with (`'panopto-ng/captions'`), `language`
 * a BCP 47 tag that also matches its regional variants (`fr` serves `fr-CA`).
 *
 * @example
 * ```ts
 * export const MY_TEXTS_DE: PanoptoTranslation<MyTexts> = { set: 'my-app/uploads', language: 'de', texts: { ... } };
 * ```
 */
export interface PanoptoTranslation<T extends PanoptoTextsShape<T>> {
  readonly set: string;
  readonly language: string;
  readonly texts: T;
}

/** What {@link checkTranslation} found: keys missing from the translation, keys English lacks, kinds that differ. */
export interface PanoptoTranslationReport {
  /** Texts of the English set the translation does not have. */
  readonly missing: readonly string[];
  /** Texts the translation has and the English set does not (renamed or removed texts). */
  readonly extra: readonly string[];
  /** Texts that are a function in one and a string in the other (a value would be lost or shown raw). */
  readonly wrongKind: readonly string[];
}

/**
 * Compares a translation with the English texts of its set, for tests and for apps that load translations at run
 * time: every text must be there, with the same kind (string or function), and nothing else.
 *
 * @example
 * ```ts
 * const report = checkTranslation(DEFAULT_PANOPTO_CAPTIONS_TEXTS, PANOPTO_CAPTIONS_FR.texts);
 * if (report.missing.length) throw new Error(`French lacks ${report.missing.join(', ')}`);
 * ```
 */
export function checkTranslation(english: object, translation: object): PanoptoTranslationReport {
  const en = english as Record<string, unknown>;
  const tr = translation as Record<string, unknown>;
  const missing = Object.keys(en).filter((key) => tr[key] === undefined);
  const extra = Object.keys(tr).filter((key) => !(key in en));
  const wrongKind = Object.keys(en).filter((key) => tr[key] !== undefined && typeof tr[key] !== typeof en[key]);
  return { missing, extra, wrongKind };
}
