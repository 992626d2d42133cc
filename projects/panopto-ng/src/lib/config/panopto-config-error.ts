/**
 * Thrown at startup when the configuration given to `providePanopto()` (or a feature's provider) is wrong.
 * The message names the field and says how to fix it.
 */
export class PanoptoConfigError extends Error {
  constructor(
    /** The offending field, as a path: `serverUrl`, `retry.maxRetries`. */
    readonly field: string,
    message: string,
  ) {
    super(`panopto-ng configuration: \`${field}\` ${message}`);
    this.name = 'PanoptoConfigError';
  }
}
