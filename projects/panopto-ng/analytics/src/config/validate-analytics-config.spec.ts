import { PanoptoConfigError } from 'panopto-ng';
import { PanoptoAnalyticsConfig } from './analytics-config';
import { validatePanoptoAnalyticsConfig } from './validate-analytics-config';
import { RecordingSink } from '../testing-support/recording-sink';

function fieldOf(config: unknown): string {
  try {
    validatePanoptoAnalyticsConfig(config as PanoptoAnalyticsConfig);
  } catch (e) {
    if (e instanceof PanoptoConfigError) return e.field;
    throw e;
  }
  throw new Error('expected a PanoptoConfigError');
}

describe('validatePanoptoAnalyticsConfig', () => {
  it('fills defaults', () => {
    const c = validatePanoptoAnalyticsConfig({});
    expect(c.batchSize).toBe(25);
    expect(c.flushIntervalMs).toBe(10_000);
    expect(c.sampling).toBe(1);
    expect(c.maxAttempts).toBe(5);
    expect(c.preConsentBufferSize).toBe(100);
    expect(c.initialConsent).toBeNull();
    expect(c.sinks).toEqual([]);
  });

  it('names the wrong field', () => {
    expect(fieldOf({ batchSize: 0 })).toBe('analytics.batchSize');
    expect(fieldOf({ batchSize: 2.5 })).toBe('analytics.batchSize');
    expect(fieldOf({ sampling: 1.5 })).toBe('analytics.sampling');
    expect(fieldOf({ flushIntervalMs: 'soon' })).toBe('analytics.flushIntervalMs');
    expect(fieldOf({ maxQueueSize: 10, batchSize: 25 })).toBe('analytics.maxQueueSize');
    expect(fieldOf({ retryInitialDelayMs: 5000, retryMaxDelayMs: 100 })).toBe('analytics.retryMaxDelayMs');
    expect(fieldOf({ initialConsent: 'yes' })).toBe('analytics.initialConsent');
    expect(fieldOf({ countHiddenPlayback: 1 })).toBe('analytics.countHiddenPlayback');
    expect(fieldOf({ sinks: [new RecordingSink(), { name: 'x' }] })).toBe('analytics.sinks[1]');
    expect(fieldOf({ batchsize: 10 })).toBe('analytics.batchsize');
  });

  it('suggests the right spelling of an unknown option', () => {
    expect(() => validatePanoptoAnalyticsConfig({ batchsize: 10 } as PanoptoAnalyticsConfig)).toThrowError(
      /Did you mean `batchSize`/,
    );
  });
});
