/*
 * Public API of `panopto-ng/core`: the framework-free heart of panopto-ng — models named as in Panopto's swagger,
 * GUID helpers, the error family, the one retry policy, the clock interface and the shared configuration rules.
 * Nothing here imports `@angular/*`, so it loads in a Web Worker or in Node. `panopto-ng` re-exports all of it.
 */
export * from './src/models/index';
export { ROOT_FOLDER_ID, GUID_PATTERN_SOURCE, isGuid, assertGuid } from './src/guid';
export {
  PanoptoError,
  PanoptoErrorOptions,
  PanoptoRequestInfo,
  PanoptoApiErrorInit,
  PanoptoApiError,
  PanoptoAuthError,
  PanoptoRateLimitError,
  PanoptoNetworkError,
  PanoptoUploadError,
} from './src/errors/panopto-error';
export { PanoptoConfigError } from './src/errors/panopto-config-error';
export { readApiError, describeApiError } from './src/errors/api-error-body';
export {
  PanoptoRetryConfig,
  PanoptoJitter,
  PanoptoBackoffOptions,
  PanoptoRetryReason,
  PanoptoRetryRule,
  ADDITIVE_JITTER,
  EQUAL_JITTER,
  FULL_JITTER,
  NO_JITTER,
  backoffDelay,
  retryDelay,
  parseRetryAfter,
  retryReasonForStatus,
  retryReasonFor,
} from './src/retry/retry-policy';
export {
  PanoptoClock,
  PanoptoRandom,
  PanoptoHandleClock,
  fromHandleClock,
  systemClock,
  clockTimer,
  clockInterval,
  clockSleep,
  abortError,
  isAbortError,
} from './src/clock/panopto-clock';
export {
  isLoopbackHost,
  rejectUnknownKeys,
  optionsObject,
  numberOption,
  booleanOption,
  stringOption,
  oneOfOption,
  validateBaseUrl,
  validateRetryConfig,
} from './src/config/config-rules';
export {
  PanoptoPluralForms,
  plural,
  PanoptoDateInput,
  PanoptoDateOptions,
  PanoptoFormat,
  panoptoFormat,
  PanoptoTextsShape,
  PanoptoTranslation,
  PanoptoTranslationReport,
  checkTranslation,
  languageDirection,
  languageMatches,
} from './src/i18n/index';
