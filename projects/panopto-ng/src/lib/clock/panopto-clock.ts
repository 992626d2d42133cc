import { InjectionToken, NgZone, inject } from '@angular/core';
import { PanoptoClock, PanoptoRandom } from 'panopto-ng/core';

/**
 * The one clock of panopto-ng: the REST core, auth, upload, analytics, live and provisioning all read time and
 * start timers through it. Defaults to real time. Its timers run outside the Angular zone (so a pending backoff
 * does not keep the app "unstable" for SSR or e2e tools); a timer started from inside the zone calls back inside
 * it (so the work it resumes triggers change detection), one started outside stays outside (so a once-a-second
 * countdown started with `zone.runOutsideAngular()` never runs app-wide change detection).
 *
 * @example
 * ```ts
 * import { provideFakePanoptoClock } from 'panopto-ng/testing';
 * TestBed.configureTestingModule({ providers: [provideFakePanoptoClock()] });
 * ```
 */
export const PANOPTO_CLOCK = /*@__PURE__*/ new InjectionToken<PanoptoClock>('PANOPTO_CLOCK', {
  providedIn: 'root',
  factory: () => zoneAwareSystemClock(inject(NgZone)),
});

/**
 * The real clock for Angular: timers are started outside `zone`; the callback runs in the zone it was scheduled
 * from.
 *
 * @example
 * ```ts
 * { provide: PANOPTO_CLOCK, useFactory: () => zoneAwareSystemClock(inject(NgZone)) }
 * ```
 */
export function zoneAwareSystemClock(zone: NgZone): PanoptoClock {
  return {
    now: () => Date.now(),
    setTimeout: (callback, ms) => {
      const fromAngular = NgZone.isInAngularZone();
      const handle = zone.runOutsideAngular(() =>
        setTimeout(() => (fromAngular ? zone.run(callback) : callback()), Math.max(0, ms)),
      );
      return () => clearTimeout(handle);
    },
  };
}

/**
 * Source of randomness for backoff jitter and sampling. Tests provide a constant (`() => 0.5`) so delays are exact.
 *
 * @example
 * ```ts
 * providers: [{ provide: PANOPTO_RANDOM, useValue: () => 0 }]
 * ```
 */
export const PANOPTO_RANDOM = /*@__PURE__*/ new InjectionToken<PanoptoRandom>('PANOPTO_RANDOM', {
  providedIn: 'root',
  factory: () => Math.random,
});
