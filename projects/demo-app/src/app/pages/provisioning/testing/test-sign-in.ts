// Signs the real PanoptoAuthService in, the way the demo does (code flow with PKCE), with the token endpoint
// answered through HttpTestingController. Only the tenant is missing: the ID token is unsigned, so the specs
// set `verifyIdTokenSignature: false`, and the endpoints are given so no discovery document is needed.
import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { PanoptoAuthEndpoints, PanoptoAuthService } from 'panopto-ng/auth';
import { DEMO_SETTINGS } from '../../../demo-settings';
import { nextRequest } from '../../../testing/wait-for';

const ISSUER = `${DEMO_SETTINGS.serverUrl}/Panopto/oauth2`;

/** The emulator's OAuth endpoints, as its discovery document names them. */
export const TEST_AUTH_ENDPOINTS: PanoptoAuthEndpoints = {
  discovery: `${ISSUER}/.well-known/openid-configuration`,
  issuer: ISSUER,
  authorization: `${ISSUER}/connect/authorize`,
  token: `${ISSUER}/connect/token`,
  revocation: `${ISSUER}/connect/revocation`,
  jwks: `${ISSUER}/.well-known/openid-configuration/jwks`,
};

/** The access token the tenant hands `username` in these specs. */
export function testAccessToken(username: string): string {
  return `access-${username}`;
}

function base64Url(value: object): string {
  return btoa(JSON.stringify(value)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/**
 * Which claims the ID token carries: `profile` (name, preferred_username) as the demo requests, or `sub` alone,
 * as the emulator and Panopto answer the default scopes (`openid api offline_access`).
 */
export type TestClaims = 'profile' | 'sub-only';

/** An (unsigned) ID token for `username`, as the tenant would issue it to the demo's client. */
function idToken(username: string, nonce?: string, claimSet: TestClaims = 'profile'): string {
  const now = Math.floor(Date.now() / 1000);
  const claims = {
    iss: ISSUER,
    sub: `user-${username}`,
    aud: DEMO_SETTINGS.clientId,
    iat: now,
    exp: now + 3600,
    ...(claimSet === 'profile' ? { preferred_username: username, name: username } : {}),
    ...(nonce ? { nonce } : {}),
  };
  return `${base64Url({ alg: 'RS256', typ: 'JWT' })}.${base64Url(claims)}.c2lnbmF0dXJl`;
}

/** Answers the next token request (code redemption or refresh) with tokens for `username`. */
export async function answerTokenRequest(
  http: HttpTestingController,
  username: string,
  nonce?: string,
  claims: TestClaims = 'profile',
): Promise<void> {
  const request = await nextRequest(http, (r) => r.url === TEST_AUTH_ENDPOINTS.token, 'token');
  request.flush({
    access_token: testAccessToken(username),
    token_type: 'Bearer',
    expires_in: 3600,
    refresh_token: `refresh-${username}`,
    id_token: idToken(username, nonce, claims),
  });
}

/**
 * Signs `username` in: `login()` (its redirect is captured in `redirects`), then the callback with a code, whose
 * redemption is answered here.
 */
export async function signInAs(
  http: HttpTestingController,
  redirects: string[],
  username: string,
  claims: TestClaims = 'profile',
): Promise<void> {
  const auth = TestBed.inject(PanoptoAuthService);
  await auth.login('/provisioning');
  const authorize = new URL(redirects[redirects.length - 1]);
  const params = authorize.searchParams;
  const callback = auth.handleCallback(
    `${DEMO_SETTINGS.redirectUri}?code=code-${username}&state=${params.get('state')}`,
  );
  await answerTokenRequest(http, username, params.get('nonce') ?? undefined, claims);
  await callback;
}
