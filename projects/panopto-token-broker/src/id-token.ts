// Verifies the ID tokens the broker receives from Panopto before their claims reach the browser: signature
// against the tenant's JWKS (with `jose`, which caches the key set and fetches it again when a token names a
// key it has not seen: key rotation), issuer, audience, expiry and the browser's nonce.
import { createRemoteJWKSet, errors, jwtVerify, type JWTPayload } from 'jose';
import { BrokerHttpError } from './http-helpers.js';

/** Asymmetric algorithms only: `none` and HS* (a shared secret, here the client secret) are refused. */
export const ID_TOKEN_ALGORITHMS = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'EdDSA'];

/** Tolerated clock difference between the broker and the tenant, in seconds. */
export const CLOCK_TOLERANCE_SECONDS = 120;

export interface IdTokenExpectations {
  issuer: string;
  clientId: string;
  /** The nonce the browser sent with the authorization request; undefined on refresh (none is echoed). */
  nonce?: string;
  nowMs: number;
}

/** What went wrong, for the response: a dead token (terminal) or keys that could not be loaded (try again). */
export class IdTokenRejected extends BrokerHttpError {
  constructor(readonly retryable: boolean, description: string) {
    super(502, retryable ? 'temporarily_unavailable' : 'server_error', description);
  }
}

/** Errors of jose that mean "this token is not genuine or not for us" rather than "keys unavailable". */
const TERMINAL = [
  errors.JWSSignatureVerificationFailed,
  errors.JWSInvalid,
  errors.JWTInvalid,
  errors.JWTExpired,
  errors.JWTClaimValidationFailed,
  errors.JOSEAlgNotAllowed,
  errors.JOSENotSupported,
  errors.JWKSNoMatchingKey,
  errors.JWKSMultipleMatchingKeys,
  errors.JWKInvalid,
];

export class IdTokenVerifier {
  private readonly keySets = new Map<string, ReturnType<typeof createRemoteJWKSet>>();

  /**
   * @param timeoutMs upper bound of one JWKS fetch
   * @param cooldownMs after a fetch, a token naming an unknown key waits this long before the next one (so
   *   forged key ids cannot make the broker hammer the tenant)
   */
  constructor(private readonly timeoutMs: number, private readonly cooldownMs = 30_000) {}

  /**
   * The verified claims of `idToken`.
   *
   * @throws IdTokenRejected retryable when the JWKS could not be fetched, terminal for everything else
   */
  async verify(idToken: string, jwksUri: string, expected: IdTokenExpectations): Promise<JWTPayload> {
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(idToken, this.keySet(jwksUri), {
        issuer: expected.issuer,
        audience: expected.clientId,
        algorithms: ID_TOKEN_ALGORITHMS,
        clockTolerance: CLOCK_TOLERANCE_SECONDS,
        currentDate: new Date(expected.nowMs),
        requiredClaims: ['sub', 'exp', 'iat'],
      }));
    } catch (e) {
      if (TERMINAL.some((kind) => e instanceof kind)) {
        throw new IdTokenRejected(false, `Panopto's ID token was rejected: ${describe(e as Error)}`);
      }
      throw new IdTokenRejected(
        true,
        `Could not load Panopto's signing keys to check the ID token (${(e as Error).message}); try again.`,
      );
    }
    const audiences = Array.isArray(payload.aud) ? payload.aud : [payload.aud];
    if (audiences.length > 1 && payload['azp'] !== expected.clientId) {
      throw new IdTokenRejected(
        false,
        "Panopto's ID token was rejected: several audiences and 'azp' is not this client.",
      );
    }
    if (expected.nonce !== undefined && payload['nonce'] !== expected.nonce) {
      throw new IdTokenRejected(
        false,
        "Panopto's ID token was rejected: its nonce is not the one sent with the sign-in request (possible replay).",
      );
    }
    return payload;
  }

  private keySet(jwksUri: string): ReturnType<typeof createRemoteJWKSet> {
    let set = this.keySets.get(jwksUri);
    if (!set) {
      // Cached for 10 minutes; a token with an unknown `kid` (a rotated key) triggers a fetch, at most one per
      // cooldown.
      set = createRemoteJWKSet(new URL(jwksUri), {
        timeoutDuration: this.timeoutMs,
        cooldownDuration: this.cooldownMs,
        cacheMaxAge: 10 * 60_000,
      });
      this.keySets.set(jwksUri, set);
    }
    return set;
  }
}

function describe(e: Error): string {
  if (e instanceof errors.JOSEAlgNotAllowed) return 'its algorithm is not accepted (none and HS* never are).';
  if (e instanceof errors.JWKSNoMatchingKey) return "no key in the tenant's JWKS matches it.";
  if (e instanceof errors.JWSSignatureVerificationFailed) return 'its signature does not verify.';
  if (e instanceof errors.JWTExpired) return 'it has expired.';
  if (e instanceof errors.JWTClaimValidationFailed) return `claim '${e.claim}' is wrong (${e.reason}).`;
  return `it is malformed (${e.message}).`;
}
