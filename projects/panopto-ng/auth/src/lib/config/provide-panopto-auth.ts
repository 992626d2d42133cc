import { EnvironmentProviders, ModuleWithProviders, NgModule, makeEnvironmentProviders } from '@angular/core';
import { PanoptoAuthService } from '../core/panopto-auth.service';
import { PanoptoAuthFeature } from './auth-features';
import { PanoptoAuthConfig } from './auth-config';
import { panoptoAuthConfigProviders } from './with-panopto-auth';

// Kept importable from here, where they were defined before registration moved to with-panopto-auth.ts.
export type { PanoptoAuthFeature } from './auth-features';
export { withPanoptoRefreshLock, withPanoptoTokenStorage } from './auth-features';
export { withPanoptoAuth } from './with-panopto-auth';

/**
 * Sign in with Panopto as separate providers next to `providePanopto()`. The config is validated at once.
 * Also provides the service in this injector, so it keeps working where it was registered on a route.
 *
 * @deprecated Use `providePanopto(config, withPanoptoAuth(authConfig))` instead. Removed in 0.3.
 */
export function providePanoptoAuth(config: PanoptoAuthConfig, ...features: PanoptoAuthFeature[]): EnvironmentProviders {
  return makeEnvironmentProviders([...panoptoAuthConfigProviders(config, features), PanoptoAuthService]);
}

/**
 * NgModule form of `providePanoptoAuth()`.
 *
 * @deprecated Use `PanoptoModule.forRoot(config, withPanoptoAuth(authConfig))` instead. Removed in 0.3.
 */
@NgModule()
export class PanoptoAuthModule {
  /** @deprecated Use `PanoptoModule.forRoot(config, withPanoptoAuth(authConfig))` instead. Removed in 0.3. */
  static forRoot(config: PanoptoAuthConfig, ...features: PanoptoAuthFeature[]): ModuleWithProviders<PanoptoAuthModule> {
    return {
      ngModule: PanoptoAuthModule,
      providers: [...panoptoAuthConfigProviders(config, features), PanoptoAuthService],
    };
  }
}
