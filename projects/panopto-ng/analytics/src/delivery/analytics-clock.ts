import { fromHandleClock, systemClock } from 'panopto-ng/core';
import { AnalyticsDeliveryTime } from './analytics-time';

/*
 * The analytics entry point's former second clock, kept for one minor version. Analytics now reads the one
 * clock of panopto-ng (`PANOPTO_CLOCK`, with `PANOPTO_RANDOM` for jitter); these names map onto it.
 */

/**
 * Time, timers and randomness in one object, as the analytics delivery read them before `PANOPTO_CLOCK`.
 * An object of this shape is still accepted wherever an `AnalyticsDeliveryTime` is (and through
 * `PANOPTO_ANALYTICS_CLOCK`); it maps onto a `PanoptoClock` (`now`, `setTimeout` + `clearTimeout` as the cancel
 * function) and a `PanoptoRandom` (`random`).
 *
 * @deprecated Use `PanoptoClock` and `PanoptoRandom` from `panopto-ng/core` (provided as `PANOPTO_CLOCK` and
 * `PANOPTO_RANDOM`) instead. Removed in 0.3.
 */
export interface PanoptoAnalyticsClock {
  now(): number;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  /** A number in [0, 1), for retry jitter. */
  random(): number;
}

/**
 * The global timers and `Math.random` in the old shape (over the core's `systemClock`).
 *
 * @deprecated Use `systemClock` from `panopto-ng/core` and `Math.random`, or inject `PANOPTO_CLOCK` and
 * `PANOPTO_RANDOM`, instead. Removed in 0.3.
 */
export const SYSTEM_ANALYTICS_CLOCK: PanoptoAnalyticsClock = {
  now: () => systemClock.now(),
  setTimeout: (callback, ms) => systemClock.setTimeout(callback, ms),
  clearTimeout: (handle) => {
    if (typeof handle === 'function') handle();
  },
  random: () => Math.random(),
};

/** True for an object of the deprecated `PanoptoAnalyticsClock` shape. */
export function isLegacyAnalyticsClock(value: unknown): value is PanoptoAnalyticsClock {
  const v = value as Partial<PanoptoAnalyticsClock> | null;
  return (
    typeof v === 'object' &&
    v !== null &&
    typeof v.now === 'function' &&
    typeof v.setTimeout === 'function' &&
    typeof v.clearTimeout === 'function' &&
    typeof v.random === 'function'
  );
}

/** A deprecated `PanoptoAnalyticsClock` as the clock and randomness it stands for. */
export function fromLegacyAnalyticsClock(legacy: PanoptoAnalyticsClock): AnalyticsDeliveryTime {
  return {
    clock: fromHandleClock(legacy),
    random: () => legacy.random(),
  };
}

/** The clock and randomness as the deprecated shape (what `PANOPTO_ANALYTICS_CLOCK` gives by default). */
export function toLegacyAnalyticsClock(time: AnalyticsDeliveryTime): PanoptoAnalyticsClock {
  return {
    now: () => time.clock.now(),
    setTimeout: (callback, ms) => time.clock.setTimeout(callback, ms),
    clearTimeout: (handle) => {
      if (typeof handle === 'function') handle();
    },
    random: () => time.random(),
  };
}

/** Either form as an `AnalyticsDeliveryTime`. */
export function deliveryTime(source: AnalyticsDeliveryTime | PanoptoAnalyticsClock): AnalyticsDeliveryTime {
  return isLegacyAnalyticsClock(source) ? fromLegacyAnalyticsClock(source) : source;
}
