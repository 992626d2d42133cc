import { TestBed } from '@angular/core/testing';
import { PanoptoConfigError, providePanopto } from 'panopto-ng';
import {
  DEFAULT_LIVE_OPTIONS,
  PANOPTO_LIVE_OPTIONS,
  PanoptoLiveOptions,
  resolveLiveOptions,
  validatePanoptoLiveConfig,
  withPanoptoLive,
} from './live-options';

/** Expects `run` to throw a `PanoptoConfigError` naming `field` (and whose message contains `text`). */
function expectConfigError(run: () => unknown, field: string, text = ''): void {
  expect(run).toThrowMatching(
    (e) =>
      e instanceof PanoptoConfigError && e.field === field && e.code === 'invalid-config' && e.message.includes(text),
  );
}

describe('live options', () => {
  it('fills in the defaults', () => {
    expect(validatePanoptoLiveConfig()).toEqual({ ...DEFAULT_LIVE_OPTIONS });
    expect(validatePanoptoLiveConfig({ pollIntervalMs: 5000 })).toEqual({
      pollIntervalMs: 5000,
      maxBackoffMs: 120_000,
    });
  });

  it('names the field of a value out of range, and never throws a RangeError', () => {
    for (const [options, field] of [
      [{ pollIntervalMs: 999 }, 'live.pollIntervalMs'],
      [{ pollIntervalMs: Number.NaN }, 'live.pollIntervalMs'],
      [{ maxBackoffMs: '60000' as unknown as number }, 'live.maxBackoffMs'],
      [{ pollIntervalMs: 30_000, maxBackoffMs: 20_000 }, 'live.maxBackoffMs'],
    ] as [Partial<PanoptoLiveOptions>, string][]) {
      expectConfigError(() => validatePanoptoLiveConfig(options), field);
    }
  });

  it('rejects an unknown option with a did-you-mean hint', () => {
    expectConfigError(
      () => validatePanoptoLiveConfig({ pollIntervalMS: 5000 } as Partial<PanoptoLiveOptions>),
      'live.pollIntervalMS',
      'Did you mean `pollIntervalMs`?',
    );
  });

  it('rejects options that are not an object', () => {
    expectConfigError(() => validatePanoptoLiveConfig(5 as unknown as PanoptoLiveOptions), 'live');
  });

  it('resolveLiveOptions (deprecated) still validates and fills defaults', () => {
    expect(resolveLiveOptions({ maxBackoffMs: 60_000 })).toEqual({ pollIntervalMs: 15_000, maxBackoffMs: 60_000 });
    expectConfigError(() => resolveLiveOptions({ pollIntervalMs: 10 }), 'live.pollIntervalMs');
  });

  it('withPanoptoLive is a live feature: validated at once, provided to PANOPTO_LIVE_OPTIONS', () => {
    const feature = withPanoptoLive({ pollIntervalMs: 10_000 });
    expect(feature.kind).toBe('live');
    expectConfigError(() => withPanoptoLive({ maxBackoffMs: 1 }), 'live.maxBackoffMs');
    TestBed.configureTestingModule({
      providers: [providePanopto({ serverUrl: 'https://demo.hosted.panopto.com' }, feature)],
    });
    expect(TestBed.inject(PANOPTO_LIVE_OPTIONS)).toEqual({ pollIntervalMs: 10_000, maxBackoffMs: 120_000 });
  });

  it('refuses the live feature given twice', () => {
    expect(() =>
      providePanopto({ serverUrl: 'https://demo.hosted.panopto.com' }, withPanoptoLive(), withPanoptoLive()),
    ).toThrowError(PanoptoConfigError);
  });
});
