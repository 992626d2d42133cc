import { PanoptoSignInError } from './auth-errors';
import { base64UrlDecode } from './pkce';

/** Claims panopto-ng reads from the ID token. Panopto may add more; they are kept as they are. */
export interface PanoptoIdTokenClaims {
  iss: string;
  sub: string;
  aud: string | string[];
  exp: number;
  iat?: number;
  nonce?: string;
  azp?: string;
  name?: string;
  preferred_username?: string;
  email?: string;
  [claim: string]: unknown;
}

export interface DecodedJwt {
  header: { alg?: string; kid?: string; typ?: string };
  claims: PanoptoIdTokenClaims;
  signingInput: Uint8Array;
  signature: Uint8Array;
}

function fail(message: string): never {
  throw new PanoptoSignInError('invalid_id_token', `The ID token was rejected: ${message}`);
}

/** Splits and decodes a compact JWS; throws `invalid_id_token` on anything malformed. */
export function decodeJwt(token: string): DecodedJwt {
  const parts = token.split('.');
  if (parts.length !== 3) fail('it is not a signed JWT (expected three dot-separated parts).');
  try {
    const text = (part: string) => new TextDecoder().decode(base64UrlDecode(part));
    return {
      header: JSON.parse(text(parts[0])),
      claims: JSON.parse(text(parts[1])),
      signingInput: new TextEncoder().encode(`${parts[0]}.${parts[1]}`),
      signature: base64UrlDecode(parts[2]),
    };
  } catch {
    return fail('its header or payload is not base64url-encoded JSON.');
  }
}

export interface ClaimExpectations {
  issuer: string;
  clientId: string;
  /** The nonce sent with the authorization request; `undefined` on refresh, where none is echoed. */
  nonce?: string;
  nowMs: number;
  /** Tolerated clock difference between browser and tenant. */
  leewayMs?: number;
}

/** OIDC Core §3.1.3.7 checks that don't need keys: issuer, audience, authorized party, expiry, nonce. */
export function validateIdTokenClaims(claims: PanoptoIdTokenClaims, expected: ClaimExpectations): void {
  const leeway = expected.leewayMs ?? 120_000;
  if (typeof claims !== 'object' || claims === null) fail('it has no claims.');
  if (claims.iss !== expected.issuer) fail(`issuer '${claims.iss}' is not the tenant's issuer '${expected.issuer}'.`);
  if (typeof claims.sub !== 'string' || claims.sub === '') fail(`it has no subject ('sub').`);
  const audiences = Array.isArray(claims.aud) ? claims.aud : [claims.aud];
  if (!audiences.includes(expected.clientId)) fail(`it was issued for '${audiences.join(', ')}', not for this client.`);
  if (audiences.length > 1 && claims.azp !== expected.clientId)
    fail(`it has several audiences but 'azp' is not this client.`);
  if (typeof claims.exp !== 'number' || claims.exp * 1000 + leeway < expected.nowMs) fail('it has expired.');
  if (typeof claims.iat === 'number' && claims.iat * 1000 - leeway > expected.nowMs)
    fail('it was issued in the future.');
  if (expected.nonce !== undefined && claims.nonce !== expected.nonce) {
    fail('its nonce does not match the one sent with the sign-in request (possible replay).');
  }
}

/** A JSON Web Key as published in the tenant's `jwks_uri`. */
export interface PanoptoJwk extends JsonWebKey {
  kid?: string;
  use?: string;
}

const ALGORITHMS: Record<
  string,
  { import: RsaHashedImportParams | EcKeyImportParams; verify: AlgorithmIdentifier | RsaPssParams | EcdsaParams }
> = {
  RS256: { import: { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' }, verify: { name: 'RSASSA-PKCS1-v1_5' } },
  RS384: { import: { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-384' }, verify: { name: 'RSASSA-PKCS1-v1_5' } },
  RS512: { import: { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-512' }, verify: { name: 'RSASSA-PKCS1-v1_5' } },
  PS256: { import: { name: 'RSA-PSS', hash: 'SHA-256' }, verify: { name: 'RSA-PSS', saltLength: 32 } as RsaPssParams },
  ES256: { import: { name: 'ECDSA', namedCurve: 'P-256' }, verify: { name: 'ECDSA', hash: 'SHA-256' } as EcdsaParams },
  ES384: { import: { name: 'ECDSA', namedCurve: 'P-384' }, verify: { name: 'ECDSA', hash: 'SHA-384' } as EcdsaParams },
};

/**
 * Verifies the JWS signature with WebCrypto against the tenant's JWKS. Only asymmetric algorithms are
 * accepted (`none` and HS* are rejected: a public client has no shared secret).
 */
export async function verifyJwtSignature(
  jwt: DecodedJwt,
  keys: readonly PanoptoJwk[],
  subtle: SubtleCrypto = crypto.subtle,
): Promise<void> {
  const alg = jwt.header.alg ?? '';
  const algorithm = ALGORITHMS[alg];
  if (!algorithm) fail(`its algorithm '${alg}' is not accepted (RS256/384/512, PS256, ES256/384 are).`);
  const candidates = keys.filter(
    (k) =>
      (jwt.header.kid === undefined || k.kid === jwt.header.kid) &&
      (k.use === undefined || k.use === 'sig') &&
      (k.alg === undefined || k.alg === alg),
  );
  if (candidates.length === 0) fail(`no key in the tenant's JWKS matches kid '${jwt.header.kid ?? '(none)'}'.`);
  for (const jwk of candidates) {
    try {
      const { kid: _kid, use: _use, ...keyData } = jwk;
      const key = await subtle.importKey('jwk', { ...keyData, ext: true }, algorithm.import, false, ['verify']);
      if (await subtle.verify(algorithm.verify, key, jwt.signature, jwt.signingInput)) return;
    } catch {
      // A key of another type; try the next candidate.
    }
  }
  fail("its signature does not verify against the tenant's published keys.");
}
