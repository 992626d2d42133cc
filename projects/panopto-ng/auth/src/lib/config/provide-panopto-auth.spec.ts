import { provideHttpClient } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { PanoptoModule, providePanopto } from 'panopto-ng';
import { PanoptoConfigError } from 'panopto-ng/core';
import { PanoptoAuthConfig, PANOPTO_AUTH_CONFIG } from './auth-config';
import { PanoptoAuthModule, providePanoptoAuth, withPanoptoTokenStorage } from './provide-panopto-auth';
import { withPanoptoAuth } from './with-panopto-auth';
import { PanoptoAuthService } from '../core/panopto-auth.service';
import { MemoryTokenStorage, PANOPTO_TOKEN_STORAGE } from '../core/token-storage';

const SERVER = 'https://t.hosted.panopto.com';
const base: PanoptoAuthConfig = { clientId: 'c', redirectUri: 'https://app.example.edu/auth/callback' };

describe('withPanoptoAuth', () => {
  it("is a PanoptoFeature of kind 'auth' that carries configuration only (no service class)", () => {
    const feature = withPanoptoAuth(base);
    expect(feature.kind).toBe('auth');
    expect(feature.providers).not.toContain(PanoptoAuthService);
    expect(feature.providers).toEqual([{ provide: PANOPTO_AUTH_CONFIG, useValue: jasmine.anything() }]);
  });

  it('validates its options at once, with the did-you-mean hint', () => {
    expect(() => withPanoptoAuth({ ...base, redirectUrl: 'x' } as PanoptoAuthConfig)).toThrowError(
      PanoptoConfigError,
      /auth\.redirectUrl.*Did you mean `redirectUri`\?/,
    );
    expect(() => withPanoptoAuth({ ...base, mode: 'brokr' } as unknown as PanoptoAuthConfig)).toThrowError(
      PanoptoConfigError,
      /auth\.mode.*Did you mean "broker"\?/,
    );
  });

  it('works in providePanopto() and PanoptoModule.forRoot(), with its own features', () => {
    const storage = new MemoryTokenStorage();
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        providePanopto({ serverUrl: SERVER }, withPanoptoAuth(base, withPanoptoTokenStorage(storage))),
      ],
    });
    expect(TestBed.inject(PanoptoAuthService)).toBeInstanceOf(PanoptoAuthService);
    expect(TestBed.inject(PANOPTO_TOKEN_STORAGE)).toBe(storage);
    TestBed.resetTestingModule();
    TestBed.configureTestingModule({
      imports: [PanoptoModule.forRoot({ serverUrl: SERVER }, withPanoptoAuth(base))],
      providers: [provideHttpClient()],
    });
    expect(TestBed.inject(PANOPTO_AUTH_CONFIG).clientId).toBe('c');
    expect(TestBed.inject(PanoptoAuthService)).toBeTruthy();
  });

  it('without withPanoptoAuth() the service says how to configure it', () => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), providePanopto({ serverUrl: SERVER })] });
    expect(() => TestBed.inject(PanoptoAuthService)).toThrowError(PanoptoConfigError, /withPanoptoAuth/);
  });
});

describe('deprecated registration', () => {
  it('providePanoptoAuth() still provides the configuration and the service', () => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), providePanopto({ serverUrl: SERVER }), providePanoptoAuth(base)],
    });
    expect(TestBed.inject(PANOPTO_AUTH_CONFIG).redirectUri).toBe(base.redirectUri);
    expect(TestBed.inject(PanoptoAuthService)).toBeInstanceOf(PanoptoAuthService);
  });

  it('PanoptoAuthModule.forRoot() still works next to PanoptoModule.forRoot()', () => {
    TestBed.configureTestingModule({
      imports: [PanoptoModule.forRoot({ serverUrl: SERVER }), PanoptoAuthModule.forRoot(base)],
      providers: [provideHttpClient()],
    });
    expect(TestBed.inject(PANOPTO_AUTH_CONFIG).clientId).toBe('c');
    expect(TestBed.inject(PanoptoAuthService)).toBeInstanceOf(PanoptoAuthService);
  });
});
