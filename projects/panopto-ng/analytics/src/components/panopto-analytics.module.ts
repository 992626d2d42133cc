import { ModuleWithProviders, NgModule } from '@angular/core';
import { PANOPTO_ANALYTICS_CONFIG, PanoptoAnalyticsConfig } from '../config/analytics-config';
import { validatePanoptoAnalyticsConfig } from '../config/validate-analytics-config';
import { PanoptoCompletionSummaryComponent } from './completion-summary.component';
import { PanoptoEngagementHeatmapComponent } from './engagement-heatmap.component';
import { PanoptoViewerTableComponent } from './viewer-table.component';

const COMPONENTS = [PanoptoEngagementHeatmapComponent, PanoptoViewerTableComponent, PanoptoCompletionSummaryComponent];

/**
 * The analytics components for NgModule apps; `forRoot(config)` is the NgModule form of
 * `providePanoptoAnalytics()`.
 *
 * @example
 * ```ts
 * @NgModule({ imports: [PanoptoAnalyticsModule.forRoot({ sinks: [panoptoHttpSink({ url: '/api/engagement' })] })] })
 * export class AppModule {}
 * ```
 */
@NgModule({ imports: COMPONENTS, exports: COMPONENTS })
export class PanoptoAnalyticsModule {
  static forRoot(config: PanoptoAnalyticsConfig = {}): ModuleWithProviders<PanoptoAnalyticsModule> {
    return {
      ngModule: PanoptoAnalyticsModule,
      providers: [{ provide: PANOPTO_ANALYTICS_CONFIG, useValue: validatePanoptoAnalyticsConfig(config) }],
    };
  }
}
