import { safeReturnUrl } from '../core/callback-url';

// Hostile-input table: return URLs after sign-in. Each row is [input, expected]; only URLs that resolve to the
// app's own origin come back (as a path), everything else becomes '/'.
const APP = 'https://app.example.edu';
const ROWS: readonly [input: unknown, expected: string][] = [
  ['/videos?x=1#t=3', '/videos?x=1#t=3'],
  ['/', '/'],
  ['/a/b/../c', '/a/c'],
  ['/%2F%2Fevil.example', '/%2F%2Fevil.example'],
  ['//evil.example/x', '/'],
  ['/\\evil.example', '/'],
  ['\\\\evil.example', '/'],
  ['/\t/evil.example', '/'],
  ['/\n/evil.example', '/'],
  ['/\r/evil.example', '/'],
  ['/\t\\evil.example', '/'],
  [' //evil.example', '/'],
  ['https://evil.example/', '/'],
  ['https://app.example.edu.evil.example/', '/'],
  ['http://app.example.edu/', '/'],
  ['javascript:alert(1)', '/'],
  ['data:text/html,<script>alert(1)</script>', '/'],
  ['videos', '/'],
  ['', '/'],
  [undefined, '/'],
  [null, '/'],
  [42, '/'],
  ['/@evil.example', '/@evil.example'],
];

describe('hostile input: return URLs (safeReturnUrl)', () => {
  for (const [input, expected] of ROWS) {
    it(`${JSON.stringify(input)} → ${expected}`, () => {
      expect(safeReturnUrl(input as string, APP)).toBe(expected);
    });
  }
});
