import { ModuleWithProviders, NgModule } from '@angular/core';
import { PanoptoAnalyticsConfig } from '../config/analytics-options';
import { withPanoptoAnalytics } from '../config/with-analytics';
import { PanoptoCompletionSummaryComponent } from './completion-summary.component';
import { PanoptoEngagementHeatmapComponent } from './engagement-heatmap.component';
import { PanoptoViewerTableComponent } from './viewer-table.component';

const COMPONENTS = [PanoptoEngagementHeatmapComponent, PanoptoViewerTableComponent, PanoptoCompletionSummaryComponent];

/**
 * The analytics components for NgModule apps. Import it where the charts are used (a lazy feature module), not
 * at the root: importing it pulls every chart into that bundle. Configure analytics at the root with
 * `PanoptoModule.forRoot(config, withPanoptoAnalytics(options))`.
 *
 * @example
 * ```ts
 * @NgModule({ imports: [PanoptoAnalyticsModule], declarations: [ReportsPageComponent] })
 * export class ReportsModule {}
 * ```
 */
@NgModule({ imports: COMPONENTS, exports: COMPONENTS })
export class PanoptoAnalyticsModule {
  /**
   * The components plus the analytics configuration.
   *
   * @deprecated Use `PanoptoModule.forRoot(config, withPanoptoAnalytics(options))` for the configuration (and
   * import `PanoptoAnalyticsModule` without `forRoot()` where the charts are used) instead. Removed in 0.3.
   */
  static forRoot(config: PanoptoAnalyticsConfig = {}): ModuleWithProviders<PanoptoAnalyticsModule> {
    return { ngModule: PanoptoAnalyticsModule, providers: withPanoptoAnalytics(config).providers };
  }
}
