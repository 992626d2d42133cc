import { InjectionToken } from '@angular/core';
import type { PanoptoFeature } from 'panopto-ng';
import { PanoptoUploadConfig, validatePanoptoUploadConfig } from 'panopto-ng/upload/options';

/*
 * Only the token and the registration live here, in an entry point of their own: the built package bundles each
 * entry point into ONE module, and an app's bundler can only place a whole module in a chunk. When
 * `withPanoptoUpload()` lived in `panopto-ng/upload`, importing it at the root put that whole module (engine,
 * service, `<panopto-upload>`) into the initial chunk even though the app loads the upload page lazily (measured:
 * +54 kB raw in main.js, its lazy chunk shrank to 0.5 kB). `panopto-ng/upload` re-exports these names, and as
 * the package declares `sideEffects: false`, importing them from there still reaches only this module.
 */

/** Upload tuning (concurrency, part size, accepted types, …). Optional; every field has a default. */
export const PANOPTO_UPLOAD_OPTIONS = new InjectionToken<PanoptoUploadConfig>('PANOPTO_UPLOAD_OPTIONS');

/**
 * Feature for `providePanopto(config, withPanoptoUpload({...}))`: the options are checked right away (at
 * startup), so a wrong or misspelt one throws a `PanoptoConfigError` naming `upload.<field>`. Registering it at
 * the root adds configuration only to the initial bundle; the uploader stays in the lazy chunk that uses it.
 *
 * @example
 * ```ts
 * providePanopto({ serverUrl }, withPanoptoUpload({ concurrency: 6, acceptedTypes: ['video/mp4'] }))
 * ```
 */
export function withPanoptoUpload(options: PanoptoUploadConfig = {}): PanoptoFeature {
  const resolved = validatePanoptoUploadConfig(options);
  return { kind: 'upload', providers: [{ provide: PANOPTO_UPLOAD_OPTIONS, useValue: resolved }] };
}
