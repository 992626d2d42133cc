import { numberFormat } from './intl-cache';

/**
 * The forms of one plural text, by the CLDR plural category of the count (`one`, `few`, ... as the language has
 * them; English has `one` and `other`, Arabic all six). `#` in a form is replaced by the count, formatted for the
 * language. `other` is required because every language has it.
 */
export type PanoptoPluralForms = { readonly [category in Intl.LDMLPluralRule]?: string } & { readonly other: string };

const rulesCache = new Map<string, Intl.PluralRules>();

/**
 * The form of `forms` for `count` in `locale`, chosen by `Intl.PluralRules` (never by gluing an `s` on), with `#`
 * replaced by the count in the language's digits.
 *
 * @example
 * ```ts
 * plural('en', 1, { one: '# cue', other: '# cues' }); // '1 cue'
 * plural('ar', 2, { zero: 'لا مقاطع', one: 'مقطع واحد', two: 'مقطعان', few: '# مقاطع', many: '# مقطعًا', other: '# مقطع' }); // 'مقطعان'
 * ```
 */
export function plural(locale: string, count: number, forms: PanoptoPluralForms): string {
  let rules = rulesCache.get(locale);
  if (!rules) rulesCache.set(locale, (rules = new Intl.PluralRules(locale)));
  const form = forms[rules.select(count)] ?? forms.other;
  return form.includes('#') ? form.replace(/#/g, numberFormat(locale).format(count)) : form;
}
