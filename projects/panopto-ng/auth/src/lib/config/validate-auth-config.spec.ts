import { TestBed } from '@angular/core/testing';
import { provideHttpClient } from '@angular/common/http';
import { PanoptoConfigError, providePanopto } from 'panopto-ng';
import { PanoptoAuthConfig } from './auth-config';
import { PanoptoAuthModule, providePanoptoAuth, withPanoptoAuth } from './provide-panopto-auth';
import { validatePanoptoAuthConfig } from './validate-auth-config';
import { PanoptoAuthService } from '../core/panopto-auth.service';
import { PANOPTO_AUTH_CONFIG } from './auth-config';

const base: PanoptoAuthConfig = { clientId: 'c', redirectUri: 'https://app.example.edu/auth/callback' };

function errorOf(config: unknown): PanoptoConfigError {
  try {
    validatePanoptoAuthConfig(config as PanoptoAuthConfig);
  } catch (e) {
    if (e instanceof PanoptoConfigError) return e;
    throw e;
  }
  throw new Error('expected a PanoptoConfigError');
}

describe('validatePanoptoAuthConfig', () => {
  it('fills defaults: public mode, openid api offline_access, 60 s skew, no extra bases', () => {
    const c = validatePanoptoAuthConfig(base);
    expect(c.mode).toBe('public');
    expect(c.scopes).toEqual(['openid', 'api', 'offline_access']);
    expect(c.refreshSkewMs).toBe(60000);
    expect(c.allowedUrls).toEqual([]);
    expect(c.sendAccessToken).toBeTrue();
    expect(c.warnings).toEqual([]);
    expect(Object.isFrozen(c)).toBeTrue();
  });

  it('names the field of each invalid option', () => {
    expect(errorOf(undefined).field).toBe('auth');
    expect(errorOf({ ...base, clientId: '' }).field).toBe('auth.clientId');
    expect(errorOf({ ...base, redirectUri: undefined }).field).toBe('auth.redirectUri');
    expect(errorOf({ ...base, redirectUri: 'http://app.example.edu/cb' }).message).toContain('must use https');
    expect(errorOf({ ...base, scopes: ['openid'] }).message).toContain(`must include 'api'`);
    expect(errorOf({ ...base, scopes: ['api'] }).message).toContain(`must include 'openid'`);
    expect(errorOf({ ...base, scopes: 'openid api' }).field).toBe('auth.scopes');
    expect(errorOf({ ...base, mode: 'implicit' }).field).toBe('auth.mode');
    expect(errorOf({ ...base, mode: 'broker' }).field).toBe('auth.brokerUrl');
    expect(errorOf({ ...base, brokerUrl: 'https://b.example.edu' }).message).toContain(
      `only used when mode is 'broker'`,
    );
    expect(errorOf({ ...base, allowedUrls: ['ftp://x'] }).field).toBe('auth.allowedUrls[0]');
    expect(errorOf({ ...base, refreshSkewMs: -1 }).field).toBe('auth.refreshSkewMs');
    expect(errorOf({ ...base, sendAccessToken: 'yes' }).field).toBe('auth.sendAccessToken');
    expect(errorOf({ ...base, endpoints: { tokn: 'https://x' } }).field).toBe('auth.endpoints.tokn');
    expect(errorOf({ ...base, clientID: 'x' }).message).toContain('Did you mean `clientId`?');
  });

  it('warns (does not fail) without offline_access', () => {
    const c = validatePanoptoAuthConfig({ ...base, scopes: ['openid', 'api'] });
    expect(c.warnings[0]).toContain('offline_access');
  });

  it('normalises the broker URL and extra bases to end with a slash', () => {
    const c = validatePanoptoAuthConfig({
      ...base,
      mode: 'broker',
      brokerUrl: 'https://app.example.edu/broker',
      allowedUrls: ['https://upload.example.edu/Panopto/Upload'],
    });
    expect(c.brokerUrl).toBe('https://app.example.edu/broker/');
    expect(c.allowedUrls).toEqual(['https://upload.example.edu/Panopto/Upload/']);
  });

  it('validates at provider time in all three configuration shapes', () => {
    expect(() => providePanoptoAuth({ ...base, clientId: '' })).toThrowError(PanoptoConfigError, /auth\.clientId/);
    expect(() => withPanoptoAuth({ ...base, mode: 'broker' })).toThrowError(PanoptoConfigError, /auth\.brokerUrl/);
    expect(() => PanoptoAuthModule.forRoot({ ...base, scopes: ['api'] })).toThrowError(PanoptoConfigError, /openid/);
  });

  it('works as a feature of providePanopto() and as an NgModule', () => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        providePanopto({ serverUrl: 'https://t.hosted.panopto.com' }, withPanoptoAuth(base)),
      ],
    });
    expect(TestBed.inject(PANOPTO_AUTH_CONFIG).clientId).toBe('c');
    expect(TestBed.inject(PanoptoAuthService)).toBeTruthy();
    TestBed.resetTestingModule();
    TestBed.configureTestingModule({ imports: [PanoptoAuthModule.forRoot(base)], providers: [provideHttpClient()] });
    // Without providePanopto() the service explains what is missing.
    expect(() => TestBed.inject(PanoptoAuthService)).toThrowError(PanoptoConfigError, /providePanopto/);
  });
});
