import { HttpErrorResponse } from '@angular/common/http';
import { PanoptoSignInError } from './auth-errors';
import { PanoptoIdTokenClaims, PanoptoJwk, decodeJwt, validateIdTokenClaims, verifyJwtSignature } from './id-token';
import { TokenResult } from './token-grant';

/** What the verifier needs from the auth module's HTTP and endpoint discovery. */
export interface IdTokenVerifierDeps {
  readonly clientId: string;
  /** Verify the signature against the tenant's JWKS (`verifyIdTokenSignature`). */
  readonly verifySignature: boolean;
  readonly now: () => number;
  readonly jwksUrl: () => Promise<string>;
  readonly getJson: <T>(url: string) => Promise<T>;
}

/**
 * Turns a token response into trusted ID token claims: checks issuer, audience, expiry and nonce, and (public
 * mode) the signature against the tenant's JWKS, which is fetched once per session and cached.
 */
export class IdTokenVerifier {
  private jwks: Promise<PanoptoJwk[]> | null = null;

  constructor(private readonly deps: IdTokenVerifierDeps) {}

  /**
   * The claims of `result`'s ID token; null when it has none and `required` is false (a refresh may omit it).
   *
   * @throws PanoptoSignInError `invalid_id_token`
   */
  async claimsOf(
    result: TokenResult,
    issuer: string,
    nonce: string | undefined,
    required: boolean,
  ): Promise<PanoptoIdTokenClaims | null> {
    const expectations = { issuer, clientId: this.deps.clientId, nonce, nowMs: this.deps.now() };
    if (result.idToken) {
      const jwt = decodeJwt(result.idToken);
      validateIdTokenClaims(jwt.claims, expectations);
      if (this.deps.verifySignature) await verifyJwtSignature(jwt, await this.loadJwks());
      return jwt.claims;
    }
    if (result.idTokenClaims) {
      // Broker mode: the broker received the ID token from Panopto over TLS (OIDC Core §3.1.3.7, step 6) and
      // returns its claims; the browser still checks issuer, audience, expiry and its own nonce.
      validateIdTokenClaims(result.idTokenClaims, expectations);
      return result.idTokenClaims;
    }
    if (required) {
      throw new PanoptoSignInError(
        'invalid_id_token',
        `The token response has no ID token; is 'openid' among the scopes?`,
      );
    }
    return null;
  }

  /** Drops the cached keys (at sign-out: the next session loads them again). */
  forgetKeys(): void {
    this.jwks = null;
  }

  /**
   * The tenant's keys, cached; a failed fetch is not cached and becomes a retryable `keys_unavailable` (the
   * token it was meant to check may be perfectly good).
   */
  private loadJwks(): Promise<PanoptoJwk[]> {
    if (!this.jwks) {
      this.jwks = this.deps
        .jwksUrl()
        .then((url) => this.deps.getJson<{ keys?: PanoptoJwk[] }>(url))
        .then(
          (doc) => (Array.isArray(doc?.keys) ? doc.keys : []),
          (e: unknown) => {
            if (e instanceof PanoptoSignInError) throw e;
            const status = e instanceof HttpErrorResponse ? e.status : undefined;
            throw new PanoptoSignInError(
              'keys_unavailable',
              `The tenant's signing keys (JWKS) could not be loaded${
                status ? ` (HTTP ${status})` : ''
              }; the ID token is checked again on the next try.`,
              status,
              { cause: e },
            );
          },
        );
      this.jwks.catch(() => (this.jwks = null));
    }
    return this.jwks;
  }
}
