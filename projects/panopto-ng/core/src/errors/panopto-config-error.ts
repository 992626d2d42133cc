import { PanoptoError } from './panopto-error';

/**
 * Thrown at startup when the configuration given to `providePanopto()` (or a feature's `withPanoptoX()`) is wrong.
 * The message names the field and says how to fix it; `code` is always `invalid-config`.
 *
 * @example
 * ```ts
 * try { validatePanoptoConfig({ serverUrl: 'http://example.com' }); }
 * catch (e) { if (e instanceof PanoptoConfigError) console.error(e.field); } // 'serverUrl'
 * ```
 */
export class PanoptoConfigError extends PanoptoError {
  constructor(
    /** The offending field, as a path: `serverUrl`, `retry.maxRetries`, `upload.concurrency`. */
    readonly field: string,
    message: string,
  ) {
    super(`panopto-ng configuration: \`${field}\` ${message}`, { code: 'invalid-config' });
    this.name = 'PanoptoConfigError';
  }
}
