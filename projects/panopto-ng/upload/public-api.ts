/*
 * Public API of `panopto-ng/upload`: the framework-free engine (usable without Angular), the Angular service
 * and the `<panopto-upload>` component. Explicit exports: the engine's internals (the retrying sender, the
 * session-upload and multipart steps, progress, resume records, error mapping) stay private. Its options and
 * `withPanoptoUpload()` come from the entry points `panopto-ng/upload/options` and `panopto-ng/upload/feature`
 * (re-exported here) so that registering the upload at the root pulls in configuration only. Test doubles live
 * in specs' testing-support, never here.
 */

// Options, their defaults and validation (panopto-ng/upload/options, framework-free).
export {
  MIB,
  MIN_PART_SIZE,
  MAX_PART_SIZE,
  MAX_PARTS,
  MAX_FILE_SIZE,
  PanoptoUploadOptions,
  PanoptoUploadRetryConfig,
  PanoptoUploadConfig,
  DEFAULT_UPLOAD_RETRY_CONFIG,
  DEFAULT_UPLOAD_OPTIONS,
  validatePanoptoUploadConfig,
  resolveUploadOptions,
} from 'panopto-ng/upload/options';

// Registration (panopto-ng/upload/feature, configuration only).
export { PANOPTO_UPLOAD_OPTIONS, withPanoptoUpload } from 'panopto-ng/upload/feature';

// The framework-free engine.
export {
  UcsVideoType,
  UcsMediaFile,
  UcsManifestInput,
  escapeXml,
  toXsDuration,
  DEFAULT_MANIFEST_NAME,
  buildUcsManifest,
} from './src/core/manifest';
export { choosePartSize, partCount, partRange, smallerPartSize } from './src/core/part-plan';
export {
  UploadRetryOptions,
  DEFAULT_UPLOAD_RETRY,
  isRetryableStatus,
  parseRetryAfter,
  retryDelay,
} from './src/core/retry-policy';
export { UploadClock, SYSTEM_UPLOAD_CLOCK } from './src/core/clock';
export { ConcurrencyLimiter } from './src/core/concurrency-limiter';
export {
  TransportRequest,
  TransportResponse,
  TransportOptions,
  UploadTransport,
  UploadNetworkError,
} from './src/core/transport';
export {
  PanoptoUploadError,
  PanoptoUploadStepError,
  UploadValidationReason,
  PanoptoUploadValidationError,
  PanoptoUploadPermissionError,
  PanoptoUploadConfigError,
  PanoptoUploadHttpError,
  PanoptoUploadProcessingError,
  MISSING_ETAG_MESSAGE,
} from './src/core/upload-errors';
export { UploadSource, fileFingerprint, uploadFingerprint } from './src/core/upload-source';
export { PersistedFile, PersistedUpload, UploadResumeStore, MemoryResumeStore } from './src/core/resume-store';
export { IndexedDbResumeStore } from './src/core/indexed-db-resume-store';
export { UploadTokenRefresher, UploadSendEvent } from './src/core/retrying-sender';
export { UploadRequest, UploadPhase, UploadFileProgress, UploadSnapshot } from './src/core/upload-types';
export { validateFile, validateUploadRequest, formatBytes } from './src/core/validation';
export { UploadJob } from './src/core/upload-job';
export { PanoptoUploadEngine, UploadEngineDeps } from './src/core/upload-engine';
export { XhrUploadTransport } from './src/core/xhr-transport';

// Angular.
export {
  PANOPTO_UPLOAD_TOKEN_REFRESHER,
  PANOPTO_UPLOAD_TRANSPORT,
  PANOPTO_UPLOAD_RESUME_STORE,
  PANOPTO_UPLOAD_CLOCK,
} from './src/angular/upload-tokens';
export { HttpClientUploadTransport } from './src/angular/http-client-upload-transport';
export { PanoptoUploadService, PanoptoUploadRef } from './src/angular/panopto-upload.service';
export { PanoptoUploadComponent, PanoptoUploadedEvent } from './src/component/panopto-upload.component';
export { PanoptoUploadModule } from './src/component/panopto-upload.module';

// Texts and translations (each translation reaches an app's bundle only when the app imports it).
export {
  PanoptoUploadTexts,
  UploadFindingText,
  UploadFailureText,
  DEFAULT_PANOPTO_UPLOAD_TEXTS,
} from './src/i18n/upload-texts';
export { PANOPTO_UPLOAD_TEXTS } from './src/i18n/upload-texts-set';
export { PANOPTO_UPLOAD_FR } from './src/i18n/upload-fr';
export { PANOPTO_UPLOAD_AR } from './src/i18n/upload-ar';
