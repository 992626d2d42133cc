import { PanoptoConfigError } from '../errors/panopto-config-error';
import {
  booleanOption,
  numberOption,
  oneOfOption,
  optionsObject,
  rejectUnknownKeys,
  stringOption,
  validateBaseUrl,
  validateRetryConfig,
} from './config-rules';

function failure(run: () => unknown): PanoptoConfigError {
  try {
    run();
  } catch (e) {
    if (e instanceof PanoptoConfigError) return e;
    throw e;
  }
  throw new Error('expected a PanoptoConfigError');
}

describe('shared configuration rules', () => {
  it('reject unknown keys with a did-you-mean hint for case slips and typos', () => {
    const known = ['concurrency', 'partSizeBytes', 'retry'];
    const caseSlip = failure(() => rejectUnknownKeys({ Concurrency: 2 }, known, 'upload'));
    expect(caseSlip.field).toBe('upload.Concurrency');
    expect(caseSlip.message).toContain('Did you mean `concurrency`?');
    expect(failure(() => rejectUnknownKeys({ concurrancy: 2 }, known, 'upload')).message).toContain(
      'Did you mean `concurrency`?',
    );
    const far = failure(() => rejectUnknownKeys({ colour: 'red' }, known, ''));
    expect(far.field).toBe('colour');
    expect(far.message).not.toContain('Did you mean');
    expect(far.message).toContain('Known options: concurrency, partSizeBytes, retry.');
    expect(() => rejectUnknownKeys({ retry: {} }, known, 'upload')).not.toThrow();
  });

  it('check numbers, booleans, strings and choices, naming the field', () => {
    expect(numberOption(undefined, 'a.b', 4)).toBe(4);
    expect(numberOption(2, 'a.b', 4, { integer: true, min: 1, max: 8 })).toBe(2);
    expect(failure(() => numberOption(2.5, 'a.b', 4, { integer: true })).message).toBe(
      'panopto-ng configuration: `a.b` must be a whole number of at least 0; got 2.5.',
    );
    expect(failure(() => numberOption(9, 'a.b', 4, { max: 8, min: 1 })).message).toContain('from 1 to 8');
    expect(failure(() => numberOption(NaN, 'a.b', 4)).field).toBe('a.b');
    expect(booleanOption(undefined, 'x', true)).toBeTrue();
    expect(failure(() => booleanOption('no', 'x', true)).message).toContain('must be true or false');
    expect(stringOption('id', 's', '')).toBe('id');
    expect(failure(() => stringOption(' ', 's', '')).field).toBe('s');
    expect(oneOfOption('broker', 'auth.mode', ['public', 'broker'] as const, 'public')).toBe('broker');
    expect(failure(() => oneOfOption('brokr', 'auth.mode', ['public', 'broker'] as const, 'public')).message).toContain(
      'Did you mean "broker"?',
    );
    expect(optionsObject(undefined, 'o')).toEqual({});
    expect(failure(() => optionsObject([], 'o')).message).toContain('must be an object');
  });

  it('accept https, and http only on loopback, for URLs', () => {
    expect(validateBaseUrl('https://x.hosted.panopto.com', 'serverUrl').host).toBe('x.hosted.panopto.com');
    expect(validateBaseUrl('http://localhost:4300', 'serverUrl').port).toBe('4300');
    expect(failure(() => validateBaseUrl('http://x.example.com', 'serverUrl')).message).toContain('must use https');
    expect(failure(() => validateBaseUrl('https://u:p@x.example.com', 'serverUrl')).message).toContain('credentials');
    expect(failure(() => validateBaseUrl('', 'serverUrl')).message).toContain('is required');
  });

  it('complete a retry option in the one vocabulary', () => {
    const defaults = { maxRetries: 5, initialDelayMs: 500, maxDelayMs: 30000 };
    expect(validateRetryConfig(undefined, 'upload.retry', defaults)).toEqual(defaults);
    expect(validateRetryConfig({ maxRetries: 0 }, 'upload.retry', defaults).maxRetries).toBe(0);
    expect(failure(() => validateRetryConfig({ maxRetries: -1 }, 'upload.retry', defaults)).field).toBe(
      'upload.retry.maxRetries',
    );
    expect(failure(() => validateRetryConfig({ maxretries: 1 }, 'upload.retry', defaults)).message).toContain(
      'Did you mean `maxRetries`?',
    );
  });

  describe('in a production build (ngDevMode false)', () => {
    const global = globalThis as { ngDevMode?: unknown };
    let saved: unknown;
    beforeEach(() => {
      saved = global.ngDevMode;
      global.ngDevMode = false;
    });
    afterEach(() => (global.ngDevMode = saved));

    it('still rejects each wrong value and names its field, without the explanation', () => {
      const cases: [() => unknown, string][] = [
        [() => rejectUnknownKeys({ concurrancy: 2 }, ['concurrency'], 'upload'), 'upload.concurrancy'],
        [() => optionsObject(7, 'upload'), 'upload'],
        [() => numberOption(-1, 'upload.concurrency', 3, { min: 1 }), 'upload.concurrency'],
        [() => booleanOption('yes', 'rateLimit.enabled', true), 'rateLimit.enabled'],
        [() => stringOption('', 'auth.clientId', 'x'), 'auth.clientId'],
        [() => oneOfOption('pubic', 'auth.mode', ['public', 'broker'], 'public'), 'auth.mode'],
        [() => validateBaseUrl('http://example.com', 'serverUrl'), 'serverUrl'],
      ];
      for (const [run, field] of cases) {
        const error = failure(run);
        expect(error.field).toBe(field);
        expect(error.message).toBe(
          `panopto-ng configuration: \`${field}\` is not valid (a development build says why).`,
        );
      }
    });
  });
});
