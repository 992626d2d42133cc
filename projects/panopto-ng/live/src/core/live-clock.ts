import { InjectionToken, NgZone, inject } from '@angular/core';

/**
 * The time source of the live entry point: the same shape as the core's `PanoptoClock` (`now()` and a
 * cancellable `setTimeout`), so a test can drive polling, countdowns and backoff with a manual clock.
 */
export interface LiveClock {
  /** Epoch milliseconds. */
  now(): number;
  /** Calls `callback` after `ms`; the returned function cancels it. */
  setTimeout(callback: () => void, ms: number): () => void;
}

/**
 * The clock `PanoptoLiveService` and the live components use. By default real time with timers started
 * outside the Angular zone (an idle poll loop never triggers change detection and never keeps the app
 * "unstable"); callbacks also run outside it, and the code they resume re-enters the zone only to deliver a
 * result.
 *
 * @example
 * ```ts
 * providers: [{ provide: PANOPTO_LIVE_CLOCK, useValue: fakeClock }]
 * ```
 */
export const PANOPTO_LIVE_CLOCK = new InjectionToken<LiveClock>('PANOPTO_LIVE_CLOCK', {
  providedIn: 'root',
  factory: () => outsideZoneClock(inject(NgZone)),
});

/** Real time; timers are started (and fire) outside `zone`. */
export function outsideZoneClock(zone: NgZone): LiveClock {
  return {
    now: () => Date.now(),
    setTimeout: (callback, ms) => {
      const handle = zone.runOutsideAngular(() => setTimeout(callback, Math.max(0, ms)));
      return () => clearTimeout(handle);
    },
  };
}
