import { InjectionToken } from '@angular/core';

/**
 * Time, timers and randomness for the analytics delivery, injectable so tests can drive them. The default
 * uses the global timers (which `jasmine.clock()` and `fakeAsync` also replace).
 */
export interface PanoptoAnalyticsClock {
  now(): number;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  /** A number in [0, 1), for retry jitter. */
  random(): number;
}

/** The global timers and `Math.random`. */
export const SYSTEM_ANALYTICS_CLOCK: PanoptoAnalyticsClock = {
  now: () => Date.now(),
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
  random: () => Math.random(),
};

/** Replace to control time in tests. */
export const PANOPTO_ANALYTICS_CLOCK = new InjectionToken<PanoptoAnalyticsClock>('PANOPTO_ANALYTICS_CLOCK', {
  providedIn: 'root',
  factory: () => SYSTEM_ANALYTICS_CLOCK,
});
