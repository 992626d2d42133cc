import { InjectionToken } from '@angular/core';
import { ResolvedPanoptoAnalyticsConfig } from './analytics-options';

export type { PanoptoAnalyticsConfig, ResolvedPanoptoAnalyticsConfig } from './analytics-options';

/** The validated analytics configuration, provided by `withPanoptoAnalytics()`. */
export const PANOPTO_ANALYTICS_CONFIG = /*@__PURE__*/ new InjectionToken<ResolvedPanoptoAnalyticsConfig>(
  'PANOPTO_ANALYTICS_CONFIG',
);
