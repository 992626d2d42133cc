import { PanoptoIdTokenClaims } from './id-token';
import { AuthEndpointsResolver } from './auth-endpoints';
import { AuthHttp, toSignInError } from './auth-http';
import { PanoptoSignInError } from './auth-errors';

/** A token response, normalised over both modes. */
export interface TokenResult {
  accessToken: string;
  /** Lifetime in seconds as the server reported it. */
  expiresIn: number;
  /** Public mode only: the (possibly rotated) refresh token. */
  refreshToken?: string;
  /** Public mode: the raw ID token, validated and verified by the service. */
  idToken?: string;
  /** Broker mode: the claims the broker took from the ID token it received from Panopto. */
  idTokenClaims?: PanoptoIdTokenClaims;
}

/** How codes are redeemed, tokens refreshed and revoked: directly (public) or through the broker. */
export interface TokenGrant {
  /** `nonce` is the one sent with the authorization request (the broker checks the ID token against it). */
  exchangeCode(code: string, codeVerifier: string, redirectUri: string, nonce?: string): Promise<TokenResult>;
  /** `refreshToken` is null in broker mode (the broker reads its cookie). */
  refresh(refreshToken: string | null): Promise<TokenResult>;
  revoke(refreshToken: string | null, accessToken: string | null): Promise<void>;
}

interface OAuthTokenResponse {
  access_token?: string;
  expires_in?: number;
  refresh_token?: string;
  id_token?: string;
  id_token_claims?: PanoptoIdTokenClaims;
}

function normalise(response: OAuthTokenResponse, what: string): TokenResult {
  if (!response || typeof response.access_token !== 'string' || response.access_token === '') {
    throw new PanoptoSignInError('token_request_failed', `${what}: the response has no access_token.`);
  }
  const expiresIn = Number(response.expires_in);
  return {
    accessToken: response.access_token,
    // Panopto documents one hour; a server that omits expires_in gets a conservative five minutes.
    expiresIn: Number.isFinite(expiresIn) && expiresIn > 0 ? expiresIn : 300,
    refreshToken: typeof response.refresh_token === 'string' ? response.refresh_token : undefined,
    idToken: typeof response.id_token === 'string' ? response.id_token : undefined,
    idTokenClaims: response.id_token_claims,
  };
}

/** Public client: the browser talks to the tenant's token endpoint with PKCE and no secret. */
export class PublicTokenGrant implements TokenGrant {
  constructor(
    private readonly http: AuthHttp,
    private readonly endpoints: AuthEndpointsResolver,
    private readonly clientId: string,
    /** The clock's `now` (an HTTP-date `Retry-After`). */
    private readonly now: () => number,
  ) {}

  async exchangeCode(code: string, codeVerifier: string, redirectUri: string): Promise<TokenResult> {
    const { token } = await this.endpoints.resolve();
    const what = 'Redeeming the authorization code';
    try {
      const response = await this.http.postForm<OAuthTokenResponse>(token, {
        grant_type: 'authorization_code',
        code,
        redirect_uri: redirectUri,
        client_id: this.clientId,
        code_verifier: codeVerifier,
      });
      return normalise(response, what);
    } catch (e) {
      throw toSignInError(e, what, this.now);
    }
  }

  async refresh(refreshToken: string | null): Promise<TokenResult> {
    if (!refreshToken) {
      throw new PanoptoSignInError(
        'invalid_grant',
        'There is no refresh token (was offline_access requested?); sign in again.',
      );
    }
    const { token } = await this.endpoints.resolve();
    const what = 'Refreshing the access token';
    try {
      const response = await this.http.postForm<OAuthTokenResponse>(token, {
        grant_type: 'refresh_token',
        refresh_token: refreshToken,
        client_id: this.clientId,
      });
      return normalise(response, what);
    } catch (e) {
      throw toSignInError(e, what, this.now);
    }
  }

  async revoke(refreshToken: string | null, accessToken: string | null): Promise<void> {
    const { revocation } = await this.endpoints.resolve();
    // Revoking the refresh token ends the grant; the access token is revoked too where the server supports it.
    const calls: Promise<unknown>[] = [];
    if (refreshToken) {
      calls.push(
        this.http.postForm(revocation, {
          token: refreshToken,
          token_type_hint: 'refresh_token',
          client_id: this.clientId,
        }),
      );
    }
    if (accessToken) {
      calls.push(
        this.http.postForm(revocation, {
          token: accessToken,
          token_type_hint: 'access_token',
          client_id: this.clientId,
        }),
      );
    }
    await Promise.all(calls);
  }
}

/** Broker mode: the browser talks only to the broker, which adds the secret and keeps the refresh token. */
export class BrokerTokenGrant implements TokenGrant {
  constructor(
    private readonly http: AuthHttp,
    private readonly brokerUrl: string,
    /** The clock's `now` (an HTTP-date `Retry-After`). */
    private readonly now: () => number,
  ) {}

  async exchangeCode(code: string, codeVerifier: string, redirectUri: string, nonce?: string): Promise<TokenResult> {
    const what = 'Redeeming the authorization code through the broker';
    try {
      const response = await this.http.postJsonWithCredentials<OAuthTokenResponse>(`${this.brokerUrl}token`, {
        code,
        code_verifier: codeVerifier,
        redirect_uri: redirectUri,
        ...(nonce ? { nonce } : {}),
      });
      return normalise(response, what);
    } catch (e) {
      throw toSignInError(e, what, this.now);
    }
  }

  async refresh(): Promise<TokenResult> {
    const what = 'Refreshing the access token through the broker';
    try {
      return normalise(
        await this.http.postJsonWithCredentials<OAuthTokenResponse>(`${this.brokerUrl}refresh`, {}),
        what,
      );
    } catch (e) {
      throw toSignInError(e, what, this.now);
    }
  }

  /** The broker revokes the refresh token of its cookie, and the access token sent here. */
  async revoke(_refreshToken: string | null, accessToken: string | null): Promise<void> {
    await this.http.postJsonWithCredentials(
      `${this.brokerUrl}logout`,
      accessToken ? { access_token: accessToken } : {},
    );
  }
}
