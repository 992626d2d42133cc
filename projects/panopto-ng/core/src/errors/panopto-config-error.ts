import { PanoptoError } from './panopto-error';

/**
 * Thrown at startup when the configuration given to `providePanopto()` (or a feature's `withPanoptoX()`) is wrong.
 * The message names the field and, in development builds, says how to fix it (production builds keep the field and
 * drop the explanation, as Angular's own errors do); `code` is always `invalid-config`.
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
    /** What is wrong and what would be accepted; empty in production builds. */
    message: string,
  ) {
    super(`panopto-ng configuration: \`${field}\` ${message || 'is not valid (a development build says why).'}`, {
      code: 'invalid-config',
    });
    this.name = 'PanoptoConfigError';
  }
}
