import { DOCUMENT } from '@angular/common';
import { Injectable, inject } from '@angular/core';
import { BehaviorSubject } from 'rxjs';

export type DemoTheme = 'light' | 'dark';
const STORAGE_KEY = 'panopto-ng-demo-theme';

/** Light/dark switch for the gallery: sets `data-theme` on <html>, remembers the choice, follows the OS first. */
@Injectable({ providedIn: 'root' })
export class ThemeService {
  private readonly document = inject(DOCUMENT);
  private readonly themeSubject = new BehaviorSubject<DemoTheme>(this.initialTheme());
  readonly theme$ = this.themeSubject.asObservable();

  constructor() {
    this.apply(this.themeSubject.value);
  }

  toggle(): void {
    this.set(this.themeSubject.value === 'dark' ? 'light' : 'dark');
  }

  set(theme: DemoTheme): void {
    this.themeSubject.next(theme);
    this.apply(theme);
    try {
      this.document.defaultView?.localStorage.setItem(STORAGE_KEY, theme);
    } catch {
      /* storage may be blocked; the theme still applies for this page */
    }
  }

  private initialTheme(): DemoTheme {
    const win = this.document.defaultView;
    try {
      const stored = win?.localStorage.getItem(STORAGE_KEY);
      if (stored === 'light' || stored === 'dark') return stored;
    } catch {
      /* ignore */
    }
    return win?.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
  }

  private apply(theme: DemoTheme): void {
    this.document.documentElement.setAttribute('data-theme', theme);
  }
}
