import { NgModule } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { InjectionToken } from '@angular/core';
import { PanoptoConfigError } from 'panopto-ng/core';
import { PANOPTO_CONFIG } from './panopto-config';
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
    @NgModule({ imports: [PanoptoModule.forRoot({ serverUrl: 'https://demo.hosted.panopto.com' }, feature('live', 'live'))] })
    class AppModule {}
    TestBed.configureTestingModule({ imports: [AppModule] });
    expect(TestBed.inject(FLAG)).toBe('live');
  });

  it('refuse a feature kind given twice, naming it', () => {
    const twice = () =>
      providePanopto({ serverUrl: 'https://demo.hosted.panopto.com' }, feature('upload', 'a'), feature('upload', 'b'));
    expect(twice).toThrowMatching((e) => e instanceof PanoptoConfigError && e.field === 'upload');
    expect(() =>
      PanoptoModule.forRoot({ serverUrl: 'https://demo.hosted.panopto.com' }, feature('auth', 'a'), feature('auth', 'b')),
    ).toThrowError(PanoptoConfigError);
    expect(() =>
      providePanopto({ serverUrl: 'https://demo.hosted.panopto.com' }, feature('other', 'a'), feature('other', 'b')),
    ).not.toThrow();
  });
});
