import { PanoptoClock, PanoptoRandom } from 'panopto-ng/core';

/**
 * Time and randomness of the analytics delivery: flush timers and retry waits run on `clock`, retry jitter
 * reads `random`. `PanoptoAnalyticsService` passes `PANOPTO_CLOCK` and `PANOPTO_RANDOM`; tests pass
 * `FakePanoptoClock` from `panopto-ng/testing`.
 *
 * @example
 * ```ts
 * const dispatcher = new AnalyticsDispatcher(sinks, validatePanoptoAnalyticsConfig(config), {
 *   clock: new FakePanoptoClock(),
 *   random: () => 0.5,
 * });
 * ```
 */
export interface AnalyticsDeliveryTime {
  readonly clock: PanoptoClock;
  readonly random: PanoptoRandom;
}
