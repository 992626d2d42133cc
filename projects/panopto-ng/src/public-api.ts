/*
 * Public API of `panopto-ng` (the primary entry point): configuration and feature registration, the typed REST v1
 * client, the monitoring event stream, and (re-exported from the framework-free `panopto-ng/core`) models, GUID
 * helpers, errors, the retry policy, the clock interface and the shared configuration rules. Feature entry points
 * (`panopto-ng/player`, ...) import from here or from `panopto-ng/core`.
 */
export { PANOPTO_CONFIG, PANOPTO_SITE } from './lib/config/panopto-config';
export type {
  PanoptoConfig,
  PanoptoRateLimitConfig,
  PanoptoSite,
  ResolvedPanoptoConfig,
} from './lib/config/panopto-config';
export { providePanopto, PanoptoModule } from './lib/config/provide-panopto';
export type { PanoptoFeature, PanoptoFeatureKind } from './lib/config/provide-panopto';
export { validatePanoptoConfig, validatePanoptoSite } from './lib/config/validate-config';
export * from './lib/rest-core';
export * from './lib/i18n/index';
