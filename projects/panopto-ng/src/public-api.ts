/*
 * Public API of `panopto-ng` (the primary entry point): configuration, the typed REST v1 client, models,
 * errors and the monitoring event stream. Feature entry points (`panopto-ng/player`, ...) import from here.
 */
export * from './lib/config/panopto-config';
export * from './lib/config/panopto-config-error';
export * from './lib/config/provide-panopto';
export { validatePanoptoConfig, validateBaseUrl, rejectUnknownKeys, isLoopbackHost } from './lib/config/validate-config';
// REST core: models, errors, clock, events/logging, HTTP engine (retry, rate limit, sharing) and PanoptoApi.
export * from './lib/rest-core';
