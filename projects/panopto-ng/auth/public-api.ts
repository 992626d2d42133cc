/*
 * Public API of `panopto-ng/auth`: sign in with Panopto (authorization code + PKCE, public or broker mode),
 * token refresh and cross-tab coordination, the HTTP interceptor (functional and class), route guards.
 */
export * from './src/lib/config/auth-config';
export { validatePanoptoAuthConfig } from './src/lib/config/validate-auth-config';
export * from './src/lib/config/provide-panopto-auth';
export * from './src/lib/core/auth-errors';
export * from './src/lib/core/auth-events';
export { PanoptoAuthService, PANOPTO_AUTH_REDIRECT, safeReturnUrl } from './src/lib/core/panopto-auth.service';
export type { PanoptoCallbackResult } from './src/lib/core/panopto-auth.service';
export type { PanoptoIdTokenClaims } from './src/lib/core/id-token';
export * from './src/lib/core/token-storage';
export * from './src/lib/core/refresh-lock';
export * from './src/lib/core/auth-channel';
export { createCodeVerifier, codeChallengeS256 } from './src/lib/core/pkce';
export { UrlAllowlist } from './src/lib/core/url-allowlist';
export * from './src/lib/http/auth-interceptor';
export * from './src/lib/routing/auth-guards';
