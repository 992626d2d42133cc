/** RFC 7636 §4.1 "unreserved" characters: the alphabet of a code verifier. */
export const PKCE_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~';

/**
 * Random string over `alphabet` from `crypto.getRandomValues`. Bytes ≥ the largest multiple of the alphabet
 * size are thrown away (rejection sampling), so every character is exactly equally likely; a plain `% 66`
 * would make the first 256 % 66 characters more likely.
 */
export function randomString(length: number, alphabet = PKCE_ALPHABET, random: Crypto = crypto): string {
  const limit = 256 - (256 % alphabet.length);
  let out = '';
  // getRandomValues fills at most 65 536 bytes per call.
  const buffer = new Uint8Array(Math.min(65536, Math.max(16, length * 2)));
  while (out.length < length) {
    random.getRandomValues(buffer);
    for (let i = 0; i < buffer.length && out.length < length; i++) {
      if (buffer[i] < limit) out += alphabet[buffer[i] % alphabet.length];
    }
  }
  return out;
}

/** A PKCE code verifier: `length` (43–128, default 64) unreserved characters. */
export function createCodeVerifier(length = 64, random: Crypto = crypto): string {
  if (!Number.isInteger(length) || length < 43 || length > 128) {
    throw new RangeError(`A PKCE code verifier has 43 to 128 characters (RFC 7636 §4.1); got ${length}.`);
  }
  return randomString(length, PKCE_ALPHABET, random);
}

/** Base64url without padding (RFC 7636 Appendix A). */
export function base64UrlEncode(bytes: ArrayBuffer | Uint8Array): string {
  const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  let binary = '';
  for (let i = 0; i < view.length; i++) binary += String.fromCharCode(view[i]);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Decodes base64url (with or without padding) to bytes. */
export function base64UrlDecode(value: string): Uint8Array {
  const base64 = value.replace(/-/g, '+').replace(/_/g, '/');
  const padded = base64 + '='.repeat((4 - (base64.length % 4)) % 4);
  const binary = atob(padded);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}

/** The S256 code challenge: base64url(SHA-256(ASCII(verifier))), computed by WebCrypto. */
export async function codeChallengeS256(verifier: string, subtle: SubtleCrypto = crypto.subtle): Promise<string> {
  const digest = await subtle.digest('SHA-256', new TextEncoder().encode(verifier));
  return base64UrlEncode(digest);
}
