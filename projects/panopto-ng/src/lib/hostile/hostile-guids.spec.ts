import { assertGuid, isGuid } from 'panopto-ng/core';

// Hostile-input table: GUIDs (session, folder and user ids reach URLs and iframes only after this check).
// Each row is [value, valid?].
const ROWS: readonly [value: unknown, valid: boolean][] = [
  ['6f1b6b4e-3c55-4e2b-9a3b-1a2b3c4d5e6f', true],
  ['6F1B6B4E-3C55-4E2B-9A3B-1A2B3C4D5E6F', true],
  ['00000000-0000-0000-0000-000000000000', true],
  ['6f1b6b4e-3c55-4e2b-9a3b-1a2b3c4d5e6f\n', false],
  ['\n6f1b6b4e-3c55-4e2b-9a3b-1a2b3c4d5e6f', false],
  [' 6f1b6b4e-3c55-4e2b-9a3b-1a2b3c4d5e6f', false],
  ['{6f1b6b4e-3c55-4e2b-9a3b-1a2b3c4d5e6f}', false],
  ['6f1b6b4e3c554e2b9a3b1a2b3c4d5e6f', false],
  ['6f1b6b4e-3c55-4e2b-9a3b-1a2b3c4d5e6g', false],
  ['6f1b6b4e-3c55-4e2b-9a3b-1a2b3c4d5e6f/../x', false],
  ['6f1b6b4e-3c55-4e2b-9a3b-1a2b3c4d5e6f?x=1', false],
  ['6f1b6b4e-3c55-4e2b-9a3b-1a2b3c4d5e6f&autoplay=true', false],
  ['6f1b6b4e-3c55-4e2b-9a3b-1a2b3c4d5e6f%00', false],
  ['６f1b6b4e-3c55-4e2b-9a3b-1a2b3c4d5e6f', false],
  ['6f1b6b4e–3c55–4e2b–9a3b–1a2b3c4d5e6f', false],
  ['"><script>alert(1)</script>', false],
  ['javascript:alert(1)', false],
  ['', false],
  [null, false],
  [undefined, false],
  [42, false],
  [{ toString: () => '6f1b6b4e-3c55-4e2b-9a3b-1a2b3c4d5e6f' }, false],
  [['6f1b6b4e-3c55-4e2b-9a3b-1a2b3c4d5e6f'], false],
];

describe('hostile input: GUIDs (isGuid / assertGuid)', () => {
  for (const [value, valid] of ROWS) {
    it(`${valid ? 'accepts' : 'refuses'} ${JSON.stringify(value) ?? String(value)}`, () => {
      expect(isGuid(value)).toBe(valid);
      if (valid) expect(() => assertGuid(value as string, 'sessionId')).not.toThrow();
      else expect(() => assertGuid(value as string, 'sessionId')).toThrowError(TypeError, /sessionId/);
    });
  }
});
