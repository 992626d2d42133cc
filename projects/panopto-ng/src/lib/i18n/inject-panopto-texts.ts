import { ChangeDetectorRef, NgZone, ViewRef, inject } from '@angular/core';
import type { Subscription } from 'rxjs';
import { PanoptoTextsShape, languageMatches } from 'panopto-ng/core';
import { PANOPTO_TEXTS_OVERRIDES, PANOPTO_TRANSLATIONS } from './panopto-language-providers';
import { PanoptoLanguage } from './panopto-language';
import type { PanoptoTextsSet } from './panopto-texts-set';

/**
 * The texts of `set` in the current language, for a component (or a directive or service) to read in its
 * template and code: the English defaults, under the registered translation of the current language, under the
 * app's overrides. Call it in an injection context (a field initialiser).
 *
 * With no translation or language-specific override registered (an English-only app) it returns the English
 * texts themselves and costs nothing more. Otherwise it returns a live view whose every read gives the current
 * language's text, and marks the calling component for check on each switch, so OnPush components re-render; the
 * subscription lives outside the zone and ends with the component.
 *
 * @example
 * ```ts
 * readonly texts = injectPanoptoTexts(PANOPTO_CAPTIONS_TEXTS);
 * // template: <h2>{{ texts.heading }}</h2>
 * ```
 */
export function injectPanoptoTexts<T extends PanoptoTextsShape<T>>(set: PanoptoTextsSet<T>): T {
  const base = inject(set.token);
  const translations = (inject(PANOPTO_TRANSLATIONS, { optional: true }) ?? [])
    .flat()
    .filter((t) => t.set === set.name);
  const overrides = (inject(PANOPTO_TEXTS_OVERRIDES, { optional: true }) ?? []).filter((o) => o.set === set.name);
  const everywhere = overrides.filter((o) => !o.language).map((o) => o.texts);
  if (!translations.length && overrides.every((o) => !o.language))
    return everywhere.length ? (Object.assign({}, base, ...everywhere) as T) : base;

  const language = inject(PanoptoLanguage);
  let resolvedFor = '';
  let resolved = base;
  const current = (): T => {
    const lang = language.current;
    if (lang !== resolvedFor) {
      resolvedFor = lang;
      const layers = [
        ...translations.filter((t) => languageMatches(t.language, lang)).map((t) => t.texts),
        ...overrides.filter((o) => !o.language || languageMatches(o.language, lang)).map((o) => o.texts),
      ];
      resolved = Object.assign({}, base, ...layers) as T;
    }
    return resolved;
  };
  const view = {} as T;
  for (const key of Object.keys(base) as (keyof T)[])
    Object.defineProperty(view, key, { enumerable: true, get: () => current()[key] });

  const cdr = inject(ChangeDetectorRef, { optional: true });
  if (cdr) {
    const ref = cdr as Partial<ViewRef>;
    inject(NgZone).runOutsideAngular(() => {
      const subscription: Subscription = language.changes$.subscribe(() =>
        ref.destroyed ? subscription.unsubscribe() : cdr.markForCheck(),
      );
      // A component's ChangeDetectorRef is its view, which says when it is destroyed. Not during construction:
      // a cleanup registered in the template's first creation pass lands in the cleanup list the template shares,
      // which a development build then freezes, so the first event binding's listener fails to register
      // ("Cannot add property 0, object is not extensible"). A microtask runs after that pass.
      void Promise.resolve().then(() =>
        ref.destroyed ? subscription.unsubscribe() : ref.onDestroy?.(() => subscription.unsubscribe()),
      );
    });
  }
  return view;
}
