import { TestBed } from '@angular/core/testing';
import { PanoptoModule, providePanopto } from 'panopto-ng';
import { PanoptoConfigError } from 'panopto-ng/core';
import { PanoptoAnalyticsModule } from '../components/panopto-analytics.module';
import { PanoptoEngagementHeatmapComponent } from '../components/engagement-heatmap.component';
import { PanoptoAnalyticsService } from '../service/panopto-analytics.service';
import { RecordingSink } from '../testing-support/recording-sink';
import { PANOPTO_ANALYTICS_CONFIG } from './analytics-config';
import { PanoptoAnalyticsConfig } from './analytics-options';
import { providePanoptoAnalytics } from './provide-analytics';
import { withPanoptoAnalytics } from './with-analytics';

const SERVER = { serverUrl: 'https://myuni.hosted.panopto.com' };

function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (e) {
    return e;
  }
  throw new Error('expected an error');
}

describe('withPanoptoAnalytics', () => {
  afterEach(() => TestBed.resetTestingModule());

  it('is a feature of kind analytics carrying only the validated configuration', () => {
    const sink = new RecordingSink();
    const feature = withPanoptoAnalytics({ sinks: [sink], batchSize: 10 });
    expect(feature.kind).toBe('analytics');
    expect(feature.providers.length).toBe(1);
    TestBed.configureTestingModule({ providers: feature.providers });
    const config = TestBed.inject(PANOPTO_ANALYTICS_CONFIG);
    expect(config.batchSize).toBe(10);
    expect(config.sinks).toEqual([sink]);
    expect(config.retry).toEqual({ maxRetries: 4, initialDelayMs: 1000, maxDelayMs: 30_000 });
  });

  it('validates at the call (startup): PanoptoConfigError naming analytics.<field>, with a did-you-mean hint', () => {
    const typo = thrown(() => withPanoptoAnalytics({ flushIntervalMS: 100 } as PanoptoAnalyticsConfig));
    expect(typo).toBeInstanceOf(PanoptoConfigError);
    expect((typo as PanoptoConfigError).field).toBe('analytics.flushIntervalMS');
    expect((typo as PanoptoConfigError).message).toContain('Did you mean `flushIntervalMs`');
    const range = thrown(() => withPanoptoAnalytics({ sampling: 2 }));
    expect(range).toBeInstanceOf(PanoptoConfigError);
    expect(range).not.toBeInstanceOf(RangeError);
    expect((range as PanoptoConfigError).field).toBe('analytics.sampling');
    expect((range as PanoptoConfigError).code).toBe('invalid-config');
  });

  it('registers through providePanopto() and configures the service', () => {
    const sink = new RecordingSink();
    TestBed.configureTestingModule({
      providers: [providePanopto(SERVER, withPanoptoAnalytics({ sinks: [sink], initialConsent: true }))],
    });
    const service = TestBed.inject(PanoptoAnalyticsService);
    let consent: boolean | null | undefined;
    service.consent$.subscribe((c) => (consent = c));
    expect(consent).toBeTrue();
    expect(TestBed.inject(PANOPTO_ANALYTICS_CONFIG).sinks).toEqual([sink]);
  });

  it('registers through PanoptoModule.forRoot() for NgModule apps', () => {
    TestBed.configureTestingModule({
      imports: [PanoptoModule.forRoot(SERVER, withPanoptoAnalytics({ batchSize: 7 }))],
    });
    expect(TestBed.inject(PANOPTO_ANALYTICS_CONFIG).batchSize).toBe(7);
  });

  it('refuses to be registered twice', () => {
    expect(() => providePanopto(SERVER, withPanoptoAnalytics(), withPanoptoAnalytics())).toThrowError(
      PanoptoConfigError,
    );
  });
});

describe('deprecated registration aliases', () => {
  afterEach(() => TestBed.resetTestingModule());

  it('providePanoptoAnalytics() still provides the validated configuration', () => {
    TestBed.configureTestingModule({ providers: [providePanoptoAnalytics({ batchSize: 5, maxAttempts: 2 })] });
    const config = TestBed.inject(PANOPTO_ANALYTICS_CONFIG);
    expect(config.batchSize).toBe(5);
    expect(config.retry.maxRetries).toBe(1);
    expect(() => providePanoptoAnalytics({ batchSize: 0 })).toThrowError(PanoptoConfigError);
  });

  it('PanoptoAnalyticsModule.forRoot() still provides the configuration and the components', () => {
    TestBed.configureTestingModule({ imports: [PanoptoAnalyticsModule.forRoot({ flushIntervalMs: 500 })] });
    expect(TestBed.inject(PANOPTO_ANALYTICS_CONFIG).flushIntervalMs).toBe(500);
    const fixture = TestBed.createComponent(PanoptoEngagementHeatmapComponent);
    fixture.detectChanges();
    expect(fixture.nativeElement.querySelector('panopto-analytics-state')).not.toBeNull();
    expect(() => PanoptoAnalyticsModule.forRoot({ sinks: [{ name: 'x' }] } as never)).toThrowError(PanoptoConfigError);
  });
});
