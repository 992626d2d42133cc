/*
 * Public API of `panopto-ng/analytics`: engagement tracking from player events, batched consent-gated
 * delivery to pluggable sinks, Panopto's own viewer statistics, and SVG chart components.
 */
export * from './src/engagement/intervals';
export * from './src/engagement/engagement-events';
export * from './src/engagement/engagement-state';
export * from './src/engagement/engagement-reducer';
export * from './src/engagement/engagement-summary';
export * from './src/engagement/engagement-tracker';
export * from './src/delivery/analytics-event';
export * from './src/delivery/analytics-clock';
export * from './src/delivery/analytics-dispatcher';
export * from './src/delivery/sink-channel';
export { isSampledIn } from './src/delivery/sampling';
export * from './src/sinks/analytics-sink';
export * from './src/sinks/http-sink';
export * from './src/sinks/console-sink';
export * from './src/config/analytics-config';
export * from './src/config/validate-analytics-config';
export * from './src/config/provide-analytics';
export * from './src/service/trackable-player';
export { EngagementTrackingHandle } from './src/service/tracked-view';
export * from './src/service/panopto-analytics.service';
export * from './src/stats/viewer-row';
export * from './src/stats/merge-viewer-stats';
export { formatSeconds } from './src/components/format';
export * from './src/components/heatmap-math';
export * from './src/components/completion-bins';
export * from './src/components/engagement-heatmap.component';
export * from './src/components/viewer-table.component';
export * from './src/components/completion-summary.component';
export * from './src/components/panopto-analytics.module';
