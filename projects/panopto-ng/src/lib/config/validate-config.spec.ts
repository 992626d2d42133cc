import { PanoptoConfig } from './panopto-config';
import { PanoptoConfigError } from 'panopto-ng/core';
import { validatePanoptoConfig, validatePanoptoSite } from './validate-config';

function errorOf(config: unknown): PanoptoConfigError {
  try {
    validatePanoptoConfig(config as PanoptoConfig);
  } catch (e) {
    if (e instanceof PanoptoConfigError) return e;
    throw e;
  }
  throw new Error('expected a PanoptoConfigError');
}

describe('validatePanoptoConfig', () => {
  it('derives the API bases from the origin and fills defaults', () => {
    const c = validatePanoptoConfig({ serverUrl: 'https://myuni.hosted.panopto.com/' });
    expect(c.serverUrl).toBe('https://myuni.hosted.panopto.com');
    expect(c.serverName).toBe('myuni.hosted.panopto.com');
    expect(c.apiBaseUrl).toBe('https://myuni.hosted.panopto.com/Panopto/api/v1');
    expect(c.publicApiRestUrl).toBe('https://myuni.hosted.panopto.com/Panopto/PublicAPI/REST');
    expect(c.retry).toEqual({ maxRetries: 3, initialDelayMs: 1000, maxDelayMs: 30000 });
    expect(c.rateLimit).toEqual({ perSecond: 5, perMinute: 100, enabled: true });
    expect(Object.isFrozen(c)).toBeTrue();
  });

  it('accepts http only for loopback hosts', () => {
    expect(validatePanoptoConfig({ serverUrl: 'http://localhost:4300' }).serverName).toBe('localhost:4300');
    const e = errorOf({ serverUrl: 'http://myuni.hosted.panopto.com' });
    expect(e.field).toBe('serverUrl');
    expect(e.message).toContain('must use https');
  });

  it('names the field of a missing, malformed or path-bearing serverUrl', () => {
    expect(errorOf({}).message).toContain('`serverUrl` is required');
    expect(errorOf({ serverUrl: 'not a url' }).message).toContain('is not a valid URL');
    expect(errorOf({ serverUrl: 'https://x.panopto.com/some/path' }).message).toContain('origin only');
    expect(errorOf({ serverUrl: 'https://u:p@x.panopto.com' }).message).toContain('credentials');
  });

  it('rejects unknown options and suggests the right spelling', () => {
    const e = errorOf({ serverUrl: 'https://x.panopto.com', serverurl: 'x' });
    expect(e.field).toBe('serverurl');
    expect(e.message).toContain('Did you mean `serverUrl`?');
    expect(errorOf({ serverUrl: 'https://x.panopto.com', retry: { max: 1 } }).field).toBe('retry.max');
    expect(errorOf({ serverURL: 'https://x.panopto.com' }).message).toContain('Did you mean `serverUrl`?');
  });

  it('rejects bad numbers naming the nested field', () => {
    expect(errorOf({ serverUrl: 'https://x.panopto.com', retry: { maxRetries: -1 } }).field).toBe('retry.maxRetries');
    expect(errorOf({ serverUrl: 'https://x.panopto.com', retry: { maxRetries: 1.5 } }).message).toContain(
      'whole number',
    );
    expect(errorOf({ serverUrl: 'https://x.panopto.com', rateLimit: { perSecond: 0 } }).field).toBe(
      'rateLimit.perSecond',
    );
    expect(errorOf({ serverUrl: 'https://x.panopto.com', rateLimit: { enabled: 'yes' } }).field).toBe(
      'rateLimit.enabled',
    );
    expect(errorOf({ serverUrl: 'https://x.panopto.com', requestTimeoutMs: NaN }).field).toBe('requestTimeoutMs');
  });
});

describe('validatePanoptoSite', () => {
  it('gives the origin and host, and only checks the site', () => {
    const site = validatePanoptoSite({
      serverUrl: 'https://myuni.hosted.panopto.com/Panopto/',
      retry: { max: 1 },
    } as never);
    expect(site).toEqual({ serverUrl: 'https://myuni.hosted.panopto.com', serverName: 'myuni.hosted.panopto.com' });
  });

  it('refuses a missing config or a wrong serverUrl, naming the field', () => {
    const fieldOf = (config: unknown) => {
      try {
        validatePanoptoSite(config as PanoptoConfig);
      } catch (e) {
        return e instanceof PanoptoConfigError ? e.field : 'not a PanoptoConfigError';
      }
      return 'no error';
    };
    expect(fieldOf(undefined)).toBe('config');
    expect(fieldOf(7)).toBe('config');
    expect(fieldOf({ serverUrl: 'ftp://x.panopto.com' })).toBe('serverUrl');
    expect(fieldOf({ serverUrl: 'https://x.panopto.com/Panopto/Pages' })).toBe('serverUrl');
    expect(fieldOf({ serverUrl: 'https://x.panopto.com?a=1' })).toBe('serverUrl');
  });
});
