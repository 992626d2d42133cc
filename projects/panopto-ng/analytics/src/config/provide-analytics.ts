import { EnvironmentProviders, makeEnvironmentProviders } from '@angular/core';
import { PanoptoAnalyticsConfig } from './analytics-options';
import { withPanoptoAnalytics } from './with-analytics';

/**
 * Configures `PanoptoAnalyticsService` on its own, outside `providePanopto()`.
 *
 * @deprecated Use `providePanopto(config, withPanoptoAnalytics(options))` instead. Removed in 0.3.
 *
 * @example
 * ```ts
 * providePanoptoAnalytics({ sinks: [panoptoHttpSink({ url: '/api/panopto-engagement' })] });
 * ```
 */
export function providePanoptoAnalytics(config: PanoptoAnalyticsConfig = {}): EnvironmentProviders {
  return makeEnvironmentProviders(withPanoptoAnalytics(config).providers);
}
