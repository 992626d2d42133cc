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
