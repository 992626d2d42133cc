import { PanoptoSignInError } from './auth-errors';
import { PanoptoIdTokenClaims, decodeJwt, validateIdTokenClaims, verifyJwtSignature } from './id-token';
import { base64UrlEncode } from './pkce';
import { CLIENT_ID, FakeIdp, ISSUER } from '../testing-support/auth-test-kit';

const NOW = Date.UTC(2026, 0, 1, 9);

function claims(extra: Partial<PanoptoIdTokenClaims> = {}): PanoptoIdTokenClaims {
  return { iss: ISSUER, sub: 'u1', aud: CLIENT_ID, exp: NOW / 1000 + 3600, iat: NOW / 1000, nonce: 'n1', ...extra };
}

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    return e instanceof PanoptoSignInError ? `${e.code}: ${e.message}` : String(e);
  }
  return undefined;
}

describe('ID token validation', () => {
  const expect$ = { issuer: ISSUER, clientId: CLIENT_ID, nonce: 'n1', nowMs: NOW };

  it('accepts matching iss, aud, nonce and a future exp', () => {
    expect(codeOf(() => validateIdTokenClaims(claims(), expect$))).toBeUndefined();
    expect(
      codeOf(() => validateIdTokenClaims(claims({ aud: [CLIENT_ID, 'x'], azp: CLIENT_ID }), expect$)),
    ).toBeUndefined();
  });

  it('rejects the wrong issuer, audience, azp, nonce, an expired or future token', () => {
    expect(codeOf(() => validateIdTokenClaims(claims({ iss: 'https://evil' }), expect$))).toContain('issuer');
    expect(codeOf(() => validateIdTokenClaims(claims({ aud: 'other' }), expect$))).toContain('issued for');
    expect(codeOf(() => validateIdTokenClaims(claims({ aud: [CLIENT_ID, 'x'] }), expect$))).toContain('azp');
    expect(codeOf(() => validateIdTokenClaims(claims({ nonce: 'n2' }), expect$))).toContain('nonce');
    expect(codeOf(() => validateIdTokenClaims(claims({ exp: NOW / 1000 - 600 }), expect$))).toContain('expired');
    expect(codeOf(() => validateIdTokenClaims(claims({ iat: NOW / 1000 + 600 }), expect$))).toContain('future');
    expect(codeOf(() => validateIdTokenClaims(claims({ sub: '' }), expect$))).toContain('subject');
  });

  it('does not require a nonce on refresh', () => {
    expect(
      codeOf(() => validateIdTokenClaims(claims({ nonce: undefined }), { ...expect$, nonce: undefined })),
    ).toBeUndefined();
  });

  it('verifies an RS256 signature against the JWKS with WebCrypto and rejects a tampered token', async () => {
    const idp = await FakeIdp.create();
    const token = await idp.idToken({}, NOW);
    await expectAsync(verifyJwtSignature(decodeJwt(token), [idp.jwk])).toBeResolved();
    const [h, , s] = token.split('.');
    const forged = `${h}.${base64UrlEncode(
      new TextEncoder().encode(JSON.stringify({ ...claims(), sub: 'admin' })),
    )}.${s}`;
    await expectAsync(verifyJwtSignature(decodeJwt(forged), [idp.jwk])).toBeRejectedWithError(
      PanoptoSignInError,
      /signature/,
    );
    const other = await FakeIdp.create();
    await expectAsync(verifyJwtSignature(decodeJwt(token), [other.jwk])).toBeRejectedWithError(
      PanoptoSignInError,
      /signature/,
    );
  });

  it('verifies ES256 (raw r||s) signatures', async () => {
    const pair = (await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, [
      'sign',
      'verify',
    ])) as CryptoKeyPair;
    const jwk = await crypto.subtle.exportKey('jwk', pair.publicKey);
    const enc = (o: unknown) => base64UrlEncode(new TextEncoder().encode(JSON.stringify(o)));
    const input = `${enc({ alg: 'ES256', kid: 'e1' })}.${enc(claims())}`;
    const sig = await crypto.subtle.sign(
      { name: 'ECDSA', hash: 'SHA-256' },
      pair.privateKey,
      new TextEncoder().encode(input),
    );
    const token = `${input}.${base64UrlEncode(sig)}`;
    await expectAsync(verifyJwtSignature(decodeJwt(token), [{ ...jwk, kid: 'e1' }])).toBeResolved();
  });

  it('refuses alg none, HS256 and unknown key ids', async () => {
    const idp = await FakeIdp.create();
    const enc = (o: unknown) => base64UrlEncode(new TextEncoder().encode(JSON.stringify(o)));
    const none = decodeJwt(`${enc({ alg: 'none' })}.${enc(claims())}.`);
    await expectAsync(verifyJwtSignature(none, [idp.jwk])).toBeRejectedWithError(
      PanoptoSignInError,
      /algorithm 'none'/,
    );
    const hs = decodeJwt(`${enc({ alg: 'HS256' })}.${enc(claims())}.abc`);
    await expectAsync(verifyJwtSignature(hs, [idp.jwk])).toBeRejectedWithError(PanoptoSignInError, /HS256/);
    const token = await idp.idToken({}, NOW, { alg: 'RS256', kid: 'unknown' });
    await expectAsync(verifyJwtSignature(decodeJwt(token), [idp.jwk])).toBeRejectedWithError(
      PanoptoSignInError,
      /kid 'unknown'/,
    );
  });

  it('rejects malformed tokens', () => {
    expect(codeOf(() => decodeJwt('a.b'))).toContain('invalid_id_token');
    expect(codeOf(() => decodeJwt('a.b.c'))).toContain('invalid_id_token');
  });
});
