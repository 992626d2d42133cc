// Runs every function-valued text of a shipped translation with sample arguments and says what is wrong with
// the output, so the translation specs of captions, analytics, live, provisioning and upload share one set of
// rules instead of a hand-written test per text. Spec support only: nothing here ships.
import type { PanoptoTextsShape, PanoptoTranslation } from 'panopto-ng/core';

type TextFunction = (...args: never[]) => string;

/** The keys of a texts set whose texts are functions (they take counts, names, codes). */
export type TextFunctionKeys<T> = { [K in keyof T]: T[K] extends TextFunction ? K : never }[keyof T];

/**
 * Sample argument lists for every function-valued text of a set, typed by the text's own parameters, so a text
 * added to the set without samples does not compile. Give one list per branch worth reaching (each code of a
 * union, each kind of an operation).
 */
export type TextSamples<T> = {
  readonly [K in TextFunctionKeys<T>]: readonly Parameters<Extract<T[K], TextFunction>>[];
};

// Counts that reach every CLDR plural category of English, French and Arabic (Arabic: zero 0, one 1, two 2,
// few 3-10, many 11-99, other 100-102; French: one 0-1, many 1,000,000, other the rest).
const COUNTS = [0, 1, 2, 3, 5, 10, 11, 99, 100, 102, 1_000_000];
// Words that stay the same in every language: the product's name and acronyms are checked out by this list
// and by the all-capitals rule below.
const UNTRANSLATED_WORDS = new Set(['Panopto']);

/** Each digit run (Latin, Arabic-Indic or Persian digits, with group and decimal marks) as one `#`. */
function masked(text: string): string {
  return text
    .replace(/[\u200e\u200f\u061c]/g, '')
    .replace(/[\d\u0660-\u0669\u06f0-\u06f9]+([.,\u066b\u066c\u00a0\u202f ]?[\d\u0660-\u0669\u06f0-\u06f9]+)*/g, '#');
}

/** Every string the caller passed: top-level, in top-level arrays and in the fields of top-level objects. */
function passedStrings(args: readonly unknown[]): string[] {
  return args
    .flatMap((a) => (Array.isArray(a) ? a : a && typeof a === 'object' ? Object.values(a) : [a]))
    .filter((a): a is string => typeof a === 'string' && a.trim().length > 0);
}

/**
 * The readable values passed at the top level (and in top-level arrays), which a translation must show where the
 * English does: names, titles, formatted numbers. A single word of letters may be a code of a union
 * (`'ascending'`, `'NotFound'`), which a text words rather than shows, and fields of objects may be English
 * messages a translation replaces, so neither counts.
 */
function shownValues(args: readonly unknown[]): string[] {
  return args
    .flatMap((a) => (Array.isArray(a) ? a : [a]))
    .filter((a): a is string => typeof a === 'string' && /[^\p{L}_-]/u.test(a.trim()));
}

/**
 * `text` without the strings passed to it (longest first, as one may hold another), unless it is one of the
 * top-level arguments (a code's English name, as `languageName('German')` gives: its words are the text's).
 */
function withoutArguments(text: string, args: readonly unknown[]): string {
  if (args.includes(text.trim())) return text;
  const passed = passedStrings(args).sort((a, b) => b.length - a.length);
  return passed.reduce((rest, s) => rest.split(s).join(' '), text);
}

/** The words the text itself contributes (arguments and numbers taken out), minus names and acronyms. */
function ownWords(text: string, args: readonly unknown[]): string[] {
  const own = masked(withoutArguments(text, args));
  return (own.match(/\p{L}{2,}/gu) ?? []).filter((w) => !UNTRANSLATED_WORDS.has(w) && w !== w.toUpperCase());
}

function call<T>(texts: T, key: keyof T, args: readonly unknown[]): unknown {
  return (texts[key] as unknown as (...a: readonly unknown[]) => unknown)(...args);
}

/** Whether `text` is written in `language`: French differs from the English; Arabic is in Arabic script. */
function inLanguage(language: string, text: string, english: string, args: readonly unknown[]): boolean {
  if (language === 'ar') return /\p{Script=Arabic}/u.test(withoutArguments(text, args));
  return text !== english;
}

/** How one text treats one numeric argument, over counts of every plural category of the language. */
interface PluralUse {
  /** Categories whose counts get more than one form (the choice does not follow `Intl.PluralRules`). */
  readonly mixed: readonly string[];
  /** How many different forms the language's categories get. */
  readonly forms: number;
  /** How many categories the counts reached (0 left out, as "none" may be worded apart). */
  readonly categories: number;
  /** Whether the English words 1 and 5 differently. */
  readonly englishVaries: boolean;
}

function pluralUse<T extends PanoptoTextsShape<T>>(
  english: T,
  translation: PanoptoTranslation<T>,
  key: keyof T,
  args: readonly unknown[],
  index: number,
): PluralUse {
  const rules = new Intl.PluralRules(translation.language);
  const withCount = (n: number) => args.map((a, i) => (i === index ? n : a));
  const formOf = (t: T, n: number) => masked(String(call(t, key, withCount(n))));
  const byCategory = new Map<string, Set<string>>();
  for (const n of COUNTS.filter((c) => c !== 0)) {
    const category = rules.select(n);
    byCategory.set(category, (byCategory.get(category) ?? new Set()).add(formOf(translation.texts, n)));
  }
  return {
    mixed: [...byCategory].filter(([, forms]) => forms.size > 1).map(([category]) => category),
    forms: new Set([...byCategory.values()].flatMap((forms) => [...forms])).size,
    categories: byCategory.size,
    englishVaries: formOf(english, 1) !== formOf(english, 5),
  };
}

