import { DOCUMENT } from '@angular/common';
import { Injectable, inject } from '@angular/core';
import { BehaviorSubject } from 'rxjs';
import { storedChoice } from './stored-choice';

export type DemoDirection = 'ltr' | 'rtl';

/**
 * Left-to-right / right-to-left switch for the gallery: sets `dir` on <html> (every page and component
 * follows it), remembers the choice across visits, and starts from the page's own `dir` otherwise.
 */
@Injectable({ providedIn: 'root' })
export class DirectionService {
  private readonly document = inject(DOCUMENT);
  private readonly stored = storedChoice<DemoDirection>(this.document, 'panopto-ng-demo-dir', ['ltr', 'rtl']);
  private readonly directionSubject = new BehaviorSubject<DemoDirection>(this.initialDirection());
  readonly direction$ = this.directionSubject.asObservable();

  constructor() {
    this.apply(this.directionSubject.value);
  }

  toggle(): void {
    this.set(this.directionSubject.value === 'rtl' ? 'ltr' : 'rtl');
  }

  set(direction: DemoDirection): void {
    this.directionSubject.next(direction);
    this.apply(direction);
    this.stored.write(direction);
  }

  private initialDirection(): DemoDirection {
    return this.stored.read() ?? (this.document.documentElement.getAttribute('dir') === 'rtl' ? 'rtl' : 'ltr');
  }

  private apply(direction: DemoDirection): void {
    this.document.documentElement.setAttribute('dir', direction);
  }
}
