/*
 * Public API of `panopto-ng/live`: webcasts on air now, remote recorders, scheduled broadcasts, and the
 * components `<panopto-live-now>`, `<panopto-schedule-broadcast>` and `<panopto-live-player>`.
 */
export * from './src/core/live-options';
export { PanoptoLiveBackend, PANOPTO_LIVE_BACKEND, PanoptoApiLiveBackend } from './src/core/live-backend';
export { diffById, uniqueById, WebcastDiff } from './src/core/webcast-diff';
export { PollTiming, PollOutcome, pollWhileVisible, backoffDelayMs } from './src/polling/visibility-poll';
export * from './src/schedule/broadcast-validation';
export * from './src/schedule/schedule-conflicts';
export * from './src/panopto-live.service';
export { PanoptoLiveNowComponent } from './src/live-now/live-now.component';
export { PanoptoScheduleBroadcastComponent } from './src/schedule-broadcast/schedule-broadcast.component';
export { PanoptoLivePlayerComponent, LiveInstant } from './src/live-player/live-player.component';
export { LivePlayerPhase, livePlayerPhase } from './src/live-player/live-player-phase';
export { PanoptoLiveTexts, LiveConflictText, DEFAULT_PANOPTO_LIVE_TEXTS } from './src/i18n/live-texts';
export { PANOPTO_LIVE_TEXTS } from './src/i18n/live-texts-set';
// Translations: each reaches an app's bundle only when the app imports it (providePanoptoLanguages).
export { PANOPTO_LIVE_FR } from './src/i18n/live-fr';
export { PANOPTO_LIVE_AR } from './src/i18n/live-ar';
export { PanoptoLiveModule } from './src/live.module';
