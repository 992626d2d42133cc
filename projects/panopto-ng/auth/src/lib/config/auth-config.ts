import { InjectionToken } from '@angular/core';

/** How the authorization code is redeemed. */
export type PanoptoAuthMode = 'public' | 'broker';

/**
 * What an app passes to `withPanoptoAuth()`. The Panopto site itself comes from `providePanopto({ serverUrl })`.
 *
 * @example
 * ```ts
 * withPanoptoAuth({
 *   clientId: 'my-spa-client',
 *   redirectUri: 'https://app.example.edu/auth/callback',
 *   scopes: ['openid', 'api', 'offline_access'],
 *   mode: 'public',
 * });
 * ```
 */
export interface PanoptoAuthConfig {
  /** The API client's id, from Panopto: System → API Clients. */
  clientId: string;
  /** Where Panopto sends the browser back; must equal the client's registered Redirect URL character for character. */
  redirectUri: string;
  /** Requested scopes. Must include `openid` and `api`; add `offline_access` to get a refresh token. */
  scopes?: string[];
  /** `'public'` (the browser redeems the code with PKCE, no secret) or `'broker'` (a backend adds the secret). Default `'public'`. */
  mode?: PanoptoAuthMode;
  /** Origin (plus optional path) of the token broker; required when `mode` is `'broker'`. */
  brokerUrl?: string;
  /**
   * Extra URL bases that receive the access token besides Panopto's REST bases (`/Panopto/api/v1/` and
   * `/Panopto/PublicAPI/REST/` on `serverUrl`), e.g. an upload target. Matched by parsed origin and path prefix.
   */
  allowedUrls?: string[];
  /** Set to `false` to never attach the token (the app attaches it itself). Default `true`. */
  sendAccessToken?: boolean;
  /** Refresh this many ms before the access token expires. Default 60 000. */
  refreshSkewMs?: number;
  /** Endpoint overrides; by default they come from the tenant's discovery document. */
  endpoints?: Partial<PanoptoAuthEndpoints>;
  /** Verify the ID token's signature against the tenant's JWKS (public mode). Default `true`. */
  verifyIdTokenSignature?: boolean;
}

/** Endpoints of the tenant's authorization server (public mode) and the broker's routes (broker mode). */
export interface PanoptoAuthEndpoints {
  discovery: string;
  authorization: string;
  token: string;
  revocation: string;
  jwks: string;
  issuer: string;
}

/** The configuration after validation and with defaults filled in. */
export interface ResolvedPanoptoAuthConfig {
  readonly clientId: string;
  readonly redirectUri: string;
  readonly scopes: readonly string[];
  readonly mode: PanoptoAuthMode;
  readonly brokerUrl: string | null;
  readonly allowedUrls: readonly string[];
  readonly sendAccessToken: boolean;
  readonly refreshSkewMs: number;
  readonly endpoints: Readonly<Partial<PanoptoAuthEndpoints>>;
  readonly verifyIdTokenSignature: boolean;
  /** Warnings for settings that work but are probably not what the app wants (e.g. no `offline_access`). */
  readonly warnings: readonly string[];
}

/** The validated auth configuration, provided by `withPanoptoAuth()`. */
export const PANOPTO_AUTH_CONFIG = new InjectionToken<ResolvedPanoptoAuthConfig>('PANOPTO_AUTH_CONFIG');
