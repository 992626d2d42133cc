import { InjectionToken } from '@angular/core';
import { PanoptoFeature } from 'panopto-ng';
import { UploadClock } from '../core/clock';
import { UploadResumeStore } from '../core/resume-store';
import { UploadTokenRefresher } from '../core/retrying-sender';
import { UploadTransport } from '../core/transport';
import { PanoptoUploadOptions } from '../core/upload-options';

/** Options given to `withPanoptoUpload()`; `retry` may be partial. */
export type PanoptoUploadConfig = Partial<Omit<PanoptoUploadOptions, 'retry'>> & {
  retry?: Partial<PanoptoUploadOptions['retry']>;
};

/** Upload tuning (concurrency, part size, accepted types, …). Optional; every field has a default. */
export const PANOPTO_UPLOAD_OPTIONS = new InjectionToken<PanoptoUploadConfig>('PANOPTO_UPLOAD_OPTIONS');

/**
 * Refreshes the access token when a request of the upload gets 401/403; the request is then sent again once.
 * Optional: without it the upload works for tenants/targets that need no token refresh, and a 401 fails the
 * upload with "sign in again". The auth entry point can provide it.
 */
export const PANOPTO_UPLOAD_TOKEN_REFRESHER = new InjectionToken<UploadTokenRefresher>(
  'PANOPTO_UPLOAD_TOKEN_REFRESHER',
);

/** Replaces the HTTP layer (default: `HttpClient`, so interceptors apply). */
export const PANOPTO_UPLOAD_TRANSPORT = new InjectionToken<UploadTransport>('PANOPTO_UPLOAD_TRANSPORT');

/** Replaces where resumable uploads are remembered (default: IndexedDB in browsers, memory elsewhere). */
export const PANOPTO_UPLOAD_RESUME_STORE = new InjectionToken<UploadResumeStore>('PANOPTO_UPLOAD_RESUME_STORE');

/** Replaces the time source (tests). */
export const PANOPTO_UPLOAD_CLOCK = new InjectionToken<UploadClock>('PANOPTO_UPLOAD_CLOCK');

/**
 * Feature for `providePanopto(config, withPanoptoUpload({...}))`.
 *
 * @example
 * ```ts
 * providePanopto({ serverUrl }, withPanoptoUpload({ concurrency: 6, acceptedTypes: ['video/mp4'] }))
 * ```
 */
export function withPanoptoUpload(options: PanoptoUploadConfig = {}): PanoptoFeature {
  return { kind: 'other', providers: [{ provide: PANOPTO_UPLOAD_OPTIONS, useValue: options }] };
}
