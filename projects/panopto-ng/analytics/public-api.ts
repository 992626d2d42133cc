/*
 * Public API of `panopto-ng/analytics`: engagement tracking from player events, batched consent-gated
 * delivery to pluggable sinks, Panopto's own viewer statistics, and SVG chart components.
 *
 * Every export is named: a new declaration in a source file is not public until it is listed here.
 */

// Registration (configuration only: adds no service or component to the initial bundle).
export { withPanoptoAnalytics } from './src/config/with-analytics';
export { PanoptoAnalyticsConfig, ResolvedPanoptoAnalyticsConfig } from './src/config/analytics-options';
export { PANOPTO_ANALYTICS_CONFIG } from './src/config/analytics-config';
export { validatePanoptoAnalyticsConfig } from './src/config/validate-analytics-config';
export { providePanoptoAnalytics } from './src/config/provide-analytics';

// Engagement: the framework-free tracker, its reducer and interval maths.
export {
  WatchedInterval,
  mergeIntervals,
  uniqueLength,
  totalLength,
  clipIntervals,
  bucketCoverage,
} from './src/engagement/intervals';
export {
  PlayEngagementEvent,
  PauseEngagementEvent,
  TimeEngagementEvent,
  SeekEngagementEvent,
  RateEngagementEvent,
  EndedEngagementEvent,
  HiddenEngagementEvent,
  VisibleEngagementEvent,
  CheckpointEngagementEvent,
  EngagementEvent,
  EngagementEventType,
} from './src/engagement/engagement-events';
export {
  RatePlayback,
  EngagementTrackerOptions,
  DEFAULT_ENGAGEMENT_TRACKER_OPTIONS,
  EngagementState,
  INITIAL_ENGAGEMENT_STATE,
} from './src/engagement/engagement-state';
export { reduceEngagement, replayEngagement } from './src/engagement/engagement-reducer';
export { EngagementSummary, EngagementIdentity, summarizeEngagement } from './src/engagement/engagement-summary';
export { EngagementTracker } from './src/engagement/engagement-tracker';

// Delivery: consent gate, sampling, batching and retries (framework-free).
export {
  PanoptoAnalyticsEventType,
  PanoptoAnalyticsEvent,
  PanoptoAnalyticsBatch,
} from './src/delivery/analytics-event';
export { AnalyticsDeliveryTime } from './src/delivery/analytics-time';
export { PanoptoAnalyticsClock, SYSTEM_ANALYTICS_CLOCK } from './src/delivery/analytics-clock';
export {
  PanoptoAnalyticsConsent,
  AnalyticsDispatcherOptions,
  PanoptoAnalyticsDeliveryStats,
  AnalyticsDispatcher,
} from './src/delivery/analytics-dispatcher';
export { SinkChannelOptions, SinkDeliveryStats, SinkChannel } from './src/delivery/sink-channel';
export { isSampledIn } from './src/delivery/sampling';

// Sinks.
export { PanoptoAnalyticsSink } from './src/sinks/analytics-sink';
export { PanoptoAnalyticsSinkError, PanoptoAnalyticsSinkErrorInit } from './src/sinks/analytics-sink-error';
export { PanoptoHttpSinkOptions, panoptoHttpSink, PanoptoHttpSink, validateSinkUrl } from './src/sinks/http-sink';
export { panoptoConsoleSink } from './src/sinks/console-sink';

// The Angular service.
export { PANOPTO_ANALYTICS_CLOCK } from './src/service/analytics-clock-token';
export { TrackablePlayer, TRACKED_PLAYER_STATE } from './src/service/trackable-player';
export { EngagementTrackingHandle } from './src/service/tracked-view';
export { PanoptoTrackOptions, PanoptoAnalyticsService } from './src/service/panopto-analytics.service';

// Panopto's viewer statistics.
export { PanoptoViewerRow } from './src/stats/viewer-row';
export { LocalViewerEngagement, mergeViewerStats, clampPercent } from './src/stats/merge-viewer-stats';

// Charts.
export { PanoptoAnalyticsTexts, PanoptoViewerColumn, DEFAULT_PANOPTO_ANALYTICS_TEXTS } from './src/i18n/analytics-texts';
export { PANOPTO_ANALYTICS_TEXTS } from './src/i18n/analytics-texts-set';
// Translations: each reaches an app's bundle only when the app imports it (providePanoptoLanguages).
export { PANOPTO_ANALYTICS_FR } from './src/i18n/analytics-fr';
export { PANOPTO_ANALYTICS_AR } from './src/i18n/analytics-ar';
export { formatSeconds } from './src/components/format';
export { HeatmapModel, heatmapModel } from './src/components/heatmap-math';
export { CompletionBin, completionBins } from './src/components/completion-bins';
export { PanoptoEngagementHeatmapComponent } from './src/components/engagement-heatmap.component';
export {
  PanoptoViewerSortKey,
  PanoptoViewerSort,
  sortViewerRows,
  PanoptoViewerTableComponent,
} from './src/components/viewer-table.component';
export { PanoptoCompletionSummaryComponent } from './src/components/completion-summary.component';
export { PanoptoAnalyticsModule } from './src/components/panopto-analytics.module';
