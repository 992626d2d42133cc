import { InjectionToken, inject } from '@angular/core';
import { PANOPTO_CLOCK, PANOPTO_RANDOM } from 'panopto-ng';
import { PanoptoAnalyticsClock, fromLegacyAnalyticsClock, toLegacyAnalyticsClock } from '../delivery/analytics-clock';
import { AnalyticsDeliveryTime } from '../delivery/analytics-time';

/*
 * `@__PURE__`: the CLI marks top-level calls pure only in `@angular/*` packages, so without it an app that never
 * uses this deprecated token would still keep it (and its factory) in its bundle.
 */

/** The default values of `PANOPTO_ANALYTICS_CLOCK`: views of `PANOPTO_CLOCK`, not a clock of their own. */
const VIEWS_OF_PANOPTO_CLOCK = /*@__PURE__*/ new WeakSet<PanoptoAnalyticsClock>();

/**
 * The analytics entry point's former clock token. By default it reads `PANOPTO_CLOCK` and `PANOPTO_RANDOM`.
 * An app that still provides it is honoured: the analytics delivery then runs its timers and jitter on the
 * provided object instead of `PANOPTO_CLOCK` / `PANOPTO_RANDOM`.
 *
 * @deprecated Provide `PANOPTO_CLOCK` and `PANOPTO_RANDOM` (in tests: `provideFakePanoptoClock()` from
 * `panopto-ng/testing`) instead. Removed in 0.3.
 */
export const PANOPTO_ANALYTICS_CLOCK = /*@__PURE__*/ new InjectionToken<PanoptoAnalyticsClock>(
  'PANOPTO_ANALYTICS_CLOCK',
  {
    providedIn: 'root',
    factory: () => {
      const view = toLegacyAnalyticsClock({ clock: inject(PANOPTO_CLOCK), random: inject(PANOPTO_RANDOM) });
      VIEWS_OF_PANOPTO_CLOCK.add(view);
      return view;
    },
  },
);

/**
 * The delivery's time in an injection context: `PANOPTO_CLOCK` and `PANOPTO_RANDOM`, unless the app provides the
 * deprecated `PANOPTO_ANALYTICS_CLOCK`.
 */
export function injectAnalyticsDeliveryTime(): AnalyticsDeliveryTime {
  const legacy = inject(PANOPTO_ANALYTICS_CLOCK);
  if (!VIEWS_OF_PANOPTO_CLOCK.has(legacy)) return fromLegacyAnalyticsClock(legacy);
  return { clock: inject(PANOPTO_CLOCK), random: inject(PANOPTO_RANDOM) };
}
