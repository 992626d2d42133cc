import { EnvironmentProviders, makeEnvironmentProviders } from '@angular/core';
import { PANOPTO_ANALYTICS_CONFIG, PanoptoAnalyticsConfig } from './analytics-config';
import { validatePanoptoAnalyticsConfig } from './validate-analytics-config';

/**
 * Configures `PanoptoAnalyticsService`: sinks, batching, retries, sampling and consent. Validated at once, so a
 * wrong value fails at startup naming the field. Without it the service still tracks locally and sends nothing.
 *
 * @example
 * ```ts
 * bootstrapApplication(AppComponent, {
 *   providers: [
 *     provideHttpClient(),
 *     providePanopto({ serverUrl: 'https://myuni.hosted.panopto.com' }),
 *     providePanoptoAnalytics({ sinks: [panoptoHttpSink({ url: '/api/panopto-engagement' })] }),
 *   ],
 * });
 * ```
 */
export function providePanoptoAnalytics(config: PanoptoAnalyticsConfig = {}): EnvironmentProviders {
  return makeEnvironmentProviders([
    { provide: PANOPTO_ANALYTICS_CONFIG, useValue: validatePanoptoAnalyticsConfig(config) },
  ]);
}
