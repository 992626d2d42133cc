import {
  numberOption,
  optionsObject,
  PanoptoConfigError,
  PanoptoRetryConfig,
  rejectUnknownKeys,
  validateRetryConfig,
} from 'panopto-ng/core';
import { DEFAULT_UPLOAD_OPTIONS, DEFAULT_UPLOAD_RETRY_CONFIG, PanoptoUploadConfig, PanoptoUploadOptions } from './upload-options';

const UPLOAD_KEYS = [
  'concurrency',
  'partSize',
  'retry',
  'pollIntervalMs',
  'progressIntervalMs',
  'maxFileSize',
  'acceptedTypes',
  'acceptedExtensions',
  'resumeTtlMs',
] as const satisfies readonly (keyof PanoptoUploadOptions)[];

/**
 * Checks the upload options and fills in the defaults. Runs when `withPanoptoUpload()` is called (at startup) and
 * when a `PanoptoUploadEngine` is made; a wrong value throws a `PanoptoConfigError` naming the field
 * (`upload.concurrency`), and a misspelt option gets a did-you-mean hint.
 *
 * @example
 * ```ts
 * validatePanoptoUploadConfig({ concurrency: 6 }).partSize; // 16 MiB, the default
 * validatePanoptoUploadConfig({ concurency: 6 }); // PanoptoConfigError: `upload.concurency` … Did you mean `concurrency`?
 * ```
 */
export function validatePanoptoUploadConfig(options: PanoptoUploadConfig | undefined = {}): PanoptoUploadOptions {
  const raw = optionsObject(options, 'upload');
  rejectUnknownKeys(raw, UPLOAD_KEYS, 'upload');
  const d = DEFAULT_UPLOAD_OPTIONS;
  const count = (key: keyof PanoptoUploadOptions, fallback: number, min: number, integer = false) =>
    numberOption(raw[key], `upload.${key}`, fallback, { min, integer });
  return {
    concurrency: count('concurrency', d.concurrency, 1, true),
    partSize: count('partSize', d.partSize, 1),
    retry: uploadRetry(raw['retry']),
    pollIntervalMs: count('pollIntervalMs', d.pollIntervalMs, 0),
    progressIntervalMs: count('progressIntervalMs', d.progressIntervalMs, 0),
    maxFileSize: count('maxFileSize', d.maxFileSize, 1),
    acceptedTypes: stringList(raw['acceptedTypes'], 'upload.acceptedTypes', d.acceptedTypes),
    acceptedExtensions: extensionList(raw['acceptedExtensions'], d.acceptedExtensions),
    resumeTtlMs: count('resumeTtlMs', d.resumeTtlMs, 0),
  };
}

/**
 * Options with defaults filled in.
 *
 * @deprecated Use `validatePanoptoUploadConfig()` instead (it also rejects unknown options). Removed in 0.3.
 */
export function resolveUploadOptions(options: PanoptoUploadConfig = {}): PanoptoUploadOptions {
  return validatePanoptoUploadConfig(options);
}

/** `retry` in the one vocabulary; the deprecated `maxAttempts` is read as `maxRetries = maxAttempts - 1`. */
function uploadRetry(value: unknown): PanoptoRetryConfig {
  const raw = optionsObject(value, 'upload.retry');
  if (raw['maxAttempts'] === undefined) return validateRetryConfig(raw, 'upload.retry', DEFAULT_UPLOAD_RETRY_CONFIG);
  const { maxAttempts, ...rest } = raw;
  if (rest['maxRetries'] !== undefined) {
    throw new PanoptoConfigError(
      'upload.retry.maxAttempts',
      'is the deprecated form of `maxRetries` (maxRetries = maxAttempts - 1); give only `maxRetries`.',
    );
  }
  const attempts = numberOption(maxAttempts, 'upload.retry.maxAttempts', 1, { integer: true, min: 1 });
  return validateRetryConfig({ ...rest, maxRetries: attempts - 1 }, 'upload.retry', DEFAULT_UPLOAD_RETRY_CONFIG);
}

function stringList(value: unknown, field: string, fallback: readonly string[]): string[] {
  if (value === undefined) return [...fallback];
  if (!Array.isArray(value) || value.some((item) => typeof item !== 'string' || item.trim() === '')) {
    throw new PanoptoConfigError(field, `must be a list of non-empty strings; got ${JSON.stringify(value)}.`);
  }
  return [...value];
}

/** Extensions are compared with the lower-case name after the last dot, so `.MP4` could never match. */
function extensionList(value: unknown, fallback: readonly string[]): string[] {
  const list = stringList(value, 'upload.acceptedExtensions', fallback);
  const wrong = list.find((ext) => ext !== ext.toLowerCase() || ext.includes('.'));
  if (wrong !== undefined) {
    const fixed = wrong.toLowerCase().replace(/^\.+/, '');
    throw new PanoptoConfigError(
      'upload.acceptedExtensions',
      `lists '${wrong}'; write extensions in lower case without the dot, e.g. '${fixed}'.`,
    );
  }
  return list;
}
