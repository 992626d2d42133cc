import { InjectionToken } from '@angular/core';
import { PANOPTO_CLOCK } from 'panopto-ng';
import { PanoptoClock } from 'panopto-ng/core';
import { UploadResumeStore } from '../core/resume-store';
import { UploadTokenRefresher } from '../core/retrying-sender';
import { UploadTransport } from '../core/transport';

// The options token and withPanoptoUpload() live in panopto-ng/upload/feature (configuration only, its own
// entry point so that registering the upload at the root does not pull this entry point into the initial bundle).
export { PANOPTO_UPLOAD_OPTIONS, withPanoptoUpload } from 'panopto-ng/upload/feature';
export { PanoptoUploadConfig } from 'panopto-ng/upload/options';

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

/**
 * The upload's time source of 0.1, now mapped onto the one clock: this IS the `PANOPTO_CLOCK` token, so
 * `{ provide: PANOPTO_UPLOAD_CLOCK, useValue: clock }` keeps working and provides `PANOPTO_CLOCK` (for every
 * feature of that injector, not only the upload). A clock in 0.1's shape (`setTimeout` returning a handle for
 * `clearTimeout`) is adapted by the upload.
 *
 * @deprecated Provide `PANOPTO_CLOCK` (from `panopto-ng`; in tests `provideFakePanoptoClock()` from
 * `panopto-ng/testing`) instead: it is the one clock of every feature. Removed in 0.3.
 */
export const PANOPTO_UPLOAD_CLOCK: InjectionToken<PanoptoClock> = PANOPTO_CLOCK;
