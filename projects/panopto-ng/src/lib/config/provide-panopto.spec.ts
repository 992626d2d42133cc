import { NgModule } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { InjectionToken } from '@angular/core';
import { PanoptoConfigError } from 'panopto-ng/core';
import { PANOPTO_CONFIG, PANOPTO_SITE } from './panopto-config';
import { PanoptoFeature, PanoptoModule, providePanopto } from './provide-panopto';

const FLAG = new InjectionToken<string>('FLAG');
const feature = (kind: PanoptoFeature['kind'], value: string): PanoptoFeature => ({
  kind,
  providers: [{ provide: FLAG, useValue: value }],
});

describe('providePanopto / PanoptoModule.forRoot with features', () => {
  it('register the config and every feature', () => {
    TestBed.configureTestingModule({
      providers: [providePanopto({ serverUrl: 'https://demo.hosted.panopto.com' }, feature('upload', 'up'))],
    });
    expect(TestBed.inject(PANOPTO_CONFIG).serverName).toBe('demo.hosted.panopto.com');
    expect(TestBed.inject(FLAG)).toBe('up');
  });

  it('take the same features in NgModule apps', () => {
    @NgModule({
      imports: [PanoptoModule.forRoot({ serverUrl: 'https://demo.hosted.panopto.com' }, feature('live', 'live'))],
    })
    class AppModule {}
    TestBed.configureTestingModule({ imports: [AppModule] });
    expect(TestBed.inject(FLAG)).toBe('live');
  });

  it('refuse a feature kind given twice, naming it', () => {
    const twice = () =>
      providePanopto({ serverUrl: 'https://demo.hosted.panopto.com' }, feature('upload', 'a'), feature('upload', 'b'));
    expect(twice).toThrowMatching((e) => e instanceof PanoptoConfigError && e.field === 'upload');
    expect(() =>
      PanoptoModule.forRoot(
        { serverUrl: 'https://demo.hosted.panopto.com' },
        feature('auth', 'a'),
        feature('auth', 'b'),
      ),
    ).toThrowError(PanoptoConfigError);
    expect(() =>
      providePanopto({ serverUrl: 'https://demo.hosted.panopto.com' }, feature('other', 'a'), feature('other', 'b')),
    ).not.toThrow();
  });

  it('give players the site alone, and the REST core the whole resolved config', () => {
    TestBed.configureTestingModule({
      providers: [providePanopto({ serverUrl: 'https://demo.hosted.panopto.com/', retry: { maxRetries: 1 } })],
    });
    expect(TestBed.inject(PANOPTO_SITE).serverUrl).toBe('https://demo.hosted.panopto.com');
    expect(TestBed.inject(PANOPTO_CONFIG).retry.maxRetries).toBe(1);
    expect(TestBed.inject(PANOPTO_CONFIG).apiBaseUrl).toBe('https://demo.hosted.panopto.com/Panopto/api/v1');
  });

  it('say what to add when something needs the config and providePanopto() is missing', () => {
    TestBed.configureTestingModule({});
    expect(() => TestBed.inject(PANOPTO_CONFIG)).toThrowMatching(
      (e) => e instanceof PanoptoConfigError && e.field === 'serverUrl' && /providePanopto\(/.test(e.message),
    );
  });

  it('in a development build, refuse a wrong REST option at once, naming it', () => {
    expect(() =>
      providePanopto({ serverUrl: 'https://demo.hosted.panopto.com', retry: { maxRetries: -1 } }),
    ).toThrowMatching((e) => e instanceof PanoptoConfigError && e.field === 'retry.maxRetries');
    expect(() =>
      providePanopto({ serverUrl: 'https://demo.hosted.panopto.com', serverURL: 'x' } as never),
    ).toThrowMatching((e) => e instanceof PanoptoConfigError && e.field === 'serverURL');
  });

  describe('in a production build (ngDevMode false)', () => {
    const global = globalThis as { ngDevMode?: unknown };
    let saved: unknown;
    beforeEach(() => {
      saved = global.ngDevMode;
      global.ngDevMode = false;
    });
    afterEach(() => (global.ngDevMode = saved));

    it('still refuse a wrong site at startup, naming the field', () => {
      expect(() => providePanopto({ serverUrl: 'http://demo.hosted.panopto.com' })).toThrowMatching(
        (e) => e instanceof PanoptoConfigError && e.field === 'serverUrl',
      );
      expect(() => providePanopto({ serverUrl: 'https://demo.hosted.panopto.com/Panopto/Pages' })).toThrowMatching(
        (e) => e instanceof PanoptoConfigError && e.field === 'serverUrl',
      );
    });

    it('refuse a wrong REST option when the REST core first needs the config, naming it', () => {
      const config = { serverUrl: 'https://demo.hosted.panopto.com', rateLimit: { perSecond: 0 } };
      expect(() => TestBed.configureTestingModule({ providers: [providePanopto(config)] })).not.toThrow();
      expect(TestBed.inject(PANOPTO_SITE).serverName).toBe('demo.hosted.panopto.com');
      expect(() => TestBed.inject(PANOPTO_CONFIG)).toThrowMatching(
        (e) => e instanceof PanoptoConfigError && e.field === 'rateLimit.perSecond',
      );
    });
  });
});
