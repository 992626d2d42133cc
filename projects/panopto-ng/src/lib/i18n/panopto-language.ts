import { Injectable, LOCALE_ID, NgZone, inject } from '@angular/core';
import { Observable, Subject } from 'rxjs';
import { PanoptoConfigError, PanoptoFormat, languageDirection, panoptoFormat } from 'panopto-ng/core';

/**
 * The language panopto-ng components speak: first the app's `LOCALE_ID`, then whatever `use()` switches to at
 * run time (components re-render in place, no reload). Formats (`format`) follow it too.
 *
 * @example
 * ```ts
 * const language = inject(PanoptoLanguage);
 * language.use('ar');
 * document.documentElement.dir = language.direction; // 'rtl'
 * ```
 */
@Injectable({ providedIn: 'root' })
export class PanoptoLanguage {
  private readonly zone = inject(NgZone);
  private readonly changes = new Subject<string>();
  private language: string = inject(LOCALE_ID);

  /** Emits the new language after each switch (not the initial one). */
  readonly changes$: Observable<string> = this.changes.asObservable();

  /** The current BCP 47 language tag (`en-US`, `fr`, `ar`). */
  get current(): string {
    return this.language;
  }

  /** The writing direction of the current language, for `dir` on the page. */
  get direction(): 'ltr' | 'rtl' {
    return languageDirection(this.language);
  }

  /** Dates, numbers, durations and sizes in the current language. */
  get format(): PanoptoFormat {
    return panoptoFormat(this.language);
  }

  /** Switches every panopto-ng component to `language`, a BCP 47 tag such as `fr` or `ar-EG`. */
  use(language: string): void {
    let canonical: string;
    try {
      canonical = new Intl.Locale(language).toString();
    } catch {
      canonical = '';
    }
    if (!canonical)
      throw new PanoptoConfigError(
        'language',
        `must be a BCP 47 language tag such as 'fr' or 'ar-EG' (got ${JSON.stringify(language)}).`,
      );
    if (canonical === this.language) return;
    this.language = canonical;
    // Inside the zone, so the switch renders even when it was asked for outside it.
    this.zone.run(() => this.changes.next(canonical));
  }
}
