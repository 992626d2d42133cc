/*
 * Public API of `panopto-ng/upload`: the framework-free engine (usable without Angular), the Angular service
 * and the `<panopto-upload>` component.
 */
export * from './src/core/manifest';
export * from './src/core/part-plan';
export * from './src/core/retry-policy';
export { UploadClock, SYSTEM_UPLOAD_CLOCK } from './src/core/clock';
export { ConcurrencyLimiter } from './src/core/concurrency-limiter';
export * from './src/core/transport';
export * from './src/core/upload-errors';
export * from './src/core/upload-source';
export * from './src/core/resume-store';
export { IndexedDbResumeStore } from './src/core/indexed-db-resume-store';
export { UploadTokenRefresher, UploadSendEvent } from './src/core/retrying-sender';
export * from './src/core/upload-options';
export * from './src/core/upload-types';
export { validateFile, validateUploadRequest, formatBytes } from './src/core/validation';
export { UploadJob } from './src/core/upload-job';
export { PanoptoUploadEngine, UploadEngineDeps } from './src/core/upload-engine';
export { XhrUploadTransport } from './src/core/xhr-transport';
export * from './src/angular/upload-tokens';
export { HttpClientUploadTransport } from './src/angular/http-client-upload-transport';
export { PanoptoUploadService, PanoptoUploadRef } from './src/angular/panopto-upload.service';
export { PanoptoUploadComponent, PanoptoUploadedEvent } from './src/component/panopto-upload.component';
export { PanoptoUploadModule } from './src/component/panopto-upload.module';
