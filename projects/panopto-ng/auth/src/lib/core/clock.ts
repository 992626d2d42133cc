import { InjectionToken } from '@angular/core';

/**
 * Wall-clock time for token expiry. Expiry is stored as an absolute epoch time and compared with this clock,
 * so a laptop that slept for two hours sees an expired token at once. Replace it in tests to jump in time.
 *
 * @example
 * ```ts
 * let now = Date.now();
 * TestBed.configureTestingModule({ providers: [{ provide: PANOPTO_AUTH_CLOCK, useValue: { now: () => now } }] });
 * now += 2 * 3600_000; // two hours later
 * ```
 */
export interface PanoptoAuthClock {
  /** Milliseconds since the epoch. */
  now(): number;
}

export const PANOPTO_AUTH_CLOCK = new InjectionToken<PanoptoAuthClock>('PANOPTO_AUTH_CLOCK', {
  providedIn: 'root',
  factory: () => ({ now: () => Date.now() }),
});
