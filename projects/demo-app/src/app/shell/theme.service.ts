import { DOCUMENT } from '@angular/common';
import { Injectable, inject } from '@angular/core';
import { BehaviorSubject } from 'rxjs';
import { storedChoice } from './stored-choice';

export type DemoTheme = 'light' | 'dark';

/** Light/dark switch for the gallery: sets `data-theme` on <html>, remembers the choice, follows the OS first. */
@Injectable({ providedIn: 'root' })
export class ThemeService {
  private readonly document = inject(DOCUMENT);
  private readonly stored = storedChoice<DemoTheme>(this.document, 'panopto-ng-demo-theme', ['light', 'dark']);
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
    this.stored.write(theme);
  }

  private initialTheme(): DemoTheme {
    const stored = this.stored.read();
    if (stored) return stored;
    return this.document.defaultView?.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
  }

  private apply(theme: DemoTheme): void {
    this.document.documentElement.setAttribute('data-theme', theme);
  }
}
