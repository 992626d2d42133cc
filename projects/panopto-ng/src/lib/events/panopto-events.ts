import { Injectable, inject } from '@angular/core';
import { Observable, Subject, filter } from 'rxjs';
import { PANOPTO_CLOCK } from '../clock/panopto-clock';
import { describePanoptoEvent } from './describe-event';
import { PanoptoEvent, PanoptoEventInput, PanoptoEventOf, PanoptoEventType } from './panopto-event';
import { PANOPTO_LOGGER } from './panopto-logger';

/**
 * One stream of everything notable panopto-ng does: REST requests, retries, rate-limit waits, errors, token
 * refreshes, upload parts. Subscribe for monitoring or a debug panel; features publish with `publish()`.
 *
 * @example
 * ```ts
 * inject(PanoptoEvents).ofType('retry', 'error').subscribe((e) => metrics.count(e.type));
 * ```
 */
@Injectable({ providedIn: 'root' })
export class PanoptoEvents {
  private readonly clock = inject(PANOPTO_CLOCK);
  private readonly logger = inject(PANOPTO_LOGGER, { optional: true });
  private readonly subject = new Subject<PanoptoEvent>();

  /** Every event from now on (hot: past events are not replayed). */
  readonly events$: Observable<PanoptoEvent> = this.subject.asObservable();

  /** Events of the given kinds only, narrowed to their types. */
  ofType<K extends PanoptoEventType>(...types: K[]): Observable<PanoptoEventOf<K>> {
    const wanted = new Set<string>(types);
    return this.events$.pipe(filter((e) => wanted.has(e.type))) as unknown as Observable<PanoptoEventOf<K>>;
  }

  /** Publishes an event to subscribers and the logger; `time` defaults to the injected clock's `now()`. */
  publish(event: PanoptoEventInput): void {
    const full = { ...event, time: event.time ?? this.clock.now() } as PanoptoEvent;
    if (this.logger) {
      try {
        const { level, message } = describePanoptoEvent(full);
        this.logger.log(level, message, full);
      } catch {
        // A broken logger must never break the call that is being logged.
      }
    }
    this.subject.next(full);
  }
}
