/*
 * Registration of panopto-ng/analytics. This file imports only the config token, the option types and their
 * validation (no service, dispatcher or component), so `withPanoptoAnalytics()` at the root adds configuration
 * only to an app's initial bundle; the service and the charts load with the code that uses them.
 */
import type { PanoptoFeature } from 'panopto-ng';
import { PANOPTO_ANALYTICS_CONFIG } from './analytics-config';
import { PanoptoAnalyticsConfig } from './analytics-options';
import { validatePanoptoAnalyticsConfig } from './validate-analytics-config';

/**
 * The analytics feature for `providePanopto()` / `PanoptoModule.forRoot()`: sinks, batching, retries, sampling
 * and consent for `PanoptoAnalyticsService`. Validated here, at startup, so a wrong value fails naming the field
 * (`analytics.batchSize`). Without it the service still tracks locally and sends nothing.
 *
 * @example
 * ```ts
 * bootstrapApplication(AppComponent, {
 *   providers: [
 *     provideHttpClient(),
 *     providePanopto(
 *       { serverUrl: 'https://myuni.hosted.panopto.com' },
 *       withPanoptoAnalytics({ sinks: [panoptoHttpSink({ url: '/api/panopto-engagement' })] }),
 *     ),
 *   ],
 * });
 * ```
 */
export function withPanoptoAnalytics(config: PanoptoAnalyticsConfig = {}): PanoptoFeature {
  return {
    kind: 'analytics',
    providers: [{ provide: PANOPTO_ANALYTICS_CONFIG, useValue: validatePanoptoAnalyticsConfig(config) }],
  };
}
