import { PanoptoConfigError } from 'panopto-ng/core';
import { MAX_FILE_SIZE, MIB } from './upload-limits';
import { DEFAULT_UPLOAD_OPTIONS, DEFAULT_UPLOAD_RETRY_CONFIG, PanoptoUploadConfig } from './upload-options';
import { resolveUploadOptions, validatePanoptoUploadConfig } from './validate-upload-config';

function configError(options: unknown): PanoptoConfigError {
  try {
    validatePanoptoUploadConfig(options as PanoptoUploadConfig);
  } catch (error) {
    expect(error).toEqual(jasmine.any(PanoptoConfigError));
    return error as PanoptoConfigError;
  }
  throw new Error(`expected a PanoptoConfigError for ${JSON.stringify(options)}`);
}

describe('validatePanoptoUploadConfig', () => {
  it('fills every default; the retry defaults are 5 retries (6 attempts) from 500 ms up to 30 s', () => {
    expect(validatePanoptoUploadConfig()).toEqual(DEFAULT_UPLOAD_OPTIONS);
    expect(validatePanoptoUploadConfig({})).toEqual(DEFAULT_UPLOAD_OPTIONS);
    expect(DEFAULT_UPLOAD_RETRY_CONFIG).toEqual({ maxRetries: 5, initialDelayMs: 500, maxDelayMs: 30_000 });
    expect(DEFAULT_UPLOAD_OPTIONS.partSize).toBe(16 * MIB);
    expect(DEFAULT_UPLOAD_OPTIONS.maxFileSize).toBe(MAX_FILE_SIZE);
  });

  it('keeps what is given, completes a partial retry, and is idempotent on its own result', () => {
    const resolved = validatePanoptoUploadConfig({ concurrency: 6, retry: { initialDelayMs: 50 } });
    expect(resolved.concurrency).toBe(6);
    expect(resolved.retry).toEqual({ maxRetries: 5, initialDelayMs: 50, maxDelayMs: 30_000 });
    expect(validatePanoptoUploadConfig(resolved)).toEqual(resolved);
  });

  it('names the field of a wrong value as upload.<field>', () => {
    expect(configError({ concurrency: 0 }).field).toBe('upload.concurrency');
    expect(configError({ concurrency: 2.5 }).field).toBe('upload.concurrency');
    expect(configError({ partSize: 'big' }).field).toBe('upload.partSize');
    expect(configError({ pollIntervalMs: -1 }).field).toBe('upload.pollIntervalMs');
    expect(configError({ acceptedTypes: 'video/*' }).field).toBe('upload.acceptedTypes');
    expect(configError({ retry: { maxRetries: -1 } }).field).toBe('upload.retry.maxRetries');
    expect(configError('fast').field).toBe('upload');
    expect(configError({ concurrency: 0 }).code).toBe('invalid-config');
  });

  it('rejects a misspelt option with a did-you-mean hint', () => {
    const error = configError({ concurency: 3 });
    expect(error.field).toBe('upload.concurency');
    expect(error.message).toContain('Did you mean `concurrency`?');
    expect(configError({ retry: { maxretries: 3 } }).message).toContain('Did you mean `maxRetries`?');
  });

  it('asks for extensions in lower case without the dot', () => {
    const error = configError({ acceptedExtensions: ['mp4', '.MOV'] });
    expect(error.field).toBe('upload.acceptedExtensions');
    expect(error.message).toContain("e.g. 'mov'");
  });

  describe('deprecated retry.maxAttempts', () => {
    it('still works: maxRetries = maxAttempts - 1', () => {
      const config = { retry: { maxAttempts: 3, maxDelayMs: 1000 } };
      expect(validatePanoptoUploadConfig(config).retry).toEqual({ maxRetries: 2, initialDelayMs: 500, maxDelayMs: 1000 });
      expect(validatePanoptoUploadConfig({ retry: { maxAttempts: 1 } }).retry.maxRetries).toBe(0);
    });

    it('is checked like every option, and cannot be combined with maxRetries', () => {
      expect(configError({ retry: { maxAttempts: 0 } }).field).toBe('upload.retry.maxAttempts');
      const both = configError({ retry: { maxAttempts: 3, maxRetries: 2 } });
      expect(both.field).toBe('upload.retry.maxAttempts');
      expect(both.message).toContain('give only `maxRetries`');
    });
  });

  it('deprecated resolveUploadOptions() still resolves, now through the same validation', () => {
    expect(resolveUploadOptions()).toEqual(DEFAULT_UPLOAD_OPTIONS);
    expect(resolveUploadOptions({ retry: { maxAttempts: 4 } }).retry.maxRetries).toBe(3);
    expect(() => resolveUploadOptions({ concurrency: 0 })).toThrowError(PanoptoConfigError);
  });
});
