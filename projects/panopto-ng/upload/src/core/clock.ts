import { PanoptoClock, systemClock } from 'panopto-ng/core';

/*
 * The upload engine's time is panopto-ng's one clock, `PanoptoClock` (`panopto-ng/core`); Angular apps give it
 * `PANOPTO_CLOCK`. The names below are the upload's own clock of 0.1, kept for one minor version.
 */

/**
 * The time source of the upload engine.
 *
 * @deprecated Use `PanoptoClock` from `panopto-ng/core` instead. Removed in 0.3.
 */
export type UploadClock = PanoptoClock;

/**
 * `Date.now` and the global timers.
 *
 * @deprecated Use `systemClock` from `panopto-ng/core` instead. Removed in 0.3.
 */
export const SYSTEM_UPLOAD_CLOCK: PanoptoClock = systemClock;

/** The clock shape of panopto-ng/upload 0.1: `setTimeout` returned a handle for `clearTimeout`. */
interface HandleClock {
  now(): number;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout?(handle: unknown): void;
}

/**
 * A `PanoptoClock` for a clock of either shape: one whose `setTimeout` returns a cancel function (as
 * `PanoptoClock` does) is used as it is; one in the 0.1 shape (a handle plus `clearTimeout`) is adapted, so a
 * clock given through the deprecated `PANOPTO_UPLOAD_CLOCK` keeps working.
 */
export function asPanoptoClock(clock: PanoptoClock | HandleClock): PanoptoClock {
  const source = clock as HandleClock;
  return {
    now: () => source.now(),
    setTimeout: (callback, ms) => {
      const handle = source.setTimeout(callback, ms);
      if (typeof handle === 'function') return handle as () => void;
      return () => source.clearTimeout?.(handle);
    },
  };
}
