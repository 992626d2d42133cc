import { EnvironmentProviders, ModuleWithProviders, NgModule, Provider, makeEnvironmentProviders } from '@angular/core';
import { PanoptoFeature } from 'panopto-ng';
import { PanoptoAuthService } from '../core/panopto-auth.service';
import { PANOPTO_REFRESH_LOCK, PanoptoRefreshLock } from '../core/refresh-lock';
import { PANOPTO_TOKEN_STORAGE, PanoptoTokenStorage } from '../core/token-storage';
import { PANOPTO_AUTH_CONFIG, PanoptoAuthConfig } from './auth-config';
import { validatePanoptoAuthConfig } from './validate-auth-config';

/** An optional part of `providePanoptoAuth(config, ...features)`, built by a `withPanopto…()` function. */
export interface PanoptoAuthFeature {
  readonly kind: 'storage' | 'lock';
  readonly providers: Provider[];
}

/**
 * Keep the refresh token and the sign-in round trip somewhere else than `sessionStorage`.
 *
 * @example
 * ```ts
 * providePanoptoAuth(config, withPanoptoTokenStorage(() => localStorage)); // shared by tabs, survives restarts
 * ```
 */
export function withPanoptoTokenStorage(
  storage: PanoptoTokenStorage | (() => PanoptoTokenStorage),
): PanoptoAuthFeature {
  return {
    kind: 'storage',
    providers: [
      typeof storage === 'function'
        ? { provide: PANOPTO_TOKEN_STORAGE, useFactory: storage }
        : { provide: PANOPTO_TOKEN_STORAGE, useValue: storage },
    ],
  };
}

/**
 * Replace the cross-tab refresh lock (Web Locks by default).
 *
 * @example
 * ```ts
 * providePanoptoAuth(config, withPanoptoRefreshLock(new InProcessRefreshLock()));
 * ```
 */
export function withPanoptoRefreshLock(lock: PanoptoRefreshLock): PanoptoAuthFeature {
  return { kind: 'lock', providers: [{ provide: PANOPTO_REFRESH_LOCK, useValue: lock }] };
}

function authProviders(config: PanoptoAuthConfig, features: PanoptoAuthFeature[]): Provider[] {
  const resolved = validatePanoptoAuthConfig(config);
  return [
    { provide: PANOPTO_AUTH_CONFIG, useValue: resolved },
    PanoptoAuthService,
    ...features.flatMap((f) => f.providers),
  ];
}

/**
 * Sign in with Panopto for a standalone app. Needs `providePanopto({ serverUrl })` too. The config is validated
 * at once: a wrong value throws a `PanoptoConfigError` naming the field.
 *
 * @example
 * ```ts
 * bootstrapApplication(AppComponent, {
 *   providers: [
 *     provideHttpClient(withInterceptors([panoptoAuthInterceptor])),
 *     providePanopto({ serverUrl: 'https://myuni.hosted.panopto.com' }),
 *     providePanoptoAuth({ clientId: 'my-client', redirectUri: 'https://app.example.edu/auth/callback' }),
 *   ],
 * });
 * ```
 */
export function providePanoptoAuth(config: PanoptoAuthConfig, ...features: PanoptoAuthFeature[]): EnvironmentProviders {
  return makeEnvironmentProviders(authProviders(config, features));
}

/**
 * The same as `providePanoptoAuth()`, as a feature of `providePanopto()`.
 *
 * @example
 * ```ts
 * providePanopto({ serverUrl: 'https://myuni.hosted.panopto.com' }, withPanoptoAuth({ clientId: 'c', redirectUri: 'https://app/auth/callback' }))
 * ```
 */
export function withPanoptoAuth(config: PanoptoAuthConfig, ...features: PanoptoAuthFeature[]): PanoptoFeature {
  return { kind: 'auth', providers: authProviders(config, features) };
}

/**
 * NgModule form of `providePanoptoAuth()`.
 *
 * @example
 * ```ts
 * @NgModule({
 *   imports: [HttpClientModule, PanoptoModule.forRoot({ serverUrl }), PanoptoAuthModule.forRoot({ clientId, redirectUri })],
 *   providers: [{ provide: HTTP_INTERCEPTORS, useClass: PanoptoAuthInterceptor, multi: true }],
 * })
 * export class AppModule {}
 * ```
 */
@NgModule()
export class PanoptoAuthModule {
  static forRoot(config: PanoptoAuthConfig, ...features: PanoptoAuthFeature[]): ModuleWithProviders<PanoptoAuthModule> {
    return { ngModule: PanoptoAuthModule, providers: authProviders(config, features) };
  }
}
