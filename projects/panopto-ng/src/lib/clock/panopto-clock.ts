import { InjectionToken, NgZone, inject } from '@angular/core';
import { Observable } from 'rxjs';

/**
 * Time as panopto-ng sees it: backoff, rate limiting, timeouts, token expiry and upload polling all read
 * `now()` and wait with `setTimeout()`. Replace it (`{ provide: PANOPTO_CLOCK, useValue: fakeClock }`) to test
 * time-dependent code without waiting.
 */
export interface PanoptoClock {
  /** Milliseconds since the epoch, like `Date.now()`. */
  now(): number;
  /** Calls `callback` after `ms` milliseconds; the returned function cancels it. */
  setTimeout(callback: () => void, ms: number): () => void;
}

/**
 * The clock used by every panopto-ng feature. Defaults to real time. Its timers run outside the Angular zone
 * (so a pending backoff does not keep the app "unstable" for SSR or e2e tools) and call back inside it (so
 * the work they resume triggers change detection).
 *
 * @example
 * ```ts
 * TestBed.configureTestingModule({ providers: [{ provide: PANOPTO_CLOCK, useValue: new FakePanoptoClock() }] });
 * ```
 */
export const PANOPTO_CLOCK = new InjectionToken<PanoptoClock>('PANOPTO_CLOCK', {
  providedIn: 'root',
  factory: () => zoneAwareSystemClock(inject(NgZone)),
});

/** The real clock; timers are started outside `zone` and fire inside it. */
export function zoneAwareSystemClock(zone: NgZone): PanoptoClock {
  return {
    now: () => Date.now(),
    setTimeout: (callback, ms) => {
      const handle = zone.runOutsideAngular(() => setTimeout(() => zone.run(callback), Math.max(0, ms)));
      return () => clearTimeout(handle);
    },
  };
}

/**
 * Source of randomness for backoff jitter. Tests provide a constant (`() => 0.5`) so delays are exact.
 *
 * @example
 * ```ts
 * providers: [{ provide: PANOPTO_RANDOM, useValue: () => 0 }]
 * ```
 */
export const PANOPTO_RANDOM = new InjectionToken<() => number>('PANOPTO_RANDOM', {
  providedIn: 'root',
  factory: () => Math.random,
});

/**
 * An Observable that emits once after `ms` on `clock` and completes; unsubscribing cancels the timer.
 *
 * @example
 * ```ts
 * clockTimer(clock, 1000).pipe(switchMap(() => retry$))
 * ```
 */
export function clockTimer(clock: PanoptoClock, ms: number): Observable<void> {
  return new Observable<void>((subscriber) => {
    const cancel = clock.setTimeout(() => {
      subscriber.next();
      subscriber.complete();
    }, ms);
    return cancel;
  });
}
