import { PanoptoConfigError } from 'panopto-ng/core';
import { PanoptoAnalyticsConfig } from './analytics-options';
import { validatePanoptoAnalyticsConfig } from './validate-analytics-config';

function error(config: unknown): PanoptoConfigError {
  try {
    validatePanoptoAnalyticsConfig(config as PanoptoAnalyticsConfig);
  } catch (e) {
    if (e instanceof PanoptoConfigError) return e;
    throw e;
  }
  throw new Error('expected a PanoptoConfigError');
}

describe('validatePanoptoAnalyticsConfig retry', () => {
  it('defaults to 4 retries (5 tries) from 1 s up to 30 s, mirrored in the deprecated fields', () => {
    const c = validatePanoptoAnalyticsConfig({});
    expect(c.retry).toEqual({ maxRetries: 4, initialDelayMs: 1000, maxDelayMs: 30_000 });
    expect([c.maxAttempts, c.retryInitialDelayMs, c.retryMaxDelayMs]).toEqual([5, 1000, 30_000]);
  });

  it('takes the one retry vocabulary, partial or whole', () => {
    expect(validatePanoptoAnalyticsConfig({ retry: { maxRetries: 0 } }).retry).toEqual({
      maxRetries: 0,
      initialDelayMs: 1000,
      maxDelayMs: 30_000,
    });
    const c = validatePanoptoAnalyticsConfig({ retry: { maxRetries: 2, initialDelayMs: 200, maxDelayMs: 800 } });
    expect(c.retry).toEqual({ maxRetries: 2, initialDelayMs: 200, maxDelayMs: 800 });
    expect(c.maxAttempts).toBe(3);
  });

  it('maps the deprecated maxAttempts, retryInitialDelayMs and retryMaxDelayMs onto retry', () => {
    const c = validatePanoptoAnalyticsConfig({ maxAttempts: 3, retryInitialDelayMs: 100, retryMaxDelayMs: 400 });
    expect(c.retry).toEqual({ maxRetries: 2, initialDelayMs: 100, maxDelayMs: 400 });
    expect([c.maxAttempts, c.retryInitialDelayMs, c.retryMaxDelayMs]).toEqual([3, 100, 400]);
    expect(validatePanoptoAnalyticsConfig({ maxAttempts: 1 }).retry.maxRetries).toBe(0);
    expect(validatePanoptoAnalyticsConfig({ maxAttempts: 4, retry: { maxDelayMs: 9000 } }).retry).toEqual({
      maxRetries: 3,
      initialDelayMs: 1000,
      maxDelayMs: 9000,
    });
  });

  it('refuses both names of one setting', () => {
    expect(error({ maxAttempts: 3, retry: { maxRetries: 2 } }).field).toBe('analytics.maxAttempts');
    expect(error({ retryMaxDelayMs: 10, retry: { maxDelayMs: 20 } }).field).toBe('analytics.retryMaxDelayMs');
  });

  it('names the wrong retry field, with the did-you-mean hint', () => {
    const typo = error({ retry: { maxretries: 3 } });
    expect(typo.field).toBe('analytics.retry.maxretries');
    expect(typo.message).toContain('Did you mean `maxRetries`');
    expect(error({ retry: { maxRetries: 1.5 } }).field).toBe('analytics.retry.maxRetries');
    expect(error({ retry: { maxRetries: 100 } }).field).toBe('analytics.retry.maxRetries');
    expect(error({ retry: { initialDelayMs: -1 } }).field).toBe('analytics.retry.initialDelayMs');
    expect(error({ retry: { maxDelayMs: 4_000_000 } }).field).toBe('analytics.retry.maxDelayMs');
    expect(error({ retry: { initialDelayMs: 5000, maxDelayMs: 100 } }).field).toBe('analytics.retry.maxDelayMs');
    expect(error({ retry: 3 }).field).toBe('analytics.retry');
    expect(error({ maxAttempts: 0 }).field).toBe('analytics.maxAttempts');
    expect(error(null).field).toBe('analytics');
  });
});
