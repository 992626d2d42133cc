// Registration only: this file imports tokens, option types and validation, never the service or the
// interceptor, so `providePanopto(config, withPanoptoAuth(…))` at the root adds configuration only to the
// initial bundle. `PanoptoAuthService` is `providedIn: 'root'` and comes with whatever injects it.
import { Provider } from '@angular/core';
import type { PanoptoFeature } from 'panopto-ng';
import type { PanoptoAuthFeature } from './auth-features';
import { PANOPTO_AUTH_CONFIG, PanoptoAuthConfig } from './auth-config';
import { validatePanoptoAuthConfig } from './validate-auth-config';

/** The providers behind `withPanoptoAuth()`: the validated configuration and the features' providers. */
export function panoptoAuthConfigProviders(
  config: PanoptoAuthConfig,
  features: readonly PanoptoAuthFeature[],
): Provider[] {
  const resolved = validatePanoptoAuthConfig(config);
  return [{ provide: PANOPTO_AUTH_CONFIG, useValue: resolved }, ...features.flatMap((f) => f.providers)];
}

/**
 * Sign in with Panopto, as a feature of `providePanopto()` (or `PanoptoModule.forRoot()`). The options are
 * validated at once: a wrong value throws a `PanoptoConfigError` naming the field (`auth.clientId`).
 *
 * @example
 * ```ts
 * bootstrapApplication(AppComponent, {
 *   providers: [
 *     provideHttpClient(withInterceptors([panoptoAuthInterceptor])),
 *     providePanopto(
 *       { serverUrl: 'https://myuni.hosted.panopto.com' },
 *       withPanoptoAuth({ clientId: 'my-client', redirectUri: 'https://app.example.edu/auth/callback' }),
 *     ),
 *   ],
 * });
 * ```
 */
export function withPanoptoAuth(config: PanoptoAuthConfig, ...features: PanoptoAuthFeature[]): PanoptoFeature {
  return { kind: 'auth', providers: panoptoAuthConfigProviders(config, features) };
}
