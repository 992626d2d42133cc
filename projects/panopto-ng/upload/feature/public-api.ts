/*
 * Public API of `panopto-ng/upload/feature`: `withPanoptoUpload()` and its token, with nothing else, so that
 * registering the upload at an app's root adds configuration only to the initial bundle (see
 * src/with-panopto-upload.ts for the measured reason). Re-exported by `panopto-ng/upload`.
 */
export { PANOPTO_UPLOAD_OPTIONS, withPanoptoUpload } from './src/with-panopto-upload';
