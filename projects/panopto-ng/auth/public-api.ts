/*
 * Public API of `panopto-ng/auth`: sign in with Panopto (authorization code + PKCE, public or broker mode),
 * token refresh and cross-tab coordination, the HTTP interceptor (functional and class), route guards.
 * Every name is listed: the parts the service is made of (sign-in flow, refresher, tab sync, scheduler) stay
 * internal.
 */

// Registration and configuration
export { withPanoptoAuth } from './src/lib/config/with-panopto-auth';
export { validatePanoptoAuthConfig } from './src/lib/config/validate-auth-config';
export { withPanoptoTokenStorage, withPanoptoRefreshLock } from './src/lib/config/auth-features';
export type { PanoptoAuthFeature } from './src/lib/config/auth-features';
export { PANOPTO_AUTH_CONFIG } from './src/lib/config/auth-config';
export type {
  PanoptoAuthMode,
  PanoptoAuthConfig,
  PanoptoAuthEndpoints,
  ResolvedPanoptoAuthConfig,
} from './src/lib/config/auth-config';
// Deprecated registration (removed in 0.3)
export { providePanoptoAuth, PanoptoAuthModule } from './src/lib/config/provide-panopto-auth';

// The service, its events and errors
export { PanoptoAuthService } from './src/lib/core/panopto-auth.service';
export { PANOPTO_AUTH_REDIRECT } from './src/lib/core/auth-redirect';
export { safeReturnUrl } from './src/lib/core/callback-url';
export type { PanoptoCallbackResult } from './src/lib/core/sign-in-flow';
export type {
  PanoptoUser,
  PanoptoRefreshReason,
  PanoptoAuthEvent,
  PanoptoAuthEventType,
  PanoptoAuthStatus,
} from './src/lib/core/auth-events';
export { PanoptoSignInError } from './src/lib/core/auth-errors';
export type {
  PanoptoSignInErrorCode,
  PanoptoAuthErrorCode,
  PanoptoSignInErrorOptions,
} from './src/lib/core/auth-errors';
export type { PanoptoIdTokenClaims } from './src/lib/core/id-token';

// Storage, cross-tab lock and channel
export { MemoryTokenStorage, browserSessionStorage, PANOPTO_TOKEN_STORAGE } from './src/lib/core/token-storage';
export type { PanoptoTokenStorage } from './src/lib/core/token-storage';
export {
  WebLocksRefreshLock,
  InProcessRefreshLock,
  StorageLeaseRefreshLock,
  defaultRefreshLock,
  PANOPTO_REFRESH_LOCK,
} from './src/lib/core/refresh-lock';
export type { PanoptoRefreshLock, PanoptoLeaseClock } from './src/lib/core/refresh-lock';
export { defaultAuthChannel, PANOPTO_AUTH_CHANNEL } from './src/lib/core/auth-channel';
export type { PanoptoAuthChannel, PanoptoAuthChannelMessage } from './src/lib/core/auth-channel';
export { createCodeVerifier, codeChallengeS256 } from './src/lib/core/pkce';
export { UrlAllowlist } from './src/lib/core/url-allowlist';

// HTTP and routing
export {
  PANOPTO_SKIP_AUTH,
  PANOPTO_AUTH_RETRIED,
  interceptWithPanoptoAuth,
  panoptoAuthInterceptor,
  PanoptoAuthInterceptor,
} from './src/lib/http/auth-interceptor';
export { panoptoAuthGuard, PANOPTO_CALLBACK_ERROR, panoptoAuthCallbackGuard } from './src/lib/routing/auth-guards';
