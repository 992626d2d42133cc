import { generatedBlob, IncrementalSha256, pseudoRandomChunk, sha256OfBlob } from './incremental-sha256';

async function webCryptoHex(data: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', data);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

describe('IncrementalSha256 (test support)', () => {
  it('matches WebCrypto for many lengths and any split into updates', async () => {
    for (const length of [0, 1, 55, 56, 63, 64, 65, 119, 120, 1000, 100_003]) {
      const data = pseudoRandomChunk(length, length + 7);
      const whole = new IncrementalSha256().update(data).hex();
      const split = new IncrementalSha256();
      for (let i = 0; i < data.length; i += 37) split.update(data.subarray(i, i + 37));
      const expected = await webCryptoHex(data);
      expect(whole).withContext(`length ${length}`).toBe(expected);
      expect(split.hex()).withContext(`length ${length}, split`).toBe(expected);
    }
  });

  it('hashes a generated Blob slice by slice like the whole', async () => {
    const blob = generatedBlob(3_500_000, 1_000_003);
    const whole = new Uint8Array(await blob.arrayBuffer());
    expect(await sha256OfBlob(blob, 65_536)).toBe(await webCryptoHex(whole));
  });
});
