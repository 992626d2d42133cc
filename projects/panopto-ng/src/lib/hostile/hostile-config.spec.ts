import { PanoptoConfigError } from 'panopto-ng/core';
import { validatePanoptoConfig } from '../config/validate-config';
import { PanoptoConfig } from '../config/panopto-config';

// Hostile-input table: configuration values. Each row is [config, verdict]: the accepted server origin, or
// the field a PanoptoConfigError must name.
type Verdict = { serverUrl: string } | { field: string };
const ROWS: readonly [name: string, config: unknown, verdict: Verdict][] = [
  [
    'a hosted tenant',
    { serverUrl: 'https://myuni.hosted.panopto.com' },
    { serverUrl: 'https://myuni.hosted.panopto.com' },
  ],
  ['the emulator', { serverUrl: 'http://localhost:4300' }, { serverUrl: 'http://localhost:4300' }],
  ['/Panopto suffix', { serverUrl: 'https://t.example/Panopto/' }, { serverUrl: 'https://t.example' }],
  ['plain http', { serverUrl: 'http://myuni.hosted.panopto.com' }, { field: 'serverUrl' }],
  ['http to a name ending in localhost', { serverUrl: 'http://localhost.evil.example' }, { field: 'serverUrl' }],
  ['javascript:', { serverUrl: 'javascript:alert(1)' }, { field: 'serverUrl' }],
  ['data:', { serverUrl: 'data:text/html,x' }, { field: 'serverUrl' }],
  ['file:', { serverUrl: 'file:///etc/passwd' }, { field: 'serverUrl' }],
  ['credentials', { serverUrl: 'https://user:pw@t.example' }, { field: 'serverUrl' }],
  ['a query', { serverUrl: 'https://t.example/?x=1' }, { field: 'serverUrl' }],
  ['a fragment', { serverUrl: 'https://t.example/#x' }, { field: 'serverUrl' }],
  ['a path', { serverUrl: 'https://t.example/other' }, { field: 'serverUrl' }],
  ['a dot-dot path', { serverUrl: 'https://t.example/Panopto/../x' }, { field: 'serverUrl' }],
  ['not a URL', { serverUrl: 'myuni.hosted.panopto.com' }, { field: 'serverUrl' }],
  ['empty', { serverUrl: '' }, { field: 'serverUrl' }],
  ['whitespace', { serverUrl: '   ' }, { field: 'serverUrl' }],
  ['a number', { serverUrl: 42 }, { field: 'serverUrl' }],
  ['an object', { serverUrl: { toString: () => 'https://t.example' } }, { field: 'serverUrl' }],
  ['missing', {}, { field: 'serverUrl' }],
  ['a typo key', { serverUrl: 'https://t.example', serverURL: 'https://evil.example' }, { field: 'serverURL' }],
  ['__proto__ key', JSON.parse('{"serverUrl":"https://t.example","__proto__":{"x":1}}'), { field: '__proto__' }],
  ['negative timeout', { serverUrl: 'https://t.example', requestTimeoutMs: -1 }, { field: 'requestTimeoutMs' }],
  ['NaN timeout', { serverUrl: 'https://t.example', requestTimeoutMs: NaN }, { field: 'requestTimeoutMs' }],
  ['string retries', { serverUrl: 'https://t.example', retry: { maxRetries: '3' } }, { field: 'retry.maxRetries' }],
  ['fractional retries', { serverUrl: 'https://t.example', retry: { maxRetries: 2.5 } }, { field: 'retry.maxRetries' }],
  [
    'fractional rate',
    { serverUrl: 'https://t.example', rateLimit: { perSecond: 0.5 } },
    { field: 'rateLimit.perSecond' },
  ],
];

describe('hostile input: configuration values (validatePanoptoConfig)', () => {
  for (const [name, config, verdict] of ROWS) {
    it(`${name}: ${
      'serverUrl' in verdict ? `accepted as ${verdict.serverUrl}` : `refused naming ${verdict.field}`
    }`, () => {
      if ('serverUrl' in verdict) {
        expect(validatePanoptoConfig(config as PanoptoConfig).serverUrl).toBe(verdict.serverUrl);
        return;
      }
      let error: unknown;
      try {
        validatePanoptoConfig(config as PanoptoConfig);
      } catch (e) {
        error = e;
      }
      expect(error).toEqual(jasmine.any(PanoptoConfigError));
      expect((error as PanoptoConfigError).field).toBe(verdict.field);
    });
  }
});
