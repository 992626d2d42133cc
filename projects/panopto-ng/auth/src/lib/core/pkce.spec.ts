import {
  PKCE_ALPHABET,
  base64UrlDecode,
  base64UrlEncode,
  codeChallengeS256,
  createCodeVerifier,
  randomString,
} from './pkce';

/** A Crypto whose getRandomValues replays the given bytes, cycling. */
function scriptedCrypto(bytes: number[]): Crypto {
  let i = 0;
  return {
    getRandomValues<T extends ArrayBufferView | null>(array: T): T {
      const view = array as unknown as Uint8Array;
      for (let j = 0; j < view.length; j++) view[j] = bytes[i++ % bytes.length];
      return array;
    },
  } as unknown as Crypto;
}

describe('PKCE', () => {
  it('matches the RFC 7636 Appendix B test vector (WebCrypto SHA-256, base64url)', async () => {
    expect(await codeChallengeS256('dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk')).toBe(
      'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
    );
  });

  it('creates 43–128 character verifiers over the unreserved alphabet only', () => {
    for (const length of [43, 64, 128]) {
      const v = createCodeVerifier(length);
      expect(v.length).toBe(length);
      expect(/^[A-Za-z0-9\-._~]+$/.test(v)).toBeTrue();
    }
    expect(() => createCodeVerifier(42)).toThrowError(RangeError);
    expect(() => createCodeVerifier(129)).toThrowError(RangeError);
    expect(createCodeVerifier()).not.toBe(createCodeVerifier());
  });

  it('rejects bytes at or above 198 (= 3 × 66) instead of folding them with a modulo', () => {
    // 198..255 would map to the first 58 characters under `% 66`; they must be skipped.
    const v = randomString(4, PKCE_ALPHABET, scriptedCrypto([198, 255, 0, 230, 65, 197, 1]));
    expect(v).toBe(PKCE_ALPHABET[0] + PKCE_ALPHABET[65] + PKCE_ALPHABET[197 % 66] + PKCE_ALPHABET[1]);
  });

  it('is unbiased: every character is about equally frequent', () => {
    const counts = new Map<string, number>();
    const sample = randomString(66 * 600);
    for (const ch of sample) counts.set(ch, (counts.get(ch) ?? 0) + 1);
    expect(counts.size).toBe(66);
    // Expected 600 each; with modulo bias the first 58 would sit near 620 and the last 8 near 460.
    for (const n of counts.values()) expect(n).toBeGreaterThan(480);
  });

  it('round-trips base64url without padding', () => {
    const bytes = new Uint8Array([251, 255, 191, 0, 1]);
    const encoded = base64UrlEncode(bytes);
    expect(encoded).not.toMatch(/[+/=]/);
    expect(Array.from(base64UrlDecode(encoded))).toEqual(Array.from(bytes));
  });
});
