/*
 * Public API of `panopto-ng/upload/options`: the upload's option types, defaults, size limits and their
 * validation. Framework-free (it imports only `panopto-ng/core`), and a separate entry point so that
 * `withPanoptoUpload()` at an app's root carries these few lines into the initial bundle and not the upload
 * engine, service or component (an entry point is one module of the built package; see upload/feature).
 * Everything here is re-exported by `panopto-ng/upload`.
 */
export { MIB, MIN_PART_SIZE, MAX_PART_SIZE, MAX_PARTS, MAX_FILE_SIZE } from './src/upload-limits';
export {
  PanoptoUploadOptions,
  PanoptoUploadRetryConfig,
  PanoptoUploadConfig,
  DEFAULT_UPLOAD_RETRY_CONFIG,
  DEFAULT_UPLOAD_OPTIONS,
} from './src/upload-options';
export { validatePanoptoUploadConfig, resolveUploadOptions } from './src/validate-upload-config';
