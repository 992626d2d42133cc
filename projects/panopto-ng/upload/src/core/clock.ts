import { PanoptoClock, fromHandleClock, systemClock } from 'panopto-ng/core';

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

/**
 * A `PanoptoClock` for a clock of either shape, so a clock in the 0.1 shape (a handle plus `clearTimeout`) given
 * through the deprecated `PANOPTO_UPLOAD_CLOCK` keeps working. The adapter is the core's.
 */
export const asPanoptoClock = fromHandleClock;
