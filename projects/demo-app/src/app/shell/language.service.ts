import { DOCUMENT } from '@angular/common';
import { Injectable, inject } from '@angular/core';
import { PanoptoLanguage } from 'panopto-ng';
import { DEMO_LANGUAGES, DemoLanguage } from './demo-languages';

const STORAGE_KEY = 'panopto-ng-demo-language';

/**
 * The demo's language switch: tells panopto-ng's `PanoptoLanguage` (every component re-renders in place), sets
 * `lang` and `dir` on <html>, and remembers the choice across visits.
 */
@Injectable({ providedIn: 'root' })
export class LanguageService {
  private readonly document = inject(DOCUMENT);
  private readonly panopto = inject(PanoptoLanguage);
  private language: DemoLanguage = this.initialLanguage();

  readonly languages = DEMO_LANGUAGES;

  constructor() {
    this.apply(this.language);
  }

  /** The language shown now. */
  get current(): DemoLanguage {
    return this.language;
  }

  /** Switches to the demo language `code`; unknown codes are ignored (the select offers only known ones). */
  use(code: string): void {
    const next = DEMO_LANGUAGES.find((l) => l.code === code);
    if (!next) return;
    this.language = next;
    this.apply(next);
    try {
      this.document.defaultView?.localStorage.setItem(STORAGE_KEY, next.code);
    } catch {
      /* storage may be blocked; the language still applies for this page */
    }
  }

  private initialLanguage(): DemoLanguage {
    let stored: string | null | undefined = null;
    try {
      stored = this.document.defaultView?.localStorage.getItem(STORAGE_KEY);
    } catch {
      /* ignore */
    }
    return DEMO_LANGUAGES.find((l) => l.code === stored) ?? DEMO_LANGUAGES[0];
  }

  private apply(language: DemoLanguage): void {
    const html = this.document.documentElement;
    html.setAttribute('lang', language.code);
    html.setAttribute('dir', language.dir);
    this.panopto.use(language.code);
  }
}