/**
 * The plural problems of one call: counts of one CLDR category must share a form (the choice follows
 * `Intl.PluralRules`, not `count === 1`), and where the English words 1 and 5 differently, the language must
 * word its categories differently too, at some numeric argument (French may agree with another count than
 * English does): two forms at least, three in Arabic.
 */
function pluralProblems<T extends PanoptoTextsShape<T>>(
  english: T,
  translation: PanoptoTranslation<T>,
  key: keyof T,
  args: readonly unknown[],
  countFree: boolean,
): string[] {
  const where = `${translation.language} ${String(key)}(${JSON.stringify(args)})`;
  const uses = args.flatMap((a, i) =>
    typeof a === 'number' ? [{ i, use: pluralUse(english, translation, key, args, i) }] : [],
  );
  const problems = uses.flatMap(({ i, use }) =>
    use.mixed.map(
      (category) => `${where}: counts of plural category "${category}" at argument ${i + 1} get different forms`,
    ),
  );
  if (countFree) {
    if (uses.some(({ use }) => use.forms > 1)) problems.push(`${where}: said to be worded without a counted noun`);
  } else if (uses.some(({ use }) => use.englishVaries)) {
    const needed = translation.language === 'ar' ? 3 : 2;
    const best = Math.max(...uses.map(({ use }) => Math.min(use.forms, use.categories)));
    if (best < needed)
      problems.push(`${where}: ${best} plural form(s), though the English has one for 1 and one for 5`);
  }
  return problems;
}

/** What a translation's spec knows about its wording that the rules cannot see. */
export interface TranslatedTextOptions<T> {
  /**
   * Texts the language words without a noun that agrees with the count ("4 of 7 eligible"), where the English
   * has one: checked to give one form for every count instead of the plural rules.
   */
  readonly countFree?: readonly TextFunctionKeys<T>[];
  /**
   * Texts whose numbers are codes, not counts (an HTTP status chooses a sentence, it counts nothing): their
   * plural forms are not checked.
   */
  readonly codesNotCounts?: readonly TextFunctionKeys<T>[];
}

/**
 * Calls each function-valued text of `translation` with each list of `samples` and lists what is wrong: not a
 * string, empty where the English says something, not in the language (French output equal to the English one,
 * Arabic output without Arabic script, where the English has words of its own), a passed name or value the English
 * shows but the translation drops, and plural forms that do not follow `Intl.PluralRules` for the language.
 * An empty list means every text passed.
 *
 * @example
 * ```ts
 * expect(translatedTextProblems(DEFAULT_PANOPTO_UPLOAD_TEXTS, PANOPTO_UPLOAD_FR, UPLOAD_SAMPLES)).toEqual([]);
 * ```
 */
export function translatedTextProblems<T extends PanoptoTextsShape<T>>(
  english: T,
  translation: PanoptoTranslation<T>,
  samples: TextSamples<T>,
  options: TranslatedTextOptions<T> = {},
): string[] {
  const problems: string[] = [];
  const { language, texts } = translation;
  const functionKeys = (Object.keys(english) as (keyof T)[]).filter((k) => typeof english[k] === 'function');
  for (const key of functionKeys) {
    const lists = (samples as unknown as Partial<Record<keyof T, readonly (readonly unknown[])[]>>)[key] ?? [];
    if (!lists.length) problems.push(`${String(key)}: no sample arguments`);
    for (const args of lists) {
      const where = `${language} ${String(key)}(${JSON.stringify(args)})`;
      const en = String(call(english, key, args));
      const out = call(texts, key, args);
      if (typeof out !== 'string') {
        problems.push(`${where}: gave ${typeof out}, not a string`);
        continue;
      }
      if (en.trim() && !out.trim()) problems.push(`${where}: empty`);
      if (ownWords(en, args).length && !inLanguage(language, out, en, args))
        problems.push(`${where}: not in ${language}: “${out}”`);
      // A text that is its argument (a code's English name) translates it; any other shown value stays (in
      // French a caption may start lower case inside a sentence).
      for (const s of shownValues(args))
        if (en.includes(s) && en.trim() !== s && !out.toLowerCase().includes(s.toLowerCase()))
          problems.push(`${where}: drops “${s}”: “${out}”`);
      if (options.codesNotCounts?.includes(key as TextFunctionKeys<T>)) continue;
      const countFree = options.countFree?.includes(key as TextFunctionKeys<T>) ?? false;
      problems.push(...pluralProblems(english, translation, key, args, countFree));
    }
  }
  return [...new Set(problems)];
}

/**
 * The members of a string union, listed as the keys of a record so that the compiler rejects a list that misses
 * one: sample every code of a union without keeping a second list by hand in step with it.
 *
 * @example
 * ```ts
 * const phases = everyMember<UploadPhase>({ queued: true, uploading: true, ... });
 * ```
 */
export function everyMember<K extends string>(members: Record<K, true>): K[] {
  return Object.keys(members) as K[];
}
